import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import When from '../../components/When.vue'

describe('when', () => {
  it('renders the WeCom app launch as 2016 年 4 月 in a <time>', () => {
    const w = mount(When, {
      props: { id: 'wecom-app' },
    })
    expect(w.element.tagName.toLowerCase()).toBe('time')
    expect(w.text()).toBe('2016 年 4 月')
    expect(w.attributes('datetime')).toBe('2016-04')
  })

  it('renders a product year and a figure date', () => {
    expect(mount(When, {
      props: { product: 'rtx' },
    }).text()).toBe('2001')
    expect(mount(When, {
      props: { product: 'dingtalk' },
    }).text()).toBe('2014–2016')
    const fig = mount(When, {
      props: { fig: 'wecom-2019' },
    })
    expect(fig.text()).toBe('2019 年底')
    expect(fig.attributes('datetime')).toBe('2019-12-31')
  })
})

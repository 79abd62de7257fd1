import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Fig from '../../components/Fig.vue'

describe('fig', () => {
  it('renders the QQ user count of 2001 as 2000 万', () => {
    const w = mount(Fig, {
      props: { id: 'qq-users-2001' },
    })
    expect(w.text()).toBe('2000 万')
    expect(w.attributes('data-figure')).toBe('qq-users-2001')
    expect(w.attributes('title')).toContain('2001 年')
  })

  it('renders the derived 2019→2021 gain as 750 万家, said to be the article\'s own difference', () => {
    const w = mount(Fig, {
      props: { id: 'wecom-gain-2019-2021' },
    })
    expect(w.text()).toBe('750 万家（原文算的差）')
    expect(w.attributes('data-basis')).toBe('difference')
  })

  it('says what kind of number a figure is: a company\'s own (自述), an aim (目标); a count needs no word', () => {
    expect(mount(Fig, {
      props: { id: 'dingtalk-orgs-2020' },
    }).text()).toBe('1500 万家组织（自述）')
    const aim = mount(Fig, {
      props: { id: 'dingtalk-aim-2019' },
    })
    expect(aim.text()).toBe('1000 万家组织（目标）')
    expect(aim.attributes('title')).toBe('宣称要服务的组织 · 2019 年 · 目标')
    expect(mount(Fig, {
      props: { id: 'wecom-2019' },
    }).find('.fig-basis').exists()).toBe(false)
  })

  it('renders other figures with their units', () => {
    expect(mount(Fig, {
      props: { id: 'qq-club-fee' },
    }).text()).toBe('10 元/月')
    expect(mount(Fig, {
      props: { id: 'qq-club-members' },
    }).text()).toBe('3000 人')
    expect(mount(Fig, {
      props: { id: 'dingtalk-marketing-2015' },
    }).text()).toBe('5 亿元')
    expect(mount(Fig, {
      props: { id: 'dingtalk-gain-2019-2020' },
    }).text()).toBe('500 万家组织（原文算的差）')
    expect(mount(Fig, {
      props: { id: 'wecom-2019' },
    }).text()).toBe('250 万')
    expect(mount(Fig, {
      props: { id: 'wecom-2021' },
    }).text()).toBe('超 1000 万')
    expect(mount(Fig, {
      props: { id: 'qq-club-fee', unit: false },
    }).text()).toBe('10')
  })
})

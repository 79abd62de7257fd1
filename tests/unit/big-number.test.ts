import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import BigNumber from '../../components/BigNumber.vue'

describe('bigNumber', () => {
  it('shows the figure large, its unit, and what it counts with its date', () => {
    const w = mount(BigNumber, {
      props: { id: 'qq-users-2001' },
    })
    expect(w.find('.number').text()).toBe('2000')
    expect(w.find('.magnitude').text()).toBe('万')
    // The text keeps the house style: a space between the digits and 万.
    expect(w.find('.value').text()).toBe('2000 万')
    expect(w.find('figcaption').text()).toContain('QQ 注册用户')
    expect(w.find('figcaption').text()).toContain('2001 年')
    expect(w.attributes('data-figure')).toBe('qq-users-2001')
  })

  it('keeps a space before a unit after bare digits, none after 万 or 亿', () => {
    expect(mount(BigNumber, {
      props: { id: 'qq-club-members' },
    }).find('.value').text()).toBe('3000 人')
    expect(mount(BigNumber, {
      props: { id: 'dingtalk-marketing-2015' },
    }).find('.value').text()).toBe('5 亿元')
    expect(mount(BigNumber, {
      props: { id: 'dingtalk-orgs-2020', unit: false },
    }).find('.value').text()).toBe('1500 万*')
  })

  it('marks a company\'s own claim, with an asterisk and in words', () => {
    const w = mount(BigNumber, {
      props: { id: 'dingtalk-2019', caption: '钉钉自称服务的组织' },
    })
    expect(w.find('.claim-mark').text()).toBe('*')
    expect(w.find('figcaption').text()).toContain('钉钉自称服务的组织')
    expect(w.find('figcaption').text()).toContain('2019 年底')
    expect(w.find('figcaption').text()).toContain('自述')
    expect(mount(BigNumber, {
      props: { id: 'wecom-2019' },
    }).find('.claim-mark').exists()).toBe(false)
  })

  it('shows a derived figure with a sign and without a date it does not have', () => {
    const w = mount(BigNumber, {
      props: { id: 'wecom-gain-2019-2021', sign: '+' },
    })
    expect(w.find('.value').text()).toBe('+750 万家')
    expect(w.find('figcaption').text()).toBe('企业微信两年里新增的企业')
  })
})

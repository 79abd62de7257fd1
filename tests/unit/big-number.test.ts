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
    }).find('.value').text()).toBe('1500 万')
  })

  it('marks a company\'s own figure in words, with no footnote sign to explain', () => {
    const w = mount(BigNumber, {
      props: { id: 'dingtalk-orgs-2020' },
    })
    expect(w.find('figcaption').text()).toBe('钉钉给出的组织数 · 2020 年 8 月 · 自述')
    expect(w.text()).not.toContain('*')
    expect(mount(BigNumber, {
      props: { id: 'wecom-2019' },
    }).find('figcaption').text()).toBe('入驻企业 · 2019 年底')
  })

  it('sets an aim apart from a count: 目标 before the number, and in its caption', () => {
    const w = mount(BigNumber, {
      props: { id: 'dingtalk-aim-2019', unit: false },
    })
    expect(w.classes()).toContain('basis-aim')
    expect(w.find('.aim-word').text()).toBe('目标')
    expect(w.find('.value').text()).toBe('目标 1000 万')
    expect(w.find('figcaption').text()).toBe('宣称要服务的组织 · 2019 年 · 目标')
    expect(mount(BigNumber, {
      props: { id: 'qq-users-2001' },
    }).find('.aim-word').exists()).toBe(false)
  })

  it('shows a derived figure with a sign and without a date it does not have', () => {
    const w = mount(BigNumber, {
      props: { id: 'wecom-gain-2019-2021', sign: '+' },
    })
    expect(w.find('.value').text()).toBe('+750 万家')
    expect(w.find('figcaption').text()).toBe('企业微信两年里多出的企业 · 原文算的差')
  })
})

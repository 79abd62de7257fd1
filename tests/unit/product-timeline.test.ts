import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ProductTimeline from '../../components/ProductTimeline.vue'

describe('productTimeline', () => {
  it('lists the eight products in order, 钉钉 marked as the rival', () => {
    const w = mount(ProductTimeline)
    expect(w.find('ol').exists()).toBe(true)
    const items = w.findAll('ol > li')
    expect(items).toHaveLength(8)
    expect(items.map(li => li.attributes('data-product'))).toEqual([
      'rtx',
      'enterprise-qq',
      'subscription',
      'service',
      'enterprise-account',
      'dingtalk',
      'wecom-1',
      'wecom-3',
    ])
    expect(items.map(li => li.find('.year').text())).toEqual([
      '2001',
      '2007',
      '2012',
      '2013',
      '2014',
      '2014–2016',
      '2016',
      '2019',
    ])
    for (const li of items) {
      const isRival = li.attributes('data-product') === 'dingtalk'
      expect(li.classes().includes('alibaba'), li.attributes('data-product')).toBe(isRival)
      expect(li.find('.tag').exists(), li.attributes('data-product')).toBe(isRival)
    }
    expect(w.find('[data-product="dingtalk"] .tag').text()).toContain('竞品')
    expect(w.find('[data-product="dingtalk"] .name').text()).toBe('钉钉')
  })

  it('as the "you are here" strip, marks and names only the current products', () => {
    const w = mount(ProductTimeline, {
      props: {
        variant: 'strip',
        current: ['service', 'enterprise-account'],
      },
    })
    const items = w.findAll('ol > li')
    expect(items).toHaveLength(8)
    for (const li of items) {
      const here = ['service', 'enterprise-account'].includes(li.attributes('data-product')!)
      expect(li.attributes('aria-current'), li.attributes('data-product')).toBe(here ? 'step' : undefined)
      expect(li.classes().includes('here')).toBe(here)
      // Every year shows; a name shows only where the slide is, the rest stay for screen readers.
      expect(li.find('.year').classes()).not.toContain('sr-only')
      expect(li.find('.name').classes().includes('sr-only')).toBe(!here)
    }
    expect(w.find('ol').attributes('aria-label')).toBe('二十年时间线，本页：服务号、企业号')
    expect(w.find('.tag').exists()).toBe(false)
  })

  it('as a strip with names off (section openers), marks without naming', () => {
    const w = mount(ProductTimeline, {
      props: {
        variant: 'strip',
        current: ['rtx'],
        names: false,
      },
    })
    expect(w.find('[data-product="rtx"]').attributes('aria-current')).toBe('step')
    expect(w.find('[data-product="rtx"] .name').classes()).toContain('sr-only')
  })
})

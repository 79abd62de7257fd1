import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { READING_EDITION } from '../../addons/kit/client/reading'
import EnterpriseCountChart from '../../components/EnterpriseCountChart.vue'
import { formatCount } from '../../lib/format'
import { num, referenced } from './mount'
import { enterpriseCounts, productById } from './said-zh'

describe('enterpriseCountChart', () => {
  const title = '2019 年底：钉钉与企业微信的入驻企业数'

  it('labels every bar in 万 with the date of its figure', () => {
    const w = mount(EnterpriseCountChart, {
      props: { title },
    })
    const text = w.text()
    expect(text).toContain('1000 万')
    expect(text).toContain('250 万')
    expect(text).toContain('1000 万+')
    expect(text).toContain('2019 年底')
    expect(text).toContain('2021 年底')
    const labels = w.findAll('.value-label').map(t => t.text())
    expect(labels).toEqual(['1000 万', '250 万', '1000 万+'])
    // Under each date, what its figures count, as the article counts them.
    const dates = w.findAll('.date-label').map(t => t.text())
    expect(dates).toEqual(['2019 年底 · 入驻企业', '2021 年底 · 真实企业与组织'])
  })

  it('each column stands over the date of its own figure', () => {
    const w = mount(EnterpriseCountChart)
    const dates = w.findAll('.group-head text').map(t => ({
      label: t.text(),
      x: num(t, 'x'),
    }))
    for (const f of enterpriseCounts) {
      const rect = w.find(`[data-figure="${f.id}"] rect`)
      const centre = num(rect, 'x') + num(rect, 'width') / 2
      // The nearest date label along the axis is the column's own date.
      const nearest = [...dates].sort((a, b) => Math.abs(a.x - centre) - Math.abs(b.x - centre))[0]
      expect(nearest?.label, f.id).toBe(`${f.asOfLabel} · ${f.counts}`)
    }
    // Figures of different dates are kept apart by a dashed divider between their groups.
    expect(w.findAll('line.date-divider')).toHaveLength(1)
  })

  it('draws the 钉钉 2019 column exactly 4× as tall as the 企业微信 2019 column, from zero', () => {
    const w = mount(EnterpriseCountChart)
    const dingtalk = w.find('[data-figure="dingtalk-2019"] rect')
    const wecom = w.find('[data-figure="wecom-2019"] rect')
    const wecom2021 = w.find('[data-figure="wecom-2021"] rect')
    expect(num(dingtalk, 'height')).toBeGreaterThan(0)
    expect(num(dingtalk, 'height')).toBe(4 * num(wecom, 'height'))
    expect(num(wecom2021, 'height')).toBe(num(dingtalk, 'height'))
    // Every column stands on the same zero line.
    const zero = num(w.find('line.axis-zero'), 'y1')
    for (const r of w.findAll('rect[data-value]'))
      expect(num(r, 'y') + num(r, 'height')).toBe(zero)
    // And every height is proportional to the value it stands for.
    const rects = w.findAll('rect[data-value]')
    const perUnit = num(rects[0]!, 'height') / num(rects[0]!, 'data-value')
    for (const r of rects)
      expect(num(r, 'height')).toBeCloseTo(num(r, 'data-value') * perUnit, 9)
  })

  it('labels every column with its product under it and its value over it', () => {
    const w = mount(EnterpriseCountChart)
    for (const f of enterpriseCounts) {
      const g = w.find(`[data-figure="${f.id}"]`)
      const rect = g.find('rect')
      expect(g.find('.product-label').text()).toBe(productById(f.product).short)
      expect(num(g.find('.product-label'), 'y')).toBeGreaterThan(num(rect, 'y') + num(rect, 'height'))
      expect(num(g.find('.value-label'), 'y')).toBeLessThan(num(rect, 'y'))
    }
  })

  it('is an image with an accessible name from its <title> and a <desc> giving every figure with its date', () => {
    const w = mount(EnterpriseCountChart, {
      props: { title },
    })
    const svg = w.find('svg')
    expect(svg.exists()).toBe(true)
    expect(svg.attributes('role')).toBe('img')
    const labelledby = svg.attributes('aria-labelledby')
    expect(labelledby).toBeTruthy()
    const refs = referenced(svg.element, labelledby!)
    expect(refs[0]!.tagName.toLowerCase()).toBe('title')
    expect(refs[0]!.textContent).toBe(title)

    const desc = svg.find('desc')
    expect(desc.exists()).toBe(true)
    const parts = desc.text().split('；')
    expect(parts).toHaveLength(enterpriseCounts.length)
    enterpriseCounts.forEach((f, i) => {
      const part = parts[i]!
      expect(part, f.id).toContain(f.asOfLabel)
      expect(part, f.id).toContain(formatCount(f.value, {
        atLeast: 'atLeast' in f
          ? f.atLeast
          : false,
      }))
      expect(part, f.id).toContain(productById(f.product).short)
      // And what it counts, as the article counts it.
      expect(part, f.id).toContain(f.counts)
    })
    // The end-2019 figures are both 入驻企业 counts as the article gives them: no 按组织计, no claim.
    expect(parts[0]).not.toMatch(/组织|自述|说法/)
  })

  it('says a company\'s own figure is its own (自述) beside the value, a count needs no word; no footnote signs', () => {
    const claim = { ...enterpriseCounts[0], id: 'dingtalk-2019' as const, basis: 'claim' as const }
    const w = mount(EnterpriseCountChart, {
      props: {
        figures: [claim, enterpriseCounts[1], enterpriseCounts[2]],
      },
    })
    expect(w.find('[data-figure="dingtalk-2019"] .value-label').text()).toBe('1000 万 自述')
    expect(w.find('[data-figure="wecom-2019"] .basis-word').exists()).toBe(false)
    expect(w.find('desc').text()).toContain('自述')
    const real = mount(EnterpriseCountChart)
    expect(real.text()).not.toContain('*')
    const caption = real.find('figcaption').text()
    expect(caption).toContain('从 0 起')
    expect(caption).toContain('王M争')
    expect(caption).not.toContain('按组织计')
  })

  it('refuses to chart an aim: it is not a count', () => {
    const aim = { ...enterpriseCounts[0], basis: 'aim' as never }
    const w = mount(EnterpriseCountChart, {
      props: {
        figures: [aim, enterpriseCounts[1]],
      },
    })
    expect(w.find('svg').exists()).toBe(false)
    expect(w.find('[role="alert"]').text()).toMatch(/aim.*never charted/)
  })

  it('only: charts one product\'s figures with no rival beside them, on the scale of every figure', () => {
    const w = mount(EnterpriseCountChart, {
      props: {
        only: ['wecom-2019', 'wecom-2021'],
      },
    })
    expect(w.findAll('[data-figure]').map(g => g.attributes('data-figure'))).toEqual(['wecom-2019', 'wecom-2021'])
    expect(w.find('desc').text()).not.toContain('钉钉')
    expect(w.findAll('.product-label').map(t => t.text())).toEqual(['企业微信 1.0', '企业微信 3.0'])
    const full = mount(EnterpriseCountChart)
    for (const id of ['wecom-2019', 'wecom-2021'])
      expect(num(w.find(`[data-figure="${id}"] rect`), 'height')).toBe(num(full.find(`[data-figure="${id}"] rect`), 'height'))
  })

  it('writes the slide\'s note under the chart', () => {
    const w = mount(EnterpriseCountChart, {
      props: { note: '这里数的是入驻企业' },
    })
    expect(w.find('.chart-note').text()).toBe('这里数的是入驻企业')
  })

  it('with shownGroups=1 hides the 2021 group, and shows it with shownGroups=2', () => {
    const one = mount(EnterpriseCountChart, {
      props: { shownGroups: 1 },
    })
    const bar2021 = one.find('[data-figure="wecom-2021"]')
    expect(bar2021.classes()).toContain('hidden')
    expect(bar2021.attributes('aria-hidden')).toBe('true')
    for (const id of ['dingtalk-2019', 'wecom-2019']) {
      const g = one.find(`[data-figure="${id}"]`)
      expect(g.classes()).not.toContain('hidden')
      expect(g.attributes('aria-hidden')).not.toBe('true')
    }
    const heads = one.findAll('.group-head')
    expect(heads).toHaveLength(2)
    expect(heads[0]!.classes()).not.toContain('hidden')
    expect(heads[1]!.classes()).toContain('hidden')
    expect(heads[1]!.attributes('aria-hidden')).toBe('true')

    const two = mount(EnterpriseCountChart, {
      props: { shownGroups: 2 },
    })
    const shown = two.find('[data-figure="wecom-2021"]')
    expect(shown.classes()).not.toContain('hidden')
    expect(shown.attributes('aria-hidden')).not.toBe('true')
    expect(two.findAll('.group-head')[1]!.classes()).not.toContain('hidden')
  })

  it('keeps every bar the same size and place on the reveal (nothing rescales)', () => {
    const one = mount(EnterpriseCountChart, {
      props: { shownGroups: 1 },
    })
    const two = mount(EnterpriseCountChart, {
      props: { shownGroups: 2 },
    })
    expect(one.find('svg').attributes('viewBox')).toBe(two.find('svg').attributes('viewBox'))
    for (const f of enterpriseCounts) {
      const a = one.find(`[data-figure="${f.id}"] rect`)
      const b = two.find(`[data-figure="${f.id}"] rect`)
      for (const attr of ['x', 'y', 'width', 'height'])
        expect(a.attributes(attr), `${f.id} ${attr}`).toBe(b.attributes(attr))
    }
  })

  it('with groups=1 draws only the 2019 comparison, on the scale of every figure', () => {
    const full = mount(EnterpriseCountChart)
    const one = mount(EnterpriseCountChart, {
      props: { groups: 1, title },
    })
    expect(one.findAll('[data-figure]').map(g => g.attributes('data-figure'))).toEqual(['dingtalk-2019', 'wecom-2019'])
    expect(one.findAll('.date-label').map(t => t.text())).toEqual(['2019 年底 · 入驻企业'])
    expect(one.text()).not.toContain('2021 年底')
    expect(one.find('line.date-divider').exists()).toBe(false)
    // Same column heights as on the slide that shows every group: nothing rescales between slides.
    for (const id of ['dingtalk-2019', 'wecom-2019']) {
      for (const attr of ['y', 'width', 'height'])
        expect(one.find(`[data-figure="${id}"] rect`).attributes(attr), `${id} ${attr}`).toBe(full.find(`[data-figure="${id}"] rect`).attributes(attr))
    }
    expect(num(one.find('[data-figure="dingtalk-2019"] rect'), 'height')).toBe(4 * num(one.find('[data-figure="wecom-2019"] rect'), 'height'))
    // The text alternative speaks only of what is drawn.
    const desc = one.find('desc').text()
    expect(desc).toContain('1000 万')
    expect(desc).toContain('250 万')
    expect(desc).not.toContain('2021')
    expect(desc).not.toContain('1000 万+')
  })

  it('ratio: writes how many times one figure is the other, and cuts the taller column into that many steps', () => {
    const w = mount(EnterpriseCountChart, {
      props: {
        groups: 1,
        ratio: { of: 'dingtalk-2019', to: 'wecom-2019' },
      },
    })
    const ratio = w.find('[data-ratio]')
    expect(ratio.find('.times-label').text()).toBe('4 倍')
    expect(ratio.find('.times-caption').text()).toBe('钉钉是企业微信 1.0 的')
    const tall = w.find('[data-figure="dingtalk-2019"] rect')
    const short = num(w.find('[data-figure="wecom-2019"] rect'), 'height')
    const steps = ratio.findAll('line.times-step').map(l => num(l, 'y1'))
    expect(steps).toHaveLength(3)
    const bottom = num(tall, 'y') + num(tall, 'height')
    steps.forEach((y, i) => expect(bottom - y).toBeCloseTo(short * (i + 1), 9))
    // Without the prop, nothing is written.
    expect(mount(EnterpriseCountChart, {
      props: { groups: 1 },
    }).find('[data-ratio]').exists()).toBe(false)
  })

  it('compare: marks what the later column added, computed from the two figures, shown with its group', () => {
    const props = {
      compare: { from: 'wecom-2019', to: 'wecom-2021' },
    } as const
    const shown = mount(EnterpriseCountChart, { props })
    const growth = shown.find('[data-growth]')
    expect(growth.find('.growth-label').text()).toBe('+750 万')
    const later = shown.find('[data-figure="wecom-2021"] rect')
    const earlier = shown.find('[data-figure="wecom-2019"] rect')
    // The level line sits at the earlier figure's height on the later column.
    expect(num(growth.find('.growth-level'), 'y1')).toBeCloseTo(num(earlier, 'y'), 9)
    expect(num(growth.find('.growth-base'), 'height')).toBeCloseTo(num(earlier, 'height'), 9)
    expect(num(growth.find('.growth-base'), 'x')).toBe(num(later, 'x'))
    // Hidden until the 2021 group is revealed.
    const hidden = mount(EnterpriseCountChart, {
      props: { ...props, shownGroups: 1 },
    })
    expect(hidden.find('[data-growth]').classes()).toContain('hidden')
    expect(hidden.find('[data-growth]').attributes('aria-hidden')).toBe('true')
  })

  it('in the reading edition, lays itself out for a phone column with the same figures and ratios', () => {
    const slide = mount(EnterpriseCountChart)
    const reading = mount(EnterpriseCountChart, {
      global: {
        provide: { [READING_EDITION as symbol]: true },
      },
    })
    expect(reading.classes()).toContain('reading')
    expect(reading.find('svg').attributes('viewBox')!.split(' ')[2]).toBe('360')
    expect(reading.findAll('.value-label').map(t => t.text())).toEqual(slide.findAll('.value-label').map(t => t.text()))
    const h = (id: string) => num(reading.find(`[data-figure="${id}"] rect`), 'height')
    expect(h('dingtalk-2019')).toBe(4 * h('wecom-2019'))
    // Long names break onto two lines under a narrow column.
    expect(reading.findAll('[data-figure="wecom-2019"] .product-label tspan').map(t => t.text())).toEqual(['企业微信', '1.0'])
    // Text stays legible at 360 px: no font under 14 units.
    for (const t of reading.findAll('text')) {
      const size = Number.parseFloat((t.attributes('style') ?? '').match(/font-size:\s*([\d.]+)px/)?.[1] ?? '99')
      expect(size, t.text()).toBeGreaterThanOrEqual(14)
    }
  })

  it('renders an alert naming the field, and no svg, when a figure is broken', () => {
    const broken = structuredClone(enterpriseCounts) as any
    broken[1].value = -2_500_000
    const w = mount(EnterpriseCountChart, {
      props: { figures: broken },
    })
    expect(w.find('svg').exists()).toBe(false)
    const alert = w.find('[role="alert"]')
    expect(alert.exists()).toBe(true)
    expect(alert.text()).toContain('figures[1]')
    expect(alert.text()).toContain('.value')
    expect(alert.text()).toContain('data/facts.ts')
  })

  it('renders the alert, not a crash, for a NaN value', () => {
    const broken = structuredClone(enterpriseCounts) as any
    broken[0].value = Number.NaN
    const w = mount(EnterpriseCountChart, {
      props: { figures: broken },
    })
    expect(w.find('svg').exists()).toBe(false)
    expect(w.find('[role="alert"]').text()).toContain('figures[0]')
  })
})

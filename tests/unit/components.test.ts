import type { DOMWrapper } from '@vue/test-utils'
import type { Product } from '../../data/facts'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { formatCount } from '../../client/format'
import { MAP_SIZES } from '../../client/geometry'
import { READING_EDITION } from '../../client/reading'
import BigNumber from '../../components/BigNumber.vue'
import Credit from '../../components/Credit.vue'
import EnterpriseCountChart from '../../components/EnterpriseCountChart.vue'
import Fig from '../../components/Fig.vue'
import PositioningMap from '../../components/PositioningMap.vue'
import ProductTimeline from '../../components/ProductTimeline.vue'
import When from '../../components/When.vue'
import { article, enterpriseCounts, mapAxes, mapPath, placements, productById, products } from '../../data/facts'

function num(el: DOMWrapper<Element>, attr: string): number {
  const v = el.attributes(attr)
  expect(v, `attribute ${attr}`).toBeDefined()
  const n = Number(v)
  expect(Number.isFinite(n), `${attr}="${v}" is a number`).toBe(true)
  return n
}

/** The elements an aria-labelledby / aria-describedby attribute points at, looked up in the mounted tree. */
function referenced(root: Element, ids: string): Element[] {
  return ids.split(/\s+/).filter(Boolean).map((id) => {
    const el = root.querySelector(`[id="${id}"]`)
    expect(el, `element #${id}`).not.toBeNull()
    return el!
  })
}

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
    expect(labels).toEqual(['1000 万*', '250 万', '1000 万+'])
    const dates = w.findAll('.date-label').map(t => t.text())
    expect(dates).toEqual(['2019 年底', '2021 年底'])
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
      expect(nearest?.label, f.id).toBe(f.asOfLabel)
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
    })
    // The claim is said in words for whoever cannot see the asterisk.
    expect(parts[0]).toMatch(/说法|宣称|自称/)
  })

  it('marks the claimed figure with * and explains it in the caption', () => {
    const w = mount(EnterpriseCountChart)
    const claimed = enterpriseCounts.filter(f => f.basis === 'claimed').map(f => f.id)
    expect(claimed).toEqual(['dingtalk-2019'])
    for (const f of enterpriseCounts) {
      const mark = w.find(`[data-figure="${f.id}"] .claim-mark`)
      expect(mark.exists(), f.id).toBe(f.basis === 'claimed')
      if (mark.exists())
        expect(mark.text()).toBe('*')
    }
    const caption = w.find('figcaption').text()
    expect(caption).toContain('*')
    expect(caption).toContain('钉钉自述')
    expect(caption).toContain('从 0 起')
    expect(caption).toContain('王M争')
  })

  it('shows no asterisk explanation when no figure is a claim', () => {
    const w = mount(EnterpriseCountChart, {
      props: {
        figures: enterpriseCounts.slice(1),
      },
    })
    expect(w.find('.claim-mark').exists()).toBe(false)
    expect(w.find('figcaption').text()).not.toContain('*')
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
    expect(one.findAll('.date-label').map(t => t.text())).toEqual(['2019 年底'])
    expect(one.text()).not.toContain('2021 年底')
    expect(one.find('line.date-divider').exists()).toBe(false)
    // Same column heights as on the slide that shows every group: nothing rescales between slides.
    for (const id of ['dingtalk-2019', 'wecom-2019']) {
      for (const attr of ['y', 'width', 'height'])
        expect(one.find(`[data-figure="${id}"] rect`).attributes(attr), `${id} ${attr}`).toBe(full.find(`[data-figure="${id}"] rect`).attributes(attr))
    }
    expect(num(one.find('[data-figure="dingtalk-2019"] rect'), 'height')).toBe(4 * num(one.find('[data-figure="wecom-2019"] rect'), 'height'))
    // The text alternative and the caption speak only of what is drawn, claim included.
    const desc = one.find('desc').text()
    expect(desc).toContain('1000 万')
    expect(desc).toContain('250 万')
    expect(desc).not.toContain('2021')
    expect(desc).not.toContain('1000 万+')
    expect(one.find('figcaption').text()).toContain('钉钉自述')
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

describe('positioningMap', () => {
  const plotOf = (w: ReturnType<typeof mount>) => {
    const r = w.find('rect[data-plot]')
    expect(r.exists()).toBe(true)
    return {
      x: num(r, 'x'),
      y: num(r, 'y'),
      width: num(r, 'width'),
      height: num(r, 'height'),
    }
  }
  const pointsOf = (w: ReturnType<typeof mount>) => new Map(w.findAll('g.point').map(g => [
    g.attributes('data-product')!,
    {
      x: num(g, 'data-x'),
      y: num(g, 'data-y'),
      el: g,
    },
  ]))

  it('draws one point per placement, every one inside the plot', () => {
    const w = mount(PositioningMap)
    const plot = plotOf(w)
    const pts = w.findAll('g.point')
    expect(pts).toHaveLength(placements.length)
    expect(pts.map(p => p.attributes('data-product')).sort()).toEqual(placements.map(p => p.product).sort())
    for (const p of pts) {
      const x = num(p, 'data-x')
      const y = num(p, 'data-y')
      expect(x, p.attributes('data-product')).toBeGreaterThanOrEqual(plot.x)
      expect(x).toBeLessThanOrEqual(plot.x + plot.width)
      expect(y, p.attributes('data-product')).toBeGreaterThanOrEqual(plot.y)
      expect(y).toBeLessThanOrEqual(plot.y + plot.height)
    }
  })

  it('puts each point where its placement says (x rightward, y upward)', () => {
    const w = mount(PositioningMap)
    const plot = plotOf(w)
    const pts = pointsOf(w)
    for (const p of placements) {
      const at = pts.get(p.product)!
      expect(at.x, p.product).toBeCloseTo(plot.x + p.x / 100 * plot.width, 9)
      expect(at.y, p.product).toBeCloseTo(plot.y + plot.height - p.y / 100 * plot.height, 9)
    }
  })

  it('draws 钉钉 as a diamond path, the Tencent products as circles', () => {
    const w = mount(PositioningMap)
    const pts = pointsOf(w)
    const d = pts.get('dingtalk')!.el
    expect(d.classes()).toContain('alibaba')
    expect(d.find('path').exists()).toBe(true)
    expect(d.find('circle').exists()).toBe(false)
    // A diamond: four corners around the point, closed.
    const path = d.find('path').attributes('d')!
    expect(path.match(/[ML]/g)).toHaveLength(4)
    expect(path.trim().endsWith('Z')).toBe(true)
    for (const [id, p] of pts) {
      if (id === 'dingtalk')
        continue
      expect(p.el.find('circle').exists(), id).toBe(true)
      expect(p.el.find('path').exists(), id).toBe(false)
      expect(num(p.el.find('circle'), 'cx')).toBe(p.x)
      expect(num(p.el.find('circle'), 'cy')).toBe(p.y)
    }
  })

  it('labels each point with its short name and year', () => {
    const w = mount(PositioningMap)
    for (const [id, p] of pointsOf(w)) {
      const product = productById(id as any)
      expect(p.el.find('.point-name').text()).toBe(product.short)
      expect(p.el.find('.point-year').text()).toBe(product.yearLabel ?? String(product.year))
    }
  })

  it('draws the arrows along mapPath, step i from mapPath[i-1] toward mapPath[i]', () => {
    const w = mount(PositioningMap)
    const pts = pointsOf(w)
    // Each step is drawn in two layers: its line (g.step in .path) and its number (g.step-mark).
    const steps = w.findAll('.path g.step')
    const marks = w.findAll('g.step-mark')
    expect(steps).toHaveLength(mapPath.length - 1)
    expect(marks.map(s => s.attributes('data-step'))).toEqual(['1', '2', '3', '4', '5', '6'])
    expect(steps.map(s => s.attributes('data-step'))).toEqual(['1', '2', '3', '4', '5', '6'])
    steps.forEach((s, i) => {
      const from = pts.get(mapPath[i]!)!
      const to = pts.get(mapPath[i + 1]!)!
      const line = s.find('line')
      const x1 = num(line, 'x1')
      const y1 = num(line, 'y1')
      const x2 = num(line, 'x2')
      const y2 = num(line, 'y2')
      const span = Math.hypot(to.x - from.x, to.y - from.y)
      const dStart = Math.hypot(x1 - from.x, y1 - from.y)
      const dEnd = Math.hypot(to.x - x2, to.y - y2)
      // Starts just outside the first marker and stops just short of the next one.
      expect(dStart, `step ${i + 1} start`).toBeGreaterThan(0)
      expect(dStart).toBeLessThan(span / 2)
      expect(dEnd, `step ${i + 1} end`).toBeGreaterThan(0)
      expect(dEnd).toBeLessThan(span / 2)
      // On the line between the two points, pointing from → to.
      const cross = (to.x - from.x) * (y2 - y1) - (to.y - from.y) * (x2 - x1)
      expect(Math.abs(cross) / span, `step ${i + 1} collinear`).toBeLessThan(1e-6)
      const dot = (to.x - from.x) * (x2 - x1) + (to.y - from.y) * (y2 - y1)
      expect(dot, `step ${i + 1} direction`).toBeGreaterThan(0)
      // The arrowhead is at the end (toward the later product).
      expect(line.attributes('marker-end')).toMatch(/^url\(#.+\)$/)
      expect(marks[i]!.find('.step-num').text()).toBe(String(i + 1))
      // The number sits on the line, halfway.
      expect(num(marks[i]!.find('circle'), 'cx')).toBeCloseTo((x1 + x2) / 2)
      expect(num(marks[i]!.find('circle'), 'cy')).toBeCloseTo((y1 + y2) / 2)
    })
  })

  it('keeps every label, every tag and their plates inside the plot, none over another, on the slide and in the reading edition', () => {
    for (const reading of [false, true]) {
      const w = mount(PositioningMap, reading
        ? {
            global: {
              provide: { [READING_EDITION as symbol]: true },
            },
          }
        : {})
      const plot = w.find('[data-plot]')
      const [px, py, pw, ph] = ['x', 'y', 'width', 'height'].map(a => num(plot, a))
      const plates = w.findAll('rect.label-plate')
      const tags = w.findAll('rect.tag-plate')
      expect(plates).toHaveLength(placements.length)
      expect(tags).toHaveLength(placements.length)
      const boxes = [
        ...plates,
        ...tags,
      ].map((r) => {
        const [x, y, width, height] = ['x', 'y', 'width', 'height'].map(a => num(r, a))
        return {
          x: x!,
          y: y!,
          width: width!,
          height: height!,
          cls: r.classes().join(' '),
        }
      })
      for (const b of boxes) {
        const where = `${reading ? 'reading' : 'slide'}: ${b.cls} ${b.x},${b.y} ${b.width}×${b.height} in plot ${px},${py} ${pw}×${ph}`
        expect(b.x, where).toBeGreaterThanOrEqual(px!)
        expect(b.y, where).toBeGreaterThanOrEqual(py!)
        expect(b.x + b.width, where).toBeLessThanOrEqual(px! + pw!)
        expect(b.y + b.height, where).toBeLessThanOrEqual(py! + ph!)
      }
      // No two plates share area (a label and its own tag touch at most).
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1)) {
          // (1e-6: a label's plate and its own tag's pill meet edge to edge, give or take rounding.)
          const e = 1e-6
          const overlap = a.x + e < b.x + b.width && b.x + e < a.x + a.width && a.y + e < b.y + b.height && b.y + e < a.y + a.height
          expect(overlap, `${reading ? 'reading' : 'slide'}: ${a.cls} at ${a.x},${a.y} and ${b.cls} at ${b.x},${b.y}`).toBe(false)
        }
      })
    }
  })

  it('draws each product\'s feature tag beside its marker, in the tag font size', () => {
    for (const reading of [false, true]) {
      const w = mount(PositioningMap, reading
        ? {
            global: {
              provide: { [READING_EDITION as symbol]: true },
            },
          }
        : {})
      for (const [id, p] of pointsOf(w)) {
        const tag = p.el.find('.point-tag')
        expect(tag.text(), id).toBe(productById(id as any).feature)
        // Close to its own marker: nearer than to any other.
        const tx = num(tag, 'x')
        const ty = num(tag, 'y')
        const mine = Math.hypot(tx - p.x, ty - p.y)
        for (const [other, q] of pointsOf(w)) {
          if (other !== id)
            expect(mine, `${id}'s tag is nearer ${other}`).toBeLessThan(Math.hypot(tx - q.x, ty - q.y))
        }
        expect(tag.attributes('style')).toContain(`font-size: ${reading ? MAP_SIZES.reading.tag : MAP_SIZES.slide.tag}px`)
      }
    }
  })

  it('shownSteps hides the later steps', () => {
    const w = mount(PositioningMap, {
      props: { shownSteps: 2 },
    })
    const steps = w.findAll('g.step')
    // Lines and numbers: both layers of each step show or hide together.
    expect(steps).toHaveLength(2 * (mapPath.length - 1))
    steps.forEach((s) => {
      const i = Number(s.attributes('data-step')) - 1
      if (i < 2) {
        expect(s.classes(), `step ${i + 1}`).not.toContain('hidden')
        expect(s.attributes('aria-hidden')).not.toBe('true')
      }
      else {
        expect(s.classes(), `step ${i + 1}`).toContain('hidden')
        expect(s.attributes('aria-hidden')).toBe('true')
      }
    })
    const none = mount(PositioningMap, {
      props: { shownSteps: 0 },
    })
    expect(none.findAll('g.step').every(s => s.classes().includes('hidden'))).toBe(true)
    const all = mount(PositioningMap)
    expect(all.findAll('g.step').some(s => s.classes().includes('hidden'))).toBe(false)
    // The points themselves are always there.
    expect(none.findAll('g.point')).toHaveLength(placements.length)
  })

  it('is an image named by its <title>', () => {
    const title = '定位地图：腾讯七款产品与钉钉'
    const w = mount(PositioningMap)
    const svg = w.find('svg')
    expect(svg.attributes('role')).toBe('img')
    const refs = referenced(svg.element, svg.attributes('aria-labelledby')!)
    expect(refs[0]!.tagName.toLowerCase()).toBe('title')
    expect(refs[0]!.textContent).toBe(title)
  })

  it('the legend says the placements are the deck\'s reading', () => {
    const w = mount(PositioningMap)
    expect(w.find('.legend').text()).toContain('位置为本演示的解读')
  })

  it('in the reading edition, writes the path out beneath the map, with every placement\'s reason', () => {
    const w = mount(PositioningMap, {
      global: {
        provide: { [READING_EDITION as symbol]: true },
      },
    })
    expect(w.find('svg').attributes('viewBox')!.split(' ')[2]).toBe('360')
    const items = w.findAll('.map-list li')
    expect(items).toHaveLength(placements.length)
    // The Tencent path in time order, then the rival.
    expect(items.slice(0, mapPath.length).map(li => li.find('strong').text())).toEqual(mapPath.map(id => productById(id).name))
    expect(items.at(-1)!.text()).toContain('钉钉')
    for (const p of placements)
      expect(w.find('.map-list').text()).toContain(p.reason)
    for (const p of products)
      expect(w.find('.map-list').text()).toContain(`功能：${p.feature}`)
    expect(w.find('.map-note').text()).toContain('解读')
    // The slide map has no such list.
    expect(mount(PositioningMap).find('.map-list').exists()).toBe(false)
  })

  it('the <desc> names both axes, every product, the path, and says the placements are the deck\'s reading', () => {
    const w = mount(PositioningMap)
    const desc = w.find('desc').text()
    for (const axis of [mapAxes.x, mapAxes.y]) {
      expect(desc).toContain(axis.title)
      expect(desc).toContain(axis.low)
      expect(desc).toContain(axis.high)
    }
    for (const p of products)
      expect(desc).toContain(p.name)
    expect(desc).toContain(mapPath.map(id => productById(id).short).join(' → '))
    // The tags are text on the picture: the description says each one.
    for (const p of products as readonly Product[])
      expect(desc).toContain(`${p.name}（${p.yearLabel ?? p.year}）：${placements.find(x => x.product === p.id)!.reason}；功能标签「${p.feature}」`)
    // The svg is role="img": its legend text is not read out, so the <desc> must say it.
    expect(desc).toContain('本演示对原文的解读')
  })

  it('renders an alert naming the field, and no svg, for a placement outside 0–100', () => {
    const broken = structuredClone(placements) as any
    broken[0].x = 140
    const w = mount(PositioningMap, {
      props: { placements: broken },
    })
    expect(w.find('svg').exists()).toBe(false)
    const alert = w.find('[role="alert"]')
    expect(alert.exists()).toBe(true)
    expect(alert.text()).toContain('placements[0]')
    expect(alert.text()).toContain('.x')
    expect(alert.text()).toContain('140')
    expect(alert.text()).toContain('data/facts.ts')
  })

  it('renders an alert for a path step with no placement', () => {
    const w = mount(PositioningMap, {
      props: {
        path: [...mapPath, 'dingtalk', 'ghost' as any],
      },
    })
    expect(w.find('svg').exists()).toBe(false)
    expect(w.find('[role="alert"]').text()).toContain('path[8]')
  })
})

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

describe('credit', () => {
  it('credits the article from the data module, short and in full', () => {
    const short = mount(Credit).text()
    expect(short).toContain(article.author)
    expect(short).toContain(article.publisher)
    expect(short).toContain('2022 年 8 月')
    const full = mount(Credit, {
      props: { variant: 'full' },
    })
    expect(full.text()).toContain(`《${article.title}》`)
    expect(full.text()).toContain('2022 年 8 月 16 日')
    expect(full.find('time').attributes('datetime')).toBe(article.published)
  })
})

describe('fig', () => {
  it('renders the QQ user count of 2001 as 2000 万', () => {
    const w = mount(Fig, {
      props: { id: 'qq-users-2001' },
    })
    expect(w.text()).toBe('2000 万')
    expect(w.attributes('data-figure')).toBe('qq-users-2001')
    expect(w.attributes('title')).toContain('2001 年')
  })

  it('renders the derived 2019→2021 gain as 750 万家', () => {
    expect(mount(Fig, {
      props: { id: 'wecom-gain-2019-2021' },
    }).text()).toBe('750 万家')
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
      props: { id: 'dingtalk-orgs-2020' },
    }).text()).toBe('1500 万家组织')
    expect(mount(Fig, {
      props: { id: 'dingtalk-gain-2019-2020' },
    }).text()).toBe('500 万家组织')
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

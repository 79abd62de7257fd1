import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { READING_EDITION } from '../../addons/kit/client/reading'
import PositioningMap from '../../components/PositioningMap.vue'
import { mapPath, mapSteps, placements as placed0, quarterOf } from '../../data/facts'
import { talkWords } from '../../data/words'
import { MAP_SIZES } from '../../lib/map-layout'
import { productSaid as productById, productsSaid, quartersSaid } from '../../lib/said'
import { num, referenced } from './mount'

// The Chinese deck's words (slides.md): the map as it draws them.
const zh = talkWords('zh-CN')
const mapAxes = zh.map.axes
const mapQuarters = quartersSaid('zh-CN')
const products = productsSaid('zh-CN')
const placements = placed0.map(p => ({ ...p, reason: zh.reasons[p.product] }))
const quarterName = (p: { x: number, y: number }) => zh.map.quarters[quarterOf(p)!.id]

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

  it('at each step draws exactly the products placed so far, their tags, and the arrows between them; nothing later', () => {
    for (let step = 0; step <= mapSteps.length; step++) {
      for (const arrived of [true, false]) {
        const w = mount(PositioningMap, {
          props: { step, arrived },
        })
        const placed = mapSteps.slice(0, arrived
          ? step
          : Math.max(0, step - 1)).flat()
        const where = `step ${step}${arrived ? '' : ' before it arrives'}`
        const drawn = w.findAll('g.point').map(g => g.attributes('data-product'))
        expect([...drawn].sort(), where).toEqual([...placed].sort())
        // Tags: one for each product drawn, each its own; no tag of a product still to come.
        expect(w.findAll('.point-tag').map(t => t.text()).sort(), where).toEqual(placed.map(id => productById(id).feature).sort())
        expect(w.findAll('rect.tag-plate'), where).toHaveLength(placed.length)
        // The path drawn is the path's products on the map, in time order, and no arrow reaches further.
        const onPath = mapPath.filter(id => placed.includes(id))
        expect(w.findAll('.path g.step'), where).toHaveLength(Math.max(0, onPath.length - 1))
        expect(w.findAll('g.step-mark'), where).toHaveLength(Math.max(0, onPath.length - 1))
        // What a screen reader hears says no more than the picture shows.
        const desc = w.find('desc').text()
        for (const p of products) {
          if (!placed.includes(p.id))
            expect(desc, `${where}: ${p.id}`).not.toContain(`${p.name}（`)
        }
      }
    }
  })

  it('opens as the bare frame: two axes, four named quarters, no product', () => {
    const w = mount(PositioningMap, {
      props: { step: 0 },
    })
    expect(w.findAll('g.point')).toHaveLength(0)
    expect(w.findAll('.quarter-name').map(t => t.text())).toEqual(mapQuarters.map(q => q.name))
    expect(w.text()).toContain(mapAxes.x.low)
    expect(w.text()).toContain(mapAxes.x.high)
  })

  it('writes the vertical axis level, not turned on its side', () => {
    const w = mount(PositioningMap)
    expect(w.html()).not.toMatch(/rotate\(/)
    const ends = w.findAll('.y-end').map(t => t.text())
    expect(ends[0]).toContain(mapAxes.y.highLines[0])
    expect(ends.at(-1)).toContain(mapAxes.y.lowLines.at(-1)!)
    // Each line fits the margin left of the plot.
    const plot = plotOf(w)
    for (const t of w.findAll('.y-end'))
      expect(num(t, 'x')).toBeLessThan(plot.x)
  })

  it('spotlight lights the quarter the newest product lands in: 3.0 in 独立触达, alone there', () => {
    const w = mount(PositioningMap, {
      props: { step: 6, spotlight: true },
    })
    expect(w.findAll('[data-lit]')).toHaveLength(1)
    expect(w.find('.quarter-name.lit').text()).toBe('独立触达')
    // Only the lit quarter keeps its name; the frame named all four.
    expect(w.findAll('.quarter-name').map(t => t.text())).toEqual(['独立触达'])
    expect(w.find('g.point.fresh').attributes('data-product')).toBe('wecom-3')
    const before = mount(PositioningMap, {
      props: { step: 6, arrived: false, spotlight: true },
    })
    expect(before.findAll('[data-lit]')).toHaveLength(0)
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

  it('says the placements are the deck\'s reading once, not on every map slide: the legend has no such note', () => {
    const w = mount(PositioningMap)
    expect(w.find('.legend').text()).not.toContain('解读')
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
    // The note that the placements are a reading stands once, under the bare frame.
    expect(w.find('.map-note').exists()).toBe(false)
    expect(mount(PositioningMap, {
      props: { step: 0 },
      global: {
        provide: { [READING_EDITION as symbol]: true },
      },
    }).find('.map-note').text()).toContain('解读')
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
    for (const p of products)
      expect(desc).toContain(`${p.name}（${p.yearLabel ?? p.year}）：${placements.find(x => x.product === p.id)!.reason}，在「${quarterName(placements.find(x => x.product === p.id)!)}」；功能标签「${p.feature}」`)
    for (const q of mapQuarters)
      expect(desc).toContain(`「${q.name}」`)
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

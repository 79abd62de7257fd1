import type { DOMWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { formatCount } from '../../client/format'
import EnterpriseCountChart from '../../components/EnterpriseCountChart.vue'
import Fig from '../../components/Fig.vue'
import PositioningMap from '../../components/PositioningMap.vue'
import ProductTimeline from '../../components/ProductTimeline.vue'
import When from '../../components/When.vue'
import { enterpriseCounts, mapAxes, mapPath, placements, productById, products } from '../../data/facts'

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

  it('each bar sits under the heading of its own date', () => {
    const w = mount(EnterpriseCountChart)
    const heads = w.findAll('.group-head text').map(t => ({
      label: t.text(),
      y: num(t, 'y'),
    }))
    for (const f of enterpriseCounts) {
      const rect = w.find(`[data-figure="${f.id}"] rect`)
      const y = num(rect, 'y')
      // The nearest heading above the bar is the bar's date.
      const above = heads.filter(h => h.y <= y).at(-1)
      expect(above?.label, f.id).toBe(f.asOfLabel)
    }
  })

  it('draws the 钉钉 2019 bar exactly 4× as long as the 企业微信 2019 bar, from zero', () => {
    const w = mount(EnterpriseCountChart)
    const dingtalk = w.find('[data-figure="dingtalk-2019"] rect')
    const wecom = w.find('[data-figure="wecom-2019"] rect')
    const wecom2021 = w.find('[data-figure="wecom-2021"] rect')
    expect(num(dingtalk, 'width')).toBeGreaterThan(0)
    expect(num(dingtalk, 'width')).toBe(4 * num(wecom, 'width'))
    expect(num(wecom2021, 'width')).toBe(num(dingtalk, 'width'))
    // Every bar starts at the same zero line.
    const zero = num(w.find('line.axis-zero'), 'x1')
    for (const r of w.findAll('rect[data-value]'))
      expect(num(r, 'x')).toBe(zero)
    // And every width is proportional to the value it stands for.
    const rects = w.findAll('rect[data-value]')
    const perUnit = num(rects[0]!, 'width') / num(rects[0]!, 'data-value')
    for (const r of rects)
      expect(num(r, 'width')).toBeCloseTo(num(r, 'data-value') * perUnit, 9)
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
    expect(caption).toContain('钉钉方面的数字')
    expect(caption).toContain('从 0 起算')
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
    // Same bar lengths as on the slide that shows all groups: nothing rescales between slides.
    for (const id of ['dingtalk-2019', 'wecom-2019']) {
      for (const attr of ['x', 'y', 'width', 'height'])
        expect(one.find(`[data-figure="${id}"] rect`).attributes(attr), `${id} ${attr}`).toBe(full.find(`[data-figure="${id}"] rect`).attributes(attr))
    }
    expect(num(one.find('[data-figure="dingtalk-2019"] rect'), 'width')).toBe(4 * num(one.find('[data-figure="wecom-2019"] rect'), 'width'))
    // The text alternative and the caption speak only of what is drawn, claim included.
    const desc = one.find('desc').text()
    expect(desc).toContain('1000 万')
    expect(desc).toContain('250 万')
    expect(desc).not.toContain('2021')
    expect(desc).not.toContain('1000 万+')
    expect(one.find('figcaption').text()).toContain('钉钉方面的数字')
    // The drawing is cut to the bars it holds.
    const height = (w: ReturnType<typeof mount>) => Number(w.find('svg').attributes('viewBox')!.split(' ')[3])
    expect(height(one)).toBeLessThan(height(full))
    const lastBar = one.find('[data-figure="wecom-2019"] rect')
    expect(height(one)).toBeGreaterThanOrEqual(num(lastBar, 'y') + num(lastBar, 'height'))
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
    const steps = w.findAll('g.step')
    expect(steps).toHaveLength(mapPath.length - 1)
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
      expect(s.find('.step-num').text()).toBe(String(i + 1))
    })
  })

  it('shownSteps hides the later steps', () => {
    const w = mount(PositioningMap, {
      props: { shownSteps: 2 },
    })
    const steps = w.findAll('g.step')
    steps.forEach((s, i) => {
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
    expect(w.find('.legend').text()).toContain('位置为本演示对原文的解读')
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

  it('gives each product its positioning', () => {
    const w = mount(ProductTimeline)
    for (const p of products)
      expect(w.find(`[data-product="${p.id}"] .pos`).text()).toBe(p.positioning)
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

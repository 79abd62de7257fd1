/**
 * The specs the chart and the map hand the editable PPTX (lib/pptx-specs.ts, through each
 * component's `data-pptx` attribute): the chart's values are data/facts.ts's, zero-based on the
 * SVG's scale, labelled as the SVG labels them; the map's shapes stand where the SVG draws them
 * and carry every word the SVG writes.
 */
import type { VueWrapper } from '@vue/test-utils'
import type { PptxSpec, SpecChart, SpecLine, SpecText } from '../../addons/kit/shared/pptx-spec'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import EnterpriseCountChart from '../../components/EnterpriseCountChart.vue'
import PositioningMap from '../../components/PositioningMap.vue'
import { mapPath } from '../../data/facts'
import { labelFormat, SHEET_UNIT } from '../../lib/pptx-specs'
import { enterpriseCounts } from './said-zh'

function specOf(w: VueWrapper): PptxSpec {
  const raw = w.find('svg').attributes('data-pptx')
  expect(raw, 'the SVG carries a data-pptx spec').toBeDefined()
  return JSON.parse(raw!) as PptxSpec
}
const chartOf = (spec: PptxSpec) => spec.parts.find((p): p is SpecChart => p.type === 'chart')!
const textsOf = (spec: PptxSpec) => spec.parts.filter((p): p is SpecText => p.type === 'text').map(t => t.runs.map(r => r.text).join(''))
/** What Excel writes for `value` in a format of the form General"<suffix>". */
const shown = (value: number, format: string) => `${value}${format.match(/^General"(.*)"$/)![1]}`

describe('the count chart\'s spec', () => {
  const chartsOf = (spec: PptxSpec) => spec.parts.filter((p): p is SpecChart => p.type === 'chart')
  const linesOf = (spec: PptxSpec) => spec.parts.filter((p): p is SpecLine => p.type === 'line')
  /** A chart's columns as the native chart draws them: its plot cut into equal slots, the gap width between. */
  function columnsOf(c: SpecChart) {
    const plotX = c.x + c.plot.x * c.w
    const slot = c.plot.w * c.w / c.values.length
    const width = slot / (1 + c.gap / 100)
    return c.values.map((_, i) => ({ x: plotX + i * slot + (slot - width) / 2, width }))
  }

  it('end of 2019: the two figures of data/facts.ts in 万, zero-based, labelled as on the slide, 钉钉\'s hatched as the SVG hatches it, the ratio\'s steps on 钉钉', () => {
    const w = mount(EnterpriseCountChart, {
      props: {
        groups: 1,
        ratio: { of: 'dingtalk-2019', to: 'wecom-2019' },
      },
    })
    const spec = specOf(w)
    const charts = chartsOf(spec)
    expect(charts).toHaveLength(1)
    const chart = charts[0]!
    const figures = enterpriseCounts.slice(0, 2)
    expect(chart.values.map(v => v * SHEET_UNIT)).toEqual(figures.map(f => f.value))
    expect(chart.axis.min).toBe(0)
    expect(chart.axis.max * SHEET_UNIT).toBe(Math.max(...enterpriseCounts.map(f => f.value)))
    // The products under the columns; the date once, under the group, as the SVG writes it.
    expect(chart.categories).toEqual([
      ['钉钉', '企业微信 1.0'],
    ])
    expect(chart.category).toBe('产品')
    const formats = chart.values.map((_, i) => chart.labels.formats?.[i] ?? chart.labels.format)
    expect(chart.values.map((v, i) => shown(v, formats[i]!))).toEqual(w.findAll('.value-label').map(t => t.text()))
    expect(chart.colors).toEqual(['var(--c-rival)', 'var(--c-tencent)'])
    expect(chart.patterns).toEqual([
      { fg: 'var(--c-rival-hatch)', bg: 'var(--c-rival)' },
      null,
    ])
    // The native columns stand where the SVG's do.
    const svg = w.findAll('.bar rect').map(r => ({
      x: Number(r.attributes('x')),
      width: Number(r.attributes('width')),
    }))
    columnsOf(chart).forEach((c, i) => {
      expect(c.x).toBeCloseTo(svg[i]!.x, 6)
      expect(c.width).toBeCloseTo(svg[i]!.width, 6)
    })
    expect(Number.isInteger(chart.gap)).toBe(true)
    // The three steps across 钉钉's column, at the SVG's own lines.
    const steps = w.findAll('.times-step').map(l => Number(l.attributes('y1')))
    expect(steps).toHaveLength(3)
    for (const y of steps)
      expect(linesOf(spec).some(l => l.y1 === y && l.y2 === y && l.x1 === svg[0]!.x)).toBe(true)
    // The date line under the group as the SVG writes it: the date, then what the figures count.
    expect(textsOf(spec)).toEqual([
      w.find('.date-label').text(),
      w.find('.times-caption').text(),
      '4 倍',
    ])
  })

  it('with the end-2021 figure: a chart per date, the grown column in its two parts, "+750 万" on it, the dates kept apart', () => {
    const w = mount(EnterpriseCountChart, {
      props: {
        compare: { from: 'wecom-2019', to: 'wecom-2021' },
      },
    })
    const spec = specOf(w)
    const charts = chartsOf(spec)
    expect(charts.map(c => c.values.map(v => v * SHEET_UNIT))).toEqual([
      enterpriseCounts.slice(0, 2).map(f => f.value),
      [enterpriseCounts[2]!.value],
    ])
    expect(charts.map(c => c.categories)).toEqual([
      [
        ['钉钉', '企业微信 1.0'],
      ],
      [
        ['企业微信 3.0'],
      ],
    ])
    // Each chart on the same scale, its columns where the SVG draws them, 150 units between the groups.
    expect(new Set(charts.map(c => c.axis.max)).size).toBe(1)
    const svg = w.findAll('.bar rect').map(r => ({
      x: Number(r.attributes('x')),
      width: Number(r.attributes('width')),
    }))
    charts.flatMap(columnsOf).forEach((c, i) => expect(c.x).toBeCloseTo(svg[i]!.x, 6))
    // The 2021 column in two parts: the 2019 level as a lighter base series under "+750 万".
    expect(charts[1]!.base).toMatchObject({
      values: [250],
      color: 'var(--c-bg)',
      opacity: 0.35,
    })
    expect(charts[0]!.base).toBeUndefined()
    expect(textsOf(spec)).toEqual([
      ...w.findAll('.date-label').map(t => t.text()),
      '+750 万',
    ])
    expect(textsOf(spec).slice(0, 2)).toEqual(['2019 年底 · 入驻企业', '2021 年底 · 真实企业与组织'])
    const level = Number(w.find('.growth-level').attributes('y1'))
    expect(linesOf(spec).some(l => l.y1 === level && l.y2 === level && l.line.dash === 'dash')).toBe(true)
    const divider = Number(w.find('.date-divider').attributes('x1'))
    expect(linesOf(spec).some(l => l.x1 === divider && l.x2 === divider)).toBe(true)
    expect(labelFormat('1000 万+', false)).toBe('General" 万+"')
  })

  it('only the groups shown: a later date not yet revealed is not in the chart', () => {
    const spec = specOf(mount(EnterpriseCountChart, {
      props: { shownGroups: 1 },
    }))
    expect(chartsOf(spec).map(c => c.values)).toHaveLength(1)
    expect(chartOf(spec).values).toHaveLength(2)
    expect(textsOf(spec)).toEqual(['2019 年底 · 入驻企业'])
  })
})

describe('the positioning map\'s spec', () => {
  const w = mount(PositioningMap)
  const spec = specOf(w)

  it('writes every word the SVG writes (axis words, product labels, years, step numbers, legend)', () => {
    const texts = textsOf(spec).map(t => t.replace(/\s+/g, ''))
    const svgTexts = w.findAll('svg text').map(t => t.text().replace(/\s+/g, '')).filter(Boolean)
    expect(svgTexts.length).toBeGreaterThan(20)
    for (const t of svgTexts)
      expect(texts, `the spec writes "${t}"`).toContain(t)
  })

  it('puts each marker where the SVG draws it (toPlot of its placement)', () => {
    for (const p of w.findAll('.point')) {
      const x = Number(p.attributes('data-x'))
      const y = Number(p.attributes('data-y'))
      const marker = spec.parts.find(s => (s.type === 'ellipse' || s.type === 'diamond') && Math.abs(s.x + s.w / 2 - x) < 1e-6 && Math.abs(s.y + s.h / 2 - y) < 1e-6)
      expect(marker, `a marker at ${p.attributes('data-product')}`).toBeDefined()
    }
  })

  it('draws the path as lines with arrowheads, on the SVG\'s own segments', () => {
    const arrows = spec.parts.filter((p): p is SpecLine => p.type === 'line' && p.line.end === 'triangle' && p.line.width === 3)
    const svg = w.findAll('.path line.arrow')
    // The path's arrows, one a step (the legend shows only the rival's shape).
    expect(arrows).toHaveLength(mapPath.length - 1)
    expect(svg).toHaveLength(mapPath.length - 1)
    svg.forEach((l, i) => {
      expect(arrows[i]).toMatchObject({
        x1: Number(l.attributes('x1')),
        y1: Number(l.attributes('y1')),
        x2: Number(l.attributes('x2')),
        y2: Number(l.attributes('y2')),
      })
    })
  })
})

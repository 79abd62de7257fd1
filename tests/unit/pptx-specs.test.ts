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
import { enterpriseCounts, mapPath } from '../../data/facts'
import { labelFormat, SHEET_UNIT } from '../../lib/pptx-specs'

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
  it('end of 2019: the two figures of data/facts.ts in 万, zero-based, labelled as on the slide, the ratio\'s steps on 钉钉', () => {
    const w = mount(EnterpriseCountChart, {
      props: {
        groups: 1,
        ratio: { of: 'dingtalk-2019', to: 'wecom-2019' },
      },
    })
    const spec = specOf(w)
    const chart = chartOf(spec)
    const figures = enterpriseCounts.slice(0, 2)
    expect(chart.values.map(v => v * SHEET_UNIT)).toEqual(figures.map(f => f.value))
    expect(chart.axis.min).toBe(0)
    expect(chart.axis.max * SHEET_UNIT).toBe(Math.max(...enterpriseCounts.map(f => f.value)))
    expect(chart.categories).toEqual([
      ['钉钉', '企业微信 1.0'],
      ['2019 年底', ''],
    ])
    const formats = chart.values.map((_, i) => chart.labels.formats?.[i] ?? chart.labels.format)
    expect(chart.values.map((v, i) => shown(v, formats[i]!))).toEqual(w.findAll('.value-label').map(t => t.text()))
    expect(chart.colors).toEqual(['var(--c-rival)', 'var(--c-tencent)'])
    expect(chart.marks).toEqual([
      expect.objectContaining({ kind: 'steps', category: 0, every: 250 }),
    ])
    expect(textsOf(spec)).toEqual([
      w.find('.times-caption').text(),
      '4 倍',
    ])
  })

  it('with the end-2021 figure: the growth\'s level at the 2019 value, "+750 万" on it, the dates kept apart', () => {
    const w = mount(EnterpriseCountChart, {
      props: {
        compare: { from: 'wecom-2019', to: 'wecom-2021' },
      },
    })
    const chart = chartOf(specOf(w))
    expect(chart.values.map(v => v * SHEET_UNIT)).toEqual(enterpriseCounts.map(f => f.value))
    expect(chart.categories[1]).toEqual(['2019 年底', '', '2021 年底'])
    const level = chart.marks!.find(m => m.kind === 'level')
    expect(level).toMatchObject({
      category: 2,
      from: 1,
      value: 250,
      label: { text: '+750 万' },
    })
    expect(chart.marks!.find(m => m.kind === 'divider')).toMatchObject({ after: 1 })
    expect(labelFormat('1000 万+', false)).toBe('General" 万+"')
  })

  it('only the groups shown: a later date not yet revealed is not in the chart', () => {
    const chart = chartOf(specOf(mount(EnterpriseCountChart, {
      props: { shownGroups: 1 },
    })))
    expect(chart.values).toHaveLength(2)
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

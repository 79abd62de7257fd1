/**
 * A spec's chart (shared/pptx-spec.ts `SpecChart`) as pptxgenjs's `addChart` call: a native
 * column chart whose numbers live in its own embedded sheet, one series with a colour per column
 * (or, with a base, a second series over the columns' lower part), the value axis from zero, each
 * column's label in the spec's number format, its category label, and the plot area fixed where
 * the spec puts it. What pptxgenjs cannot say (a label format per column, a hatched column, an
 * unlabelled base, the East Asian face of the chart's text) finish.ts adds.
 *
 * Category levels are written as one label per column, a line per level ("钉钉" over "2019 年底"):
 * pptxgenjs 4.0.1 writes the sheet of a multi-level category axis with its cells in the wrong
 * columns (its own source marks that code "WIP: FIXME"), and PowerPoint's Edit Data opens that
 * sheet.
 */
import type PptxGenJS from 'pptxgenjs'
import type { SpecChart as PptxSpecChart } from '../../../shared/pptx-spec.ts'
import type { ChartPart } from './parts.ts'
import type { units, WriteOptions } from './units.ts'
import { blend, parseColor } from './css.ts'

const hex = (c: string | undefined, fallback = '000000') => parseColor(c)?.hex ?? fallback

/** A base series' colour: its own at its opacity over the columns' colour, as the slide shows it. */
export function baseColor(chart: Pick<PptxSpecChart, 'base' | 'colors'>): string | undefined {
  const b = chart.base
  if (!b)
    return undefined
  const own = parseColor(b.color)
  const under = parseColor(chart.colors[0])
  if (!own || !under)
    return hex(b.color)
  return blend({ ...own, alpha: own.alpha * (b.opacity ?? 1) }, under).hex
}

/** Levels (innermost first; '' continues the group before) as one label per column, a line per level. */
export function categoryLabels(levels: readonly (readonly string[])[]): string[] {
  const [inner = [], ...outer] = levels
  return inner.map((label, i) => [
    label,
    ...outer.map(level => level.slice(0, i + 1).reverse().find(l => l !== '') ?? ''),
  ].filter(Boolean).join('\n'))
}

export function chartCall(p: ChartPart, o: WriteOptions, u: ReturnType<typeof units>): {
  type: PptxGenJS.CHART_NAME
  data: PptxGenJS.OptsChartData[]
  options: PptxGenJS.IChartOpts
} {
  const c = p.chart
  const size = (v: number) => u.pt(v * p.scale)
  return {
    type: 'bar',
    data: [
      {
        name: c.series,
        labels: [
          categoryLabels(c.categories),
        ],
        values: c.values,
      },
      ...(c.base
        ? [
            {
              name: c.base.series,
              labels: [
                categoryLabels(c.categories),
              ],
              values: c.base.values,
            },
          ]
        : []),
    ],
    options: {
      x: u.inch(p.box.x),
      y: u.inch(p.box.y),
      w: u.inch(p.box.w),
      h: u.inch(p.box.h),
      altText: c.title,
      barDir: 'col',
      // The schema's gap width is a whole percentage from 0 to 500.
      barGapWidthPct: Math.min(500, Math.max(0, Math.round(c.gap))),
      // A base: one colour a series, the base drawn over the columns' lower part (overlap 100 %).
      // Otherwise two colours or more, so pptxgenjs writes one per column (a single series).
      ...(c.base
        ? {
            chartColors: [
              hex(c.colors[0]),
              baseColor(c)!,
            ],
            barGrouping: 'clustered' as const,
            barOverlapPct: 100,
          }
        : {
            chartColors: c.colors.length > 1
              ? c.colors.map(x => hex(x))
              : [
                  hex(c.colors[0]),
                  hex(c.colors[0]),
                ],
          }),
      layout: c.plot,
      valAxisMinVal: c.axis.min,
      valAxisMaxVal: c.axis.max,
      valAxisHidden: c.axis.hidden ?? true,
      valGridLine: { style: 'none' },
      catGridLine: { style: 'none' },
      showValue: true,
      dataLabelPosition: 'outEnd',
      dataLabelFormatCode: c.labels.format,
      dataLabelFontSize: size(c.labels.size),
      dataLabelFontBold: !!c.labels.bold,
      dataLabelColor: hex(c.labels.color),
      dataLabelFontFace: o.latinFont,
      catAxisLabelFontFace: o.latinFont,
      catAxisLabelFontSize: size(c.categoryLabels.size),
      catAxisLabelFontBold: !!c.categoryLabels.bold,
      catAxisLabelColor: hex(c.categoryLabels.color),
      catAxisMajorTickMark: 'none',
      // The zero line is drawn over the chart (spec.ts), not as the axis: an axis line would also
      // draw the separators of two-level categories.
      catAxisLineShow: false,
      showLegend: false,
      showTitle: false,
      lang: o.lang,
    },
  }
}

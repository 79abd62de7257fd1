/**
 * A spec's chart (shared/pptx-spec.ts `SpecChart`) as pptxgenjs's `addChart` call: a native
 * column chart whose numbers live in its own embedded sheet, one series, a colour per column, the
 * value axis from zero, each column's label in the spec's number format, its category label, and
 * the plot area fixed where the spec puts it. What pptxgenjs cannot say (a label format per
 * column, the East Asian face of the chart's text) finish.ts adds.
 *
 * Category levels are written as one label per column, a line per level ("钉钉" over "2019 年底"):
 * pptxgenjs 4.0.1 writes the sheet of a multi-level category axis with its cells in the wrong
 * columns (its own source marks that code "WIP: FIXME"), and PowerPoint's Edit Data opens that
 * sheet.
 */
import type PptxGenJS from 'pptxgenjs'
import type { ChartPart } from './parts.ts'
import type { units, WriteOptions } from './write.ts'
import { parseColor } from './css.ts'

const hex = (c: string | undefined, fallback = '000000') => parseColor(c)?.hex ?? fallback

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
      // Two colours or more: pptxgenjs then writes one per column (a single series).
      chartColors: c.colors.length > 1
        ? c.colors.map(x => hex(x))
        : [
            hex(c.colors[0]),
            hex(c.colors[0]),
          ],
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

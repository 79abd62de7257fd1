/**
 * The talk's two drawings as the kit's editable PowerPoint export takes them (addons/kit/shared/
 * pptx-spec.ts): each component puts one of these specs, as JSON, in a `data-pptx` attribute on
 * its SVG, and the exporter draws it natively in the SVG's box instead of walking it.
 *
 * Built from what the components have already computed for their SVG (the same calls of
 * lib/geometry.ts: layoutColumns, levelOn, toPlot, arrowBetween, labelAt, labelBox), in the same
 * viewBox units, so a native part stands where its SVG counterpart is drawn:
 *
 * - the enterprise counts as a native column chart (values from data/facts.ts in 万, in the
 *   chart's own sheet, zero-based on the SVG's scale, the date of each group and a company's own
 *   figure's 自述 in its label), with the ratio's steps, the growth's level and the dates'
 *   divider as marks on their columns, and the "4 倍" beside it as text;
 * - the positioning map as shapes: the plot, the quarters' names, axis words (all level), the
 *   path's arrows with arrowheads, the step numbers, the markers and their labels, the legend.
 */
import type { PptxSpec, SpecPart, SpecRun, SpecStroke } from '../addons/kit/shared/pptx-spec'
import type { CountFigure, Maker, Product } from '../data/facts'
import type { Point, Rect, Segment } from './geometry'
import type { MapLabel, MapSizes } from './map-layout'

/** The chart's sheet counts in 万: 10 000 000 is 1000 there, as on the slide. */
export const SHEET_UNIT = 10_000

const C = {
  bg: 'var(--c-bg)',
  surface: 'var(--c-surface)',
  line: 'var(--c-line)',
  ink: 'var(--c-ink)',
  muted: 'var(--c-muted)',
  tencent: 'var(--c-tencent)',
  rival: 'var(--c-rival)',
  rivalText: 'var(--c-rival-text)',
  accentText: 'var(--c-accent-text)',
  tencentSoft: 'var(--c-tencent-soft)',
} as const

function makerColor(m: Maker) {
  return m === 'alibaba'
    ? C.rival
    : C.tencent
}

/** What EnterpriseCountChart.vue has computed for its SVG. */
export interface CountChartDrawing {
  title: string
  /** The viewBox: L.width × height. */
  width: number
  height: number
  size: { baseline: number, maxHeight: number, value: number, label: number }
  columns: readonly (Rect & { id: string, value: number, figure: CountFigure, product: Product, label: string, shown: boolean })[]
  growth: { column: { id: string }, level: number, label: string, x1: number, shown: boolean } | null
  times: { text: string, caption: string, x: number, y: number, column: { id: string }, steps: readonly number[] } | null
}

/** An Excel number format reading as the column's label on the slide: 1000 → "1000 万 自述" for a company's own figure. */
export function labelFormat(label: string, claimed: boolean): string {
  const suffix = label.replace(/^[\d.]+/, '') + (claimed
    ? ' 自述'
    : '')
  return `General"${suffix.replace(/"/g, '')}"`
}

export function countChartSpec(d: CountChartDrawing): PptxSpec {
  const cols = d.columns.filter(c => c.shown)
  const first = cols[0]!
  const last = cols.at(-1)!
  const width = first.width
  // Slots as wide as the SVG's spacing, so the first and the last column fall where the SVG draws them.
  const slot = cols.length > 1
    ? (last.x + last.width - first.x - width) / (cols.length - 1)
    : width * 1.5
  const chartWidth = d.times
    ? d.width * 0.62
    : d.width
  const plot = {
    x: (first.x - (slot - width) / 2) / chartWidth,
    y: (d.size.baseline - d.size.maxHeight) / d.height,
    w: slot * cols.length / chartWidth,
    h: d.size.maxHeight / d.height,
  }
  const max = first.value / first.height * d.size.maxHeight / SHEET_UNIT
  const formats = cols.map(c => labelFormat(c.label, c.figure.basis === 'claim'))
  const index = (id: string) => cols.findIndex(c => c.id === id)
  const marks: NonNullable<Extract<SpecPart, { type: 'chart' }>['marks']> = []
  if (d.times && index(d.times.column.id) >= 0) {
    const of = cols[index(d.times.column.id)]!
    const n = d.times.steps.length + 1
    marks.push({
      kind: 'steps',
      category: index(of.id),
      every: of.value / n / SHEET_UNIT,
      line: { color: C.bg, width: 4 },
    })
  }
  if (d.growth?.shown && index(d.growth.column.id) >= 0) {
    const to = cols[index(d.growth.column.id)]!
    const from = cols.find(c => c.x === d.growth!.x1)
    marks.push({
      kind: 'level',
      category: index(to.id),
      ...(from
        ? {
            from: index(from.id),
          }
        : {}),
      value: (to.y + to.height - d.growth.level) / to.height * to.value / SHEET_UNIT,
      label: {
        text: d.growth.label,
        size: d.size.value * 0.8,
        bold: true,
        color: C.bg,
      },
      line: { color: C.ink, width: 2, dash: 'dash' },
    })
  }
  cols.forEach((c, i) => {
    if (i > 0 && cols[i - 1]!.figure.asOfLabel !== c.figure.asOfLabel) {
      marks.push({
        kind: 'divider',
        after: i - 1,
        line: { color: C.line, width: 2, dash: 'dash' },
      })
    }
  })
  const parts: SpecPart[] = [
    {
      type: 'chart',
      x: 0,
      y: 0,
      w: chartWidth,
      h: d.height,
      title: d.title,
      series: '入驻企业数（万）',
      values: cols.map(c => c.value / SHEET_UNIT),
      categories: [
        cols.map(c => c.product.short),
        cols.map((c, i) => i > 0 && cols[i - 1]!.figure.asOfLabel === c.figure.asOfLabel
          ? ''
          : c.figure.asOfLabel),
      ],
      colors: cols.map(c => makerColor(c.product.maker)),
      axis: {
        min: 0,
        max,
        hidden: true,
        line: { color: C.ink, width: 3 },
      },
      labels: {
        format: formats[0]!,
        formats: formats.map(f => f === formats[0]
          ? null
          : f),
        size: d.size.value,
        bold: true,
        color: C.ink,
      },
      categoryLabels: { size: d.size.label, bold: true, color: C.ink },
      gap: (slot - width) / width * 100,
      plot,
      marks,
    },
  ]
  if (d.times) {
    parts.push(
      {
        type: 'text',
        x: d.times.x,
        y: d.times.y - d.size.value * 1.3,
        anchor: 'middle',
        baseline: 'alphabetic',
        runs: [
          {
            text: d.times.caption,
            size: d.size.label,
            bold: true,
            color: C.muted,
          },
        ],
      },
      {
        type: 'text',
        x: d.times.x,
        y: d.times.y,
        anchor: 'middle',
        baseline: 'middle',
        runs: [
          {
            text: d.times.text,
            size: d.size.value * 2,
            bold: true,
            color: C.rivalText,
          },
        ],
      },
    )
  }
  return {
    width: d.width,
    height: d.height,
    title: d.title,
    parts,
  }
}

/** What PositioningMap.vue has computed for its SVG. */
export interface MapDrawing {
  title: string
  size: MapSizes
  axes: { x: { low: string, high: string }, y: { low: string, high: string } }
  /** The vertical axis's ends as the SVG writes them: level lines in the left margin. */
  yLines: readonly { text: string, y: number }[]
  /** The quarters' names where the SVG draws them, and the quarter lit, if any. */
  quarters: readonly { name: string, at: Point & { anchor: 'start' | 'end' }, region: Rect, lit: boolean }[]
  /** Each product where lib/map-layout.ts's layoutMap() put it: its marker, name, year and feature tag. */
  points: readonly { product: Product, at: Point, label: MapLabel }[]
  arrows: readonly { n: number, seg: Segment, mid: Point, shown: boolean }[]
}

/** The legend's words, as the map's template writes them: the rival's shape (every point is named). */
export const MAP_LEGEND = {
  rival: '钉钉（竞品）',
} as const

export function positioningMapSpec(d: MapDrawing): PptxSpec {
  const S = d.size
  const P = S.plot
  const parts: SpecPart[] = []
  const text = (x: number, y: number, anchor: 'start' | 'middle' | 'end', runs: SpecRun[], more: { baseline?: 'middle' | 'alphabetic', rotate?: -90 } = {}) =>
    parts.push({
      type: 'text',
      x,
      y,
      anchor,
      baseline: more.baseline ?? 'alphabetic',
      runs,
      ...(more.rotate
        ? { rotate: more.rotate }
        : {}),
    })
  const run = (t: string, size: number, color: string, bold = false): SpecRun => ({ text: t, size, color, bold })
  const marker = (m: Maker, x: number, y: number, r: number, edge?: SpecStroke) => parts.push(m === 'alibaba'
    ? {
        type: 'diamond',
        x: x - r - 2,
        y: y - r - 2,
        w: 2 * (r + 2),
        h: 2 * (r + 2),
        fill: C.rival,
        ...(edge
          ? { line: edge }
          : {}),
      }
    : {
        type: 'ellipse',
        x: x - r,
        y: y - r,
        w: 2 * r,
        h: 2 * r,
        fill: C.tencent,
        ...(edge
          ? { line: edge }
          : {}),
      })

  parts.push(
    {
      type: 'rect',
      x: P.x,
      y: P.y,
      w: P.width,
      h: P.height,
      radius: 6,
      fill: C.surface,
      line: { color: C.line, width: 1 },
    },
    {
      type: 'line',
      x1: P.x + P.width / 2,
      y1: P.y,
      x2: P.x + P.width / 2,
      y2: P.y + P.height,
      line: { color: C.line, width: 1, dash: 'dash' },
    },
    {
      type: 'line',
      x1: P.x,
      y1: P.y + P.height / 2,
      x2: P.x + P.width,
      y2: P.y + P.height / 2,
      line: { color: C.line, width: 1, dash: 'dash' },
    },
  )
  const below = P.y + P.height + S.axis * 1.5
  text(P.x, below, 'start', [
    run(`← ${d.axes.x.low}`, S.axis, C.muted),
  ])
  text(P.x + P.width, below, 'end', [
    run(`${d.axes.x.high} →`, S.axis, C.muted),
  ])
  for (const l of d.yLines) {
    text(P.x - 6, l.y, 'end', [
      run(l.text, S.axis, C.muted),
    ], { baseline: 'middle' })
  }
  const anyLit = d.quarters.some(q => q.lit)
  for (const q of d.quarters.filter(q => q.lit || !anyLit)) {
    if (q.lit) {
      parts.splice(1, 0, {
        type: 'rect',
        x: q.region.x,
        y: q.region.y,
        w: q.region.width,
        h: q.region.height,
        fill: C.tencentSoft,
      })
    }
    text(q.at.x, q.at.y, q.at.anchor, [
      run(q.name, S.quarter, q.lit
        ? C.accentText
        : C.muted, true),
    ], { baseline: 'middle' })
  }

  for (const a of d.arrows.filter(a => a.shown)) {
    parts.push({
      type: 'line',
      ...a.seg,
      line: { color: C.tencent, width: 3, end: 'triangle' },
    })
  }
  for (const p of d.points) {
    const { plate, tagPlate } = p.label
    parts.push({
      type: 'rect',
      x: plate.x,
      y: plate.y,
      w: plate.width,
      h: plate.height,
      radius: 4,
      fill: C.surface,
    }, {
      type: 'rect',
      x: tagPlate.x,
      y: tagPlate.y,
      w: tagPlate.width,
      h: tagPlate.height,
      radius: tagPlate.height / 2,
      fill: C.bg,
      line: p.product.maker === 'alibaba'
        ? { color: C.rival, width: 1.5, dash: 'dash' }
        : { color: C.tencent, width: 1.5 },
    })
  }
  for (const a of d.arrows.filter(a => a.shown)) {
    parts.push({
      type: 'ellipse',
      x: a.mid.x - S.badge,
      y: a.mid.y - S.badge,
      w: 2 * S.badge,
      h: 2 * S.badge,
      fill: C.bg,
      line: { color: C.tencent, width: 2.5 },
    })
    text(a.mid.x, a.mid.y, 'middle', [
      run(String(a.n), S.step, C.accentText, true),
    ], { baseline: 'middle' })
  }
  for (const p of d.points) {
    marker(p.product.maker, p.at.x, p.at.y, S.marker, { color: C.bg, width: 2 })
    const runs = [
      run(p.product.short, S.name, p.product.maker === 'alibaba'
        ? C.rivalText
        : C.ink, true),
    ]
    if (S.year)
      runs.push(run(` ${p.product.yearLabel ?? p.product.year}`, S.year, C.muted))
    text(p.label.name.x, p.label.name.y, p.label.name.anchor, runs, { baseline: 'middle' })
    text(p.label.tag.x, p.label.tag.y, p.label.tag.anchor, [
      run(p.product.feature, S.tag, p.product.maker === 'alibaba'
        ? C.rivalText
        : C.accentText, true),
    ], { baseline: 'middle' })
  }

  const L = S.legend
  const lx = P.x
  const ly = S.H - 6
  marker('alibaba', lx + L * 0.45, ly - L * 0.35, L * 0.3)
  text(lx + L * 1.2, ly, 'start', [
    run(MAP_LEGEND.rival, L, C.muted),
  ])
  return {
    width: S.W,
    height: S.H,
    title: d.title,
    parts,
  }
}

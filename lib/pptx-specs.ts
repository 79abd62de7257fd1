/**
 * The talk's two drawings as the kit's editable PowerPoint export takes them (addons/kit/shared/
 * pptx-spec.ts): each component puts one of these specs, as JSON, in a `data-pptx` attribute on
 * its SVG, and the exporter draws it natively in the SVG's box instead of walking it.
 *
 * Built from what the components have already computed for their SVG (the same calls of
 * lib/geometry.ts: layoutColumns, levelOn, toPlot, arrowBetween, labelAt, labelBox), in the same
 * viewBox units, so a native part stands where its SVG counterpart is drawn:
 *
 * - the enterprise counts as native column charts, one per date group (values from data/facts.ts
 *   in 万, in each chart's own sheet, zero-based on the SVG's scale, the rival's column hatched as
 *   the SVG hatches it, a company's own figure's 自述 in its label, the grown column in its two
 *   parts), with the date and what the group counts under each group, the divider between them,
 *   the ratio's steps, the growth's level and the "4 倍" beside drawn over them at the SVG's
 *   coordinates;
 * - the positioning map as shapes: the plot, the quarters' names, axis words (all level), the
 *   path's arrows with arrowheads, the step numbers, the markers and their labels, the legend.
 */
import type { PptxSpec, SpecPart, SpecRun, SpecStroke } from 'slidev-addon-deck-kit/pptx'
import type { CountFigure, Maker } from '../data/facts'
import type { Point, Rect, Segment } from './geometry'
import type { MapLabel, MapSizes } from './map-layout'
import type { SaidProduct } from './said'
import { talkWords } from '../data/words/index.ts'
import { basisWord } from './figure-label.ts'
import { productSaid } from './said.ts'

/**
 * The unit of the chart's sheet in a language, as on its slide: in 万 for Chinese (10 000 000 is
 * 1000 there), in millions for English (10 there).
 */
export function sheetUnit(lang?: string): number {
  return talkWords(lang).chart.sheet.unit.value
}

/** The Chinese deck's sheet unit, 万. */
export const SHEET_UNIT = sheetUnit()

const C = {
  bg: 'var(--c-bg)',
  surface: 'var(--c-surface)',
  line: 'var(--c-line)',
  ink: 'var(--c-ink)',
  muted: 'var(--c-muted)',
  tencent: 'var(--c-tencent)',
  rival: 'var(--c-rival)',
  rivalText: 'var(--c-rival-text)',
  rivalHatch: 'var(--c-rival-hatch)',
  accentText: 'var(--c-accent-text)',
  tencentSoft: 'var(--c-tencent-soft)',
} as const

function makerColor(m: Maker) {
  return m === 'alibaba'
    ? C.rival
    : C.tencent
}

/** What EnterpriseCountChart.vue has computed for its SVG. */
/** One line of a text the SVG breaks, at its y in the viewBox. */
export interface TextLine {
  text: string
  y: number
}

export interface CountChartDrawing {
  title: string
  /** The viewBox: L.width × height. */
  width: number
  height: number
  size: { baseline: number, maxHeight: number, value: number, label: number, date: number, columnGap: number, groupGap: number }
  columns: readonly (Rect & { id: string, value: number, figure: CountFigure & { counts: string, asOfLabel: string }, product: SaidProduct, label: string, shown: boolean })[]
  /** The date groups as laid out (x and width of their columns): `group` is the date's ISO form, `date` how it is said; `lines`, the date and what the group counts, on the lines and at the heights the SVG draws them. */
  groups: readonly { group: string, date: string, lines: readonly TextLine[], x: number, width: number, shown: boolean }[]
  growth: { column: { id: string }, level: number, lines: readonly TextLine[], size: number, x1: number, x2: number, shown: boolean } | null
  /** The ratio: its multiple at `y`, and its caption's lines as the SVG breaks and places them. */
  times: { text: string, caption: readonly TextLine[], x: number, y: number, column: Rect & { id: string }, steps: readonly number[] } | null
}

/** An Excel number format reading as the column's label on the slide: 1000 → "1000 万 自述" for a company's own figure. */
export function labelFormat(label: string, claimed: boolean, lang?: string): string {
  const suffix = label.replace(/^[\d.,]+/, '') + (claimed
    ? ` ${basisWord('claim', lang)}`
    : '')
  return `General"${suffix.replace(/"/g, '')}"`
}

/** The SVG's hatching of the rival's columns: its colour with the hatch's stripes. */
const RIVAL_HATCH = { fg: C.rivalHatch, bg: C.rival }

/**
 * One native column chart per date group, each in the place and at the column width and spacing
 * the SVG gives that group, all on the SVG's zero-based scale: figures of different dates never
 * share a chart, and the gap between groups is the SVG's. The rival's column is hatched; a column
 * the growth mark splits is drawn in its two parts (the earlier level as a lighter second series
 * over its lower part). The date under each group, the dividers between groups, the zero line,
 * the growth's level and its "+750 万", the ratio's steps and the "4 倍" beside are drawn over
 * the charts at the SVG's coordinates.
 */
export function countChartSpec(d: CountChartDrawing, lang?: string): PptxSpec {
  const S = d.size
  const sheet = talkWords(lang).chart.sheet
  const unit = sheet.unit.value
  const cols = d.columns.filter(c => c.shown)
  const groups = d.groups.filter(g => g.shown && cols.some(c => c.figure.asOf === g.group))
  const first = cols[0]!
  const max = first.value / first.height * S.maxHeight / unit
  const slot = first.width + S.columnGap
  // Room either side of a group's slots for a label wider than its column; less than half the gap between groups.
  const margin = Math.min(S.groupGap / 2 - S.columnGap / 2 - 1, S.columnGap)
  const growthOf = (id: string) => d.growth?.shown && d.growth.column.id === id
    ? cols.find(c => c.x === d.growth!.x1)
    : undefined
  const parts: SpecPart[] = groups.map((g) => {
    const inGroup = cols.filter(c => c.figure.asOf === g.group)
    const plotX = inGroup[0]!.x - S.columnGap / 2
    const plotW = slot * inGroup.length
    const x = plotX - margin
    const w = plotW + margin * 2
    const formats = inGroup.map(c => labelFormat(c.label, c.figure.basis === 'claim', lang))
    const base = inGroup.length === 1 && growthOf(inGroup[0]!.id)
    const hatched = inGroup.map(c => c.product.maker === 'alibaba'
      ? RIVAL_HATCH
      : null)
    return {
      type: 'chart',
      x,
      y: 0,
      w,
      h: d.height,
      title: sheet.title(d.title, g.date),
      category: sheet.category,
      // What the group's figures count, without the source's aside ("（钉钉方面的数字）"): the label's 自述 says that.
      series: sheet.series([
        ...new Set(inGroup.map(c => c.figure.counts.replace(/（[^）]*）$/, ''))),
      ].join(' / ')),
      values: inGroup.map(c => c.value / unit),
      categories: [
        inGroup.map(c => c.product.short),
      ],
      colors: inGroup.map(c => makerColor(c.product.maker)),
      ...(hatched.some(Boolean)
        ? { patterns: hatched }
        : {}),
      ...(base
        ? {
            base: {
              series: sheet.base(base.figure.asOfLabel),
              values: [
                base.value / unit,
              ],
              color: C.bg,
              opacity: 0.35,
            },
          }
        : {}),
      axis: { min: 0, max, hidden: true },
      labels: {
        format: formats[0]!,
        formats: formats.map(f => f === formats[0]
          ? null
          : f),
        size: S.value,
        bold: true,
        color: C.ink,
      },
      categoryLabels: { size: S.label, bold: true, color: C.ink },
      gap: S.columnGap / first.width * 100,
      plot: {
        x: margin / w,
        y: (S.baseline - S.maxHeight) / d.height,
        w: plotW / w,
        h: S.maxHeight / d.height,
      },
    }
  })
  const line = (x1: number, y1: number, x2: number, y2: number, stroke: SpecStroke) => parts.push({
    type: 'line',
    x1,
    y1,
    x2,
    y2,
    line: stroke,
  })
  if (d.times) {
    const c = d.times.column
    for (const y of d.times.steps)
      line(c.x, y, c.x + c.width, y, { color: C.bg, width: 4 })
  }
  groups.slice(1).forEach(g => line(g.x - S.groupGap / 2, S.baseline - S.maxHeight - S.value, g.x - S.groupGap / 2, d.height - 4, { color: C.line, width: 2, dash: 'dash' }))
  line(0, S.baseline, d.width, S.baseline, { color: C.ink, width: 3 })
  if (d.growth?.shown)
    line(d.growth.x1, d.growth.level, d.growth.x2, d.growth.level, { color: C.ink, width: 2, dash: 'dash' })
  const text = (x: number, y: number, baseline: 'middle' | 'alphabetic', run: SpecRun) => parts.push({
    type: 'text',
    x,
    y,
    anchor: 'middle',
    baseline,
    runs: [run],
  })
  // The date and what the group's figures count, the growth's label and the ratio's caption: the
  // SVG's lines, where the SVG puts them.
  for (const g of groups) {
    for (const l of g.lines) {
      text(g.x + g.width / 2, l.y, 'alphabetic', {
        text: l.text,
        size: S.date,
        bold: true,
        color: C.muted,
      })
    }
  }
  const grown = d.growth?.shown && cols.find(c => c.id === d.growth!.column.id)
  if (grown) {
    for (const l of d.growth!.lines) {
      text(grown.x + grown.width / 2, l.y, 'middle', {
        text: l.text,
        size: d.growth!.size,
        bold: true,
        color: C.bg,
      })
    }
  }
  if (d.times) {
    for (const l of d.times.caption) {
      text(d.times.x, l.y, 'alphabetic', {
        text: l.text,
        size: S.label,
        bold: true,
        color: C.muted,
      })
    }
    text(d.times.x, d.times.y, 'middle', {
      text: d.times.text,
      size: S.value * 2,
      bold: true,
      color: C.rivalText,
    })
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
  points: readonly { product: SaidProduct, at: Point, label: MapLabel }[]
  arrows: readonly { n: number, seg: Segment, mid: Point, shown: boolean }[]
}

/** The legend's words, as the map's template writes them: the rival's shape (every point is named). */
export function mapLegend(lang?: string): { rival: string } {
  return {
    rival: talkWords(lang).map.rival(productSaid('dingtalk', lang).short),
  }
}

export function positioningMapSpec(d: MapDrawing, lang?: string): PptxSpec {
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
    if (S.year && talkWords(lang).map.years)
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
    run(mapLegend(lang).rival, L, C.muted),
  ])
  return {
    width: S.W,
    height: S.H,
    title: d.title,
    parts,
  }
}

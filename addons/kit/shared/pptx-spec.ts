/**
 * How a talk's component hands the kit's editable PowerPoint export (node/export/pptx/) a drawing
 * it cannot read from the page: a JSON spec in a `data-pptx` attribute on the element the spec
 * replaces (an SVG chart or map, say). The exporter walks every other element of a slide from the
 * rendered page; an element carrying a spec is not walked: the spec's parts are drawn in its box
 * instead, as native PowerPoint shapes, text and charts.
 *
 * Coordinates, sizes, font sizes and line widths are in the spec's own units: `width` × `height`
 * of them span the element's box (for an SVG, its viewBox). Colours are CSS colours; `var(--x)`
 * is resolved against the element's computed style on the slide, so a spec uses the talk's palette
 * as its CSS does. Plain data both the browser and Node read: a component builds it, the
 * exporter parses it.
 */

export const PPTX_ATTRIBUTE = 'data-pptx'

/** A CSS colour: '#0a58ca', 'rgb(10 88 202)', or 'var(--c-tencent)'. */
export type SpecColor = string

export interface SpecStroke {
  color: SpecColor
  /** In spec units. */
  width: number
  dash?: 'solid' | 'dash' | 'dot'
  /** Arrowheads at the start and the end of a line. */
  begin?: 'triangle' | 'none'
  end?: 'triangle' | 'none'
}

interface SpecFilled {
  fill?: SpecColor
  line?: SpecStroke
  /** 0–1, over the colours' own alpha. */
  opacity?: number
}

/** A rectangle (`radius`: rounded corners), an ellipse or a diamond in the box x, y, w, h. */
export interface SpecBox extends SpecFilled {
  type: 'rect' | 'ellipse' | 'diamond'
  x: number
  y: number
  w: number
  h: number
  radius?: number
}

export interface SpecLine {
  type: 'line'
  x1: number
  y1: number
  x2: number
  y2: number
  line: SpecStroke
}

export interface SpecRun {
  text: string
  /** Font size in spec units. */
  size: number
  bold?: boolean
  color?: SpecColor
}

/**
 * One line of text at a point, as SVG places it: `anchor` says which end (or the middle) of the
 * line is at x; `baseline` whether y is the line's middle (`middle`, SVG's
 * `dominant-baseline: central`) or its alphabetic baseline. `rotate` turns it about that point
 * (-90: reading upwards, as a vertical axis title).
 */
export interface SpecText {
  type: 'text'
  x: number
  y: number
  anchor: 'start' | 'middle' | 'end'
  baseline?: 'middle' | 'alphabetic'
  runs: SpecRun[]
  rotate?: 0 | 90 | -90
  /** The line's width in spec units when the talk knows it (else estimated from the characters). */
  width?: number
}

/** A mark on a native chart, placed by the chart's own geometry (the category and the value). */
export type SpecChartMark
  /** A dashed level across one column at `value`, and `label` written on the column above it. */
  = | { kind: 'level', category: number, value: number, from?: number, label?: SpecRun, line: SpecStroke }
  /** Lines across one column at every multiple of `every` (a column cut into equal steps). */
    | { kind: 'steps', category: number, every: number, line: SpecStroke }
  /** A vertical line in the gap after column `after` (figures of different dates kept apart). */
    | { kind: 'divider', after: number, line: SpecStroke }

/** Diagonal stripes of `fg` on `bg` (PowerPoint's wide upward diagonal pattern). */
export interface SpecPattern {
  fg: SpecColor
  bg: SpecColor
}

/**
 * A native column chart with its data sheet, in the box x, y, w, h. One series; each column can
 * have its own colour and its own label format (an Excel number format: '0" 万*"').
 */
export interface SpecChart {
  type: 'chart'
  x: number
  y: number
  w: number
  h: number
  /** The chart's name (its title for a screen reader and in the selection pane). */
  title: string
  /** What the columns are (the header over the categories in the chart's sheet): '产品'. */
  category?: string
  series: string
  values: number[]
  /**
   * Category labels, the innermost level first: [[product per column], [date per group, '' to
   * continue]]. Written as one label a column, a line a level (node/export/pptx/chart.ts says why).
   */
  categories: string[][]
  colors: SpecColor[]
  /**
   * A column drawn with a pattern of stripes instead of its colour (a figure the slide hatches):
   * per column, `fg` stripes on `bg`, or null. Only on a chart without `base`.
   */
  patterns?: (SpecPattern | null)[]
  /**
   * A second series drawn over the lower part of the columns, from zero (a column in two parts:
   * an earlier level and what was added): its values, and its colour at `opacity` over the
   * columns' colour (`colors[0]`, the one colour of a chart with a base). It carries no labels.
   */
  base?: { series: string, values: number[], color: SpecColor, opacity?: number }
  /** The value axis: zero-based, up to `max`; hidden when the columns carry their labels. */
  axis: { min: 0, max: number, hidden?: boolean, line?: SpecStroke }
  /** Label above each column: an Excel number format for all, and per column where it differs. */
  labels: { format: string, formats?: (string | null)[], size: number, bold?: boolean, color: SpecColor }
  /** The category labels under the columns. */
  categoryLabels: { size: number, bold?: boolean, color: SpecColor }
  /** Space between columns, as a percentage of a column's width (PowerPoint's gap width). */
  gap: number
  /**
   * Where the plot (the columns' area, without labels) lies inside the chart's box, as fractions:
   * fixed so the chart draws alike everywhere and the marks land on their columns.
   */
  plot: { x: number, y: number, w: number, h: number }
  marks?: SpecChartMark[]
}

export type SpecPart = SpecBox | SpecLine | SpecText | SpecChart

export interface PptxSpec {
  /** The spec's units across the element's box (an SVG's viewBox width and height). */
  width: number
  height: number
  /** What the drawing shows, for the group's alternative text. */
  title?: string
  /** Bottom to top. */
  parts: SpecPart[]
}

/** The attribute's value. */
export function pptxAttribute(spec: PptxSpec): string {
  return JSON.stringify(spec)
}

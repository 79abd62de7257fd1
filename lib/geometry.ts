/**
 * Plain geometry for the deck's SVG charts. No Vue here: components call these and draw
 * what they return, and tests/unit/geometry.test.ts checks them directly.
 */

export interface Rect { x: number, y: number, width: number, height: number }
export interface Point { x: number, y: number }

/**
 * A zero-based linear scale: 0 maps to 0, `domainMax` maps to `rangeLength`.
 * Zero-based on purpose: bar lengths must stay proportional to the values they show.
 */
export function zeroBasedScale(domainMax: number, rangeLength: number): (value: number) => number {
  if (!(Number.isFinite(domainMax) && domainMax > 0))
    throw new RangeError(`zeroBasedScale: domain maximum must be a positive number, got ${domainMax}`)
  if (!(Number.isFinite(rangeLength) && rangeLength > 0))
    throw new RangeError(`zeroBasedScale: range length must be a positive number, got ${rangeLength}`)
  return (value: number) => {
    if (!(Number.isFinite(value) && value >= 0))
      throw new RangeError(`zeroBasedScale: value must be a non-negative number, got ${value}`)
    return (value / domainMax) * rangeLength
  }
}

export interface ColumnInput { id: string, value: number, group: string }
export interface Column extends Rect { id: string, value: number, group: string }
export interface ColumnGroup {
  group: string
  /** Left edge of the group's first column and the group's total width. */
  x: number
  width: number
}
export interface ColumnLayoutOptions {
  /** Total width to centre the columns in. */
  width: number
  /** The zero line: every column stands on it. */
  baseline: number
  /** Height of a column whose value equals `domainMax`. */
  maxHeight: number
  /**
   * The value drawn at `maxHeight`; defaults to the largest value laid out. A chart that shows only
   * some of its figures passes the largest of all, so a column is the same height wherever it appears.
   */
  domainMax?: number
  columnWidth: number
  /** Space between columns of one group. */
  columnGap: number
  /** Space between groups (between the last column of one date and the first of the next). */
  groupGap: number
}

/**
 * Vertical columns grouped in input order (one group per date), centred in `width`, all on one
 * zero-based scale whose maximum is the largest value: heights are exactly proportional to the
 * values, and a column keeps its height however many groups are drawn after it.
 */
export function layoutColumns(columns: readonly ColumnInput[], o: ColumnLayoutOptions): { columns: Column[], groups: ColumnGroup[] } {
  if (columns.length === 0)
    throw new RangeError('layoutColumns: no columns to lay out')
  const largest = Math.max(...columns.map(c => c.value))
  const domainMax = o.domainMax ?? largest
  if (largest > domainMax)
    throw new RangeError(`layoutColumns: a value of ${largest} is above the domain maximum ${domainMax}`)
  const scale = zeroBasedScale(domainMax, o.maxHeight)
  const groupCount = columns.filter((c, i) => i === 0 || columns[i - 1]!.group !== c.group).length
  const content = columns.length * o.columnWidth
    + (columns.length - groupCount) * o.columnGap
    + (groupCount - 1) * o.groupGap
  if (content > o.width)
    throw new RangeError(`layoutColumns: ${columns.length} columns need ${content} units, the chart is ${o.width} wide`)
  const out: Column[] = []
  const groups: ColumnGroup[] = []
  let x = (o.width - content) / 2
  for (const [i, c] of columns.entries()) {
    if (i > 0) {
      x += columns[i - 1]!.group === c.group
        ? o.columnGap
        : o.groupGap
    }
    if (i === 0 || columns[i - 1]!.group !== c.group)
      groups.push({ group: c.group, x, width: 0 })
    const height = scale(c.value)
    out.push({
      id: c.id,
      value: c.value,
      group: c.group,
      x,
      y: o.baseline - height,
      width: o.columnWidth,
      height,
    })
    const g = groups.at(-1)!
    g.width = x + o.columnWidth - g.x
    x += o.columnWidth
  }
  return { columns: out, groups }
}

/**
 * The height on `column` (drawn to the same zero-based scale) of an earlier, smaller value: the y
 * of the line that splits the column into what was already there and what was added since.
 */
export function levelOn(column: Column, value: number): number {
  if (!(Number.isFinite(value) && value >= 0 && value <= column.value))
    throw new RangeError(`levelOn: ${value} must be between 0 and the column's value ${column.value}`)
  return column.y + column.height * (1 - value / column.value)
}

/**
 * Map a placement on the 0–100 × 0–100 positioning grid into the plot rectangle.
 * y grows upward on the map (100 = riding on the consumer network) and downward in SVG.
 */
export function toPlot(p: Point, plot: Rect): Point {
  for (const [axis, v] of [
    ['x', p.x],
    ['y', p.y],
  ] as const) {
    if (!(Number.isFinite(v) && v >= 0 && v <= 100))
      throw new RangeError(`toPlot: ${axis} must be within 0–100, got ${v}`)
  }
  return {
    x: plot.x + (p.x / 100) * plot.width,
    y: plot.y + plot.height - (p.y / 100) * plot.height,
  }
}

export function isInside(p: Point, r: Rect): boolean {
  return p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height
}

export interface Segment { x1: number, y1: number, x2: number, y2: number }

/**
 * The straight segment from `a` to `b`, pulled in by `inset` at both ends so an arrow
 * starts and stops outside the markers instead of on top of them.
 */
export function arrowBetween(a: Point, b: Point, inset: number): Segment {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const length = Math.hypot(dx, dy)
  if (length <= 2 * inset)
    throw new RangeError(`arrowBetween: points are ${length.toFixed(1)} apart, too close for an inset of ${inset}`)
  const ux = dx / length
  const uy = dy / length
  return {
    x1: a.x + ux * inset,
    y1: a.y + uy * inset,
    x2: b.x - ux * inset,
    y2: b.y - uy * inset,
  }
}

export type LabelSide = 'left' | 'right' | 'above' | 'below'

/** Where a marker's label goes and how it is anchored, `gap` away from the marker's centre. */
export function labelAt(p: Point, side: LabelSide, gap: number): Point & { anchor: 'start' | 'middle' | 'end' } {
  switch (side) {
    case 'left': return { x: p.x - gap, y: p.y, anchor: 'end' }
    case 'right': return { x: p.x + gap, y: p.y, anchor: 'start' }
    case 'above': return { x: p.x, y: p.y - gap, anchor: 'middle' }
    case 'below': return { x: p.x, y: p.y + gap, anchor: 'middle' }
  }
}

/**
 * Width of a line of text in em, for sizing what sits behind it before the font is measured:
 * Han characters and full-width forms are 1 em; digits, Latin letters and ASCII punctuation
 * about 0.6 em in Noto Sans SC (a little over, so a box drawn from it covers the text).
 */
export function textWidthEm(text: string): number {
  let em = 0
  for (const ch of text) {
    if (/[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60]/.test(ch))
      em += 1
    else if (ch === ' ')
      em += 0.3
    else
      em += 0.6
  }
  return em
}

/**
 * The box behind a label (a backing plate in place of a stroked halo, which Chromium's PDF writer
 * can only embed as a Type 3 font): `width` wide and `height` high around a text anchored at `at`
 * (`start`, `middle` or `end`, vertically centred), grown by `pad` on every side.
 */
export function labelBox(at: Point & { anchor: 'start' | 'middle' | 'end' }, width: number, height: number, pad: number): Rect {
  if (!(width >= 0 && height >= 0 && pad >= 0))
    throw new RangeError(`labelBox: width, height and pad must be non-negative, got ${width}, ${height}, ${pad}`)
  const left = at.anchor === 'start'
    ? at.x
    : at.anchor === 'end'
      ? at.x - width
      : at.x - width / 2
  return {
    x: left - pad,
    y: at.y - height / 2 - pad,
    width: width + 2 * pad,
    height: height + 2 * pad,
  }
}

/** Whether two boxes share any area (touching edges do not count). */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** Whether `r` lies wholly inside `outer`. */
export function rectInside(r: Rect, outer: Rect): boolean {
  return r.x >= outer.x && r.y >= outer.y && r.x + r.width <= outer.x + outer.width && r.y + r.height <= outer.y + outer.height
}

/** Whether a box and a disc (a marker, a step number) share any area. */
export function rectHitsCircle(r: Rect, c: Point, radius: number): boolean {
  const nx = Math.max(r.x, Math.min(c.x, r.x + r.width))
  const ny = Math.max(r.y, Math.min(c.y, r.y + r.height))
  return Math.hypot(c.x - nx, c.y - ny) < radius
}

/** The shortest distance from a point to a segment. */
export function distanceToSegment(p: Point, s: Segment): number {
  const dx = s.x2 - s.x1
  const dy = s.y2 - s.y1
  const len2 = dx * dx + dy * dy
  const t = len2 === 0
    ? 0
    : Math.max(0, Math.min(1, ((p.x - s.x1) * dx + (p.y - s.y1) * dy) / len2))
  return Math.hypot(p.x - (s.x1 + t * dx), p.y - (s.y1 + t * dy))
}

/** Whether a straight segment (a path line) runs through a box (Liang–Barsky clipping). */
export function segmentHitsRect(s: Segment, r: Rect): boolean {
  const dx = s.x2 - s.x1
  const dy = s.y2 - s.y1
  let t0 = 0
  let t1 = 1
  for (const [p, q] of [
    [-dx, s.x1 - r.x],
    [dx, r.x + r.width - s.x1],
    [-dy, s.y1 - r.y],
    [dy, r.y + r.height - s.y1],
  ] as const) {
    if (p === 0) {
      if (q <= 0)
        return false
      continue
    }
    const t = q / p
    if (p < 0)
      t0 = Math.max(t0, t)
    else
      t1 = Math.min(t1, t)
    if (t0 >= t1)
      return false
  }
  return true
}

/** Whether two segments cross (a proper crossing; segments that only touch at an end do not count). */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const side = (s: Segment, x: number, y: number) => (s.x2 - s.x1) * (y - s.y1) - (s.y2 - s.y1) * (x - s.x1)
  const d1 = side(a, b.x1, b.y1)
  const d2 = side(a, b.x2, b.y2)
  const d3 = side(b, a.x1, a.y1)
  const d4 = side(b, a.x2, a.y2)
  return d1 * d2 < 0 && d3 * d4 < 0
}

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

export interface BarInput { id: string, value: number, group: string }
export interface Bar extends Rect { id: string, value: number, group: string }
export interface BarGroup { group: string, y: number }
export interface BarLayoutOptions {
  /** Where the value axis starts (left edge of every bar). */
  x0: number
  /** Top of the first group. */
  y0: number
  /** Length of a bar whose value equals the largest value. */
  maxLength: number
  barHeight: number
  /** Space between bars inside a group. */
  barGap: number
  /** Extra space above each group (room for its heading). */
  groupHeader: number
  /** Space between groups. */
  groupGap: number
}

/**
 * Horizontal bars, grouped in input order (one group per date), all on one zero-based scale
 * whose maximum is the largest value: bars never rescale when a later group is revealed.
 */
export function layoutBars(bars: readonly BarInput[], o: BarLayoutOptions): { bars: Bar[], groups: BarGroup[], height: number } {
  if (bars.length === 0)
    throw new RangeError('layoutBars: no bars to lay out')
  const scale = zeroBasedScale(Math.max(...bars.map(b => b.value)), o.maxLength)
  const out: Bar[] = []
  const groups: BarGroup[] = []
  let y = o.y0
  for (const [i, b] of bars.entries()) {
    if (i === 0 || bars[i - 1]!.group !== b.group) {
      if (i > 0)
        y += o.groupGap - o.barGap
      groups.push({ group: b.group, y })
      y += o.groupHeader
    }
    out.push({
      id: b.id,
      value: b.value,
      group: b.group,
      x: o.x0,
      y,
      width: scale(b.value),
      height: o.barHeight,
    })
    y += o.barHeight + o.barGap
  }
  return { bars: out, groups, height: y - o.barGap }
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

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

/**
 * The positioning map's sizes, in viewBox units. The slide map is drawn 1:1 on the 980-px canvas:
 * its viewBox has the shape of the box the map slide gives it (900 × 439 canvas px under a one-line
 * title), so it is not letterboxed smaller. The reading edition's is drawn full width in a phone
 * column, 330 CSS px or more.
 */
export interface MapSizes {
  /** The viewBox. */
  W: number
  H: number
  /** The 0–100 × 0–100 grid. */
  plot: Rect
  /** A marker's radius (钉钉's diamond reaches 2 further). */
  marker: number
  /** A step number's disc radius. */
  badge: number
  /** Font sizes: a product's name, its year (0: not drawn), its feature tag, axes, step numbers, legend. */
  name: number
  year: number
  tag: number
  axis: number
  step: number
  legend: number
  /** From a marker's centre to its label. */
  gap: number
  /** Space between the name line and the tag. */
  lineGap: number
  /** A name plate's padding; a tag's pill is padded `tagPadX` across and `tagPadY` up and down. */
  pad: number
  tagPadX: number
  tagPadY: number
  /** The narrowest the map is ever drawn, in px (canvas px on the slide, CSS px on a phone). */
  minDrawnWidth: number
}

export const MAP_SIZES: { slide: MapSizes, reading: MapSizes } = {
  slide: {
    W: 900,
    H: 438,
    plot: { x: 84, y: 8, width: 808, height: 344 },
    marker: 12,
    badge: 15,
    name: 24,
    year: 19,
    tag: 20,
    axis: 20,
    step: 19,
    legend: 19,
    gap: 20,
    lineGap: 3,
    pad: 3,
    tagPadX: 7,
    tagPadY: 2,
    minDrawnWidth: 900,
  },
  reading: {
    W: 360,
    H: 392,
    plot: { x: 30, y: 6, width: 324, height: 300 },
    marker: 8,
    badge: 10,
    name: 14,
    year: 0,
    tag: 14,
    axis: 13,
    step: 13,
    legend: 13,
    gap: 14,
    lineGap: 2,
    pad: 2,
    tagPadX: 4,
    tagPadY: 1,
    minDrawnWidth: 330,
  },
}

/** One product as the map lays it out: where it sits on the grid and what its label says. */
export interface MapItem {
  id: string
  /** On the 0–100 grid. */
  x: number
  y: number
  side: LabelSide
  name: string
  /** '' when the layout draws no years. */
  year: string
  /** The feature its positioning brought (2–4 characters). */
  tag: string
}

export interface MapLabel {
  /** Where the name line's text is anchored (vertically centred on y). */
  name: Point & { anchor: 'start' | 'middle' | 'end' }
  /** Where the tag's text is anchored (vertically centred on y). */
  tag: Point & { anchor: 'start' | 'middle' | 'end' }
  /** The plate behind the name (and year). */
  plate: Rect
  /** The pill behind the tag. */
  tagPlate: Rect
}

export interface MapPoint extends MapItem {
  at: Point
  label: MapLabel
}

export interface MapStep {
  from: string
  to: string
  /** 1-based, in time order. */
  n: number
  seg: Segment
  /** The step number's disc, halfway along the line. */
  mid: Point
}

/**
 * A marker's label: the name (and year), and the feature tag on a pill beneath it. `left`/`right`:
 * the name level with the marker, the tag under the name. `above`/`below`: both centred on the
 * marker, the block ending (or starting) `gap` from it.
 */
export function mapLabel(at: Point, side: LabelSide, name: string, year: string, tag: string, s: MapSizes): MapLabel {
  const nameWidth = textWidthEm(name) * s.name + (year && s.year
    ? 6 + textWidthEm(year) * s.year
    : 0)
  const nameHeight = s.name * 1.2
  const tagWidth = textWidthEm(tag) * s.tag
  const tagHeight = s.tag * 1.2
  const pillHeight = tagHeight + 2 * s.tagPadY
  const anchor = side === 'left'
    ? 'end'
    : side === 'right'
      ? 'start'
      : 'middle'
  const x = side === 'left'
    ? at.x - s.gap
    : side === 'right'
      ? at.x + s.gap
      : at.x
  // The centre of the name line, then of the tag line beneath it.
  const nameY = side === 'above'
    ? at.y - s.gap - pillHeight - s.lineGap - nameHeight / 2
    : side === 'below'
      ? at.y + s.gap + nameHeight / 2
      : at.y
  const tagY = nameY + nameHeight / 2 + s.lineGap + pillHeight / 2
  const plate = labelBox({ x, y: nameY, anchor }, nameWidth, nameHeight, s.pad)
  // The pill starts where the name starts (or is centred under it); its text sits inside the padding.
  const tagX = anchor === 'start'
    ? x + s.tagPadX
    : anchor === 'end'
      ? x - s.tagPadX
      : x
  const tagPlate = labelBox({ x: tagX, y: tagY, anchor }, tagWidth, tagHeight, 0)
  return {
    name: { x, y: nameY, anchor },
    tag: { x: tagX, y: tagY, anchor },
    plate,
    tagPlate: {
      x: tagPlate.x - s.tagPadX,
      y: tagPlate.y - s.tagPadY,
      width: tagPlate.width + 2 * s.tagPadX,
      height: pillHeight,
    },
  }
}

/** Lay out the whole map: every product's marker and label, and the numbered steps of the path. */
export function layoutMap(items: readonly MapItem[], path: readonly string[], s: MapSizes): { points: MapPoint[], steps: MapStep[] } {
  const points = items.map((it) => {
    const at = toPlot(it, s.plot)
    return {
      ...it,
      at,
      label: mapLabel(at, it.side, it.name, it.year, it.tag, s),
    }
  })
  const byId = new Map(points.map(p => [p.id, p]))
  const steps = path.slice(1).map((to, i) => {
    const from = path[i]!
    const a = byId.get(from)
    const b = byId.get(to)
    if (!a || !b)
      throw new RangeError(`layoutMap: path step ${i + 1} (${from} → ${to}) names a product that is not on the map`)
    const seg = arrowBetween(a.at, b.at, s.marker + 5)
    return {
      from,
      to,
      n: i + 1,
      seg,
      mid: { x: (seg.x1 + seg.x2) / 2, y: (seg.y1 + seg.y2) / 2 },
    }
  })
  return { points, steps }
}

/**
 * What would make the map hard to read, one line each: a label or tag outside the plot, two labels
 * overlapping, a label over a marker or a step number, a path line running through a label.
 * Empty when the map reads.
 */
export function mapLayoutProblems(layout: { points: readonly MapPoint[], steps: readonly MapStep[] }, s: MapSizes): string[] {
  const out: string[] = []
  const boxes = layout.points.flatMap(p => [
    { owner: p.id, what: `${p.id} label`, r: p.label.plate },
    { owner: p.id, what: `${p.id} tag`, r: p.label.tagPlate },
  ])
  for (const b of boxes) {
    if (!rectInside(b.r, s.plot))
      out.push(`${b.what} runs outside the plot`)
  }
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (a.owner !== b.owner && rectsOverlap(a.r, b.r))
        out.push(`${a.what} overlaps ${b.what}`)
    }
  })
  for (const b of boxes) {
    for (const p of layout.points) {
      // 钉钉's diamond reaches 2 units further than a circle.
      if (rectHitsCircle(b.r, p.at, s.marker + 3))
        out.push(`${b.what} covers the marker of ${p.id}`)
    }
    for (const st of layout.steps) {
      if (rectHitsCircle(b.r, st.mid, s.badge + 1))
        out.push(`${b.what} covers step ${st.n}'s number`)
      if (segmentHitsRect(st.seg, b.r))
        out.push(`step ${st.n}'s line (${st.from} → ${st.to}) runs through ${b.what}`)
    }
  }
  for (const st of layout.steps) {
    for (const p of layout.points) {
      if (p.id !== st.from && p.id !== st.to && distanceToSegment(p.at, st.seg) < s.marker + 4)
        out.push(`step ${st.n}'s line (${st.from} → ${st.to}) runs over the marker of ${p.id}`)
      if (Math.hypot(p.at.x - st.mid.x, p.at.y - st.mid.y) < s.marker + s.badge + 4)
        out.push(`step ${st.n}'s number sits on the marker of ${p.id}`)
    }
  }
  layout.steps.forEach((a, i) => {
    for (const b of layout.steps.slice(i + 1)) {
      if (Math.hypot(a.mid.x - b.mid.x, a.mid.y - b.mid.y) < 2 * s.badge + 4)
        out.push(`step ${a.n}'s and step ${b.n}'s numbers overlap`)
      if (distanceToSegment(a.mid, b.seg) < s.badge + 2)
        out.push(`step ${b.n}'s line runs over step ${a.n}'s number`)
      if (distanceToSegment(b.mid, a.seg) < s.badge + 2)
        out.push(`step ${a.n}'s line runs over step ${b.n}'s number`)
    }
  })
  return out
}

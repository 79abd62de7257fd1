import type { MapQuarter, Placement, ProductId } from '../data/facts'
import type { LabelSide, Point, Rect, Segment } from './geometry'
/**
 * The positioning map's layout: where each product's marker, name, year and feature tag go, and
 * the numbered steps of its path, on the slide and in the reading edition, and the checks that
 * nothing overlaps or leaves the plot. Plain functions over lib/geometry.ts's primitives;
 * components/PositioningMap.vue draws what they return, tests/unit/geometry.test.ts checks them.
 */
import { mapPath, mapSteps } from '../data/facts'
import { talkWords } from '../data/words/index.ts'
import { arrowBetween, distanceToSegment, labelBox, rectHitsCircle, rectInside, rectsOverlap, segmentHitsRect, segmentsCross, textWidthEm, toPlot } from './geometry'
import { productSaid, yearSaid } from './said.ts'

/**
 * The positioning map's sizes, in viewBox units. The slide map is drawn 1:1 on the 980-px canvas:
 * its viewBox has the shape of the box the map slide gives it (900 × 439 canvas px under a one-line
 * title), so it is not letterboxed smaller. The reading edition's is drawn full width in a phone
 * column, 330 CSS px or more.
 */
export interface MapSizes {
  /** Which surface these sizes draw (a language may place a label differently on each). */
  surface: 'slide' | 'reading'
  /** The viewBox. */
  W: number
  H: number
  /** The 0–100 × 0–100 grid. */
  plot: Rect
  /** A marker's radius (钉钉's diamond reaches 2 further). */
  marker: number
  /** A step number's disc radius. */
  badge: number
  /** Font sizes: a product's name, its year (0: not drawn), its feature tag, axes, step numbers, legend, quarter names. */
  name: number
  year: number
  tag: number
  axis: number
  step: number
  legend: number
  quarter: number
  /** How far a quarter's name sits in from the plot's corner. */
  quarterInset: number
  /** Lines of the vertical axis's ends drawn (the margin is as wide as the longest needs). */
  yLines: number
  /** Whether the vertical axis's ends carry arrows (↑ on the top end, ↓ on the bottom one). */
  yArrows: boolean
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
    surface: 'slide',
    W: 900,
    H: 438,
    plot: { x: 96, y: 8, width: 796, height: 344 },
    marker: 12,
    badge: 15,
    name: 24,
    year: 19,
    tag: 20,
    axis: 20,
    step: 19,
    legend: 19,
    quarter: 22,
    quarterInset: 10,
    yLines: 2,
    yArrows: true,
    gap: 20,
    lineGap: 3,
    pad: 3,
    tagPadX: 7,
    tagPadY: 2,
    minDrawnWidth: 900,
  },
  reading: {
    surface: 'reading',
    W: 360,
    H: 392,
    plot: { x: 44, y: 6, width: 310, height: 300 },
    marker: 8,
    badge: 10,
    name: 14,
    year: 0,
    tag: 14,
    axis: 13,
    step: 13,
    legend: 13,
    quarter: 14,
    quarterInset: 5,
    yLines: 1,
    yArrows: true,
    gap: 14,
    lineGap: 2,
    pad: 2,
    tagPadX: 4,
    tagPadY: 1,
    minDrawnWidth: 330,
  },
}

/** The map's sizes on a surface in a language: MAP_SIZES, with the language's own sizes where it sets them (words map.sizes). */
export function mapSizesFor(surface: 'slide' | 'reading', lang?: string): MapSizes {
  const own = talkWords(lang).map.sizes?.[surface]
  return own
    ? {
        ...MAP_SIZES[surface],
        ...own,
      }
    : MAP_SIZES[surface]
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
  /** The feature its positioning brought (2–4 Han characters; a word or two in English). */
  tag: string
  /** A shift of the whole label from its side's spot, in viewBox units (0 when not given). */
  dx?: number
  dy?: number
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

/** A quarter with its name in the deck's language (lib/said.ts quartersSaid). */
export interface NamedQuarter extends MapQuarter {
  name: string
}

/** A quarter's name as the map draws it, in the quarter's outer corner. */
export interface MapQuarterLabel extends NamedQuarter {
  at: Point & { anchor: 'start' | 'end' }
  box: Rect
  /** The quarter's area of the plot. */
  region: Rect
}

/** Where the quarters' names go: each in its quarter's outer corner, `quarterInset` in from the plot's edges. */
export function quarterLabels(quarters: readonly NamedQuarter[], s: MapSizes): MapQuarterLabel[] {
  const P = s.plot
  const h = s.quarter * 1.2
  return quarters.map((q) => {
    const anchor = q.x === 'low'
      ? 'start' as const
      : 'end' as const
    const at = {
      x: q.x === 'low'
        ? P.x + s.quarterInset
        : P.x + P.width - s.quarterInset,
      y: q.y === 'high'
        ? P.y + s.quarterInset + h / 2
        : P.y + P.height - s.quarterInset - h / 2,
      anchor,
    }
    return {
      ...q,
      at,
      box: labelBox(at, textWidthEm(q.name) * s.quarter, h, 0),
      region: {
        x: q.x === 'low'
          ? P.x
          : P.x + P.width / 2,
        y: q.y === 'high'
          ? P.y
          : P.y + P.height / 2,
        width: P.width / 2,
        height: P.height / 2,
      },
    }
  })
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
export function layoutMap(items: readonly MapItem[], path: readonly string[], s: MapSizes, quarters: readonly NamedQuarter[] = []): { points: MapPoint[], steps: MapStep[], quarters: MapQuarterLabel[] } {
  const points = items.map((it) => {
    const at = toPlot(it, s.plot)
    return {
      ...it,
      at,
      // A shifted label is laid out as if its marker sat where the shift puts it.
      label: mapLabel({ x: at.x + (it.dx ?? 0), y: at.y + (it.dy ?? 0) }, it.side, it.name, it.year, it.tag, s),
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
  return {
    points,
    steps,
    quarters: quarterLabels(quarters, s),
  }
}

/**
 * What would make the map hard to read, one line each: a label or tag outside the plot, two labels
 * overlapping, a label over a marker or a step number, a path line running through a label.
 * Empty when the map reads.
 */
export function mapLayoutProblems(layout: { points: readonly MapPoint[], steps: readonly MapStep[], quarters?: readonly MapQuarterLabel[] }, s: MapSizes): string[] {
  const out: string[] = []
  const boxes = [
    ...layout.points.flatMap(p => [
      { owner: p.id, what: `${p.id} label`, r: p.label.plate },
      { owner: p.id, what: `${p.id} tag`, r: p.label.tagPlate },
    ]),
    ...(layout.quarters ?? []).map(q => ({ owner: `quarter ${q.name}`, what: `the quarter name ${q.name}`, r: q.box })),
  ]
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
      // Steps that share no product must not cross (steps that share one meet at its marker).
      if (a.to !== b.from && a.from !== b.to && segmentsCross(a.seg, b.seg))
        out.push(`step ${a.n}'s line crosses step ${b.n}'s line`)
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

/** The talk's placements as the map lays them out in `lang`: each product's name, year (where drawn) and feature tag. */
export function placementItems(placements: readonly Placement[], s: MapSizes, lang?: string): MapItem[] {
  const { map } = talkWords(lang)
  return placements.map((p) => {
    const product = productSaid(p.product, lang)
    const here = map.labels?.[s.surface]?.[p.product] ?? {}
    return {
      id: p.product,
      x: p.x,
      y: p.y,
      side: here.side ?? map.sides[p.product] ?? p.label,
      dx: here.dx ?? 0,
      dy: here.dy ?? 0,
      name: product.short,
      year: s.year && map.years
        ? yearSaid(product)
        : '',
      tag: product.feature,
    }
  })
}

/** The products on the map once `step` steps of mapSteps are placed (0: none, the bare frame). */
export function placedBy(step: number, steps: readonly (readonly ProductId[])[] = mapSteps): ProductId[] {
  if (!(Number.isInteger(step) && step >= 0 && step <= steps.length))
    throw new RangeError(`placedBy: step must be a whole number from 0 to ${steps.length}, got ${step}`)
  return steps.slice(0, step).flat()
}

/** The part of the path drawn once those products are placed: the path's products that are on the map, in time order. */
export function pathAmong(placed: readonly string[], path: readonly string[] = mapPath): string[] {
  return path.filter(id => placed.includes(id))
}

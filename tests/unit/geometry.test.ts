import type { ColumnLayoutOptions } from '../../lib/geometry'
import type { MapItem, MapSizes } from '../../lib/map-layout'
import { describe, expect, it } from 'vitest'
import { mapPath, mapSteps, placements } from '../../data/facts'
import { arrowBetween, distanceToSegment, isInside, labelAt, labelBox, layoutColumns, levelOn, rectHitsCircle, rectInside, rectsOverlap, segmentHitsRect, segmentsCross, textWidthEm, toPlot, zeroBasedScale } from '../../lib/geometry'
import { layoutMap, MAP_SIZES, mapLabel, mapLayoutProblems, mapSizesFor, pathAmong, placedBy, placementItems, quarterLabels } from '../../lib/map-layout'
import { quartersSaid } from '../../lib/said'
import { COUNT_CHART } from '../../lib/sizes'

describe('zeroBasedScale', () => {
  it('maps 0 to 0 and the domain maximum to the full range', () => {
    const s = zeroBasedScale(10_000_000, 470)
    expect(s(0)).toBe(0)
    expect(s(10_000_000)).toBe(470)
  })

  it('is proportional: twice the value, twice the length', () => {
    const s = zeroBasedScale(10_000_000, 470)
    expect(s(5_000_000)).toBe(235)
    expect(s(2_500_000) * 4).toBe(s(10_000_000))
    expect(s(2_000_000) / s(1_000_000)).toBeCloseTo(2, 12)
  })

  it('throws on a domain maximum that is not positive and finite', () => {
    expect(() => zeroBasedScale(0, 100)).toThrow(RangeError)
    expect(() => zeroBasedScale(-5, 100)).toThrow(RangeError)
    expect(() => zeroBasedScale(Number.NaN, 100)).toThrow(RangeError)
    expect(() => zeroBasedScale(Number.POSITIVE_INFINITY, 100)).toThrow(RangeError)
  })

  it('throws on a range length that is not positive and finite', () => {
    expect(() => zeroBasedScale(100, 0)).toThrow(RangeError)
    expect(() => zeroBasedScale(100, -1)).toThrow(RangeError)
    expect(() => zeroBasedScale(100, Number.NaN)).toThrow(RangeError)
  })

  it('throws on a negative or non-finite value instead of drawing it', () => {
    const s = zeroBasedScale(100, 100)
    expect(() => s(-1)).toThrow(RangeError)
    expect(() => s(Number.NaN)).toThrow(RangeError)
    expect(() => s(Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })
})

describe('layoutColumns', () => {
  // The slide chart's own sizes, so the test checks the layout the slide draws.
  const opts: ColumnLayoutOptions = COUNT_CHART.slide
  const input = [
    { id: 'dingtalk-2019', value: 10_000_000, group: '2019 年底' },
    { id: 'wecom-2019', value: 2_500_000, group: '2019 年底' },
    { id: 'wecom-2021', value: 10_000_000, group: '2021 年底' },
  ]

  it('gives heights exactly proportional to the values, from one zero-based scale', () => {
    const { columns } = layoutColumns(input, opts)
    const [dingtalk, wecom2019, wecom2021] = columns
    expect(dingtalk!.height).toBe(opts.maxHeight)
    expect(dingtalk!.height).toBe(4 * wecom2019!.height)
    expect(wecom2019!.height).toBe(opts.maxHeight / 4)
    // The later group is on the same scale: equal values, equal columns.
    expect(wecom2021!.height).toBe(dingtalk!.height)
    for (const c of columns) {
      expect(c.height / opts.maxHeight).toBeCloseTo(c.value / 10_000_000, 12)
      expect(c.width).toBe(opts.columnWidth)
    }
  })

  it('stands every column on the baseline', () => {
    for (const c of layoutColumns(input, opts).columns)
      expect(c.y + c.height).toBe(opts.baseline)
  })

  it('keeps ids, values and groups in input order, left to right, without overlap', () => {
    const { columns, groups } = layoutColumns(input, opts)
    expect(columns.map(c => c.id)).toEqual(['dingtalk-2019', 'wecom-2019', 'wecom-2021'])
    expect(columns.map(c => c.value)).toEqual([10_000_000, 2_500_000, 10_000_000])
    expect(groups.map(g => g.group)).toEqual(['2019 年底', '2021 年底'])
    expect(columns[1]!.x).toBe(columns[0]!.x + opts.columnWidth + opts.columnGap)
    // A new date starts groupGap after the last column of the one before.
    expect(columns[2]!.x).toBe(columns[1]!.x + opts.columnWidth + opts.groupGap)
    expect(groups[0]).toMatchObject({ x: columns[0]!.x, width: 2 * opts.columnWidth + opts.columnGap })
    expect(groups[1]).toMatchObject({ x: columns[2]!.x, width: opts.columnWidth })
  })

  it('centres the columns in the width', () => {
    const { columns } = layoutColumns(input, opts)
    const left = columns[0]!.x
    const right = opts.width - (columns.at(-1)!.x + opts.columnWidth)
    expect(left).toBeCloseTo(right, 9)
  })

  it('scales to the largest value wherever it sits in the input', () => {
    const { columns } = layoutColumns([
      { id: 'a', value: 1, group: 'g1' },
      { id: 'b', value: 3, group: 'g2' },
      { id: 'c', value: 2, group: 'g2' },
    ], opts)
    expect(columns.map(c => c.height)).toEqual([opts.maxHeight / 3, opts.maxHeight, opts.maxHeight * 2 / 3])
  })

  it('with domainMax, a column keeps its height when the larger figures are left out', () => {
    const all = layoutColumns(input, opts).columns
    const first = layoutColumns(input.slice(1, 2), { ...opts, domainMax: 10_000_000 }).columns
    expect(first[0]!.height).toBe(all[1]!.height)
    expect(() => layoutColumns(input, { ...opts, domainMax: 5_000_000 })).toThrow(/above the domain maximum/)
  })

  it('a group only starts when the group changes (input order, not sorted)', () => {
    const { groups } = layoutColumns([
      { id: 'a', value: 1, group: 'x' },
      { id: 'b', value: 1, group: 'y' },
      { id: 'c', value: 1, group: 'x' },
    ], opts)
    expect(groups.map(g => g.group)).toEqual(['x', 'y', 'x'])
  })

  it('throws with nothing to lay out, on a negative value, and when the columns do not fit', () => {
    expect(() => layoutColumns([], opts)).toThrow(RangeError)
    expect(() => layoutColumns([
      { id: 'a', value: 5, group: 'g' },
      { id: 'b', value: -1, group: 'g' },
    ], opts)).toThrow(RangeError)
    expect(() => layoutColumns([
      { id: 'a', value: Number.NaN, group: 'g' },
    ], opts)).toThrow(RangeError)
    expect(() => layoutColumns(input, { ...opts, width: 400 })).toThrow(/need .* units, the chart is 400 wide/)
  })
})

describe('levelOn', () => {
  const { baseline, maxHeight, columnWidth } = COUNT_CHART.slide
  const column = {
    id: 'wecom-2021',
    value: 10_000_000,
    group: '2021 年底',
    x: 0,
    y: baseline - maxHeight,
    width: columnWidth,
    height: maxHeight,
  }

  it('puts an earlier value at its height on the same scale', () => {
    // 250 万 on a 1000 万 column stands a quarter of its height above the baseline.
    expect(levelOn(column, 2_500_000)).toBe(baseline - maxHeight / 4)
    expect(levelOn(column, 0)).toBe(baseline)
    expect(levelOn(column, 10_000_000)).toBe(baseline - maxHeight)
  })

  it('refuses a value outside the column', () => {
    expect(() => levelOn(column, 12_000_000)).toThrow(RangeError)
    expect(() => levelOn(column, -1)).toThrow(RangeError)
  })
})

describe('toPlot', () => {
  const plot = {
    x: 96,
    y: 12,
    width: 780,
    height: 320,
  }

  it('maps (0,0) to the bottom-left corner and (100,100) to the top-right', () => {
    expect(toPlot({ x: 0, y: 0 }, plot)).toEqual({ x: 96, y: 332 })
    expect(toPlot({ x: 100, y: 100 }, plot)).toEqual({ x: 876, y: 12 })
  })

  it('maps (100,0) to bottom-right, (0,100) to top-left and (50,50) to the centre', () => {
    expect(toPlot({ x: 100, y: 0 }, plot)).toEqual({ x: 876, y: 332 })
    expect(toPlot({ x: 0, y: 100 }, plot)).toEqual({ x: 96, y: 12 })
    expect(toPlot({ x: 50, y: 50 }, plot)).toEqual({ x: 96 + 390, y: 12 + 160 })
  })

  it('is linear on both axes, y growing upward on the map', () => {
    const a = toPlot({ x: 25, y: 25 }, plot)
    const b = toPlot({ x: 75, y: 75 }, plot)
    expect(b.x - a.x).toBeCloseTo(390, 10)
    expect(a.y - b.y).toBeCloseTo(160, 10)
  })

  it('keeps every grid point inside the plot', () => {
    for (const x of [0, 8, 50, 99.5, 100]) {
      for (const y of [0, 30, 100])
        expect(isInside(toPlot({ x, y }, plot), plot)).toBe(true)
    }
  })

  it('throws outside 0–100 and on non-finite input, naming the axis', () => {
    expect(() => toPlot({ x: 140, y: 50 }, plot)).toThrow(/x must be within 0–100/)
    expect(() => toPlot({ x: -1, y: 50 }, plot)).toThrow(RangeError)
    expect(() => toPlot({ x: 50, y: 100.01 }, plot)).toThrow(/y must be within 0–100/)
    expect(() => toPlot({ x: 50, y: -0.5 }, plot)).toThrow(RangeError)
    expect(() => toPlot({ x: Number.NaN, y: 50 }, plot)).toThrow(RangeError)
  })
})

describe('isInside', () => {
  const r = { x: 10, y: 10, width: 100, height: 50 }
  it('includes the edges and excludes points beyond them', () => {
    expect(isInside({ x: 10, y: 10 }, r)).toBe(true)
    expect(isInside({ x: 110, y: 60 }, r)).toBe(true)
    expect(isInside({ x: 9.9, y: 30 }, r)).toBe(false)
    expect(isInside({ x: 50, y: 60.1 }, r)).toBe(false)
  })
})

describe('arrowBetween', () => {
  it('insets both ends along the line', () => {
    const seg = arrowBetween({ x: 0, y: 0 }, { x: 100, y: 0 }, 10)
    expect(seg).toEqual({ x1: 10, y1: 0, x2: 90, y2: 0 })
  })

  it('insets by the same distance on a diagonal and keeps the direction', () => {
    const a = { x: 10, y: 20 }
    const b = { x: 70, y: 100 } // 60, 80: length 100
    const seg = arrowBetween(a, b, 15)
    expect(Math.hypot(seg.x1 - a.x, seg.y1 - a.y)).toBeCloseTo(15, 10)
    expect(Math.hypot(b.x - seg.x2, b.y - seg.y2)).toBeCloseTo(15, 10)
    expect(Math.hypot(seg.x2 - seg.x1, seg.y2 - seg.y1)).toBeCloseTo(70, 10)
    expect(seg.x1).toBeCloseTo(19, 10)
    expect(seg.y1).toBeCloseTo(32, 10)
    expect(seg.x2).toBeCloseTo(61, 10)
    expect(seg.y2).toBeCloseTo(88, 10)
  })

  it('points from a to b, not the other way round', () => {
    const seg = arrowBetween({ x: 100, y: 50 }, { x: 0, y: 50 }, 5)
    expect(seg.x1).toBe(95)
    expect(seg.x2).toBe(5)
  })

  it('throws when the points are too close for the inset', () => {
    expect(() => arrowBetween({ x: 0, y: 0 }, { x: 20, y: 0 }, 10)).toThrow(RangeError)
    expect(() => arrowBetween({ x: 0, y: 0 }, { x: 3, y: 4 }, 10)).toThrow(/too close/)
    expect(() => arrowBetween({ x: 5, y: 5 }, { x: 5, y: 5 }, 1)).toThrow(RangeError)
    expect(() => arrowBetween({ x: 0, y: 0 }, { x: 20.1, y: 0 }, 10)).not.toThrow()
  })
})

describe('labelAt', () => {
  const p = { x: 100, y: 50 }
  it('anchors the label on the side away from the marker', () => {
    expect(labelAt(p, 'left', 19)).toEqual({ x: 81, y: 50, anchor: 'end' })
    expect(labelAt(p, 'right', 19)).toEqual({ x: 119, y: 50, anchor: 'start' })
    expect(labelAt(p, 'above', 19)).toEqual({ x: 100, y: 31, anchor: 'middle' })
    expect(labelAt(p, 'below', 19)).toEqual({ x: 100, y: 69, anchor: 'middle' })
  })
})

describe('textWidthEm', () => {
  it('counts Han characters and full-width punctuation as 1 em, digits and Latin as 0.6, a space as 0.3', () => {
    expect(textWidthEm('企业号')).toBe(3)
    expect(textWidthEm('钉钉（竞品）')).toBe(6)
    expect(textWidthEm('2014')).toBeCloseTo(2.4)
    expect(textWidthEm('企业微信 3.0')).toBeCloseTo(4 + 0.3 + 1.8)
    expect(textWidthEm('')).toBe(0)
  })
})

describe('labelBox', () => {
  it('puts the box where the text runs for each anchor, centred on the baseline set by dominant-baseline: central', () => {
    expect(labelBox({ x: 100, y: 50, anchor: 'start' }, 60, 20, 4)).toEqual({ x: 96, y: 36, width: 68, height: 28 })
    expect(labelBox({ x: 100, y: 50, anchor: 'end' }, 60, 20, 4)).toEqual({ x: 36, y: 36, width: 68, height: 28 })
    expect(labelBox({ x: 100, y: 50, anchor: 'middle' }, 60, 20, 0)).toEqual({ x: 70, y: 40, width: 60, height: 20 })
  })

  it('refuses a negative or non-numeric size instead of drawing a box inside out', () => {
    expect(() => labelBox({ x: 0, y: 0, anchor: 'start' }, -1, 20, 4)).toThrow(RangeError)
    expect(() => labelBox({ x: 0, y: 0, anchor: 'start' }, Number.NaN, 20, 4)).toThrow(/non-negative/)
  })
})

describe('box and line tests', () => {
  const r = { x: 10, y: 10, width: 100, height: 50 }

  it('rectsOverlap: shared area overlaps, touching edges do not', () => {
    expect(rectsOverlap(r, { x: 100, y: 50, width: 20, height: 20 })).toBe(true)
    expect(rectsOverlap(r, { x: 110, y: 10, width: 20, height: 20 })).toBe(false)
    expect(rectsOverlap(r, { x: 10, y: 60, width: 20, height: 20 })).toBe(false)
    expect(rectsOverlap(r, { x: 30, y: 20, width: 5, height: 5 })).toBe(true)
  })

  it('rectInside: wholly inside, edges included', () => {
    expect(rectInside({ x: 10, y: 10, width: 100, height: 50 }, r)).toBe(true)
    expect(rectInside({ x: 9, y: 20, width: 10, height: 10 }, r)).toBe(false)
    expect(rectInside({
      x: 100,
      y: 20,
      width: 10.5,
      height: 10,
    }, r)).toBe(false)
  })

  it('rectHitsCircle: a disc touching a box from outside or sitting in it', () => {
    expect(rectHitsCircle(r, { x: 50, y: 30 }, 1)).toBe(true)
    expect(rectHitsCircle(r, { x: 115, y: 30 }, 6)).toBe(true)
    expect(rectHitsCircle(r, { x: 115, y: 30 }, 5)).toBe(false)
    // Off a corner: the distance is to the corner, not to either edge.
    expect(rectHitsCircle(r, { x: 113, y: 64 }, 4.9)).toBe(false)
    expect(rectHitsCircle(r, { x: 113, y: 64 }, 5.1)).toBe(true)
  })

  it('segmentHitsRect: through, into, beside and short of a box', () => {
    expect(segmentHitsRect({ x1: 0, y1: 30, x2: 200, y2: 30 }, r)).toBe(true)
    expect(segmentHitsRect({ x1: 0, y1: 0, x2: 50, y2: 30 }, r)).toBe(true)
    expect(segmentHitsRect({ x1: 0, y1: 0, x2: 200, y2: 0 }, r)).toBe(false)
    expect(segmentHitsRect({ x1: 0, y1: 30, x2: 9, y2: 30 }, r)).toBe(false)
    // A diagonal that passes the corner on the outside.
    expect(segmentHitsRect({ x1: 0, y1: 50, x2: 30, y2: 80 }, r)).toBe(false)
    expect(segmentHitsRect({ x1: 50, y1: 0, x2: 50, y2: 100 }, r)).toBe(true)
  })

  it('distanceToSegment: to the nearest point, the ends included', () => {
    const seg = { x1: 0, y1: 0, x2: 100, y2: 0 }
    expect(distanceToSegment({ x: 50, y: 7 }, seg)).toBe(7)
    expect(distanceToSegment({ x: 103, y: 4 }, seg)).toBe(5)
    expect(distanceToSegment({ x: -6, y: -8 }, seg)).toBe(10)
    expect(distanceToSegment({ x: 3, y: 4 }, { x1: 0, y1: 0, x2: 0, y2: 0 })).toBe(5)
  })
})

describe('mapLabel', () => {
  const s = MAP_SIZES.slide
  const at = { x: 400, y: 200 }

  it('puts the name level with the marker and the tag beneath it, on the side asked for', () => {
    const right = mapLabel(at, 'right', '钉钉', '2014', '办公', s)
    expect(right.name).toEqual({ x: 400 + s.gap, y: 200, anchor: 'start' })
    expect(right.tag.anchor).toBe('start')
    expect(right.tag.y).toBeGreaterThan(right.name.y)
    expect(right.plate.x).toBe(400 + s.gap - s.pad)
    // The tag's pill starts where the name starts and sits below the name's plate.
    expect(right.tagPlate.x).toBeCloseTo(400 + s.gap, 9)
    expect(right.tagPlate.y).toBeGreaterThanOrEqual(right.plate.y + right.plate.height)
    const left = mapLabel(at, 'left', '钉钉', '2014', '办公', s)
    expect(left.name).toEqual({ x: 400 - s.gap, y: 200, anchor: 'end' })
    expect(left.plate.x + left.plate.width).toBe(400 - s.gap + s.pad)
    expect(left.tagPlate.x + left.tagPlate.width).toBeCloseTo(400 - s.gap, 9)
  })

  it('above and below: centred on the marker, the whole label clear of it', () => {
    const above = mapLabel(at, 'above', 'RTX', '2001', '存档', s)
    const below = mapLabel(at, 'below', 'RTX', '2001', '存档', s)
    for (const l of [above, below]) {
      expect(l.name.x).toBe(400)
      expect(l.name.anchor).toBe('middle')
      expect(l.plate.x + l.plate.width / 2).toBeCloseTo(400, 9)
      expect(l.tagPlate.x + l.tagPlate.width / 2).toBeCloseTo(400, 9)
      expect(rectHitsCircle(l.plate, at, s.marker)).toBe(false)
      expect(rectHitsCircle(l.tagPlate, at, s.marker)).toBe(false)
    }
    expect(above.tagPlate.y + above.tagPlate.height).toBeCloseTo(200 - s.gap, 9)
    expect(below.plate.y).toBeCloseTo(200 + s.gap - s.pad, 9)
  })

  it('sizes the pill to its text: wider for more characters, as tall as the tag font and its padding', () => {
    const two = mapLabel(at, 'right', '钉钉', '', '办公', s)
    const four = mapLabel(at, 'right', '钉钉', '', '打通微信', s)
    expect(four.tagPlate.width - two.tagPlate.width).toBeCloseTo(2 * s.tag, 9)
    expect(two.tagPlate.width).toBeCloseTo(2 * s.tag + 2 * s.tagPadX, 9)
    expect(two.tagPlate.height).toBeCloseTo(s.tag * 1.2 + 2 * s.tagPadY, 9)
    // No year, a narrower name plate.
    expect(mapLabel(at, 'right', '钉钉', '2014', '办公', s).plate.width).toBeGreaterThan(two.plate.width)
  })
})

describe('layoutMap and mapLayoutProblems', () => {
  const s = MAP_SIZES.slide
  const item = (id: string, x: number, y: number, side: MapItem['side'] = 'right'): MapItem => ({
    id,
    x,
    y,
    side,
    name: id,
    year: '',
    tag: '标签',
  })

  it('places every item through toPlot and numbers the steps of the path', () => {
    const { points, steps } = layoutMap([
      item('a', 10, 10),
      item('b', 90, 90),
    ], ['a', 'b'], s)
    expect(points[0]!.at).toEqual(toPlot({ x: 10, y: 10 }, s.plot))
    expect(steps).toHaveLength(1)
    expect(steps[0]).toMatchObject({ from: 'a', to: 'b', n: 1 })
    expect(steps[0]!.mid.x).toBeCloseTo((steps[0]!.seg.x1 + steps[0]!.seg.x2) / 2, 9)
    expect(() => layoutMap([
      item('a', 10, 10),
    ], ['a', 'ghost'], s)).toThrow(/ghost/)
  })

  it('finds nothing wrong with two labels far apart', () => {
    expect(mapLayoutProblems(layoutMap([
      item('a', 20, 50, 'left'),
      item('b', 70, 80),
    ], ['a', 'b'], s), s)).toEqual([])
  })

  it('names what it finds: a label off the plot, labels overlapping, a label on a marker, a line through a label', () => {
    const off = mapLayoutProblems(layoutMap([
      item('a', 98, 50),
    ], [], s), s)
    expect(off).toContain('a label runs outside the plot')
    expect(off).toContain('a tag runs outside the plot')
    const crowded = mapLayoutProblems(layoutMap([
      item('a', 30, 50),
      item('b', 32, 51),
    ], [], s), s)
    expect(crowded).toContain('a label overlaps b label')
    expect(crowded.some(p => /covers the marker of b/.test(p))).toBe(true)
    // A vertical path line at x = 30 runs through the tag of a product placed just left of it.
    const crossed = mapLayoutProblems(layoutMap([
      item('a', 25, 50),
      item('e', 30, 5),
      item('f', 30, 95),
    ], ['e', 'f'], s), s)
    expect(crossed).toContain('step 1\'s line (e → f) runs through a tag')
    expect(crossed).toContain('a label covers step 1\'s number')
    const overMarker = mapLayoutProblems(layoutMap([
      item('a', 10, 50, 'above'),
      item('m', 50, 50, 'below'),
      item('b', 90, 50, 'above'),
    ], ['a', 'b'], s), s)
    expect(overMarker).toContain('step 1\'s line (a → b) runs over the marker of m')
  })
})

describe('segmentsCross', () => {
  it('finds a proper crossing, not parallel lines or lines that meet at an end', () => {
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 0, y1: 10, x2: 10, y2: 0 })).toBe(true)
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 0 }, { x1: 0, y1: 5, x2: 10, y2: 5 })).toBe(false)
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 10, y1: 10, x2: 20, y2: 0 })).toBe(false)
    expect(segmentsCross({ x1: 0, y1: 0, x2: 4, y2: 4 }, { x1: 0, y1: 10, x2: 10, y2: 0 })).toBe(false)
  })

  it('mapLayoutProblems reports two steps that cross', () => {
    const s = MAP_SIZES.slide
    const it2 = (id: string, x: number, y: number) => ({
      id,
      x,
      y,
      side: 'right' as const,
      name: id,
      year: '',
      tag: '标签',
    })
    const layout = layoutMap([
      it2('a', 10, 10),
      it2('b', 60, 60),
      it2('c', 10, 60),
      it2('d', 60, 10),
    ], ['a', 'b', 'c', 'd'], s)
    expect(mapLayoutProblems(layout, s)).toContain('step 1\'s line crosses step 3\'s line')
  })
})

describe('quarterLabels', () => {
  it('puts each quarter\'s name in its outer corner, inside the plot', () => {
    const s = MAP_SIZES.slide
    const q = quarterLabels(quartersSaid('zh-CN'), s)
    const topLeft = q.find(x => x.x === 'low' && x.y === 'high')!
    expect(topLeft.box.x).toBeCloseTo(s.plot.x + s.quarterInset)
    expect(topLeft.box.y).toBeCloseTo(s.plot.y + s.quarterInset)
    const bottomRight = q.find(x => x.x === 'high' && x.y === 'low')!
    expect(bottomRight.box.x + bottomRight.box.width).toBeCloseTo(s.plot.x + s.plot.width - s.quarterInset)
    expect(bottomRight.box.y + bottomRight.box.height).toBeCloseTo(s.plot.y + s.plot.height - s.quarterInset)
    expect(bottomRight.region).toEqual({
      x: s.plot.x + s.plot.width / 2,
      y: s.plot.y + s.plot.height / 2,
      width: s.plot.width / 2,
      height: s.plot.height / 2,
    })
  })
})

describe('placedBy', () => {
  it('gives the products of the first n steps, and refuses a step that does not exist', () => {
    expect(placedBy(0)).toEqual([])
    expect(placedBy(3)).toEqual([
      'rtx',
      'enterprise-qq',
      'subscription',
      'service',
      'enterprise-account',
    ])
    expect(pathAmong(placedBy(4))).toEqual([
      'rtx',
      'enterprise-qq',
      'subscription',
      'service',
      'enterprise-account',
    ])
    expect(() => placedBy(7)).toThrow(/step must be/)
    expect(() => placedBy(-1)).toThrow(/step must be/)
  })
})

describe('the positioning map as the deck draws it', () => {
  const items = (s: MapSizes, lang?: string) => placementItems(placements, s, lang)
  const langs = ['zh-CN', 'en'] as const
  const cases = langs.flatMap(lang => (['slide', 'reading'] as const).map(where => [where, lang] as const))

  it.each(cases)('on the %s, in %s, at every step: no label, tag or quarter name over another, a marker, a step number or a path line; no two arrows cross', (where, lang) => {
    const s = mapSizesFor(where, lang)
    for (let step = 0; step <= mapSteps.length; step++) {
      const placed = placedBy(step)
      const layout = layoutMap(placementItems(placements.filter(p => placed.includes(p.product)), s, lang), pathAmong(placed), s, quartersSaid(lang))
      expect(layout.points.map(p => p.id).sort(), `step ${step}`).toEqual([...placed].sort())
      expect(mapLayoutProblems(layout, s), `step ${step}`).toEqual([])
      for (const q of layout.quarters)
        expect(rectInside(q.box, s.plot), q.name).toBe(true)
    }
  })

  it.each(cases)('on the %s, in %s: every label and tag inside the plot, none over another label, a marker, a step number or a path line', (where, lang) => {
    const s = mapSizesFor(where, lang)
    const layout = layoutMap(items(s, lang), mapPath, s)
    expect(layout.points).toHaveLength(placements.length)
    expect(mapLayoutProblems(layout, s)).toEqual([])
    for (const p of layout.points) {
      expect(rectInside(p.label.plate, s.plot), p.id).toBe(true)
      expect(rectInside(p.label.tagPlate, s.plot), p.id).toBe(true)
    }
  })

  it.each(langs)('draws the tags large enough in %s: 18 canvas px on the slide, 12 CSS px on a phone, at the narrowest the map is drawn', (lang) => {
    const slide = mapSizesFor('slide', lang)
    const reading = mapSizesFor('reading', lang)
    expect(slide.tag * slide.minDrawnWidth / slide.W).toBeGreaterThanOrEqual(18)
    expect(reading.tag * reading.minDrawnWidth / reading.W).toBeGreaterThanOrEqual(12)
    // And every other text of the map with them.
    for (const size of [
      slide.name,
      slide.year,
      slide.axis,
      slide.step,
      slide.legend,
    ])
      expect(size * slide.minDrawnWidth / slide.W).toBeGreaterThanOrEqual(18)
    for (const size of [reading.name, reading.tag])
      expect(size * reading.minDrawnWidth / reading.W).toBeGreaterThanOrEqual(12)
  })

  it('sets 企业微信 1.0 beside 钉钉: within 10 units on both axes, yet markers and labels apart', () => {
    const one = placements.find(p => p.product === 'wecom-1')!
    const rival = placements.find(p => p.product === 'dingtalk')!
    expect(Math.abs(one.x - rival.x)).toBeLessThanOrEqual(10)
    expect(Math.abs(one.y - rival.y)).toBeLessThanOrEqual(10)
    for (const [where, lang] of cases) {
      const s = mapSizesFor(where, lang)
      const pts = new Map(layoutMap(items(s, lang), mapPath, s).points.map(p => [p.id, p]))
      const a = pts.get('wecom-1')!
      const b = pts.get('dingtalk')!
      // Two markers (the diamond reaches 2 further) with room between them.
      expect(Math.hypot(a.at.x - b.at.x, a.at.y - b.at.y), `${where} ${lang}`).toBeGreaterThan(2 * s.marker + 2 + 6)
      expect(rectsOverlap(a.label.plate, b.label.plate)).toBe(false)
      expect(rectsOverlap(a.label.tagPlate, b.label.tagPlate)).toBe(false)
    }
  })
})

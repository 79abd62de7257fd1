import type { ColumnLayoutOptions } from '../../lib/geometry'
import { describe, expect, it } from 'vitest'
import { arrowBetween, isInside, labelAt, labelBox, layoutColumns, levelOn, textWidthEm, toPlot, zeroBasedScale } from '../../lib/geometry'

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
  const opts: ColumnLayoutOptions = {
    width: 900,
    baseline: 318,
    maxHeight: 250,
    columnWidth: 180,
    columnGap: 36,
    groupGap: 150,
  }
  const input = [
    { id: 'dingtalk-2019', value: 10_000_000, group: '2019 年底' },
    { id: 'wecom-2019', value: 2_500_000, group: '2019 年底' },
    { id: 'wecom-2021', value: 10_000_000, group: '2021 年底' },
  ]

  it('gives heights exactly proportional to the values, from one zero-based scale', () => {
    const { columns } = layoutColumns(input, opts)
    const [dingtalk, wecom2019, wecom2021] = columns
    expect(dingtalk!.height).toBe(250)
    expect(dingtalk!.height).toBe(4 * wecom2019!.height)
    expect(wecom2019!.height).toBe(62.5)
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
    expect(columns.map(c => c.height)).toEqual([250 / 3, 250, 250 * 2 / 3])
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
  const column = {
    id: 'wecom-2021',
    value: 10_000_000,
    group: '2021 年底',
    x: 0,
    y: 68,
    width: 180,
    height: 250,
  }

  it('puts an earlier value at its height on the same scale', () => {
    // 250 万 on a 1000 万 column of 250 units stands 62.5 units above the baseline (318).
    expect(levelOn(column, 2_500_000)).toBe(318 - 62.5)
    expect(levelOn(column, 0)).toBe(318)
    expect(levelOn(column, 10_000_000)).toBe(68)
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

import type { BarLayoutOptions } from '../../client/geometry'
import { describe, expect, it } from 'vitest'
import { arrowBetween, isInside, labelAt, layoutBars, toPlot, zeroBasedScale } from '../../client/geometry'

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

describe('layoutBars', () => {
  const opts: BarLayoutOptions = {
    x0: 150,
    y0: 4,
    maxLength: 470,
    barHeight: 40,
    barGap: 10,
    groupHeader: 32,
    groupGap: 18,
  }
  const input = [
    { id: 'dingtalk-2019', value: 10_000_000, group: '2019 年底' },
    { id: 'wecom-2019', value: 2_500_000, group: '2019 年底' },
    { id: 'wecom-2021', value: 10_000_000, group: '2021 年底' },
  ]

  it('gives widths exactly proportional to the values, from one zero-based scale', () => {
    const { bars } = layoutBars(input, opts)
    const [dingtalk, wecom2019, wecom2021] = bars
    expect(dingtalk!.width).toBe(470)
    expect(dingtalk!.width).toBe(4 * wecom2019!.width)
    expect(wecom2019!.width).toBe(117.5)
    // The later group is on the same scale: equal values, equal bars.
    expect(wecom2021!.width).toBe(dingtalk!.width)
    for (const b of bars) {
      expect(b.width / opts.maxLength).toBeCloseTo(b.value / 10_000_000, 12)
      expect(b.height).toBe(opts.barHeight)
    }
  })

  it('starts every bar at the value axis', () => {
    const { bars } = layoutBars(input, opts)
    for (const b of bars)
      expect(b.x).toBe(opts.x0)
  })

  it('keeps ids, values and groups in input order', () => {
    const { bars, groups } = layoutBars(input, opts)
    expect(bars.map(b => b.id)).toEqual(['dingtalk-2019', 'wecom-2019', 'wecom-2021'])
    expect(bars.map(b => b.value)).toEqual([10_000_000, 2_500_000, 10_000_000])
    expect(groups.map(g => g.group)).toEqual(['2019 年底', '2021 年底'])
  })

  it('stacks bars and groups downwards without overlap', () => {
    const { bars, groups, height } = layoutBars(input, opts)
    expect(groups[0]!.y).toBe(opts.y0)
    expect(bars[0]!.y).toBe(opts.y0 + opts.groupHeader)
    expect(bars[1]!.y).toBe(bars[0]!.y + opts.barHeight + opts.barGap)
    // The second group starts groupGap below the last bar of the first.
    expect(groups[1]!.y).toBe(bars[1]!.y + opts.barHeight + opts.groupGap)
    expect(bars[2]!.y).toBe(groups[1]!.y + opts.groupHeader)
    for (let i = 1; i < bars.length; i++)
      expect(bars[i]!.y).toBeGreaterThanOrEqual(bars[i - 1]!.y + bars[i - 1]!.height)
    expect(height).toBe(bars[2]!.y + opts.barHeight)
  })

  it('scales to the largest value wherever it sits in the input', () => {
    const { bars } = layoutBars([
      { id: 'a', value: 1, group: 'g1' },
      { id: 'b', value: 3, group: 'g2' },
      { id: 'c', value: 2, group: 'g2' },
    ], opts)
    expect(bars.map(b => b.width)).toEqual([470 / 3, 470, 470 * 2 / 3])
  })

  it('a group only starts when the group changes (input order, not sorted)', () => {
    const { groups } = layoutBars([
      { id: 'a', value: 1, group: 'x' },
      { id: 'b', value: 1, group: 'y' },
      { id: 'c', value: 1, group: 'x' },
    ], opts)
    expect(groups.map(g => g.group)).toEqual(['x', 'y', 'x'])
  })

  it('throws with nothing to lay out, and on a negative value', () => {
    expect(() => layoutBars([], opts)).toThrow(RangeError)
    expect(() => layoutBars([
      { id: 'a', value: 5, group: 'g' },
      { id: 'b', value: -1, group: 'g' },
    ], opts)).toThrow(RangeError)
    expect(() => layoutBars([
      { id: 'a', value: Number.NaN, group: 'g' },
    ], opts)).toThrow(RangeError)
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

import { describe, expect, it } from 'vitest'
import { formatCount, formatWithUnit, houseSpacing } from '../../lib/format'

describe('formatCount', () => {
  it('writes counts in 万 with a space before the unit (house style)', () => {
    expect(formatCount(2_500_000)).toBe('250 万')
    expect(formatCount(10_000_000)).toBe('1000 万')
    expect(formatCount(15_000_000)).toBe('1500 万')
    expect(formatCount(7_500_000)).toBe('750 万')
    expect(formatCount(20_000_000)).toBe('2000 万')
    expect(formatCount(10_000)).toBe('1 万')
  })

  it('marks a lower bound with a trailing +', () => {
    expect(formatCount(10_000_000, { atLeast: true })).toBe('1000 万+')
    expect(formatCount(10_000_000, { atLeast: false })).toBe('1000 万')
  })

  it('switches to 亿 from 100 000 000 up', () => {
    expect(formatCount(500_000_000)).toBe('5 亿')
    expect(formatCount(100_000_000)).toBe('1 亿')
    expect(formatCount(150_000_000)).toBe('1.5 亿')
  })

  it('leaves numbers below 1 万 as plain digits', () => {
    expect(formatCount(3000)).toBe('3000')
    expect(formatCount(10)).toBe('10')
    expect(formatCount(9999)).toBe('9999')
    expect(formatCount(0)).toBe('0')
  })

  it('keeps fractional 万 to two decimals without trailing zeros', () => {
    expect(formatCount(12_500)).toBe('1.25 万')
    expect(formatCount(15_000)).toBe('1.5 万')
  })

  it('never rounds away a figure it cannot show exactly in 万', () => {
    // 12 345 is not a whole hundredth of 万: showing "1.23 万" would change the figure.
    expect(formatCount(12_345)).toBe('12345')
  })

  it('throws on non-finite input', () => {
    expect(() => formatCount(Number.NaN)).toThrow(TypeError)
    expect(() => formatCount(Number.POSITIVE_INFINITY)).toThrow(/finite/)
    expect(() => formatCount(Number.NEGATIVE_INFINITY)).toThrow(/finite/)
  })

  it('puts exactly one half-width space between the digits and 万/亿, never a full-width one', () => {
    for (const v of [2_500_000, 10_000_000, 500_000_000]) {
      const text = formatCount(v)
      expect(text).toMatch(/^\d+(?:\.\d+)? [万亿]$/)
      expect(text).not.toContain('\u3000')
    }
  })
})

describe('formatWithUnit', () => {
  it('joins the unit word straight onto 万/亿', () => {
    expect(formatWithUnit(7_500_000, '家')).toBe('750 万家')
    expect(formatWithUnit(15_000_000, '家组织')).toBe('1500 万家组织')
    expect(formatWithUnit(5_000_000, '家组织')).toBe('500 万家组织')
    expect(formatWithUnit(500_000_000, '元')).toBe('5 亿元')
  })

  it('puts a space between bare digits and the unit', () => {
    expect(formatWithUnit(10, '元/月')).toBe('10 元/月')
    expect(formatWithUnit(3000, '人')).toBe('3000 人')
  })

  it('with no unit it is just the count', () => {
    expect(formatWithUnit(20_000_000, '')).toBe('2000 万')
    expect(formatWithUnit(3000, '')).toBe('3000')
  })

  it('says a lower bound as 超 …', () => {
    expect(formatWithUnit(10_000_000, '家', { atLeast: true })).toBe('超 1000 万家')
    expect(formatWithUnit(10_000_000, '', { atLeast: true })).toBe('超 1000 万')
    expect(formatWithUnit(3000, '人', { atLeast: true })).toBe('超 3000 人')
  })

  it('throws on non-finite input', () => {
    expect(() => formatWithUnit(Number.NaN, '家')).toThrow(TypeError)
  })
})

describe('houseSpacing', () => {
  it('puts a space where Latin letters or digits meet Chinese, and only there', () => {
    expect(houseSpacing('钉钉是企业微信 1.0的')).toBe('钉钉是企业微信 1.0 的')
    expect(houseSpacing('企业QQ的2007年')).toBe('企业 QQ 的 2007 年')
    expect(houseSpacing('钉钉是企业号的')).toBe('钉钉是企业号的')
    expect(houseSpacing('1000 万+')).toBe('1000 万+')
    expect(houseSpacing('B2B2C 数字化')).toBe('B2B2C 数字化')
  })
})

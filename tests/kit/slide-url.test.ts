/**
 * @vitest-environment node
 *
 * The rules setup/main.ts applies to a slide address that names no slide (client/slide-url.ts).
 * The browser side (the redirect and the notice on the page) is tests/e2e/bad-input.spec.ts.
 */
import { describe, expect, it } from 'vitest'
import { resolveSlideAddress, shownAddress, unknownPathNotice } from '../../addons/kit/client/slide-url'
import { zhCN } from '../../addons/kit/shared/words/zh-CN'

describe('resolveSlideAddress', () => {
  it('accepts every slide number of the deck', () => {
    for (let no = 1; no <= 21; no++)
      expect(resolveSlideAddress(String(no), 21, zhCN)).toEqual({ kind: 'slide', no })
  })

  it('a number past the end goes to the last slide and says how many slides there are', () => {
    expect(resolveSlideAddress('999', 21, zhCN)).toEqual({
      kind: 'redirect',
      no: 21,
      notice: '没有第 999 页：本演示共 21 页，已跳到最后一页。',
    })
    expect(resolveSlideAddress('22', 21, zhCN)).toMatchObject({ kind: 'redirect', no: 21 })
  })

  it('slide 0 goes to slide 1', () => {
    expect(resolveSlideAddress('0', 21, zhCN)).toEqual({ kind: 'redirect', no: 1, notice: '没有第 0 页：本演示共 21 页，已回到第 1 页。' })
  })

  it('what is not a page number goes to slide 1 and says so', () => {
    for (const raw of ['abc', '-1', '2.5', '1e3', ' 3', '三']) {
      expect(resolveSlideAddress(raw, 21, zhCN), raw).toMatchObject({
        kind: 'redirect',
        no: 1,
        notice: expect.stringContaining('不是页码：本演示共 21 页'),
      })
    }
    expect(resolveSlideAddress('abc', 21, zhCN)).toMatchObject({ notice: '「abc」不是页码：本演示共 21 页，已回到第 1 页。' })
  })

  it('a malformed percent-encoding is shown as typed, never thrown', () => {
    expect(() => resolveSlideAddress('%E0%A4%A', 21, zhCN)).not.toThrow()
    expect(resolveSlideAddress('%E0%A4%A', 21, zhCN)).toMatchObject({ kind: 'redirect', no: 1, notice: '「%E0%A4%A」不是页码：本演示共 21 页，已回到第 1 页。' })
    expect(resolveSlideAddress('%E4%B8%89', 21, zhCN)).toMatchObject({
      notice: expect.stringContaining('「三」'),
    })
  })

  it('a slide\'s routeAlias is a valid address; /index.html is the start, without a notice', () => {
    expect(resolveSlideAddress('map', 21, zhCN, new Map([
      ['map', 17],
    ]))).toEqual({ kind: 'slide', no: 17 })
    expect(resolveSlideAddress('index.html', 21, zhCN)).toEqual({ kind: 'redirect', no: 1 })
  })

  it('refuses a deck without slides', () => {
    expect(() => resolveSlideAddress('1', 0, zhCN)).toThrow(RangeError)
  })
})

describe('notice text', () => {
  it('keeps a long address short', () => {
    expect(shownAddress('x'.repeat(100))).toHaveLength(40)
    expect(shownAddress('x'.repeat(100)).endsWith('…')).toBe(true)
  })

  it('an unknown path gets its own notice', () => {
    expect(unknownPathNotice('/x/y', 21, zhCN)).toBe('找不到「/x/y」：本演示共 21 页，已回到第 1 页。')
  })
})

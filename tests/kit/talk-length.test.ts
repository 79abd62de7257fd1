import { describe, expect, it } from 'vitest'
import { clickCount, clockText, DEFAULT_RATE, spokenLength, spokenText } from '../../addons/kit/shared/talk-length'

describe('the spoken length of a slide\'s notes', () => {
  it('counts Han characters, digits, Latin words and clicks', () => {
    const l = spokenLength('大家好，今天讲 RTX 和 QQ。\n\n[click] 2001 年。')
    expect(l).toMatchObject({
      han: 8,
      digits: 4,
      latinWords: 2,
      clicks: 1,
    })
    expect(l.seconds).toBeCloseTo((8 + 4 + 2) / 220 * 60 + 3, 6)
  })

  it('leaves out stage directions, tags and Markdown markup', () => {
    const note = '**先说结论**。\n\n<p class="cue">节奏：讲 18 分钟。</p>\n\n<span class="x">定位</span>'
    expect(spokenText(note)).not.toContain('节奏')
    expect(spokenLength(note)).toMatchObject({ han: 6, digits: 0, latinWords: 0 })
  })

  it('counts [click:N] as N clicks', () => {
    expect(clickCount('[click] a [click:3] b [CLICK]')).toBe(5)
  })

  it('follows the rate it is given, and refuses one that cannot be', () => {
    const text = '一二三四五六七八九十'
    expect(spokenLength(text, { perMinute: 60, clickSeconds: 0 }).seconds).toBeCloseTo(10, 6)
    expect(spokenLength(text, DEFAULT_RATE).seconds).toBeCloseTo(10 / 220 * 60, 6)
    expect(() => spokenLength(text, { perMinute: 0, clickSeconds: 3 })).toThrow(/perMinute/)
    expect(() => spokenLength(text, { perMinute: 220, clickSeconds: -1 })).toThrow(/clickSeconds/)
  })

  it('writes minutes and seconds', () => {
    expect(clockText(0)).toBe('0:00')
    expect(clockText(65.4)).toBe('1:05')
    expect(clockText(-80)).toBe('-1:20')
    expect(clockText(18 * 60)).toBe('18:00')
  })
})

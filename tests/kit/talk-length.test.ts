import { describe, expect, it } from 'vitest'
import { clickCount, clockText, DEFAULT_RATE, spokenLength, spokenText, talkLength } from '../../addons/kit/shared/talk-length'

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

  it('states its default rate: 220 characters a minute, 3 seconds a click', () => {
    expect(DEFAULT_RATE).toEqual({ perMinute: 220, clickSeconds: 3 })
  })

  it('counts each digit as one, each run of Latin letters as one word', () => {
    const r = spokenLength('2019 年，企业微信 3.0 打通了 QQ 和 App；B2B2C。')
    // 2019 3.0 2 2 → 4 + 2 + 2 digits; QQ, App, B, B, C → 5 words.
    expect(r.digits).toBe(8)
    expect(r.latinWords).toBe(5)
    expect(r.han).toBe(9)
  })

  it('says a link\'s text, not its address, and nothing of an image or a comment', () => {
    const note = [
      '**先**说结论，`定位`在前。',
      '',
      '- 第一',
      '',
      '<p class="cue">节奏：讲 18 分钟，留 2 分钟提问。</p>',
      '',
      '<span class="x">看</span>[原文](https://example.org/a1b2)。![图](x.png)<!-- 不念 -->',
    ].join('\n')
    expect(spokenText(note)).toBe('先说结论，定位在前。 第一 看原文。')
    expect(spokenLength(note)).toMatchObject({
      han: 13,
      digits: 0,
      latinWords: 0,
      clicks: 0,
    })
  })

  it('talkLength is the sum over the slides', () => {
    const t = talkLength(['一二', '[click] 三 4', ''])
    expect(t).toMatchObject({
      han: 3,
      digits: 1,
      latinWords: 0,
      clicks: 1,
    })
    expect(t.seconds).toBeCloseTo(4 / 220 * 60 + 3, 9)
  })
})

/**
 * @vitest-environment node
 *
 * The spoken length of the talk (client/talk-length.ts): what it counts on small notes, so the
 * count can be trusted, and the whole talk, read from slides.md by Slidev's own parser, against
 * its slot: 18 minutes of speaking, leaving 2 of the 20 for questions (docs/talk.md).
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DEFAULT_RATE, spokenSeconds, spokenText, talkLength } from '../../client/talk-length'
import { deck } from '../../data/facts'

const SLIDES_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../slides.md')
const DOCS_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/talk.md')

/** Minutes of speaking the slot allows: the deck's minutes less two for questions. */
const SPEAKING_MINUTES = deck.minutes - 2

describe('spokenSeconds on small notes', () => {
  it('states its default rate: 220 characters a minute, 3 seconds a click', () => {
    expect(DEFAULT_RATE).toEqual({ charsPerMinute: 220, secondsPerClick: 3 })
  })

  it('counts Han characters, not punctuation', () => {
    const r = spokenSeconds('大家好，今天讲定位。')
    expect(r).toMatchObject({
      han: 8,
      digits: 0,
      latinWords: 0,
      clicks: 0,
    })
    expect(r.seconds).toBeCloseTo(8 / 220 * 60, 9)
  })

  it('counts each digit as one, each run of Latin letters as one word', () => {
    const r = spokenSeconds('2019 年，企业微信 3.0 打通了 QQ 和 App；B2B2C。')
    // 2019 3.0 2 2 → 4 + 2 + 2 digits; QQ, App, B, B, C → 5 words.
    expect(r.digits).toBe(8)
    expect(r.latinWords).toBe(5)
    expect(r.han).toBe(9)
    expect(r.seconds).toBeCloseTo((9 + 8 + 5) / 220 * 60, 9)
  })

  it('adds 3 seconds for each [click], N clicks for [click:N]', () => {
    expect(spokenSeconds('[click] 一 [click] 二').clicks).toBe(2)
    expect(spokenSeconds('[click:3] 三').clicks).toBe(3)
    const r = spokenSeconds('[click] 好')
    expect(r.seconds).toBeCloseTo(1 / 220 * 60 + 3, 9)
    // The marks are not read out.
    expect(r.latinWords).toBe(0)
  })

  it('leaves out stage directions (<p class="cue">), HTML tags and Markdown marks', () => {
    const note = [
      '**先**说结论，`定位`在前。',
      '',
      '- 第一',
      '',
      '<p class="cue">节奏：讲 18 分钟，留 2 分钟提问。</p>',
      '',
      '<span class="x">看</span>[原文](https://example.org/a1b2)。',
    ].join('\n')
    expect(spokenText(note)).toBe('先说结论，定位在前。 第一 看原文。')
    const r = spokenSeconds(note)
    expect(r).toMatchObject({
      han: 13,
      digits: 0,
      latinWords: 0,
      clicks: 0,
    })
  })

  it('takes another rate, and refuses one that cannot be', () => {
    expect(spokenSeconds('一二三四五六', { charsPerMinute: 60, secondsPerClick: 0 }).seconds).toBe(6)
    expect(() => spokenSeconds('一', { charsPerMinute: 0, secondsPerClick: 3 })).toThrow(RangeError)
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

describe('the talk', () => {
  it(`is at most ${SPEAKING_MINUTES} minutes spoken, at the default rate`, async () => {
    const { parseSync } = await import('@slidev/parser')
    const parsed = parseSync(readFileSync(SLIDES_PATH, 'utf8'), SLIDES_PATH)
    const notes = parsed.slides.map(s => s.note ?? '')
    expect(notes.every(n => n.trim() !== '')).toBe(true)
    const t = talkLength(notes)
    const minutes = t.seconds / 60
    // eslint-disable-next-line no-console -- the length is part of the report
    console.info(`spoken length: ${minutes.toFixed(1)} min (${t.han} Han characters, ${t.digits} digits, ${t.latinWords} Latin words, ${t.clicks} clicks over ${notes.length} slides)`)
    expect(minutes).toBeLessThanOrEqual(SPEAKING_MINUTES)
    // docs/talk.md states the length the function computes, to the tenth of a minute.
    expect(readFileSync(DOCS_PATH, 'utf8')).toContain(`${minutes.toFixed(1)} 分钟`)
  })
})

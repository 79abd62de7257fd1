/**
 * @vitest-environment node
 *
 * The talk against its slot: its speaker notes, read by the kit's reader of a talk, at the rate the
 * talk states in deck.config.ts (200 characters a minute, 3 s a click; what the kit counts is
 * tested in tests/kit/talk-length.test.ts), are at most 18 minutes spoken, leaving 2 of the 20 for
 * questions (docs/talk.md). The presenter's time plan uses the same rate.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readDeck } from '../../addons/kit/node/deck'
import { talkLength } from '../../addons/kit/shared/talk-length'
import { kit } from '../talk'
import { deck } from './said-zh'

const SLIDES_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../slides.md')
const DOCS_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/talk.md')

/** Minutes of speaking the slot allows: the deck's minutes less two for questions. */
const SPEAKING_MINUTES = deck.minutes - 2

describe('the talk', () => {
  it('states its pace: 200 characters a minute and 3 s a click, for its length and its time plan', () => {
    expect(kit.plan.rate).toEqual({ perMinute: 200, clickSeconds: 3 })
  })

  it(`is at most ${SPEAKING_MINUTES} minutes spoken, at its stated rate`, async () => {
    const notes = (await readDeck(SLIDES_PATH)).slides.map(s => s.note)
    expect(notes.every(n => n.trim() !== '')).toBe(true)
    const t = talkLength(notes, kit.plan.rate)
    const minutes = t.seconds / 60
    // eslint-disable-next-line no-console -- the length is part of the report
    console.info(`spoken length: ${minutes.toFixed(1)} min (${t.han} Han characters, ${t.digits} digits, ${t.latinWords} Latin words, ${t.clicks} clicks over ${notes.length} slides)`)
    expect(minutes).toBeLessThanOrEqual(SPEAKING_MINUTES)
    // docs/talk.md states the length the function computes, to the tenth of a minute.
    expect(readFileSync(DOCS_PATH, 'utf8')).toContain(`${minutes.toFixed(1)} 分钟`)
  })
})

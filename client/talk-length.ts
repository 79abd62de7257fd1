/**
 * How long the talk takes to say, computed from its speaker notes: what the presenter reads aloud
 * (Han characters, digits, Latin words) at a speaking rate, plus a pause for every click.
 *
 * Pure functions over one slide's notes source (the Markdown between `<!--` and `-->`, as
 * @slidev/parser gives it in `slide.note`), with no import of the talk itself: the deck's shared
 * kit and a presenter's per-slide clock can use it as it is. docs/talk.md states the rate and the
 * length of this talk; tests/unit/talk-length.test.ts holds the talk to its slot.
 */

export interface SpeechRate {
  /** Characters said a minute; a Han character, a digit and a Latin word count one each. */
  charsPerMinute: number
  /** Seconds a click costs (the presenter advances, the room looks). */
  secondsPerClick: number
}

/** 220 characters a minute, a measured conversational pace in Chinese, and 3 seconds a click. */
export const DEFAULT_RATE: SpeechRate = { charsPerMinute: 220, secondsPerClick: 3 }

export interface SpokenLength {
  seconds: number
  /** Han characters said. */
  han: number
  /** Digits said, one by one (2019 is four). */
  digits: number
  /** Runs of Latin letters said as words (RTX, QQ, App; B2B2C is three runs and two digits). */
  latinWords: number
  /** Clicks: each `[click]` one, each `[click:N]` N. */
  clicks: number
}

/**
 * A stage direction for the presenter only, written in the notes as `<p class="cue">…</p>`: shown in
 * the presenter view, never said (the reading edition leaves it out the same way).
 */
const CUE = /<p\s+class="cue"[^>]*>[\s\S]*?<\/p>/g
const CLICK = /\[click(?::(\d+))?\]/g

/** The words the presenter says: stage directions, click marks, HTML and Markdown markup taken out. */
export function spokenText(noteSource: string): string {
  return noteSource
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(CUE, ' ')
    .replace(CLICK, ' ')
    .replace(/<[^>]*>/g, '')
    // Images say nothing; a link says its text, not its address.
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    // Headings, list markers, quotes, emphasis, code marks.
    .replace(/^\s{0,3}(?:#{1,6}|[-*+>]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

function clicksIn(noteSource: string): number {
  let n = 0
  for (const m of noteSource.replace(CUE, ' ').matchAll(CLICK)) {
    n += m[1] === undefined
      ? 1
      : Number(m[1])
  }
  return n
}

/** The spoken length of ONE slide's notes, with what it counted. */
export function spokenSeconds(noteSource: string, rate: SpeechRate = DEFAULT_RATE): SpokenLength {
  if (!(rate.charsPerMinute > 0) || !(rate.secondsPerClick >= 0))
    throw new RangeError(`spokenSeconds: a rate needs charsPerMinute > 0 and secondsPerClick >= 0, got ${JSON.stringify(rate)}`)
  const text = spokenText(noteSource ?? '')
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0
  const digits = text.match(/\d/g)?.length ?? 0
  const latinWords = text.match(/[A-Z]+/gi)?.length ?? 0
  const clicks = clicksIn(noteSource ?? '')
  const seconds = (han + digits + latinWords) / rate.charsPerMinute * 60 + clicks * rate.secondsPerClick
  return {
    seconds,
    han,
    digits,
    latinWords,
    clicks,
  }
}

/** The spoken length of a whole talk: the sum over its slides' notes (one entry a slide). */
export function talkLength(noteSources: readonly string[], rate: SpeechRate = DEFAULT_RATE): SpokenLength {
  return noteSources.map(n => spokenSeconds(n, rate)).reduce((a, b) => ({
    seconds: a.seconds + b.seconds,
    han: a.han + b.han,
    digits: a.digits + b.digits,
    latinWords: a.latinWords + b.latinWords,
    clicks: a.clicks + b.clicks,
  }), {
    seconds: 0,
    han: 0,
    digits: 0,
    latinWords: 0,
    clicks: 0,
  })
}

/**
 * How long a slide takes to say, from its speaker notes: the one measure the talk's length test,
 * the presenter's time plan and the handout's minutes share.
 *
 * Counted from the notes as written (the Markdown between `<!--` and `-->`): every Han character
 * is one spoken syllable; every digit is read aloud as one; a Latin word (RTX, QQ, B2B2C) counts as
 * one; every `[click]` (`[click:N]` counts N) adds a pause while the slide changes. Stage
 * directions (`<p class="cue">…</p>`), HTML tags and Markdown markup are not spoken.
 *
 * The default rate is a calm Chinese talk at a meetup: 220 characters a minute and 3 seconds a
 * click (docs/talk.md says where the figures come from).
 */

export interface SpeechRate {
  /** Spoken characters (Han characters, digits, Latin words) a minute. */
  perMinute: number
  /** Seconds each click costs (the slide changes, the room looks). */
  clickSeconds: number
}

export const DEFAULT_RATE: SpeechRate = { perMinute: 220, clickSeconds: 3 }

export interface SpokenLength {
  seconds: number
  han: number
  digits: number
  latinWords: number
  clicks: number
}

const CUE = /<p\s+class="cue"[^>]*>[\s\S]*?<\/p>/g
const CLICK = /\[click(?::(\d+))?\]/gi

/** The words the presenter says: stage directions, click marks, HTML and Markdown markup taken out. */
export function spokenText(note: string): string {
  return note
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

/** Clicks the notes mark (`[click]` is one, `[click:3]` three), outside stage directions. */
export function clickCount(note: string): number {
  let n = 0
  for (const m of note.replace(CUE, ' ').matchAll(CLICK)) {
    n += m[1]
      ? Number(m[1])
      : 1
  }
  return n
}

export function spokenLength(note: string, rate: SpeechRate = DEFAULT_RATE): SpokenLength {
  if (!(rate.perMinute > 0) || !(rate.clickSeconds >= 0))
    throw new RangeError(`speech rate: perMinute must be > 0 and clickSeconds ≥ 0, got ${rate.perMinute} and ${rate.clickSeconds}`)
  const text = spokenText(note)
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0
  const digits = text.match(/\d/g)?.length ?? 0
  // A run of Latin letters is one word (RTX, QQ, App; B2B2C is three runs and two digits).
  const latinWords = text.match(/[a-z]+/gi)?.length ?? 0
  const clicks = clickCount(note)
  const seconds = (han + digits + latinWords) / rate.perMinute * 60 + clicks * rate.clickSeconds
  return {
    seconds,
    han,
    digits,
    latinWords,
    clicks,
  }
}

/** The spoken length of a whole talk: the sum over its slides' notes (one entry a slide). */
export function talkLength(notes: readonly string[], rate: SpeechRate = DEFAULT_RATE): SpokenLength {
  return notes.map(n => spokenLength(n, rate)).reduce((a, b) => ({
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

/** "18:05": minutes and seconds, for people. */
export function clockText(seconds: number): string {
  const s = Math.round(Math.abs(seconds))
  return `${seconds < 0
    ? '-'
    : ''}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

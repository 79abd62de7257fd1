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

/** The notes without what is not said aloud: stage directions, tags, Markdown markup. */
export function spokenText(note: string): string {
  return note
    .replace(/<p class="cue"[^>]*>[\s\S]*?<\/p>/g, ' ')
    .replace(/\[click(?::\d+)?\]/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`#>|[\]]/g, ' ')
}

/** Clicks the notes mark (`[click]` is one, `[click:3]` three). */
export function clickCount(note: string): number {
  let n = 0
  for (const m of note.matchAll(/\[click(?::(\d+))?\]/gi)) {
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
  const latinWords = text.match(/[a-z]+(?:['’][a-z]+)*/gi)?.length ?? 0
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

/** "18:05": minutes and seconds, for people. */
export function clockText(seconds: number): string {
  const s = Math.round(Math.abs(seconds))
  return `${seconds < 0
    ? '-'
    : ''}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

import type { InjectionKey } from 'vue'

/**
 * Provided as `true` by the reading edition (the `/read` page) around the slides it reflows for a
 * phone column. The chart and the map inject it and lay themselves out for a narrow screen (full
 * width, labels at least 12 CSS px); on slides, in the PDF and in the handout it is absent (false).
 */
export const READING_EDITION: InjectionKey<boolean> = Symbol('deck:reading-edition')

/** The reading edition's path under the deck's base: `<base>read/`. */
export const READING_PATH = 'read/'

/**
 * The query parameter a link from the reading edition to the slides carries (`?view=slides`), and
 * the localStorage key that remembers it. Plain links, so they work with JavaScript off; the head
 * script of index.html (client/view.ts) reads them before anything paints.
 */
export const VIEW_PARAM = 'view'
export const VIEW_KEY = 'deck:view'
export type DeckView = 'slides' | 'read'

/** `<base>read/#17`: slide 17 in the reading edition (no anchor for the top of the page). */
export function readingHref(base: string, no?: number): string {
  return `${base}${READING_PATH}${no === undefined
    ? ''
    : `#${no}`}`
}

/** `<base>17?view=slides`: slide 17 in the presentation, asked for explicitly (a phone stays there). */
export function slidesHref(base: string, no: number): string {
  return `${base}${no}?${VIEW_PARAM}=slides`
}

/**
 * A stage direction in the notes, for the presenter only: a paragraph written in the notes as
 * `<p class="cue">…</p>`. The presenter view shows it (styled as a cue); the reading edition, the
 * handout and the spoken length of the talk leave it out.
 */
export const CUE = /<p class="cue"[^>]*>[\s\S]*?<\/p>\s*/g

/**
 * A slide's speaker notes as prose for readers: Slidev's rendered notes (`noteHTML`) without the
 * `[click]` marks (Slidev turns each into an empty `<span class="slidev-note-click-mark">`), which
 * only tell the speaker when to advance, and without the stage directions (CUE).
 */
export function notesProse(noteHTML: string | undefined): string {
  return (noteHTML ?? '')
    .replace(/<span class="slidev-note-click-mark"[^>]*><\/span>\s*/g, '')
    .replace(CUE, '')
    .trim()
}

/**
 * Sizes of the handout page (A4 portrait, CSS px at 96 per inch). The slide is drawn on its own
 * canvas (980 × 551.25) and scaled to the content width, as Slidev's print page scales it.
 */
export const HANDOUT = {
  /** @page margin, mm */
  marginMm: 14,
  pageWidthMm: 210,
  pageHeightMm: 297,
  pxPerMm: 96 / 25.4,
} as const

/** Width in CSS px of the handout's content box (the A4 width less both margins). */
export function handoutContentWidth(): number {
  return (HANDOUT.pageWidthMm - 2 * HANDOUT.marginMm) * HANDOUT.pxPerMm
}

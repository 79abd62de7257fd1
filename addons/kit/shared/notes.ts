/**
 * Speaker notes as Slidev renders them (`noteHTML`) and as the talk writes them (the Markdown in
 * `<!-- … -->` at the end of a slide).
 *
 * A stage direction, for the presenter only, is a paragraph written in the notes as
 * `<p class="cue">…</p>`: the presenter view shows it (marked as a cue); the reading edition, the
 * handout and the talk's spoken length leave it out.
 */

/** A stage direction in rendered notes (Slidev passes the HTML through as it is). */
export const CUE = /<p class="cue"[^>]*>[\s\S]*?<\/p>\s*/g

/**
 * A slide's speaker notes as prose for readers: Slidev's rendered notes without the `[click]`
 * marks (Slidev turns each into an empty `<span class="slidev-note-click-mark">`), which only tell
 * the speaker when to advance, and without the stage directions.
 */
export function notesProse(noteHTML: string | undefined): string {
  return (noteHTML ?? '')
    .replace(/<span class="slidev-note-click-mark"[^>]*><\/span>\s*/g, '')
    .replace(CUE, '')
    .trim()
}

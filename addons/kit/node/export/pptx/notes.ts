/**
 * Speaker notes for PowerPoint's notes pane, from the talk's own Markdown (`readDeck()`'s
 * `note`): one paragraph a paragraph, plain text. The `[click]` marks go (the PPTX shows every
 * slide in its final state, so there is nothing to click to); a stage direction
 * (`<p class="cue">…</p>`, shared/notes.ts) stays, marked as the presenter view marks it
 * ("提示 · …"), because the notes pane is the presenter's.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: '\'',
  nbsp: ' ',
}

function plain(markdown: string): string {
  return markdown
    .replace(/\[click(?::\d+)?\]/g, '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*\w])[*_]([^*_\s][^*_]*)[*_](?=[^*\w]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) => e.startsWith('#')
      ? String.fromCodePoint(e[1]!.toLowerCase() === 'x'
          ? Number.parseInt(e.slice(2), 16)
          : Number(e.slice(1)))
      : ENTITIES[e.toLowerCase()] ?? m)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim()
}

/** The notes as paragraphs of plain text; `cueLabel` marks a stage direction. */
export function notesParagraphs(markdown: string, cueLabel: string): string[] {
  const out: string[] = []
  for (const block of markdown.split(/\n\s*\n/)) {
    const cue = block.match(/^\s*<p class="cue"[^>]*>([\s\S]*?)<\/p>\s*$/)
    const text = plain(cue
      ? cue[1]!
      : block)
    if (text) {
      out.push(cue
        ? `${cueLabel} · ${text}`
        : text)
    }
  }
  return out
}

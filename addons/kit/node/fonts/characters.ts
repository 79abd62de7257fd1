import type { Deck } from '../deck.ts'
/**
 * Which characters a talk can draw, for subsetting its typeface (subset.ts). Two sets:
 *
 *   slides  what a slide, a component or the deck's UI can draw: the slides without their speaker
 *           notes, the talk's code folders (whole files, so every string is in, comments too),
 *           the words of the kit's UI as the talk resolves them and the talk's other kit options
 *           (the kit's own components draw no text but these words), printable ASCII and common
 *           full-width punctuation
 *   notes   characters that only the speaker notes use (presenter view, reading edition, handout)
 *
 * The notes are prose: their bold weights need only the characters the notes set in bold
 * (`boldNotes`: **…**, __…__, <strong>, <b>, headings), usually none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/** Characters a deck may draw whatever its text says: Slidev's UI (ASCII) and common punctuation. */
export const BASE_CHARS = `${String.fromCodePoint(...Array.from({ length: 0x7F - 0x20 }, (_, i) => 0x20 + i))
}，。、：；？！「」『』（）《》〈〉【】〔〕—–…·・“”‘’～％＋－／＝`

/** The talk's folders whose code can put text on a slide, unless its typeface names others. */
export const DEFAULT_SOURCES = [
  'components',
  'layouts',
  'setup',
  'data',
  'lib',
]
const SOURCE_EXT = /\.(?:vue|ts)$/
/** Files at a root that draw: Slidev's global layers (*.vue) and the talk's kit options. */
const ROOT_FILES = (name: string) => name.endsWith('.vue') || name === 'deck.config.ts'

/** Sorted, distinct code points of what can be drawn (no line breaks or other control characters). */
export function codePoints(text: string): number[] {
  const set = new Set<number>()
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (cp >= 0x20 && !(cp >= 0x7F && cp < 0xA0) && cp !== 0xFEFF)
      set.add(cp)
  }
  return [...set].sort((a, b) => a - b)
}

/** A deck's text split into what the slides show (frontmatter and content) and the speaker notes. */
export function deckText(deck: Pick<Deck, 'slides'>): { slides: string, notes: string } {
  return {
    slides: deck.slides.map(s => `${JSON.stringify(s.frontmatter)}\n${s.content}`).join('\n'),
    notes: deck.slides.map(s => s.note).join('\n'),
  }
}

/** The code files under `root` in `dirs` (and its root-level drawing files), absolute, in a stable order. */
export function sourceFiles(root: string, dirs: readonly string[] = DEFAULT_SOURCES): string[] {
  const files = readdirSync(root).filter(ROOT_FILES).map(f => join(root, f))
  for (const dir of dirs) {
    if (!existsSync(join(root, dir)))
      continue
    for (const f of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })) {
      if (SOURCE_EXT.test(f) && !f.includes('node_modules'))
        files.push(join(root, dir, f))
    }
  }
  return files.sort()
}

export interface CharSets {
  slides: number[]
  notes: number[]
  /** The part of `notes` the notes set in bold (what their bold faces need). */
  boldNotes: number[]
  /** For messages: the files (or "slides.md", "slides.md (notes)") each code point came from. */
  from: Map<number, string[]>
}

export interface CharSources {
  deck: Pick<Deck, 'slides' | 'root'>
  /** The talk's folders to scan (Typeface.sources). */
  dirs?: readonly string[]
  /** Text the kit's options put on screen (words, credit, section titles). */
  options?: string
  /** Where the slides came from, for messages. */
  entry?: string
}

/** The text of a note's bold runs: **…**, __…__, <strong>, <b>, <th>, <h1>…<h6>, # headings. */
export function boldText(markdown: string): string {
  const runs: string[] = []
  for (const m of markdown.matchAll(/\*\*([\s\S]+?)\*\*|__([\s\S]+?)__|<(strong|b|th|h[1-6])\b[^>]*>([\s\S]*?)<\/\3>|^#{1,6}[ \t](.*)$/gim))
    runs.push(m[1] ?? m[2] ?? m[4] ?? m[5] ?? '')
  return runs.join('\n')
}

/** The two character sets of a talk, computed from its sources (not from a build). */
export function charSets({ deck, dirs, options = '', entry = 'slides.md' }: CharSources): CharSets {
  const { slides, notes } = deckText(deck)
  const from = new Map<number, string[]>()
  const note = (text: string, where: string) => {
    for (const cp of codePoints(text)) {
      const list = from.get(cp) ?? []
      list.push(where)
      from.set(cp, list)
    }
  }
  note(slides, entry)
  const sources = sourceFiles(deck.root, dirs).map(f => [
    relative(deck.root, f),
    readFileSync(f, 'utf8'),
  ] as const)
  for (const [f, text] of sources)
    note(text, f)
  note(options, 'deck.config.ts (the kit\'s options)')
  note(notes, `${entry} (notes)`)
  const slideSet = new Set(codePoints(BASE_CHARS + slides + options + sources.map(([, t]) => t).join('\n')))
  const notesOnly = codePoints(notes).filter(cp => !slideSet.has(cp))
  const bold = new Set(codePoints(deck.slides.map(s => boldText(s.note)).join('\n')))
  return {
    slides: [...slideSet].sort((a, b) => a - b),
    notes: notesOnly,
    boldNotes: notesOnly.filter(cp => bold.has(cp)),
    from,
  }
}

/** CSS `unicode-range` for sorted code points, runs joined: U+20-7E,U+4E00,U+4E07-4E09. */
export function unicodeRange(sorted: readonly number[]): string {
  const parts: string[] = []
  const hex = (n: number) => n.toString(16).toUpperCase()
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i]! + 1)
      i++
    parts.push(start === sorted[i]
      ? `U+${hex(start)}`
      : `U+${hex(start)}-${hex(sorted[i]!)}`)
  }
  return parts.join(',')
}

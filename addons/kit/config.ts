/**
 * The kit's options: everything the kit needs to know about a talk, in one typed object that the
 * talk writes in `deck.config.ts` beside its `slides.md`:
 *
 *   import { defineKit } from 'slidev-addon-deck-kit'
 *   export default defineKit({ url: 'https://example.org/my-talk/', … })
 *
 * The kit reads that file (`loadKit` in node/deck.ts) for its Vite plugins, its exporter and its
 * tests, and hands the browser what it needs through `virtual:deck-kit`. The rest comes from the
 * talk's headmatter as Slidev resolves it (title, author, lang, exportFilename, canvasWidth…).
 *
 * Plain, erasable TypeScript: Node runs this file as it is (type stripping) and the browser code
 * imports its types.
 */
import type { SpeechRate } from './shared/talk-length.ts'
import type { KitWords } from './shared/words.ts'
import { READING_PATH } from './shared/constants.ts'
import { parseTime } from './shared/duration.ts'
import { DEFAULT_RATE } from './shared/talk-length.ts'
import { wordsFor } from './shared/words.ts'

/** A typeface shipped with the talk: a font package from npm, subset at build time to what the talk draws. */
export interface Typeface {
  /** The CSS family name the talk's styles ask for, e.g. "Noto Sans SC". */
  family: string
  /** The npm package holding the font files (a dependency of the talk). */
  package: string
  /** Static TrueType files inside the package, by weight: { 400: 'x/Regular.ttf', 700: … }. */
  files: Record<number, string>
  /** The licence file inside the package, copied beside the fonts (default: OFL.txt or LICENSE). */
  license?: string
  /**
   * Folders under the talk's root whose `.vue` and `.ts` files can put text on a slide (their
   * characters go into the "slides" subset). Default: components, layouts, setup, data, lib.
   */
  sources?: string[]
}

export interface ManifestAdditions {
  short_name?: string
  description?: string
  lang?: string
  theme_color?: string
  background_color?: string
  icons?: { src: string, sizes: string, type: string, purpose?: string }[]
}

/**
 * The time plan the presenter view keeps (shared/plan.ts, docs/presenting.md). Times are written
 * like Slidev's `duration`: 45s, 2min, 1:30, or a number of seconds.
 */
export interface PlanOptions {
  /**
   * Time kept after the last slide for questions (default 0): the slides are planned to fill the
   * headmatter's `duration` less this, and the presenter view counts it as questions time.
   */
  questions?: string | number
  /** How fast the notes are spoken (default 220 characters a minute, 3 s a click: shared/talk-length.ts). */
  rate?: Partial<SpeechRate>
  /** The least a slide of a layout is planned for, by layout name; `*` for every other slide. Default { section: '12s' }. */
  floors?: Record<string, string | number>
  /** Ahead or behind by up to this reads as on time, and a rehearsed slide is marked long or short beyond it. Default 15s. */
  tolerance?: string | number
}

export interface ResolvedPlan {
  /** Seconds. */
  questions: number
  rate: SpeechRate
  /** Seconds, by layout. */
  floors: Record<string, number>
  /** Seconds. */
  tolerance: number
}

export const DEFAULT_PLAN: ResolvedPlan = {
  questions: 0,
  rate: DEFAULT_RATE,
  floors: { section: 12 },
  tolerance: 15,
}

export interface KitOptions {
  /**
   * The address people open and share (absolute http(s), ending in "/"): the QR codes, the short
   * URL, link previews and the PDFs' links come from it. DECK_URL overrides it for one build.
   */
  url: string
  /**
   * The path the built site is served under ("/" or "/talk/"). DECK_BASE overrides it; the kit's
   * build command passes it to `slidev build --base`. The dev server and the exporter use "/".
   */
  base?: string
  /** The talk's own typeface, subset and served from the deck's origin; false: the system's fonts. */
  typeface?: Typeface | false
  /** The source the talk credits, as plain text: `short` on screen, `full` in the reading edition, the handout and the PDFs. */
  credit?: { short: string, full: string }
  /**
   * Titles of the talk's sections, by the `section:` value in each slide's frontmatter: the reading
   * edition's contents, the handout and the PDF bookmarks group slides under them. A slide
   * without `section:` stays in the section before it.
   */
  sections?: Record<string, string>
  /** The words of the kit's UI (reading edition, notices, handout, navigation) the talk says its own way, over the kit's words in the talk's `lang` (shared/words/). */
  words?: Partial<KitWords>
  /** Additions to the web app manifest Slidev writes for `pwa: build` (icons, names, colours). */
  manifest?: ManifestAdditions
  /** Where the exporter writes (relative to the talk's root). Default "exports". */
  exportDir?: string
  /** The presenter view's time plan and rehearsals. */
  plan?: PlanOptions
  /** The editable PowerPoint file (node/export/pptx/): the faces its text names. */
  pptx?: PptxOptions
}

/**
 * PowerPoint names fonts; it does not carry them. The faces a recipient's office suite has: by
 * default Arial for Latin letters and digits (Windows and macOS have it, LibreOffice draws it with
 * the metric-compatible Liberation Sans) and Microsoft YaHei (微软雅黑) for Chinese (Windows, and
 * WPS on it); a suite without one substitutes a face of its own (docs/export.md says which).
 */
export interface PptxOptions {
  /** The face for Latin letters and digits. Default "Arial". */
  latinFont?: string
  /** The face for Chinese (the runs' East Asian slot and the theme's). Default "Microsoft YaHei". */
  eastAsianFont?: string
}

/** What the kit uses: the options with every default filled in and the environment applied. */
export interface ResolvedKit {
  url: string
  /** `url` without scheme and trailing slash, for people to type. */
  shortUrl: string
  /** The reading edition's address, `<url>read/`: what the QR codes encode. */
  readUrl: string
  base: string
  /** True while `url` is a placeholder host (example.org/.com/.net): the build warns. */
  placeholder: boolean
  typeface: Typeface | false
  credit: { short: string, full: string }
  sections: Record<string, string>
  words: KitWords
  manifest: ManifestAdditions
  exportDir: string
  plan: ResolvedPlan
  pptx: Required<PptxOptions>
}

/** The faces of the editable PPTX unless a talk names others. */
export const DEFAULT_EAST_ASIAN_FONT = 'Microsoft YaHei'
export const DEFAULT_LATIN_FONT = 'Arial'

export function defineKit(options: KitOptions): KitOptions {
  return options
}

export function normalizeUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw.trim())
  }
  catch {
    throw new Error(`deck.config: the deck's url (or DECK_URL) must be an absolute http(s) URL, got ${JSON.stringify(raw)}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`deck.config: the deck's url (or DECK_URL) must be http(s), got ${JSON.stringify(raw)}`)
  url.hash = ''
  url.search = ''
  if (!url.pathname.endsWith('/'))
    url.pathname += '/'
  return url.href
}

export function normalizeBase(raw: string): string {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '')
  return trimmed
    ? `/${trimmed}/`
    : '/'
}

export function shortUrlOf(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '')
}

/** The plan options with defaults, every time in seconds; a bad value stops with a message naming the option. */
export function resolvePlan(options: PlanOptions = {}): ResolvedPlan {
  const what = (name: string) => `deck.config: plan.${name}`
  const floors = options.floors ?? {}
  return {
    questions: options.questions === undefined
      ? DEFAULT_PLAN.questions
      : parseTime(options.questions, what('questions'), { zero: true }),
    rate: {
      perMinute: options.rate?.perMinute ?? DEFAULT_RATE.perMinute,
      clickSeconds: options.rate?.clickSeconds ?? DEFAULT_RATE.clickSeconds,
    },
    floors: options.floors === undefined
      ? { ...DEFAULT_PLAN.floors }
      : Object.fromEntries(Object.entries(floors).map(([layout, t]) => [
          layout,
          parseTime(t, what(`floors.${layout}`), { zero: true }),
        ])),
    tolerance: options.tolerance === undefined
      ? DEFAULT_PLAN.tolerance
      : parseTime(options.tolerance, what('tolerance'), { zero: true }),
  }
}

/** `lang`: the talk's headmatter `lang`, which chooses the kit's words. */
export function resolveKit(options: KitOptions, env: Record<string, string | undefined> = {}, lang?: string): ResolvedKit {
  const url = normalizeUrl(env.DECK_URL || options.url)
  return {
    url,
    shortUrl: shortUrlOf(url),
    readUrl: `${url}${READING_PATH}`,
    base: normalizeBase(env.DECK_BASE || options.base || '/'),
    placeholder: /(?:^|\.)example\.(?:org|com|net)$/.test(new URL(url).hostname),
    typeface: options.typeface ?? false,
    credit: options.credit ?? { short: '', full: '' },
    sections: options.sections ?? {},
    words: {
      ...wordsFor(lang),
      ...options.words,
    },
    manifest: options.manifest ?? {},
    exportDir: options.exportDir ?? 'exports',
    plan: resolvePlan(options.plan),
    pptx: {
      eastAsianFont: options.pptx?.eastAsianFont ?? DEFAULT_EAST_ASIAN_FONT,
      latinFont: options.pptx?.latinFont ?? DEFAULT_LATIN_FONT,
    },
  }
}

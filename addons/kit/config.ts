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
import { OG_IMAGE_FILE, READING_PATH } from './shared/constants.ts'
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

/**
 * Another edition of the same talk (a translation): its own Markdown entry beside slides.md,
 * hosted at `<url><path>` and built under `<base><path>`. It takes every option of the main
 * edition (the top level) and overrides what it names: `typeface`, `credit`, `sections`, `words`
 * are replaced whole (they are in a language); `plan`, `manifest` and `pptx` are merged over the
 * main edition's, option by option.
 */
export interface EditionOptions extends Pick<KitOptions, 'typeface' | 'credit' | 'sections' | 'words' | 'manifest' | 'plan' | 'pptx'> {
  /** Its Markdown file, relative to the talk's folder ("slides.en.md"); its headmatter `lang` chooses the kit's words. */
  entry: string
  /** Where it is hosted, relative to the main edition's `url` and `base`: one or more path segments ending in "/" ("en/"). */
  path: string
  /** The link to it in the other editions' switches, in its own language ("English"). */
  label: string
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
  /** The main edition's link in the other editions' switches, in its own language ("中文"); needed with `editions`. */
  label?: string
  /** Other editions of the talk (translations), each at its own path under `url` and `base`. */
  editions?: EditionOptions[]
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

/** One edition of a talk as the kit hosts it. The main edition has the path "". */
export interface ResolvedEdition {
  /** Its Markdown file, relative to the talk's folder. */
  entry: string
  /** "" for the main edition, else "en/": under the main edition's url and base. */
  path: string
  /** Its link in a switch, in its own language ("" for the main edition of a talk with no other). */
  label: string
  /** Its headmatter `lang` (BCP 47). */
  lang: string
  url: string
  readUrl: string
  shortUrl: string
  base: string
  /** The link-preview picture in the talk's public/ folder: og-image.png, og-image-en.png. */
  ogImage: string
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
  /** The edition this kit is for (the one being built, exported, served); url, base… above are its own. */
  edition: ResolvedEdition
  /** Every edition of the talk, the main one first; just the one for a talk without `editions`. */
  editions: ResolvedEdition[]
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

/** The main edition's entry when a talk is named by its folder. */
export const MAIN_ENTRY = 'slides.md'

/** An entry as the kit compares them: relative to the talk's folder, without a leading "./". */
export function entryName(file: string): string {
  return file.replace(/^\.\//, '')
}

/** The link-preview picture of the edition at `path` ("" → og-image.png, "en/" → og-image-en.png). */
export function ogImageOf(path: string): string {
  const slug = path.replace(/\/$/, '').replace(/\//g, '-')
  return slug
    ? OG_IMAGE_FILE.replace(/\.png$/, `-${slug}.png`)
    : OG_IMAGE_FILE
}

/**
 * The `editions` option checked: every problem names the field and says how to fix it. `main` is
 * the main edition's entry. Paths are relative ("en/", "en-gb/"), so every edition sits under the
 * main edition's url and base.
 */
export function checkEditions(options: Pick<KitOptions, 'editions' | 'label'>, main = MAIN_ENTRY): void {
  const editions = options.editions
  if (editions === undefined)
    return
  const where = (i: number, field: string) => `deck.config: editions[${i}].${field}`
  if (!Array.isArray(editions))
    throw new TypeError(`deck.config: editions must be a list of { entry, path, label }, got ${JSON.stringify(editions)}`)
  if (editions.length && !(typeof options.label === 'string' && options.label.trim()))
    throw new Error(`deck.config: label (the main edition's name in the editions' switch, e.g. '中文') is needed with editions`)
  const paths = new Map<string, number>()
  const entries = new Map<string, number>()
  editions.forEach((e, i) => {
    if (typeof e?.entry !== 'string' || !/\.md$/.test(e.entry))
      throw new Error(`${where(i, 'entry')} must name the edition's Markdown file beside slides.md (e.g. 'slides.en.md'), got ${JSON.stringify(e?.entry)}`)
    const entry = entryName(e.entry)
    if (entry === main)
      throw new Error(`${where(i, 'entry')} is ${JSON.stringify(e.entry)}, the main edition's own file: an edition needs a file of its own`)
    if (entries.has(entry))
      throw new Error(`${where(i, 'entry')}: ${JSON.stringify(e.entry)} is also editions[${entries.get(entry)}]'s entry`)
    entries.set(entry, i)
    if (typeof e.path !== 'string' || !/^[\w-]+(?:\/[\w-]+)*\/$/.test(e.path) || e.path.split('/').includes('read'))
      throw new Error(`${where(i, 'path')} must be a relative path of letters, digits, '-' or '_' ending in '/' (e.g. 'en/'), not 'read/', got ${JSON.stringify(e.path)}`)
    if (paths.has(e.path))
      throw new Error(`${where(i, 'path')}: two editions at ${JSON.stringify(e.path)} (editions[${paths.get(e.path)}] and editions[${i}]): give each its own path`)
    paths.set(e.path, i)
    if (typeof e.label !== 'string' || !e.label.trim())
      throw new Error(`${where(i, 'label')} must be the edition's name in its own language (e.g. 'English'), got ${JSON.stringify(e.label)}`)
  })
}

/**
 * The kit for one edition of a talk. `lang`: that edition's headmatter `lang`, which chooses the
 * kit's words. `edition.entry`: the Markdown file being built, relative to the talk's folder
 * (Slidev's `options.entry`): an entry of `editions` selects that edition, anything else the main
 * one. `edition.langs`: the other editions' `lang`, by entry (for the hreflang links).
 */
export function resolveKit(options: KitOptions, env: Record<string, string | undefined> = {}, lang?: string, edition: { entry?: string, langs?: Record<string, string> } = {}): ResolvedKit {
  const entry = entryName(edition.entry ?? MAIN_ENTRY)
  const extra = options.editions ?? []
  const at = extra.findIndex(e => entryName(e.entry) === entry)
  const chosen = extra[at]
  const mainEntry = chosen ? MAIN_ENTRY : entry
  checkEditions(options, mainEntry)
  const mainUrl = normalizeUrl(env.DECK_URL || options.url)
  const mainBase = normalizeBase(env.DECK_BASE || options.base || '/')
  const langOf = (file: string) => file === entry
    ? lang ?? ''
    : edition.langs?.[file] ?? ''
  const editionOf = (file: string, path: string, label: string): ResolvedEdition => {
    const url = `${mainUrl}${path}`
    return {
      entry: file,
      path,
      label,
      lang: langOf(file),
      url,
      readUrl: `${url}${READING_PATH}`,
      shortUrl: shortUrlOf(url),
      base: `${mainBase}${path}`,
      ogImage: ogImageOf(path),
    }
  }
  const editions = [
    editionOf(mainEntry, '', options.label ?? ''),
    ...extra.map(e => editionOf(entryName(e.entry), e.path, e.label)),
  ]
  // The main edition first, then `editions` in order: the chosen one is at its index plus one.
  const current = editions[at + 1]!
  const own = <K extends keyof EditionOptions>(key: K) => chosen && chosen[key] !== undefined
    ? chosen[key]
    : options[key as keyof KitOptions] as EditionOptions[K]
  const pptx = {
    ...options.pptx,
    ...chosen?.pptx,
  }
  return {
    url: current.url,
    shortUrl: current.shortUrl,
    readUrl: current.readUrl,
    base: current.base,
    placeholder: /(?:^|\.)example\.(?:org|com|net)$/.test(new URL(mainUrl).hostname),
    typeface: own('typeface') ?? false,
    credit: own('credit') ?? { short: '', full: '' },
    sections: own('sections') ?? {},
    words: {
      ...wordsFor(lang),
      ...own('words'),
    },
    manifest: {
      ...options.manifest,
      ...chosen?.manifest,
    },
    exportDir: options.exportDir ?? 'exports',
    plan: resolvePlan({
      ...options.plan,
      ...chosen?.plan,
    }),
    pptx: {
      eastAsianFont: pptx.eastAsianFont ?? DEFAULT_EAST_ASIAN_FONT,
      latinFont: pptx.latinFont ?? DEFAULT_LATIN_FONT,
    },
    edition: current,
    editions,
  }
}

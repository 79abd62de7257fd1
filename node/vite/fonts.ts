/**
 * The deck's typeface, shipped with the deck: Noto Sans SC 400 and 700 from the devDependency
 * @expo-google-fonts/noto-sans-sc (static TTFs with TrueType outlines, so Chromium embeds them in
 * PDFs as CID TrueType with Unicode maps, not as Type 3), subset with subset-font (harfbuzz) to
 * exactly the characters the deck uses, as WOFF2, served from the deck's own origin.
 *
 * Two files per weight, told apart by `unicode-range`, so a browser fetches the second only when it
 * draws one of its characters:
 *   slides  what a slide, a component or the deck's UI can draw: slides.md without the speaker
 *           notes, the deck's code folders (whole files, so every string is in, comments too),
 *           printable ASCII and common full-width punctuation
 *   notes   characters that only the speaker notes use (presenter view, reading edition, handout)
 *
 * Delivery: a `<style data-deck-fonts>` with the @font-face rules goes into index.html (dev and
 * build); the dev server (and `slidev export`, which drives one) serves the files from memory under
 * the base path; the build emits them as hashed assets with the font's licence (OFL) beside them.
 * Subsets are cached in node_modules/.cache/deck-fonts/, keyed by font, characters and options.
 */
import type { Logger, Plugin } from 'vite'
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, posix } from 'node:path'
import { parseSync } from '@slidev/parser'
import subsetFont from 'subset-font'

export const FAMILY = 'Noto Sans SC'
export const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc'
/** The static TTF of each weight inside FONT_PACKAGE. */
export const FONT_FILES = {
  400: '400Regular/NotoSansSC_400Regular.ttf',
  700: '700Bold/NotoSansSC_700Bold.ttf',
} as const
export type Weight = keyof typeof FONT_FILES
export const WEIGHTS = Object.keys(FONT_FILES).map(Number) as Weight[]
export type SetName = 'slides' | 'notes'
/** Where the OFL goes in the build, beside the fonts. */
export const LICENSE_FILE = 'fonts-OFL.txt'

/**
 * harfbuzz options. Only the OpenType features browsers apply on their own are kept: composition,
 * local forms, ligatures, kerning, marks, and `halt` (Chromium's text-spacing-trim halves
 * full-width punctuation with it). The others (full-width Latin, alternates, ruby, vertical forms)
 * pull in glyphs the deck never draws: dropping them makes the slides files 24% smaller.
 * The digits are already tabular, so `font-variant-numeric: tabular-nums` needs no `tnum`.
 */
export const SUBSET_OPTIONS = {
  targetFormat: 'woff2',
  keepFeatures: [
    'ccmp',
    'locl',
    'liga',
    'kern',
    'mark',
    'halt',
  ],
} as const

/** Characters the deck may draw whatever its text says: Slidev's UI (ASCII) and common punctuation. */
export const BASE_CHARS = `${String.fromCodePoint(...Array.from({ length: 0x7F - 0x20 }, (_, i) => 0x20 + i))
}，。、：；？！「」『』（）《》〈〉【】〔〕—–…·・“”‘’～％＋－／＝`

/** Folders whose code can put text on a slide or in the deck's UI, and the file kinds scanned. */
const SOURCE_DIRS = [
  'components',
  'layouts',
  'setup',
  'client',
  'data',
]
const SOURCE_EXT = /\.(?:vue|ts)$/
/** Files at the root that draw: Slidev's global layers (*.vue) and the deck's settings. */
const ROOT_FILES = (name: string) => name.endsWith('.vue') || name === 'deck.config.ts'

// --- characters -------------------------------------------------------------------------------

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

/** A slides.md split into what the slides show (frontmatter and content) and the speaker notes. */
export function splitDeck(markdown: string, filepath = 'slides.md'): { slides: string, notes: string } {
  const deck = parseSync(markdown, filepath)
  return {
    slides: deck.slides.map(s => `${s.frontmatterRaw ?? ''}\n${s.content}`).join('\n'),
    notes: deck.slides.map(s => s.note ?? '').join('\n'),
  }
}

/** The code files scanned for characters, relative to `root`, in a stable order. */
export function sourceFiles(root: string): string[] {
  const files = readdirSync(root).filter(ROOT_FILES)
  for (const dir of SOURCE_DIRS) {
    if (!existsSync(join(root, dir)))
      continue
    for (const f of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })) {
      if (SOURCE_EXT.test(f) && !f.includes('node_modules'))
        files.push(join(dir, f))
    }
  }
  return files.sort()
}

export interface CharSets {
  slides: number[]
  notes: number[]
  /** For messages: the files (or "slides.md", "slides.md (notes)") each code point came from. */
  from: Map<number, string[]>
}

/** The two character sets of the deck at `root`, computed from its sources (not from a build). */
export function charSets(root: string, entry = 'slides.md'): CharSets {
  const { slides, notes } = splitDeck(readFileSync(join(root, entry), 'utf8'), entry)
  const from = new Map<number, string[]>()
  const note = (text: string, where: string) => {
    for (const cp of codePoints(text)) {
      const list = from.get(cp) ?? []
      list.push(where)
      from.set(cp, list)
    }
  }
  note(slides, entry)
  const sources = sourceFiles(root).map(f => [
    f,
    readFileSync(join(root, f), 'utf8'),
  ] as const)
  for (const [f, text] of sources)
    note(text, f)
  note(notes, `${entry} (notes)`)
  const slideSet = new Set(codePoints(BASE_CHARS + slides + sources.map(([, t]) => t).join('\n')))
  return {
    slides: [...slideSet].sort((a, b) => a - b),
    notes: codePoints(notes).filter(cp => !slideSet.has(cp)),
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

// --- the font ---------------------------------------------------------------------------------

/** Code points a TrueType/OpenType font maps to a glyph (its cmap: format 12 where asked and present, else format 4). */
export function fontCodePoints(font: Uint8Array, format: 12 | 4 = 12): Set<number> {
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength)
  let cmap = -1
  for (let i = 0, n = v.getUint16(4); i < n; i++) {
    const rec = 12 + i * 16
    if (v.getUint32(rec) === 0x636D6170) // 'cmap'
      cmap = v.getUint32(rec + 8)
  }
  if (cmap < 0)
    throw new Error('the font has no cmap table')
  const subtables: { platform: number, encoding: number, offset: number, format: number }[] = []
  for (let i = 0, n = v.getUint16(cmap + 2); i < n; i++) {
    const rec = cmap + 4 + i * 8
    const offset = cmap + v.getUint32(rec + 4)
    subtables.push({
      platform: v.getUint16(rec),
      encoding: v.getUint16(rec + 2),
      offset,
      format: v.getUint16(offset),
    })
  }
  const unicode = (t: typeof subtables[number]) => t.platform === 0 || (t.platform === 3 && (t.encoding === 1 || t.encoding === 10))
  const full = subtables.find(t => unicode(t) && t.format === 12)
  const bmp = subtables.find(t => unicode(t) && t.format === 4)
  const out = new Set<number>()
  if (full && format === 12) {
    const o = full.offset
    for (let g = 0, n = v.getUint32(o + 12); g < n; g++) {
      const rec = o + 16 + g * 12
      const start = v.getUint32(rec)
      const end = v.getUint32(rec + 4)
      const glyph = v.getUint32(rec + 8)
      for (let cp = start; cp <= end; cp++) {
        if (glyph + cp - start !== 0)
          out.add(cp)
      }
    }
    return out
  }
  if (!bmp)
    throw new Error('the font has no Unicode cmap (format 4 or 12)')
  const o = bmp.offset
  const segs = v.getUint16(o + 6) / 2
  const ends = o + 14
  const starts = ends + segs * 2 + 2
  const deltas = starts + segs * 2
  const rangeOffsets = deltas + segs * 2
  for (let s = 0; s < segs; s++) {
    const start = v.getUint16(starts + s * 2)
    const end = v.getUint16(ends + s * 2)
    const delta = v.getUint16(deltas + s * 2)
    const ro = v.getUint16(rangeOffsets + s * 2)
    for (let cp = start; cp <= end && cp !== 0xFFFF; cp++) {
      let glyph: number
      if (ro === 0) {
        glyph = (cp + delta) & 0xFFFF
      }
      else {
        glyph = v.getUint16(rangeOffsets + s * 2 + ro + (cp - start) * 2)
        if (glyph)
          glyph = (glyph + delta) & 0xFFFF
      }
      if (glyph)
        out.add(cp)
    }
  }
  return out
}

/** Folder of the installed font package, or an error that says how to install it. */
export function fontPackageDir(root: string): string {
  try {
    return dirname(createRequire(join(root, 'package.json')).resolve(`${FONT_PACKAGE}/package.json`))
  }
  catch {
    throw new Error([
      `The deck's font package ${FONT_PACKAGE} is not installed, so there is no Noto Sans SC to subset.`,
      `It is a devDependency in package.json: run "npm ci" (or "npm install ${FONT_PACKAGE}").`,
    ].join('\n'))
  }
}

const show = (cp: number) => `${String.fromCodePoint(cp)} U+${cp.toString(16).toUpperCase().padStart(4, '0')}`

/** What the build says when the deck uses characters the font lacks. */
export function missingCharsMessage(missing: readonly number[], from: Map<number, string[]>, set: SetName = 'slides'): string {
  const lines = missing.map(cp => `  ${show(cp)}  in ${[
    ...new Set(from.get(cp) ?? ['?']),
  ].join(', ')}`)
  return [
    `${FAMILY} has no glyph for ${missing.length} character${missing.length === 1
      ? ''
      : 's'} the ${set === 'slides'
      ? 'slides'
      : 'speaker notes'} use:`,
    ...lines,
    `Browsers would draw ${missing.length === 1
      ? 'it'
      : 'them'} in another font, or as an empty box where no system font has it.`,
    'Replace each with a character the font has (a full-width form, a plain word, an icon drawn as SVG),',
    'or remove it if it is only in a code comment.',
  ].join('\n')
}

// --- subsetting and cache ---------------------------------------------------------------------

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** Cache key of one subset: the source font's hash, the characters and the options. */
export function cacheKey(fontHash: string, chars: readonly number[], options: object): string {
  return sha256(JSON.stringify({
    font: fontHash,
    chars: String.fromCodePoint(...chars),
    options,
  }))
}

export interface FontFile {
  weight: Weight
  set: SetName
  chars: number[]
  /** Path under the base, e.g. assets/noto-sans-sc-400-slides-1a2b3c4d.woff2 */
  fileName: string
  bytes: Buffer
  /** True when it came from node_modules/.cache/deck-fonts/ */
  cached: boolean
}

export interface FontBuild {
  files: FontFile[]
  license: string
  /** Characters of the notes the font lacks (a warning: notes are not on the slides). */
  missingInNotes: number[]
}

export class MissingCharsError extends Error {}

/** Subset both weights to both sets, through the cache. Throws MissingCharsError for missing slide characters. */
export async function buildFonts(root: string, assetsDir: string, entry = 'slides.md'): Promise<FontBuild> {
  const pkg = fontPackageDir(root)
  const sets = charSets(root, entry)
  const cacheDir = join(root, 'node_modules', '.cache', 'deck-fonts')
  mkdirSync(cacheDir, { recursive: true })
  const options = {
    ...SUBSET_OPTIONS,
    subsetFont: subsetFontVersion(root),
  }
  const files: FontFile[] = []
  let missingInNotes: number[] = []
  for (const weight of WEIGHTS) {
    const font = readFileSync(join(pkg, FONT_FILES[weight]))
    const has = fontCodePoints(font)
    const missing = sets.slides.filter(cp => !has.has(cp))
    if (missing.length)
      throw new MissingCharsError(missingCharsMessage(missing, sets.from))
    missingInNotes = sets.notes.filter(cp => !has.has(cp))
    const fontHash = sha256(font)
    for (const set of ['slides', 'notes'] as const) {
      const chars = sets[set].filter(cp => has.has(cp))
      if (!chars.length)
        continue
      const cacheFile = join(cacheDir, `${cacheKey(fontHash, chars, options)}.woff2`)
      const cached = existsSync(cacheFile)
      const bytes = cached
        ? readFileSync(cacheFile)
        : await subsetFont(font, String.fromCodePoint(...chars), SUBSET_OPTIONS)
      if (!cached)
        writeFileSync(cacheFile, bytes)
      const hash = sha256(bytes).slice(0, 8)
      files.push({
        weight,
        set,
        chars,
        fileName: posix.join(assetsDir, `noto-sans-sc-${weight}-${set}-${hash}.woff2`),
        bytes,
        cached,
      })
    }
  }
  return {
    files,
    license: readFileSync(join(pkg, 'LICENSE_FONT'), 'utf8'),
    missingInNotes,
  }
}

function subsetFontVersion(root: string): string {
  try {
    const req = createRequire(join(root, 'package.json'))
    return (JSON.parse(readFileSync(req.resolve('subset-font/package.json'), 'utf8')) as { version: string }).version
  }
  catch {
    return 'unknown'
  }
}

// --- CSS --------------------------------------------------------------------------------------

/** The @font-face rules for the files, under `base` (ends in "/"). */
export function fontFaceCss(files: readonly Pick<FontFile, 'weight' | 'set' | 'chars' | 'fileName'>[], base: string): string {
  const faces = files.map(f => [
    '@font-face{',
    `font-family:"${FAMILY}";font-style:normal;font-weight:${f.weight};font-display:swap;`,
    `src:url(${base}${f.fileName}) format("woff2");`,
    `unicode-range:${unicodeRange(f.chars)}}`,
  ].join(''))
  return [
    `/* ${FAMILY} ${WEIGHTS.join(' and ')}, subset to the characters this deck uses (node/vite/fonts.ts).`,
    `   Licensed under the SIL Open Font License 1.1: ${base}${posix.join(posix.dirname(files[0]?.fileName ?? 'assets/x'), LICENSE_FILE)} */`,
    ...faces,
  ].join('\n')
}

// --- the plugin -------------------------------------------------------------------------------

/**
 * What goes before </head>: the @font-face rules, and preload links for the "slides" files
 * (`preload`: true, or a media query that limits the preload to the screens it matches).
 */
export function headHtml(files: readonly Pick<FontFile, 'weight' | 'set' | 'chars' | 'fileName'>[], base: string, preload: boolean | { media: string }): string {
  const media = typeof preload === 'object'
    ? ` media="${preload.media}"`
    : ''
  const links = preload
    ? files.filter(f => f.set === 'slides').map(f => `<link rel="preload" href="${base}${f.fileName}" as="font" type="font/woff2" crossorigin${media}>`)
    : []
  return `\n${[`<style data-deck-fonts>\n${fontFaceCss(files, base)}\n</style>`, ...links].map(l => `  ${l}\n`).join('')}`
}

export function injectHead(html: string, head: string): string {
  return html.includes('data-deck-fonts')
    ? html
    : html.replace('</head>', `${head}</head>`)
}

export interface DeckFontsOptions {
  /** The Slidev entry. */
  entry?: string
  /**
   * `<link rel=preload>` the "slides" files of every weight; `{ media }` preloads them only where
   * the query matches (not on a phone the page sends on to another one, which would abort them).
   */
  preload?: boolean | { media: string }
}

export function deckFonts(options: DeckFontsOptions = {}): Plugin {
  const entry = options.entry ?? 'slides.md'
  let root = process.cwd()
  let base = '/'
  let assetsDir = 'assets'
  let isBuild = false
  let logger: Logger | undefined
  let built: FontBuild | undefined
  /** Dev: every file served so far, by path under the base (names carry a content hash). */
  const served = new Map<string, Buffer | string>()
  let lastDevError = ''

  async function devFonts(): Promise<FontBuild | undefined> {
    try {
      const b = await buildFonts(root, assetsDir, entry)
      for (const f of b.files)
        served.set(f.fileName, f.bytes)
      served.set(posix.join(assetsDir, LICENSE_FILE), b.license)
      lastDevError = ''
      return b
    }
    catch (e) {
      // A dev server stays up through a bad edit: say it once, draw with the fallback fonts.
      const message = (e as Error).message
      if (message !== lastDevError)
        logger?.error(`[deck-fonts] ${message}`)
      lastDevError = message
      return undefined
    }
  }

  return {
    name: 'deck-fonts',

    configResolved(config) {
      root = config.root
      base = config.base.endsWith('/')
        ? config.base
        : `${config.base}/`
      assetsDir = config.build.assetsDir
      isBuild = config.command === 'build'
      logger = config.logger
    },

    async buildStart() {
      if (!isBuild)
        return
      const start = performance.now()
      try {
        built = await buildFonts(root, assetsDir, entry)
      }
      catch (e) {
        this.error((e as Error).message)
      }
      for (const f of built.files)
        this.emitFile({ type: 'asset', fileName: f.fileName, source: f.bytes })
      this.emitFile({
        type: 'asset',
        fileName: posix.join(assetsDir, LICENSE_FILE),
        source: built.license,
      })
      if (built.missingInNotes.length)
        this.warn(missingCharsMessage(built.missingInNotes, charSets(root, entry).from, 'notes'))
      const ms = Math.round(performance.now() - start)
      logger?.info(`[deck-fonts] ${FAMILY}: ${built.files.map(f => `${f.weight} ${f.set} ${f.chars.length} chars ${(f.bytes.length / 1024).toFixed(1)} KB`).join('; ')} (${ms} ms${built.files.every(f => f.cached)
        ? ', from cache'
        : ''})`)
    },

    configureServer(server) {
      // Before Vite's own middlewares, so the fonts are not looked up as source files.
      server.middlewares.use(async (req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!
        const body = path.startsWith(base)
          ? served.get(decodeURIComponent(path.slice(base.length)))
          : undefined
        if (body !== undefined) {
          res.setHeader('Content-Type', typeof body === 'string'
            ? 'text/plain; charset=utf-8'
            : 'font/woff2')
          res.setHeader('Cache-Control', 'no-cache')
          res.end(body)
          return
        }
        // A page: Slidev's dev server answers it from memory without transformIndexHtml, so the
        // rules go in as the page is sent. Recomputed per page load: a reload picks up new characters.
        if (!req.headers.accept?.includes('text/html'))
          return next()
        const fonts = await devFonts()
        if (fonts) {
          const head = headHtml(fonts.files, base, options.preload ?? false)
          const end = res.end.bind(res) as (...a: unknown[]) => typeof res
          res.end = ((chunk: unknown, ...rest: unknown[]) => {
            if ((typeof chunk === 'string' || Buffer.isBuffer(chunk)) && String(res.getHeader('Content-Type')).startsWith('text/html')) {
              chunk = injectHead(chunk.toString(), head)
              if (res.hasHeader('Content-Length'))
                res.setHeader('Content-Length', Buffer.byteLength(chunk as string))
            }
            return end(chunk, ...rest)
          }) as typeof res.end
        }
        next()
      })
    },

    transformIndexHtml: {
      // After Vite's own HTML processing, which would run the rules through its CSS pipeline
      // (url() resolution, minification that drops the licence comment).
      order: 'post',
      handler(html) {
        return isBuild && built
          ? injectHead(html, headHtml(built.files, base, options.preload ?? false))
          : html
      },
    },
  }
}

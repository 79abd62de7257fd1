import type { Typeface } from '../../config.ts'
import type { CharSets } from './characters.ts'
/**
 * A talk's typeface cut to the characters it draws (characters.ts), with subset-font (harfbuzz),
 * as WOFF2: two files per weight, "slides" and "notes", told apart by `unicode-range` (css.ts);
 * a bold weight's "notes" file holds only what the notes set in bold, and is left out when that
 * is nothing.
 * Subsets are cached in node_modules/.cache/deck-fonts/, keyed by font, characters and options.
 * A character of the slides that the font lacks stops the build, naming the character and where
 * it is; one only the notes use is a warning.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, posix } from 'node:path'
import subsetFont from 'subset-font'
import { fontCodePoints } from './cmap.ts'

export type SetName = 'slides' | 'notes'
/** Where the font's licence goes in the build, beside the fonts. */
export const LICENSE_FILE = 'fonts-LICENSE.txt'

/**
 * harfbuzz options. Only the OpenType features browsers apply on their own are kept: composition,
 * local forms, ligatures, kerning, marks, and `halt` (Chromium's text-spacing-trim halves
 * full-width punctuation with it). The others (full-width Latin, alternates, ruby, vertical forms)
 * pull in glyphs the deck never draws: dropping them makes Noto Sans SC's slides files 24% smaller.
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

/** "Noto Sans SC" → "noto-sans-sc", for file names. */
export function slug(family: string): string {
  return family.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}

/** Folder of the installed font package, or an error that says how to install it. */
export function fontPackageDir(root: string, typeface: Typeface): string {
  try {
    return dirname(createRequire(join(root, 'package.json')).resolve(`${typeface.package}/package.json`))
  }
  catch {
    throw new Error([
      `The talk's font package ${typeface.package} is not installed, so there is no ${typeface.family} to subset.`,
      `Add it to the talk's package.json and run "npm ci" (or "npm install ${typeface.package}"), or set typeface: false in deck.config.ts.`,
    ].join('\n'))
  }
}

const show = (cp: number) => `${String.fromCodePoint(cp)} U+${cp.toString(16).toUpperCase().padStart(4, '0')}`

/** What the build says when the talk uses characters the font lacks. */
export function missingCharsMessage(family: string, missing: readonly number[], from: Map<number, string[]>, set: SetName = 'slides'): string {
  const lines = missing.map(cp => `  ${show(cp)}  in ${[
    ...new Set(from.get(cp) ?? ['?']),
  ].join(', ')}`)
  const n = missing.length
  return [
    `${family} has no glyph for ${n} character${n === 1
      ? ''
      : 's'} the ${set === 'slides'
      ? 'slides'
      : 'speaker notes'} use:`,
    ...lines,
    `Browsers would draw ${n === 1
      ? 'it'
      : 'them'} in another font, or as an empty box where no system font has it.`,
    'Replace each with a character the font has (a full-width form, a plain word, an icon drawn as SVG),',
    'or remove it if it is only in a code comment.',
  ].join('\n')
}

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
  weight: number
  set: SetName
  chars: number[]
  /** Path under the base, e.g. assets/noto-sans-sc-400-slides-1a2b3c4d.woff2 */
  fileName: string
  bytes: Buffer
  /** True when it came from node_modules/.cache/deck-fonts/ */
  cached: boolean
}

export interface FontBuild {
  family: string
  files: FontFile[]
  license: string
  /** Characters of the notes the font lacks (a warning: notes are not on the slides). */
  missingInNotes: number[]
}

export class MissingCharsError extends Error {}

/** The licence text in the font package: the typeface's `license`, else the usual names. */
function licenseText(pkg: string, typeface: Typeface): string {
  const names = typeface.license
    ? [typeface.license]
    : [
        'LICENSE_FONT',
        'OFL.txt',
        'LICENSE',
        'LICENSE.txt',
      ]
  const found = names.map(n => join(pkg, n)).find(existsSync)
  if (!found)
    throw new Error(`${typeface.package} has no licence file (${names.join(', ')}): set typeface.license in deck.config.ts`)
  return readFileSync(found, 'utf8')
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

/** One subset of `font` (its sha256 `fontHash`) as WOFF2, through node_modules/.cache/deck-fonts/. */
export async function subsetCached(root: string, font: Buffer, fontHash: string, chars: readonly number[]): Promise<{ bytes: Buffer, cached: boolean }> {
  const cacheDir = join(root, 'node_modules', '.cache', 'deck-fonts')
  mkdirSync(cacheDir, { recursive: true })
  const options = {
    ...SUBSET_OPTIONS,
    subsetFont: subsetFontVersion(root),
  }
  const cacheFile = join(cacheDir, `${cacheKey(fontHash, chars, options)}.woff2`)
  const cached = existsSync(cacheFile)
  const bytes = cached
    ? readFileSync(cacheFile)
    : await subsetFont(font, String.fromCodePoint(...chars), SUBSET_OPTIONS)
  if (!cached)
    writeFileSync(cacheFile, bytes)
  return { bytes, cached }
}

/** Subset every weight to both sets, through the cache. Throws MissingCharsError for missing slide characters. */
export async function buildFonts(root: string, typeface: Typeface, sets: CharSets, assetsDir: string): Promise<FontBuild> {
  const pkg = fontPackageDir(root, typeface)
  const files: FontFile[] = []
  let missingInNotes: number[] = []
  for (const [w, path] of Object.entries(typeface.files)) {
    const weight = Number(w)
    const file = join(pkg, path)
    if (!existsSync(file))
      throw new Error(`${typeface.package} has no ${path} (typeface.files[${weight}] in deck.config.ts)`)
    const font = readFileSync(file)
    const has = fontCodePoints(font)
    const missing = sets.slides.filter(cp => !has.has(cp))
    if (missing.length)
      throw new MissingCharsError(missingCharsMessage(typeface.family, missing, sets.from))
    missingInNotes = sets.notes.filter(cp => !has.has(cp))
    const fontHash = sha256(font)
    for (const set of ['slides', 'notes'] as const) {
      // A bold face (600 and up, as CSS matches weights) of the notes: only what they set in bold.
      const wanted = set === 'notes' && weight >= 600
        ? sets.boldNotes
        : sets[set]
      const chars = wanted.filter(cp => has.has(cp))
      if (!chars.length)
        continue
      const { bytes, cached } = await subsetCached(root, font, fontHash, chars)
      files.push({
        weight,
        set,
        chars,
        fileName: posix.join(assetsDir, `${slug(typeface.family)}-${weight}-${set}-${sha256(bytes).slice(0, 8)}.woff2`),
        bytes,
        cached,
      })
    }
  }
  return {
    family: typeface.family,
    files,
    license: licenseText(pkg, typeface),
    missingInNotes,
  }
}

import type { Typeface } from '../../config.ts'
/**
 * The reading edition's own fonts (the prerender, node/prerender/, writes them beside the static
 * reading page): the typeface cut to what that page draws, weight by weight, in the order a
 * reader meets it. A weight's first file holds what the first screen draws; the next ones what
 * follows, SLICE characters each (a last handful joins the file before). The page's sections are laid out only when they come near the
 * screen (content-visibility: auto), and a browser fetches a file of a `unicode-range` family
 * only when it lays out a character of it: a reader downloads the first screen's fonts, then each
 * file as its text comes into view. The slides keep their own files (subset.ts).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { codePoints } from './characters.ts'
import { fontCodePoints } from './cmap.ts'
import { fontPackageDir, sha256, slug, subsetCached } from './subset.ts'

/** Characters per file after the first screen's (about 20 kB of Chinese glyphs). */
export const SLICE = 160

/** A run of text the page draws, in document order: its computed weight, and whether it is on the first screen. */
export interface DrawnRun {
  text: string
  weight: number
  first: boolean
}

export interface ReadingFontFile {
  weight: number
  chars: number[]
  /** Path under the base, e.g. assets/noto-sans-sc-400-read-1-1a2b3c4d.woff2 */
  fileName: string
  bytes: Buffer
}

/** The face CSS picks for `wanted` among `available` weights (CSS Fonts 4, font-weight matching). */
export function matchWeight(wanted: number, available: readonly number[]): number {
  const sorted = [...available].sort((a, b) => a - b)
  const below = sorted.filter(w => w <= wanted).reverse()
  const above = sorted.filter(w => w > wanted)
  let order: number[]
  if (wanted >= 400 && wanted <= 500) {
    const upTo500 = above.filter(w => w <= 500)
    order = [
      ...below.filter(w => w === wanted),
      ...upTo500,
      ...below.filter(w => w !== wanted),
      ...above.filter(w => w > 500),
    ]
  }
  else if (wanted < 400) {
    order = [
      ...below,
      ...above,
    ]
  }
  else {
    order = [
      ...sorted.filter(w => w >= wanted),
      ...below,
    ]
  }
  return order[0]!
}

/**
 * Per face weight, the characters in the order the page first draws them, cut into files: the
 * first screen's, then SLICE at a time. Characters the face lacks are left out (they fall back).
 */
export function readingSlices(runs: readonly DrawnRun[], available: readonly number[], has: (weight: number) => ReadonlySet<number>): Map<number, number[][]> {
  const out = new Map<number, number[][]>()
  for (const weight of available) {
    const seen = new Set<number>()
    const take = (onFirstScreen: boolean) => {
      const out: number[] = []
      for (const run of runs) {
        if (run.first !== onFirstScreen || matchWeight(run.weight, available) !== weight)
          continue
        for (const ch of run.text) {
          const cp = ch.codePointAt(0)!
          if (seen.has(cp) || codePoints(ch).length === 0 || !has(weight).has(cp))
            continue
          seen.add(cp)
          out.push(cp)
        }
      }
      return out
    }
    // Whatever the first screen draws, wherever else it is drawn first; then the rest in order.
    const first = take(true)
    const rest = take(false)
    const slices: number[][] = []
    if (first.length)
      slices.push(first)
    for (let i = 0; i < rest.length; i += SLICE)
      slices.push(rest.slice(i, i + SLICE))
    // A last file of a few characters is not worth its own request: it joins the one before.
    if (slices.length > 1 && slices.at(-1)!.length < SLICE / 4)
      slices.at(-2)!.push(...slices.pop()!)
    if (slices.length)
      out.set(weight, slices)
  }
  return out
}

/** Subset the typeface to the reading page's slices (through the subset cache). */
export async function readingFonts(root: string, typeface: Typeface, runs: readonly DrawnRun[], assetsDir: string): Promise<ReadingFontFile[]> {
  const pkg = fontPackageDir(root, typeface)
  const fonts = new Map<number, Buffer>()
  for (const [w, path] of Object.entries(typeface.files)) {
    const file = join(pkg, path)
    if (existsSync(file))
      fonts.set(Number(w), readFileSync(file))
  }
  const cmaps = new Map([...fonts].map(([w, f]) => [
    w,
    fontCodePoints(f),
  ]))
  const slices = readingSlices(runs, [
    ...fonts.keys(),
  ], w => cmaps.get(w)!)
  const files: ReadingFontFile[] = []
  for (const [weight, list] of slices) {
    const font = fonts.get(weight)!
    const fontHash = sha256(font)
    for (const [i, chars] of list.entries()) {
      const { bytes } = await subsetCached(root, font, fontHash, [...chars].sort((a, b) => a - b))
      files.push({
        weight,
        chars: [...chars].sort((a, b) => a - b),
        fileName: posix.join(assetsDir, `${slug(typeface.family)}-${weight}-read-${i + 1}-${sha256(bytes).slice(0, 8)}.woff2`),
        bytes,
      })
    }
  }
  return files
}

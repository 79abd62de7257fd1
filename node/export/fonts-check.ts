/**
 * The export's font checks. The deck ships its own typeface (node/vite/fonts.ts), so no system CJK
 * font is needed; what can still go wrong is that the deck's faces did not load (the page then
 * prints in a fallback font, or in empty boxes where the machine has no Chinese font).
 *
 *   deckFontsProblem(page)  in the page, before printing: document.fonts has the deck's faces,
 *                           none failed, and a face of every weight loaded
 *   pdfFontsCheck(file)     in a PDF Slidev's own exporter wrote (no page to ask): pdffonts lists
 *                           the deck's font, every font embedded with a Unicode map; Type 3 warns
 */
import type { Page } from 'playwright'
import { spawnSync } from 'node:child_process'
import { FAMILY, WEIGHTS } from '../vite/fonts.ts'

export interface FaceState { weight: string, status: string }

/** What is wrong with the deck's faces as the page reports them, or undefined. */
export function facesProblem(faces: readonly FaceState[]): string | undefined {
  if (!faces.length)
    return `The page has no ${FAMILY} @font-face rules: the <style data-deck-fonts> of node/vite/fonts.ts is missing from index.html.`
  const failed = faces.filter(f => f.status === 'error')
  if (failed.length)
    return `${failed.length} ${FAMILY} face(s) failed to load (weights ${failed.map(f => f.weight).join(', ')}): the text would print in another font. Is the dev server serving /assets/noto-sans-sc-*.woff2?`
  const missing = WEIGHTS.filter(w => !faces.some(f => f.weight === String(w) && f.status === 'loaded'))
  if (missing.length)
    return `No ${FAMILY} face of weight ${missing.join(', ')} loaded before printing.`
  return undefined
}

export async function deckFontsProblem(page: Page): Promise<string | undefined> {
  // Faces load when text needs them: wait until the page draws some (a print route renders after
  // "networkidle"), then for the loads it started.
  await page.waitForFunction(() => document.body.innerText.trim().length > 0, null, { timeout: 60_000 })
    .catch(() => {})
  const faces = await page.evaluate(async (family) => {
    await document.fonts.ready
    return [...document.fonts]
      .filter(f => f.family.replace(/^["']|["']$/g, '') === family)
      .map(f => ({ weight: f.weight, status: f.status }))
  }, FAMILY)
  return facesProblem(faces)
}

export interface PdfFont { name: string, type: string, emb: boolean, uni: boolean }

/** The font table `pdffonts` prints. */
export function parsePdffonts(out: string): PdfFont[] {
  const lines = out.split('\n')
  const rule = lines.findIndex(l => l.startsWith('---'))
  if (rule < 0)
    return []
  // Columns by the dashes under the header: name, type, encoding, emb, sub, uni, object, ID.
  const cols = [
    ...lines[rule]!.matchAll(/-+/g),
  ].map(m => [m.index, m.index + m[0].length] as const)
  const cell = (l: string, i: number) => l.slice(cols[i]![0], cols[i]![1] + 1).trim()
  return lines.slice(rule + 1).filter(l => l.trim()).map(l => ({
    name: cell(l, 0),
    type: cell(l, 1),
    emb: cell(l, 3) === 'yes',
    uni: cell(l, 5) === 'yes',
  }))
}

/**
 * What is wrong with the fonts of a PDF: `problem` when the deck's font is missing from it or a font
 * is not embedded or has no Unicode map (the fonts did not load while it printed); `warning` for
 * Type 3 fonts, which Chromium writes for stroked text (an SVG label with a `stroke` halo) as well
 * as for a system fallback font. Nothing when poppler's pdffonts is not installed.
 */
export function pdfFontsCheck(file: string): { problem?: string, warning?: string } {
  const r = spawnSync('pdffonts', [file], { encoding: 'utf8' })
  if (r.error || r.status !== 0)
    return {}
  const fonts = parsePdffonts(r.stdout)
  const ours = FAMILY.replace(/ /g, '')
  if (!fonts.some(f => f.name.includes(ours)))
    return { problem: `${file} does not use ${FAMILY} (fonts: ${fonts.map(f => f.name).join(', ') || 'none'}): the deck's fonts did not load while it printed.` }
  const bad = fonts.filter(f => !f.emb || !f.uni)
  if (bad.length) {
    return { problem: `${file}: ${bad.length} font(s) not embedded or without a Unicode map: ${[
      ...new Set(bad.map(f => f.name)),
    ].join(', ')}` }
  }
  const type3 = fonts.filter(f => f.type.startsWith('Type 3')).length
  return type3
    ? { warning: `${file}: ${type3} Type 3 font(s). Chromium writes them for stroked text (an SVG label with a stroke halo) and for text in a system fallback font; print shops may refuse them.` }
    : {}
}

/**
 * What the export and hosting tests share: where `npm run export` and `npm run build:sub` put
 * their output, the sub-path server, and small helpers around poppler and PNG pixels.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PNG } from 'pngjs'
import { readDeck } from '../../addons/kit/node/deck'
import { kit } from '../talk'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
/** The sub-path of `npm run build:sub`, read from the script itself so it is written once. */
export const SUB_BASE = pkg.scripts['build:sub']?.match(/--base[= ](\S+)/)?.[1] ?? '/wecom-20/'
export const SUB_DIR = join(ROOT, pkg.scripts['build:sub']?.match(/--out[= ](\S+)/)?.[1] ?? 'dist-sub')
export const SUB_PORT = Number(process.env.E2E_SUB_PORT ?? 4182)
export const SUB_ORIGIN = `http://127.0.0.1:${SUB_PORT}`

const talk = await readDeck(join(ROOT, 'slides.md'))
export const head = talk.head as Record<string, any>
export const exportName = talk.name
export const files = {
  pdf: join(ROOT, kit.exportDir, `${exportName}.pdf`),
  steps: join(ROOT, kit.exportDir, `${exportName}-steps.pdf`),
  handout: join(ROOT, kit.exportDir, `${exportName}-handout.pdf`),
  /** The editable PPTX (native text, shapes, charts). */
  pptx: join(ROOT, kit.exportDir, `${exportName}.pptx`),
  /** Slidev's PPTX: a picture per reveal step, for presenting. */
  pptxPictures: join(ROOT, kit.exportDir, `${exportName}-pictures.pptx`),
}

export function need(file: string, script: string): void {
  if (!existsSync(file))
    throw new Error(`${file} is missing: run "npm run ${script}" first (npm test does).`)
}

export function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

/** Text of every page (pdftotext separates pages with form feeds). */
export function pdfPages(file: string): string[] {
  const pages = run('pdftotext', ['-layout', file, '-']).split('\f')
  if (pages.at(-1)?.trim() === '')
    pages.pop()
  return pages
}

/** No whitespace at all: pdftotext breaks lines and spaces where the slide wrapped. */
export { squash } from '../../addons/kit/node/export/pdf-structure'

/** Page `no` (1-based) rendered to pixels by poppler. */
export function renderPage(file: string, no: number, dpi = 60): PNG {
  const out = execFileSync('pdftoppm', [
    '-f',
    String(no),
    '-l',
    String(no),
    '-r',
    String(dpi),
    '-png',
    file,
  ])
  return PNG.sync.read(out)
}

/** A region of an image or page, as fractions of its width and height from the top left. */
export interface Box {
  x0: number
  y0: number
  x1: number
  y1: number
}

export interface InkCount {
  /** Pixels that are not near-white and not near-black grey: colour. */
  coloured: number
  /** Pixels that are not background (far from the corner pixel's colour). */
  ink: number
  total: number
}

/** Count coloured and non-background pixels inside a box given as fractions of the image. */
export function ink(png: PNG, box: Box = { x0: 0, y0: 0, x1: 1, y1: 1 }): InkCount {
  const bg = [png.data[0]!, png.data[1]!, png.data[2]!]
  const count = { coloured: 0, ink: 0, total: 0 }
  for (let y = Math.floor(box.y0 * png.height); y < Math.floor(box.y1 * png.height); y++) {
    for (let x = Math.floor(box.x0 * png.width); x < Math.floor(box.x1 * png.width); x++) {
      const i = (y * png.width + x) * 4
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!]
      count.total++
      if (Math.abs(r - bg[0]!) + Math.abs(g - bg[1]!) + Math.abs(b - bg[2]!) > 60)
        count.ink++
      if (Math.max(r, g, b) - Math.min(r, g, b) > 80)
        count.coloured++
    }
  }
  return count
}

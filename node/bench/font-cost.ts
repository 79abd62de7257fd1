/**
 * What a self-hosted Chinese web font would cost this deck: the distinct characters its slides
 * use, and the size of Noto Sans SC (Regular and Bold, from Debian's fonts-noto-cjk) subset to
 * exactly those characters as WOFF2. The deck ships no web font (a system CJK font stack, see
 * the headmatter's `fonts`); the README's font section quotes these figures.
 *
 *   npm install --no-save subset-font   (not a dependency of the deck: only this measurement needs it)
 *   node node/bench/font-cost.ts [--subset-font-from DIR]
 *
 * Characters are taken from what the slides show: slides.md without speaker notes, the
 * components' templates and the data and formatting modules they render. Code comments in those
 * files may add a few characters, so the figures lean high.
 */
import { Buffer } from 'node:buffer'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const FONT_DIR = '/usr/share/fonts/opentype/noto'
/** Face index of "Noto Sans CJK SC" in Debian's NotoSansCJK-*.ttc (fc-query lists JP, KR, SC, …). */
const SC_FACE = 2

const { values } = parseArgs({
  options: {
    'subset-font-from': { type: 'string' },
  },
})

type SubsetFont = (font: Buffer, text: string, options: { targetFormat: 'woff2', noLayoutClosure?: boolean }) => Promise<Buffer>

async function loadSubsetFont(): Promise<SubsetFont> {
  const from = values['subset-font-from'] ?? ROOT
  try {
    const path = createRequire(join(resolve(from), 'noop.js')).resolve('subset-font')
    const mod = await import(pathToFileURL(path).href) as { default: SubsetFont }
    return mod.default
  }
  catch {
    console.error(`subset-font is not installed (looked from ${from}). Run: npm install --no-save subset-font`)
    process.exit(1)
  }
}

/** One face of a TrueType/OpenType collection as a stand-alone font (tables copied, not parsed). */
export function extractFace(ttc: Uint8Array, index: number): Uint8Array {
  const view = new DataView(ttc.buffer, ttc.byteOffset, ttc.byteLength)
  if (view.getUint32(0) !== 0x74746366) // 'ttcf'
    throw new Error('not a font collection')
  const count = view.getUint32(8)
  if (index >= count)
    throw new Error(`the collection has ${count} faces, not ${index + 1}`)
  const dir = view.getUint32(12 + 4 * index)
  const numTables = view.getUint16(dir + 4)
  const tables = Array.from({ length: numTables }, (_, i) => {
    const rec = dir + 12 + 16 * i
    return {
      record: ttc.subarray(rec, rec + 16),
      offset: view.getUint32(rec + 8),
      length: view.getUint32(rec + 12),
    }
  })
  const headerSize = 12 + 16 * numTables
  const size = tables.reduce((n, t) => n + Math.ceil(t.length / 4) * 4, headerSize)
  const out = new Uint8Array(size)
  const outView = new DataView(out.buffer)
  out.set(ttc.subarray(dir, dir + 12), 0)
  let at = headerSize
  tables.forEach((t, i) => {
    out.set(t.record, 12 + 16 * i)
    outView.setUint32(12 + 16 * i + 8, at)
    out.set(ttc.subarray(t.offset, t.offset + t.length), at)
    at += Math.ceil(t.length / 4) * 4
  })
  return out
}

function filesIn(dir: string, ext: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir).filter(f => f.endsWith(ext)).map(f => join(dir, f))
    : []
}

function shownText(): string {
  const slides = readFileSync(join(ROOT, 'slides.md'), 'utf8').replace(/<!--[\s\S]*?-->/g, '')
  const sources = [
    ...filesIn(join(ROOT, 'components'), '.vue'),
    ...filesIn(join(ROOT, 'data'), '.ts'),
    join(ROOT, 'client/format.ts'),
  ]
    .map(f => readFileSync(f, 'utf8').replace(/<!--[\s\S]*?-->/g, ''))
  return [slides, ...sources].join('\n')
}

const subsetFont = await loadSubsetFont()
const chars = [
  ...new Set([
    ...shownText(),
  ].filter(c => c.codePointAt(0)! > 0x7E)),
].join('')
const cjk = [...chars].filter(c => /\p{Script=Han}/u.test(c)).length
const text = `${chars} !"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_\`abcdefghijklmnopqrstuvwxyz{|}~`
console.log(`Characters the slides show: ${chars.length} distinct non-ASCII (${cjk} Han), plus printable ASCII.`)
let total = 0
for (const weight of ['Regular', 'Bold']) {
  const ttc = readFileSync(join(FONT_DIR, `NotoSansCJK-${weight}.ttc`))
  const face = extractFace(ttc, SC_FACE)
  // noLayoutClosure: only the characters' own glyphs, not the vertical and regional alternates
  // that OpenType features reach (they double the size and horizontal Simplified Chinese never uses them).
  const woff2 = await subsetFont(Buffer.from(face.buffer, face.byteOffset, face.byteLength), text, { targetFormat: 'woff2', noLayoutClosure: true })
  total += woff2.length
  console.log(`Noto Sans CJK SC ${weight}: whole face ${(face.length / 1e6).toFixed(1)} MB (OTF); subset ${(woff2.length / 1e3).toFixed(1)} kB (WOFF2)`)
}
console.log(`Both weights, subset: ${(total / 1e3).toFixed(1)} kB, on top of the first slide's transfer. System font stack: 0 kB.`)

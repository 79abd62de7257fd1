/**
 * A PPTX read back from its own XML (jszip, no office suite): each slide's shapes in order with
 * their kind, name, box (EMU), rotation and text; each slide's notes; each chart's categories,
 * values and label formats, and the workbooks embedded for them. The exporter checks what it
 * wrote with it (check.ts), and so do the tests.
 */
import { readFileSync } from 'node:fs'
import JSZip from 'jszip'

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface ReadShape {
  kind: 'text' | 'shape' | 'picture' | 'chart'
  name: string
  /** EMU (914 400 an inch). */
  box: Box
  /** Degrees, clockwise. */
  rotate: number
  /** Paragraphs joined with "\n" (line breaks too). */
  text: string
}

export interface ReadSlide {
  no: number
  shapes: ReadShape[]
  /** The notes' paragraphs. */
  notes: string[]
}

export interface ReadChart {
  file: string
  /** Category levels, the innermost first. */
  categories: string[][]
  values: number[]
  /** The series' label format, then any per-column ones (`<c:dLbl>`), in order. */
  formats: string[]
}

export interface ReadPptx {
  /** The slide size, EMU. */
  size: { w: number, h: number }
  slides: ReadSlide[]
  charts: ReadChart[]
  /** Files under ppt/embeddings/ (the charts' workbooks). */
  embeddings: string[]
}

const DECODE: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: '\'',
}
export const decodeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => DECODE[e]!)

const num = (s: string | undefined) => Number(s ?? 0)
const attr = (xml: string, name: string) => xml.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1]

/** The text of a `<p:txBody>`: its paragraphs, each with its line breaks as "\n". */
export function bodyText(xml: string): string[] {
  return [
    ...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g),
  ].map(p =>
    [
      ...p[1]!.matchAll(/<a:t>([\s\S]*?)<\/a:t>|<a:br\/>/g),
    ].map(m => m[0] === '<a:br/>'
      ? '\n'
      : decodeXml(m[1]!)).join(''))
}

export function readShapes(slideXml: string): ReadShape[] {
  const out: ReadShape[] = []
  for (const m of slideXml.matchAll(/<p:(sp|pic|graphicFrame)>([\s\S]*?)<\/p:\1>/g)) {
    const [, tag, body] = m as unknown as [string, string, string]
    const xfrm = body.match(/<(?:a|p):xfrm([^>]*)>\s*<a:off x="(-?\d+)" y="(-?\d+)"\s*\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\s*\/>/)
    const name = decodeXml(body.match(/<p:cNvPr [^>]*name="([^"]*)"/)?.[1] ?? '')
    const kind: ReadShape['kind'] = tag === 'pic'
      ? 'picture'
      : tag === 'graphicFrame'
        ? 'chart'
        : /txBox="1"/.test(body)
          ? 'text'
          : 'shape'
    out.push({
      kind,
      name,
      box: {
        x: num(xfrm?.[2]),
        y: num(xfrm?.[3]),
        w: num(xfrm?.[4]),
        h: num(xfrm?.[5]),
      },
      rotate: num(attr(xfrm?.[1] ?? '', 'rot')) / 60000,
      text: bodyText(body.match(/<p:txBody>([\s\S]*?)<\/p:txBody>/)?.[1] ?? '').join('\n').trim(),
    })
  }
  return out
}

export function readChart(file: string, xml: string): ReadChart {
  const cat = xml.match(/<c:cat>([\s\S]*?)<\/c:cat>/)?.[1] ?? ''
  const levels = [
    ...cat.matchAll(/<c:lvl>([\s\S]*?)<\/c:lvl>/g),
  ].map(l => l[1]!)
  const pts = (s: string) => [
    ...s.matchAll(/<c:pt idx="\d+">\s*<c:v>([\s\S]*?)<\/c:v>/g),
  ].map(p => decodeXml(p[1]!))
  return {
    file,
    categories: levels.length
      ? levels.map(pts)
      : [
          pts(cat),
        ],
    values: pts(xml.match(/<c:val>([\s\S]*?)<\/c:val>/)?.[1] ?? '').map(Number),
    formats: [
      ...(xml.match(/<c:dLbls>[\s\S]*?<\/c:dLbls>/)?.[0] ?? '').matchAll(/<c:numFmt formatCode="([^"]*)"/g),
    ].map(f => decodeXml(f[1]!)),
  }
}

/**
 * The first sheet of a chart's embedded workbook, as rows of cells (shared strings resolved), and
 * what is wrong with it: a cell written twice, or out of its row.
 */
export async function readSheet(xlsx: Buffer | Uint8Array): Promise<{ rows: (string | number | null)[][], problems: string[] }> {
  const book = await JSZip.loadAsync(xlsx)
  const strings = [
    ...((await book.file('xl/sharedStrings.xml')?.async('string')) ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g),
  ]
    .map(si => decodeXml([
      ...si[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g),
    ].map(t => t[1]).join('')))
  const sheet = (await book.file('xl/worksheets/sheet1.xml')?.async('string')) ?? ''
  const rows: (string | number | null)[][] = []
  const problems: string[] = []
  const seen = new Set<string>()
  for (const row of sheet.matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
    const r = Number(row[1])
    for (const c of row[2]!.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const [, col, at, attrs, body] = c as unknown as [string, string, string, string, string | undefined]
      const ref = `${col}${at}`
      if (seen.has(ref))
        problems.push(`${ref} written twice`)
      seen.add(ref)
      if (Number(at) !== r)
        problems.push(`${ref} in row ${r}`)
      const v = body?.match(/<v>([\s\S]*?)<\/v>/)?.[1]
      const value = v === undefined
        ? null
        : /t="s"/.test(attrs)
          ? strings[Number(v)] ?? null
          : Number(v)
      const ci = [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1
      rows[r - 1] ??= []
      rows[r - 1]![ci] = value
    }
  }
  return { rows, problems }
}

const numbered = (name: string) => Number(name.match(/(\d+)\.xml$/)?.[1] ?? 0)

export async function readPptx(file: string | Buffer): Promise<ReadPptx> {
  const zip = await JSZip.loadAsync(typeof file === 'string'
    ? readFileSync(file)
    : file)
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? ''
  const names = Object.keys(zip.files)
  const presentation = await text('ppt/presentation.xml')
  const sz = presentation.match(/<p:sldSz cx="(\d+)" cy="(\d+)"/)
  const slideFiles = names.filter(n => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => numbered(a) - numbered(b))
  const slides: ReadSlide[] = []
  for (const [i, name] of slideFiles.entries()) {
    const rels = await text(name.replace('slides/', 'slides/_rels/').replace(/\.xml$/, '.xml.rels'))
    const notesTarget = rels.match(/Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/)?.[1]
    const notesXml = notesTarget
      ? await text(`ppt/notesSlides/${notesTarget}`)
      : ''
    const body = notesXml.match(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="body"[\s\S]*?<\/p:sp>/)?.[0] ?? ''
    slides.push({
      no: i + 1,
      shapes: readShapes(await text(name)),
      notes: bodyText(body).map(s => s.trim()).filter(Boolean),
    })
  }
  const charts: ReadChart[] = []
  for (const name of names.filter(n => /^ppt\/charts\/chart\d+\.xml$/.test(n)).sort((a, b) => numbered(a) - numbered(b)))
    charts.push(readChart(name, await text(name)))
  return {
    size: {
      w: num(sz?.[1]),
      h: num(sz?.[2]),
    },
    slides,
    charts,
    embeddings: names.filter(n => n.startsWith('ppt/embeddings/') && !zip.files[n]!.dir),
  }
}

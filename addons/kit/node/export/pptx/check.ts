/**
 * What a slide of an editable PPTX must not be, read from the shapes' own positions (read.ts):
 * text boxes outside the 16:9 frame, text boxes overlapping one another (two texts drawn over
 * each other), a slide that is one picture. The exporter warns of each; the tests fail on them.
 * A decoration (text the slide hides from screen readers, as a section's watermark numeral, named
 * so by walk.ts) may lie under other text, as it does on the slide.
 *
 * And what the whole package must not be (packageProblems): the faults of pptxgenjs's output
 * that the schemas or the package rules forbid, as mend.ts mends them.
 */
import type { Box, ReadShape, ReadSlide } from './read.ts'
import JSZip from 'jszip'
import { DECORATION } from './parts.ts'
import { decodeXml } from './read.ts'

/** The box a shape covers once rotated (a quarter turn swaps its width and height about its centre). */
export function coveredBox(s: Pick<ReadShape, 'box' | 'rotate'>): Box {
  const quarter = Math.round(((s.rotate % 180) + 180) % 180) === 90
  if (!quarter)
    return s.box
  const cx = s.box.x + s.box.w / 2
  const cy = s.box.y + s.box.h / 2
  return {
    x: cx - s.box.h / 2,
    y: cy - s.box.w / 2,
    w: s.box.h,
    h: s.box.w,
  }
}

/** The area two boxes share. */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
  return w > 0 && h > 0
    ? w * h
    : 0
}

export interface SlideProblems {
  outside: string[]
  overlapping: string[]
  /** A picture covers half the slide or more, or the slide holds nothing else. */
  onePicture: boolean
}

const label = (s: ReadShape) => JSON.stringify(s.text.replace(/\s+/g, ' ').slice(0, 24))

/**
 * `slack`: EMU a box may pass the frame or share with another before it counts (a rounding, the
 * half-pixel a line box has over its characters): by default 0.02 in.
 */
export function slideProblems(slide: ReadSlide, frame: { w: number, h: number }, slack = 18_288): SlideProblems {
  const texts = slide.shapes.filter(s => s.kind === 'text' && s.text)
  const outside = texts.filter((s) => {
    const b = coveredBox(s)
    return b.x < -slack || b.y < -slack || b.x + b.w > frame.w + slack || b.y + b.h > frame.h + slack
  }).map(label)
  const overlapping: string[] = []
  const content = texts.filter(s => !s.name.startsWith(DECORATION))
  content.forEach((a, i) => {
    for (const b of content.slice(i + 1)) {
      const A = coveredBox(a)
      const B = coveredBox(b)
      // Shared more than a sliver: a strip `slack` deep along the shorter of the two.
      if (overlapArea(A, B) > slack * Math.min(Math.max(A.w, A.h), Math.max(B.w, B.h)))
        overlapping.push(`${label(a)} and ${label(b)}`)
    }
  })
  // A picture over half the slide, or nothing but pictures: the slide is not native.
  const pictures = slide.shapes.filter(s => s.kind === 'picture')
  const onePicture = pictures.some(p => p.box.w * p.box.h >= 0.5 * frame.w * frame.h)
    || (slide.shapes.length > 0 && pictures.length === slide.shapes.length)
  return { outside, overlapping, onePicture }
}

/**
 * `p:presentation`'s children in the order the schema (CT_Presentation, ECMA-376 Part 1 §19.2.1.26)
 * gives them.
 */
const PRESENTATION_ORDER = [
  'sldMasterIdLst',
  'notesMasterIdLst',
  'handoutMasterIdLst',
  'sldIdLst',
  'sldSz',
  'notesSz',
  'smartTags',
  'embeddedFontLst',
  'custShowLst',
  'photoAlbum',
  'custDataLst',
  'kinsoku',
  'defaultTextStyle',
  'modifyVerifier',
  'extLst',
]

/** The children of `p:presentation` that stand out of the schema's order. */
export function presentationOrderProblems(xml: string): string[] {
  const found = [
    ...xml.matchAll(/<p:(\w+)[\s/>]/g),
  ].map(m => m[1]!).filter(n => PRESENTATION_ORDER.includes(n))
  const out: string[] = []
  found.forEach((n, i) => {
    const before = found.slice(0, i).find(m => PRESENTATION_ORDER.indexOf(m) > PRESENTATION_ORDER.indexOf(n))
    if (before)
      out.push(`p:${n} stands after p:${before}; the schema puts it before`)
  })
  return out
}

/** Paragraphs with more than one `a:pPr`, or one that is not their first child. */
export function paragraphProblems(xml: string): number {
  let bad = 0
  for (const [, body] of xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
    const props = body!.match(/<a:pPr\b/g)?.length ?? 0
    if (props > 1 || (props === 1 && !body!.startsWith('<a:pPr')))
      bad++
  }
  return bad
}

/** A chart's numbers outside their schema types: gap widths whole from 0 to 500, overlaps whole from -100 to 100. */
export function chartValueProblems(xml: string): string[] {
  const out: string[] = []
  for (const [, v] of xml.matchAll(/<c:gapWidth val="([^"]*)"/g)) {
    if (!/^\d+$/.test(v!) || Number(v) > 500)
      out.push(`c:gapWidth ${v} is not a whole number from 0 to 500`)
  }
  for (const [, v] of xml.matchAll(/<c:overlap val="([^"]*)"/g)) {
    if (!/^-?\d+$/.test(v!) || Math.abs(Number(v)) > 100)
      out.push(`c:overlap ${v} is not a whole number from -100 to 100`)
  }
  return out
}

const posix = {
  dir: (p: string) => p.replace(/\/?[^/]*$/, ''),
  join(base: string, rel: string) {
    const parts = (base
      ? `${base}/${rel}`
      : rel).split('/')
    const out: string[] = []
    for (const p of parts) {
      if (p === '..')
        out.pop()
      else if (p !== '.' && p !== '')
        out.push(p)
    }
    return out.join('/')
  },
}

/** Relationship targets inside the package that are not there; content types for absent parts, and parts without one. */
export async function packagePartProblems(zip: JSZip): Promise<string[]> {
  const names = Object.keys(zip.files).filter(n => !zip.files[n]!.dir)
  const has = new Set(names)
  const out: string[] = []
  const types = await zip.file('[Content_Types].xml')?.async('string')
  if (!types)
    return ['no [Content_Types].xml']
  const defaults = new Set([
    ...types.matchAll(/<Default Extension="([^"]+)"/g),
  ].map(m => m[1]!.toLowerCase()))
  const overrides = new Set([
    ...types.matchAll(/<Override PartName="\/([^"]+)"/g),
  ].map(m => m[1]!))
  for (const part of overrides) {
    if (!has.has(part))
      out.push(`[Content_Types].xml names ${part}, which the package does not hold`)
  }
  for (const n of names) {
    if (n !== '[Content_Types].xml' && !overrides.has(n) && !defaults.has(n.split('.').pop()!.toLowerCase()))
      out.push(`${n} has no content type`)
  }
  for (const rels of names.filter(n => n.endsWith('.rels'))) {
    const base = posix.dir(posix.dir(rels))
    for (const [rel] of (await zip.file(rels)!.async('string')).matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(rel))
        continue
      const target = rel.match(/Target="([^"]+)"/)?.[1] ?? ''
      const part = target.startsWith('/')
        ? target.slice(1)
        : posix.join(base, target)
      if (!has.has(part))
        out.push(`${rels}: target ${target} is not in the package`)
    }
  }
  return out
}

/** A chart's workbook: a cell format for every cell, and a table whose columns are named by their header cells. */
export async function workbookProblems(xlsx: Uint8Array | Buffer): Promise<string[]> {
  const book = await JSZip.loadAsync(xlsx)
  const text = async (n: string) => await book.file(n)?.async('string') ?? ''
  const out: string[] = []
  const styles = await text('xl/styles.xml')
  const formats = Number(styles.match(/<cellXfs count="(\d+)"/)?.[1] ?? 0)
  if (formats < 1)
    out.push('styles.xml holds no cell formats (cellXfs)')
  const sheet = await text('xl/worksheets/sheet1.xml')
  for (const [, s] of sheet.matchAll(/<c [^>]*\bs="(\d+)"/g)) {
    if (Number(s) >= formats)
      out.push(`a cell refers to cell format ${s}, which styles.xml does not hold`)
  }
  const strings = [
    ...(await text('xl/sharedStrings.xml')).matchAll(/<si><t(?: [^>]*)?>([\s\S]*?)<\/t><\/si>/g),
  ].map(m => decodeXml(m[1]!))
  const cell = (ref: string) => {
    const c = sheet.match(new RegExp(`<c r="${ref}"([^>]*)><v>([^<]*)</v></c>`))
    return c
      ? /t="s"/.test(c[1]!)
        ? strings[Number(c[2])] ?? ''
        : c[2]!
      : ''
  }
  for (const table of Object.keys(book.files).filter(n => /^xl\/tables\/table\d+\.xml$/.test(n))) {
    const xml = await text(table)
    const start = xml.match(/\bref="([A-Z]+)(\d+):/)
    const columns = [
      ...xml.matchAll(/<tableColumn id="\d+" name="([^"]*)"/g),
    ].map(m => decodeXml(m[1]!))
    columns.forEach((name, i) => {
      const ref = `${String.fromCharCode((start?.[1] ?? 'A').charCodeAt(0) + i)}${start?.[2] ?? 1}`
      const header = cell(ref)
      if (header === '' || header !== name)
        out.push(`${table}: column ${i + 1} is named "${name}" over the header cell ${ref} "${header}"`)
    })
  }
  return out
}

/**
 * What the ECMA-376 Transitional schemas and the package rules ask that a PPTX written by
 * pptxgenjs (the editable file, Slidev's picture file) has been seen to miss, checked from the
 * file's own XML: content types and relationship targets against the parts; `presentation.xml`'s
 * order; one `a:pPr` a paragraph, first; gap widths and overlaps inside their types; the notes
 * master on a theme of its own, without prompt text; each chart workbook's cell formats and table
 * header. Not a schema validation: the faults seen, kept from coming back.
 */
export async function packageProblems(file: Buffer | Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(file)
  const names = Object.keys(zip.files).filter(n => !zip.files[n]!.dir)
  const text = (n: string) => zip.file(n)!.async('string')
  const out = await packagePartProblems(zip)
  const presentation = names.includes('ppt/presentation.xml')
    ? await text('ppt/presentation.xml')
    : ''
  out.push(...presentationOrderProblems(presentation).map(p => `ppt/presentation.xml: ${p}`))
  for (const n of names.filter(n => /^ppt\/(?:slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/.test(n))) {
    const bad = paragraphProblems(await text(n))
    if (bad)
      out.push(`${n}: ${bad} paragraphs with more than one a:pPr or one after their runs`)
  }
  for (const n of names.filter(n => /^ppt\/charts\/chart\d+\.xml$/.test(n)))
    out.push(...chartValueProblems(await text(n)).map(p => `${n}: ${p}`))
  const themeOf = async (part: string) => {
    const rels = part.replace(/([^/]+)$/, '_rels/$1.rels')
    return names.includes(rels)
      ? (await text(rels)).match(/Type="[^"]*\/theme" Target="([^"]+)"/)?.[1]
      : undefined
  }
  const masterThemes = new Set(await Promise.all(names.filter(n => /^ppt\/slideMasters\/[^/]+\.xml$/.test(n)).map(themeOf)))
  for (const n of names.filter(n => /^ppt\/notesMasters\/[^/]+\.xml$/.test(n))) {
    const theme = await themeOf(n)
    if (!theme)
      out.push(`${n} has no theme`)
    else if (masterThemes.has(theme))
      out.push(`${n} shares its theme ${theme} with a slide master`)
    const xml = await text(n)
    if (/<p:ph type="(?:hdr|dt|ftr)"/.test(xml) || /Click to edit|Second level/.test(xml))
      out.push(`${n} keeps pptxgenjs's stock placeholders (header, date, footer, English prompts)`)
  }
  for (const n of names.filter(n => /^ppt\/embeddings\/.+\.xlsx$/.test(n)))
    out.push(...(await workbookProblems(await zip.file(n)!.async('uint8array'))).map(p => `${n}: ${p}`))
  return out
}

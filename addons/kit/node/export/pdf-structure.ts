/**
 * The logical structure of a tagged PDF: per page, every structure element (H1, P, L, Figure, …)
 * with its alternative text and the text it holds. The exporter finds the handout's page for each
 * slide from it (where the slide's title heading is); the tests check the headings, figures and
 * language a screen reader would meet.
 *
 * Two libraries, each for what it reads well:
 *   pdf-lib  the structure tree itself (StructTreeRoot): roles, /Alt, pages, and the marked-content
 *            sequences each element owns, also those inside a form XObject (an MCR with /Stm).
 *            Chromium puts a transformed box (the handout's scaled slide) into a form XObject;
 *            pdf.js's own getStructTree() drops such content, so it cannot be used here.
 *   pdf.js   the text of each marked-content sequence (getTextContent with marked content), which
 *            decodes the fonts' Unicode maps. It names a sequence by page and MCID only, so a form's
 *            MCIDs collide with the page's; they are told apart by their order, read from the
 *            content streams (a BDC with an MCID, or a form painted with Do), and checked.
 */
import type { PDFObject } from 'pdf-lib'
import { readFileSync } from 'node:fs'
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface StructElement {
  /** Structure type as the PDF names it: Document, H1…H6, P, L, LI, Figure, Link, … */
  role: string
  /** The element's /Alt (a figure's text alternative), when it has one. */
  alt?: string
  /** Every character the element and its descendants hold, in content order, no separators. */
  text: string
}

export interface PdfStructure {
  /** The catalog's /Lang. */
  lang?: string
  /** True when the catalog's /MarkInfo says the document is tagged. */
  marked: boolean
  /** Per page (index 0 = page 1): the elements with content on it, in reading order (pre-order). */
  pages: StructElement[][]
}

/** Whitespace-free text, for comparing what the PDF holds with the slide source. */
export const squash = (s: string): string => s.replace(/\s+/g, '')

export const isHeading = (el: StructElement): boolean => /^H[1-6]?$/.test(el.role)

const key = (stream: string, mcid: number) => `${stream}#${mcid}`

function textOf(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFString || obj instanceof PDFHexString
    ? obj.decodeText()
    : undefined
}

function streamText(stream: PDFObject | undefined): string {
  return stream instanceof PDFRawStream
    ? Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')
    : ''
}

/**
 * The marked-content sequences of a content stream in painting order, as (stream, MCID) keys,
 * descending into the form XObjects it paints. Chromium (Skia) writes `/Tag <</MCID n >>BDC` and
 * `/Xn Do`; its strings are hex, so neither pattern can occur inside text.
 */
function sequence(doc: PDFDocument, streamKey: string, content: string, resources: PDFDict | undefined): string[] {
  const out: string[] = []
  const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict)
  for (const m of content.matchAll(/\/MCID\s+(\d+)\s*>>\s*BDC|\/([^\s/<>[\]()]+)\s+Do\b/g)) {
    if (m[1] !== undefined) {
      out.push(key(streamKey, Number(m[1])))
      continue
    }
    const ref = xobjects?.get(PDFName.of(m[2]!))
    const form = ref instanceof PDFRef
      ? doc.context.lookup(ref)
      : undefined
    if (form instanceof PDFRawStream && form.dict.get(PDFName.of('Subtype')) === PDFName.of('Form'))
      out.push(...sequence(doc, ref!.toString(), streamText(form), form.dict.lookupMaybe(PDFName.of('Resources'), PDFDict) ?? resources))
  }
  return out
}

interface MarkedItem {
  type?: string
  id?: string
  str?: string
}

/** Text of every marked-content sequence of the document, by (stream, MCID) key. */
async function markedText(bytes: Uint8Array, doc: PDFDocument): Promise<Map<string, string>> {
  const text = new Map<string, string>()
  const task = getDocument({
    data: bytes.slice(),
    verbosity: 0,
  })
  try {
    const pdf = await task.promise
    for (const [i, page] of doc.getPages().entries()) {
      const contents = page.node.Contents()
      const content = contents instanceof PDFArray
        ? contents.asArray().map(r => streamText(doc.context.lookup(r))).join('\n')
        : streamText(contents)
      const order = sequence(doc, page.ref.toString(), content, page.node.Resources())
      const { items } = await (await pdf.getPage(i + 1)).getTextContent({ includeMarkedContent: true })
      const open: (string | undefined)[] = []
      let n = 0
      for (const item of items as MarkedItem[]) {
        if (item.type === 'beginMarkedContentProps' && item.id) {
          const at = order[n++]
          if (!at || Number(at.split('#')[1]) !== Number(item.id.split('_mc')[1]))
            throw new Error(`page ${i + 1}: pdf.js's marked content (${item.id}) does not follow the content stream (${at})`)
          open.push(at)
        }
        else if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
          open.push(undefined)
        }
        else if (item.type === 'endMarkedContent') {
          open.pop()
        }
        else if (typeof item.str === 'string') {
          const at = open.findLast(Boolean)
          if (at)
            text.set(at, (text.get(at) ?? '') + item.str)
        }
      }
    }
  }
  finally {
    await task.destroy()
  }
  return text
}

export async function readStructure(file: string | Uint8Array): Promise<PdfStructure> {
  const bytes = typeof file === 'string'
    ? new Uint8Array(readFileSync(file))
    : file
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const pageOf = new Map(doc.getPages().map((p, i) => [
    p.ref.toString(),
    i,
  ]))
  const text = await markedText(bytes, doc)
  /** Every element in pre-order, with the pages its content (its own or its descendants') is on. */
  const all: { el: StructElement, on: Set<number> }[] = []

  /** Walk an element's kids; returns their text and adds the pages their content is on to `on`. */
  const walk = (obj: PDFObject | undefined, page: string | undefined, on: Set<number>): string => {
    const node = obj instanceof PDFRef
      ? doc.context.lookup(obj)
      : obj
    if (node instanceof PDFArray)
      return node.asArray().map(k => walk(k, page, on)).join('')
    if (node instanceof PDFNumber) { // an MCID in the content of the element's page
      on.add(pageOf.get(page ?? '') ?? -1)
      return text.get(key(page ?? '', node.asNumber())) ?? ''
    }
    if (!(node instanceof PDFDict))
      return ''
    const type = node.get(PDFName.of('Type'))
    const pg = node.get(PDFName.of('Pg'))?.toString() ?? page
    if (type === PDFName.of('MCR')) {
      on.add(pageOf.get(pg ?? '') ?? -1)
      const stm = node.get(PDFName.of('Stm'))?.toString() ?? pg ?? ''
      return text.get(key(stm, node.lookup(PDFName.of('MCID'), PDFNumber).asNumber())) ?? ''
    }
    if (type === PDFName.of('OBJR'))
      return '' // an annotation (a link's active area): no text of its own
    const role = node.get(PDFName.of('S'))
    if (!(role instanceof PDFName))
      return ''
    const el: StructElement = {
      role: role.decodeText(),
      text: '',
    }
    const alt = textOf(node.lookup(PDFName.of('Alt')))
    if (alt !== undefined)
      el.alt = alt
    const mine = {
      el,
      on: new Set<number>(),
    }
    all.push(mine)
    el.text = walk(node.get(PDFName.of('K')), pg, mine.on)
    mine.on.forEach(p => on.add(p))
    return el.text
  }

  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  if (root)
    walk(root.get(PDFName.of('K')), undefined, new Set())
  const markInfo = doc.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)
  return {
    lang: textOf(doc.catalog.lookup(PDFName.of('Lang'))),
    marked: markInfo?.get(PDFName.of('Marked'))?.toString() === 'true',
    pages: doc.getPages().map((_, i) => all.filter(x => x.on.has(i)).map(x => x.el)),
  }
}

/**
 * The page (0-based) of each title's heading. The titles are placed in order, each on a heading
 * before the next title's, and as late as that allows: matched from the last title back, each to
 * the last heading before the one the title after it took. So a title repeated ahead of its slide
 * (the cover repeats the deck's title, which is slide 1's) lands on its slide, and two slides with
 * one title get a heading each. -1 where no heading reads the title (the search goes on from where
 * the title after it matched).
 */
export function headingPages(structure: PdfStructure, titles: readonly string[]): number[] {
  const headings = structure.pages.flatMap((els, page) => els.filter(isHeading).map(h => ({
    page,
    text: squash(h.text),
  })))
  const pages = titles.map(() => -1)
  let before = headings.length
  for (let t = titles.length - 1; t >= 0; t--) {
    const want = squash(titles[t]!)
    const at = headings.findLastIndex((h, i) => i < before && h.text === want)
    if (at >= 0) {
      pages[t] = headings[at]!.page
      before = at
    }
  }
  return pages
}

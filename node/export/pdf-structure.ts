/**
 * The logical structure of a tagged PDF, read with pdf.js (pdfjs-dist): per page, every structure
 * element (H1, P, L, Figure, …) with its alternative text and the text it holds. The exporter finds
 * the handout's page for each slide from it (where the slide's title heading is); the tests check
 * the headings, figures and language a screen reader would meet.
 *
 * pdf.js gives the tree per page (`page.getStructTree()`) with leaves `{ type: 'content', id }`
 * naming marked-content sequences, and the text of those sequences from
 * `page.getTextContent({ includeMarkedContent: true })`; joining the two gives each element its text.
 */
import { readFileSync } from 'node:fs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface StructElement {
  /** Standard structure type as Chromium writes it: Document, H1…H6, P, L, LI, Figure, Link, … */
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
  /** Per page (index 0 = page 1): its structure elements in reading order (pre-order). */
  pages: StructElement[][]
}

/** pdf.js's struct tree node: an element with children, or a leaf pointing at content. */
interface TreeNode {
  role?: string
  alt?: string
  type?: 'content' | 'object' | 'annotation'
  id?: string
  children?: TreeNode[]
}

interface MarkedItem {
  type?: string
  id?: string
  str?: string
}

/** The text of each marked-content id on a page. Marked content nests; text goes to the innermost id. */
function markedText(items: readonly MarkedItem[]): Map<string, string> {
  const text = new Map<string, string>()
  const open: (string | undefined)[] = []
  for (const item of items) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
      open.push(item.id)
    }
    else if (item.type === 'endMarkedContent') {
      open.pop()
    }
    else if (typeof item.str === 'string') {
      const id = open.findLast(Boolean)
      if (id)
        text.set(id, (text.get(id) ?? '') + item.str)
    }
  }
  return text
}

function flatten(node: TreeNode, text: Map<string, string>, out: StructElement[]): string {
  if (node.type === 'content')
    return text.get(node.id ?? '') ?? ''
  if (!node.role)
    return '' // an object or annotation reference: no text of its own
  const el: StructElement = { role: node.role, text: '' }
  if (node.alt)
    el.alt = node.alt
  out.push(el)
  el.text = (node.children ?? []).map(c => flatten(c, text, out)).join('')
  return el.text
}

export async function readStructure(file: string | Uint8Array): Promise<PdfStructure> {
  const data = typeof file === 'string'
    ? new Uint8Array(readFileSync(file))
    : file
  const task = getDocument({ data, verbosity: 0 })
  const pdf = await task.promise
  try {
    const { info } = await pdf.getMetadata() as { info: { Language?: string } }
    // pdf.js 6 answers with a Map, though its types say a plain object.
    const mark = await pdf.getMarkInfo() as Map<string, boolean> | { Marked?: boolean } | null
    const pages: StructElement[][] = []
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n)
      const tree = await page.getStructTree() as TreeNode | null
      const content = await page.getTextContent({ includeMarkedContent: true })
      const elements: StructElement[] = []
      if (tree)
        flatten(tree, markedText(content.items as MarkedItem[]), elements)
      pages.push(elements)
    }
    return {
      lang: info.Language ?? undefined,
      marked: (mark instanceof Map
        ? mark.get('Marked')
        : mark?.Marked) === true,
      pages,
    }
  }
  finally {
    await task.destroy()
  }
}

/** Whitespace-free text, for comparing what the PDF holds with the slide source. */
export const squash = (s: string): string => s.replace(/\s+/g, '')

export const isHeading = (el: StructElement): boolean => /^H[1-6]?$/.test(el.role)

/**
 * The page (0-based) of each title's heading: the headings are taken in reading order, and each
 * title matches the first heading after the one the previous title matched, so a title also found
 * earlier (on a cover, in a contents list) or twice (two slides with one title) lands where its
 * slide is. -1 where no heading reads the title; the next title searches on from the last match.
 */
export function headingPages(structure: PdfStructure, titles: readonly string[]): number[] {
  const headings = structure.pages.flatMap((els, page) => els.filter(isHeading).map(h => ({
    page,
    text: squash(h.text),
  })))
  let next = 0
  return titles.map((title) => {
    const at = headings.findIndex((h, i) => i >= next && h.text === squash(title))
    if (at < 0)
      return -1
    next = at + 1
    return headings[at]!.page
  })
}

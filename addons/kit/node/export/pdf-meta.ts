import type { DeckSlide } from '../../shared/sections.ts'
import type { DocMeta } from '../deck.ts'
import type { OutlineEntry } from './pdf-outline.ts'
/**
 * What Chromium's PDF lacks, written with pdf-lib: document properties (title, author, subject,
 * keywords, language) and bookmarks by the talk's sections.
 *
 * pdf-lib rewrites the whole file, so the tagged structure Chromium wrote must survive it: the
 * catalog's /StructTreeRoot and /MarkInfo, and every page's /StructParents. pdf-lib keeps every
 * object it parsed and changes only what it is asked to; `finishPdf` checks that by reading the
 * result back, rather than trusting it.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import { groupBySection } from '../../shared/sections.ts'
import { writeOutline } from './pdf-outline.ts'

/** Catalog entries that make a PDF tagged; all must come out of pdf-lib as they went in. */
const TAGGING = ['StructTreeRoot', 'MarkInfo'] as const

function tagging(doc: PDFDocument): string[] {
  return TAGGING.filter(k => doc.catalog.lookupMaybe(PDFName.of(k), PDFDict) !== undefined)
}

/**
 * Bookmarks: each section opens on its first slide's page, with its slides under it.
 * `pageOf` gives a slide's 0-based page (one page per slide; or where its first step or its
 * handout page is).
 */
export function sectionOutline(slides: readonly DeckSlide[], titles: Readonly<Record<string, string>>, untitled: string, pageOf: (s: DeckSlide) => number): OutlineEntry[] {
  return groupBySection(slides, titles, untitled).map(section => ({
    title: section.title,
    page: pageOf(section.slides[0]!),
    children: section.slides.map(s => ({
      title: s.title,
      page: pageOf(s),
    })),
  }))
}

/** Set the document properties and (if given) the outline, in place. */
export async function finishPdf(file: string, meta: DocMeta & { url: string }, outline?: readonly OutlineEntry[]): Promise<void> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  const tagged = tagging(doc)
  doc.setTitle(meta.title, { showInWindowTitleBar: true })
  doc.setAuthor(meta.author)
  doc.setSubject(meta.subject)
  doc.setKeywords(meta.keywords)
  doc.setLanguage(meta.lang)
  doc.setCreator(`Slidev print route in Chromium (deck kit)${meta.url
    ? ` · ${meta.url}`
    : ''}`)
  doc.setProducer('Chromium (Skia/PDF), pdf-lib')
  doc.setModificationDate(new Date())
  if (outline)
    writeOutline(doc, outline)
  const bytes = await doc.save()
  const kept = tagging(await PDFDocument.load(bytes, { updateMetadata: false }))
  const lost = tagged.filter(k => !kept.includes(k))
  if (lost.length)
    throw new Error(`${file}: pdf-lib's save dropped ${lost.map(k => `/${k}`).join(' and ')}; the PDF would no longer be tagged`)
  writeFileSync(file, bytes)
}

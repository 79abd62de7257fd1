import type { PDFDocument } from 'pdf-lib'
/**
 * PDF outlines (bookmarks) with pdf-lib, which has no API for them: write a two-level tree
 * (section → slide) whose entries open their page, and read it back for the tests.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib'

export interface OutlineEntry {
  title: string
  /** 0-based page index. */
  page: number
  children?: OutlineEntry[]
}

/** Replace the document's outline with `entries`; top-level entries open expanded. */
export function writeOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  const ctx = doc.context
  const pages = doc.getPages()
  const rootRef = ctx.nextRef()

  const build = (nodes: readonly OutlineEntry[], parent: PDFRef, open: boolean): { first: PDFRef, last: PDFRef, count: number } => {
    const refs = nodes.map(() => ctx.nextRef())
    let visible = nodes.length
    nodes.forEach((n, i) => {
      const page = pages[n.page]
      if (!page)
        throw new RangeError(`outline entry "${n.title}" points at page ${n.page + 1}; the PDF has ${pages.length}`)
      const dict = ctx.obj({}) as PDFDict
      dict.set(PDFName.of('Title'), PDFHexString.fromText(n.title))
      dict.set(PDFName.of('Parent'), parent)
      dict.set(PDFName.of('Dest'), ctx.obj([page.ref, 'Fit']))
      if (i > 0)
        dict.set(PDFName.of('Prev'), refs[i - 1]!)
      if (i < nodes.length - 1)
        dict.set(PDFName.of('Next'), refs[i + 1]!)
      if (n.children?.length) {
        const kids = build(n.children, refs[i]!, false)
        dict.set(PDFName.of('First'), kids.first)
        dict.set(PDFName.of('Last'), kids.last)
        // Positive: the entry opens expanded (sections); negative: collapsed.
        dict.set(PDFName.of('Count'), PDFNumber.of(open
          ? kids.count
          : -kids.count))
        if (open)
          visible += kids.count
      }
      ctx.assign(refs[i]!, dict)
    })
    return {
      first: refs[0]!,
      last: refs.at(-1)!,
      count: visible,
    }
  }

  if (entries.length === 0)
    return
  const top = build(entries, rootRef, true)
  ctx.assign(rootRef, ctx.obj({
    Type: 'Outlines',
    First: top.first,
    Last: top.last,
    Count: top.count,
  }))
  doc.catalog.set(PDFName.of('Outlines'), rootRef)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

/** The outline as a tree, with 0-based page indexes. */
export function readOutline(doc: PDFDocument): OutlineEntry[] {
  const pageIndex = new Map(doc.getPages().map((p, i) => [
    p.ref.toString(),
    i,
  ]))
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const walk = (first: PDFDict | undefined): OutlineEntry[] => {
    const out: OutlineEntry[] = []
    for (let node = first; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const t = node.lookup(PDFName.of('Title'))
      const title = t instanceof PDFHexString || t instanceof PDFString
        ? t.decodeText()
        : String(t)
      const dest = node.lookupMaybe(PDFName.of('Dest'), PDFArray)
      const target = dest?.get(0)
      out.push({
        title,
        page: target instanceof PDFRef
          ? pageIndex.get(target.toString()) ?? -1
          : -1,
        children: walk(node.lookupMaybe(PDFName.of('First'), PDFDict)),
      })
    }
    return out
  }
  return outlines
    ? walk(outlines.lookupMaybe(PDFName.of('First'), PDFDict))
    : []
}

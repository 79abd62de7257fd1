/**
 * Faults of what pptxgenjs 4.0.1 writes, mended in the written file: each small, each seen in its
 * output here, each reported upstream as making PowerPoint offer to repair the file or Keynote
 * drop a part of it.
 *
 * The package and the slides:
 * - `[Content_Types].xml` names a slide master per slide (`slideMaster2.xml` …) where the file
 *   holds one (gitbrent/PptxGenJS#1444): overrides for parts that are not there are dropped;
 * - a slide's solid background (`<p:bgPr>`) lacks the effect list the schema requires (#1442);
 * - a shape without text has no `<p:txBody>` (#1441): it gets the empty one PowerPoint writes.
 *
 * The column charts:
 * - a bar chart declares a third axis id (`2094734556`, its 3-D series axis) that no axis carries;
 *   the schema allows two (#1534);
 * - a series with a colour per column writes its `<c:dPt>`s after its `<c:dLbls>`, where the
 *   schema wants them before;
 * - the embedded workbook's table ends its range with a stray apostrophe (`ref="A1:B4'"`), which
 *   Keynote and Quick Look cannot read, so they drop the chart (#1531).
 */
import JSZip from 'jszip'

/** `[Content_Types].xml` without overrides for parts the package does not hold. */
export function mendContentTypes(xml: string, parts: ReadonlySet<string>): string {
  return xml.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (o, name: string) => parts.has(name)
    ? o
    : '')
}

/** A slide with its background's effect list and a text body in every shape. */
export function mendSlideXml(xml: string, lang: string): string {
  return xml
    .replace(/(<p:bgPr>(?:(?!<\/p:bgPr>)[\s\S])*?)(<\/p:bgPr>)/g, (all, body: string, end: string) => body.includes('<a:effectLst')
      ? all
      : `${body}<a:effectLst/>${end}`)
    .replace(/<p:sp>((?:(?!<\/p:sp>)[\s\S])*?)<\/p:sp>/g, (all, body: string) => body.includes('<p:txBody>')
      ? all
      : `<p:sp>${body}<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="${lang}"/></a:p></p:txBody></p:sp>`)
}

/** The chart part's XML with its axis ids and its series' elements in the schema's order. */
export function mendChartXml(xml: string): string {
  const axes = new Set([
    ...xml.matchAll(/<c:(?:catAx|valAx|dateAx|serAx)>\s*<c:axId val="(\d+)"/g),
  ].map(m => m[1]))
  const out = xml.replace(/<c:barChart>[\s\S]*?<\/c:barChart>/g, chart => chart.replace(/<c:axId val="(\d+)"\/>/g, (id, n: string) => axes.has(n)
    ? id
    : ''))
  return out.replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (_, body: string) => {
    const points = body.match(/<c:dPt>[\s\S]*?<\/c:dPt>/g) ?? []
    const labels = body.indexOf('<c:dLbls>')
    if (!points.length || labels < 0 || labels > body.indexOf('<c:dPt>'))
      return `<c:ser>${body}</c:ser>`
    const rest = body.replace(/\s*<c:dPt>[\s\S]*?<\/c:dPt>/g, '')
    return `<c:ser>${rest.replace('<c:dLbls>', `${points.join('')}<c:dLbls>`)}</c:ser>`
  })
}

/** The chart's workbook with a table range Excel, Keynote and Quick Look can read. */
export async function mendWorkbook(xlsx: Uint8Array): Promise<Uint8Array> {
  const book = await JSZip.loadAsync(xlsx)
  for (const name of Object.keys(book.files).filter(n => /^xl\/tables\/table\d+\.xml$/.test(n))) {
    const xml = await book.file(name)!.async('string')
    book.file(name, xml.replace(/\bref="([A-Z]+\d+:[A-Z]+\d+)'"/g, 'ref="$1"'))
  }
  return book.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/**
 * Faults of what pptxgenjs 4.0.1 writes, mended in the written file: each small, each seen in its
 * output here, each reported upstream as making PowerPoint offer to repair the file or Keynote
 * drop a part of it.
 *
 * The package and the slides (mendPackage, for the editable file and for Slidev's picture file,
 * which pptxgenjs writes too):
 * - `[Content_Types].xml` names a slide master per slide (`slideMaster2.xml` …) where the file
 *   holds one (gitbrent/PptxGenJS#1444): overrides for parts that are not there are dropped;
 * - `presentation.xml` lists the notes master after the slides; the schema wants it before;
 * - the notes master shares the slide master's theme (PowerPoint gives it one of its own) and
 *   carries six stock placeholders, English prompts and a fixed date among them, that PowerPoint
 *   is reported to strip in a repair (#1443): it gets its own theme and keeps the three
 *   placeholders a notes page uses (slide image, notes, slide number), without prompts;
 * - a paragraph whose runs share a line repeats its `<a:pPr>` before each run (#1083); a
 *   paragraph has one, first;
 * - a slide's solid background (`<p:bgPr>`) lacks the effect list the schema requires (#1442);
 * - a shape without text has no `<p:txBody>` (#1441): it gets the empty one PowerPoint writes.
 *
 * The column charts:
 * - a bar chart declares a third axis id (`2094734556`, its 3-D series axis) that no axis carries;
 *   the schema allows two (#1534);
 * - a series with a colour per column writes its `<c:dPt>`s after its `<c:dLbls>`, where the
 *   schema wants them before;
 * - the embedded workbook's table ends its range with a stray apostrophe (`ref="A1:B4'"`), which
 *   Keynote and Quick Look cannot read, so they drop the chart (#1531); its styles hold no cell
 *   formats (every cell refers to format 0, which is not there) and redefine the built-in format
 *   0; its table's first column is `Column1` over an empty A1; its strings carry an
 *   `xml:space` the schema does not allow on them.
 */
import JSZip from 'jszip'

/** `[Content_Types].xml` without overrides for parts the package does not hold. */
export function mendContentTypes(xml: string, parts: ReadonlySet<string>): string {
  return xml.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (o, name: string) => parts.has(name)
    ? o
    : '')
}

/** `presentation.xml` with its lists in the schema's order: masters, notes master, handout master, slides. */
export function mendPresentationXml(xml: string): string {
  const notes = xml.match(/<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>/)?.[0]
  if (!notes)
    return xml
  const rest = xml.replace(notes, '')
  const at = rest.search(/<p:handoutMasterIdLst\b|<p:sldIdLst\b|<p:sldSz\b/)
  return at < 0
    ? xml
    : rest.slice(0, at) + notes + rest.slice(at)
}

const PARAGRAPH_PROPERTIES = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g

/** Every paragraph with one `<a:pPr>` (its first), before its runs. */
export function mendParagraphs(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (all, body: string) => {
    const props = body.match(PARAGRAPH_PROPERTIES)
    if (!props || (props.length === 1 && body.startsWith(props[0]!)))
      return all
    return `<a:p>${props[0]}${body.replace(PARAGRAPH_PROPERTIES, '')}</a:p>`
  })
}

/** The notes master without the header, date and footer placeholders and without prompt text. */
export function mendNotesMasterXml(xml: string, lang: string): string {
  return xml.replace(/<p:sp>[\s\S]*?<\/p:sp>/g, (sp) => {
    if (/<p:ph type="(?:hdr|dt|ftr)"/.test(sp))
      return ''
    return sp
      .replace(/<p:txBody>([\s\S]*?)<\/p:txBody>/, (body, inner: string) => /<p:ph type="sldNum"/.test(sp)
        ? body
        : `<p:txBody>${inner.replace(/<a:p>[\s\S]*<\/a:p>/, `<a:p><a:endParaRPr lang="${lang}"/></a:p>`)}</p:txBody>`)
      .replace(/lang="en-US"/g, `lang="${lang}"`)
  })
}

const THEME_TYPE = 'application/vnd.openxmlformats-officedocument.theme+xml'

/**
 * A PPTX package (the editable file or Slidev's picture file) with its content types, its
 * presentation's order, its notes master and its paragraphs mended.
 */
export async function mendPackage(zip: JSZip, lang: string): Promise<void> {
  const names = () => Object.keys(zip.files).filter(n => !zip.files[n]!.dir)
  const read = (name: string) => zip.file(name)!.async('string')
  const edit = async (name: string, fn: (xml: string) => string) => {
    if (zip.file(name))
      zip.file(name, fn(await read(name)))
  }
  await edit('ppt/presentation.xml', mendPresentationXml)
  for (const name of names().filter(n => /^ppt\/(?:slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/.test(n)))
    await edit(name, mendParagraphs)
  // pptxgenjs and Slidev mark paragraph ends and notes en-US whatever the talk's language.
  for (const name of names().filter(n => /^ppt\/(?:slides|notesSlides)\/[^/]+\.xml$/.test(n)))
    await edit(name, xml => xml.replace(/\blang="en-US"/g, `lang="${lang}"`))
  for (const master of names().filter(n => /^ppt\/notesMasters\/notesMaster\d+\.xml$/.test(n))) {
    await edit(master, xml => mendNotesMasterXml(xml, lang))
    const rels = master.replace(/([^/]+)$/, '_rels/$1.rels')
    const relsXml = zip.file(rels) && await read(rels)
    const target = relsXml?.match(/Type="[^"]*\/theme" Target="\.\.\/theme\/([^"]+)"/)?.[1]
    if (!relsXml || !target)
      continue
    const sharedBy = await Promise.all(names().filter(n => n !== rels && /_rels\/.+\.rels$/.test(n)).map(async n => (await read(n)).includes(`../theme/${target}`)))
    if (!sharedBy.some(Boolean))
      continue
    const used = names().map(n => Number(n.match(/^ppt\/theme\/theme(\d+)\.xml$/)?.[1] ?? 0))
    const own = `theme${Math.max(0, ...used) + 1}.xml`
    zip.file(`ppt/theme/${own}`, await read(`ppt/theme/${target}`))
    zip.file(rels, relsXml.replace(`../theme/${target}`, `../theme/${own}`))
    await edit('[Content_Types].xml', xml => xml.replace('</Types>', `<Override PartName="/ppt/theme/${own}" ContentType="${THEME_TYPE}"/></Types>`))
  }
  await edit('[Content_Types].xml', xml => mendContentTypes(xml, new Set(names())))
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

/** One cell format (the default, "Normal") for every cell, as Excel writes a new workbook. */
const CELL_FORMATS = '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'

export function mendStylesXml(xml: string): string {
  let out = xml.replace(/<numFmts count="1"><numFmt numFmtId="0" formatCode="General"\/><\/numFmts>/, '')
  if (!out.includes('<cellXfs'))
    out = out.replace(/(<\/borders>)/, `$1${CELL_FORMATS}`)
  return out
}

const escXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The chart's workbook as Excel writes one: a table range Excel, Keynote and Quick Look can read,
 * cell formats, `header` over the category column (A1, the table's first column), and strings
 * without the `xml:space` the schema does not allow on them (kept only on a string that begins or
 * ends with a space, which would otherwise lose it).
 */
export async function mendWorkbook(xlsx: Uint8Array, header: string): Promise<Uint8Array> {
  const book = await JSZip.loadAsync(xlsx)
  const text = (name: string) => book.file(name)?.async('string')
  for (const name of Object.keys(book.files).filter(n => /^xl\/tables\/table\d+\.xml$/.test(n))) {
    const xml = (await text(name))!
    book.file(name, xml
      .replace(/\bref="([A-Z]+\d+:[A-Z]+\d+)'"/g, 'ref="$1"')
      .replace(/(<tableColumn id="1" name=")Column1(")/, `$1${escXml(header)}$2`))
  }
  const styles = await text('xl/styles.xml')
  if (styles)
    book.file('xl/styles.xml', mendStylesXml(styles))
  const sheet = await text('xl/worksheets/sheet1.xml')
  const strings = await text('xl/sharedStrings.xml')
  if (sheet && strings) {
    const a1 = Number(sheet.match(/<c r="A1" t="s"><v>(\d+)<\/v><\/c>/)?.[1] ?? -1)
    let i = -1
    book.file('xl/sharedStrings.xml', strings.replace(/<si><t( xml:space="preserve")?>([\s\S]*?)<\/t><\/si>/g, (_, space: string | undefined, t: string) => {
      i++
      const value = i === a1 && t === ''
        ? escXml(header)
        : t
      return /^\s|\s$/.test(value)
        ? `<si><t${space ?? ' xml:space="preserve"'}>${value}</t></si>`
        : `<si><t>${value}</t></si>`
    }))
  }
  return book.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/**
 * What pptxgenjs 4.0.1 writes, finished in its own zip (jszip, pptxgenjs's own dependency), for
 * the few things its API cannot say:
 *
 * - the East Asian face: pptxgenjs writes one `fontFace` into a run's Latin, East Asian and
 *   complex-script slots; here the East Asian slot of every run, of the charts' text and of the
 *   theme (major and minor fonts, and their Simplified Chinese `Hans` entry) gets the East Asian
 *   face, so Chinese is set in a face the recipient's office suite has;
 * - a label format per column of a chart (`<c:dLbl>` with its own number format: "1000 万*" for a
 *   claimed figure, "1000 万+" for a lower bound), where pptxgenjs has one format per chart;
 * - the notes as paragraphs in the talk's language (pptxgenjs writes them as one run);
 * - and the faults of its package, slides and charts that mend.ts lists.
 */
import type { SpecPattern } from '../../../shared/pptx-spec.ts'
import type { ChartPart } from './parts.ts'
import JSZip from 'jszip'
import { parseColor } from './css.ts'
import { mendChartXml, mendPackage, mendSlideXml, mendWorkbook } from './mend.ts'

export interface FinishOptions {
  latinFont: string
  eastAsianFont: string
  lang: string
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** `<c:dLbl>` elements for the columns whose format differs from the chart's, with the series' text properties. */
export function pointLabels(formats: readonly (string | null)[], txPr: string): string {
  return formats.map((f, i) => f === null
    ? ''
    : `<c:dLbl><c:idx val="${i}"/><c:numFmt formatCode="${esc(f)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${txPr}`
      + '<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>'
      + '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>').join('')
}

/**
 * A chart part's XML: the East Asian face beside every Latin one, labels that never wrap (an
 * office suite otherwise breaks "1000 万" under a narrow column), and the per-column formats.
 */
export function finishChartXml(xml: string, chart: ChartPart | undefined, o: FinishOptions): string {
  let out = xml
    .replace(/<a:latin typeface="([^"]*)"\s*\/>(?!<a:ea)/g, (_, face: string) => `<a:latin typeface="${face}"/><a:ea typeface="${esc(o.eastAsianFont)}"/>`)
    .replace(/(<c:dLbls>(?:(?!<\/c:dLbls>)[\s\S])*?<c:txPr>)<a:bodyPr\/>/g, '$1<a:bodyPr wrap="none"/>')
  const formats = chart?.chart.labels.formats
  if (formats?.some(f => f !== null)) {
    const txPr = out.match(/<c:ser>[\s\S]*?<c:dLbls>[\s\S]*?(<c:txPr>[\s\S]*?<\/c:txPr>)/)?.[1] ?? ''
    out = out.replace(/(<c:ser>[\s\S]*?<c:dLbls>)/, `$1${pointLabels(formats, txPr)}`)
  }
  out = patternColumns(out, chart?.chart.patterns ?? [])
  // A base series (the lower part of a column) is drawn, not labelled: the column's label is its whole.
  if (chart?.chart.base)
    out = out.replace(/(<c:ser>[\s\S]*?<\/c:ser>\s*<c:ser>[\s\S]*?)<c:dLbls>[\s\S]*?<\/c:dLbls>/, '$1<c:dLbls><c:delete val="1"/></c:dLbls>')
  return out
}

/**
 * The columns a spec hatches, filled with PowerPoint's wide upward diagonal stripes (the SVG's
 * hatching turned 45°) instead of their solid colour: pptxgenjs fills a column with one colour.
 */
export function patternColumns(xml: string, patterns: readonly (SpecPattern | null)[]): string {
  return xml.replace(/<c:dPt>\s*<c:idx val="(\d+)"\/>([\s\S]*?)<\/c:dPt>/g, (all, i: string, body: string) => {
    const p = patterns[Number(i)]
    const fg = p && parseColor(p.fg)
    const bg = p && parseColor(p.bg)
    if (!fg || !bg)
      return all
    const fill = `<a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="${fg.hex}"/></a:fgClr><a:bgClr><a:srgbClr val="${bg.hex}"/></a:bgClr></a:pattFill>`
    return `<c:dPt><c:idx val="${i}"/>${body.replace(/<a:solidFill>[\s\S]*?<\/a:solidFill>/, fill)}</c:dPt>`
  })
}

export function finishSlideXml(xml: string, o: FinishOptions): string {
  if (o.latinFont === o.eastAsianFont)
    return xml
  return xml.replaceAll(`<a:ea typeface="${esc(o.latinFont)}"`, `<a:ea typeface="${esc(o.eastAsianFont)}"`)
}

export function finishThemeXml(xml: string, o: FinishOptions): string {
  return xml
    .replace(/<a:ea typeface="[^"]*"\s*\/>/g, `<a:ea typeface="${esc(o.eastAsianFont)}"/>`)
    .replace(/<a:font script="Hans" typeface="[^"]*"\s*\/>/g, `<a:font script="Hans" typeface="${esc(o.eastAsianFont)}"/>`)
}

/** The notes body (one run holding every paragraph, "\n" apart) as one paragraph each. */
export function finishNotesXml(xml: string, o: FinishOptions): string {
  return xml.replace(/<a:p><a:r><a:rPr lang="[^"]*" dirty="0"\/><a:t>([\s\S]*?)<\/a:t><\/a:r><a:endParaRPr lang="[^"]*" dirty="0"\/><\/a:p>/, (_, text: string) =>
    text.split(/\r?\n/).map(line => `<a:p><a:r><a:rPr lang="${esc(o.lang)}" dirty="0"/><a:t>${line}</a:t></a:r></a:p>`).join(''))
}

/** The header over a chart sheet's categories when the spec names none. */
const DEFAULT_CATEGORY = '类别'

const numbered = (name: string) => Number(name.match(/(\d+)\.xml$/)?.[1] ?? 0)

/** The finished file. `charts` are the chart parts in the order they were added. */
export async function finishPptx(data: Buffer, charts: readonly ChartPart[], o: FinishOptions): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data)
  const names = Object.keys(zip.files)
  const edit = async (name: string, fn: (xml: string) => string) => {
    const file = zip.file(name)
    if (file)
      zip.file(name, fn(await file.async('string')))
  }
  const chartFiles = names.filter(n => /^ppt\/charts\/chart\d+\.xml$/.test(n)).sort((a, b) => numbered(a) - numbered(b))
  if (chartFiles.length !== charts.length)
    throw new Error(`the PPTX holds ${chartFiles.length} charts for ${charts.length} written`)
  for (const [i, name] of chartFiles.entries()) {
    await edit(name, xml => finishChartXml(mendChartXml(xml), charts[i], o))
    const rels = await zip.file(name.replace(/([^/]+)$/, '_rels/$1.rels'))?.async('string')
    const sheet = rels?.match(/Target="\.\.\/embeddings\/([^"]+\.xlsx)"/)?.[1]
    if (sheet && zip.file(`ppt/embeddings/${sheet}`)) {
      const header = charts[i]!.chart.category ?? DEFAULT_CATEGORY
      zip.file(`ppt/embeddings/${sheet}`, await mendWorkbook(await zip.file(`ppt/embeddings/${sheet}`)!.async('uint8array'), header))
    }
  }
  for (const name of names.filter(n => /^ppt\/slides\/slide\d+\.xml$/.test(n)))
    await edit(name, xml => finishSlideXml(mendSlideXml(xml, o.lang), o))
  for (const name of names.filter(n => /^ppt\/theme\/theme\d+\.xml$/.test(n)))
    await edit(name, xml => finishThemeXml(xml, o))
  for (const name of names.filter(n => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)))
    await edit(name, xml => finishNotesXml(xml, o))
  await mendPackage(zip, o.lang)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

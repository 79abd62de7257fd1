/**
 * The editable PPTX `npm run export` writes (exports/<name>.pptx), opened by a real office suite:
 * LibreOffice converts it headless to PDF, and the converted text must hold what the slides
 * say. The file's own XML (addons/kit/node/export/pptx/read.ts) must show native slides: text
 * boxes inside the 16:9 frame and not over one another (check.ts), no slide a single picture,
 * notes on every slide, the charts' values from data/facts.ts in their own sheets, drawn as the
 * slides draw them (hatched, one date a group, the grown column in two parts). Both PowerPoint
 * files, the editable one and Slidev's picture one, pass the package checks (check.ts
 * `packageProblems`: the faults pptxgenjs writes against the Transitional schemas' order and types
 * and the package's rules).
 */
import type { ReadPptx } from '../../addons/kit/node/export/pptx/read'
import type { CountFigure } from '../../data/facts'
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import JSZip from 'jszip'
import { packageProblems, slideProblems } from '../../addons/kit/node/export/pptx/check'
import { readPptx, readShapes, readSheet } from '../../addons/kit/node/export/pptx/read'
import { figureById } from '../../data/facts'
import { formatCount } from '../../lib/format'
import { SHEET_UNIT } from '../../lib/pptx-specs'
import { kit } from '../talk'
import { derivedFigures, enterpriseCounts, mapAxes, placements, productById } from '../unit/said-zh'
import { slides, slideWith, total } from './deck'
import { convertToPdf, hasLibreOffice } from './office'
import { noteParagraphs, titleOf } from './reading'
import { files, ink, need, pdfPages, renderPage, run, squash } from './share'

// One worker converts the file once for all the tests below; a failing check does not skip the others.
test.describe.configure({ mode: 'default' })

const chartSlides = [
  slideWith('<EnterpriseCountChart :groups="1"'),
  slideWith('shown-groups="$clicks + 1"'),
]
const mapSlide = slideWith('<PositioningMap :step="6"')
/** The figure ids a chart slide narrows its chart to (`:only`), or every count when it names none. */
function chartedOn(no: number): string[] {
  const only = slides[no - 1]!.content.match(/:only="\[([^\]]*)\]"/)?.[1]
  return only
    ? [
        ...only.matchAll(/'([\w-]+)'/g),
      ].map(m => m[1]!)
    : enterpriseCounts.map(f => f.id)
}
const CHART_AREA = { x0: 0.1, y0: 0.3, x1: 0.9, y1: 0.85 }
/** EMU per CSS px of the 980-px canvas written 13.333 in wide. */
const EMU_PX = 12192000 / 980

/** Every figure the slides name by id (<BigNumber id>, <Fig id>), as the deck formats it, and the chart's. */
function figuresOnSlides(): string[] {
  const ids = new Set(slides.flatMap(s => [
    ...s.content.matchAll(/<(?:BigNumber|Fig)\s(?:[^>]*\s)?id="([\w-]+)"/g),
  ].map(m => m[1]!)))
  const out = [...ids].map(id => formatCount(id in derivedFigures
    ? derivedFigures[id as keyof typeof derivedFigures].value
    : figureById(id as Parameters<typeof figureById>[0]).value))
  const gain = derivedFigures['wecom-gain-2019-2021'].value
  return [
    ...new Set([
      ...out,
      ...enterpriseCounts.map(f => formatCount(f.value)),
      `+${formatCount(gain)}`,
      '4 倍',
    ]),
  ]
}

let pptx: ReadPptx
let converted: string[] = []
let pdfFile = ''
let cleanup = () => {}

test.beforeAll(async () => {
  test.setTimeout(300_000)
  need(files.pptx, 'export')
  pptx = await readPptx(files.pptx)
  expect(hasLibreOffice(), 'LibreOffice (soffice) is installed: npm run system-deps').toBe(true)
  const out = convertToPdf(files.pptx)
  pdfFile = out.pdf
  cleanup = out.cleanup
  converted = pdfPages(pdfFile)
})
test.afterAll(() => cleanup())

test('LibreOffice opens it: one 16:9 page per slide', () => {
  expect(converted).toHaveLength(total)
  const info = run('pdfinfo', [pdfFile])
  const size = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/)!
  expect(Number(size[1]) / Number(size[2])).toBeCloseTo(16 / 9, 2)
  expect(pptx.size.w / pptx.size.h).toBeCloseTo(16 / 9, 2)
})

test('the converted text holds every slide title on its page, every figure, the map\'s axis words and labels', () => {
  for (const s of slides)
    expect(squash(converted[s.no - 1]!), `page ${s.no}: "${titleOf(s.no)}"`).toContain(squash(titleOf(s.no)))
  const all = squash(converted.join(''))
  const figures = figuresOnSlides()
  expect(figures).toEqual(expect.arrayContaining([
    '250 万',
    '1000 万',
    '+750 万',
    '4 倍',
    '2000 万',
    '3000',
  ]))
  for (const f of figures)
    expect(all, `the figure ${f}`).toContain(squash(f))
  const map = squash(converted[mapSlide - 1]!)
  // The ends of both axes, as the slide writes them (the axes' titles are in the map's text
  // alternative, not on the slide), and the quarters' names.
  // The vertical axis's ends are stacked lines in the margin (独立 / App), so each line is read.
  for (const word of [
    mapAxes.x.low,
    mapAxes.x.high,
    ...mapAxes.y.highLines,
    ...mapAxes.y.lowLines,
  ])
    expect(map, `map axis "${word}"`).toContain(squash(word))
  for (const p of placements)
    expect(map, `map label ${p.product}`).toContain(squash(productById(p.product).short))
  // The climax names the quarter it lights: 3.0's, alone there.
  expect(map).toContain(squash('独立触达'))
  // The charts carry their dates; no footnote sign stands unexplained.
  for (const no of chartSlides)
    expect(squash(converted[no - 1]!)).toContain('2019年底')
  expect(squash(converted[chartSlides[0]! - 1]!)).toContain('1000万')
  expect(squash(converted[chartSlides[0]! - 1]!)).not.toContain('*')
  expect(squash(converted[chartSlides[1]! - 1]!)).toContain('1000万+')
})

test('every slide is native: text boxes inside the frame and apart, no slide one picture', () => {
  expect(pptx.slides).toHaveLength(total)
  for (const s of pptx.slides) {
    const p = slideProblems(s, pptx.size)
    expect(p.outside, `slide ${s.no}: text boxes off the slide`).toEqual([])
    expect(p.overlapping, `slide ${s.no}: text boxes over one another`).toEqual([])
    expect(p.onePicture, `slide ${s.no} is a picture`).toBe(false)
    expect(s.shapes.filter(x => x.kind === 'text').length, `slide ${s.no} has text boxes`).toBeGreaterThan(0)
  }
  // The only pictures are the QR codes (the cover's and the closing slide's).
  const pictures = pptx.slides.flatMap(s => s.shapes.filter(x => x.kind === 'picture').map(() => s.no))
  expect(pictures).toEqual([1, total])
})

test('the timeline strip draws the years, not its screen-reader names', () => {
  const rtx = slides.find(s => s.frontmatter.product === 'rtx')!.no
  const text = pptx.slides[rtx - 1]!.shapes.map(s => s.text).join('\n')
  for (const year of ['2001', '2007', '2012', '2019'])
    expect(text).toContain(year)
  // The strip names only the slide's own product; the others are read to screen readers only.
  expect(text).toContain('RTX')
  expect(text).not.toContain('订阅号')
  expect(text).not.toContain('企业微信 3.0')
})

test('every slide has its speaker notes, as text, with the stage directions marked', () => {
  for (const s of pptx.slides) {
    const notes = squash(s.notes.join(''))
    expect(notes.length, `slide ${s.no} has notes`).toBeGreaterThan(0)
    for (const p of noteParagraphs(s.no))
      expect(notes, `notes of slide ${s.no}`).toContain(squash(p).slice(0, 24))
    expect(notes).not.toContain('[click]')
  }
  expect(pptx.slides[0]!.notes.some(p => p.startsWith(`${kit.words.cue} · `))).toBe(true)
})

/** The chart parts a slide shows, in the order it shows them, with their XML. */
async function chartsOn(zip: JSZip, no: number): Promise<{ file: string, xml: string }[]> {
  const rels = await zip.file(`ppt/slides/_rels/slide${no}.xml.rels`)!.async('string')
  // pptxgenjs writes a chart's target from the package's root (/ppt/charts/…).
  const files = [
    ...rels.matchAll(/Type="[^"]*\/chart" Target="(?:\/ppt|\.\.)\/charts\/([^"]+)"/g),
  ].map(m => `ppt/charts/${m[1]}`)
  return Promise.all(files.map(async file => ({ file, xml: await zip.file(file)!.async('string') })))
}

function seriesOf(xml: string) {
  return (xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? []).map(s => [
    ...(s.match(/<c:val>[\s\S]*?<\/c:val>/)?.[0] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g),
  ].map(m => Number(m[1])))
}

test('the enterprise counts are native column charts with the values of data/facts.ts, one a date, in their own sheets', async () => {
  const zip = await JSZip.loadAsync(readFileSync(files.pptx))
  const [ratio, growth] = await Promise.all(chartSlides.map(no => chartsOn(zip, no)))
  const dates = [
    ...new Set(enterpriseCounts.map(f => f.asOfLabel)),
  ]
  // The growth slide charts 企业微信's own figures only (its `only`), no rival beside the 2021 one.
  const growthIds = chartedOn(chartSlides[1]!)
  expect(growthIds).toEqual(['wecom-2019', 'wecom-2021'])
  const growthFigures = enterpriseCounts.filter(f => growthIds.includes(f.id))
  const valuesOf = (date: string, from: readonly (CountFigure & { asOfLabel: string })[] = enterpriseCounts) => from.filter(f => f.asOfLabel === date).map(f => f.value)
  // The comparison slide: the end-2019 pair. The growth slide: end 2019 and end 2021, each in a chart of its own.
  expect(ratio!.map(c => seriesOf(c.xml)[0]!.map(v => v * SHEET_UNIT))).toEqual([
    valuesOf(dates[0]!),
  ])
  expect(growth!.map(c => seriesOf(c.xml)[0]!.map(v => v * SHEET_UNIT))).toEqual(dates.map(d => valuesOf(d, growthFigures)))
  const charted = chartSlides.map(no => pptx.slides[no - 1]!.shapes.filter(s => s.kind === 'chart').length)
  expect(charted).toEqual([1, 2])
  // Each column named with its product; the date is the group's, written once beneath it (next test).
  const second = pptx.charts.filter(c => growth!.some(g => g.file === c.file))
  expect(second.map(c => c.categories)).toEqual(dates.map(d => [
    growthFigures.filter(f => f.asOfLabel === d).map(f => productById(f.product).short),
  ]))
  // The sheet behind each chart holds the same labels and numbers (what PowerPoint's "Edit Data" opens).
  expect(pptx.embeddings).toHaveLength(pptx.charts.length)
  for (const [i, name] of pptx.embeddings.entries()) {
    const sheet = await readSheet(await zip.file(name)!.async('nodebuffer'))
    expect(sheet.problems, name).toEqual([])
    const chart = pptx.charts[i]!
    expect(sheet.rows[0]![0], `${name}: the category column's header`).toBe('产品')
    expect(sheet.rows.slice(1).map(r => r.slice(0, 2)), name).toEqual(chart.values.map((v, k) => [chart.categories[0]![k], v]))
  }
  const xml = await zip.file(pptx.charts[0]!.file)!.async('string')
  expect(xml).toContain('<c:min val="0"/>')
})

test('the charts are drawn as the slides draw them: 钉钉\'s column hatched, one date a group, the 2021 column in two parts', async () => {
  const zip = await JSZip.loadAsync(readFileSync(files.pptx))
  for (const no of chartSlides) {
    const charts = await chartsOn(zip, no)
    const shown = charts.flatMap(c => seriesOf(c.xml)[0]!)
    // The rival's column filled with stripes, as the slide hatches it; every other column solid.
    for (const c of charts) {
      const values = seriesOf(c.xml)[0]!
      const points = c.xml.match(/<c:ser>[\s\S]*?<\/c:ser>/)![0].match(/<c:dPt>[\s\S]*?<\/c:dPt>/g) ?? []
      values.forEach((v, i) => {
        const figure = enterpriseCounts.find(f => f.value === v * SHEET_UNIT && c.xml.includes(productById(f.product).short))
        const fill = (points.find(p => p.includes(`<c:idx val="${i}"/>`)) ?? c.xml.match(/<c:ser>[\s\S]*?<c:spPr>([\s\S]*?)<\/c:spPr>/)![1])!
        if (figure && productById(figure.product).maker === 'alibaba')
          expect(fill, `slide ${no}: ${figure.id} hatched`).toContain('<a:pattFill prst="wdUpDiag">')
        else
          expect(fill, `slide ${no}: column ${i} solid`).not.toContain('pattFill')
      })
    }
    // The date of each group once on the slide, under its group; never in a column's name.
    const texts = pptx.slides[no - 1]!.shapes.filter(s => s.kind === 'text').map(s => s.text)
    const dates = [
      ...new Set(enterpriseCounts.filter(f => shown.includes(f.value / SHEET_UNIT)).map(f => f.asOfLabel)),
    ]
    for (const d of dates.slice(0, charts.length)) {
      // The date, then what the group's figures count, once, as the slide's date line reads.
      const counts = [
        ...new Set(enterpriseCounts.filter(f => f.asOfLabel === d).map(f => f.counts)),
      ].join(' / ')
      expect(texts.filter(t => t === `${d} · ${counts}`), `slide ${no}: "${d} · ${counts}" once`).toHaveLength(1)
    }
    for (const c of charts)
      expect(c.xml.match(/<c:cat>[\s\S]*?<\/c:cat>/g)!.join('')).not.toContain('年底')
  }
  // The growth slide: the 2021 column in its two parts, the 2019 level a lighter series over its
  // lower part, unlabelled; the whole labelled as the slide labels it.
  const [, later] = await chartsOn(zip, chartSlides[1]!)
  const from = enterpriseCounts.find(f => f.id === 'wecom-2019')!
  const to = enterpriseCounts.find(f => f.id === 'wecom-2021')!
  expect(seriesOf(later!.xml)).toEqual([
    [to.value / SHEET_UNIT],
    [from.value / SHEET_UNIT],
  ])
  expect(later!.xml).toContain('<c:overlap val="100"/>')
  const parts = later!.xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g)!
  expect(parts[1]).toContain('<c:dLbls><c:delete val="1"/></c:dLbls>')
  const colour = (ser: string) => ser.match(/<c:spPr>\s*<a:solidFill>\s*<a:srgbClr val="([0-9A-F]{6})"/)![1]!
  const light = (hex: string) => [0, 2, 4].reduce((sum, i) => sum + Number.parseInt(hex.slice(i, i + 2), 16), 0)
  expect(light(colour(parts[1]!)), 'the lower part lighter').toBeGreaterThan(light(colour(parts[0]!)))
  expect(squash(converted[chartSlides[1]! - 1]!)).toContain(squash(`+${formatCount(to.value - from.value)}`))
  // Grouped by date: the 2021 chart stands apart, to the right of the 2019 pair.
  const frames = pptx.slides[chartSlides[1]! - 1]!.shapes.filter(s => s.kind === 'chart')
  expect(frames[1]!.box.x).toBeGreaterThan(frames[0]!.box.x + frames[0]!.box.w)
})

test('both PowerPoint files keep to the schemas\' order and types and the package rules (the faults pptxgenjs writes)', async () => {
  need(files.pptxPictures, 'export')
  for (const file of [files.pptx, files.pptxPictures]) {
    const data = readFileSync(file)
    expect(await packageProblems(data), file).toEqual([])
    // The checks read what they name: the picture file has its notes master and its slides too.
    const zip = await JSZip.loadAsync(data)
    expect(zip.file('ppt/notesMasters/notesMaster1.xml'), file).not.toBeNull()
    const presentation = await zip.file('ppt/presentation.xml')!.async('string')
    expect(presentation.indexOf('<p:notesMasterIdLst>'), file).toBeLessThan(presentation.indexOf('<p:sldIdLst>'))
    expect(presentation.indexOf('<p:notesMasterIdLst>'), file).toBeGreaterThan(0)
  }
})

test('the closing slide\'s link is underlined under each of its lines, and a figure\'s basis word beside it legible', async () => {
  const zip = await JSZip.loadAsync(readFileSync(files.pptx))
  // The closing slide: the last with the deck's link (the cover has one too).
  const closing = slides.filter(s => /<DeckLink\b/.test(s.content)).at(-1)!.no
  const xml = await zip.file(`ppt/slides/slide${closing}.xml`)!.async('string')
  const link = pptx.slides[closing - 1]!.shapes.find(s => s.kind === 'text' && s.text.replace(/\s+/g, '').includes(kit.shortUrl))!
  expect(link, 'the link\'s text box').toBeDefined()
  const dashed = [
    ...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g),
  ].map(m => m[0]).filter(sp => /prst="line"/.test(sp) && /<a:prstDash val="(?:dash|sysDash)"\/>/.test(sp))
  const underlines = dashed.map(sp => readShapes(sp)[0]!.box).filter(b => b.x >= link.box.x - 10 * EMU_PX && b.x + b.w <= link.box.x + link.box.w + 10 * EMU_PX)
  expect(underlines, 'one underline a line of the link').toHaveLength(2)
  const [first, second] = underlines.sort((a, b) => a.y - b.y)
  // Each under its own line: the first between the two lines, the second at the box's foot; each as wide as its line.
  expect(first!.y).toBeGreaterThan(link.box.y + link.box.h * 0.35)
  expect(first!.y).toBeLessThan(link.box.y + link.box.h * 0.65)
  expect(second!.y).toBeGreaterThan(link.box.y + link.box.h * 0.85)
  expect(second!.y).toBeLessThan(link.box.y + link.box.h + 3 * EMU_PX)
  // The host on the first line, the path on the second (DeckLink breaks the address there).
  const [host, path] = [
    kit.shortUrl.slice(0, kit.shortUrl.indexOf('/')),
    kit.shortUrl.slice(kit.shortUrl.indexOf('/')),
  ]
  expect(second!.w / first!.w).toBeGreaterThan(path.length / host.length * 0.8)
  expect(second!.w / first!.w).toBeLessThan(path.length / host.length * 1.25)

  // A figure that is an aim or a company's own statement says so in words beside the big
  // figure (目标, 自述), never as a sign alone, and at a size the room reads.
  let marks = 0
  for (const s of pptx.slides) {
    const slideXml = await zip.file(`ppt/slides/slide${s.no}.xml`)!.async('string')
    const runs = [
      ...slideXml.matchAll(/<a:rPr ([^>]*)>[\s\S]*?<a:t>([^<]*)<\/a:t>/g),
    ].map(m => ({
      size: Number(m[1]!.match(/\bsz="(\d+)"/)?.[1] ?? 0),
      text: m[2]!,
    }))
    if (Math.max(...runs.map(r => r.size)) < 6000)
      continue
    expect(runs.filter(r => r.text.trim() === '*'), `slide ${s.no}: no bare asterisk`).toEqual([])
    for (const r of runs.filter(r => /(?:^|· )(?:目标|自述)$/.test(r.text.trim()))) {
      marks++
      // 14 pt and more: the slide's captions are 20 canvas px.
      expect(r.size, `slide ${s.no}: "${r.text}" legible`).toBeGreaterThanOrEqual(1400)
    }
  }
  expect(marks, 'the big figures\' basis words').toBeGreaterThan(0)
})

test('Chinese names the East Asian face in every run; the theme has it too', async () => {
  const zip = await JSZip.loadAsync(readFileSync(files.pptx))
  for (const s of pptx.slides) {
    const xml = await zip.file(`ppt/slides/slide${s.no}.xml`)!.async('string')
    const faces = new Set([
      ...xml.matchAll(/<a:ea typeface="([^"]*)"/g),
    ].map(m => m[1]))
    expect([...faces], `slide ${s.no}`).toEqual([kit.pptx.eastAsianFont])
  }
  const theme = await zip.file('ppt/theme/theme1.xml')!.async('string')
  expect(theme).toContain(`<a:ea typeface="${kit.pptx.eastAsianFont}"/>`)
})

test('rendered by LibreOffice, the chart and map pages are drawn, and the section openers in their colour', () => {
  for (const no of [...chartSlides, mapSlide]) {
    const area = ink(renderPage(pdfFile, no), CHART_AREA)
    expect(area.coloured / area.total, `page ${no}: coloured marks where the chart is`).toBeGreaterThan(0.02)
    // The slide PDF's page is 10.2 in wide, LibreOffice's 13.3 in: compare the shares of the area.
    const slide = ink(renderPage(files.pdf, no), CHART_AREA)
    const ratio = (area.coloured / area.total) / (slide.coloured / slide.total)
    expect(ratio, `page ${no}: about as much colour as the slide`).toBeGreaterThan(0.75)
    expect(ratio, `page ${no}: about as much colour as the slide`).toBeLessThan(1.33)
  }
  for (const s of slides.filter(s => s.frontmatter.layout === 'section')) {
    const page = ink(renderPage(pdfFile, s.no))
    expect(page.coloured / page.total, `page ${s.no}: the section's band`).toBeGreaterThan(0.5)
  }
})

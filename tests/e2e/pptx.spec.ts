/**
 * The editable PPTX `npm run export` writes (exports/<name>.pptx), opened by a real office suite:
 * LibreOffice converts it headless to PDF, and the converted text must hold what the slides
 * say. The file's own XML (addons/kit/node/export/pptx/read.ts) must show native slides: text
 * boxes inside the 16:9 frame and not over one another (check.ts), no slide a single picture,
 * notes on every slide, the charts' values from data/facts.ts in their own sheets.
 */
import type { ReadPptx } from '../../addons/kit/node/export/pptx/read'
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import JSZip from 'jszip'
import { slideProblems } from '../../addons/kit/node/export/pptx/check'
import { readPptx, readSheet } from '../../addons/kit/node/export/pptx/read'
import { derivedFigures, enterpriseCounts, figureById, mapAxes, placements, productById } from '../../data/facts'
import { formatCount } from '../../lib/format'
import { SHEET_UNIT } from '../../lib/pptx-specs'
import { kit } from '../talk'
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
const CHART_AREA = { x0: 0.1, y0: 0.3, x1: 0.9, y1: 0.85 }

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
  for (const axis of [mapAxes.x, mapAxes.y]) {
    for (const word of [axis.low, axis.high])
      expect(map, `map axis "${word}"`).toContain(squash(word))
  }
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

test('the enterprise counts are native column charts with the values of data/facts.ts, in their own sheets', async () => {
  expect(pptx.charts).toHaveLength(2)
  const [first, second] = pptx.charts
  expect(first!.values.map(v => v * SHEET_UNIT)).toEqual(enterpriseCounts.slice(0, 2).map(f => f.value))
  expect(second!.values.map(v => v * SHEET_UNIT)).toEqual(enterpriseCounts.map(f => f.value))
  // Each column named with its date, as the slide dates each group.
  expect(second!.categories).toEqual([
    enterpriseCounts.map(f => `${productById(f.product).short}\n${f.asOfLabel}`),
  ])
  const charted = chartSlides.map(no => pptx.slides[no - 1]!.shapes.filter(s => s.kind === 'chart').length)
  expect(charted).toEqual([1, 1])
  // The sheet behind each chart holds the same labels and numbers (what PowerPoint's "Edit Data" opens).
  expect(pptx.embeddings).toHaveLength(2)
  const zip = await JSZip.loadAsync(readFileSync(files.pptx))
  for (const [i, name] of pptx.embeddings.entries()) {
    const sheet = await readSheet(await zip.file(name)!.async('nodebuffer'))
    expect(sheet.problems, name).toEqual([])
    const chart = pptx.charts[i]!
    expect(sheet.rows.slice(1), name).toEqual(chart.values.map((v, k) => [chart.categories[0]![k], v]))
  }
  const xml = await zip.file(pptx.charts[0]!.file)!.async('string')
  expect(xml).toContain('<c:min val="0"/>')
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

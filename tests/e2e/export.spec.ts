import type { Page } from '@playwright/test'
/**
 * The files `npm run export` writes (exports/): the PDF a person would hand out, the
 * step-by-step PDF, the notes handout and the PPTX. Read with poppler (pdftotext, pdffonts,
 * pdfimages, pdftoppm), pdf-lib, unzip and pngjs; the built deck (dist/) counts the reveal steps.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { PDFDocument } from 'pdf-lib'
import { formatCount } from '../../client/format'
import { groupBySection } from '../../client/sections'
import { enterpriseCounts } from '../../data/facts'
import { readOutline } from '../../node/export/pdf-outline'
import { slides, slideWith, total } from './deck'
import { files, head, ink, need, pdfPages, renderPage, ROOT, run, squash } from './share'

const headTitle = String(head.title)
const titleOf = (s: (typeof slides)[number]) => s.title || headTitle
const chartSlide = slideWith('shown-groups="$clicks + 1"')
const chart2019Slide = slideWith('<EnterpriseCountChart :groups="1"')
const mapSlide = slideWith('<PositioningMap')
const figures = enterpriseCounts.map(f => formatCount(f.value, {
  atLeast: 'atLeast' in f
    ? f.atLeast
    : false,
}))

/**
 * Walk the built deck with the arrow key, as Slidev's exporter does: one state per reveal step.
 * Each slide registers its reveals when it mounts, so the walk waits for a new slide's heading
 * before pressing again (a press before that would skip the slide's reveals).
 */
async function revealStates(page: Page): Promise<number> {
  await page.goto('/1')
  await expect(page.locator('.slidev-page-1 h1')).toBeVisible()
  let states = 1
  for (;;) {
    const before = page.url()
    await page.keyboard.press('ArrowRight')
    try {
      await page.waitForURL(u => u.href !== before, { timeout: 2000 })
    }
    catch {
      expect(new URL(before).pathname, 'the walk stops only on the last slide').toBe(`/${total}`)
      return states
    }
    states++
    const no = Number(new URL(page.url()).pathname.slice(1))
    await expect(page.locator(`.slidev-page-${no} h1`)).toBeVisible()
    await page.waitForTimeout(100)
  }
}

let stepCount: number | undefined
async function steps(page: Page): Promise<number> {
  stepCount ??= await revealStates(page)
  return stepCount
}

test.describe('the PDF to hand out', () => {
  test.beforeAll(() => need(files.pdf, 'export'))

  test('has a useful name, one page per slide, title, author and language', async () => {
    expect(files.pdf.endsWith(join('exports', `${head.exportFilename}.pdf`))).toBe(true)
    const doc = await PDFDocument.load(readFileSync(files.pdf), { updateMetadata: false })
    expect(doc.getPageCount()).toBe(total)
    expect(doc.getTitle()).toBe(headTitle)
    expect(doc.getAuthor()).toBe(head.author)
    expect(doc.getAuthor()).toContain('王M争')
    const info = run('pdfinfo', [files.pdf])
    expect(info).toMatch(new RegExp(`Pages:\\s+${total}\\b`))
    expect(info).toContain(`Title:           ${headTitle}`)
    // 16:9 pages
    const size = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/)!
    expect(Number(size[1]) / Number(size[2])).toBeCloseTo(16 / 9, 2)
  })

  test('has bookmarks by section, each slide under its section, opening its page', async () => {
    const doc = await PDFDocument.load(readFileSync(files.pdf))
    const outline = readOutline(doc)
    const sections = groupBySection(slides.map(s => ({
      no: s.no,
      title: titleOf(s),
      section: s.section,
    })))
    expect(outline.map(o => o.title)).toEqual(sections.map(s => s.title))
    // The article's five numbered sections are all there, between the opening and the closing.
    expect(outline.map(o => o.title[0])).toEqual(['开', '一', '二', '三', '四', '五', '结'])
    const children = outline.flatMap(o => o.children ?? [])
    expect(children.map(c => c.page)).toEqual(slides.map(s => s.no - 1))
    expect(children.map(c => c.title)).toEqual(slides.map(titleOf))
    for (const o of outline)
      expect(o.page).toBe(o.children![0]!.page)
  })

  test('text is selectable and searchable: every slide title and the chart figures', () => {
    const pages = pdfPages(files.pdf)
    expect(pages).toHaveLength(total)
    for (const s of slides)
      expect(squash(pages[s.no - 1]!), `page ${s.no}: "${titleOf(s)}"`).toContain(squash(titleOf(s)))
    const all = squash(pages.join(''))
    for (const f of ['250 万', '1000 万', ...figures])
      expect(all).toContain(squash(f))
    // The chart slides carry their figures as text, with their dates.
    const chart = squash(pages[chartSlide - 1]!)
    for (const f of enterpriseCounts) {
      expect(chart).toContain(squash(formatCount(f.value, {
        atLeast: 'atLeast' in f
          ? f.atLeast
          : false,
      })))
      expect(chart).toContain(squash(f.asOfLabel))
    }
  })

  test('fonts are embedded, so Chinese shows without a CJK font on the reader\'s side', () => {
    const rows = run('pdffonts', [files.pdf]).trim().split('\n').slice(2)
    expect(rows.length, 'pdffonts lists the fonts').toBeGreaterThan(0)
    for (const row of rows) {
      // name type encoding emb sub uni object ID: read the three yes/no columns from the right.
      const cols = row.trim().split(/\s+/)
      const [emb, , uni] = cols.slice(-5, -2)
      expect(emb, `font not embedded: ${row}`).toBe('yes')
      expect(uni, `font without a Unicode map (text would not search): ${row}`).toBe('yes')
    }
  })

  test('the charts are vector: no raster image on the chart and map pages', () => {
    for (const no of [chart2019Slide, chartSlide, mapSlide]) {
      const list = run('pdfimages', [
        '-list',
        '-f',
        String(no),
        '-l',
        String(no),
        files.pdf,
      ]).trim().split('\n').slice(2)
      expect(list, `page ${no} has raster images`).toEqual([])
    }
  })

  test('rendered to pixels, the chart and map pages are not blank where the charts are', () => {
    for (const no of [chart2019Slide, chartSlide, mapSlide]) {
      const png = renderPage(files.pdf, no)
      // The chart area: below the title, inside the side margins.
      const area = ink(png, { x0: 0.1, y0: 0.3, x1: 0.9, y1: 0.85 })
      expect(area.ink / area.total, `page ${no}: ink in the chart area`).toBeGreaterThan(0.05)
      expect(area.coloured / area.total, `page ${no}: coloured marks in the chart area`).toBeGreaterThan(0.02)
    }
  })

  test('every chart is in its complete state: all reveals shown, as in the last step', () => {
    need(files.steps, 'export')
    const stepPages = pdfPages(files.steps)
    for (const no of [chartSlide, mapSlide]) {
      const title = squash(titleOf(slides[no - 1]!))
      const mine = stepPages.map((t, i) => (squash(t).includes(title)
        ? i + 1
        : 0)).filter(Boolean)
      expect(mine.length, `slide ${no} has reveal steps`).toBeGreaterThan(1)
      const first = ink(renderPage(files.steps, mine[0]!)).coloured
      const last = ink(renderPage(files.steps, mine.at(-1)!)).coloured
      const handout = ink(renderPage(files.pdf, no)).coloured
      expect(last, `slide ${no}: the last step shows more than the first`).toBeGreaterThan(first * 1.15)
      expect(Math.abs(handout - last) / last, `slide ${no}: the PDF page matches the last step`).toBeLessThan(0.03)
    }
    // The end-2021 bar is drawn to scale: as long as 钉钉's end-2019 bar, 4× 企业微信's.
    const png = renderPage(files.pdf, chartSlide, 100)
    const before = ink(renderPage(files.pdf, chart2019Slide, 100)).coloured
    expect(ink(png).coloured).toBeGreaterThan(before * 1.3)
  })
})

test.describe('the variants for organisers', () => {
  test('the step-by-step PDF has one page per reveal step, with bookmarks', async ({ page }) => {
    need(files.steps, 'export')
    const doc = await PDFDocument.load(readFileSync(files.steps))
    const states = await steps(page)
    expect(states).toBeGreaterThan(total)
    expect(doc.getPageCount()).toBe(states)
    expect(doc.getTitle()).toContain(headTitle)
    expect(readOutline(doc).map(o => o.title)).toEqual(slides.map(titleOf))
    const text = squash(pdfPages(files.steps).join(''))
    for (const s of slides)
      expect(text).toContain(squash(titleOf(s)))
  })

  test('the handout carries every slide\'s speaker notes', () => {
    need(files.notes, 'export')
    const text = squash(run('pdftotext', [files.notes, '-']))
    for (const s of slides) {
      const first = s.note.replace(/\[click(?::\d+)?\]/g, '').split('\n').map(l => l.trim()).find(Boolean)!
      expect(text, `notes of slide ${s.no}`).toContain(squash(first.replace(/[*_`]/g, '')).slice(0, 24))
    }
    const info = run('pdfinfo', [files.notes])
    expect(info).toMatch(/Page size:.*\(A4\)/)
    expect(info).toContain(headTitle)
  })

  test('the PPTX has one slide per reveal step, each with its speaker notes', async ({ page }) => {
    need(files.pptx, 'export')
    const entries = run('unzip', ['-Z1', files.pptx]).split('\n')
    const slideXml = entries.filter(e => /^ppt\/slides\/slide\d+\.xml$/.test(e))
    const notesXml = entries.filter(e => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(e))
    const states = await steps(page)
    expect(slideXml).toHaveLength(states)
    expect(notesXml).toHaveLength(states)
    const xmlText = (xml: string) => xml.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&apos;/g, '\'').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    const notes = squash(notesXml.map(n => xmlText(run('unzip', ['-p', files.pptx, n]))).join(''))
    for (const s of slides) {
      const first = s.note.replace(/\[click(?::\d+)?\]/g, '').split('\n').map(l => l.trim()).find(Boolean)!
      expect(notes, `notes of slide ${s.no}`).toContain(squash(first).slice(0, 24))
    }
    const core = run('unzip', ['-p', files.pptx, 'docProps/core.xml'])
    expect(xmlText(core)).toContain(headTitle)
  })
})

test('with no browser, the export stops at once and names what to install', () => {
  const r = spawnSync(process.execPath, [
    join(ROOT, 'node/export/export.ts'),
    'pdf',
  ], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
    timeout: 30_000,
  })
  expect(r.status).toBe(1)
  expect(r.stderr).toContain('No Chromium found')
  expect(r.stderr).toContain('apt-get install -y chromium')
  expect(r.stderr).toContain('CHROMIUM_PATH')
  expect(r.stderr).toContain('never downloads')
})

import type { Page } from '@playwright/test'
/**
 * The files `npm run export` writes (exports/): the PDF a person would hand out, the
 * step-by-step PDF, the A4 handout (slides with their notes) and the picture PPTX (the editable
 * PPTX has tests/e2e/pptx.spec.ts). Read with poppler
 * (pdftotext, pdffonts, pdfinfo, pdfimages, pdftoppm), pdf-lib, pdf.js (the structure tree a screen
 * reader reads), unzip and pngjs; the built deck (dist/) counts the reveal steps and names the
 * figures.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { PDFDocument } from 'pdf-lib'
import { readOutline } from '../../addons/kit/node/export/pdf-outline'
import { headingPages, isHeading, readStructure } from '../../addons/kit/node/export/pdf-structure'
import { parsePdffonts } from '../../addons/kit/node/export/report'
import { groupBySection } from '../../addons/kit/shared/sections'
import { article } from '../../data/facts'
import { formatCount } from '../../lib/format'
import { kit as deckConfig } from '../talk'
import { enterpriseCounts, mapAxes } from '../unit/said-zh'
import { openSlide, slides, slideWith, total, wake } from './deck'
import { pageText, pictureOnPage, within } from './pdf'
import { cueParagraphs, noteParagraphs } from './reading'
import { files, head, ink, need, pdfPages, renderPage, ROOT, run, squash } from './share'

const headTitle = String(head.title)
const titleOf = (s: (typeof slides)[number]) => s.title || headTitle
const chartSlide = slideWith('shown-groups="$clicks + 1"')
const chart2019Slide = slideWith('<EnterpriseCountChart :groups="1"')
const mapSlide = slideWith('<PositioningMap :step="6"')
// The closing slide: its QR code is drawn large by <DeckLink /> (the kit's components/DeckLink.vue).
const qrSlide = slideWith('<DeckLink />')
/** Where the charts are on a slide: below the title, inside the side margins. */
const CHART_AREA = { x0: 0.1, y0: 0.3, x1: 0.9, y1: 0.85 }
function sectionsOfDeck() {
  return groupBySection(slides.map(s => ({
    no: s.no,
    title: titleOf(s),
    section: s.section,
  })), deckConfig.sections, String(head.title))
}
const figures = enterpriseCounts.map(f => formatCount(f.value, {
  atLeast: 'atLeast' in f
    ? f.atLeast
    : false,
}))

/**
 * Walk the built deck with the arrow key, as a speaker does: one state per reveal step.
 * Each slide registers its reveals as its parts mount, so on a new slide the walk waits for its
 * heading and then until its reveal targets stop appearing, before pressing again (a press before
 * that skips the reveals not yet registered: on a busy machine the walk came out 2 states short).
 */
async function revealStates(page: Page): Promise<number> {
  await page.goto('/1')
  await wake(page)
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
    if (!/[?&]clicks=/.test(page.url())) {
      const targets = page.locator(`.slidev-page-${no} .slidev-vclick-target`)
      for (let n = -1; n !== await targets.count();) {
        n = await targets.count()
        await page.waitForTimeout(300)
      }
    }
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
    const sections = sectionsOfDeck()
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
    // The chart slides carry their figures as text, with their dates and what they count: the
    // 2019 comparison both end-2019 figures, the reveal 企业微信's own two (no rival beside 2021).
    for (const [no, ids] of [
      [
        chart2019Slide,
        ['dingtalk-2019', 'wecom-2019'],
      ],
      [
        chartSlide,
        ['wecom-2019', 'wecom-2021'],
      ],
    ] as const) {
      const chart = squash(pages[no - 1]!)
      for (const f of enterpriseCounts.filter(f => (ids as readonly string[]).includes(f.id))) {
        expect(chart, `${f.id} on page ${no}`).toContain(squash(formatCount(f.value, {
          atLeast: 'atLeast' in f
            ? f.atLeast
            : false,
        })))
        expect(chart, `${f.id} on page ${no}`).toContain(squash(`${f.asOfLabel} · ${f.counts}`))
      }
    }
  })

  test('its structure tree holds each slide\'s title as a heading, on that slide\'s page', async () => {
    const structure = await readStructure(files.pdf)
    expect(structure.pages).toHaveLength(total)
    for (const s of slides) {
      const headings = structure.pages[s.no - 1]!.filter(isHeading).map(h => squash(h.text))
      expect(headings, `page ${s.no}: a heading reading "${titleOf(s)}"`).toContain(squash(titleOf(s)))
    }
  })

  test('the charts, the map and the QR code are figures carrying their text alternatives', async ({ page }) => {
    const structure = await readStructure(files.pdf)
    for (const no of [
      chart2019Slide,
      chartSlide,
      mapSlide,
      qrSlide,
    ]) {
      // What a screen reader announces for the pictures on the slide in the built deck.
      await openSlide(page, no)
      const snapshot = await page.locator(`.slidev-page-${no}`).first().ariaSnapshot()
      const names = [
        ...snapshot.matchAll(/- img "((?:[^"\\]|\\.)*)"/g),
      ].map(m => JSON.parse(`"${m[1]}"`) as string)
      expect(names.length, `slide ${no} has named pictures`).toBeGreaterThan(0)
      const alts = structure.pages[no - 1]!.filter(el => el.role === 'Figure').map(el => squash(el.alt ?? ''))
      for (const name of names)
        expect(alts, `page ${no}: a Figure with the alternative text "${name}"`).toContain(squash(name))
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
      const area = ink(png, CHART_AREA)
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
    // The end-2021 column is drawn to scale. Both chart slides draw 1250 万 of columns on one
    // scale (钉钉 1000 + 企业微信 250; 企业微信 250 + 1000), so their coloured ink is about the
    // same; a 2021 column drawn at the 2019 height would leave the later slide near half of it.
    const later = ink(renderPage(files.pdf, chartSlide, 100)).coloured
    const before = ink(renderPage(files.pdf, chart2019Slide, 100)).coloured
    expect(later / before, 'the 2021 slide\'s columns against the 2019 slide\'s').toBeGreaterThan(0.85)
    expect(later / before).toBeLessThan(1.3)
  })
})

const pdfs = [
  { what: 'the slide PDF', file: files.pdf },
  { what: 'the step-by-step PDF', file: files.steps },
  { what: 'the handout', file: files.handout },
]

test.describe('every exported PDF', () => {
  for (const { what, file } of pdfs) {
    test(`${what}: real fonts, embedded and subset, with Unicode maps (no Type 3)`, () => {
      need(file, 'export')
      const fonts = parsePdffonts(run('pdffonts', [file]))
      expect(fonts.length, 'pdffonts lists the fonts').toBeGreaterThan(0)
      for (const f of fonts) {
        // Type 3 fonts are glyph drawings: soft or slow on some printers, refused by some print shops.
        expect(f.type, `Type 3 font: ${f.row}`).not.toBe('Type 3')
        expect(f.emb, `font not embedded: ${f.row}`).toBe('yes')
        expect(f.sub, `font not subset: ${f.row}`).toBe('yes')
        expect(f.uni, `font without a Unicode map (text would not search or copy): ${f.row}`).toBe('yes')
      }
    })

    test(`${what}: tagged, in Chinese (zh-CN), with title and author`, async () => {
      need(file, 'export')
      expect(run('pdfinfo', [file])).toMatch(/^Tagged:\s+yes$/m)
      const structure = await readStructure(file)
      expect(structure.marked, '/MarkInfo /Marked true').toBe(true)
      expect(structure.lang).toBe('zh-CN')
      expect(structure.pages.flat().some(isHeading), 'the structure tree has headings').toBe(true)
      const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
      expect(doc.getTitle()).toContain(headTitle)
      expect(doc.getAuthor()).toBe(head.author)
    })
  }
})

test.describe('the handout: each slide as it looks, with its notes', () => {
  test.beforeAll(() => need(files.handout, 'export'))

  test('is A4, opens with a cover: title, the article\'s credit and the deck\'s address', () => {
    const info = run('pdfinfo', ['-f', '1', '-l', '999', files.handout])
    const sizes = [
      ...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm),
    ]
    expect(sizes.length).toBeGreaterThan(total)
    for (const [, w, h] of sizes) {
      expect(Number(w)).toBeCloseTo(595.28, 0)
      expect(Number(h)).toBeCloseTo(841.89, 0)
    }
    const cover = squash(pdfPages(files.handout)[0]!)
    expect(cover).toContain(squash(headTitle))
    expect(cover).toContain(article.author)
    expect(cover).toContain(article.publisher)
    const [y, m, d] = article.published.split('-').map(Number)
    expect([article.published, `${y}年${m}月${d}日`].some(date => cover.includes(date)), `the date ${article.published}`).toBe(true)
    expect(cover).toContain(squash(deckConfig.shortUrl))
  })

  test('its text holds every slide title, the chart figures, the map\'s axes and every slide\'s notes', () => {
    const text = squash(run('pdftotext', [files.handout, '-']))
    for (const s of slides)
      expect(text, `title of slide ${s.no}`).toContain(squash(titleOf(s)))
    for (const f of ['250 万', '1000 万', ...figures])
      expect(text).toContain(squash(f))
    for (const axis of [mapAxes.x, mapAxes.y]) {
      for (const word of [axis.low, axis.high, axis.title])
        expect(text, `map axis "${word}"`).toContain(squash(word))
    }
    for (const s of slides) {
      const paragraphs = noteParagraphs(s.no).map(squash)
      expect(paragraphs.length, `slide ${s.no} has notes`).toBeGreaterThan(0)
      for (const p of paragraphs)
        expect(text, `notes of slide ${s.no}`).toContain(p.slice(0, 24))
      // Stage directions are the presenter's, not the reader's.
      for (const cue of cueParagraphs(s.no))
        expect(text, `slide ${s.no}: the handout prints a stage direction`).not.toContain(squash(cue).slice(0, 16))
    }
  })

  test('every slide\'s title is a heading; bookmarks by section open the page where it is', async () => {
    const structure = await readStructure(files.handout)
    const pages = headingPages(structure, slides.map(titleOf))
    slides.forEach((s, i) => expect(pages[i], `a heading reading "${titleOf(s)}"`).toBeGreaterThan(0))
    const outline = readOutline(await PDFDocument.load(readFileSync(files.handout)))
    const sections = sectionsOfDeck()
    expect(outline.map(o => o.title)).toEqual(sections.map(s => s.title))
    const children = outline.flatMap(o => o.children ?? [])
    expect(children.map(c => c.title)).toEqual(slides.map(titleOf))
    expect(children.map(c => c.page)).toEqual(pages)
    for (const o of outline)
      expect(o.page).toBe(o.children![0]!.page)
    // The page a bookmark opens carries that slide's notes, beneath the slide.
    const text = pdfPages(files.handout).map(squash)
    for (const s of slides)
      expect(text[pages[s.no - 1]!], `page ${pages[s.no - 1]! + 1}: the notes of slide ${s.no}`).toContain(noteParagraphs(s.no).map(squash)[0]!.slice(0, 24))
  })

  test('rendered to pixels, the slide pictures show the charts and the map as the slide PDF does', async () => {
    const handoutPages = headingPages(await readStructure(files.handout), slides.map(titleOf))
    for (const no of [chart2019Slide, chartSlide, mapSlide]) {
      const onHandout = handoutPages[no - 1]! + 1
      const title = titleOf(slides[no - 1]!)
      const picture = pictureOnPage(await pageText(files.pdf, no), await pageText(files.handout, onHandout), title)
      expect(picture, `slide ${no}: its title is on page ${onHandout} of the handout`).toBeDefined()
      // The handout page at 100 dpi; the slide page at the same pixels per slide width.
      const handout = ink(renderPage(files.handout, onHandout, 100), within(picture!.box, CHART_AREA))
      const slide = ink(renderPage(files.pdf, no, Math.round(100 * picture!.scale)), CHART_AREA)
      const share = (c: typeof slide) => c.coloured / c.total
      expect(share(handout), `slide ${no}: coloured marks where the chart is on the handout`).toBeGreaterThan(0.02)
      expect(share(handout) / share(slide), `slide ${no}: the chart as on the slide`).toBeGreaterThan(0.8)
      expect(share(handout) / share(slide), `slide ${no}: the chart as on the slide`).toBeLessThan(1.25)
    }
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

  test('the picture PPTX has one slide per reveal step, each with its speaker notes', async ({ page }) => {
    need(files.pptxPictures, 'export')
    expect(files.pptxPictures.endsWith(join('exports', `${head.exportFilename}-pictures.pptx`))).toBe(true)
    const entries = run('unzip', ['-Z1', files.pptxPictures]).split('\n')
    const slideXml = entries.filter(e => /^ppt\/slides\/slide\d+\.xml$/.test(e))
    const notesXml = entries.filter(e => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(e))
    const states = await steps(page)
    expect(slideXml).toHaveLength(states)
    expect(notesXml).toHaveLength(states)
    const xmlText = (xml: string) => xml.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&apos;/g, '\'').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    // Slidev writes the notes as written, [click] marks included, some of them inside a line.
    const notes = squash(notesXml.map(n => xmlText(run('unzip', ['-p', files.pptxPictures, n]))).join('')).replace(/\[click(?::\d+)?\]/g, '')
    for (const s of slides) {
      const first = s.note.replace(/\[click(?::\d+)?\]/g, '').split('\n').map(l => l.trim()).find(Boolean)!
      expect(notes, `notes of slide ${s.no}`).toContain(squash(first).slice(0, 24))
    }
    const core = run('unzip', ['-p', files.pptxPictures, 'docProps/core.xml'])
    expect(xmlText(core)).toContain(headTitle)
  })
})

test('with no browser, the export stops at once and names what to install', () => {
  const r = spawnSync(process.execPath, [
    join(ROOT, 'addons/kit/node/cli.ts'),
    'export',
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

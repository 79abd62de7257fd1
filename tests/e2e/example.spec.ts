/**
 * A second talk on the kit, unchanged: examples/three-surfaces, an English talk with its own
 * figure, sections, typeface subset and words, built with `npm run build:example` and exported
 * with `npm run export:example`. It gets what the main deck gets: every slide clean, the reading
 * edition prerendered (in its own words: not one Chinese character of the kit's defaults), slide 1
 * prerendered, its own font subset, link previews and QR codes for its own address, tagged PDFs
 * with bookmarks by its sections, the handout, and an editable PPTX through the same generic path
 * (its figure handing the kit a data-pptx spec of its own).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import jsQR from 'jsqr'
import { PDFDocument } from 'pdf-lib'
import { PNG } from 'pngjs'
import { readOutline } from '../../addons/kit/node/export/pdf-outline'
import { slideProblems } from '../../addons/kit/node/export/pptx/check'
import { readPptx } from '../../addons/kit/node/export/pptx/read'
import { parsePdffonts } from '../../addons/kit/node/export/report'
import { FIRST_PAINT_ID } from '../../addons/kit/shared/constants'
import { groupBySection } from '../../addons/kit/shared/sections'
import { wake, watch } from './deck'
import { example, EXAMPLE_DIST, EXAMPLE_ORIGIN, exampleFiles, exampleKit } from './example'
import { convertToPdf } from './office'
import { need, pdfPages, run, squash } from './share'

const HAN = /\p{Script=Han}/u

test.use({ baseURL: EXAMPLE_ORIGIN, serviceWorkers: 'block' })
test.beforeAll(() => need(join(EXAMPLE_DIST, 'index.html'), 'build:example'))

test('every slide renders cleanly from its own address, light and dark', async ({ page }) => {
  const problems = watch(page, EXAMPLE_ORIGIN)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const s of example.slides) {
      await page.goto(`/${s.no}?clicks=999`)
      await expect(page.locator(`.slidev-page-${s.no} h1`).first()).toContainText(s.title)
    }
  }
  // A request the browser drops because the test moves on (the favicon) is not a problem.
  expect(problems.filter(p => !p.endsWith('(net::ERR_ABORTED)'))).toEqual([])
})

test('its figure is its own component, drawn as SVG with a text alternative', async ({ page }) => {
  const no = example.slides.find(s => s.content.includes('<Surfaces'))!.no
  await page.goto(`/${no}`)
  const svg = page.locator(`.slidev-page-${no} .surfaces svg`)
  await expect(svg).toBeVisible()
  await expect(svg.locator('rect')).toHaveCount(3)
  await expect(svg.locator('desc')).toContainText('Projector, 1280 × 720')
  // Drawn to one scale: the phone's frame is as much taller than wide as 844 is to 390.
  const sizes = await svg.locator('rect').evaluateAll(rs => rs.map(r => ({
    w: Number(r.getAttribute('width')),
    h: Number(r.getAttribute('height')),
  })))
  expect(sizes[1]!.h / sizes[1]!.w).toBeCloseTo(844 / 390, 2)
  expect(sizes[0]!.w / sizes[1]!.w).toBeCloseTo(1280 / 390, 2)
})

test('the reading edition is prerendered static HTML, in the talk\'s own words', async ({ page }) => {
  const file = join(EXAMPLE_DIST, 'read', 'index.html')
  expect(existsSync(file), 'dist-example/read/index.html').toBe(true)
  const html = readFileSync(file, 'utf8')
  expect(html).not.toMatch(/<script[^>]+src=/)
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/read/')
  const edition = page.locator('.reading-edition')
  await expect(edition).toBeVisible()
  const text = (await edition.textContent()) ?? ''
  for (const s of example.slides)
    expect(text, `slide ${s.no}'s title`).toContain(s.title)
  expect(text).toContain(exampleKit.words.switchToSlides)
  expect(text).toContain(exampleKit.credit.full)
  expect([...text].filter(ch => HAN.test(ch)), 'Chinese characters: a word of the kit that did not come from the talk').toEqual([])
  // Contents by the talk's sections; stage directions left out.
  const toc = page.getByRole('navigation', { name: exampleKit.words.contents })
  const expected = groupBySection(example.slides, exampleKit.sections, example.meta.title)
  await expect(toc.locator(':scope > ol > li > a')).toHaveText(expected.map(s => s.title))
  expect(squash(text)).not.toContain(squash('about a minute a slide'))
})

test('slide 1 is prerendered into index.html, and the head sends a phone to the reading edition', async ({ browser }) => {
  const html = readFileSync(join(EXAMPLE_DIST, 'index.html'), 'utf8')
  expect(html).toContain(`id="${FIRST_PAINT_ID}"`)
  expect(html).toContain(example.slides[0]!.title)
  const phone = await browser.newPage({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  })
  await phone.goto(`${EXAMPLE_ORIGIN}/1`)
  await expect(phone).toHaveURL(`${EXAMPLE_ORIGIN}/read/#1`)
  await phone.close()
})

test('its own font subset: only the characters it draws, from its own origin', async ({ page }) => {
  const fonts = readdirSync(join(EXAMPLE_DIST, 'assets')).filter(f => f.endsWith('.woff2'))
  // The slides' two files, and the reading page's own (node/fonts/reading.ts), cut from the same characters.
  const names = fonts.map(f => f.replace(/-[0-9a-f]{8}\.woff2$/, ''))
  expect(names.filter(n => !n.includes('-read-')).sort()).toEqual(['noto-sans-sc-400-slides', 'noto-sans-sc-700-slides'])
  expect(names.filter(n => n.includes('-read-')).length).toBeGreaterThan(0)
  const html = readFileSync(join(EXAMPLE_DIST, 'index.html'), 'utf8')
  const ranges = [
    ...html.matchAll(/unicode-range:([^}]+)\}/g),
  ].map(m => m[1]!)
  expect(ranges).toHaveLength(2)
  // No Han character in the subset: the main talk's characters did not leak in.
  for (const range of ranges) {
    for (const part of range.split(',')) {
      const [a, b = a] = part.replace(/^U\+/, '').split('-').map(h => Number.parseInt(h, 16))
      expect(b! < 0x3400 || a! > 0x9FFF, `a Han range ${part}`).toBe(true)
    }
  }
  const requested: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'font')
      requested.push(r.url())
  })
  await page.goto('/1')
  await wake(page)
  await expect(page.locator('.slidev-page-1')).toBeAttached()
  await page.evaluate(() => document.fonts.ready)
  expect(requested.length).toBeGreaterThan(0)
  expect(requested.filter(u => !u.startsWith(`${EXAMPLE_ORIGIN}/assets/noto-sans-sc-`))).toEqual([])
})

test('a talk that sets no colours of its own gets the kit\'s in the prerendered pages, before any stylesheet loads', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' })
  const page = await context.newPage()
  // Only what is inlined into the page counts: the first paint, before a stylesheet arrives.
  await page.route('**/*.css', route => route.abort())
  for (const path of ['/read/', '/']) {
    await page.goto(`${EXAMPLE_ORIGIN}${path}`)
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--kit-accent').trim())
    expect(accent, `--kit-accent on ${path}`).toMatch(/^#[0-9a-f]{3,8}$/i)
  }
  await context.close()
})

test('its web-app manifest describes this talk, in its language', () => {
  const manifest = JSON.parse(readFileSync(join(EXAMPLE_DIST, 'manifest.webmanifest'), 'utf8')) as { description?: string, lang?: string }
  expect(manifest.description).toBe(example.meta.subject)
  expect(manifest.lang).toBe(example.meta.lang)
})

test('link previews and QR codes name its own address', async ({ page }) => {
  const html = readFileSync(join(EXAMPLE_DIST, 'index.html'), 'utf8')
  expect(html).toContain(`<meta property="og:url" content="${exampleKit.url}">`)
  expect(html).toContain(`<meta property="og:image" content="${exampleKit.url}og-image.png">`)
  expect(html).toContain('<meta property="og:locale" content="en">')
  await page.goto('/1')
  await wake(page)
  const qr = page.locator('.slidev-page-1 .deck-qr svg')
  await expect(qr).toBeVisible()
  const png = PNG.sync.read(await qr.screenshot())
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(exampleKit.readUrl)
})

test.describe('its PDFs', () => {
  test.beforeAll(() => need(exampleFiles.pdf, 'export:example'))

  test('the slide PDF: a page a slide, tagged, its title, bookmarks by its sections, real fonts', async () => {
    const info = run('pdfinfo', [exampleFiles.pdf])
    expect(info).toMatch(new RegExp(`Pages:\\s+${example.slides.length}\\b`))
    expect(info).toMatch(/Tagged:\s+yes/)
    expect(info).toContain(`Title:           ${example.meta.title}`)
    const outline = readOutline(await PDFDocument.load(readFileSync(exampleFiles.pdf)))
    expect(outline.map(o => o.title)).toEqual(groupBySection(example.slides, exampleKit.sections, example.meta.title).map(s => s.title))
    const fonts = parsePdffonts(run('pdffonts', [exampleFiles.pdf]))
    expect(fonts.map(f => `${f.type}`)).not.toContain('Type 3')
    expect(fonts.every(f => /NotoSansSC/.test(f.name))).toBe(true)
    const text = squash(pdfPages(exampleFiles.pdf).join(''))
    for (const s of example.slides)
      expect(text).toContain(squash(s.title))
  })

  test('the handout: the cover in its own words, then every slide with its notes', () => {
    need(exampleFiles.handout, 'export:example')
    const info = run('pdfinfo', [exampleFiles.handout])
    expect(info).toMatch(/Tagged:\s+yes/)
    expect(info).toContain(`(handout: slides and notes)`)
    const pages = pdfPages(exampleFiles.handout)
    expect(pages).toHaveLength(example.slides.length + 1)
    expect(squash(pages[0]!)).toContain(squash('Handout · slides and notes'))
    const text = squash(pages.join(''))
    expect(text).toContain(squash('Here are the three surfaces'))
    expect(text).not.toContain(squash('Pace: about a minute'))
  })
})

test('its editable PPTX: native slides in English with notes, its figure as shapes, opened by LibreOffice', async () => {
  test.setTimeout(240_000)
  need(exampleFiles.pptx, 'export:example')
  const pptx = await readPptx(exampleFiles.pptx)
  expect(pptx.slides).toHaveLength(example.slides.length)
  for (const s of pptx.slides) {
    const p = slideProblems(s, pptx.size)
    expect([
      ...p.outside,
      ...p.overlapping,
    ], `slide ${s.no}`).toEqual([])
    expect(p.onePicture, `slide ${s.no} is a picture`).toBe(false)
    expect(s.notes.length, `slide ${s.no} has notes`).toBeGreaterThan(0)
  }
  // The figure: three frames as rounded rectangles with their labels, not a picture.
  const figure = pptx.slides[example.slides.findIndex(s => s.content.includes('<Surfaces'))]!
  expect(figure.shapes.filter(s => s.kind === 'picture')).toEqual([])
  expect(figure.shapes.filter(s => s.kind === 'shape')).toHaveLength(3)
  expect(figure.shapes.map(s => s.text)).toEqual(expect.arrayContaining(['Projector', 'Phone', 'Paper']))
  // A stage direction in the notes is the presenter's, marked with the talk's own word.
  expect(pptx.slides[0]!.notes.some(n => n.startsWith(`${exampleKit.words.cue} · Pace`))).toBe(true)
  const { pdf, cleanup } = convertToPdf(exampleFiles.pptx)
  try {
    const pages = pdfPages(pdf)
    expect(pages).toHaveLength(example.slides.length)
    example.slides.forEach((s, i) => expect(squash(pages[i]!)).toContain(squash(s.title)))
  }
  finally {
    cleanup()
  }
})

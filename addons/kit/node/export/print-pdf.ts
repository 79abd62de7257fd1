import type { Browser, Page } from 'playwright'
import type { Deck } from '../deck.ts'
/**
 * The slide PDF and the step-by-step PDF, printed from Slidev's own print route with Playwright:
 *
 *   /print?print=true     every slide once, in its final state (all reveals shown)
 *   /print?print=clicks   every slide once per reveal step
 *
 * This is the page `slidev export` prints, opened the way it opens it (canvas-wide viewport,
 * screen media, light scheme); what `slidev export` cannot do through its options is ask Chromium
 * for a tagged PDF (`tagged: true`: headings, lists, figures with their text alternatives, reading
 * order) and wait for the deck's fonts. See page-ready.ts for the waits.
 */
import { PDFDocument } from 'pdf-lib'
import { PageNotReadyError, waitForFonts, waitLikeSlidev } from './page-ready.ts'

export interface PrintedSlides {
  /** Pages in the PDF: one per slide, or one per reveal step. */
  pages: number
  /** 0-based page where each slide (by 1-based number) first appears. */
  firstPage: Map<number, number>
  /** Errors the page threw while printing (the PDF was still written). */
  errors: string[]
}

/** Ids of Slidev's `.print-slide-container`s in page order: "007-02" is slide 7, its 2nd state. */
async function printedIds(page: Page): Promise<string[]> {
  return page.locator('.print-slide-container').evaluateAll(els => els.map(e => e.id))
}

/**
 * Wait until the number of printed states stops changing. With `print=clicks` Slidev adds a slide's
 * reveal states once the slide has mounted and counted its clicks, so the count grows for a while
 * after the first containers appear.
 */
async function settledIds(page: Page, timeout: number): Promise<string[]> {
  const until = Date.now() + timeout
  let last = await printedIds(page)
  let stableSince = Date.now()
  while (Date.now() - stableSince < 1000) {
    if (Date.now() > until)
      throw new PageNotReadyError(`the print route's slides were still changing after ${timeout / 1000} s`)
    await page.waitForTimeout(250)
    const now = await printedIds(page)
    if (now.join() !== last.join()) {
      last = now
      stableSince = Date.now()
    }
  }
  return last
}

/**
 * Slidev's print route, open and ready: every slide (or every reveal step) laid out, Slidev's
 * waits done, every font loaded, the set of printed states settled. The caller closes the page.
 * The editable PPTX (pptx/editable.ts) reads the same page the slide PDF prints.
 */
export async function openPrintRoute(browser: Browser, origin: string, deck: Deck, options: {
  withClicks: boolean
  timeout: number
}): Promise<{ page: Page, ids: string[], errors: string[] }> {
  const { canvas, slides } = deck
  const page = await browser.newPage({
    // Slidev's exporter: the print container takes the viewport's width as the slide width (scale
    // 1 at the canvas width), and a viewport as tall as all slides keeps every slide in view.
    // Not taller: `html.print` is 100% of the viewport high, and any height beyond the last slide
    // prints as an extra, blank page.
    viewport: {
      width: Math.round(canvas.width),
      height: Math.floor(canvas.height) * slides.length,
    },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    locale: deck.meta.lang,
  })
  const errors: string[] = []
  page.on('pageerror', e => errors.push(e.message))
  try {
    await page.goto(`${origin}/print?print=${options.withClicks
      ? 'clicks'
      : 'true'}`, { waitUntil: 'networkidle', timeout: options.timeout })
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
    await page.waitForFunction(n => document.querySelectorAll('.print-slide-container').length >= n, slides.length, { timeout: options.timeout })
      .catch(async () => {
        const overlay = await page.locator('vite-error-overlay').count()
        throw new PageNotReadyError(overlay
          ? 'the dev server shows a build error instead of the slides (open the deck with `npm run dev` to read it)'
          : `the print route did not show ${slides.length} slides within ${options.timeout / 1000} s${errors.length
            ? `; page errors: ${errors.join('; ')}`
            : ''}`)
      })
    await waitLikeSlidev(page, options.timeout)
    await waitForFonts(page, options.timeout)
    const ids = await settledIds(page, options.timeout)
    return { page, ids, errors }
  }
  catch (e) {
    await page.close()
    throw e
  }
}

export async function printSlides(browser: Browser, origin: string, deck: Deck, options: {
  out: string
  withClicks: boolean
  timeout: number
}): Promise<PrintedSlides> {
  const { canvas, slides } = deck
  const { page, ids, errors } = await openPrintRoute(browser, origin, deck, options)
  try {
    const firstPage = new Map<number, number>()
    ids.forEach((id, i) => {
      const no = Number(id.split('-')[0])
      if (!firstPage.has(no))
        firstPage.set(no, i)
    })
    const missing = slides.filter(s => !firstPage.has(s.no)).map(s => s.no)
    if (missing.length)
      throw new PageNotReadyError(`the print route left out slide(s) ${missing.join(', ')}`)

    const pdf = await page.pdf({
      path: options.out,
      // Slidev's print CSS sets `@page { size: <canvas> }` (preferred); the same size here.
      width: `${canvas.width}px`,
      height: `${canvas.height}px`,
      preferCSSPageSize: true,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
      printBackground: true,
      tagged: true,
    })
    const pages = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount()
    if (pages !== ids.length)
      throw new Error(`${options.out}: ${pages} pages for ${ids.length} printed slide states`)
    return { pages, firstPage, errors }
  }
  finally {
    await page.close()
  }
}

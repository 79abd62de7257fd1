import type { Browser } from 'playwright'
import type { Deck } from '../deck.ts'
import type { OutlineEntry } from './pdf-outline.ts'
import { PageNotReadyError, waitForFonts, waitLikeSlidev } from './page-ready.ts'
import { sectionOutline } from './pdf-meta.ts'
/**
 * The handout: the reading edition's handout mode (`/read?handout`, setup/routes.ts and
 * components/ReadingEdition.vue) printed to A4. That page draws a cover (title, credit, the deck's
 * URL), then every slide as it looks (Slidev's own slide, all reveals shown) with its speaker notes
 * beneath, and carries its own print CSS (`@page { size: A4 }`); one source for the phone page and
 * the printed handout. It sets `data-reading-ready="true"` on <html> once every slide and font is
 * drawn.
 *
 * Where each slide landed is read back from the PDF's structure tree: the page holding the heading
 * with the slide's title. The bookmarks point there.
 */
import { headingPages, readStructure } from './pdf-structure.ts'

export const HANDOUT_PATH = '/read?handout'

/** Print the handout to `out`; returns its bookmarks (sections → slides, at their pages). */
export async function printHandout(browser: Browser, origin: string, deck: Deck, options: {
  out: string
  timeout: number
  /** Section titles (kit option `sections`). */
  sections: Readonly<Record<string, string>>
}): Promise<OutlineEntry[]> {
  const page = await browser.newPage({
    // A4 at 96 CSS px per inch; the page's print CSS sets the paper size itself.
    viewport: { width: 794, height: 1123 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    locale: deck.meta.lang,
  })
  try {
    await page.goto(`${origin}${HANDOUT_PATH}`, { waitUntil: 'networkidle', timeout: options.timeout })
    await page.waitForSelector('html[data-reading-ready="true"]', { state: 'attached', timeout: options.timeout }).catch(async () => {
      const hasRoute = await page.evaluate(() => {
        const app = (document.querySelector('#app') as { __vue_app__?: { config: { globalProperties: { $router?: { hasRoute: (n: string) => boolean } } } } } | null)?.__vue_app__
        return app?.config.globalProperties.$router?.hasRoute('read') ?? false
      })
      throw new PageNotReadyError(hasRoute
        ? `${HANDOUT_PATH} did not set data-reading-ready="true" on <html> within ${options.timeout / 1000} s`
        : `the deck has no reading edition to print the handout from: no route "read" (is the kit named in the headmatter's addons:?)`)
    })
    await waitLikeSlidev(page, options.timeout)
    await waitForFonts(page, options.timeout)
    // Print media (no emulation): the handout's layout is its print stylesheet.
    const pdf = await page.pdf({
      path: options.out,
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
    })
    const pages = headingPages(await readStructure(new Uint8Array(pdf)), deck.slides.map(s => s.title))
    const lost = deck.slides.filter((_, i) => pages[i]! < 0)
    if (lost.length) {
      throw new Error(`${options.out}: no heading reads these slide titles, so their bookmarks have no page: ${
        lost.map(s => `${s.no} "${s.title}"`).join(', ')}`)
    }
    return sectionOutline(deck.slides, options.sections, deck.meta.title, s => pages[s.no - 1]!)
  }
  finally {
    await page.close()
  }
}

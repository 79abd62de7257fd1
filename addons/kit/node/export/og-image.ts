import type { Browser } from 'playwright'
import type { Deck } from '../deck.ts'
/**
 * public/og-image.png: the title slide as the link-preview picture, 1200×675. Print mode, as
 * Slidev's own PNG export (no navigation bar). 1200×675 has exactly the canvas's aspect
 * (980 × 551.25), so the slide fills the image with no letterbox.
 */
import { writeFileSync } from 'node:fs'
import { OG_IMAGE } from '../../shared/constants.ts'
import { TITLE_KEY, withPngText } from '../png.ts'
import { waitForFonts, waitLikeSlidev } from './page-ready.ts'

export async function screenshotOgImage(browser: Browser, origin: string, deck: Deck, options: {
  out: string
  timeout: number
}): Promise<void> {
  const page = await browser.newPage({
    viewport: OG_IMAGE,
    deviceScaleFactor: 1,
    colorScheme: 'light',
    locale: deck.meta.lang,
  })
  try {
    await page.goto(`${origin}/1?print=true`, { waitUntil: 'networkidle', timeout: options.timeout })
    await page.locator('[data-slidev-no="1"]').first().waitFor({ timeout: options.timeout })
    await waitLikeSlidev(page, options.timeout)
    await waitForFonts(page, options.timeout)
    // The slide is scaled by a float: paint the sub-pixel seam at the edges like the slide,
    // not the black of the letterbox behind it.
    await page.addStyleTag({ content: '#slide-container { background: var(--c-bg, #fff) !important }' })
    // The title slide's entrance transition (`transition: fade`) settles before the picture.
    await page.waitForTimeout(500)
    // The title it shows goes into the file, so a build can tell a picture of another talk.
    writeFileSync(options.out, withPngText(await page.screenshot(), TITLE_KEY, deck.meta.title))
  }
  finally {
    await page.close()
  }
}

import type { Page } from 'playwright'

/**
 * When a page of the deck is ready to print. Slidev's own exporter waits for three things
 * (node_modules/@slidev/cli/dist/export-*.mjs, `go()`): every lazy slide's loading placeholder
 * gone, every `[data-waitfor]` selector visible, every frame loaded. It does not wait for fonts,
 * and a face still loading when Chromium prints is drawn in a fallback font: the system's CJK
 * font, which Chromium embeds as Type 3, or empty boxes where there is none. So this also waits
 * for every font face the page declares, and stops when one cannot load.
 * (Slidev's handling of Monaco is left out: the deck has `monaco: false`.)
 */

export class PageNotReadyError extends Error {
  override name = 'PageNotReadyError'
}

/** Slidev's waits: placeholders gone, `[data-waitfor]` targets visible, frames loaded. */
export async function waitLikeSlidev(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.slidev-slide-loading'), null, { timeout })
  const waiting = page.locator('[data-waitfor]')
  for (let i = 0; i < await waiting.count(); i++) {
    const el = waiting.nth(i)
    const selector = await el.getAttribute('data-waitfor')
    if (!selector)
      continue
    // Slidev logs the timeout and carries on, marking the export failed; a print that may be
    // missing a picture is not worth writing, so stop here instead.
    await el.locator(selector).first().waitFor({ state: 'visible', timeout }).catch(() => {
      throw new PageNotReadyError(`[data-waitfor="${selector}"] never showed within ${timeout / 1000} s`)
    })
  }
  await Promise.all(page.frames().map(f => f.waitForLoadState('load', { timeout })))
  // Slidev's off-screen Mermaid scratch area, a <div> after #app: once no diagram is rendering in
  // it, hide it as Slidev does, or it prints as one more, blank page after the last slide.
  const mermaid = page.locator('#mermaid-rendering-container')
  if (await mermaid.count()) {
    await mermaid.locator('div').first().waitFor({ state: 'detached', timeout })
    await mermaid.evaluate((el: HTMLElement) => el.style.display = 'none')
  }
}

export interface FontReport {
  /** Font faces the page declares (@font-face rules and FontFace objects). */
  declared: number
  /** Whether the page carries the deck's own fonts (node/plugins/fonts.ts: `<style data-deck-fonts>`). */
  deckFonts: boolean
}

/**
 * Load every font face the page declares, not only those its text has used so far (a face with a
 * `unicode-range` loads only on demand), and wait until all are ready. Throws, naming the faces,
 * when one fails to load or when the page does not carry the deck's fonts at all.
 */
export async function waitForFonts(page: Page, timeout: number): Promise<FontReport> {
  const check = page.evaluate(async () => {
    const faces = [...document.fonts]
    const failed = (await Promise.all(faces.map(f => f.load().then(
      () => '',
      () => `${f.family} ${f.weight} ${f.style} (unicode-range ${f.unicodeRange.slice(0, 40)}${f.unicodeRange.length > 40
        ? '…'
        : ''})`,
    )))).filter(Boolean)
    await document.fonts.ready
    return {
      declared: faces.length,
      failed,
      deckFonts: document.querySelector('style[data-deck-fonts]') !== null,
    }
  })
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new PageNotReadyError(`the page's fonts were still loading after ${timeout / 1000} s`)), timeout)
  })
  const result = await Promise.race([check, late]).finally(() => clearTimeout(timer))
  if (!result.deckFonts) {
    throw new PageNotReadyError([
      'The page does not carry the deck\'s own fonts (no <style data-deck-fonts>; node/plugins/fonts.ts adds it).',
      'Without them Chromium prints the Chinese text in a system font, embedded as Type 3 (or as empty boxes).',
    ].join('\n'))
  }
  if (result.failed.length) {
    throw new PageNotReadyError([
      `${result.failed.length} of ${result.declared} font faces did not load:`,
      ...result.failed.map(f => `  - ${f}`),
      'Their text would print in a fallback font. Check that the dev server serves the files the',
      '@font-face rules name (node/plugins/fonts.ts).',
    ].join('\n'))
  }
  return { declared: result.declared, deckFonts: result.deckFonts }
}

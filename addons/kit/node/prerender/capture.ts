import type { Browser, Page } from 'playwright'
/**
 * The two pages the prerender captures, in Chromium, from the built deck served under its base:
 *
 *   `<base>read/` at 390 × 844   the reading edition, as the app draws it (every slide and its
 *                                 notes), with Slidev's scripts, preloads, stylesheets and run-time
 *                                 pieces taken out: static-pages.ts inlines the CSS it uses
 *   `<base>1` at 1280 × 720       slide 1's canvas, as the app draws it, as a layer for index.html
 *
 * Both in the light scheme, with no motion and no service worker; any console error while a page
 * draws stops the build, naming the page.
 */
import type { DrawnRun } from '../fonts/reading.ts'
import { FIRST_PAINT_ID, READ_VIEWPORT, READING_PATH, SLIDE_VIEWPORT } from '../../shared/constants.ts'

/** What the page gave: its serialised HTML and the stylesheets it had loaded (URLs). */
export interface Capture {
  html: string
  sheets: string[]
}

/** The reading page's text as it draws it in `family` (node/fonts/reading.ts), in document order. */
export interface ReadingCapture extends Capture {
  runs: DrawnRun[]
}

/** A page as the prerender sees it: light scheme, no motion, no service worker, problems watched. */
async function capturePage(browser: Browser, viewport: { width: number, height: number }) {
  const page = await browser.newPage({
    viewport,
    serviceWorkers: 'block',
    colorScheme: 'light',
    reducedMotion: 'reduce',
  })
  return {
    page,
    problems: watchPage(page),
  }
}

/**
 * Every run of text the page draws in `family`, with its weight, and whether it is laid out on
 * the first screen (a section further down is skipped until it comes near: content-visibility).
 * Generated content (::before, ::after) counts; text nobody renders (display: none) does not.
 */
function drawnRuns(family: string): DrawnRun[] {
  const runs: DrawnRun[] = []
  const add = (el: Element, style: CSSStyleDeclaration, text: string) => {
    if (text.trim() && style.fontFamily.includes(family)) {
      runs.push({
        text,
        weight: Number(style.fontWeight) || 400,
        first: el.checkVisibility({ contentVisibilityAuto: true }),
      })
    }
  }
  const quoted = (content: string) => [
    ...content.matchAll(/"((?:[^"\\]|\\.)*)"/g),
  ].map(m => m[1]!).join('')
  for (const el of document.body.querySelectorAll('*')) {
    if ([
      'SCRIPT',
      'STYLE',
      'NOSCRIPT',
      'TEMPLATE',
    ].includes(el.tagName) || !el.checkVisibility()) {
      continue
    }
    const style = getComputedStyle(el)
    for (const pseudo of ['::before', '::after']) {
      const p = getComputedStyle(el, pseudo)
      if (p.content && p.content !== 'none' && p.content !== 'normal')
        add(el, p, quoted(p.content))
    }
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE)
        add(el, style, node.textContent ?? '')
    }
  }
  return runs
}

export async function captureReading(browser: Browser, url: string, family?: string): Promise<ReadingCapture> {
  const { page, problems } = await capturePage(browser, READ_VIEWPORT)
  await page.goto(`${url}${READING_PATH}`)
  await page.waitForFunction(() => document.documentElement.dataset.readingReady === 'true', null, { timeout: 60_000 })
  if (problems.length)
    throw new Error(`the reading edition logged errors while prerendering:\n  ${problems.join('\n  ')}`)
  await page.evaluate(() => document.fonts.ready)
  const runs = family
    ? await page.evaluate(drawnRuns, family)
    : []
  const capture = await page.evaluate(() => {
    const sheets = [
      ...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'),
    ].map(l => l.href)
    // Only the page: Slidev's scripts, preloads and stylesheets go (the CSS comes back inline),
    // and so do its run-time-only pieces (offline indicator, notice, render containers).
    for (const el of document.querySelectorAll('script, link[rel="stylesheet"], link[rel="modulepreload"], link[rel="preload"], .slidev-pwa-indicator, .deck-notice, #mermaid-rendering-container, #twoslash-container, style[data-deck-view]'))
      el.remove()
    for (const el of document.querySelectorAll('style[id^="vueuse_styletag"]')) {
      if (!el.textContent?.trim())
        el.remove()
    }
    const html = document.documentElement
    delete html.dataset.readingReady
    html.classList.remove('dark', 'light', 'deck-fp-off', 'deck-leaving')
    html.style.removeProperty('--vh')
    if (!html.getAttribute('style'))
      html.removeAttribute('style')
    document.getElementById('app')?.removeAttribute('data-v-app')
    // The scheme button needs the page's script: without JavaScript it is not offered. It keeps
    // its place (invisible, not `hidden`), so showing it moves nothing.
    for (const b of document.querySelectorAll('[data-scheme-toggle]')) {
      b.setAttribute('data-pending', '')
      b.removeAttribute('aria-pressed')
    }
    return { html: `<!DOCTYPE html>\n${html.outerHTML}`, sheets }
  })
  await page.close()
  return { ...capture, runs }
}

export async function captureFirstSlide(browser: Browser, url: string): Promise<Capture> {
  const { page, problems } = await capturePage(browser, SLIDE_VIEWPORT)
  await page.goto(`${url}1`)
  await page.locator('#slide-content .slidev-page-1 h1').first().waitFor()
  await page.evaluate(() => document.fonts.ready)
  await page.waitForLoadState('networkidle')
  if (problems.length)
    throw new Error(`slide 1 logged errors while prerendering:\n  ${problems.join('\n  ')}`)
  const capture = await page.evaluate((id) => {
    const sheets = [
      ...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'),
    ].map(l => l.href)
    const container = document.getElementById('slide-container')!.cloneNode(true) as HTMLElement
    const content = container.querySelector<HTMLElement>('#slide-content')!
    // Only the canvas: the navigation bar (its own slot) is the app's.
    for (const el of [...container.children]) {
      if (el !== content)
        el.remove()
    }
    // No ids or slide numbers the app's own page also has; the canvas scale comes from the head
    // script (--slidev-slide-scale on <html>), as the app sets it.
    container.removeAttribute('id')
    content.removeAttribute('id')
    content.style.removeProperty('--slidev-slide-scale')
    for (const el of content.querySelectorAll('[data-slidev-no]'))
      el.removeAttribute('data-slidev-no')
    // Not a `.slidev-page` either, so nothing that looks for the app's slide finds this copy; it
    // keeps the box Slidev's SlideWrapper gives the page (its scoped rule), inline.
    const live = document.querySelector<HTMLElement>('#slide-content .slidev-page-1')!
    const box = getComputedStyle(live)
    for (const el of content.querySelectorAll<HTMLElement>('.slidev-page')) {
      el.classList.remove('slidev-page', 'slidev-page-1')
      el.classList.add('deck-fp-page')
      for (const prop of [
        'position',
        'top',
        'right',
        'bottom',
        'left',
        'width',
        'height',
      ])
        el.style.setProperty(prop, box.getPropertyValue(prop))
    }
    for (const el of content.querySelectorAll('[id]'))
      el.removeAttribute('id')
    const layer = document.createElement('div')
    layer.id = id
    // Until the application takes over (its #app is invisible beneath the layer meanwhile), the
    // layer is what a screen reader reads: the page's one main landmark.
    layer.setAttribute('role', 'main')
    layer.append(container)
    return { html: layer.outerHTML, sheets }
  }, FIRST_PAINT_ID)
  await page.close()
  return capture
}

function watchPage(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', e => problems.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error')
      problems.push(m.text())
  })
  return problems
}

import type { Page } from '@playwright/test'
/** What the e2e tests know about the deck: slides.md as the kit reads it (one reader, node/deck.ts). */
import { fileURLToPath } from 'node:url'
import { expect } from '@playwright/test'
import { readDeck } from '../../addons/kit/node/deck'

export const deck = await readDeck(fileURLToPath(new URL('../../slides.md', import.meta.url)))

export const slides = deck.slides

export const total = slides.length

/**
 * The talk's editions as the build hosts them (deck.config.ts, kit option `editions`): the Chinese
 * at the root, the English at en/. Specs that check every slide run over both, with these.
 */
export interface Edition {
  lang: 'zh-CN' | 'en'
  /** Below the site's root: '' or 'en/'. */
  path: string
  slides: typeof slides
  total: number
  /** The headmatter's title: the cover's heading and the reading edition's. */
  title: string
}

const english = await readDeck(fileURLToPath(new URL('../../slides.en.md', import.meta.url)))

export const editions: readonly Edition[] = [
  {
    lang: 'zh-CN',
    path: '',
    slides,
    total,
    title: String(deck.head.title),
  },
  {
    lang: 'en',
    path: 'en/',
    slides: english.slides,
    total: english.slides.length,
    title: String(english.head.title),
  },
]

/** 1-based number of the first slide whose source contains `needle`. */
export function slideWith(needle: string): number {
  const found = slides.find(s => s.content.includes(needle))
  if (!found)
    throw new Error(`No slide contains ${needle}`)
  return found.no
}

/** Collect console errors, page errors and failed or off-origin requests while a test runs. */
export function watch(page: Page, origin: string) {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error')
      problems.push(`console error: ${m.text()}`)
  })
  page.on('pageerror', e => problems.push(`page error: ${e.message}`))
  page.on('requestfailed', r => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`))
  page.on('response', (r) => {
    if (r.status() >= 400)
      problems.push(`HTTP ${r.status()}: ${r.url()}`)
  })
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.push(`request to another origin: ${url}`)
  })
  return problems
}

/**
 * On bare slide 1 (the deck's own address, `/1`) the built deck shows its prerendered slide and
 * starts the application at the first sign of a person (shared/app-start.ts), or 5 s after the
 * load event. A test that wants the application there stands in for that person: the mouse moves.
 */
export async function wake(page: Page) {
  await page.evaluate(() => new Promise<void>((resolve) => {
    const move = () => {
      dispatchEvent(new PointerEvent('pointermove', { pointerType: 'mouse' }))
      resolve()
    }
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', move, { once: true })
    else
      move()
  }))
}

/**
 * Open slide `no` with every click revealed, wait for it to settle. `view: 'slides'` asks for the
 * slides explicitly (`?view=slides`), as the reading edition's links do: a phone held upright
 * otherwise gets the reading edition (client/view.ts).
 */
export async function openSlide(page: Page, no: number, clicks: 'all' | number = 'all', options: { view?: 'slides', edition?: Edition } = {}) {
  const params = new URLSearchParams()
  if (options.view)
    params.set('view', options.view)
  if (clicks === 'all')
    params.set('clicks', '999')
  else if (clicks)
    params.set('clicks', String(clicks))
  const q = params.size
    ? `?${params}`
    : ''
  await page.goto(`/${options.edition?.path ?? ''}${no}${q}`)
  await wake(page)
  // Slide `no` itself, drawn: Slidev shows a loading placeholder until the slide's chunk has run.
  await expect(page.locator(`.slidev-page-${no}`).filter({ visible: true }).first()).toBeVisible()
  await expect(page.locator('.slidev-slide-loading')).toHaveCount(0)
  await page.evaluate(() => document.fonts.ready)
}

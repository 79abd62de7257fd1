import type { Page } from '@playwright/test'
import type { Edition } from './deck'
/**
 * What the reading-edition tests share: the phone they read on, what the deck says each slide's
 * title and notes are (from slides.md, tests/e2e/deck.ts), and measurements of the page as drawn.
 */
import { expect } from '@playwright/test'
import { editions } from './deck'
import { head } from './share'

/** A phone held upright (iPhone 12–15 size), as the issue measures it. */
export const PHONE = { width: 390, height: 844 }

export const deckTitle = String(head.title)

/** The title a reader sees for slide `no`: its Markdown title, the deck's title on the cover. */
export function titleOf(no: number, edition: Edition = editions[0]!): string {
  return edition.slides[no - 1]!.title || edition.title
}

/** No whitespace at all (line breaks fall differently in Markdown and on the page). */
export { squash } from './share'

/** A stage direction in the notes' source: `<p class="cue">…</p>`, for the presenter only. */
const CUE_SOURCE = /^\s*<p class="cue">([\s\S]*?)<\/p>\s*$/

/**
 * The speaker notes of a slide as plain text paragraphs: the Markdown source without Slidev's
 * `[click]` marks (which the reading edition drops) and without Markdown's inline markup.
 */
export function noteParagraphs(no: number, edition: Edition = editions[0]!): string[] {
  return edition.slides[no - 1]!.note
    .replace(/\[click(?::\d+)?\]/gi, '')
    .split(/\n\s*\n/)
    .filter(p => !CUE_SOURCE.test(p))
    .map(p => p.replace(/[*_`]/g, '').trim())
    .filter(Boolean)
}

/** The stage directions of slide `no`'s notes, as text. */
export function cueParagraphs(no: number, edition: Edition = editions[0]!): string[] {
  return edition.slides[no - 1]!.note
    .split(/\n\s*\n/)
    .map(p => CUE_SOURCE.exec(p)?.[1]?.trim())
    .filter((p): p is string => !!p)
}

/** Open the reading edition and wait until every slide and font is drawn. */
export async function openReading(page: Page, url = '/read/') {
  await page.goto(url)
  await expect(page.locator('.reading-edition')).toBeVisible()
  await page.waitForFunction(() => document.fonts.ready.then(() => true))
}

export interface TextSize {
  text: string
  px: number
  slide: number | undefined
  /** Running text: the notes and the slides' paragraphs and list items, not labels. */
  body: boolean
}

/**
 * Every visible text on the page with its size as drawn, in CSS px: the computed font size, times
 * the SVG's scale for SVG text (its drawn width over its viewBox width). Hidden text does not
 * count (display none, visibility hidden, zero opacity, visually hidden, <title>/<desc>).
 */
export async function textSizes(page: Page): Promise<TextSize[]> {
  return page.evaluate(() => {
    // Labels: captions, dates, kickers, small print, chart and map text and the page's own links.
    const LABEL = 'svg, figcaption, .kicker, .fine, .muted, .then, .year, .tag, .timeline, .credit, time, .milestones time, .quote footer, .chart-caption, .map-note, .read-slide-meta, .read-bar, .read-toc, .read-foot, .read-section, .index, .versus, .big-number'
    const hidden = (el: Element): boolean => {
      if (el.closest('title, desc, .sr-only'))
        return true
      for (let e: Element | null = el; e; e = e.parentElement) {
        const cs = getComputedStyle(e)
        if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0)
          return true
      }
      return false
    }
    const out: TextSize[] = []
    const walker = document.createTreeWalker(document.querySelector('.reading-edition')!, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      if (!el || !n.textContent?.trim() || hidden(el))
        continue
      let px = Number.parseFloat(getComputedStyle(el).fontSize)
      const svg = el instanceof SVGElement
        ? el.ownerSVGElement
        : null
      if (svg && svg.viewBox.baseVal.width > 0)
        px *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
      const slide = el.closest<HTMLElement>('[data-slide]')?.dataset.slide
      out.push({
        text: n.textContent.trim().slice(0, 20),
        px: Math.round(px * 10) / 10,
        slide: slide === undefined
          ? undefined
          : Number(slide),
        body: !el.closest(LABEL) && !!el.closest('.read-notes, .slidev-layout p, .slidev-layout li, .card'),
      })
    }
    return out
  })
}

/** Elements that stick out of the screen sideways (they would make the page scroll or be cut). */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const out: string[] = []
    for (const el of document.querySelectorAll('.reading-edition *')) {
      if (el.closest('.sr-only, title, desc, defs'))
        continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0)
        continue
      if (r.right > width + 0.5 || r.left < -0.5) {
        const slide = el.closest<HTMLElement>('[data-slide]')?.dataset.slide
        out.push(`slide ${slide ?? '-'}: <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ${Math.round(r.left)}–${Math.round(r.right)} px "${(el.textContent ?? '').trim().slice(0, 16)}"`)
      }
    }
    return out
  })
}

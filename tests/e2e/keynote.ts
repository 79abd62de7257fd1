import type { Page } from '@playwright/test'

/** What the back row sees on one slide, every reveal shown (the keynote rules measure this). */
export interface SlideMeasure {
  no: number
  /** Han characters of the text a person can see on the slide (SVG text included). */
  han: number
  /**
   * Words of that text in Latin letters (the English edition's measure of "few words"); figures
   * and years are not words, as the Han count leaves digits out.
   */
  words: number
  /** The smallest rendered text, in canvas px (the 980-px slide), with the text it belongs to. */
  smallest: { px: number, text: string }
  /** Every text under `minPx`, for the failure message. */
  under: { px: number, text: string }[]
  /** Share of the 16:9 frame covered by the largest chart or map SVG on the slide (0 when none). */
  chartShare: number
}

/**
 * Measure slide `no` as rendered. Sizes are in canvas px: the computed font size, times the scale the
 * SVG it sits in draws it at (from its screen matrix, letterboxing and transforms included). Hidden things do not count: text in
 * <title>/<desc>, aria-hidden or visually hidden (sr-only) elements, display:none, visibility:hidden
 * and anything at zero opacity (a reveal not yet shown).
 */
export async function measureSlide(page: Page, no: number, minPx = 18): Promise<SlideMeasure> {
  return page.evaluate(({ no, minPx }) => {
    const canvas = document.querySelector<HTMLElement>('#slide-content')!
    const scale = canvas.getBoundingClientRect().width / canvas.offsetWidth
    const root = document.querySelector(`.slidev-page-${no}`)!
    const frame = root.getBoundingClientRect()
    const visible = (el: Element): boolean => {
      if (el.closest('title, desc, [aria-hidden="true"], .sr-only'))
        return false
      for (let e: Element | null = el; e && e !== root.parentElement; e = e.parentElement) {
        const cs = getComputedStyle(e)
        if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0)
          return false
      }
      const r = el.getBoundingClientRect()
      return r.width > 0 && r.height > 0
    }
    let han = 0
    let words = 0
    const under: { px: number, text: string }[] = []
    let smallest = { px: Number.POSITIVE_INFINITY, text: '' }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim()
      const el = n.parentElement
      if (!text || !el || !visible(el))
        continue
      han += text.match(/\p{Script=Han}/gu)?.length ?? 0
      words += text.match(/\p{Script=Latin}[\p{Script=Latin}\d'’.-]*/gu)?.length ?? 0
      let px = Number.parseFloat(getComputedStyle(el).fontSize)
      // SVG text is drawn at its font size times the SVG's own scale: the scale of the element's
      // screen matrix, less the canvas's. (The drawn width over the viewBox width is not it when the
      // SVG's box has another aspect ratio than its viewBox: the drawing is letterboxed, smaller.)
      if (el instanceof SVGGraphicsElement) {
        const m = el.getScreenCTM()
        if (m)
          px *= Math.hypot(m.a, m.b) / scale
      }
      px = Math.round(px * 10) / 10
      if (px < smallest.px) {
        smallest = {
          px,
          text: text.slice(0, 20),
        }
      }
      if (px < minPx) {
        under.push({
          px,
          text: text.slice(0, 20),
        })
      }
    }
    let chartShare = 0
    for (const svg of root.querySelectorAll('.count-chart svg, .positioning-map svg')) {
      const r = svg.getBoundingClientRect()
      chartShare = Math.max(chartShare, (r.width * r.height) / (frame.width * frame.height))
    }
    return {
      no,
      han,
      words,
      smallest,
      under,
      chartShare,
    }
  }, { no, minPx })
}

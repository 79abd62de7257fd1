import type { CDPSession, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { openSlide, slides } from './deck'

// The hosted deck's slides on a phone (375 × 667 CSS px, touch). Held upright, a phone now gets
// the reading edition by default (tests/e2e/phone-view.spec.ts); these tests ask for the slides
// explicitly, as the reading edition's links do (`?view=slides`). Slidev draws every slide on a fixed
// 980 × 551 canvas and scales it to the screen: in portrait that is a factor of 0.38, so a
// 24 px body line becomes about 9 CSS px and a 16 px small label about 6. The tests below pin
// what that gives: moving by swipe, by tap and by the on-screen buttons, body text at 9 CSS px
// or more in portrait, and every text at a readable size once the phone is turned sideways.

test.use({
  viewport: { width: 375, height: 667 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
})

/** A one-finger horizontal swipe, as touch events (Chromium turns them into pointer events). */
async function swipe(cdp: CDPSession, page: Page, fromX: number, toX: number, y: number) {
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd'
        ? []
        : [
            { x, y },
          ],
    })
  await touch('touchStart', fromX)
  const steps = 8
  for (let i = 1; i <= steps; i++) {
    await touch('touchMove', fromX + (toX - fromX) * i / steps)
    await page.waitForTimeout(16)
  }
  await touch('touchEnd')
}

test('swipe left moves forward, swipe right moves back', async ({ page, context }) => {
  const cdp = await context.newCDPSession(page)
  await openSlide(page, 1, 0, { view: 'slides' })
  await swipe(cdp, page, 320, 60, 330)
  await expect(page).toHaveURL(/\/2$/)
  await expect(page.locator('.slidev-page-2 h1')).toBeVisible()
  await expect(page.locator('.slidev-page-2 .slidev-vclick-target')).toHaveCount(1)
  // Slide 2 reveals its line on a step: a swipe is one step, like the arrow key.
  await swipe(cdp, page, 320, 60, 330)
  await expect(page).toHaveURL(/\/2\?clicks=1$/)
  await swipe(cdp, page, 60, 320, 330)
  await expect(page).toHaveURL(/\/2$/)
  await swipe(cdp, page, 60, 320, 330)
  await expect(page).toHaveURL(/\/1$/)
})

test('a tap on the right of the screen moves forward, on the left moves back', async ({ page }) => {
  await openSlide(page, 1, 0, { view: 'slides' })
  // In portrait the slide fills the width; the band above it is the player's own surface.
  const slideBox = (await page.locator('#slide-content').boundingBox())!
  expect(slideBox.y).toBeGreaterThan(100)
  const y = slideBox.y / 2
  await page.touchscreen.tap(300, y)
  await expect(page).toHaveURL(/\/2$/)
  // Wait until slide 2 has registered its reveals; a tap before that would skip to slide 3.
  await expect(page.locator('.slidev-page-2 .slidev-vclick-target')).toHaveCount(1)
  await page.touchscreen.tap(300, y)
  await expect(page).toHaveURL(/\/2\?clicks=1$/)
  await page.touchscreen.tap(60, y)
  await expect(page).toHaveURL(/\/2$/)
})

test('the previous / next buttons stay on screen in portrait and work by touch', async ({ page }) => {
  await openSlide(page, 3, 0, { view: 'slides' })
  const next = page.getByRole('button', { name: 'Go to next slide' })
  const prev = page.getByRole('button', { name: 'Go to previous slide' })
  await expect(next).toBeVisible()
  await expect(prev).toBeVisible()
  // Big enough to hit with a finger (WCAG 2.5.8: 24 × 24 CSS px at least).
  for (const b of [next, prev]) {
    const box = (await b.boundingBox())!
    expect(box.width).toBeGreaterThanOrEqual(24)
    expect(box.height).toBeGreaterThanOrEqual(24)
  }
  await next.tap()
  await expect(page).toHaveURL(/\/4$/)
  await prev.tap()
  await expect(page).toHaveURL(/\/3$/)
})

type Kind = 'title' | 'text' | 'compact' | 'label'

/**
 * Rendered size in CSS px of every text on the slide: computed font size × the canvas scale
 * (× the SVG's own scale), by kind: slide titles; running text (bullets and paragraphs);
 * compact text (cards, the timeline, the credits list); labels (kickers, captions, small print,
 * chart and map text).
 */
async function textSizes(page: Page, no: number): Promise<{ text: string, px: number, kind: Kind }[]> {
  return page.evaluate((no) => {
    const canvas = document.querySelector('#slide-content')!
    const scale = canvas.getBoundingClientRect().width / (canvas as HTMLElement).offsetWidth
    const out: { text: string, px: number, kind: Kind }[] = []
    const walker = document.createTreeWalker(document.querySelector(`.slidev-page-${no}`)!, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      if (!el || !n.textContent?.trim() || el.closest('title, desc, [aria-hidden="true"]'))
        continue
      const cs = getComputedStyle(el)
      if (cs.display === 'none' || cs.visibility === 'hidden')
        continue
      let px = Number.parseFloat(cs.fontSize) * scale
      const svg = el instanceof SVGElement
        ? el.ownerSVGElement
        : null
      if (svg)
        px *= svg.getBoundingClientRect().width / scale / svg.viewBox.baseVal.width
      const kind: Kind = svg || el.closest('.kicker, .fine, .muted, figcaption, .chart-caption, .then, .year, .tag, .timeline, .credit, .milestones time, .quote footer, .steps p')
        ? 'label'
        : el.closest('h1')
          ? 'title'
          : el.closest('.cols, .card, .sources, .numbers')
            ? 'compact'
            : 'text'
      out.push({
        text: n.textContent.trim().slice(0, 16),
        px: Math.round(px * 10) / 10,
        kind,
      })
    }
    return out
  }, no)
}

/** Walk every slide; return the texts under their kind's minimum, and the smallest size seen per kind. */
async function checkSizes(page: Page, min: Record<Kind, number>) {
  test.setTimeout(120_000)
  const under: string[] = []
  const smallest: Record<Kind, number> = {
    title: Infinity,
    text: Infinity,
    compact: Infinity,
    label: Infinity,
  }
  for (const s of slides) {
    await openSlide(page, s.no, 'all', { view: 'slides' })
    for (const t of await textSizes(page, s.no)) {
      smallest[t.kind] = Math.min(smallest[t.kind], t.px)
      if (t.px < min[t.kind])
        under.push(`slide ${s.no}: ${t.kind} "${t.text}" at ${t.px} px < ${min[t.kind]}`)
    }
  }
  test.info().annotations.push({
    type: 'smallest text (CSS px)',
    description: JSON.stringify(smallest),
  })
  return under
}

// Portrait is a 375 × 211 picture of the slide. Titles and the running text (the bullets and
// paragraphs that carry each slide) stay at 9 CSS px or more; cards, the timeline and the
// credits come out at about 8–8.6 px and labels at about 6, which is small print: turn the
// phone sideways for those (next test). The smallest sizes are recorded in the test report.
test('portrait, 375 px wide: titles at 14 CSS px or more, running text at 9 or more, on every slide', async ({ page }) => {
  expect(await checkSizes(page, {
    title: 14,
    text: 9,
    compact: 0,
    label: 0,
  })).toEqual([])
})

test.describe('landscape, 667 × 375', () => {
  test.use({
    viewport: { width: 667, height: 375 },
  })

  test('running text at 14 CSS px or more, cards and lists at 13, every label at 8', async ({ page }) => {
    expect(await checkSizes(page, {
      title: 20,
      text: 14,
      compact: 13,
      label: 8,
    })).toEqual([])
  })
})

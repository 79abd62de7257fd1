/**
 * The reading edition as a phone reads it: `/read/` at 390 × 844, as the build
 * prerendered it (read/index.html, no deck JavaScript) and as it reads with JavaScript off, offline
 * after one visit, in both colour schemes, and under the sub-path build. Titles and notes come
 * from slides.md (tests/e2e/deck.ts), so the tests follow the deck as it changes.
 */
import type { Page } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { groupBySection } from '../../addons/kit/shared/sections'
import { kit as deck } from '../talk'
import { editions, slides, total, watch } from './deck'
import { cueParagraphs, noteParagraphs, openReading, overflowing, PHONE, squash, textSizes, titleOf } from './reading'
import { exportName, head, ROOT, SUB_BASE, SUB_DIR, SUB_ORIGIN } from './share'

test.use({
  viewport: PHONE,
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
})

const DIST = join(ROOT, 'dist')

/** The slide titles the page shows, in page order, with the anchor each sits under. */
async function shownTitles(page: Page) {
  return page.locator('.read-slide').evaluateAll(sections => sections.map(s => ({
    id: s.id,
    title: (s.querySelector('.slidev-layout h1')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  })))
}

test('read/index.html is static HTML: the build prerendered it, with no script of the deck', () => {
  const file = join(DIST, 'read', 'index.html')
  expect(existsSync(file), 'dist/read/index.html (the build found Chromium, so it must prerender)').toBe(true)
  const html = readFileSync(file, 'utf8')
  expect(html).not.toMatch(/<script[^>]+src=/)
  expect(html).not.toMatch(/<link[^>]+rel="(?:stylesheet|modulepreload)"/)
  // Its CSS is inline and it is small enough to arrive in one go on a slow network.
  expect(html).toMatch(/<style>[^<]{1000,}<\/style>/)
  const inline = [
    ...html.matchAll(/<script>([\s\S]*?)<\/script>/g),
  ].map(m => m[1]!)
  expect(inline.length, 'one small inline script').toBe(1)
  expect(inline[0]!.length).toBeLessThan(2000)
  for (const s of slides)
    expect(html, `slide ${s.no}'s title`).toContain(titleOf(s.no).replace(/&/g, '&amp;'))
})

for (const edition of editions) {
  test(`${edition.lang}: every slide in order with its title, its notes, an anchor and a link to the slide`, async ({ page, baseURL }) => {
    const problems = watch(page, baseURL!)
    await openReading(page, `/${edition.path}read/`)
    await expect(page.locator('html')).toHaveAttribute('lang', edition.lang)
    const shown = await shownTitles(page)
    expect(shown.map(s => s.id)).toEqual(edition.slides.map(s => String(s.no)))
    expect(shown.map(s => s.title)).toEqual(edition.slides.map(s => titleOf(s.no, edition)))

    for (const s of edition.slides) {
      const section = page.locator(`section[id="${s.no}"]`)
      const notes = squash(await section.locator('.read-notes').textContent() ?? '')
      for (const p of noteParagraphs(s.no, edition))
        expect(notes, `slide ${s.no}'s notes`).toContain(squash(p))
      // Slidev's [click] marks are the speaker's cues, not part of the prose.
      await expect(section.locator('.read-notes .slidev-note-click-mark')).toHaveCount(0)
      await expect(section.locator(`a[href="#${s.no}"]`)).toHaveCount(1)
      await expect(section.locator(`a[href="/${edition.path}${s.no}?view=slides"]`)).toHaveCount(1)
    }
    expect(problems).toEqual([])
  })
}

test('stage directions are the presenter\'s: the presenter view shows them, the reading edition leaves them out', async ({ browser, page }) => {
  const cued = slides.filter(s => cueParagraphs(s.no).length > 0)
  expect(cued.length, 'the deck has stage directions to check').toBeGreaterThan(0)
  await openReading(page)
  const text = squash(await page.locator('.reading-edition').textContent() ?? '')
  const presenter = await browser.newPage({
    viewport: { width: 1280, height: 720 },
  })
  for (const s of cued) {
    await presenter.goto(`/presenter/${s.no}`)
    for (const cue of cueParagraphs(s.no)) {
      expect(text, `slide ${s.no}: the reading edition prints the stage direction`).not.toContain(squash(cue))
      await expect(presenter.locator('.slidev-note .cue').first()).toContainText(cue)
    }
  }
  await presenter.close()
})

test('every reveal is shown: nothing of a slide waits for a click', async ({ page }) => {
  await openReading(page)
  const waiting = await page.evaluate(() => [
    ...document.querySelectorAll('.read-slide .slidev-vclick-hidden, .read-slide .hidden'),
  ]
    .map(el => `${el.closest<HTMLElement>('[data-slide]')?.dataset.slide}: ${el.tagName} ${(el.textContent ?? '').trim().slice(0, 20)}`))
  expect(waiting).toEqual([])
})

test('contents by the article\'s sections, each slide listed under its section', async ({ page }) => {
  await openReading(page)
  const toc = page.getByRole('navigation', { name: '目录' })
  await expect(toc).toBeVisible()
  const expected = groupBySection(slides, deck.sections, String(head.title))
  const sections = toc.locator(':scope > ol > li')
  await expect(sections).toHaveCount(expected.length)
  for (const [i, s] of expected.entries()) {
    const li = sections.nth(i)
    await expect(li.locator(':scope > a')).toHaveText(s.title)
    await expect(li.locator(':scope > a')).toHaveAttribute('href', `#${s.slides[0]!.no}`)
    await expect(li.locator('ol a')).toHaveCount(s.slides.length)
    for (const [j, x] of s.slides.entries())
      await expect(li.locator('ol a').nth(j)).toHaveAttribute('href', `#${x.no}`)
  }
  // An entry takes the reader to its slide.
  const last = slides.at(-1)!
  await toc.locator(`a[href="#${last.no}"]`).click()
  await expect(page).toHaveURL(new RegExp(`/read/#${last.no}$`))
  await expect(page.locator(`section[id="${last.no}"] h1`)).toBeInViewport()
})

test('the page scrolls under a finger (and a mouse wheel)', async ({ page }) => {
  await openReading(page)
  await page.mouse.move(PHONE.width / 2, PHONE.height / 2)
  await page.mouse.wheel(0, 1500)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000)
})

test('a slide\'s address opens the page at that slide: /read/#N', async ({ page }) => {
  const no = Math.ceil(total / 2)
  await page.goto(`/read/#${no}`)
  await expect(page.locator(`section[id="${no}"] .slidev-layout h1`)).toBeInViewport()
})

for (const edition of editions) {
  test(`${edition.lang}: fits a phone: no sideways scroll, body text 16 px or more, nothing under 12 px (SVG text as drawn)`, async ({ page }) => {
    await openReading(page, `/${edition.path}read/`)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    expect(await overflowing(page)).toEqual([])
    const sizes = await textSizes(page)
    // A measurement that finds no text is broken, not a pass.
    expect(sizes.filter(s => s.body).length).toBeGreaterThan(edition.total)
    expect(new Set(sizes.filter(s => s.slide).map(s => s.slide)).size).toBe(edition.total)
    expect(sizes.filter(s => s.px < 12).map(s => `slide ${s.slide ?? '-'}: "${s.text}" at ${s.px} px`)).toEqual([])
    expect(sizes.filter(s => s.body && s.px < 16).map(s => `slide ${s.slide ?? '-'}: "${s.text}" at ${s.px} px`)).toEqual([])
    test.info().annotations.push({
      type: 'smallest text (CSS px)',
      description: String(Math.min(...sizes.map(s => s.px))),
    })
  })
}

test('the charts and the map are drawn full width, at least 330 px, and complete', async ({ page }) => {
  await openReading(page)
  const figures = page.locator('.read-slide .count-chart svg, .read-slide .positioning-map svg')
  const count = await figures.count()
  expect(count, 'the enterprise-count charts and the positioning map').toBeGreaterThanOrEqual(3)
  for (let i = 0; i < count; i++) {
    const box = (await figures.nth(i).boundingBox())!
    expect(box.width, `figure ${i + 1}`).toBeGreaterThanOrEqual(330)
  }
  // The charts' figures, every column shown (250 万 and 1000 万 at end-2019, 1000 万+ at end-2021).
  const chartText = squash((await page.locator('.read-slide .count-chart svg').allTextContents()).join(' '))
  for (const figure of ['250万', '1000万', '1000万+'])
    expect(chartText).toContain(figure)
})

test('the credit, the deck\'s address and (when the build has it) the PDF', async ({ page }) => {
  await openReading(page)
  const foot = page.locator('.read-foot')
  await expect(foot).toContainText('王M争')
  await expect(foot).toContainText('企业微信的20年：腾讯是如何连接人和企业？')
  await expect(foot).toContainText('人人都是产品经理')
  await expect(foot.locator(`a[href="${deck.url}read/"]`)).toHaveCount(1)
  const pdf = existsSync(join(DIST, `${exportName}.pdf`))
  await expect(foot.locator(`a[href="/${exportName}.pdf"]`)).toHaveCount(pdf ? 1 : 0)
})

test('/read without the trailing slash is the same page', async ({ page }) => {
  await openReading(page, '/read')
  await expect(page.locator(`section[id="${total}"] .slidev-layout h1`)).toHaveText(titleOf(total))
})

test.describe('with JavaScript switched off', () => {
  test.use({ javaScriptEnabled: false })

  test('every title and every paragraph of the notes still shows', async ({ page }) => {
    await page.goto('/read/')
    const shown = await shownTitles(page)
    expect(shown.map(s => s.title)).toEqual(slides.map(s => titleOf(s.no)))
    for (const s of slides) {
      await expect(page.locator(`section[id="${s.no}"] .slidev-layout h1`)).toBeVisible()
      const notes = squash(await page.locator(`section[id="${s.no}"] .read-notes`).textContent() ?? '')
      for (const p of noteParagraphs(s.no))
        expect(notes, `slide ${s.no}'s notes`).toContain(squash(p))
    }
    // The scheme button needs a script: it is not offered.
    await expect(page.getByRole('button', { name: '深色' })).toHaveCount(0)
  })
})

// Service workers are off in the suite (playwright.config.ts); this test is about one.
test.describe(() => {
  test.use({ serviceWorkers: 'allow' })

  test('after one visit it reads offline, reload included', async ({ page, context }) => {
    test.setTimeout(90_000)
    await openReading(page)
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller)
        await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
    })
    await context.setOffline(true)
    const notFromCache: string[] = []
    page.on('response', (r) => {
      if (!r.fromServiceWorker() && !r.url().startsWith('data:'))
        notFromCache.push(r.url())
    })
    await page.reload()
    expect((await shownTitles(page)).map(s => s.title)).toEqual(slides.map(s => titleOf(s.no)))
    await page.goto('/read/#3')
    await expect(page.locator('section[id="3"] .slidev-layout h1')).toBeInViewport()
    expect(notFromCache).toEqual([])
  })
})

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the ${scheme} scheme, and the scheme is the reader's`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await openReading(page)
    await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${scheme}\\b`))
    // The page is drawn in that scheme: a dark background in the dark one, a light one in the light.
    const background = await page.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number)
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255
    })
    if (scheme === 'dark')
      expect(background).toBeLessThan(0.2)
    else
      expect(background).toBeGreaterThan(0.8)
    const result = await new AxeBuilder({ page })
      .withTags([
        'wcag2a',
        'wcag2aa',
        'wcag21a',
        'wcag21aa',
        'wcag22aa',
      ])
      .analyze()
    expect(result.violations.map(v => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)).toEqual([])
  })
}

test('the scheme button switches the scheme and the choice is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await openReading(page)
  const button = page.getByRole('button', { name: '深色' })
  await expect(button).toHaveAttribute('aria-pressed', 'false')
  await button.click()
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await expect(button).toHaveAttribute('aria-pressed', 'true')
  await page.reload()
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
})

test.describe('under the sub-path build', () => {
  const SUB = `${SUB_ORIGIN}${SUB_BASE}`
  test.use({ baseURL: SUB })

  test('/read/ and /read, every title, every link under the sub-path, nothing from elsewhere', async ({ page }) => {
    test.skip(!existsSync(join(SUB_DIR, 'index.html')), 'npm run build:sub first (npm test does)')
    const problems = watch(page, SUB_ORIGIN)
    page.on('request', (r) => {
      if (!r.url().startsWith(SUB) && !r.url().startsWith('data:'))
        problems.push(`request outside ${SUB_BASE}: ${r.url()}`)
    })
    for (const path of ['read/', 'read']) {
      await openReading(page, `${SUB}${path}`)
      expect((await shownTitles(page)).map(s => s.title)).toEqual(slides.map(s => titleOf(s.no)))
      // Reading down fetches the font files for the text it comes near; let them arrive before
      // navigating on, so a request dropped by the navigation is not taken for a failure.
      await page.evaluate(() => document.fonts.ready)
    }
    const hrefs = await page.locator('.reading-edition a[href^="/"]').evaluateAll(as => as.map(a => a.getAttribute('href')!))
    expect(hrefs.length).toBeGreaterThan(total)
    for (const href of hrefs)
      expect(href).toMatch(new RegExp(`^${SUB_BASE}`))
    await page.locator(`section[id="2"] a.read-to-slides`).click()
    await expect(page).toHaveURL(`${SUB}2`)
    await expect(page.locator('.slidev-page-2 h1')).toContainText(titleOf(2))
    expect(problems).toEqual([])
  })
})

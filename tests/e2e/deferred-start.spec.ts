/**
 * Bare slide 1 starts Slidev's application only when it is needed (the kit's shared/app-start.ts,
 * written into index.html by node/prerender/deferred-start.ts): until the first input, the page
 * fetches none of the deck's scripts or stylesheets and shows the prerendered slide. A key, a
 * press beside the slide or a swipe asked meanwhile is not lost: the deck moves once the
 * application is ready. Any other address starts the application at once.
 */
import type { Page, Request } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { total, watch } from './deck'

const LAYER = '#deck-first-paint'

/** Scripts and stylesheets of the deck the page asks for (the service worker's own aside). */
function deckAssets(page: Page): string[] {
  const asked: string[] = []
  page.on('request', (r: Request) => {
    if (/\/assets\/.*\.(?:js|css)$/.test(r.url()))
      asked.push(r.url())
  })
  return asked
}

test('bare slide 1 paints from the HTML and asks for no script or stylesheet until someone acts', async ({ page, baseURL }) => {
  const problems = watch(page, baseURL!)
  const asked = deckAssets(page)
  await page.goto('/1')
  await expect(page.locator(LAYER)).toBeVisible()
  // Well short of the 5 s after the load event at which it would start by itself.
  await page.waitForTimeout(1000)
  expect(asked).toEqual([])
  await expect(page.locator('#app')).toBeEmpty()
  await expect(page).toHaveURL(/\/1$/)
  expect(problems).toEqual([])
})

test('left alone, the application starts a little after the load event', async ({ page }) => {
  await page.goto('/1')
  await expect(page.locator(LAYER)).toHaveCount(0, { timeout: 30_000 })
  await expect(page.locator('.slidev-page-1 h1')).toBeVisible()
})

test('a key pressed on the prerendered slide 1 moves the deck to slide 2 once the application is ready', async ({ page, baseURL }) => {
  const problems = watch(page, baseURL!)
  const asked = deckAssets(page)
  await page.goto('/1')
  await expect(page.locator(LAYER)).toBeVisible()
  expect(asked).toEqual([])
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/\/2$/, { timeout: 30_000 })
  await expect(page.locator('.slidev-page-2 h1')).toBeVisible()
  await expect(page.locator(LAYER)).toHaveCount(0)
  expect(asked.length).toBeGreaterThan(0)
  expect(problems).toEqual([])
})

test('several keys are replayed in order: two forward and one back end on slide 2', async ({ page }) => {
  await page.goto('/1')
  await expect(page.locator(LAYER)).toBeVisible()
  await page.keyboard.press('PageDown')
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowLeft')
  await expect(page).toHaveURL(/\/2$/, { timeout: 30_000 })
  await page.waitForTimeout(500)
  await expect(page).toHaveURL(/\/2$/)
})

test.describe('a window taller than the slide: a press beside it moves the deck, as Slidev\'s player does', () => {
  test.use({
    viewport: { width: 1280, height: 1000 },
  })

  test('a press below the slide, on the right half, goes to slide 2', async ({ page }) => {
    await page.goto('/1')
    await expect(page.locator(LAYER)).toBeVisible()
    await page.mouse.click(1000, 980)
    await expect(page).toHaveURL(/\/2$/, { timeout: 30_000 })
  })
})

/** A finger on the screen at height 200, through the DevTools protocol's touch events. */
async function touchScreen(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  return (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) => cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: type === 'touchEnd'
      ? []
      : [
          { x, y: 200 },
        ],
  })
}

test.describe('a touch screen in landscape', () => {
  test.use({
    viewport: { width: 844, height: 390 },
    hasTouch: true,
    isMobile: true,
  })

  test('a swipe to the left on the prerendered slide 1 goes to slide 2', async ({ page }) => {
    await page.goto('/1')
    await expect(page.locator(LAYER)).toBeVisible()
    const touch = await touchScreen(page)
    await touch('touchStart', 700)
    for (const x of [600, 450, 300, 200])
      await touch('touchMove', x)
    await touch('touchEnd', 200)
    await expect(page).toHaveURL(/\/2$/, { timeout: 30_000 })
  })

  test('a swipe that began before the application and ends after it has started moves the deck once', async ({ page }) => {
    await page.goto('/1')
    await expect(page.locator(LAYER)).toBeVisible()
    const touch = await touchScreen(page)
    // The touch starts the application; the finger lifts once it has drawn slide 1.
    await touch('touchStart', 700)
    await expect(page.locator('#app .slidev-page-1')).toBeAttached({ timeout: 30_000 })
    for (const x of [600, 450, 300, 200])
      await touch('touchMove', x)
    await touch('touchEnd', 200)
    await expect(page).toHaveURL(/\/2$/, { timeout: 30_000 })
    await page.waitForTimeout(800)
    await expect(page).toHaveURL(/\/2$/)
  })
})

for (const path of [
  '/3',
  `/${total}`,
  '/presenter/2',
  '/overview',
  '/1?clicks=1',
]) {
  test(`${path} starts the application at once`, async ({ page }) => {
    const asked = deckAssets(page)
    await page.goto(path)
    await expect.poll(() => asked.length, { timeout: 3000 }).toBeGreaterThan(0)
    await expect(page.locator('#app')).not.toBeEmpty()
  })
}

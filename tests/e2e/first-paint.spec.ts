/**
 * The first slide paints at once: the build puts slide 1 into index.html as a layer
 * outside #app (the kit's node/prerender/), which shows before Slidev's client arrives; the app removes
 * it once it has drawn slide 1 in the same place (client/first-paint.ts). Checked here: the text is
 * in the HTML as served, the hand-over changes no pixel and shifts nothing, nothing logs an error,
 * and an address that is not slide 1 never shows it.
 */
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { PNG } from 'pngjs'
import { total, wake, watch } from './deck'
import { deckTitle, squash } from './reading'

const LAYER = '#deck-first-paint'

/** Record layout shifts (PerformanceObserver 'layout-shift') from the very start of the page. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: { value: number, sources: string[] }[] }
    w.__shifts = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number, sources?: { node?: Node }[] })[]) {
        w.__shifts.push({
          value: e.value,
          sources: (e.sources ?? []).map(s => s.node instanceof Element
            ? `${s.node.tagName}.${s.node.getAttribute('class') ?? ''}`
            : String(s.node?.nodeName)),
        })
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

async function shifts(page: Page) {
  return page.evaluate(() => (window as unknown as { __shifts: { value: number, sources: string[] }[] }).__shifts)
}

test('slide 1\'s text is in index.html as served (and in 404.html, which static hosts serve for deep links)', async ({ request }) => {
  for (const path of ['/', '/404.html']) {
    const html = await (await request.get(path)).text()
    const layer = html.match(/<div id="deck-first-paint"[^>]*>([\s\S]*?)<div id="mermaid-rendering-container">/)?.[1]
    expect(layer, `${path} holds the prerendered first slide`).toBeTruthy()
    const text = squash(layer!.replace(/<[^>]+>/g, ''))
    expect(text).toContain(squash(deckTitle))
    // Until the application takes over, the layer is what a screen reader reads: the one main
    // landmark (the application beneath it is invisible meanwhile).
    expect(html).toMatch(/<div id="deck-first-paint" role="main">/)
  }
})

for (const scheme of ['light', 'dark'] as const) {
  test(`the hand-over (${scheme}): no console error, no layout shift, the app's slide 1 where the layer was`, async ({ page, baseURL }) => {
    await page.emulateMedia({ colorScheme: scheme })
    const problems = watch(page, baseURL!)
    await recordShifts(page)
    // Slow the app down so the layer is on screen for a while and the hand-over is visible.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.goto('/')
    await wake(page)
    await expect(page).toHaveURL(/\/1$/, { timeout: 30_000 })
    await expect(page.locator(LAYER)).toHaveCount(0, { timeout: 30_000 })
    await expect(page.locator('.slidev-page-1 h1')).toContainText(deckTitle)
    await page.waitForTimeout(500)
    const seen = await shifts(page)
    const cls = seen.reduce((sum, s) => sum + s.value, 0)
    test.info().annotations.push({
      type: 'CLS',
      description: cls.toFixed(4),
    })
    expect(cls, JSON.stringify(seen)).toBeLessThanOrEqual(0.01)
    expect(problems).toEqual([])
  })
}

test('the layer is a pixel-for-pixel double of the app\'s slide 1 (no flash at the hand-over)', async ({ browser, baseURL }) => {
  const shot = async (app: boolean) => {
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 1280, height: 720 },
      serviceWorkers: 'block',
    })
    const page = await context.newPage()
    // Without the deck's JavaScript the layer stays: that is what the first paint shows.
    if (!app)
      await page.route(/\.js$/, route => route.abort())
    await page.goto('/1')
    // What the first paint shows: the layer before anything has happened (no input, so the
    // application and its stylesheets have not been asked for); then the application's slide 1.
    if (app) {
      await wake(page)
      await expect(page.locator(LAYER)).toHaveCount(0)
      await page.mouse.move(640, 2)
    }
    else {
      await expect(page.locator(LAYER)).toBeVisible()
    }
    await page.evaluate(() => document.fonts.ready)
    await page.waitForTimeout(600)
    // Slidev's "Caching for offline…" badge comes and goes with the service worker, in the app
    // only: hidden in both pictures (a mask would paint a box into the app's picture alone).
    const png = PNG.sync.read(await page.screenshot({
      style: '.slidev-pwa-indicator { visibility: hidden !important; }',
    }))
    await context.close()
    return png
  }
  const layer = await shot(false)
  const app = await shot(true)
  let differing = 0
  for (let i = 0; i < layer.data.length; i += 4) {
    const d = Math.abs(layer.data[i]! - app.data[i]!) + Math.abs(layer.data[i + 1]! - app.data[i + 1]!) + Math.abs(layer.data[i + 2]! - app.data[i + 2]!)
    if (d > 48)
      differing++
  }
  // The same picture (a few anti-aliased pixels at most).
  expect(differing / (layer.width * layer.height)).toBeLessThan(0.0005)
})

test('an address that is not slide 1 never shows it, not even for a frame', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __layerSeen: string[] }
    w.__layerSeen = []
    const look = () => {
      const layer = document.getElementById('deck-first-paint')
      if (layer && layer.checkVisibility())
        w.__layerSeen.push(location.pathname)
      if (document.readyState !== 'complete' || layer)
        requestAnimationFrame(look)
    }
    document.addEventListener('DOMContentLoaded', look)
    requestAnimationFrame(look)
  })
  for (const path of [
    `/${Math.ceil(total / 2)}`,
    `/${total}`,
    '/presenter/2',
    '/overview',
  ]) {
    await page.goto(path)
    await expect(page.locator('#app')).not.toBeEmpty()
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => (window as unknown as { __layerSeen: string[] }).__layerSeen), path).toEqual([])
  }
})

test('moving on from slide 1 before the hand-over removes the layer at once', async ({ page }) => {
  // Hold the deck's main stylesheet back: the app runs, but cannot hand over yet.
  let release = () => {}
  const held = new Promise<void>(resolve => release = resolve)
  await page.route(/\/assets\/index-[^/]*\.css$/, async (route) => {
    await held
    await route.continue()
  })
  // The held stylesheet holds the load event too: wait for the app, not for `load`.
  await page.goto('/1', { waitUntil: 'commit' })
  await wake(page)
  await expect(page.locator('.slidev-page-1 h1')).toBeAttached({ timeout: 20_000 })
  await expect(page.locator(LAYER)).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/\/2$/)
  await expect(page.locator(LAYER)).toHaveCount(0)
  release()
  await expect(page.locator('.slidev-page-2 h1')).toBeVisible()
})

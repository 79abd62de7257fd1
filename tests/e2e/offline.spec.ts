import type { Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test } from '@playwright/test'
import { openSlide, slides, total, wake, watch } from './deck'

// After one visit, the hosted deck works with the network cut. `pwa: build` in the headmatter
// gives the deck the kit's service worker (addons/kit/client/service-worker.ts, Workbox), one
// script with two registrations: the slides' application registers it for the whole deck and it
// precaches the application and every font of the slides, answering any address with the cached
// index.html; the static reading edition registers it for <base>read only, and it precaches that
// page and nothing of the slides. Each view works offline after a visit to that view alone.
// 127.0.0.1 is a secure context, so the service worker runs here as it does over https.
// The rest of the suite runs without service workers (playwright.config.ts); this file is about them.
test.use({ serviceWorkers: 'allow' })

/** Load the deck and wait until its service worker is active and controls the page. */
async function firstVisit(page: Page) {
  await openSlide(page, 1)
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller)
      await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
  })
}

test('the deck is an installable web app with a service worker', async ({ page, baseURL }, testInfo) => {
  const problems = watch(page, baseURL!)
  await firstVisit(page)
  const manifestUrl = new URL((await page.locator('link[rel="manifest"]').getAttribute('href'))!, page.url())
  const manifest = await (await page.request.get(manifestUrl.href)).json()
  expect(manifest).toMatchObject({
    name: '企业微信的 20 年',
    lang: 'zh-CN',
    start_url: '/',
    display: 'fullscreen',
  })
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
  for (const icon of manifest.icons)
    expect((await page.request.get(new URL(icon.src, manifestUrl).href)).ok(), icon.src).toBe(true)
  expect(problems).toEqual([])

  // Chromium's own verdict. Test contexts are incognito, where nothing installs, so ask in a
  // profile of its own.
  const profile = mkdtempSync(join(tmpdir(), 'deck-pwa-'))
  const ctx = await chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, baseURL })
  try {
    const p = ctx.pages()[0] ?? await ctx.newPage()
    await firstVisit(p)
    const cdp = await ctx.newCDPSession(p)
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    expect(installabilityErrors).toEqual([])
  }
  finally {
    await ctx.close()
    rmSync(profile, { recursive: true, force: true })
  }
})

test('while the deck caches itself, the projected slide shows no badge; the navigation bar says it in Chinese', async ({ page }) => {
  const english = /offline|caching/i
  await openSlide(page, 1)
  for (const no of [1, 24, total]) {
    await openSlide(page, no)
    // Slidev's badge (App.vue's PwaIndicator) is never drawn, whatever its state.
    for (const badge of await page.locator('.slidev-pwa-indicator').all())
      await expect(badge).toBeHidden()
    // innerText: what is drawn, not hidden text.
    // eslint-disable-next-line unicorn/prefer-dom-node-text-content
    const drawn = await page.evaluate(() => document.body.innerText)
    expect(drawn, `slide ${no}: English words of the offline machinery on screen`).not.toMatch(english)
  }
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller)
      await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
  })
  // The state is in the navigation bar (the presenter view shows the same bar), in Chinese.
  await expect(page.locator('.deck-offline-state')).toHaveAttribute('data-state', 'ready')
  await expect(page.locator('.deck-offline-state')).toHaveText('已可离线放映')
  await page.goto('/presenter/1')
  await expect(page.locator('.deck-offline-state')).toHaveText('已可离线放映')
  // eslint-disable-next-line unicorn/prefer-dom-node-text-content
  expect(await page.evaluate(() => document.body.innerText)).not.toMatch(english)
})

test('after one visit, with the network cut: reload, every slide by its address, and the keys', async ({ page, context }) => {
  test.setTimeout(180_000) // 2 × 21 offline page loads
  await firstVisit(page)
  await context.setOffline(true)

  // The network is really gone: a file the service worker has not cached cannot be fetched.
  const probe = await page.evaluate(() => fetch(`/not-cached-${Date.now()}.txt`).then(r => `HTTP ${r.status}`, () => 'failed'))
  expect(probe).toBe('failed')

  // From here on, everything the page gets must come from the service worker.
  const notFromCache: string[] = []
  page.on('response', (r) => {
    if (!r.fromServiceWorker() && !r.url().startsWith('data:'))
      notFromCache.push(r.url())
  })
  const failed: string[] = []
  page.on('requestfailed', (r) => {
    // ERR_ABORTED is a request the page itself dropped when it navigated on, not the network.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED')
      failed.push(`${r.url()} (${r.failure()?.errorText})`)
  })

  await page.reload()
  await wake(page)
  await expect(page.locator('.slidev-page-1 h1')).toBeVisible()

  // Every slide by its own address (a deep link or a reload on that slide), light and dark.
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const s of slides) {
      await openSlide(page, s.no)
      const h1 = page.locator(`.slidev-page-${s.no} h1`)
      if (s.title)
        await expect(h1, `slide ${s.no} offline (${scheme})`).toContainText(s.title)
      else
        await expect(h1, `slide ${s.no} offline (${scheme})`).toBeVisible()
    }
  }

  // And walking with the keyboard, through the chart reveal, to the end.
  await openSlide(page, total - 1, 0)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`/${total}(\\?clicks=\\d+)?$`))
  await expect(page.locator(`.slidev-page-${total} h1`)).toBeVisible()

  // The presenter view and the overview too.
  await page.goto('/presenter/2')
  await expect(page.locator('.slidev-note').first()).not.toBeEmpty()
  await page.goto('/overview')
  await expect(page.locator('.slidev-page').first()).toBeVisible()

  expect(notFromCache, 'responses that did not come from the service worker while offline').toEqual([])
  expect(failed, 'requests that failed while offline').toEqual([])
})

/** The URLs a page's origin holds in Cache Storage, by cache. */
async function cached(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => Object.fromEntries(await Promise.all((await caches.keys()).map(async name => [
    name,
    (await (await caches.open(name)).keys()).map(r => new URL(r.url).pathname),
  ]))))
}

test('the slides\' visit caches the application and every font of the slides', async ({ page }) => {
  await firstVisit(page)
  const all = Object.values(await cached(page)).flat()
  const fonts = [
    ...(await (await page.request.get('/')).text()).matchAll(/url\((\/assets\/[^)]+\.woff2)\)/g),
  ].map(m => m[1]!)
  expect(fonts.length).toBeGreaterThan(0)
  for (const f of fonts)
    expect(all, f).toContain(f)
  expect(all.filter(u => /\/assets\/index-[^/]+\.js$/.test(u))).toHaveLength(1)
})

test('after one visit to the reading edition alone, it opens with the network cut; nothing of the slides was cached', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  })
  const page = await context.newPage()
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script' && !r.serviceWorker())
      scripts.push(r.url())
  })
  await page.goto('/read/')
  await expect(page.locator('section[id="1"] h1')).toBeVisible()
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller)
      await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
    return registration.scope
  })
  // The reading edition's own registration: its scope is <base>read, not the whole deck.
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map(r => new URL(r.scope).pathname))).toEqual(['/read'])
  expect(scripts, 'the static page runs none of the deck\'s scripts').toEqual([])
  const held = Object.values(await cached(page)).flat()
  expect(held).toContain('/read/')
  expect(held.filter(u => /\.(?:js|css)$/.test(u)), 'nothing of the slides\' application').toEqual([])

  await context.setOffline(true)
  const failed: string[] = []
  page.on('requestfailed', r => failed.push(r.url()))
  for (const path of ['/read/', '/read']) {
    await page.goto(path)
    await expect(page.locator('section[id="1"] h1'), `${path} offline`).toContainText(slides[0]!.title!)
    await expect(page.locator(`section[id="${total}"]`)).toBeAttached()
  }
  expect(failed, 'requests that failed while offline').toEqual([])
  // Further down, the text the reader never reached online draws in the device's own font: the
  // reading page's font files are fetched as their text comes into view, and only those are kept.
  await page.goto('/read/#12')
  await expect(page.locator('section[id="12"] h1')).toBeInViewport()
  expect(failed.every(u => /\/assets\/[^/]+-read-\d+-[0-9a-f]{8}\.woff2$/.test(u)), failed.join('\n')).toBe(true)
  await context.close()
})

test('offline, an address past the end still gets the notice', async ({ page, context }) => {
  await firstVisit(page)
  await context.setOffline(true)
  await page.goto('/999')
  await expect(page).toHaveURL(new RegExp(`/${total}$`))
  await expect(page.getByRole('status')).toContainText(`本演示共 ${total} 页`)
})

// A worker whose install fails (one file of its set did not arrive: a dropped connection on a
// venue's Wi-Fi) is thrown away by the browser; the deck registers it again (shared/offline.ts,
// keepInstalling) instead of saying "caching" for as long as the page stays open.
for (const view of [
  {
    name: 'the slides',
    path: `/${total}`,
    shown: `.slidev-page-${total} h1`,
    file: /noto-sans-sc-400-notes-[^/]*\.woff2$/,
    scope: '/',
  },
  {
    name: 'the reading edition',
    path: '/read/',
    shown: 'section[id="1"] h1',
    file: /\/manifest\.webmanifest$/,
    scope: '/read',
  },
]) {
  test(`${view.name}: a file dropped during the first copy is fetched again, and the view opens offline`, async ({ page, context }) => {
    let dropped = 0
    await context.route(view.file, async (route) => {
      if (route.request().serviceWorker() && dropped === 0) {
        dropped++
        return route.abort('connectionreset')
      }
      return route.continue()
    })
    await page.goto(view.path)
    await wake(page)
    const active = await page.evaluate(async (scope) => {
      const url = new URL(scope, location.href).href
      for (let i = 0; i < 100; i++) {
        const registration = await navigator.serviceWorker.getRegistration(url)
        if (registration?.active)
          return true
        await new Promise(resolve => setTimeout(resolve, 200))
      }
      return false
    }, view.scope)
    expect(dropped, 'the service worker asked for the file and was refused once').toBe(1)
    expect(active, 'a worker is active after the retry').toBe(true)
    if (view.scope === '/')
      await expect(page.locator('.deck-offline-state')).toHaveText('已可离线放映')
    await page.evaluate(async () => {
      if (!navigator.serviceWorker.controller)
        await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
    })
    await context.setOffline(true)
    await page.reload()
    await expect(page.locator(view.shown)).toBeVisible()
  })
}

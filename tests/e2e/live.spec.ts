/**
 * The room follows the talk: the present server (addons/kit/node/live/) over the built deck,
 * started here on 127.0.0.1 with a free port for each test, a presenter view on a laptop-sized
 * page and phones at 390×844. Also: the same build on the static server (playwright.config.ts)
 * has nothing live in it, and Slidev's wake lock asks at the first gesture.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test'
import type { LiveServer } from '../../addons/kit/node/live/server'
import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { readingFollower } from '../../addons/kit/node/live/present'
import { startLive } from '../../addons/kit/node/live/server'
import { qrSvg } from '../../addons/kit/node/qr'
import { zhCN } from '../../addons/kit/shared/words/zh-CN'
import { slides, total, wake, watch } from './deck'
import { ROOT } from './share'

const DIST = join(ROOT, 'dist')
const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
}

interface Room {
  server: LiveServer
  stateFile: string
  presenter: Page
  phones: Page[]
  contexts: BrowserContext[]
  close: () => Promise<void>
}

async function live(stateFile: string, port = 0): Promise<LiveServer> {
  return startLive({
    root: DIST,
    port,
    stateFile,
    qr: url => qrSvg(url),
    followerScript: await readingFollower(zhCN, '/__live/events'),
  })
}

/** The server, the presenter view on slide 1 and `phones` phones on the reading edition, each following. */
async function room(browser: Browser, phones = 2): Promise<Room> {
  const dir = mkdtempSync(join(tmpdir(), 'live-e2e-'))
  const stateFile = join(dir, 'live.json')
  const server = await live(stateFile)
  const contexts: BrowserContext[] = []
  const laptop = await browser.newContext({
    viewport: { width: 1280, height: 720 },
  })
  contexts.push(laptop)
  const presenter = await laptop.newPage()
  await presenter.goto(`${server.url}presenter/1#live=${server.secret}`)
  await expect(presenter.locator('.deck-live-pair')).toBeVisible()
  const pages: Page[] = []
  for (let i = 0; i < phones; i++) {
    const c = await browser.newContext(PHONE)
    contexts.push(c)
    const p = await c.newPage()
    await p.goto(`${server.url}read/`)
    await expect(p.locator('section[data-slide="1"]')).toHaveAttribute('aria-current', 'step')
    pages.push(p)
  }
  const r: Room = {
    server,
    stateFile,
    presenter,
    phones: pages,
    contexts,
    close: async () => {
      await Promise.all(contexts.map(c => c.close()))
      await r.server.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
  return r
}

/** Move the presenter view to slide `no` with Slidev's "next slide" key, one slide at a time. */
/** The first slide after slide 2 with a reveal (a click that shows something). */
const revealing = slides.find(s => s.no > 2 && /\bv-click\b|<v-clicks\b|\bv-after\b/.test(s.content))!.no

async function presentTo(presenter: Page, no: number) {
  const at = () => Number(/\/presenter\/(\d+)/.exec(presenter.url())?.[1] ?? 1)
  for (let i = 0; i < 40 && at() < no; i++) {
    const from = at()
    await presenter.keyboard.press('ArrowDown')
    await expect.poll(at).toBeGreaterThan(from)
  }
  expect(at()).toBe(no)
}

function status(port: number, path: string): Promise<{ status: number, body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => {
        body += c
      })
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', fail)
    req.end()
  })
}

test('phones follow the presenter, a phone scrolled away stays until it taps to follow', async ({ browser }) => {
  const r = await room(browser)
  try {
    // The secret came in the fragment and left the address bar at once.
    expect(r.presenter.url()).not.toContain('live=')
    await presentTo(r.presenter, 5)
    for (const phone of r.phones) {
      await expect(phone.locator('section[data-slide="5"]')).toHaveAttribute('aria-current', 'step')
      await expect(phone.locator('section[aria-current]')).toHaveCount(1)
      // Kept in view, with a visible mark.
      const box = await phone.locator('section[data-slide="5"]').boundingBox()
      expect(box!.y).toBeGreaterThanOrEqual(-2)
      expect(box!.y).toBeLessThan(120)
    }

    const [away, following] = r.phones as [Page, Page]
    await away.mouse.move(200, 400)
    await away.mouse.wheel(0, 2400)
    await expect.poll(() => away.evaluate(() => scrollY)).toBeGreaterThan(0)
    await away.waitForTimeout(300)
    const kept = await away.evaluate(() => scrollY)
    await presentTo(r.presenter, 6)
    await expect(following.locator('section[data-slide="6"]')).toHaveAttribute('aria-current', 'step')
    await expect(away.locator('section[data-slide="6"]')).toHaveAttribute('aria-current', 'step')
    await away.waitForTimeout(500)
    expect(await away.evaluate(() => scrollY)).toBe(kept)
    const back = away.locator('button.live-follow')
    await expect(back).toBeVisible()
    await expect(back).toContainText('6')
    await back.tap()
    await expect(back).toBeHidden()
    await expect.poll(async () => (await away.locator('section[data-slide="6"]').boundingBox())!.y).toBeLessThan(120)
  }
  finally {
    await r.close()
  }
})

test('a phone on the slides follows slide and reveal; a phone that opens mid-talk starts at the current slide', async ({ browser }) => {
  const r = await room(browser, 0)
  try {
    const slidesPhone = await browser.newContext(PHONE)
    r.contexts.push(slidesPhone)
    const viewer = await slidesPhone.newPage()
    await viewer.goto(`${r.server.url}2?view=slides`)
    await expect(viewer.locator('.slidev-page-2').filter({ visible: true }).first()).toBeVisible({ timeout: 15_000 })
    await presentTo(r.presenter, revealing)
    await expect.poll(() => new URL(viewer.url()).pathname).toBe(`/${revealing}`)
    await r.presenter.keyboard.press('ArrowRight')
    await expect.poll(() => r.presenter.url()).toContain('clicks=1')
    await expect.poll(() => new URL(viewer.url()).searchParams.get('clicks')).toBe('1')

    const late = await browser.newContext(PHONE)
    r.contexts.push(late)
    const reader = await late.newPage()
    await reader.goto(`${r.server.url}read/`)
    await expect(reader.locator(`section[data-slide="${revealing}"]`)).toHaveAttribute('aria-current', 'step')
    await expect.poll(async () => (await reader.locator(`section[data-slide="${revealing}"]`).boundingBox())!.y).toBeLessThan(120)
  }
  finally {
    await r.close()
  }
})

test('a phone paired from the presenter view\'s QR code moves the talk; the audience cannot', async ({ browser }) => {
  const r = await room(browser, 1)
  try {
    await presentTo(r.presenter, 3)
    await r.presenter.locator('.deck-live-pair').click()
    const qr = r.presenter.locator('[data-pairing-qr] svg')
    await expect(qr).toBeVisible()
    const png = PNG.sync.read(await qr.screenshot())
    const address = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data
    expect(address).toBe(`http://127.0.0.1:${r.server.port}/remote#live=${r.server.secret}`)

    const phone = await browser.newContext(PHONE)
    r.contexts.push(phone)
    const remote = await phone.newPage()
    await remote.goto(address!)
    await expect(remote.locator('[data-live-now]')).toContainText('3')
    expect(remote.url()).not.toContain('live=')
    const before = r.presenter.url()
    await remote.locator('.live-remote-next-button').tap()
    await expect.poll(() => r.presenter.url()).not.toBe(before)
    await remote.locator('.live-remote-prev').tap()
    await expect.poll(() => r.presenter.url()).toContain('/presenter/3')
    // The pairing code still open: the presenter's own keys move the talk.
    await expect(qr).toBeVisible()
    await presentTo(r.presenter, 4)
    await expect(remote.locator('[data-live-now]')).toContainText('4')

    // The audience: a move without the secret, a forged one, an oversize one; paths that climb out.
    const [reader] = r.phones as [Page]
    await expect(reader.locator('section[data-slide="4"]')).toHaveAttribute('aria-current', 'step')
    const html = await reader.content()
    expect(html).not.toContain(r.server.secret)
    const refusals = await reader.evaluate(async () => {
      const post = async (body: string, headers: Record<string, string> = {}) => {
        const res = await fetch('/__live/move', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        })
        return { status: res.status, error: ((await res.json()) as { error: string }).error }
      }
      return [
        await post('{"go":"next"}'),
        await post('{"page":9,"clicks":0,"clicksTotal":0,"total":20}', { authorization: `Bearer ${'A'.repeat(43)}` }),
        await post(JSON.stringify({
          go: 'next',
          pad: 'x'.repeat(5000),
        }), { authorization: `Bearer ${'A'.repeat(43)}` }),
      ]
    })
    expect(refusals.map(x => x.status)).toEqual([401, 403, 403])
    expect(refusals[0]!.error).toMatch(/secret/)
    expect(refusals[1]!.error).toMatch(/wrong or stale secret/)
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/read/..%2f..%2fpackage.json']) {
      const res = await status(r.server.port, path)
      expect(res.status, path).toBe(400)
      expect(res.body).toMatch(/leaves the deck/)
    }
    await reader.waitForTimeout(500)
    expect(r.server.state()).toMatchObject({ page: 4 })
    expect(r.presenter.url()).toContain('/presenter/4')
    await expect(reader.locator('section[data-slide="4"]')).toHaveAttribute('aria-current', 'step')
  }
  finally {
    await r.close()
  }
})

test('while the present server runs, the QR codes and the short URL on the cover and the closing slide lead to its reading edition', async ({ browser }) => {
  const r = await room(browser, 1)
  try {
    const read = `http://127.0.0.1:${r.server.port}/read/`
    // The projector's window, in the presenter's browser as on stage: it follows the presenter view.
    const projector = await r.presenter.context().newPage()
    await projector.goto(`${r.server.url}1`)
    await wake(projector)
    for (const no of [1, total]) {
      if (no !== 1)
        await r.presenter.goto(`${r.server.url}presenter/${no}`)
      const slide = projector.locator(`#app .slidev-page-${no}`).filter({ visible: true }).first()
      await expect(slide).toBeVisible({ timeout: 15000 })
      const qr = slide.locator('.deck-qr svg')
      await expect(qr).toBeVisible()
      await projector.evaluate(() => document.fonts.ready)
      const png = PNG.sync.read(await qr.screenshot())
      expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, `slide ${no}`).toBe(read)
      await expect(slide.locator('.deck-short-url')).toHaveText(`127.0.0.1:${r.server.port}`)
    }
    // The reading edition's own copy of the cover (static HTML) says the same where the build drew a link.
    const [reader] = r.phones as [Page]
    for (const a of await reader.locator('.deck-short-url, a[data-deck-address]').all())
      expect(await a.getAttribute('href')).toBe(read)
  }
  finally {
    await r.close()
  }
})

test('the server killed and restarted mid-talk: the presenter goes on, phones come back to the presenter\'s slide', async ({ browser }) => {
  const r = await room(browser)
  try {
    await presentTo(r.presenter, 4)
    for (const phone of r.phones)
      await expect(phone.locator('section[data-slide="4"]')).toHaveAttribute('aria-current', 'step')
    const port = r.server.port
    await r.server.close()
    // The talk does not wait for the network: the presenter view moves on while the server is gone.
    await presentTo(r.presenter, 6)
    r.server = await live(r.stateFile, port)
    for (const phone of r.phones)
      await expect(phone.locator('section[data-slide="6"]')).toHaveAttribute('aria-current', 'step', { timeout: 15000 })
    await presentTo(r.presenter, 7)
    for (const phone of r.phones)
      await expect(phone.locator('section[data-slide="7"]')).toHaveAttribute('aria-current', 'step')
  }
  finally {
    await r.close()
  }
})

test('the static build without the present server: no live controls, no live requests, no console errors', async ({ page, browser }) => {
  const origin = new URL(test.info().project.use.baseURL!).origin
  const problems = watch(page, origin)
  const live: string[] = []
  page.on('request', (q) => {
    if (q.url().includes('__live'))
      live.push(q.url())
  })
  await page.goto('/presenter/2')
  await expect(page.locator('.slidev-page-2').first()).toBeVisible()
  await expect(page.locator('.deck-plan')).toBeVisible()
  await expect(page.locator('.deck-live-pair')).toHaveCount(0)
  // Slidev fetches the other slides' chunks ahead; leaving before they arrive aborts them, which
  // is the test's doing, not the deck's.
  await page.waitForLoadState('networkidle')
  await page.goto('/3')
  await expect(page.locator('.slidev-page-3').first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  await page.goto('/remote')
  await expect(page.getByText(zhCN.liveNoServer)).toBeVisible()
  const phone = await browser.newContext({ ...PHONE, baseURL: origin })
  const reader = await phone.newPage()
  const readerProblems = watch(reader, origin)
  await reader.goto('/read/')
  await expect(reader.locator('section[data-slide="1"]')).toBeVisible()
  await reader.waitForTimeout(1000)
  await expect(reader.locator('#deck-live, button.live-follow, section[aria-current]')).toHaveCount(0)
  await phone.close()
  await page.waitForTimeout(500)
  expect(live).toEqual([])
  expect([
    ...problems,
    ...readerProblems,
  ]).toEqual([])
})

test('Slidev\'s wake lock, refused without a gesture, waits for one and raises no error', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { wakeCalls: string[] }
    w.wakeCalls = []
    const request = () => {
      // As WebKit does: without a user gesture the request is refused.
      if (!navigator.userActivation.isActive) {
        w.wakeCalls.push('refused')
        return Promise.reject(new DOMException('Permission was denied', 'NotAllowedError'))
      }
      w.wakeCalls.push('granted')
      return Promise.resolve({
        type: 'screen',
        released: false,
        release: () => Promise.resolve(),
        addEventListener() {},
        removeEventListener() {},
      })
    }
    Object.defineProperty(navigator, 'wakeLock', {
      value: { request },
      configurable: true,
    })
  })
  const origin = new URL(test.info().project.use.baseURL!).origin
  const problems = watch(page, origin)
  await page.goto('/5')
  await wake(page)
  await expect(page.locator('.slidev-page-5').first()).toBeVisible()
  await page.waitForTimeout(1000)
  expect(problems).toEqual([])
  await page.mouse.click(640, 360)
  await expect.poll(() => page.evaluate(() => (window as unknown as { wakeCalls: string[] }).wakeCalls)).toContain('granted')
  await page.waitForTimeout(300)
  expect(problems).toEqual([])
})

import type { Page } from '@playwright/test'
/**
 * The deck as published: `npm run build:sub` (the PDF exported first, then the site built for
 * a sub-path) served from that sub-path, as a static host would (playwright.config.ts).
 * Deep links survive a reload, link previews have what chat apps read, the QR codes on the cover
 * and the last slide decode to the reading edition's address under the configured URL, and the
 * PDF can be downloaded.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { OG_IMAGE } from '../../addons/kit/shared/constants'
import { kit as deck } from '../talk'
import { slides, total, wake, watch } from './deck'
import { exportName, head, need, SUB_BASE, SUB_DIR, SUB_ORIGIN } from './share'

const SUB = `${SUB_ORIGIN}${SUB_BASE}`
const headTitle = String(head.title)
const titleOf = (no: number) => slides[no - 1]!.title || headTitle
const middle = Math.ceil(total / 2)

test.use({ baseURL: SUB, serviceWorkers: 'block' })
test.beforeAll(() => need(join(SUB_DIR, 'index.html'), 'build:sub'))

/**
 * Problems while the page runs (deck.ts `watch`), plus any request that leaves the sub-path.
 * A request the browser aborts because the test reloads the page is not a problem.
 */
function watchBase(page: Page): { readonly list: string[] } {
  const problems = watch(page, SUB_ORIGIN)
  page.on('request', (r) => {
    const url = r.url()
    if (url.startsWith(SUB_ORIGIN) && !url.startsWith(SUB))
      problems.push(`request outside ${SUB_BASE}: ${url}`)
  })
  return {
    get list() { return problems.filter(p => !p.endsWith('(net::ERR_ABORTED)')) },
  }
}

test.describe('deep links on a static host under a sub-path', () => {
  for (const no of [1, middle, total]) {
    test(`slide ${no}/${total} loads from its own address and after a full reload`, async ({ page }) => {
      const problems = watchBase(page)
      await page.goto(`${SUB}${no}`)
      await wake(page)
      const h1 = page.locator(`.slidev-page-${no} h1`)
      await expect(h1).toContainText(titleOf(no))
      await page.reload()
      await wake(page)
      await expect(h1).toContainText(titleOf(no))
      await expect(page).toHaveURL(`${SUB}${no}`)
      expect(problems.list).toEqual([])
    })
  }

  test('the presenter and overview routes survive a reload too', async ({ page }) => {
    const problems = watchBase(page)
    await page.goto(`${SUB}presenter/${middle}`)
    await expect(page.locator(`.slidev-page-${middle} h1`).first()).toContainText(titleOf(middle))
    await page.reload()
    await expect(page.locator(`.slidev-page-${middle} h1`).first()).toContainText(titleOf(middle))
    await page.goto(`${SUB}overview`)
    await expect(page.getByText(titleOf(total)).first()).toBeVisible()
    await page.reload()
    await expect(page.getByText(titleOf(total)).first()).toBeVisible()
    expect(problems.list).toEqual([])
  })

  test('the build carries the static-host fallbacks for that sub-path (404.html, _redirects)', () => {
    const index = readFileSync(join(SUB_DIR, 'index.html'), 'utf8')
    expect(readFileSync(join(SUB_DIR, '404.html'), 'utf8')).toBe(index)
    expect(readFileSync(join(SUB_DIR, '_redirects'), 'utf8')).toMatch(new RegExp(`^${SUB_BASE}\\*\\s+${SUB_BASE}index\\.html\\s+200`, 'm'))
    // Every local reference in the page is under the sub-path, so 404.html works at any depth.
    const refs = [
      ...index.matchAll(/\b(?:src|href)="(\/[^"]*)"/g),
    ].map(m => m[1]!)
    expect(refs.length).toBeGreaterThan(0)
    for (const ref of refs)
      expect(ref, ref).toMatch(new RegExp(`^${SUB_BASE}`))
  })
})

test.describe('link previews', () => {
  /** The HTML a chat app's crawler gets for a shared deep link: no JavaScript runs. */
  async function rawHead(request: import('@playwright/test').APIRequestContext) {
    const res = await request.get(`${SUB}${middle}`)
    expect(res.status()).toBe(200)
    const html = await res.text()
    const meta = (key: string) => {
      const m = html.match(new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`))
      return m?.[1]
    }
    return { html, meta }
  }

  test('the page says its language, title, description, picture and address', async ({ request }) => {
    const { html, meta } = await rawHead(request)
    expect(html).toMatch(/<html lang="zh-CN"/)
    expect(html).toMatch(new RegExp(`<title>${headTitle}`))
    expect(meta('og:title')).toContain(headTitle)
    for (const key of ['description', 'og:description']) {
      expect(meta(key), key).toContain('企业微信')
      expect(meta(key), `${key} is clean text`).not.toMatch(/&quot;|\\n/)
    }
    expect(meta('author')).toContain('王M争')
    expect(meta('og:url')).toBe(deck.url)
    expect(meta('og:image')).toBe(`${deck.url}og-image.png`)
    expect(meta('og:image:width')).toBe(String(OG_IMAGE.width))
    expect(meta('og:image:height')).toBe(String(OG_IMAGE.height))
    expect(meta('og:locale')).toBe('zh_CN')
    expect(meta('twitter:card')).toBe('summary_large_image')
    expect(html).toContain(`<link rel="canonical" href="${deck.url}">`)
    const icon = html.match(/<link rel="icon" href="([^"]+)"/)?.[1]
    expect(icon).toMatch(new RegExp(`^${SUB_BASE}`))
    const res = await request.get(`${SUB_ORIGIN}${icon}`)
    expect(res.status()).toBe(200)
    expect(res.headers()['content-type']).toContain('image/svg+xml')
  })

  test('og:image is a PNG of the title slide, at the announced size', async ({ request, page }) => {
    const res = await request.get(`${SUB}og-image.png`)
    expect(res.status()).toBe(200)
    const og = PNG.sync.read(await res.body())
    expect([og.width, og.height]).toEqual([OG_IMAGE.width, OG_IMAGE.height])

    // It shows the title slide as the deck draws it now (else: npm run og-image).
    await page.setViewportSize(OG_IMAGE)
    await page.goto(`${SUB}1`)
    await wake(page)
    await expect(page.locator('.slidev-page-1 h1')).toContainText(headTitle)
    await page.addStyleTag({ content: '#slide-container { background: var(--c-bg, #fff) !important } .slidev-nav-controls, nav { display: none !important }' })
    await page.evaluate(() => document.fonts.ready)
    await page.mouse.move(OG_IMAGE.width / 2, 1)
    await page.waitForTimeout(800)
    const live = PNG.sync.read(await page.screenshot())
    let differing = 0
    for (let i = 0; i < og.data.length; i += 4) {
      const d = Math.abs(og.data[i]! - live.data[i]!) + Math.abs(og.data[i + 1]! - live.data[i + 1]!) + Math.abs(og.data[i + 2]! - live.data[i + 2]!)
      if (d > 96)
        differing++
    }
    const share = differing / (og.width * og.height)
    expect(share, 'public/og-image.png differs from the title slide: run "npm run og-image"').toBeLessThan(0.01)
  })
})

/**
 * The QR code on `slide`, decoded from a screenshot of it as a phone's camera would read it; then
 * the page it names, opened from this sub-path build (the configured URL's path is the same base).
 */
async function scanQr(page: Page, no: number): Promise<string | undefined> {
  await page.goto(`${SUB}${no}`)
  await wake(page)
  const qr = page.locator(`.slidev-page-${no} .deck-qr svg`)
  await expect(qr).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
  const png = PNG.sync.read(await qr.screenshot())
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data
}

for (const [where, no] of [
  ['the cover', 1],
  ['the last slide', total],
] as const) {
  test.describe(where, () => {
    test('shows a QR code that opens the reading edition at its top, and the short URL of the deck\'s root', async ({ page, browser }) => {
      const problems = watchBase(page)
      const decoded = await scanQr(page, no)
      expect(decoded).toBe(`${deck.url}read/`)
      const slide = page.locator(`.slidev-page-${no}`)
      await expect(slide.locator('.deck-short-url')).toHaveText(deck.shortUrl)
      await expect(slide.locator('.deck-short-url')).toHaveAttribute('href', deck.url)
      expect(problems.list).toEqual([])

      // A phone that scans it gets the reading edition from the first document, at its top.
      const phone = await browser.newPage({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        serviceWorkers: 'block',
      })
      const documents: string[] = []
      phone.on('request', (r) => {
        if (r.resourceType() === 'document')
          documents.push(r.url())
      })
      const path = new URL(decoded!).pathname
      expect(path).toBe(`${SUB_BASE}read/`)
      await phone.goto(`${SUB_ORIGIN}${path}`)
      await expect(phone.locator('.reading-edition')).toBeVisible()
      expect(documents).toEqual([`${SUB_ORIGIN}${path}`])
      expect(await phone.evaluate(() => [scrollY, location.hash])).toEqual([0, ''])
      await phone.close()
    })
  })
}

test.describe('the PDF download', () => {
  test('the hosted deck offers the exported PDF, under the sub-path', async ({ page, request }) => {
    const pdf = join(SUB_DIR, `${exportName}.pdf`)
    need(pdf, 'build:sub')
    const res = await request.get(`${SUB}${exportName}.pdf`)
    expect(res.status()).toBe(200)
    expect(res.headers()['content-type']).toBe('application/pdf')
    const body = await res.body()
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(body.length).toBe(readFileSync(pdf).length)

    // Slidev's download button fetches it, from any route.
    await page.goto(`${SUB}presenter/2`)
    await page.goto(`${SUB}${middle}`)
    const button = page.getByRole('button', { name: 'Download as PDF' })
    await page.mouse.move(200, 700)
    await expect(button).toHaveCount(1)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      button.click({ force: true }),
    ])
    expect(download.url()).toBe(`${SUB}${exportName}.pdf`)
    const saved = readFileSync((await download.path())!)
    expect(saved.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  test('a build shows the download button only when it carries the PDF: never a broken one', async ({ page }) => {
    // dist/ (npm run build) is served at / on the first port; it may or may not carry the PDF.
    const root = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4179)}/`
    const hasPdf = existsSync(join(SUB_DIR, '..', 'dist', `${exportName}.pdf`))
    await page.goto(`${root}${middle}`)
    await expect(page.locator(`.slidev-page-${middle} h1`)).toBeVisible()
    await page.mouse.move(200, 700)
    await expect(page.getByRole('button', { name: 'Download as PDF' })).toHaveCount(hasPdf ? 1 : 0)
    if (hasPdf) {
      const res = await page.request.get(`${root}${exportName}.pdf`)
      expect(res.status()).toBe(200)
    }
  })
})

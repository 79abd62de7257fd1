/**
 * The talk's two editions (kit option `editions`: slides.md at the root, slides.en.md at en/), as
 * `npm run build` puts them in dist/ and dist/en/ and `npm run export` writes their files: the
 * links between them resolve, the switches keep the slide, a deep link into the English edition
 * opens its slide, the English pages load none of the Chinese edition's fonts and stay within the
 * first-visit budgets, the Chinese service worker leaves the English edition's addresses alone,
 * and the English exports are English files.
 */
import type { Page, Response } from '@playwright/test'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import JSZip from 'jszip'
import { PDFDocument } from 'pdf-lib'
import { loadTalk } from '../../addons/kit/node/deck'
import { readStructure } from '../../addons/kit/node/export/pdf-structure'
import { wake } from './deck'
import { need, ROOT, run, squash } from './share'

const zh = await loadTalk(join(ROOT, 'slides.md'))
const en = await loadTalk(join(ROOT, 'slides.en.md'))
const EN = en.kit.edition.path
const DIST = join(ROOT, 'dist')
/** A slide both editions have, past the first. */
const SLIDE = Math.min(3, en.deck.slides.length)

/** An absolute address of the hosted deck, on the test server. */
const local = (url: string, baseURL: string) => url.replace(zh.kit.url, `${baseURL}/`)

/**
 * Bytes a first visit transfers from a host that compresses text, as every static host does (the
 * test server does not): each response's headers, and its body gzipped when it is text, as it is.
 * The measure of the benchmark's budget for the Chinese edition (docs/performance.md).
 */
async function firstVisitBytes(page: Page, path: string, ready: () => Promise<void>): Promise<{ bytes: number, fonts: string[] }> {
  const responses: Response[] = []
  page.on('response', r => responses.push(r))
  await page.goto(path, { waitUntil: 'load' })
  await ready()
  await page.waitForLoadState('networkidle')
  let bytes = 0
  for (const r of responses) {
    const sizes = await r.request().sizes().catch(() => undefined)
    const body = await r.body().catch(() => undefined)
    if (!sizes || !body)
      continue
    const text = /^(?:text\/|application\/(?:javascript|json|manifest\+json)|image\/svg)/.test(r.headers()['content-type'] ?? '')
    bytes += sizes.responseHeadersSize + (text
      ? gzipSync(body).length
      : body.length)
  }
  return {
    bytes,
    fonts: responses.map(r => new URL(r.url()).pathname).filter(p => /\.woff2?$/.test(p)),
  }
}

test.beforeAll(() => need(join(DIST, EN, 'index.html'), 'build'))

test('the kit reads each edition with its own language, file name, address and pace', () => {
  expect(en.deck.meta.lang).toBe('en')
  expect(en.deck.name).toBe(`${zh.deck.name}-en`)
  expect(en.kit.url).toBe(`${zh.kit.url}${EN}`)
  expect(en.kit.words.readingEdition).toBe('Reading edition')
  expect(en.kit.plan.rate.perMinute).toBe(150)
  expect(zh.kit.plan.rate.perMinute).toBe(200)
})

for (const page of [
  { name: 'the slides', path: '' },
  { name: 'the reading edition', path: 'read/' },
]) {
  test(`${page.name}: each edition's page names both editions (hreflang) and both addresses answer with a page in that language`, async ({ request, baseURL }) => {
    for (const edition of [zh, en]) {
      const html = await (await request.get(`${edition.kit.edition.base}${page.path}`)).text()
      const links = [
        ...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g),
      ].map(m => ({ lang: m[1]!, href: m[2]! }))
      expect(links.map(l => l.lang).sort(), `${edition.kit.edition.base}${page.path}`).toEqual(['en', 'x-default', 'zh-CN'])
      for (const link of links) {
        const target = link.lang === 'en'
          ? en
          : zh
        expect(link.href).toBe(`${target.kit.url}${page.path}`)
        const answer = await request.get(local(link.href, baseURL!))
        expect(answer.status(), link.href).toBe(200)
        expect(await answer.text()).toMatch(new RegExp(`<html[^>]* lang="${target.deck.meta.lang}"`))
      }
    }
  })
}

test('the reading edition\'s header switches to the other edition at the same slide, and back', async ({ page }) => {
  await page.goto(`/read/#${SLIDE}`)
  const toEnglish = page.locator('.read-bar a[data-deck-edition-switch]')
  await expect(toEnglish).toHaveText('English')
  await expect(toEnglish).toHaveAttribute('hreflang', 'en')
  await expect(toEnglish).toHaveAttribute('lang', 'en')
  await toEnglish.click()
  await expect(page).toHaveURL(new RegExp(`/${EN}read/#${SLIDE}$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.locator(`section[id="${SLIDE}"]`)).toBeInViewport()
  const toChinese = page.locator('.read-bar a[data-deck-edition-switch]')
  await expect(toChinese).toHaveText('中文')
  await expect(toChinese).toHaveAttribute('hreflang', 'zh-CN')
  await toChinese.click()
  await expect(page).toHaveURL(new RegExp(`/read/#${SLIDE}$`))
  await expect(page).not.toHaveURL(new RegExp(`/${EN}`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
})

test('a deep link into the English edition opens its slide, and the navigation bar leads to the same slide in Chinese', async ({ page }) => {
  await page.goto(`/${EN}${SLIDE}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  const title = en.deck.slides[SLIDE - 1]!.title
  await expect(page.locator('.slidev-page:visible h1').first()).toHaveText(title)
  const toChinese = page.locator('a.deck-edition-link')
  await expect(toChinese).toHaveText('中文')
  await expect(toChinese).toHaveAttribute('href', `/${SLIDE}`)
  await expect(toChinese).toHaveAttribute('hreflang', 'zh-CN')
  // The next slide (past any reveal of this one): the link follows.
  for (let i = 0; i < 10 && page.url().endsWith(`/${EN}${SLIDE}`); i++) {
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(300)
  }
  const next = Number(page.url().match(/\/(\d+)$/)?.[1])
  expect(next).toBeGreaterThan(SLIDE)
  await expect(toChinese).toHaveAttribute('href', `/${next}`)
  await page.goto(`/${SLIDE}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.locator('a.deck-edition-link')).toHaveAttribute('href', `/${EN}${SLIDE}`)
})

test('the English reading edition loads only its own fonts, a few kilobytes, and stays within 150 kB on a first visit', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  const chinese = new Set(readdirSync(join(DIST, 'assets')).filter(f => /\.woff2$/.test(f)))
  const { bytes, fonts } = await firstVisitBytes(page, `/${EN}read/`, async () => {
    await expect(page.locator('section[id="1"] h1')).toBeVisible()
  })
  expect(fonts.length, 'it draws in the talk\'s face').toBeGreaterThan(0)
  for (const f of fonts) {
    expect(f, 'a font of the English edition').toMatch(new RegExp(`^/${EN}assets/`))
    expect(chinese.has(f.split('/').at(-1)!), `${f} is a file of the Chinese edition`).toBe(false)
  }
  expect(bytes, `first visit: ${(bytes / 1000).toFixed(1)} kB`).toBeLessThanOrEqual(150_000)
  await context.close()
})

test('the English slides\' first visit, the application started on slide 1, stays within 500 kB', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' })
  const page = await context.newPage()
  const { bytes } = await firstVisitBytes(page, `/${EN}1`, async () => {
    await wake(page)
    await expect(page.locator('#app .slidev-page-1 h1')).toBeVisible()
  })
  test.info().annotations.push({
    type: 'first visit (kB)',
    description: (bytes / 1000).toFixed(1),
  })
  expect(bytes, `first visit: ${(bytes / 1000).toFixed(1)} kB`).toBeLessThanOrEqual(500_000)
  await context.close()
})

test('the English slides load only the English edition\'s fonts', async ({ page }) => {
  const fonts: string[] = []
  page.on('response', (r) => {
    if (/\.woff2?$/.test(new URL(r.url()).pathname))
      fonts.push(new URL(r.url()).pathname)
  })
  await page.goto(`/${EN}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.waitForLoadState('networkidle')
  expect(fonts.length).toBeGreaterThan(0)
  expect(fonts.filter(f => !f.startsWith(`/${EN}assets/`))).toEqual([])
})

// Service workers are off in the suite (playwright.config.ts); this test is about one.
test.describe(() => {
  test.use({ serviceWorkers: 'allow' })

  test('the Chinese edition\'s service worker does not answer the English edition\'s addresses', async ({ page }) => {
    await page.goto('/')
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller)
        await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
    })
    for (const path of [`/${EN}`, `/${EN}${SLIDE}`, `/${EN}read/`]) {
      const response = await page.goto(path)
      expect(response?.fromServiceWorker(), `${path} from the Chinese worker`).toBe(false)
      await expect(page.locator('html'), path).toHaveAttribute('lang', 'en')
    }
    // The English edition registers its own worker, scoped to its path.
    await page.goto(`/${EN}${SLIDE}`)
    const scopes = await page.evaluate(async () => {
      await navigator.serviceWorker.ready
      return (await navigator.serviceWorker.getRegistrations()).map(r => new URL(r.scope).pathname).sort()
    })
    expect(scopes).toContain(`/${EN}`)
    expect(scopes).toContain('/')
    // Neither worker precaches the other edition's files.
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8')
    expect(sw).not.toContain(`"${EN}index.html"`)
    expect(sw).not.toMatch(new RegExp(`"url":"${EN}`))
  })
})

test.describe('the English exports', () => {
  const dir = join(ROOT, en.kit.exportDir)
  const file = (suffix: string) => join(dir, `${en.deck.name}${suffix}`)

  for (const suffix of ['.pdf', '-steps.pdf', '-handout.pdf']) {
    test(`${en.deck.name}${suffix}: tagged, in English, with the English title`, async () => {
      need(file(suffix), 'export')
      expect(run('pdfinfo', [
        file(suffix),
      ])).toMatch(/^Tagged:\s+yes$/m)
      const structure = await readStructure(file(suffix))
      expect(structure.lang).toBe('en')
      const doc = await PDFDocument.load(readFileSync(file(suffix)), { updateMetadata: false })
      expect(doc.getTitle()).toContain(String(en.deck.head.title))
      // Letter-spaced lines come out of pdftotext with spaces between the letters: compare without any.
      expect(squash(run('pdftotext', [
        file(suffix),
        '-',
      ]))).toContain(squash(en.deck.slides[1]!.title))
    })
  }

  for (const suffix of ['.pptx', '-pictures.pptx']) {
    test(`${en.deck.name}${suffix}: its text and notes in English (a:lang, dc:language)`, async () => {
      need(file(suffix), 'export')
      const zip = await JSZip.loadAsync(readFileSync(file(suffix)))
      // The editable file's text and the notes of both: every language mark is the edition's.
      const parts = Object.keys(zip.files).filter(n => /^ppt\/(?:slides|notesSlides)\/[^/]+\.xml$/.test(n))
      const langs = new Set<string>()
      for (const part of parts) {
        for (const m of (await zip.file(part)!.async('string')).matchAll(/\blang="([^"]+)"/g))
          langs.add(m[1]!)
      }
      expect([...langs], 'a:lang in the slides and notes').toEqual(['en'])
      const core = await zip.file('docProps/core.xml')?.async('string')
      if (core?.includes('dc:language'))
        expect(core).toMatch(/<dc:language>en<\/dc:language>/)
      expect(existsSync(join(dir, `${zh.deck.name}${suffix}`)), 'the Chinese file is there too').toBe(true)
    })
  }
})

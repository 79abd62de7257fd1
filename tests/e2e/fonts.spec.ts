import type { Browser, CDPSession, Page } from '@playwright/test'
/**
 * The deck's typeface (the kit's node/fonts/) on the built deck and in the exported PDFs:
 *
 * - every slide, every reveal shown, light and dark: the two "slides" faces of Noto Sans SC are
 *   loaded from the deck's own origin, every text element's font-family resolves to it, every
 *   character drawn is covered by a loaded face, and Chromium reports no other font used to draw
 *   it (DevTools' "Rendered fonts", through CDP: a fallback glyph would show up there);
 * - with every CJK system font hidden from Chromium (a fontconfig of its own), the slides and
 *   the presenter's notes still draw in Noto Sans SC: nothing needs a system CJK font;
 * - the PDFs: Noto Sans SC embedded as CID TrueType with Unicode maps, no Type 3, and pdftotext
 *   reads ordinary Han characters (not Kangxi radicals that look the same).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { expect, test } from '@playwright/test'
import { chromium } from 'playwright'
import { CHROMIUM_ARGS, findChromium } from '../../addons/kit/node/chromium'
import { FAMILY } from '../talk'
import { openSlide, slides, wake, watch } from './deck'
import { files, head, need, pdfPages, run, squash, SUB_BASE, SUB_ORIGIN } from './share'

interface Drawn {
  /** What the element draws (its own text nodes). */
  text: string
  family: string
  weight: number
  tag: string
}

interface Face { weight: string, status: string, unicodeRange: string }

/**
 * Mark every element of the visible slide (or of `root`) that draws text of its own, and say what
 * it draws, in which family and weight; with the deck's faces as document.fonts reports them.
 */
async function drawnText(page: Page, root: string): Promise<{ drawn: Drawn[], faces: Face[], dark: boolean }> {
  return page.evaluate(({ root, family }) => {
    const drawn: Drawn[] = []
    const scope = [
      ...document.querySelectorAll<HTMLElement>(root),
    ].find(e => e.getClientRects().length > 0)
    if (!scope)
      throw new Error(`nothing visible matches ${root}`)
    for (const el of [
      scope,
      ...scope.querySelectorAll('*'),
    ]) {
      const own = [...el.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent ?? '').join('')
      const style = getComputedStyle(el)
      if (!own.trim() || !el.getClientRects().length || style.visibility !== 'visible' || style.display === 'none')
        continue
      el.setAttribute('data-font-probe', String(drawn.length))
      drawn.push({
        text: own,
        family: style.fontFamily,
        weight: Number(style.fontWeight),
        tag: el.tagName.toLowerCase(),
      })
    }
    const faces = [...document.fonts]
      .filter(f => f.family.replace(/^["']|["']$/g, '') === family)
      .map(f => ({ weight: f.weight, status: f.status, unicodeRange: f.unicodeRange }))
    return {
      drawn,
      faces,
      dark: document.documentElement.classList.contains('dark'),
    }
  }, { root, family: FAMILY })
}

function inRange(cp: number, range: string): boolean {
  return range.split(',').some((part) => {
    const [a, b = a] = part.trim().replace(/^U\+/i, '').split('-').map(h => Number.parseInt(h!, 16))
    return cp >= a! && cp <= b!
  })
}

/** The face CSS font matching picks from 400 and 700: up to 500 → 400, above → 700. */
function faceWeight(w: number) {
  return w <= 500
    ? '400'
    : '700'
}

/** Characters drawn with no loaded face of their weight covering them (they would fall back). */
function uncovered(drawn: Drawn[], faces: Face[]): string[] {
  const out = new Set<string>()
  for (const d of drawn) {
    const loaded = faces.filter(f => f.status === 'loaded' && f.weight === faceWeight(d.weight))
    for (const ch of d.text) {
      if (ch.trim() && !loaded.some(f => inRange(ch.codePointAt(0)!, f.unicodeRange)))
        out.add(`${ch} (U+${ch.codePointAt(0)!.toString(16).toUpperCase()}, ${d.tag}, weight ${d.weight})`)
    }
  }
  return [...out]
}

/** Fonts Chromium used to draw each marked element, other than ours: DevTools' "Rendered fonts". */
async function otherRenderedFonts(page: Page, cdp: CDPSession, drawn: Drawn[]): Promise<string[]> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 })
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-font-probe]' })
  expect(nodeIds).toHaveLength(drawn.length)
  const out: string[] = []
  for (const [i, nodeId] of nodeIds.entries()) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    for (const f of fonts) {
      if (f.familyName !== FAMILY || !f.isCustomFont)
        out.push(`"${drawn[i]!.text.trim().slice(0, 30)}" (${drawn[i]!.tag}): ${f.glyphCount} glyph(s) in ${f.familyName}${f.isCustomFont ? '' : ' (system)'}`)
    }
  }
  await page.evaluate(() => document.querySelectorAll('[data-font-probe]').forEach(e => e.removeAttribute('data-font-probe')))
  return out
}

async function cdpFor(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  return cdp
}

const firstFamily = (family: string) => family.split(',')[0]!.trim().replace(/^["']|["']$/g, '')

/**
 * Show slide `no` (every reveal, or the presenter view of it) in the page already open, through the
 * deck's own router (no reload: a page load per slide would cost seconds), and wait for it to settle.
 */
async function go(page: Page, no: number, presenter = false): Promise<void> {
  await page.evaluate((path) => {
    history.pushState(null, '', path)
    dispatchEvent(new PopStateEvent('popstate', { state: null }))
  }, presenter
    ? `/presenter/${no}`
    : `/${no}?clicks=999`)
  if (presenter) {
    const words = slides[no - 1]!.note.match(/\p{Script=Han}{6,}/u)?.[0]
    await expect(page.locator('.slidev-note').first()).toContainText(words ?? '')
  }
  else {
    // Until the fade from the previous slide is over: only this slide on screen.
    await expect.poll(() => page.evaluate(() => [
      ...document.querySelectorAll('.slidev-page'),
    ]
      .filter(e => e.getClientRects().length)
      .map(e => e.getAttribute('data-slidev-no')))).toEqual([
      String(no),
    ])
  }
  await page.evaluate(() => document.fonts.ready)
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`the deck draws in ${FAMILY} (${scheme})`, () => {
    test.describe.configure({ mode: 'serial' })
    let page: Page
    let cdp: CDPSession
    let origin: string
    let problems: string[]
    const fontRequests: string[] = []

    test.beforeAll(async ({ browser }, info) => {
      origin = new URL(info.project.use.baseURL!).origin
      page = await browser.newPage({
        baseURL: origin,
        colorScheme: scheme,
        viewport: { width: 1280, height: 720 },
      })
      problems = watch(page, origin)
      page.on('request', (r) => {
        if (r.resourceType() === 'font')
          fontRequests.push(r.url())
      })
      await openSlide(page, 1)
      cdp = await cdpFor(page)
    })
    test.afterAll(() => page?.close())

    test('the two "slides" files are requested from the deck\'s own origin, and nothing else is needed for slide 1', () => {
      expect(fontRequests.filter(u => !u.startsWith(`${origin}/`))).toEqual([])
      expect(fontRequests.map(u => u.replace(/-[0-9a-f]{8}\.woff2$/, '.woff2').slice(origin.length)).sort())
        .toEqual(['/assets/noto-sans-sc-400-slides.woff2', '/assets/noto-sans-sc-700-slides.woff2'])
    })

    for (const s of slides) {
      test(`slide ${s.no}: every character in a loaded ${FAMILY} face, no fallback glyph`, async () => {
        await go(page, s.no)
        const { drawn, faces, dark } = await drawnText(page, `.slidev-page-${s.no}`)
        expect(dark, 'the page is in the asked colour scheme').toBe(scheme === 'dark')
        expect(drawn.length, 'the slide draws text').toBeGreaterThan(0)
        // The two "slides" faces (the ones holding ASCII) are loaded.
        expect(faces.filter(f => inRange(0x41, f.unicodeRange)).map(f => `${f.weight} ${f.status}`).sort()).toEqual(['400 loaded', '700 loaded'])
        expect(drawn.filter(d => firstFamily(d.family) !== FAMILY).map(d => `${d.tag} "${d.text.trim()}": ${d.family}`)).toEqual([])
        expect(uncovered(drawn, faces)).toEqual([])
        expect(await otherRenderedFonts(page, cdp, drawn)).toEqual([])
        expect(fontRequests.filter(u => !u.startsWith(`${origin}/`))).toEqual([])
        expect(problems).toEqual([])
      })
    }
  })
}

test('under a sub-path (npm run build:sub) the fonts and their licence load from below the base', async ({ page }) => {
  const requests: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'font')
      requests.push(r.url())
  })
  const problems = watch(page, SUB_ORIGIN)
  await page.goto(`${SUB_ORIGIN}${SUB_BASE}1`)
  await wake(page)
  await expect(page.locator('.slidev-page-1 h1')).toBeVisible()
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready
    return [...document.fonts].filter(f => f.status === 'loaded').map(f => f.weight).sort()
  })
  expect(loaded).toEqual(['400', '700'])
  expect(requests.length).toBeGreaterThan(0)
  expect(requests.filter(u => !u.startsWith(`${SUB_ORIGIN}${SUB_BASE}assets/noto-sans-sc-`))).toEqual([])
  const licence = await page.request.get(`${SUB_ORIGIN}${SUB_BASE}assets/fonts-LICENSE.txt`)
  expect(licence.status()).toBe(200)
  expect(await licence.text()).toContain('SIL OPEN FONT LICENSE Version 1.1')
  expect(problems).toEqual([])
})

/**
 * A fontconfig that shows Chromium every system font except the CJK ones (Noto Sans CJK, Droid
 * Sans Fallback…): a laptop or phone without Chinese fonts. (With no font at all Chromium fails
 * to load later web fonts, which no real machine has: fontconfig always pulls in a Latin font.)
 */
function fontconfigWithoutCjk(): { file: string, hidden: string[], dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'deck-no-cjk-'))
  const fontsDir = join(dir, 'fonts')
  mkdirSync(fontsDir)
  const hidden = new Set<string>()
  let kept = 0
  for (const line of run('fc-list', ['--format', '%{file}\t%{lang}\t%{family[0]}\n']).split('\n')) {
    const [file, lang = '', family = ''] = line.split('\t')
    if (!file)
      continue
    if (/(?:^|\|)(?:zh|ja|ko)/.test(lang)) {
      hidden.add(family)
      continue
    }
    const link = join(fontsDir, `${kept++}-${basename(file)}`)
    symlinkSync(file, link)
  }
  expect(kept, 'a non-CJK system font to keep').toBeGreaterThan(0)
  const file = join(dir, 'fonts.conf')
  writeFileSync(file, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${fontsDir}</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n</fontconfig>\n`)
  return {
    file,
    hidden: [...hidden],
    dir,
  }
}

test.describe('without any Chinese system font', () => {
  test.describe.configure({ mode: 'serial' })
  let browser: Browser
  let config: ReturnType<typeof fontconfigWithoutCjk>

  test.beforeAll(async () => {
    config = fontconfigWithoutCjk()
    browser = await chromium.launch({
      executablePath: findChromium(process.env),
      args: CHROMIUM_ARGS,
      env: { ...process.env, FONTCONFIG_FILE: config.file },
    })
  })
  test.afterAll(async () => {
    await browser?.close()
    if (config)
      rmSync(config.dir, { recursive: true, force: true })
  })

  async function newPage(baseURL: string): Promise<Page> {
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 1280, height: 720 },
    })
    return context.newPage()
  }

  test('the browser really has none: a Han character the deck does not use draws in no CJK font', async ({ baseURL }) => {
    const page = await newPage(baseURL!)
    await openSlide(page, 1)
    await page.evaluate(() => {
      const p = document.createElement('p')
      p.textContent = '龘'
      p.style.fontFamily = '"Noto Sans SC", "Noto Sans CJK SC", "Droid Sans Fallback", sans-serif'
      document.body.append(p)
      p.setAttribute('data-font-probe', '0')
    })
    const cdp = await cdpFor(page)
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 })
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-font-probe]' })
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    expect(config.hidden.length, 'this machine has CJK fonts to hide (else the check proves nothing)').toBeGreaterThan(0)
    expect(fonts.filter(f => config.hidden.includes(f.familyName) || f.familyName === FAMILY)).toEqual([])
    await page.context().close()
  })

  test('every slide, every reveal shown, draws only in Noto Sans SC', async ({ baseURL }) => {
    test.setTimeout(120_000)
    const page = await newPage(baseURL!)
    const cdp = await cdpFor(page)
    const problems: string[] = []
    await openSlide(page, 1)
    for (const s of slides) {
      await go(page, s.no)
      const { drawn, faces } = await drawnText(page, `.slidev-page-${s.no}`)
      problems.push(...uncovered(drawn, faces).map(p => `slide ${s.no}: uncovered ${p}`))
      problems.push(...(await otherRenderedFonts(page, cdp, drawn)).map(p => `slide ${s.no}: ${p}`))
    }
    expect(problems).toEqual([])
    await page.context().close()
  })

  test('the presenter view draws every slide\'s notes in Noto Sans SC (the "notes" faces load)', async ({ baseURL }) => {
    test.setTimeout(120_000)
    const page = await newPage(baseURL!)
    const cdp = await cdpFor(page)
    const problems: string[] = []
    await page.goto('/presenter/1')
    for (const s of slides) {
      await go(page, s.no, true)
      const { drawn, faces } = await drawnText(page, '.slidev-note')
      expect(drawn.length, `slide ${s.no} has notes on screen`).toBeGreaterThan(0)
      problems.push(...faces.filter(f => f.status === 'error').map(f => `slide ${s.no}: a ${f.weight} face failed to load`))
      problems.push(...uncovered(drawn, faces).map(p => `slide ${s.no}: uncovered ${p}`))
      problems.push(...(await otherRenderedFonts(page, cdp, drawn)).map(p => `slide ${s.no}: ${p}`))
    }
    expect(problems).toEqual([])
    await page.context().close()
  })
})

// Font types, embedding and Unicode maps of every PDF are checked in export.spec.ts; this checks
// what a subset font can get wrong on its own: text that extracts as the ordinary characters.
const pdfs = [
  { name: 'the slide PDF', file: files.pdf },
  { name: 'the step-by-step PDF', file: files.steps },
  { name: 'the handout', file: files.handout },
]

for (const pdf of pdfs) {
  test.describe(`${pdf.name} (${basename(pdf.file)})`, () => {
    test.beforeAll(() => need(pdf.file, 'export'))

    test('pdftotext reads ordinary Han characters: every title as written, no Kangxi radical', () => {
      const pages = pdfPages(pdf.file)
      const all = pages.join('\n')
      const radicals = [
        ...new Set(all.match(/[\u2F00-\u2FDF\u2E80-\u2EFF]/g) ?? []),
      ]
      expect(radicals, 'CJK radicals where the slides have ordinary characters').toEqual([])
      const text = squash(all)
      const titles = slides.map(s => s.title || String(head.title)).filter(t => /\p{Script=Han}/u.test(t))
      expect(titles.length).toBeGreaterThan(10)
      expect(titles.filter(t => !text.includes(squash(t)))).toEqual([])
    })
  })
}

// The checks above read poppler's output: make a missing poppler a clear failure, not a skip.
test('poppler (pdffonts, pdftotext) is installed for the PDF checks', () => {
  expect(() => execFileSync('pdffonts', ['-v'], { stdio: 'ignore' })).not.toThrow()
})

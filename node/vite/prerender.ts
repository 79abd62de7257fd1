/**
 * The shared link on a phone, at build time (issue 10). Two Vite plugins, used by vite.config.ts:
 *
 * deckView (dev and build): an inline script at the top of index.html's head (client/view.ts)
 *   that runs before anything paints: a phone held upright on a slide address goes to the reading
 *   edition (`<base>read/#N`) unless the reader chose the slides (`?view=slides`, remembered); the
 *   colour scheme is applied as Slidev applies it; the prerendered first slide is hidden unless the
 *   address is slide 1, and scaled to the window otherwise. Plus the few CSS rules that go with it.
 *
 * deckPrerender (build only): once the bundle is written (writeBundle, so before vite-plugin-pwa's
 *   closeBundle generates the service worker, whose precache thus lists both files below as they
 *   end up), when node/chromium.ts finds a browser, it serves the output under its base
 *   (node/serve.ts) and opens it in Chromium:
 *   - `<base>read/` at 390 × 844 → read/index.html: the reading edition as static HTML. No deck
 *     JavaScript, the CSS it uses inlined (beasties), the deck's @font-face block copied, one small
 *     inline script (client/reading-page.ts). It reads with JavaScript off and paints from the HTML
 *     alone.
 *   - `<base>1` at 1280 × 720 → index.html gets slide 1's markup as `#deck-first-paint`, a layer
 *     outside `#app`, with the critical CSS inlined and the stylesheets loaded without blocking
 *     the first paint. The app removes the layer once it has drawn slide 1 (client/first-paint.ts).
 *   Slidev copies index.html to 404.html after the build, so deep links on static hosts get the
 *   same page.
 *   With no browser (a static host's build image, such as Netlify's) the build goes on and says in
 *   one line that the reading edition is the client-rendered route and slide 1 is not prerendered.
 */
import type { Browser } from 'playwright'
import type { Plugin, ResolvedConfig } from 'vite'
import type { StaticServer } from '../serve.ts'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseSync } from '@slidev/parser'
import Beasties from 'beasties'
import { chromium } from 'playwright'
import { minify } from 'vite'
import { readingPageScript } from '../../client/reading-page.ts'
import { READING_PATH, VIEW_KEY, VIEW_PARAM } from '../../client/reading.ts'
import { headScript } from '../../client/view.ts'
import { CHROMIUM_ARGS, findChromium, NoBrowserError } from '../chromium.ts'
import { serveStatic } from '../serve.ts'

/** A phone held upright: what gets the reading edition by default. */
export const PHONE_PORTRAIT = '(orientation: portrait) and (max-width: 600px)'
/** The viewport the reading edition is prerendered at, and the one slide 1 is. */
export const READ_VIEWPORT = { width: 390, height: 844 }
export const SLIDE_VIEWPORT = { width: 1280, height: 720 }
export const FIRST_PAINT_ID = 'deck-first-paint'
/** The line the build prints when it has no browser (tests look for it). */
export const NO_BROWSER_LINE = 'the reading edition at <base>read/ is client-rendered (the SPA route) and slide 1 is not prerendered into index.html'

/**
 * The first slide's layer covers the window as Slidev's play page does (its letterbox colour
 * around the 16:9 canvas); the head script hides it for any other address (`deck-fp-off`) and
 * hides the page while it leaves for the reading edition (`deck-leaving`).
 */
const HEAD_CSS = `#${FIRST_PAINT_ID}{position:fixed;inset:0;z-index:100;pointer-events:none;overflow:hidden;background:var(--slidev-slide-container-background,#000)}`
  + `html.deck-fp-off #${FIRST_PAINT_ID}{display:none}html.deck-leaving body{visibility:hidden}`
  // While the layer shows slide 1, the app lays itself out unseen beneath it: a shift it makes
  // there (its scale settling, a font arriving) is not painted, so not a layout shift. The app
  // appears in the frame the layer leaves, where the layer's slide was.
  + `html:not(.deck-fp-off):has(>body>#${FIRST_PAINT_ID}) #app{visibility:hidden}`

interface Head {
  colorSchema: string
  width: number
  height: number
  /** The build has a service worker (headmatter `pwa: build` or true). */
  pwa: boolean
}

function readHead(root: string, entry: string): Head {
  const md = parseSync(readFileSync(join(root, entry), 'utf8'), entry)
  const h = (md.slides[0]?.frontmatter ?? {}) as Record<string, unknown>
  const width = Number(h.canvasWidth ?? 980)
  const ratio = String(h.aspectRatio ?? '16/9').split(/[/:]/).map(Number)
  const aspect = ratio.length === 2
    ? ratio[0]! / ratio[1]!
    : Number(ratio[0]) || 16 / 9
  return {
    colorSchema: String(h.colorSchema ?? 'auto'),
    width,
    // Rounded up, as Slidev's client/env.ts rounds it: the first slide must scale exactly as the app does.
    height: Math.ceil(width / aspect),
    pwa: h.pwa === true || h.pwa === 'build',
  }
}

export interface DeckViewOptions {
  entry?: string
}

/** The head script and its CSS, in dev and build (see the file's header). */
export function deckView(options: DeckViewOptions = {}): Plugin {
  let config: ResolvedConfig
  return {
    name: 'deck:view',
    configResolved(c) {
      config = c
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const head = readHead(config.root, options.entry ?? 'slides.md')
        const script = await small(headScript({
          base: config.base,
          readPath: READING_PATH,
          viewParam: VIEW_PARAM,
          viewKey: VIEW_KEY,
          phone: PHONE_PORTRAIT,
          colorSchema: head.colorSchema,
          width: head.width,
          height: head.height,
        }))
        // Right after the charset and viewport: before every stylesheet and script, and the
        // charset still within the first 1024 bytes.
        return afterViewport(html, `<style data-deck-view>${HEAD_CSS}</style><script>${script}</script>`)
      },
    },
  }
}

/** An inline script, minified (it travels in every page's head). */
async function small(code: string): Promise<string> {
  const out = await minify('inline.js', code)
  if (out.errors.length)
    throw new Error(`could not minify an inline script: ${out.errors.map(e => e.message).join('; ')}`)
  return out.code.trim()
}

/** Insert `tags` after the viewport meta (or at the top of the head). */
export function afterViewport(html: string, tags: string): string {
  const viewport = /<meta name="viewport"[^>]*>/.exec(html)
  if (viewport)
    return html.slice(0, viewport.index + viewport[0].length) + tags + html.slice(viewport.index + viewport[0].length)
  return html.replace(/<head>/, `<head>${tags}`)
}

export interface PrerenderOptions {
  entry?: string
  /** Where to look for Chromium; process.env by default (CHROMIUM_PATH). */
  env?: Record<string, string | undefined>
}

/** What the page gave: its serialised HTML and the stylesheets it had loaded (URLs). */
interface Capture {
  html: string
  sheets: string[]
}

/** The fonts helper's `<style data-deck-fonts>` block, copied as it is (beasties never sees it). */
const FONTS_BLOCK = /<style data-deck-fonts[^>]*>[\s\S]*?<\/style>/

export function deckPrerender(options: PrerenderOptions = {}): Plugin {
  let config: ResolvedConfig
  return {
    name: 'deck:prerender',
    apply: 'build',
    configResolved(c) {
      config = c
    },
    writeBundle: {
      // Runs to the end before closeBundle, where vite-plugin-pwa lists the files to precache.
      sequential: true,
      order: 'post',
      async handler() {
        const log = config.logger
        let executablePath: string
        try {
          executablePath = findChromium(options.env ?? process.env, undefined, () => {
            try {
              return chromium.executablePath()
            }
            catch {
              return undefined
            }
          })
        }
        catch (e) {
          if (!(e instanceof NoBrowserError))
            throw e
          log.warn(`[deck-prerender] no Chromium found: ${NO_BROWSER_LINE.replace('<base>', config.base)}.`)
          return
        }
        const outDir = resolve(config.root, config.build.outDir)
        const head = readHead(config.root, options.entry ?? 'slides.md')
        const started = performance.now()
        let server: StaticServer | undefined
        let browser: Browser | undefined
        try {
          server = await serveStatic({ root: outDir, base: config.base })
          browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
          const read = await captureReading(browser, server.url)
          const first = await captureFirstSlide(browser, server.url)
          const readHtml = await staticReadingPage(read, outDir, config.base, head)
          mkdirSync(join(outDir, READING_PATH), { recursive: true })
          writeFileSync(join(outDir, READING_PATH, 'index.html'), readHtml)
          const indexFile = join(outDir, 'index.html')
          writeFileSync(indexFile, await withFirstSlide(readFileSync(indexFile, 'utf8'), first, outDir, config.base))
          log.info(`[deck-prerender] ${READING_PATH}index.html (${(readHtml.length / 1024).toFixed(0)} KB) and slide 1 in index.html, in ${((performance.now() - started) / 1000).toFixed(1)} s`)
        }
        finally {
          await browser?.close()
          await server?.close()
        }
      },
    },
  }
}

// --- in the browser ---------------------------------------------------------------------------

/** A page as the prerender sees it: light scheme, no motion, no service worker, problems watched. */
async function capturePage(browser: Browser, viewport: { width: number, height: number }) {
  const page = await browser.newPage({
    viewport,
    serviceWorkers: 'block',
    colorScheme: 'light',
    reducedMotion: 'reduce',
  })
  return {
    page,
    problems: watchPage(page),
  }
}

async function captureReading(browser: Browser, url: string): Promise<Capture> {
  const { page, problems } = await capturePage(browser, READ_VIEWPORT)
  await page.goto(`${url}${READING_PATH}`)
  await page.waitForFunction(() => document.documentElement.dataset.readingReady === 'true', null, { timeout: 60_000 })
  if (problems.length)
    throw new Error(`the reading edition logged errors while prerendering:\n  ${problems.join('\n  ')}`)
  const capture = await page.evaluate(() => {
    const sheets = [
      ...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'),
    ].map(l => l.href)
    // Only the page: Slidev's scripts, preloads and stylesheets go (the CSS comes back inline),
    // and so do its run-time-only pieces (offline indicator, notice, render containers).
    for (const el of document.querySelectorAll('script, link[rel="stylesheet"], link[rel="modulepreload"], link[rel="preload"], .slidev-pwa-indicator, .deck-notice, #mermaid-rendering-container, #twoslash-container, style[data-deck-view]'))
      el.remove()
    for (const el of document.querySelectorAll('style[id^="vueuse_styletag"]')) {
      if (!el.textContent?.trim())
        el.remove()
    }
    const html = document.documentElement
    delete html.dataset.readingReady
    html.classList.remove('dark', 'light', 'deck-fp-off', 'deck-leaving')
    html.style.removeProperty('--vh')
    if (!html.getAttribute('style'))
      html.removeAttribute('style')
    document.getElementById('app')?.removeAttribute('data-v-app')
    // The scheme button needs the page's script: without JavaScript it is not offered. It keeps
    // its place (invisible, not `hidden`), so showing it moves nothing.
    for (const b of document.querySelectorAll('[data-scheme-toggle]')) {
      b.setAttribute('data-pending', '')
      b.removeAttribute('aria-pressed')
    }
    return { html: `<!DOCTYPE html>\n${html.outerHTML}`, sheets }
  })
  await page.close()
  return capture
}

async function captureFirstSlide(browser: Browser, url: string): Promise<Capture> {
  const { page, problems } = await capturePage(browser, SLIDE_VIEWPORT)
  await page.goto(`${url}1`)
  await page.locator('#slide-content .slidev-page-1 h1').first().waitFor()
  await page.evaluate(() => document.fonts.ready)
  await page.waitForLoadState('networkidle')
  if (problems.length)
    throw new Error(`slide 1 logged errors while prerendering:\n  ${problems.join('\n  ')}`)
  const capture = await page.evaluate((id) => {
    const sheets = [
      ...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'),
    ].map(l => l.href)
    const container = document.getElementById('slide-container')!.cloneNode(true) as HTMLElement
    const content = container.querySelector<HTMLElement>('#slide-content')!
    // Only the canvas: the navigation bar (its own slot) is the app's.
    for (const el of [...container.children]) {
      if (el !== content)
        el.remove()
    }
    // No ids or slide numbers the app's own page also has; the canvas scale comes from the head
    // script (--slidev-slide-scale on <html>), as the app sets it.
    container.removeAttribute('id')
    content.removeAttribute('id')
    content.style.removeProperty('--slidev-slide-scale')
    for (const el of content.querySelectorAll('[data-slidev-no]'))
      el.removeAttribute('data-slidev-no')
    // Not a `.slidev-page` either, so nothing that looks for the app's slide finds this copy; it
    // keeps the box Slidev's SlideWrapper gives the page (its scoped rule), inline.
    const live = document.querySelector<HTMLElement>('#slide-content .slidev-page-1')!
    const box = getComputedStyle(live)
    for (const el of content.querySelectorAll<HTMLElement>('.slidev-page')) {
      el.classList.remove('slidev-page', 'slidev-page-1')
      el.classList.add('deck-fp-page')
      for (const prop of [
        'position',
        'top',
        'right',
        'bottom',
        'left',
        'width',
        'height',
      ])
        el.style.setProperty(prop, box.getPropertyValue(prop))
    }
    for (const el of content.querySelectorAll('[id]'))
      el.removeAttribute('id')
    const layer = document.createElement('div')
    layer.id = id
    layer.setAttribute('aria-hidden', 'true')
    layer.setAttribute('inert', '')
    layer.append(container)
    return { html: layer.outerHTML, sheets }
  }, FIRST_PAINT_ID)
  await page.close()
  return capture
}

function watchPage(page: import('playwright').Page): string[] {
  const problems: string[] = []
  page.on('pageerror', e => problems.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error')
      problems.push(m.text())
  })
  return problems
}

// --- on disk ----------------------------------------------------------------------------------

/** The file under outDir a stylesheet URL of the served build points at. */
function sheetFile(href: string, outDir: string, base: string): string {
  const path = new URL(href).pathname
  const rel = path.startsWith(base)
    ? path.slice(base.length)
    : path.replace(/^\//, '')
  const file = join(outDir, rel)
  if (!existsSync(file))
    throw new Error(`stylesheet ${href} is not in ${outDir}`)
  return file
}

/**
 * Beasties keeps the rules whose selectors match the document. The page is captured in the light
 * scheme; with `dark` on <html> while it decides, the dark scheme's rules (`html.dark …`) match
 * too, and the light ones still do. The class is taken off again afterwards.
 */
function withDarkRules(html: string): string {
  return html.replace(/<html([^>]*)>/, (_, attrs: string) => /\sclass="/.test(attrs)
    ? `<html${attrs.replace(/\sclass="/, ' class="dark ')}>`
    : `<html${attrs} class="dark">`)
}

function withoutDarkRules(html: string): string {
  return html.replace(/<html([^>]*)>/, (_, attrs: string) => `<html${attrs
    .replace(/\sclass="dark ?/, ' class="')
    .replace(/\sclass=""/, '')
    .replace(/\sdata-beasties-container(?:="")?/, '')}>`)
}

/**
 * Selectors of the <html> element itself (`html.dark`, `html.reading-page`, `:root.dark`). Beasties
 * matches selectors against the elements inside the document, never the root, so it would drop
 * these, and with them the dark scheme's colours and the page's own scrolling.
 */
const ROOT_RULES = [/^(?:html|:root)[^\s>+~]*$/, /^\.(?:dark|light)[^\s>+~]*$/]

const quiet = {
  info: () => {},
  warn: (m: string) => console.warn(`[deck-prerender] beasties: ${m}`),
  error: (m: string) => console.error(`[deck-prerender] beasties: ${m}`),
}

async function staticReadingPage(capture: Capture, outDir: string, base: string, head: Head): Promise<string> {
  const fonts = capture.html.match(FONTS_BLOCK)?.[0] ?? ''
  const css = [
    ...new Set(capture.sheets),
  ].map(h => readFileSync(sheetFile(h, outDir, base), 'utf8')).join('\n')
  // Vue's placeholder comments (<!--v-if-->, <!--[-->) mean nothing without Vue.
  let html = capture.html.replace(FONTS_BLOCK, '').replace(/<!--[\s\S]*?-->/g, '')
  // Every stylesheet of the page as one inline <style>; beasties keeps the rules the page uses.
  html = html.replace('</head>', `<style>${css.replace(/<\/style/gi, '<\\/style')}</style></head>`)
  const beasties = new Beasties({
    path: outDir,
    publicPath: base,
    external: false,
    reduceInlineStyles: true,
    mergeStylesheets: true,
    allowRules: ROOT_RULES,
    keyframes: 'critical',
    fonts: false,
    compress: true,
    logger: quiet,
  })
  html = withoutDarkRules(await beasties.process(withDarkRules(html)))
  const script = `<script>${await small(readingPageScript({
    base,
    colorSchema: head.colorSchema,
    serviceWorker: head.pwa,
  }))}</script>`
  // Early in the head: the scheme before anything paints; then the deck's fonts.
  return afterViewport(html, `${script}${fonts}`)
}

async function withFirstSlide(index: string, first: Capture, outDir: string, base: string): Promise<string> {
  if (index.includes(`id="${FIRST_PAINT_ID}"`))
    throw new Error(`index.html already holds #${FIRST_PAINT_ID}`)
  let html = index.replace(/(<div id="app"><\/div>)/, `$1\n  ${first.html}`)
  if (html === index)
    throw new Error('index.html has no empty <div id="app"></div> to put the first slide after')
  const linked = new Set([
    ...index.matchAll(/<link rel="stylesheet"[^>]* href="([^"]+)"/g),
  ].map(m => m[1]!))
  // Stylesheets the app loads later for slide 1 (its layout's and components' chunks): their
  // critical rules are inlined too, though the page does not link them.
  const extra = [
    ...new Set(first.sheets),
  ]
    .filter(h => !linked.has(new URL(h).pathname))
    .map(h => sheetFile(h, outDir, base))
  const beasties = new Beasties({
    path: outDir,
    publicPath: base,
    external: true,
    additionalStylesheets: extra.map(f => f.slice(outDir.length).replace(/\\/g, '/')),
    // The inline blocks already there (the fonts, the head script's rules) stay as they are.
    reduceInlineStyles: false,
    preload: 'media',
    noscriptFallback: true,
    allowRules: ROOT_RULES,
    inlineThreshold: 0,
    pruneSource: false,
    keyframes: 'critical',
    fonts: false,
    compress: true,
    logger: quiet,
  })
  html = withoutDarkRules(await beasties.process(withDarkRules(html)))
  return html
}

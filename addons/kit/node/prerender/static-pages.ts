import type { Log } from '../log.ts'
import type { Capture } from './capture.ts'
/**
 * What the prerender writes, from what it captured (capture.ts):
 *
 *   read/index.html   the reading edition as static HTML: no deck JavaScript, the CSS it uses
 *                     inlined (beasties), its own fonts' @font-face block (node/fonts/reading.ts;
 *                     else the slides' block, copied), one small inline script
 *                     (shared/reading-page.ts). It reads with JavaScript off and paints from
 *                     the HTML alone.
 *   index.html        slide 1's layer added after `#app`, its critical CSS inlined and the
 *                     stylesheets loaded without blocking the first paint; the app removes the
 *                     layer once it has drawn slide 1 (client/first-paint.ts).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Beasties from 'beasties'
import { FIRST_PAINT_ID, READING_PATH } from '../../shared/constants.ts'
import { INSTALL_RETRY_MS, READ_SCOPE, SW_FILE } from '../../shared/offline.ts'
import { readingPageScript } from '../../shared/reading-page.ts'
import { afterViewport, small } from '../plugins/view.ts'

/** What the static reading page needs of the deck's headmatter. */
export interface PageHead {
  colorSchema: string
  /** The build has a service worker. */
  pwa: boolean
  /**
   * The page's own @font-face rules (node/fonts/reading.ts), in place of the slides' block the
   * capture carries; without them the page draws with the slides' fonts.
   */
  fonts?: string
}

/** The fonts plugin's `<style data-deck-fonts>` block, copied as it is (beasties never sees it). */
const FONTS_BLOCK = /<style data-deck-fonts[^>]*>[\s\S]*?<\/style>/

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
 * Selectors of the <html> element itself (`html.dark`, `html.reading-page`, `:root.dark`, and the
 * kit's defaults under `:where(:root)`). Beasties matches selectors against the elements inside
 * the document, never the root, so it would drop these, and with them the dark scheme's colours,
 * the page's own scrolling and every custom property a talk leaves at the kit's default.
 */
const ROOT_RULES = [
  /^(?:html|:root)[^\s>+~]*$/,
  /^\.(?:dark|light)[^\s>+~]*$/,
  /^:where\((?:html|:root)[^\s>+~()]*\)$/,
]

/** Beasties reports through the build's log, its chatter left out. */
function quiet(log: Log): Log {
  return {
    info: () => {},
    warn: m => log.warn(`[deck-prerender] beasties: ${m}`),
    error: m => log.error(`[deck-prerender] beasties: ${m}`),
  }
}

/**
 * The reading page's links to the other editions lead to their reading pages: the alternates
 * the link-preview plugin put in index.html (`data-deck-edition`) get read/ after their address.
 */
export function readingAlternates(html: string): string {
  return html.replace(/<link [^>]*data-deck-edition[^>]*>/g, tag => tag.replace(/\bhref="([^"]*)"/, (_, href: string) => `href="${href}${READING_PATH}"`))
}

export async function staticReadingPage(capture: Capture, outDir: string, base: string, head: PageHead, log: Log): Promise<string> {
  const fonts = head.fonts
    ?? capture.html.match(FONTS_BLOCK)?.[0]
    ?? ''
  const css = [
    ...new Set(capture.sheets),
  ].map(h => readFileSync(sheetFile(h, outDir, base), 'utf8')).join('\n')
  // Vue's placeholder comments (<!--v-if-->, <!--[-->) mean nothing without Vue.
  let html = readingAlternates(capture.html.replace(FONTS_BLOCK, '').replace(/<!--[\s\S]*?-->/g, ''))
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
    logger: quiet(log),
  })
  html = withoutDarkRules(await beasties.process(withDarkRules(html)))
  const script = `<script>${await small(readingPageScript({
    base,
    worker: `${base}${SW_FILE}`,
    scope: `${base}${READ_SCOPE}`,
    colorSchema: head.colorSchema,
    serviceWorker: head.pwa,
    retryMs: INSTALL_RETRY_MS,
  }))}</script>`
  // Early in the head: the scheme before anything paints; then the deck's fonts.
  return afterViewport(html, `${script}${fonts}`)
}

export async function withFirstSlide(index: string, first: Capture, outDir: string, base: string, log: Log): Promise<string> {
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
    logger: quiet(log),
  })
  html = withoutDarkRules(await beasties.process(withDarkRules(html)))
  return html
}

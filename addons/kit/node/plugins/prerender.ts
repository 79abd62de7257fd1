import type { Browser } from 'playwright'
import type { Plugin, ResolvedConfig } from 'vite'
import type { Typeface } from '../../config.ts'
import type { Deck } from '../deck.ts'
import type { StaticServer } from '../serve.ts'
/**
 * The prerender (build only): once the bundle is written (writeBundle, so before vite-plugin-pwa's
 * closeBundle generates the service worker, whose precache thus lists both files as they end up),
 * when node/chromium.ts finds a browser, it serves the output under its base (node/serve.ts),
 * captures the reading edition and slide 1 in Chromium (capture.ts) and writes read/index.html and
 * the first-paint layer of index.html (static-pages.ts), whose application then starts when it is
 * needed (deferred-start.ts). Slidev copies index.html to 404.html after
 * the build, so deep links on static hosts get the same page.
 *
 * With no browser (a static host's build image, such as Netlify's) the build goes on and says in
 * one line that the reading edition is the client-rendered route and slide 1 is not prerendered.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright'
import { READING_PATH } from '../../shared/constants.ts'
import { CHROMIUM_ARGS, findChromium, NoBrowserError } from '../chromium.ts'
import { fontFaceCss } from '../fonts/css.ts'
import { readingFonts } from '../fonts/reading.ts'
import { captureFirstSlide, captureReading } from '../prerender/capture.ts'
import { withDeferredStart } from '../prerender/deferred-start.ts'
import { staticReadingPage, withFirstSlide } from '../prerender/static-pages.ts'
import { serveStatic } from '../serve.ts'

/** The line the build prints when it has no browser (tests look for it). */
export const NO_BROWSER_LINE = 'the reading edition at <base>read/ is client-rendered (the SPA route) and slide 1 is not prerendered into index.html'

export interface PrerenderOptions {
  /** The talk as Slidev has loaded it. */
  deck: () => Deck
  /** The talk's typeface: the reading page gets its own subsets of it (node/fonts/reading.ts). */
  typeface?: Typeface | false
  /** Where to look for Chromium; process.env by default (CHROMIUM_PATH). */
  env?: Record<string, string | undefined>
}

export function deckPrerender(options: PrerenderOptions): Plugin {
  let config: ResolvedConfig
  return {
    name: 'deck-kit:prerender',
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
        const head = options.deck()
        const started = performance.now()
        let server: StaticServer | undefined
        let browser: Browser | undefined
        // A previous build's static page would answer for the route it is about to capture (Vite
        // leaves an output folder outside the project as it was).
        rmSync(join(outDir, READING_PATH, 'index.html'), { force: true })
        try {
          server = await serveStatic({ root: outDir, base: config.base })
          browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
          const typeface = options.typeface || undefined
          const read = await captureReading(browser, server.url, typeface?.family)
          const first = await captureFirstSlide(browser, server.url)
          let fonts: string | undefined
          if (typeface) {
            const files = await readingFonts(config.root, typeface, read.runs, config.build.assetsDir)
            for (const f of files)
              writeFileSync(join(outDir, f.fileName), f.bytes)
            fonts = `<style data-deck-fonts>\n${fontFaceCss(typeface.family, files, config.base)}\n</style>`
            log.info(`[deck-prerender] the reading page's fonts: ${files.map(f => `${f.weight}/${f.fileName.match(/read-(\d+)/)?.[1]} ${f.chars.length} chars ${(f.bytes.length / 1024).toFixed(0)} KB`).join(', ')}`)
          }
          const readHtml = await staticReadingPage(read, outDir, config.base, { ...head, fonts }, log)
          mkdirSync(join(outDir, READING_PATH), { recursive: true })
          writeFileSync(join(outDir, READING_PATH, 'index.html'), readHtml)
          const indexFile = join(outDir, 'index.html')
          writeFileSync(indexFile, await withDeferredStart(await withFirstSlide(readFileSync(indexFile, 'utf8'), first, outDir, config.base, log)))
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

import type { Logger, Plugin } from 'vite'
import type { ResolvedKit, Typeface } from '../../config.ts'
import type { Deck } from '../deck.ts'
import type { FontBuild } from '../fonts/subset.ts'
/**
 * The talk's typeface, shipped with the deck (kit option `typeface`): subset at build time to the
 * characters the talk draws (characters.ts, subset.ts), served from the deck's own origin, so the
 * deck looks the same on every laptop, projector and phone and the PDFs embed real TrueType fonts.
 *
 * Delivery: a `<style data-deck-fonts>` with the @font-face rules goes into index.html (dev and
 * build, css.ts); the dev server (and the exporter, which drives one) serves the files from memory
 * under the base path and recomputes them on every page load, so a reload picks up new
 * characters; the build emits them as hashed assets with the font's licence beside them.
 */
import { Buffer } from 'node:buffer'
import { posix } from 'node:path'
import { charSets } from '../fonts/characters.ts'
import { headHtml, injectHead } from '../fonts/css.ts'
import { buildFonts, LICENSE_FILE, missingCharsMessage } from '../fonts/subset.ts'

export interface DeckFontsOptions {
  /** The talk as Slidev has loaded it, current after every edit. */
  deck: () => Deck
  typeface: Typeface
  kit: Pick<ResolvedKit, 'words' | 'credit' | 'sections'>
  /**
   * `<link rel=preload>` the "slides" files of every weight; `{ media }` preloads them only where
   * the query matches (not on a phone the page sends on to another one, which would abort them).
   */
  preload?: boolean | { media: string }
}

/** The text the kit's options put on screen: its words, the credit, the section titles. */
export function optionsText(kit: DeckFontsOptions['kit']): string {
  return [
    ...Object.values(kit.words),
    kit.credit.short,
    kit.credit.full,
    ...Object.values(kit.sections),
  ].join('\n')
}

export function deckFonts(options: DeckFontsOptions): Plugin {
  const { typeface } = options
  let root = process.cwd()
  let base = '/'
  let assetsDir = 'assets'
  let isBuild = false
  let logger: Logger | undefined
  let built: FontBuild | undefined
  /** Dev: every file served so far, by path under the base (names carry a content hash). */
  const served = new Map<string, Buffer | string>()
  let lastDevError = ''

  const sets = () => charSets({
    deck: options.deck(),
    dirs: typeface.sources,
    options: optionsText(options.kit),
  })
  const head = (b: FontBuild) => headHtml(typeface.family, b.files, base, options.preload ?? false)

  async function devFonts(): Promise<FontBuild | undefined> {
    try {
      const b = await buildFonts(root, typeface, sets(), assetsDir)
      for (const f of b.files)
        served.set(f.fileName, f.bytes)
      served.set(posix.join(assetsDir, LICENSE_FILE), b.license)
      lastDevError = ''
      return b
    }
    catch (e) {
      // A dev server stays up through a bad edit: say it once, draw with the fallback fonts.
      const message = (e as Error).message
      if (message !== lastDevError)
        logger?.error(`[deck-fonts] ${message}`)
      lastDevError = message
      return undefined
    }
  }

  return {
    name: 'deck-kit:fonts',

    configResolved(config) {
      root = config.root
      base = config.base.endsWith('/')
        ? config.base
        : `${config.base}/`
      assetsDir = config.build.assetsDir
      isBuild = config.command === 'build'
      logger = config.logger
    },

    async buildStart() {
      if (!isBuild)
        return
      const start = performance.now()
      const chars = sets()
      try {
        built = await buildFonts(root, typeface, chars, assetsDir)
      }
      catch (e) {
        this.error((e as Error).message)
      }
      for (const f of built.files)
        this.emitFile({ type: 'asset', fileName: f.fileName, source: f.bytes })
      this.emitFile({
        type: 'asset',
        fileName: posix.join(assetsDir, LICENSE_FILE),
        source: built.license,
      })
      if (built.missingInNotes.length)
        this.warn(missingCharsMessage(typeface.family, built.missingInNotes, chars.from, 'notes'))
      const ms = Math.round(performance.now() - start)
      logger?.info(`[deck-fonts] ${typeface.family}: ${built.files.map(f => `${f.weight} ${f.set} ${f.chars.length} chars ${(f.bytes.length / 1024).toFixed(1)} KB`).join('; ')} (${ms} ms${built.files.every(f => f.cached)
        ? ', from cache'
        : ''})`)
    },

    configureServer(server) {
      // Before Vite's own middlewares, so the fonts are not looked up as source files.
      server.middlewares.use(async (req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!
        const body = path.startsWith(base)
          ? served.get(decodeURIComponent(path.slice(base.length)))
          : undefined
        if (body !== undefined) {
          res.setHeader('Content-Type', typeof body === 'string'
            ? 'text/plain; charset=utf-8'
            : 'font/woff2')
          res.setHeader('Cache-Control', 'no-cache')
          res.end(body)
          return
        }
        // A page: Slidev's dev server answers it from memory without transformIndexHtml, so the
        // rules go in as the page is sent. Recomputed per page load: a reload picks up new characters.
        if (!req.headers.accept?.includes('text/html'))
          return next()
        const fonts = await devFonts()
        if (fonts) {
          const tags = head(fonts)
          const end = res.end.bind(res) as (...a: unknown[]) => typeof res
          res.end = ((chunk: unknown, ...rest: unknown[]) => {
            if ((typeof chunk === 'string' || Buffer.isBuffer(chunk)) && String(res.getHeader('Content-Type')).startsWith('text/html')) {
              chunk = injectHead(chunk.toString(), tags)
              if (res.hasHeader('Content-Length'))
                res.setHeader('Content-Length', Buffer.byteLength(chunk as string))
            }
            return end(chunk, ...rest)
          }) as typeof res.end
        }
        next()
      })
    },

    transformIndexHtml: {
      // After Vite's own HTML processing, which would run the rules through its CSS pipeline
      // (url() resolution, minification that drops the licence comment).
      order: 'post',
      handler(html) {
        return isBuild && built
          ? injectHead(html, head(built))
          : html
      },
    },
  }
}

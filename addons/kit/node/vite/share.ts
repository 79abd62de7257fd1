/**
 * Sharing the deck, at build time: the kit's options for the browser, the QR code, link-preview
 * tags, and the exported PDF behind Slidev's download button. A small Vite plugin:
 *
 *   virtual:deck-kit    the kit's resolved options for the browser: { url, readUrl, shortUrl,
 *                       shortHost, shortPath, qrSvg, credit, sections, words }. The QR code
 *                       encodes the reading edition's address (`<url>read/`, what a phone that
 *                       scans it should open, with no hop through the slides); the short URL
 *                       people type stays the deck's root. The code is drawn here by a library
 *                       (uqr): no web service, works offline, and stays vector in the PDF.
 *   index.html          og:url, og:image (absolute, with its size), og:type, og:locale,
 *                       twitter:card, a canonical link; and clean description/author/keywords
 *                       (Slidev 53 writes them JSON-quoted, with literal "\n", which chat apps show).
 *   download button     only when <exportDir>/<exportFilename>.pdf exists at build time: the PDF is
 *                       copied into the site and Slidev's download button points at it, under the
 *                       base path. Without an exported PDF there is no button, never a broken one.
 */
import type { Logger, Plugin } from 'vite'
import type { ResolvedKit } from '../../config.ts'
import type { Deck } from '../deck.ts'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { encode } from 'uqr'
import { KIT_MODULE_ID, OG_IMAGE_FILE } from '../../shared/constants.ts'
import { say } from '../../shared/words.ts'
import { CONFIG_FILE, oneLine } from '../deck.ts'
import { DEFAULT_SOURCES } from '../fonts/characters.ts'

const RESOLVED_ID = `\0${KIT_MODULE_ID}`
/** Slidev's virtual module holding the resolved headmatter (what `configs` is on the client). */
const SLIDEV_CONFIGS_ID = '/@slidev/configs'

/**
 * The QR code as an SVG string: one path, dark modules on a white square with a 4-module quiet
 * zone, so it scans in either colour scheme. Error correction M survives a projector's glare.
 */
export function qrSvg(text: string, label = text): string {
  const { data, size } = encode(text, { ecc: 'M', border: 4 })
  let d = ''
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x])
        continue
      let run = 1
      while (x + run < size && row[x + run])
        run++
      d += `M${x} ${y}h${run}v1h-${run}z`
      x += run - 1
    }
  })
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" role="img" aria-label="${esc(label)}">`
    + `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
}

/** Width and height of a PNG, from its IHDR chunk; undefined when the file is not a PNG. */
export function pngSize(file: string): { width: number, height: number } | undefined {
  const b = readFileSync(file)
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504E47 || b.toString('latin1', 12, 16) !== 'IHDR')
    return undefined
  return {
    width: b.readUInt32BE(16),
    height: b.readUInt32BE(20),
  }
}

export interface DeckShareOptions {
  /** The talk as Slidev has loaded it. */
  deck: () => Deck
  kit: ResolvedKit
}

export function deckShare(options: DeckShareOptions): Plugin {
  const { kit } = options
  let root = process.cwd()
  let base = '/'
  let isBuild = false
  let sawConfigs = false
  let logger: Logger | undefined

  const { deck } = options
  const pdfName = () => `${deck().name}.pdf`
  const pdfPath = () => join(root, kit.exportDir, pdfName())
  const ogImagePath = () => join(root, 'public', OG_IMAGE_FILE)

  return {
    name: 'deck-kit:share',

    configResolved(config) {
      root = config.root
      base = config.base
      isBuild = config.command === 'build'
      logger = config.logger
    },

    buildStart() {
      if (!isBuild)
        return
      if (kit.placeholder)
        this.warn(`deck URL is still the placeholder ${kit.url}: set url in deck.config.ts or DECK_URL, so the QR codes and link previews point at the real deck.`)
      const pdf = pdfPath()
      if (!existsSync(pdf)) {
        logger?.info(`[deck-kit] no ${relative(root, pdf)}: the site is built without a PDF download (run "npm run export:pdf" first to offer one).`)
        return
      }
      const sources = [
        ...deck().files,
        join(root, CONFIG_FILE),
        ...[...DEFAULT_SOURCES, 'styles'].map(p => join(root, p)),
      ].filter(existsSync)
      const newest = Math.max(...sources.flatMap(p => statSync(p).isDirectory()
        ? readdirMtimes(p)
        : [statSync(p).mtimeMs]))
      if (newest > statSync(pdf).mtimeMs)
        this.warn(`${relative(root, pdf)} is older than the slides: the site will offer a stale PDF. Run "npm run export:pdf" again.`)
    },

    resolveId(id) {
      return id === KIT_MODULE_ID
        ? RESOLVED_ID
        : null
    },

    load(id) {
      if (id !== RESOLVED_ID)
        return null
      const slash = kit.shortUrl.indexOf('/')
      const share = {
        url: kit.url,
        readUrl: kit.readUrl,
        shortUrl: kit.shortUrl,
        // Host and path apart, so a narrow caption breaks the line before the path, not inside the host.
        shortHost: slash < 0
          ? kit.shortUrl
          : kit.shortUrl.slice(0, slash),
        shortPath: slash < 0
          ? ''
          : kit.shortUrl.slice(slash),
        qrSvg: qrSvg(kit.readUrl, say(kit.words.qrLabel, { url: kit.readUrl })),
        credit: kit.credit,
        sections: kit.sections,
        words: kit.words,
      }
      return `export default ${JSON.stringify(share)}`
    },

    // Point Slidev's download button at the exported PDF, or hide it when there is none.
    // A string `download` never makes `slidev build` export by itself (only true/"auto" does).
    transform(code, id) {
      if (!isBuild || id !== SLIDEV_CONFIGS_ID)
        return null
      sawConfigs = true
      const prefix = 'export default '
      if (!code.startsWith(prefix))
        this.error(`unexpected shape of Slidev's ${SLIDEV_CONFIGS_ID} module: cannot set the PDF download`)
      const configs = JSON.parse(code.slice(prefix.length)) as Record<string, unknown>
      configs.download = existsSync(pdfPath())
        ? `${base}${pdfName()}`
        : false
      return { code: prefix + JSON.stringify(configs), map: null }
    },

    generateBundle() {
      if (!isBuild)
        return
      if (!sawConfigs)
        this.warn(`Slidev's ${SLIDEV_CONFIGS_ID} module was not seen: the download button is not set (did Slidev rename it?)`)
      if (existsSync(pdfPath())) {
        this.emitFile({
          type: 'asset',
          fileName: pdfName(),
          source: readFileSync(pdfPath()),
        })
      }
    },

    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const h = deck().head
        const text = (v: unknown) => oneLine(Array.isArray(v)
          ? v.join(', ')
          : String(v ?? ''))
        // Drop Slidev's double-quoted copies; the clean ones follow.
        const cleaned = html.replace(/<meta (?:name|property)="(?:description|author|keywords|og:description)" content="[^"]*">\s*/g, '')
        const meta = (key: 'name' | 'property', name: string, content: string | number | undefined) =>
          content === undefined || content === ''
            ? []
            : [
                {
                  tag: 'meta',
                  attrs: {
                    [key]: name,
                    content: String(content),
                  },
                  injectTo: 'head' as const,
                },
              ]
        const image = existsSync(ogImagePath())
          ? pngSize(ogImagePath())
          : undefined
        if (!image && isBuild)
          logger?.warn('[deck-kit] no public/og-image.png: link previews will have no picture (run "npm run og-image").')
        const lang = String(h.lang ?? 'zh-CN')
        return {
          html: cleaned,
          tags: [
            ...meta('name', 'description', text(h.info)),
            ...meta('name', 'author', text(h.author)),
            ...meta('name', 'keywords', text(h.keywords)),
            ...meta('property', 'og:description', text(h.info)),
            ...meta('property', 'og:type', 'website'),
            ...meta('property', 'og:url', kit.url),
            ...meta('property', 'og:site_name', text(h.title)),
            ...meta('property', 'og:locale', lang.replace('-', '_')),
            ...(image
              ? [
                  ...meta('property', 'og:image', `${kit.url}${OG_IMAGE_FILE}`),
                  ...meta('property', 'og:image:type', 'image/png'),
                  ...meta('property', 'og:image:width', image.width),
                  ...meta('property', 'og:image:height', image.height),
                  ...meta('property', 'og:image:alt', say(kit.words.ogImageAlt, {
                    title: text(h.title),
                  })),
                  ...meta('name', 'twitter:card', 'summary_large_image'),
                ]
              : []),
            {
              tag: 'link',
              attrs: { rel: 'canonical', href: kit.url },
              injectTo: 'head' as const,
            },
          ],
        }
      },
    },
  }
}

function readdirMtimes(dir: string): number[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map(f => statSync(join(dir, f)).mtimeMs)
}

/**
 * Sharing the deck, at build time: the QR code of the hosted URL, link-preview tags, and the
 * exported PDF behind Slidev's download button. A small Vite plugin, used by vite.config.ts:
 *
 *   virtual:deck-share  { url, readUrl, shortUrl, shortHost, shortPath, qrSvg } for the cover and
 *                       the last slide. The QR code encodes the reading edition's address
 *                       (`<url>read/`, what a phone that scans it should open, with no hop through
 *                       the slides); the short URL people type stays the deck's root. The code is
 *                       drawn here, from deck.config.ts, by a library (uqr): no web service, works
 *                       offline, and stays vector in the PDF.
 *   index.html          og:url, og:image (absolute, with its size), og:type, og:locale,
 *                       twitter:card, a canonical link; and clean description/author/keywords
 *                       (Slidev 53 writes them JSON-quoted, with literal "\n", which chat apps show).
 *   download button     only when exports/<exportFilename>.pdf exists at build time: the PDF is
 *                       copied into the site and Slidev's download button points at it, under the
 *                       base path. Without an exported PDF there is no button, never a broken one.
 */
import type { Logger, Plugin } from 'vite'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseSync } from '@slidev/parser'
import { encode } from 'uqr'
import { READING_PATH } from '../../client/reading.ts'

export const VIRTUAL_ID = 'virtual:deck-share'
const RESOLVED_ID = `\0${VIRTUAL_ID}`
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

/** Multi-line YAML text as one line (Chinese lines join without a space). */
function oneLine(text: string): string {
  return text.split('\n').map(l => l.trim()).filter(Boolean).reduce((acc, line) => {
    if (!acc)
      return line
    const cjk = /[\u3000-\u30FF\u4E00-\u9FFF\uFF00-\uFFEF]/
    return acc + (cjk.test(acc.at(-1)!) || cjk.test(line[0]!)
      ? ''
      : ' ') + line
  }, '')
}

export interface DeckShareOptions {
  /** Hosted URL (absolute, ends in "/"), from deck.config.ts. */
  url: string
  shortUrl: string
  /** Directory the exporter writes into, relative to the project root. */
  exportDir: string
  /** True while the URL is a placeholder: the build says so. */
  placeholder?: boolean
  /** The Slidev entry, to read the headmatter from. */
  entry?: string
}

export function deckShare(options: DeckShareOptions): Plugin {
  let root = process.cwd()
  let base = '/'
  let isBuild = false
  let sawConfigs = false
  let logger: Logger | undefined

  const head = () => {
    const md = parseSync(readFileSync(join(root, options.entry ?? 'slides.md'), 'utf8'), options.entry ?? 'slides.md')
    return (md.slides[0]?.frontmatter ?? {}) as Record<string, unknown>
  }
  const pdfName = () => `${String(head().exportFilename || 'slidev-exported')}.pdf`
  const pdfPath = () => join(root, options.exportDir, pdfName())
  const ogImagePath = () => join(root, 'public', 'og-image.png')

  return {
    name: 'deck-share',

    configResolved(config) {
      root = config.root
      base = config.base
      isBuild = config.command === 'build'
      logger = config.logger
    },

    buildStart() {
      if (!isBuild)
        return
      if (options.placeholder)
        this.warn(`deck URL is still the placeholder ${options.url}: set PUBLIC_URL in deck.config.ts or DECK_URL, so the QR code and link previews point at the real deck.`)
      const pdf = pdfPath()
      if (!existsSync(pdf)) {
        logger?.info(`[deck-share] no ${relative(root, pdf)}: the site is built without a PDF download (run "npm run export:pdf" first to offer one).`)
        return
      }
      const sources = [
        'slides.md',
        'data',
        'components',
        'styles',
        'deck.config.ts',
      ].map(p => join(root, p)).filter(existsSync)
      const newest = Math.max(...sources.flatMap(p => statSync(p).isDirectory()
        ? readdirMtimes(p)
        : [statSync(p).mtimeMs]))
      if (newest > statSync(pdf).mtimeMs)
        this.warn(`${relative(root, pdf)} is older than the slides: the site will offer a stale PDF. Run "npm run export:pdf" again.`)
    },

    resolveId(id) {
      return id === VIRTUAL_ID
        ? RESOLVED_ID
        : null
    },

    load(id) {
      if (id !== RESOLVED_ID)
        return null
      const slash = options.shortUrl.indexOf('/')
      const readUrl = `${options.url}${READING_PATH}`
      const share = {
        url: options.url,
        readUrl,
        shortUrl: options.shortUrl,
        // Host and path apart, so a narrow caption breaks the line before the path, not inside the host.
        shortHost: slash < 0
          ? options.shortUrl
          : options.shortUrl.slice(0, slash),
        shortPath: slash < 0
          ? ''
          : options.shortUrl.slice(slash),
        qrSvg: qrSvg(readUrl, `二维码：阅读版 ${readUrl}`),
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
        const h = head()
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
          logger?.warn('[deck-share] no public/og-image.png: link previews will have no picture (run "npm run og-image").')
        const lang = String(h.lang ?? 'zh-CN')
        return {
          html: cleaned,
          tags: [
            ...meta('name', 'description', text(h.info)),
            ...meta('name', 'author', text(h.author)),
            ...meta('name', 'keywords', text(h.keywords)),
            ...meta('property', 'og:description', text(h.info)),
            ...meta('property', 'og:type', 'website'),
            ...meta('property', 'og:url', options.url),
            ...meta('property', 'og:site_name', text(h.title)),
            ...meta('property', 'og:locale', lang.replace('-', '_')),
            ...(image
              ? [
                  ...meta('property', 'og:image', `${options.url}og-image.png`),
                  ...meta('property', 'og:image:type', 'image/png'),
                  ...meta('property', 'og:image:width', image.width),
                  ...meta('property', 'og:image:height', image.height),
                  ...meta('property', 'og:image:alt', `${text(h.title)}：标题页`),
                  ...meta('name', 'twitter:card', 'summary_large_image'),
                ]
              : []),
            {
              tag: 'link',
              attrs: { rel: 'canonical', href: options.url },
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

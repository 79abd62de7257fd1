/**
 * The exported PDF behind Slidev's download button (build only): when <exportDir>/<name>.pdf
 * exists, it is copied into the site and the button points at it under the base path; without
 * one there is no button, never a broken one. A PDF older than the talk's sources is named, since
 * the site would offer slides that are no longer the talk's.
 */
import type { Logger, Plugin } from 'vite'
import type { ResolvedKit } from '../../config.ts'
import type { Deck } from '../deck.ts'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { CONFIG_FILE } from '../deck.ts'
import { DEFAULT_SOURCES } from '../fonts/characters.ts'
import { scriptFor } from './link-preview.ts'

/** Slidev's virtual module holding the resolved headmatter (what `configs` is on the client). */
const SLIDEV_CONFIGS_ID = '/@slidev/configs'

/** Everything the PDF is drawn from: the talk's Markdown, its options, the code that draws, its styles. */
export function pdfSources(deck: Pick<Deck, 'root' | 'files'>, kit: Pick<ResolvedKit, 'typeface'>): string[] {
  const dirs = (kit.typeface && kit.typeface.sources) || DEFAULT_SOURCES
  return [
    ...deck.files,
    join(deck.root, CONFIG_FILE),
    ...[...dirs, 'styles'].map(d => join(deck.root, d)),
  ].filter(existsSync)
}

function newestChange(paths: readonly string[]): number {
  return Math.max(0, ...paths.flatMap(p => statSync(p).isDirectory()
    ? readdirSync(p, { recursive: true, encoding: 'utf8' }).map(f => statSync(join(p, f)).mtimeMs)
    : [statSync(p).mtimeMs]))
}

export function pdfOffer(options: { deck: () => Deck, kit: ResolvedKit }): Plugin {
  const { kit } = options
  let root = process.cwd()
  let base = '/'
  let isBuild = false
  let sawConfigs = false
  let logger: Logger | undefined

  const pdfName = () => `${options.deck().name}.pdf`
  const pdfPath = () => join(root, kit.exportDir, pdfName())

  return {
    name: 'deck-kit:pdf-offer',
    apply: 'build',

    configResolved(config) {
      root = config.root
      base = config.base
      isBuild = config.command === 'build'
      logger = config.logger
    },

    buildStart() {
      const pdf = pdfPath()
      if (!existsSync(pdf)) {
        logger?.info(`[deck-kit] no ${relative(root, pdf)}: the site is built without a PDF download (run "${scriptFor('export:pdf', root)}" first to offer one).`)
        return
      }
      if (newestChange(pdfSources(options.deck(), kit)) > statSync(pdf).mtimeMs)
        this.warn(`${relative(root, pdf)} is older than the slides: the site will offer a stale PDF. Run "${scriptFor('export:pdf', root)}" again.`)
    },

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
  }
}

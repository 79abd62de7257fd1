/**
 * `virtual:deck-kit`: the kit's resolved options as the browser needs them. The QR code encodes
 * the reading edition's address (what a phone that scans it should open, with no hop through
 * the slides); the short URL people type stays the deck's root.
 *
 * No command draws the placeholder address where people see it: without a real `url` the module
 * carries no address, QR code or short URL (the present server puts its own in while it runs:
 * node/live/), and the build, the export and the dev server say so in one line.
 */
import type { Logger, Plugin } from 'vite'
import type { ResolvedKit } from '../../config.ts'
import { KIT_MODULE_ID } from '../../shared/constants.ts'
import { say } from '../../shared/words.ts'
import { qrSvg } from '../qr.ts'

const RESOLVED_ID = `\0${KIT_MODULE_ID}`

/** What a build, export or dev server without a real address says (tests look for it). */
export const PLACEHOLDER_LINE = 'no real address: the QR codes, the short URL and the link-preview address are left out, url is still the placeholder'

export function kitModule(kit: ResolvedKit): Plugin {
  let logger: Logger | undefined

  return {
    name: 'deck-kit:kit-module',

    configResolved(config) {
      logger = config.logger
    },

    buildStart() {
      if (kit.placeholder)
        logger?.warn(`[deck-kit] ${PLACEHOLDER_LINE} (${kit.url}): set url in deck.config.ts or DECK_URL.`)
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
      const real = !kit.placeholder
      const share = {
        url: real
          ? kit.url
          : '',
        readUrl: real
          ? kit.readUrl
          : '',
        shortUrl: real
          ? kit.shortUrl
          : '',
        // Host and path apart, so a narrow caption breaks the line before the path, not inside the host.
        shortHost: !real
          ? ''
          : slash < 0
            ? kit.shortUrl
            : kit.shortUrl.slice(0, slash),
        shortPath: !real || slash < 0
          ? ''
          : kit.shortUrl.slice(slash),
        qrSvg: real
          ? qrSvg(kit.readUrl, say(kit.words.qrLabel, { url: kit.readUrl }))
          : '',
        credit: kit.credit,
        sections: kit.sections,
        words: kit.words,
        edition: kit.edition.path,
        // The other editions, for the switches (client/editions.ts) and the cover's line.
        editions: kit.editions.filter(e => e !== kit.edition).map(e => ({
          path: e.path,
          label: e.label,
          lang: e.lang,
          shortUrl: real
            ? e.shortUrl
            : '',
          url: real
            ? e.url
            : '',
        })),
      }
      return `export default ${JSON.stringify(share)}`
    },
  }
}

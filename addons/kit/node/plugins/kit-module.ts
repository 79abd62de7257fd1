/**
 * `virtual:deck-kit`: the kit's resolved options as the browser needs them. The QR code encodes
 * the reading edition's address (what a phone that scans it should open, with no hop through
 * the slides); the short URL people type stays the deck's root.
 */
import type { Plugin } from 'vite'
import type { ResolvedKit } from '../../config.ts'
import { KIT_MODULE_ID } from '../../shared/constants.ts'
import { say } from '../../shared/words.ts'
import { qrSvg } from '../qr.ts'

const RESOLVED_ID = `\0${KIT_MODULE_ID}`

export function kitModule(kit: ResolvedKit): Plugin {
  return {
    name: 'deck-kit:kit-module',

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
  }
}

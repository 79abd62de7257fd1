/**
 * What to do with a slide address that names no slide. Slidev routes every single-segment path
 * to the player (`/:no`): left alone, /999 or /abc quietly shows slide 1 while the address bar
 * keeps the wrong address. setup/main.ts asks this module instead, redirects, and shows the
 * notice it returns. Plain functions, no Vue or router: tests/unit/slide-url.test.ts.
 */

import type { KitWords } from '../shared/words.ts'
import { say } from '../shared/words.ts'

type NoticeWords = Pick<KitWords, 'pastTheEnd' | 'noSuchSlide' | 'notASlideNumber' | 'notFound'>

export type SlideAddress
  = | { kind: 'slide', no: number }
    | { kind: 'redirect', no: number, notice?: string }

/** How an address that cannot be shown is written in the notice: decoded when possible, never long. */
export function shownAddress(raw: string): string {
  let text = raw
  try {
    text = decodeURIComponent(raw)
  }
  catch {
    // Malformed percent-encoding (e.g. /%E0%A4%A): show it as typed.
  }
  return text.length > 40
    ? `${text.slice(0, 39)}…`
    : text
}

/**
 * Resolve the `no` segment of /:no or /presenter/:no against a deck of `total` slides.
 * `aliases` maps the slides' `routeAlias` names, which Slidev also accepts there, to slide numbers.
 */
export function resolveSlideAddress(raw: string, total: number, words: NoticeWords, aliases: ReadonlyMap<string, number> = new Map()): SlideAddress {
  if (!(Number.isInteger(total) && total > 0))
    throw new RangeError(`resolveSlideAddress: the deck must have at least one slide, got ${total}`)
  const alias = aliases.get(raw)
  if (alias !== undefined)
    return { kind: 'slide', no: alias }
  // Some hosts and bookmarks add the file name: /index.html is the start of the deck.
  if (raw === 'index.html')
    return { kind: 'redirect', no: 1 }
  if (/^\d+$/.test(raw)) {
    const no = Number(raw)
    if (no >= 1 && no <= total)
      return { kind: 'slide', no }
    if (no > total) {
      return {
        kind: 'redirect',
        no: total,
        notice: say(words.pastTheEnd, { no: raw, total }),
      }
    }
    return {
      kind: 'redirect',
      no: 1,
      notice: say(words.noSuchSlide, { no: raw, total }),
    }
  }
  return {
    kind: 'redirect',
    no: 1,
    notice: say(words.notASlideNumber, {
      address: shownAddress(raw),
      total,
    }),
  }
}

/** For any other path the deck does not know (/x/y): back to the start, saying why. */
export function unknownPathNotice(path: string, total: number, words: NoticeWords): string {
  return say(words.notFound, {
    address: shownAddress(path),
    total,
  })
}

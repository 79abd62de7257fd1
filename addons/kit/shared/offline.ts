/**
 * Names the deck's service worker (client/service-worker.ts), the build that writes it
 * (node/pwa/) and the pages that register it agree on.
 */
import { READING_PATH } from './constants.ts'

/** The worker's file under the base; Slidev's registerSW asks for the same name. */
export const SW_FILE = 'sw.js'

/**
 * The reading edition's registration scope under the base, "read": it covers `<base>read` and
 * `<base>read/`, and nothing of the slides.
 */
export const READ_SCOPE = READING_PATH.replace(/\/$/, '')

/** Runtime caches (the precaches are Workbox's own, one per registration). */
export const FONT_CACHE = 'deck-fonts'
export const PDF_CACHE = 'deck-pdf'

/** Workbox's message asking a worker to fetch and cache URLs through its routes. */
export interface CacheUrlsMessage {
  type: 'CACHE_URLS'
  payload: { urlsToCache: string[] }
}

export function cacheUrlsMessage(urls: string[]): CacheUrlsMessage {
  return {
    type: 'CACHE_URLS',
    payload: { urlsToCache: urls },
  }
}

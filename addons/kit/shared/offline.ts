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

/** When to look again at a registration whose install has not (yet) given an active worker. */
export const INSTALL_RETRY_MS = [2000, 5000, 15000, 30000, 60000]

/**
 * Keeps at installing the deck's service worker until one is active. A worker whose install fails
 * (one of the files it copies did not arrive: a dropped connection on a venue's Wi-Fi) is thrown
 * away by the browser, and nothing tries again until the page is loaded anew: the deck would say
 * "caching" for as long as it stays open and never open offline. This looks after each delay in
 * turn; when there is no active worker and none installing, it registers the worker again (the
 * same script and scope, so the same registration as the page's own). While the browser is
 * offline it waits for the network to come back.
 *
 * Stands alone (no imports, no closures over modules): the static reading page serialises it into
 * its inline script (shared/reading-page.ts).
 */
export function keepInstalling(sw: ServiceWorkerContainer, worker: string, scope: string, delays: number[]): void {
  let tries = 0
  const later = () => {
    if (tries < delays.length)
      setTimeout(check, delays[tries++])
  }
  function check() {
    if (!navigator.onLine) {
      addEventListener('online', check, { once: true })
      return
    }
    sw.getRegistration(new URL(scope, location.href).href)
      .then((registration) => {
        if (registration?.active)
          return
        if (!registration?.installing && !registration?.waiting)
          return sw.register(worker, { scope }).then(later)
        later()
      })
      .catch(later)
  }
  later()
}

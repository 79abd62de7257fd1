/**
 * The deck's service worker, `<base>sw.js` (bundled with Workbox's modules and its file lists by
 * node/plugins/service-worker.ts). One script, two registrations, told apart by the scope each was made for:
 *
 *   `<base>read`  the static reading edition registers it (shared/reading-page.ts): it precaches
 *                 the reading page and what it links (the icon, the manifest), nothing of the
 *                 slides. Fonts are cached as the page draws them; the page names the ones it drew
 *                 before the worker was in charge (a CACHE_URLS message, Workbox's own protocol).
 *   `<base>`      the slides application registers it (Slidev's registerSW): it precaches the
 *                 slides' set, the application and every font of the slides, and answers any
 *                 address of the deck with index.html (the presenter view and the overview
 *                 included). The reading edition comes from the network while there is one and
 *                 from the application's own reading route when there is none.
 *
 * An edition of the talk hosted below this one (`<base>en/`, kit option `editions`) has a worker of
 * its own, scoped to its path: this one answers no address under it (`elsewhere`), and keeps its
 * fonts and PDF in caches named after its own base, so neither worker empties the other's.
 *
 * Both: the PDF download is network-first and kept once fetched (the presenter view asks for it);
 * a new deploy replaces the worker at once (skipWaiting, clientsClaim) and drops what the
 * previous one cached that this build no longer has.
 */
import type { PrecacheEntry } from 'workbox-precaching'
import { clientsClaim } from 'workbox-core'
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { getOrCreateDefaultRouter } from 'workbox-routing/utils/getOrCreateDefaultRouter.js'
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies'
import { FONT_CACHE, PDF_CACHE } from '../shared/offline.ts'

/** What the build puts in (node/pwa/sets.ts), paths relative to the worker's own address. */
export interface DeckWorkerConfig {
  /** Precached by the reading edition's registration. */
  read: PrecacheEntry[]
  /** Precached by the slides' registration. */
  slides: PrecacheEntry[]
  /** The static reading page by its address ("read/"), or null when the build has none. */
  readPage: string | null
  /** The application's page by its address ("./"). */
  index: string
  /** The reading edition's scope, relative ("read"). */
  readScope: string
  /** Every font file of this build: what the font cache may keep. */
  fonts: string[]
  /** The PDF download ("talk.pdf"), or null. */
  pdf: string | null
  /** Other editions' paths below this one ("en/"): their own workers answer there. */
  elsewhere: string[]
}

declare const __DECK_SW__: DeckWorkerConfig

interface WorkerScope {
  location: Location
  registration: { scope: string }
  skipWaiting: () => Promise<void>
  addEventListener: (type: 'activate', listener: (event: { waitUntil: (p: Promise<unknown>) => void }) => void) => void
}

const sw = globalThis as unknown as WorkerScope
const cfg = __DECK_SW__
const at = (path: string) => new URL(path, sw.location.href)
const reading = sw.registration.scope === at(cfg.readScope).href
const readPath = at(cfg.readScope).pathname

sw.skipWaiting()
clientsClaim()

// A page carries a revision, and Workbox fetches it past the HTTP cache (`reload`); `no-cache`
// instead lets the server answer 304 for the page the browser has just loaded.
const pages = new Set([cfg.index, cfg.readPage].filter(p => p !== null).map(p => at(p).href))
addPlugins([
  {
    requestWillFetch: async ({ request }) => pages.has(request.url)
      ? new Request(request, { cache: 'no-cache' })
      : request,
  },
])
precacheAndRoute(reading ? cfg.read : cfg.slides)
cleanupOutdatedCaches()

// Caches are the origin's: each edition's worker keeps its own, named after its base.
const fontCache = `${FONT_CACHE}:${at('./').pathname}`
const pdfCache = `${PDF_CACHE}:${at('./').pathname}`
const elsewhere = cfg.elsewhere.map(p => at(p).pathname)
const ours = (url: URL) => !elsewhere.some(p => url.pathname.startsWith(p))

const fonts = new Set(cfg.fonts.map(f => at(f).href))
registerRoute(({ url, request }) => ours(url) && (request.destination === 'font' || fonts.has(url.href)), new CacheFirst({ cacheName: fontCache }))
if (cfg.pdf) {
  const pdf = at(cfg.pdf).href
  registerRoute(({ url }) => url.href === pdf, new NetworkFirst({ cacheName: pdfCache }))
}

const deny = elsewhere.map(p => new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
const isRead = (url: URL) => url.pathname === readPath || url.pathname.startsWith(`${readPath}/`)
if (reading && cfg.readPage) {
  registerRoute(new NavigationRoute(createHandlerBoundToURL(cfg.readPage), { denylist: deny }))
}
else if (!reading) {
  if (cfg.readPage) {
    // Online, the static page; offline, the application's own /read route.
    registerRoute(({ url, request }) => request.mode === 'navigate' && isRead(url) && ours(url), new NetworkOnly({
      plugins: [
        {
          handlerDidError: async () => await matchPrecache(cfg.index),
        },
      ],
    }))
  }
  registerRoute(new NavigationRoute(createHandlerBoundToURL(cfg.index), { denylist: deny }))
}

// CACHE_URLS from a page: each URL through the route above that matches it.
getOrCreateDefaultRouter().addCacheListener()

// Fonts of an earlier build, which no page of this one asks for, leave the cache.
sw.addEventListener('activate', (event) => {
  event.waitUntil(caches.open(fontCache).then(async (cache) => {
    for (const request of await cache.keys()) {
      if (!fonts.has(request.url))
        await cache.delete(request)
    }
  }))
})

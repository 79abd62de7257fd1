/**
 * The one script of the prerendered reading edition (read/index.html, written by
 * node/plugins/prerender.ts): the page is static HTML with its CSS inline and none of the deck's
 * JavaScript, so this small inline script in its head does the little that needs a script:
 *
 *   - the colour scheme before the first paint, decided as Slidev decides it (its stored choice
 *     under the same key, else the system's), so the slides and this page agree;
 *   - the "深色" button (invisible in the HTML, shown here): switches the scheme and remembers it the
 *     way Slidev does ("auto" when the choice equals the system's);
 *   - once the page has loaded, the deck's service worker for the reading edition's own scope
 *     (`<base>read`, client/service-worker.ts), so the page opens offline after one visit: it
 *     precaches this page, not the slides; the fonts the page drew before the worker was in
 *     charge are handed to it (Workbox's CACHE_URLS message), the rest it keeps as they are drawn;
 *     an install that fails is tried again (shared/offline.ts, keepInstalling);
 *   - a link to another edition of the talk (`data-deck-edition-switch`) takes the slide being
 *     read along (keepSlideOnSwitch).
 *
 * With JavaScript off the page reads the same, in the light scheme, without the button.
 * Serialised with Function#toString: it must stand alone (no imports, no closures over modules).
 */

import { keepInstalling } from './offline.ts'

export interface ReadingPageConfig {
  /** The deck's base path, "/" or "/sub/". */
  base: string
  /** The worker, `<base>sw.js`, and the reading edition's scope, `<base>read` (shared/offline.ts). */
  worker: string
  scope: string
  /** Slidev's colorSchema headmatter: auto, light or dark. */
  colorSchema: string
  /** Register the service worker (false when the build has none). */
  serviceWorker: boolean
  /** When to try again if its install fails (shared/offline.ts, INSTALL_RETRY_MS). */
  retryMs: number[]
}

/**
 * On a click on a link to another edition (`a[data-deck-edition-switch]`): the slide being read
 * goes along as the anchor (`#7`), the one in the address, else the first slide on screen once the
 * reader has scrolled. Stands alone (serialised into the static page's script).
 */
export function keepSlideOnSwitch(event: Event): void {
  const link = (event.target as Element | null)?.closest?.('a[data-deck-edition-switch]') as HTMLAnchorElement | null
  if (!link)
    return
  let anchor = location.hash
  if (!anchor && scrollY > 0) {
    for (const slide of document.querySelectorAll<HTMLElement>('.read-slide[id]')) {
      if (slide.getBoundingClientRect().bottom > 64) {
        anchor = `#${slide.id}`
        break
      }
    }
  }
  link.href = link.href.split('#')[0] + anchor
}

/** `keep` is shared/offline.ts's keepInstalling and `follow` keepSlideOnSwitch, handed in so that this function stays serialisable. */
export function readingPage(cfg: ReadingPageConfig, keep: typeof keepInstalling, follow: typeof keepSlideOnSwitch): void {
  const html = document.documentElement
  document.addEventListener('click', follow, true)
  const KEY = 'slidev-color-schema'
  let stored: string | null = null
  try {
    stored = localStorage.getItem(KEY)
  }
  catch {}
  const system = matchMedia('(prefers-color-scheme: dark)')
  const isDark = () => cfg.colorSchema === 'dark'
    || (cfg.colorSchema !== 'light' && (stored === 'dark' || (stored !== 'light' && system.matches)))
  const apply = () => {
    const dark = isDark()
    html.classList.toggle('dark', dark)
    html.classList.toggle('light', !dark)
    for (const b of document.querySelectorAll('[data-scheme-toggle]'))
      b.setAttribute('aria-pressed', String(dark))
  }
  apply()
  system.addEventListener('change', apply)

  document.addEventListener('DOMContentLoaded', () => {
    apply()
    if (cfg.colorSchema !== 'auto')
      return
    for (const b of document.querySelectorAll<HTMLElement>('[data-scheme-toggle]')) {
      b.removeAttribute('data-pending')
      b.addEventListener('click', () => {
        const dark = !isDark()
        stored = dark === system.matches
          ? 'auto'
          : dark
            ? 'dark'
            : 'light'
        try {
          localStorage.setItem(KEY, stored)
        }
        catch {}
        apply()
      })
    }
  })

  if (cfg.serviceWorker && 'serviceWorker' in navigator) {
    addEventListener('load', () => {
      const sw = navigator.serviceWorker
      sw.register(cfg.worker, { scope: cfg.scope })
        .finally(() => keep(sw, cfg.worker, cfg.scope, cfg.retryMs))
        .then(() => sw.ready)
        .then((registration) => {
          const fonts = performance.getEntriesByType('resource')
            .map(e => e.name)
            .filter(url => /\.woff2?(?:$|\?)/.test(url))
          if (fonts.length) {
            registration.active?.postMessage({
              type: 'CACHE_URLS',
              payload: { urlsToCache: fonts },
            })
          }
        })
        .catch(() => {})
    })
  }
}

export function readingPageScript(cfg: ReadingPageConfig): string {
  return `(${readingPage.toString()})(${JSON.stringify(cfg)},${keepInstalling.toString()},${keepSlideOnSwitch.toString()})`
}

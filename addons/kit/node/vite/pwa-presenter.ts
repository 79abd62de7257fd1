/**
 * The presenter view offline. Slidev's service worker (vite-plugin-pwa's generateSW, configured in
 * @slidev/cli's node/vite/pwa.ts) answers every page address with the cached index.html except
 * those under /presenter, /notes, /overview, /print and /export (`navigateFallbackDenylist`). So
 * with no network, /presenter/7 opened or reloaded gets the browser's offline page, while the
 * same view reached from a slide (a client-side route) works: a presenter whose laptop reloads
 * the presenter tab at a venue without a network would lose it. (Slidev's pattern is anchored at
 * `/`, so under a base path such as /talk/ the presenter view already works offline.)
 *
 * This plugin drops `presenter` from that list in the service worker the build writes, after
 * vite-plugin-pwa has written it (closeBundle, sequential, last), and says so if Slidev's list is
 * not found as expected. The presenter view is the same index.html the slides are; nothing else
 * changes. Without `pwa` in the headmatter there is no service worker and nothing to do.
 */
import type { Plugin, ResolvedConfig } from 'vite'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const SW_FILE = 'sw.js'

/** Slidev 53's list, as workbox writes it into sw.js. */
const SLIDEV_DENYLIST = 'denylist:[/^\\/(presenter|notes|overview|print|export)/]'
const KIT_DENYLIST = 'denylist:[/^\\/(notes|overview|print|export)/]'

/** The service worker's source with the presenter view let through; undefined if Slidev's list is not in it. */
export function letPresenterThrough(source: string): string | undefined {
  return source.includes(SLIDEV_DENYLIST)
    ? source.replace(SLIDEV_DENYLIST, KIT_DENYLIST)
    : undefined
}

export function pwaPresenter(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'deck-kit:pwa-presenter',
    apply: 'build',
    configResolved(c) {
      config = c
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      handler() {
        const file = join(resolve(config.root, config.build.outDir), SW_FILE)
        if (!existsSync(file))
          return
        const source = readFileSync(file, 'utf8')
        if (source.includes(KIT_DENYLIST))
          return
        const next = letPresenterThrough(source)
        if (next === undefined) {
          config.logger.warn(`[deck-kit] ${SW_FILE}: Slidev's navigateFallbackDenylist is not where the kit expects it; the presenter view may not open offline (node/vite/pwa-presenter.ts).`)
          return
        }
        writeFileSync(file, next)
      },
    },
  }
}

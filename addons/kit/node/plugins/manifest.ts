/**
 * Completes the web app manifest Slidev writes when the headmatter says `pwa` (Slidev calls
 * vite-plugin-pwa itself, with a fixed manifest that has no icons, so Chromium will not offer
 * to install the deck). This Vite plugin runs after vite-plugin-pwa has put
 * manifest.webmanifest into the bundle and adds what installing needs, from the kit option
 * `manifest`: icons, a short name, the language, and colours that match the deck. Paths are relative to the manifest, so a sub-path build (--base /path/) works as is.
 *
 * Without `pwa` in the headmatter there is no manifest and the plugin does nothing.
 * Checked by tests/e2e/offline.spec.ts (installability, precache, offline reload).
 */
import type { Plugin } from 'vite'
import type { ManifestAdditions } from '../../config.ts'
import type { Deck } from '../deck.ts'
import { oneLine } from '../deck.ts'

export const MANIFEST_FILE = 'manifest.webmanifest'

/**
 * Merge `additions` into the manifest JSON text; returns the new text. The talk's own summary and
 * language come before Slidev's, which takes the description from the package.json of the
 * repository the talk sits in, whichever talk that is.
 */
export function completeManifest(source: string, additions: ManifestAdditions, talk: Pick<Deck, 'meta'>): string {
  const manifest = JSON.parse(source) as Record<string, unknown>
  return `${JSON.stringify({
    ...manifest,
    ...(talk.meta.subject
      ? {
          description: oneLine(talk.meta.subject),
        }
      : {}),
    lang: talk.meta.lang,
    ...additions,
  }, null, 2)}\n`
}

export function pwaManifest({ deck, additions }: { deck: () => Deck, additions: ManifestAdditions }): Plugin {
  return {
    name: 'deck-kit:pwa-manifest',
    apply: 'build',
    generateBundle: {
      // After vite-plugin-pwa's own generateBundle, which emits the manifest.
      order: 'post',
      handler(_options, bundle) {
        const asset = bundle[MANIFEST_FILE]
        if (!asset || asset.type !== 'asset')
          return
        asset.source = completeManifest(String(asset.source), additions, deck())
      },
    },
  }
}

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

export const MANIFEST_FILE = 'manifest.webmanifest'

/** Merge `additions` into the manifest JSON text; returns the new text. */
export function completeManifest(source: string, additions: ManifestAdditions): string {
  const manifest = JSON.parse(source) as Record<string, unknown>
  return `${JSON.stringify({
    ...manifest,
    ...additions,
  }, null, 2)}\n`
}

export function pwaManifest(additions: ManifestAdditions): Plugin {
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
        asset.source = completeManifest(String(asset.source), additions)
      },
    },
  }
}

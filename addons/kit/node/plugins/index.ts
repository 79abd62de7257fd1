/**
 * Every Vite plugin of the kit, in the order they run, each given the talk Slidev has loaded
 * (`deck()`, current after every edit) and the kit's options.
 */
import type { Plugin } from 'vite'
import type { ResolvedKit } from '../../config.ts'
import type { Deck } from '../deck.ts'
import { PHONE_PORTRAIT } from '../../shared/constants.ts'
import { deckFonts } from './fonts.ts'
import { kitModule } from './kit-module.ts'
import { leanClient } from './lean-client.ts'
import { linkPreview } from './link-preview.ts'
import { pwaManifest } from './manifest.ts'
import { pdfOffer } from './pdf-offer.ts'
import { deckPlanModule } from './plan-module.ts'
import { deckPrerender } from './prerender.ts'
import { deckServiceWorker } from './service-worker.ts'
import { slidevInternals } from './slidev-internals.ts'
import { deckView } from './view.ts'

export interface KitPluginsOptions {
  deck: () => Deck
  kit: ResolvedKit
  /** The talk's folder (to find the Vue it installs). */
  root: string
}

export function kitPlugins({ deck, kit, root }: KitPluginsOptions): Plugin[] {
  // Editions hosted below this one ("en/" below the main edition) answer for themselves.
  const below = kit.editions
    .filter(e => e !== kit.edition && e.path.startsWith(kit.edition.path))
    .map(e => e.path.slice(kit.edition.path.length))
  return [
    // Preloaded with the first slide, except on a phone held upright, which the deck sends on to
    // the reading edition before the preloads could finish.
    ...(kit.typeface
      ? [
          deckFonts({
            deck,
            typeface: kit.typeface,
            kit,
            preload: { media: `not all and ${PHONE_PORTRAIT}` },
          }),
        ]
      : []),
    deckView(deck, below),
    // Before the service worker's plugin, which lists the prerendered pages it writes.
    deckPrerender({ deck, typeface: kit.typeface }),
    leanClient({
      root,
      slides: deck().slides.map(s => s.content),
    }),
    slidevInternals(),
    kitModule(kit),
    linkPreview({ deck, kit }),
    pdfOffer({ deck, kit }),
    deckPlanModule({ deck, kit }),
    pwaManifest({ deck, additions: kit.manifest }),
    deckServiceWorker({
      deck,
      // The manifest's icons are files no page draws, which the worker must still cache; the
      // editions' link-preview pictures are for chat apps, not for the deck.
      undrawn: [
        ...(kit.manifest.icons ?? []).map(i => i.src),
        ...kit.editions.map(e => e.ogImage),
      ],
      // Editions hosted below this one have workers of their own.
      elsewhere: below,
    }),
  ]
}

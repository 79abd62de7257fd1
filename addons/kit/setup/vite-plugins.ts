/**
 * The kit's build-time machinery, given to Slidev as Vite plugins. Slidev calls this with the
 * talk it has loaded (`options.data`, which it keeps current as the files change): the plugins
 * read the talk from there, never from disk, so they see what the slides show, `src:` imports
 * included. The kit's options come from the talk's deck.config.ts, in the talk's language.
 */
import { defineVitePluginsSetup } from '@slidev/types'
import { deckOf, langOf, loadKit } from '../node/deck.ts'
import { deckFonts } from '../node/fonts/plugin.ts'
import { deckPrerender } from '../node/prerender/plugin.ts'
import { deckServiceWorker } from '../node/pwa/plugin.ts'
import { leanClient } from '../node/vite/lean-client.ts'
import { deckPlanModule } from '../node/vite/plan.ts'
import { pwaManifest } from '../node/vite/pwa-manifest.ts'
import { deckShare } from '../node/vite/share.ts'
import { slidevInternals } from '../node/vite/slidev-internals.ts'
import { deckView } from '../node/vite/view.ts'
import { PHONE_PORTRAIT } from '../shared/constants.ts'

export default defineVitePluginsSetup(async (options) => {
  const kit = await loadKit(options.userRoot, process.env, langOf(options.data))
  const deck = () => deckOf(options.data, options.entry, kit.words.slideNo)
  return [
    // The talk's typeface, subset to the characters it draws and served from its own origin.
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
    // A phone held upright gets the reading edition (/read) unless the reader chose the slides;
    // at build time, with Chromium, the reading edition and slide 1 are prerendered into static
    // HTML (read/index.html, index.html) before the service worker lists the files to cache.
    deckView(deck),
    deckPrerender({ deck, typeface: kit.typeface }),
    // The built client without what no slide of the talk needs (Vue's template compiler, and
    // twoslash's pop-ups when no code block asks for them).
    leanClient({
      root: options.userRoot,
      slides: options.data.slides.map(s => s.content),
    }),
    // Slidev's own slide-drawing pieces for the reading edition, behind one typed module.
    slidevInternals(),
    // The kit's options for the browser, the QR code, link-preview tags, the PDF download.
    deckShare({ deck, kit }),
    // The time plan for the presenter view (a bad `plan:` in a slide's frontmatter stops here).
    deckPlanModule({ deck, kit }),
    // `pwa: build` in the headmatter makes the built deck work offline after one visit; this adds
    // the icons and names Slidev's manifest lacks, so the deck can be installed.
    pwaManifest(kit.manifest),
    // …and replaces Slidev's service worker with the kit's: a phone that opens the reading edition
    // caches the reading edition; the slides' application and every font are cached by the slides.
    deckServiceWorker({
      deck,
      undrawn: (kit.manifest.icons ?? []).map(i => i.src),
    }),
  ]
})

/**
 * `virtual:deck-slidev-internals`: the few pieces of Slidev's client the reading edition draws
 * slides with (the same ones Slidev's print page uses: internals/PrintSlide.vue,
 * PrintSlideClick.vue), the navigation and the timer's shared state the presenter's time plan
 * reads, re-exported from one place.
 *
 * Why a virtual module and not direct imports: Slidev ships its client as TypeScript and Vue
 * sources, not declarations. Imported directly, the project's type check (vue-tsc, with this
 * project's stricter options and without Slidev's build-time globals) would check Slidev's own
 * sources and fail on them. The reading edition imports this module instead, typed by the
 * declaration in client/virtual-modules.d.ts, which names exactly what the deck relies on.
 * If Slidev renames any of these, the build fails here, by name.
 */
import type { Plugin } from 'vite'

export const SLIDEV_INTERNALS_ID = 'virtual:deck-slidev-internals'
const RESOLVED = `\0${SLIDEV_INTERNALS_ID}`

const SOURCE = [
  `export { createFixedClicks } from '@slidev/client/composables/useClicks.ts'`,
  `export { useFixedNav, useNav } from '@slidev/client/composables/useNav.ts'`,
  `export { CLICKS_MAX, injectionSlideScale, injectionSlidevContext } from '@slidev/client/constants.ts'`,
  `export { configs, slideHeight, slideWidth } from '@slidev/client/env.ts'`,
  `export { isDark, toggleDark } from '@slidev/client/logic/dark.ts'`,
  `export { default as SlideWrapper } from '@slidev/client/internals/SlideWrapper.vue'`,
  `export { pwaCaching, pwaReady } from '@slidev/client/setup/pwa.ts'`,
  `export { sharedState } from '@slidev/client/state/shared.ts'`,
  `export { addSyncMethod } from '@slidev/client/state/syncState.ts'`,
].join('\n')

export function slidevInternals(): Plugin {
  return {
    name: 'deck-kit:slidev-internals',
    resolveId(id) {
      return id === SLIDEV_INTERNALS_ID
        ? RESOLVED
        : null
    },
    load(id) {
      return id === RESOLVED
        ? SOURCE
        : null
    },
  }
}

/**
 * Whether the deck can be shown without a network, for the presenter (the navigation bar and the
 * presenter view), never on the projected slide. Slidev's own badge ("Caching for offline…",
 * "Ready offline", App.vue's PwaIndicator) is drawn in English over the slide's bottom right for as
 * long as caching runs; the deck hides it (styles) and shows this state instead.
 *
 *   caching   the service worker is installing and copying the deck
 *   ready     this page is served by the service worker, or it has just finished copying
 *   none      no service worker (dev server, a browser without one)
 *
 * Slidev's flags (setup/pwa.ts) are read as they are; a page already controlled by the service
 * worker counts as ready even though Slidev's "caching" flag stays up on such a revisit.
 */
import type { Ref } from 'vue'
import { computed, ref } from 'vue'

export type OfflineState = 'none' | 'caching' | 'ready'

export function offlineState(caching: boolean, justReady: boolean, controlled: boolean, wasReady: boolean): OfflineState {
  if (controlled || justReady || wasReady)
    return 'ready'
  return caching
    ? 'caching'
    : 'none'
}

export function useOfflineState(caching: Ref<boolean>, justReady: Ref<boolean>) {
  const controlled = ref(typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller)
  const wasReady = ref(false)
  if (typeof navigator !== 'undefined' && navigator.serviceWorker) {
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      controlled.value = !!navigator.serviceWorker.controller
    })
  }
  return computed(() => {
    const state = offlineState(caching.value, justReady.value, controlled.value, wasReady.value)
    if (state === 'ready')
      wasReady.value = true
    return state
  })
}

/** Build-time modules of the kit's Vite plugins (node/plugins/), as browser code sees them. */

declare module 'virtual:deck-kit' {
  type KitWords = import('../shared/words.ts').KitWords

  /** The kit's resolved options, as the browser needs them (node/plugins/kit-module.ts builds the module). */
  const kit: {
    /** The hosted deck's address (deck.config.ts `url`, or DECK_URL). */
    url: string
    /** The reading edition, `<url>read/`: what the QR code encodes. */
    readUrl: string
    shortUrl: string
    shortHost: string
    shortPath: string
    /** An `<svg role="img" aria-label="二维码：…">` string of `readUrl`. */
    qrSvg: string
    credit: { short: string, full: string }
    sections: Record<string, string>
    words: KitWords
    /** This edition's path under the main edition's base: "" for the main edition, "en/". */
    edition: string
    /** The talk's other editions (none for a talk of one edition); shortUrl and url are "" for a placeholder address. */
    editions: { path: string, label: string, lang: string, shortUrl: string, url: string }[]
  }
  export default kit
}

declare module 'virtual:deck-plan' {
  /** The talk's time plan (node/plugins/plan-module.ts builds the module): times in seconds. */
  const plan: import('../shared/plan.ts').DeckPlan
  export default plan
}

declare module 'virtual:deck-slidev-internals' {
  /** Slidev's client pieces the reading edition draws slides with (node/plugins/slidev-internals.ts). */
  import type { ClicksContext, RenderContext, SlideRoute, SlidevConfig } from '@slidev/types'
  import type { ComputedRef, DefineComponent, InjectionKey, Ref, WritableComputedRef } from 'vue'

  /** A clicks context fixed at `current` (CLICKS_MAX shows every reveal). */
  export function createFixedClicks(route?: SlideRoute, currentInit?: number | (() => number)): ClicksContext
  /** Navigation state for one slide drawn outside the player (its `$nav`); every move is a no-op. */
  export function useFixedNav(route: SlideRoute, clicks: ClicksContext): {
    clicksContext: ComputedRef<ClicksContext>
    currentSlideNo: ComputedRef<number>
  } & Record<string, unknown>
  /** The player's navigation (what `$nav` is on a slide): the slide on screen, and which view this is. */
  export function useNav(): {
    currentSlideNo: ComputedRef<number>
    /** The presenter view (route `presenter`). */
    isPresenter: ComputedRef<boolean>
    /** Slidev's print and export views. */
    isPrintMode: ComputedRef<boolean>
    next: () => Promise<unknown>
    prev: () => Promise<unknown>
    nextSlide: () => Promise<unknown>
    prevSlide: () => Promise<unknown>
  } & Record<string, unknown>
  export const CLICKS_MAX: number
  export const injectionSlidevContext: InjectionKey<unknown>
  export const injectionSlideScale: InjectionKey<ComputedRef<number>>
  export const configs: SlidevConfig & { slidesTitle?: string }
  export const slideWidth: ComputedRef<number>
  export const slideHeight: ComputedRef<number>
  export const isDark: WritableComputedRef<boolean>
  export function toggleDark(value?: boolean): boolean
  /** Slidev's service-worker state (setup/pwa.ts): caching, and "just became ready" for 4 s. */
  export const pwaCaching: Ref<boolean>
  export const pwaReady: Ref<boolean>
  /** The state Slidev shares between its views (state/shared.ts): here, its timer's. */
  export const sharedState: {
    timer: {
      status: 'stopped' | 'running' | 'paused'
      startedAt: number
      pausedAt: number
    }
  }
  /** Where Slidev's shared state can travel besides its own channel (state/syncState.ts): the live channel plugs in here. */
  export interface SharedSnapshot {
    page: number
    clicks: number
    clicksTotal: number
    timer: { status: 'stopped' | 'running' | 'paused', startedAt: number, pausedAt: number }
    lastUpdate?: { id: string, type: 'presenter' | 'viewer', time: number }
  }
  export interface SyncMethod {
    enabled?: boolean
    init: (channelKey: string, onUpdate: (data: Partial<SharedSnapshot>) => void, state: SharedSnapshot, persist?: boolean) => ((state: SharedSnapshot, updating?: boolean) => void) | undefined
  }
  export function addSyncMethod(sync: SyncMethod): void
  /** Draws one slide (its layout, Markdown and components) with the given clicks context. */
  export const SlideWrapper: DefineComponent<{
    clicksContext: ClicksContext
    route: SlideRoute
    renderContext?: RenderContext
  }>
}

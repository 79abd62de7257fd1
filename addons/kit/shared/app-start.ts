/**
 * When Slidev's application starts, decided by an inline script at the end of the built
 * index.html's head (node/prerender/deferred-start.ts puts it there and takes the build's module
 * script out, only when slide 1 is prerendered into the page):
 *
 *   - any address but bare slide 1 (another slide, the presenter view, the overview, a query or a
 *     hash: `deck-fp-off` from shared/view.ts, or `location.search`/`hash`): at once;
 *   - bare slide 1, which the prerendered layer already shows: at the first sign of a person (a
 *     key, a press, a touch, the mouse moving, the wheel), or `afterLoadMs` after the load event,
 *     whichever comes first. Until then the page runs none of the deck's JavaScript and loads none
 *     of its stylesheets (slide 1's rules are inline): the first screen paints from the HTML and
 *     nothing blocks the main thread while it loads.
 *
 * A key, click or swipe that would move the deck (as Slidev's shortcuts, its play page's click
 * and its swipe controls would) is queued; the application takes the queue once its router has
 * settled and replays it on slide 1 (client/input-queue.ts), so the deck moves once it is ready.
 *
 * Serialised with Function#toString: it must stand alone (no imports, no closures over modules).
 */

/** What a queued input asks of Slidev's navigation (its useNav()). */
export type QueuedMove = 'next' | 'prev' | 'nextSlide' | 'prevSlide'

/** On `window`, for the application (client/input-queue.ts). */
export interface InputQueue {
  /**
   * Stop queuing; the moves queued so far, in order. A swipe already under way when the
   * application takes over (its own swipe controls missed the touch's start) still ends here,
   * and its move goes to `late`.
   */
  take: (late: (move: QueuedMove) => void) => QueuedMove[]
}

export const INPUT_QUEUE_KEY = '__deckInput'

export interface AppStartConfig {
  /**
   * The application's module script (the build's entry) and the modules it preloads; its
   * stylesheets are `<link rel="stylesheet" data-deck-href>` in the head, given their address.
   */
  entry: string
  preloads: string[]
  /** Start this long after the load event if nobody has done anything. */
  afterLoadMs: number
  /** The prerendered first slide's layer (FIRST_PAINT_ID). */
  layerId: string
  /** INPUT_QUEUE_KEY. */
  queueKey: string
}

/** Slidev's default navigation keys (its setup/shortcuts.ts), as moves. */
export function keyMove(key: string, shift: boolean): QueuedMove | undefined {
  switch (key) {
    case ' ':
    case 'Spacebar':
      return shift ? 'prev' : 'next'
    case 'ArrowRight':
      return shift ? 'nextSlide' : 'next'
    case 'ArrowLeft':
      return shift ? 'prevSlide' : 'prev'
    case 'PageDown':
      return 'next'
    case 'PageUp':
      return 'prev'
    case 'ArrowDown':
      return 'nextSlide'
    case 'ArrowUp':
      return 'prevSlide'
    default:
      return undefined
  }
}

/**
 * Slidev's swipe controls (composables/useSwipeControls.ts): sideways past 30 % of the width or
 * 75 px moves a click; up or down past 40 % of the height or 200 px moves a slide.
 */
export function swipeMove(dx: number, dy: number, width: number, height: number): QueuedMove | undefined {
  const x = Math.abs(dx)
  const y = Math.abs(dy)
  if (x / width > 0.3 || x > 75) {
    return dx < 0
      ? 'next'
      : 'prev'
  }
  if (y / height > 0.4 || y > 200) {
    return dy > 0
      ? 'prevSlide'
      : 'nextSlide'
  }
  return undefined
}

export function appStart(cfg: AppStartConfig, keyMoveOf: typeof keyMove, swipeMoveOf: typeof swipeMove): void {
  const html = document.documentElement
  // The page is leaving for the reading edition: nothing to start.
  if (html.classList.contains('deck-leaving'))
    return
  let started = false
  const start = () => {
    if (started)
      return
    started = true
    for (const link of document.querySelectorAll<HTMLLinkElement>('link[data-deck-href]')) {
      link.href = link.dataset.deckHref!
      link.removeAttribute('data-deck-href')
    }
    for (const href of cfg.preloads) {
      const link = document.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.href = href
      document.head.append(link)
    }
    const script = document.createElement('script')
    script.type = 'module'
    script.crossOrigin = ''
    script.src = cfg.entry
    document.head.append(script)
  }
  if (html.classList.contains('deck-fp-off') || location.search || location.hash) {
    start()
    return
  }

  const queue: QueuedMove[] = []
  let late: ((move: QueuedMove) => void) | undefined
  const queued = (move: QueuedMove | undefined) => {
    if (move && late)
      late(move)
    else if (move)
      queue.push(move)
    start()
  }
  /** Slidev's play page moves on a press beside the slide (its container), not on the slide. */
  const pressMove = (x: number, y: number): QueuedMove | undefined => {
    const canvas = document.getElementById(cfg.layerId)?.firstElementChild?.firstElementChild
    const r = canvas?.getBoundingClientRect()
    if (r && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)
      return undefined
    return x / innerWidth > 0.5
      ? 'next'
      : 'prev'
  }
  let touch: { x: number, y: number } | undefined
  const onKey = (e: KeyboardEvent) => {
    const move = e.altKey || e.ctrlKey || e.metaKey
      ? undefined
      : keyMoveOf(e.key, e.shiftKey)
    if (move)
      e.preventDefault()
    queued(move)
  }
  const onDown = (e: PointerEvent) => {
    if (e.pointerType !== 'touch') {
      queued(e.button === 0
        ? pressMove(e.clientX, e.clientY)
        : undefined)
    }
  }
  // Touch events, not pointer events: a swipe turns into a pan, which cancels the pointer.
  const onTouchStart = (e: TouchEvent) => {
    const t = e.touches[0]
    touch = t && e.touches.length === 1
      ? { x: t.clientX, y: t.clientY }
      : undefined
    start()
  }
  const onTouchEnd = (e: TouchEvent) => {
    const t = e.changedTouches[0]
    if (!touch || !t)
      return
    const swipe = swipeMoveOf(t.clientX - touch.x, t.clientY - touch.y, innerWidth, innerHeight)
    queued(swipe ?? pressMove(touch.x, touch.y))
    touch = undefined
  }
  const listeners: [string, (e: never) => void][] = [
    ['keydown', onKey],
    ['pointerdown', onDown],
    ['touchstart', onTouchStart],
    ['touchend', onTouchEnd],
    ['pointermove', start],
    ['wheel', start],
  ]
  for (const [type, fn] of listeners)
    addEventListener(type, fn as EventListener, { capture: true, passive: type !== 'keydown' })
  addEventListener('load', () => setTimeout(start, cfg.afterLoadMs), { once: true })
  ;(window as unknown as Record<string, InputQueue>)[cfg.queueKey] = {
    take: (lateMove) => {
      late = lateMove
      for (const [type, fn] of listeners) {
        if (type !== 'touchend' || !touch)
          removeEventListener(type, fn as EventListener, { capture: true })
      }
      if (touch) {
        // The swipe under way ends here; later ones are the application's own.
        addEventListener('touchend', () => removeEventListener('touchend', onTouchEnd as EventListener, { capture: true }), { once: true })
      }
      return queue.splice(0)
    },
  }
}

/** The script's source, for an inline `<script>` where the build's module script was. */
export function appStartScript(cfg: AppStartConfig): string {
  return `(${appStart.toString()})(${JSON.stringify(cfg)},${keyMove.toString()},${swipeMove.toString()})`
}

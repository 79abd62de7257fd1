/**
 * Following the talk from a phone, with no framework: the connection (used by the application,
 * client/live/, and by the static reading page) and the reading page's follower (the present
 * server writes it inline into read/index.html; the application's own reading route runs it too).
 *
 * Both are serialised with Function#toString for the static page: each must stand alone (no
 * imports, no closures over modules); what they need is handed in.
 */
import type { backoffMs, LiveState, readState } from './live.ts'

export interface LiveConnection {
  close: () => void
}

/**
 * An EventSource on `url` that comes back by itself: after any error it is closed and opened
 * again after a growing, jittered pause (a refused or dropped stream, a restarted server). Each
 * new stream starts with the position now, so `onState` gets it and the client catches up.
 */
export function connectLive(url: string, onState: (s: LiveState) => void, backoff: typeof backoffMs, read: typeof readState, onOpen?: () => void): LiveConnection {
  let tries = 0
  let source: EventSource | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let closed = false
  let last = -1
  const open = () => {
    if (closed)
      return
    source = new EventSource(url)
    source.onopen = () => {
      tries = 0
      // A restarted server counts from its own start: take whatever a new stream says first.
      last = -1
      onOpen?.()
    }
    source.onmessage = (e: MessageEvent<string>) => {
      const s = read(e.data)
      if (!s || s.seq < last)
        return
      last = s.seq
      onState(s)
    }
    source.onerror = () => {
      source?.close()
      clearTimeout(timer)
      timer = setTimeout(open, backoff(tries++, Math.random()))
    }
  }
  open()
  return {
    close: () => {
      closed = true
      clearTimeout(timer)
      source?.close()
    },
  }
}

export interface FollowConfig {
  events: string
  /** The mark on the slide being presented (the kit's word liveNow). */
  now: string
  /** The button that brings a reader back, with {no} (liveFollow). */
  follow: string
}

/**
 * The reading page follows the talk: the slide being presented gets `aria-current="step"` and a
 * visible mark, and is kept in view until the reader scrolls, pages or jumps away on their own;
 * then a button at the bottom brings them back. Scrolling the page by script is not the reader.
 * The mark takes no room of its own (the pill's padding is given back in negative margins), so
 * moving it never shifts what a reader who scrolled away is reading.
 */
export function followReading(cfg: FollowConfig, connect: typeof connectLive, backoff: typeof backoffMs, read: typeof readState): LiveConnection {
  let following = true
  let current = 0
  const style = document.createElement('style')
  style.textContent = 'section[data-slide]{scroll-margin-top:12px}'
    + 'section[data-slide][aria-current="step"]{box-shadow:-6px 0 0 var(--kit-accent,#1a7f37);border-radius:2px}'
    + `section[data-slide][aria-current="step"] .read-slide-meta::before{content:${JSON.stringify(cfg.now)};display:inline-block;margin:-2px 8px -2px 0;padding:2px 8px;border-radius:999px;background:var(--kit-accent,#1a7f37);color:var(--kit-bg,#fff);font-weight:700}`
    + '.live-follow{position:fixed;left:50%;bottom:max(16px,env(safe-area-inset-bottom));transform:translateX(-50%);z-index:50;min-height:48px;padding:12px 20px;border:0;border-radius:999px;background:var(--kit-accent,#1a7f37);color:var(--kit-bg,#fff);font:inherit;font-weight:700;box-shadow:0 2px 10px rgb(0 0 0/.3)}'
    + '.live-follow[hidden]{display:none}'
  document.head.append(style)
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'live-follow'
  button.hidden = true
  const target = () => document.querySelector<HTMLElement>(`section[data-slide="${current}"]`)
  const bring = () => {
    const t = target()
    if (!t || !following)
      return
    t.scrollIntoView({ block: 'start' })
    // Sections off screen are laid out late (content-visibility): look again once they are.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      if (following)
        target()?.scrollIntoView({ block: 'start' })
    }))
  }
  button.addEventListener('click', () => {
    following = true
    button.hidden = true
    bring()
  })
  const mount = () => document.body.append(button)
  if (document.body)
    mount()
  else
    document.addEventListener('DOMContentLoaded', mount)

  const leave = () => {
    if (!following || !current)
      return
    following = false
    button.textContent = cfg.follow.replace('{no}', String(current))
    button.hidden = false
  }
  addEventListener('wheel', leave, { passive: true })
  addEventListener('touchmove', leave, { passive: true })
  addEventListener('keydown', (e) => {
    if ([
      'ArrowDown',
      'ArrowUp',
      'PageDown',
      'PageUp',
      'Home',
      'End',
      ' ',
    ].includes(e.key)) {
      leave()
    }
  })
  document.addEventListener('click', (e) => {
    const a = (e.target as Element | null)?.closest?.('a[href^="#"]')
    if (a)
      leave()
  })

  return connect(cfg.events, (s) => {
    if (s.page === current)
      return
    current = s.page
    for (const el of document.querySelectorAll('section[data-slide][aria-current]'))
      el.removeAttribute('aria-current')
    target()?.setAttribute('aria-current', 'step')
    if (following)
      bring()
    else
      button.textContent = cfg.follow.replace('{no}', String(current))
  }, backoff, read)
}

/** The inline script for the static reading page: the three functions and the call. */
export function followerScript(cfg: FollowConfig, parts: { connect: string, backoff: string, read: string }): string {
  return `(${followReading.toString()})(${JSON.stringify(cfg).replace(/</g, '\\u003c')},${parts.connect},${parts.backoff},${parts.read})`
}

/**
 * In the HTML the build prerendered (slide 1's first paint, the static reading page), the QR codes
 * and the short URL lead to the hosted address; on the present server they lead to its reading
 * edition instead, as the application's DeckLink draws them once it runs.
 */
export function fillDeckLinks(qrSvg: string, readUrl: string, shortUrl: string): void {
  const fill = () => {
    for (const fig of document.querySelectorAll('.deck-link')) {
      const qr = fig.querySelector('.deck-qr')
      if (qr)
        qr.innerHTML = qrSvg
      const a = fig.querySelector<HTMLAnchorElement>('.deck-short-url')
      if (a) {
        a.href = readUrl
        a.textContent = shortUrl
      }
    }
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-deck-address]')) {
      a.href = readUrl
      a.textContent = readUrl.replace(/^https?:\/\//, '')
    }
  }
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', fill)
  else
    fill()
}

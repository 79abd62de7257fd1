/**
 * The live channel's few messages, shared by the present server (node/live/) and the browser
 * (client/live/, the reading page's inline follower). Pure: no Node, no DOM.
 *
 *   server → everyone   Server-Sent Events on `<base>__live/events`, one `data:` line of JSON:
 *                       LiveState ({ page, clicks, seq, by, … }). Read-only by construction: an
 *                       EventSource cannot send.
 *   presenter → server  POST `<base>__live/move`, `Authorization: Bearer <secret>`, a JSON body of
 *                       at most MAX_MOVE_BYTES: either where the presenter view is now
 *                       ({ page, clicks, clicksTotal, total, clock? }) or a step asked by the
 *                       paired remote ({ go: 'next' | 'prev' }).
 */

/** Under the deck's base: `<base>__live/…`. Slidev's router never names a page so. */
export const LIVE_PREFIX = '__live/'
export const LIVE_EVENTS = `${LIVE_PREFIX}events`
export const LIVE_MOVE = `${LIVE_PREFIX}move`
/** The remote's page, a route of the deck (setup/routes.ts). */
export const REMOTE_PATH = 'remote'
/** The fragment key that carries the secret (`#live=…`): never sent to any server. */
export const SECRET_FRAGMENT = 'live'
/** sessionStorage key where the presenter view and the remote keep the secret. */
export const SECRET_STORAGE_KEY = 'deck-live:secret'
/** The id of the JSON the present server puts in every page it serves: the client's only sign that a live server exists. */
export const LIVE_MARKER_ID = 'deck-live'

export const MAX_MOVE_BYTES = 1024

/** The presenter's clock as the presenter view reads it when it sends (shared/pace.ts's inputs). */
export interface LiveClock {
  /** Seconds on the talk's clock when sent; undefined while it is stopped. */
  seconds?: number
  /** Whether it runs (the remote advances it from when it arrived). */
  running: boolean
  /** Seconds on the slide on screen when sent. */
  onSlide?: number
}

export interface LiveState {
  page: number
  clicks: number
  /** Reveals on this slide (0 when it has none). */
  clicksTotal: number
  /** Slides in the deck, as the presenter view counts them (0 until it has said). */
  total: number
  /** Grows with every change; a client drops a state older than one it has. */
  seq: number
  /** Who made the change: the presenter view, the remote (the presenter view follows it), or the server resuming. */
  by: 'presenter' | 'remote' | 'resume'
  clock?: LiveClock
}

/** What the present server writes into each page it serves (LIVE_MARKER_ID); nothing secret. */
export interface LiveMarker {
  /** Absolute paths on this server. */
  events: string
  move: string
  /** The reading edition on the venue's network (what the QR code on the cover and closing slide encode). */
  readUrl: string
  /** The address to type, without the scheme. */
  shortUrl: string
  /** The reading edition's address as a QR code (SVG). */
  qrSvg: string
  /** The deck's base on the venue's network (`http://<lan>:<port><base>`): the pairing QR code opens `<origin>remote#live=…`. */
  origin: string
}

export type MoveRequest
  = | { kind: 'set', page: number, clicks: number, clicksTotal: number, total: number, clock?: LiveClock }
    | { kind: 'go', go: 'next' | 'prev' }

function whole(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
}

const seconds = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 864000

/** Reads a move body; a string is what is wrong with it (the server sends it back with 400). */
export function parseMove(body: string): MoveRequest | string {
  let data: unknown
  try {
    data = JSON.parse(body)
  }
  catch {
    return 'the body is not JSON: send {"go":"next"} or {"page":5,"clicks":0,"clicksTotal":0,"total":24}'
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return 'the body must be a JSON object'
  const d = data as Record<string, unknown>
  const keys = Object.keys(d)
  if ('go' in d) {
    if (keys.length !== 1 || (d.go !== 'next' && d.go !== 'prev'))
      return '"go" must be "next" or "prev", alone'
    return { kind: 'go', go: d.go }
  }
  const allowed = new Set([
    'page',
    'clicks',
    'clicksTotal',
    'total',
    'clock',
  ])
  const extra = keys.find(k => !allowed.has(k))
  if (extra !== undefined)
    return `unknown field "${extra.slice(0, 40)}"`
  if (!whole(d.total, 1, 10000))
    return '"total" must be the number of slides (1–10000)'
  if (!whole(d.page, 1, d.total))
    return `"page" must be a slide number from 1 to ${d.total}`
  if (!whole(d.clicksTotal, 0, 1000))
    return '"clicksTotal" must be a whole number from 0 to 1000'
  if (!whole(d.clicks, 0, d.clicksTotal))
    return `"clicks" must be a whole number from 0 to clicksTotal (${d.clicksTotal})`
  let clock: LiveClock | undefined
  if (d.clock !== undefined) {
    const c = d.clock as Record<string, unknown>
    if (typeof c !== 'object' || c === null || typeof c.running !== 'boolean'
      || (c.seconds !== undefined && !seconds(c.seconds))
      || (c.onSlide !== undefined && !seconds(c.onSlide))
      || Object.keys(c).some(k => k !== 'running' && k !== 'seconds' && k !== 'onSlide')) {
      return '"clock" must be { running: boolean, seconds?: number, onSlide?: number }'
    }
    clock = { running: c.running, seconds: c.seconds as number | undefined, onSlide: c.onSlide as number | undefined }
  }
  return {
    kind: 'set',
    page: d.page,
    clicks: d.clicks,
    clicksTotal: d.clicksTotal,
    total: d.total,
    clock,
  }
}

/**
 * A step of the remote, taken on the state as the server knows it: the next reveal, else the next
 * slide's start; the previous reveal, else the previous slide at its last reveal (the presenter
 * view clamps it, as Slidev's own "previous" does). Unchanged at either end of the deck.
 */
export function step(state: LiveState, go: 'next' | 'prev', lastClicks: number): Pick<LiveState, 'page' | 'clicks' | 'clicksTotal'> {
  const { page, clicks, clicksTotal, total } = state
  if (go === 'next') {
    if (clicks < clicksTotal)
      return { page, clicks: clicks + 1, clicksTotal }
    return page < total
      ? { page: page + 1, clicks: 0, clicksTotal: 0 }
      : { page, clicks, clicksTotal }
  }
  if (clicks > 0)
    return { page, clicks: clicks - 1, clicksTotal }
  return page > 1
    ? { page: page - 1, clicks: lastClicks, clicksTotal: lastClicks }
    : { page, clicks, clicksTotal }
}

/** Reads one SSE `data:` payload as a LiveState, or undefined when it is not one. */
export function readState(text: string): LiveState | undefined {
  try {
    const s = JSON.parse(text) as LiveState
    return typeof s === 'object' && s !== null && Number.isInteger(s.page) && s.page >= 1 && Number.isInteger(s.seq)
      ? s
      : undefined
  }
  catch {
    return undefined
  }
}

/** The secret from a `#live=…` fragment, if it holds one. */
export function secretFromHash(hash: string): string | undefined {
  const m = new RegExp(`(?:^#|&)${SECRET_FRAGMENT}=([\\w-]{16,128})(?:&|$)`).exec(hash)
  return m?.[1]
}

/** Backoff before reconnect attempt `n` (0-based): 1, 2, 4, 8, 15 s…, with up to 50 % jitter so a room does not come back at once. */
export function backoffMs(n: number, random: number): number {
  const base = Math.min(15000, 1000 * 2 ** Math.min(n, 4))
  return Math.round(base * (1 + random * 0.5))
}

/**
 * The present server: the built deck as node/serve.ts serves it, plus the live channel that lets
 * the room follow the talk (shared/live.ts has the messages).
 *
 *   GET  <base>__live/events   Server-Sent Events, for anyone: the talk's position now, then every
 *                              change. Bounded: MAX_CLIENTS in all, MAX_PER_ADDRESS from one address.
 *   POST <base>__live/move     the presenter view (where it is) or the paired remote (a step), with
 *                              `Authorization: Bearer <secret>`; JSON, at most MAX_MOVE_BYTES,
 *                              a few moves a second per address. Anything else: a clear refusal
 *                              in words, and nothing changes.
 *   every HTML page            gets the live marker (shared/live.ts LiveMarker, nothing secret) and,
 *                              the static reading page, its follower script (shared/live-follow.ts).
 *
 * The secret is made at start (32 random bytes) unless the state file holds one from the last
 * few hours: a server restarted mid-talk keeps the secret the presenter view and the remote hold,
 * and resumes at the slide it had. The state file lives outside the served folder, mode 0600.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { LiveMarker, LiveState } from '../../shared/live.ts'
import type { StaticServer } from '../serve.ts'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fillDeckLinks } from '../../shared/live-follow.ts'
import { LIVE_EVENTS, LIVE_MARKER_ID, LIVE_MOVE, LIVE_PREFIX, MAX_MOVE_BYTES, parseMove, step } from '../../shared/live.ts'
import { normalizeServeBase, serveStatic } from '../serve.ts'

export interface LiveLimits {
  /** Event streams open at once, in all. */
  maxClients: number
  /** Event streams from one address (a phone opens one; a few tabs are fine). */
  maxPerAddress: number
  /** Moves a second from one address, with a burst of twice that. */
  movesPerSecond: number
}

export const DEFAULT_LIMITS: LiveLimits = {
  maxClients: 3000,
  maxPerAddress: 8,
  movesPerSecond: 10,
}

/** A state file older than this starts a new secret (a new day, a new talk). */
export const RESUME_WITHIN_MS = 12 * 3600 * 1000

export interface LiveOptions {
  /** The built deck. */
  root: string
  base?: string
  port?: number
  /** 0.0.0.0 for the venue's network; 127.0.0.1 (default) for tests and previews. */
  host?: string
  /** Where the secret and the position are kept across restarts; none: nothing kept. */
  stateFile?: string
  /** The origin phones use (`http://<lan address>:<port>`), for the QR codes; default the loopback URL. */
  publicOrigin?: (port: number) => string
  /** The reading edition's QR code for an address (qrSvg in node/qr.ts). */
  qr?: (url: string) => string
  /** The inline follower for the static reading page, made by the caller (node/live/present.ts). */
  followerScript?: string
  limits?: Partial<LiveLimits>
  /** A new secret even when the state file holds a recent one. */
  fresh?: boolean
  /** Test seam for time. */
  now?: () => number
}

export interface LiveServer extends StaticServer {
  port: number
  secret: string
  /** `http://127.0.0.1:<port><base>` or the public origin with the base. */
  publicUrl: string
  state: () => LiveState
  clients: () => number
}

interface Saved {
  secret: string
  page: number
  clicks: number
  clicksTotal: number
  total: number
  savedAt: number
}

function readSaved(file: string | undefined, now: number): Saved | undefined {
  if (!file || !existsSync(file))
    return undefined
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as Saved
    if (typeof s.secret !== 'string' || s.secret.length < 32 || !(now - s.savedAt < RESUME_WITHIN_MS))
      return undefined
    return s
  }
  catch {
    return undefined
  }
}

function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(secret)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Escapes JSON for a `<script>` element: no `</script>` or `<!--` can close it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}

export async function startLive(options: LiveOptions): Promise<LiveServer> {
  const base = normalizeServeBase(options.base ?? '/')
  const limits = {
    ...DEFAULT_LIMITS,
    ...options.limits,
  }
  const now = options.now ?? Date.now
  const saved = options.fresh
    ? undefined
    : readSaved(options.stateFile, now())
  const secret = saved?.secret ?? randomBytes(32).toString('base64url')
  let state: LiveState = saved
    ? {
        page: saved.page,
        clicks: saved.clicks,
        clicksTotal: saved.clicksTotal,
        total: saved.total,
        seq: 1,
        by: 'resume',
      }
    : {
        page: 1,
        clicks: 0,
        clicksTotal: 0,
        total: 0,
        seq: 0,
        by: 'resume',
      }
  /** Reveals each slide had when the presenter was last on it: where the remote's "previous" lands. */
  const reveals = new Map<number, number>()

  const streams = new Set<ServerResponse>()
  const perAddress = new Map<string, number>()
  const buckets = new Map<string, { tokens: number, at: number }>()

  let markerTag = ''

  // Written at every change (moves are few and rate-limited): a server killed between two moves
  // resumes at the last one.
  function save(): void {
    const file = options.stateFile
    if (!file)
      return
    const body: Saved = {
      secret,
      page: state.page,
      clicks: state.clicks,
      clicksTotal: state.clicksTotal,
      total: state.total,
      savedAt: now(),
    }
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(`${file}.tmp`, JSON.stringify(body), { mode: 0o600 })
    renameSync(`${file}.tmp`, file)
  }
  save()

  function broadcast(): void {
    const line = `id: ${state.seq}\ndata: ${JSON.stringify(state)}\n\n`
    for (const res of streams)
      res.write(line)
  }

  function refuse(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): true {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    }).end(JSON.stringify({ error: message }))
    return true
  }

  function address(req: IncomingMessage): string {
    return req.socket.remoteAddress ?? '?'
  }

  function allowMove(who: string): boolean {
    const t = now()
    const b = buckets.get(who) ?? { tokens: limits.movesPerSecond * 2, at: t }
    b.tokens = Math.min(limits.movesPerSecond * 2, b.tokens + (t - b.at) / 1000 * limits.movesPerSecond)
    b.at = t
    buckets.set(who, b)
    if (b.tokens < 1)
      return false
    b.tokens -= 1
    return true
  }

  function openStream(req: IncomingMessage, res: ServerResponse): true {
    const who = address(req)
    if (streams.size >= limits.maxClients)
      return refuse(res, 503, 'the room is full: this server takes no more followers; the reading edition still reads without following', { 'retry-after': '30' })
    if ((perAddress.get(who) ?? 0) >= limits.maxPerAddress)
      return refuse(res, 429, `too many live connections from one address (at most ${limits.maxPerAddress}): close a tab`, { 'retry-after': '30' })
    perAddress.set(who, (perAddress.get(who) ?? 0) + 1)
    streams.add(res)
    req.socket.setNoDelay(true)
    req.socket.setKeepAlive(true, 20000)
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
    })
    // The position now, so a phone that opens mid-talk starts at the presenter's slide.
    res.write(`retry: 2000\nid: ${state.seq}\ndata: ${JSON.stringify(state)}\n\n`)
    const gone = () => {
      if (!streams.delete(res))
        return
      const n = (perAddress.get(who) ?? 1) - 1
      if (n > 0)
        perAddress.set(who, n)
      else
        perAddress.delete(who)
    }
    req.on('close', gone)
    res.on('error', gone)
    return true
  }

  function move(req: IncomingMessage, res: ServerResponse): true {
    const auth = req.headers.authorization
    if (!auth) {
      req.resume()
      return refuse(res, 401, 'moving the talk needs the presenter\'s secret: only the presenter view and its paired remote may move it', { 'www-authenticate': 'Bearer' })
    }
    const given = /^Bearer ([\w-]{1,200})$/.exec(auth)?.[1]
    if (!given || !sameSecret(given, secret)) {
      req.resume()
      return refuse(res, 403, 'wrong or stale secret: open the presenter address the present command printed, and pair the remote again from the presenter view')
    }
    if (!allowMove(address(req))) {
      req.resume()
      return refuse(res, 429, `too many moves (at most ${limits.movesPerSecond} a second)`, { 'retry-after': '1' })
    }
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
      req.resume()
      return refuse(res, 415, 'a move is JSON: send content-type application/json')
    }
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > MAX_MOVE_BYTES) {
      req.resume()
      return refuse(res, 413, `a move is at most ${MAX_MOVE_BYTES} bytes`, { connection: 'close' })
    }
    const chunks: Buffer[] = []
    let size = 0
    let over = false
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_MOVE_BYTES) {
        over = true
        return
      }
      chunks.push(c)
    })
    req.on('end', () => {
      if (over) {
        refuse(res, 413, `a move is at most ${MAX_MOVE_BYTES} bytes`, { connection: 'close' })
        return
      }
      const m = parseMove(Buffer.concat(chunks).toString('utf8'))
      if (typeof m === 'string') {
        refuse(res, 400, `not a move: ${m}`)
        return
      }
      if (m.kind === 'go') {
        if (state.total === 0) {
          refuse(res, 409, 'the presenter view has not connected yet: open it on the laptop first')
          return
        }
        const to = step(state, m.go, reveals.get(state.page - 1) ?? 0)
        state = {
          ...state,
          ...to,
          seq: state.seq + 1,
          by: 'remote',
        }
      }
      else {
        reveals.set(m.page, m.clicksTotal)
        const same = m.page === state.page && m.clicks === state.clicks && m.clicksTotal === state.clicksTotal && m.total === state.total
          && JSON.stringify(m.clock) === JSON.stringify(state.clock)
        if (same) {
          res.writeHead(204).end()
          return
        }
        state = {
          page: m.page,
          clicks: m.clicks,
          clicksTotal: m.clicksTotal,
          total: m.total,
          clock: m.clock,
          seq: state.seq + 1,
          by: 'presenter',
        }
      }
      broadcast()
      save()
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(state))
    })
    return true
  }

  function before(req: IncomingMessage, res: ServerResponse): boolean {
    const raw = req.url ?? '/'
    // Refused before any file is looked at: dot segments (also encoded), backslashes and NULs.
    let decoded: string
    try {
      decoded = decodeURIComponent(raw.split('?')[0]!)
    }
    catch {
      return refuse(res, 400, 'malformed address')
    }
    if (/(?:^|[/\\])\.\.(?:[/\\]|$)|\\|\0/.test(decoded) || /(?:^|\/)\.\.(?:\/|$)/.test(raw.split('?')[0]!))
      return refuse(res, 400, 'the address leaves the deck: only the built deck is served')
    const path = decoded
    if (path.startsWith(`${base}${LIVE_PREFIX}`)) {
      if (path === `${base}${LIVE_EVENTS}`) {
        if (req.method !== 'GET')
          return refuse(res, 405, 'the event stream is read-only: GET it with EventSource', { allow: 'GET' })
        return openStream(req, res)
      }
      if (path === `${base}${LIVE_MOVE}`) {
        if (req.method !== 'POST')
          return refuse(res, 405, 'a move is a POST', { allow: 'POST' })
        return move(req, res)
      }
      return refuse(res, 404, 'no such live address')
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(res, 405, 'this server only serves the deck: GET or HEAD', { allow: 'GET, HEAD' })
    return false
  }

  function html(page: string, file: string): string {
    let tags = markerTag
    if (options.followerScript && /[/\\]read[/\\]index\.html$/.test(file))
      tags += `<script>${options.followerScript}</script>`
    return page.includes('</head>')
      ? page.replace('</head>', `${tags}</head>`)
      : tags + page
  }

  const server = await serveStatic({
    root: options.root,
    base,
    port: options.port,
    host: options.host,
    before,
    html,
  })
  server.server.maxConnections = limits.maxClients + 200
  server.server.headersTimeout = 10000
  server.server.requestTimeout = 15000
  const port = Number(new URL(server.url).port)
  const origin = options.publicOrigin?.(port) ?? `http://127.0.0.1:${port}`
  const publicUrl = `${origin}${base}`
  const readUrl = `${publicUrl}read/`
  const marker: LiveMarker = {
    events: `${base}${LIVE_EVENTS}`,
    move: `${base}${LIVE_MOVE}`,
    readUrl,
    shortUrl: publicUrl.replace(/^https?:\/\//, '').replace(/\/$/, ''),
    qrSvg: options.qr?.(readUrl) ?? '',
    origin: publicUrl,
  }
  markerTag = `<script type="application/json" id="${LIVE_MARKER_ID}">${scriptJson(marker)}</script>`
    + `<script>(${fillDeckLinks.toString()})(${[marker.qrSvg, marker.readUrl, marker.shortUrl].map(scriptJson).join(',')})</script>`

  // A comment line now and then keeps idle streams open through the venue's routers.
  const beat = setInterval(() => {
    for (const res of streams)
      res.write(':\n\n')
  }, 25000)
  beat.unref()

  // Event streams stay open: close them first, or closing the server waits for every phone.
  const close = async () => {
    clearInterval(beat)
    for (const res of streams)
      res.destroy()
    streams.clear()
    await server.close()
  }

  return {
    ...server,
    port,
    secret,
    publicUrl,
    state: () => state,
    clients: () => streams.size,
    close,
  }
}

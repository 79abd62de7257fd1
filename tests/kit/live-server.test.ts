/**
 * @vitest-environment node
 *
 * The present server on 127.0.0.1, port 0, over a tiny built deck in a temporary folder: what a
 * phone in the room can do to it (read, and nothing else), what the presenter's secret allows, and
 * how it comes back after a restart.
 */
import type { LiveServer } from '../../addons/kit/node/live/server'
import type { LiveState } from '../../addons/kit/shared/live'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startLive } from '../../addons/kit/node/live/server'
import { LIVE_MARKER_ID, MAX_MOVE_BYTES, parseMove, secretFromHash, step } from '../../addons/kit/shared/live'

let dir: string
let root: string
const running: LiveServer[] = []

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'live-'))
  root = join(dir, 'dist')
  mkdirSync(join(root, 'read'), { recursive: true })
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><title>deck</title></head><body>slides</body></html>')
  writeFileSync(join(root, 'read', 'index.html'), '<!doctype html><html><head></head><body><section data-slide="1"></section></body></html>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(dir, 'package.json'), '{"name":"secret-outside"}')
  return () => rmSync(dir, { recursive: true, force: true })
})

afterEach(async () => {
  await Promise.all(running.splice(0).map(s => s.close()))
})

async function start(extra: Parameters<typeof startLive>[0] extends infer O ? Partial<O> : never = {}): Promise<LiveServer> {
  const s = await startLive({
    root,
    port: 0,
    followerScript: 'window.follow=1',
    ...extra,
  })
  running.push(s)
  return s
}

interface Reply { status: number, body: string, headers: Record<string, string | string[] | undefined> }

/** A raw request, so paths are sent exactly as written (fetch would normalise `..`). */
function raw(s: LiveServer, method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request({
      host: '127.0.0.1',
      port: s.port,
      method,
      path,
      headers,
    }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => {
        text += c
      })
      res.on('end', () => ok({ status: res.statusCode ?? 0, body: text, headers: res.headers }))
    })
    req.on('error', fail)
    if (body !== undefined)
      req.write(body)
    req.end()
  })
}

const json = { 'content-type': 'application/json' }
const bearer = (secret: string) => ({ ...json, authorization: `Bearer ${secret}` })
function at(page: number, extra: Partial<Record<string, unknown>> = {}) {
  return JSON.stringify({
    page,
    clicks: 0,
    clicksTotal: 0,
    total: 10,
    ...extra,
  })
}

/** An event stream as a phone holds it: every state it receives, in order. */
function follow(s: LiveServer, path = '/__live/events'): Promise<{ states: LiveState[], status: number, close: () => void, next: (n: number) => Promise<LiveState[]> }> {
  return new Promise((ok, fail) => {
    const states: LiveState[] = []
    const waiting: { n: number, done: () => void }[] = []
    const req = request({ host: '127.0.0.1', port: s.port, path }, (res) => {
      let buf = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => {
        buf += c
        let i = buf.indexOf('\n\n')
        while (i >= 0) {
          const data = buf.slice(0, i).split('\n').find(l => l.startsWith('data: '))
          if (data)
            states.push(JSON.parse(data.slice(6)) as LiveState)
          buf = buf.slice(i + 2)
          i = buf.indexOf('\n\n')
        }
        for (const w of waiting.splice(0)) {
          if (states.length >= w.n)
            w.done()
          else
            waiting.push(w)
        }
      })
      res.on('error', () => {})
      ok({
        states,
        status: res.statusCode ?? 0,
        close: () => req.destroy(),
        next: n => new Promise<LiveState[]>((done, late) => {
          const t = setTimeout(() => late(new Error(`only ${states.length} states of ${n}`)), 2000)
          const check = () => {
            clearTimeout(t)
            done(states)
          }
          if (states.length >= n)
            check()
          else
            waiting.push({ n, done: check })
        }),
      })
    })
    req.on('error', fail)
    req.end()
  })
}

describe('the live messages', () => {
  it('reads a presenter\'s position and a remote\'s step, and says what is wrong with anything else', () => {
    expect(parseMove(at(5))).toMatchObject({ kind: 'set', page: 5, total: 10 })
    expect(parseMove('{"go":"next"}')).toEqual({ kind: 'go', go: 'next' })
    expect(parseMove('nope')).toMatch(/not JSON/)
    expect(parseMove('[]')).toMatch(/object/)
    expect(parseMove('{"go":"jump"}')).toMatch(/"next" or "prev"/)
    expect(parseMove(at(11))).toMatch(/from 1 to 10/)
    expect(parseMove(at(2, { clicks: 3 }))).toMatch(/clicksTotal/)
    expect(parseMove(at(2, { admin: true }))).toMatch(/unknown field "admin"/)
    expect(parseMove(at(2, {
      clock: { running: 'yes' },
    }))).toMatch(/clock/)
  })

  it('steps through reveals, then slides, and stops at both ends', () => {
    const s: LiveState = {
      page: 3,
      clicks: 1,
      clicksTotal: 2,
      total: 4,
      seq: 1,
      by: 'presenter',
    }
    expect(step(s, 'next', 0)).toEqual({ page: 3, clicks: 2, clicksTotal: 2 })
    expect(step({ ...s, clicks: 2 }, 'next', 0)).toEqual({ page: 4, clicks: 0, clicksTotal: 0 })
    expect(step({
      ...s,
      page: 4,
      clicks: 0,
      clicksTotal: 0,
    }, 'next', 0)).toMatchObject({ page: 4 })
    expect(step({ ...s, clicks: 0 }, 'prev', 3)).toEqual({ page: 2, clicks: 3, clicksTotal: 3 })
    expect(step({ ...s, page: 1, clicks: 0 }, 'prev', 0)).toMatchObject({ page: 1, clicks: 0 })
  })

  it('takes the secret only from a #live= fragment', () => {
    expect(secretFromHash('#live=abcdefghijklmnopqrstuvwxyz012345')).toBe('abcdefghijklmnopqrstuvwxyz012345')
    expect(secretFromHash('#5')).toBeUndefined()
    expect(secretFromHash('#live=short')).toBeUndefined()
  })
})

describe('the present server', () => {
  it('listens on loopback unless told otherwise, and marks every page it serves as live, with nothing secret in it', async () => {
    const s = await start()
    expect(s.server.address()).toMatchObject({ address: '127.0.0.1' })
    const index = await raw(s, 'GET', '/')
    expect(index.status).toBe(200)
    expect(index.body).toContain(`<script type="application/json" id="${LIVE_MARKER_ID}">`)
    expect(index.body).not.toContain(s.secret)
    expect(index.body).not.toContain('window.follow')
    const read = await raw(s, 'GET', '/read/')
    expect(read.body).toContain('window.follow=1')
    expect(read.body).not.toContain(s.secret)
    const marker = JSON.parse(/id="deck-live">(.*?)<\/script>/.exec(read.body)![1]!) as Record<string, string>
    expect(marker.readUrl).toBe(`http://127.0.0.1:${s.port}/read/`)
    expect(JSON.stringify(marker)).not.toContain(s.secret)
  })

  it('serves the built deck and nothing else: paths that climb out are refused, folders are not listed', async () => {
    const s = await start()
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/assets/..%2f..%2fpackage.json',
      '/read/..\\..\\package.json',
      '/%2e%2e%5cpackage.json',
    ]) {
      const r = await raw(s, 'GET', path)
      expect(r.status, path).toBe(400)
      expect(r.body, path).toMatch(/leaves the deck/)
      expect(r.body).not.toContain('secret-outside')
    }
    const listing = await raw(s, 'GET', '/assets/')
    expect(listing.body).not.toContain('app.js')
    expect((await raw(s, 'GET', '/assets/app.js')).status).toBe(200)
    expect((await raw(s, 'GET', '/nothing.js')).status).toBe(404)
    const put = await raw(s, 'PUT', '/index.html', 'x')
    expect(put.status).toBe(405)
  })

  it('sends a follower the position at once, then every move the presenter makes', async () => {
    const s = await start()
    const phone = await follow(s)
    expect(phone.status).toBe(200)
    await phone.next(1)
    expect(phone.states[0]).toMatchObject({ page: 1 })
    const r = await raw(s, 'POST', '/__live/move', at(5), bearer(s.secret))
    expect(r.status).toBe(200)
    const states = await phone.next(2)
    expect(states[1]).toMatchObject({ page: 5, by: 'presenter' })
    phone.close()
  })

  it('refuses a move without the secret, with a wrong one, too large, malformed or not a POST, and nothing changes', async () => {
    const s = await start()
    await raw(s, 'POST', '/__live/move', at(3), bearer(s.secret))
    const phone = await follow(s)
    await phone.next(1)
    const attempts: [Reply, number, RegExp][] = [
      [await raw(s, 'POST', '/__live/move', at(9), json), 401, /secret/],
      [await raw(s, 'POST', '/__live/move', at(9), bearer(`${s.secret.slice(0, -2)}xx`)), 403, /wrong or stale secret/],
      [await raw(s, 'POST', '/__live/move', at(9), { ...json, authorization: 'Bearer ' }), 403, /wrong or stale/],
      [await raw(s, 'POST', '/__live/move', JSON.stringify({
        go: 'next',
        pad: 'x'.repeat(MAX_MOVE_BYTES),
      }), bearer(s.secret)), 413, /at most 1024 bytes/],
      [await raw(s, 'POST', '/__live/move', '{"page":', bearer(s.secret)), 400, /not JSON/],
      [await raw(s, 'POST', '/__live/move', at(9), { 'authorization': `Bearer ${s.secret}`, 'content-type': 'text/plain' }), 415, /application\/json/],
      [await raw(s, 'GET', '/__live/move'), 405, /POST/],
      [await raw(s, 'POST', '/__live/events', at(9), bearer(s.secret)), 405, /read-only/],
    ]
    for (const [r, status, words] of attempts) {
      expect(r.status).toBe(status)
      expect((JSON.parse(r.body) as { error: string }).error).toMatch(words)
    }
    expect(s.state()).toMatchObject({ page: 3 })
    await new Promise(r => setTimeout(r, 100))
    expect(phone.states).toHaveLength(1)
    phone.close()
  })

  it('refuses an oversize body sent without a length (chunked) as well', async () => {
    const s = await start()
    const r = await new Promise<number>((ok) => {
      const req = request({
        host: '127.0.0.1',
        port: s.port,
        method: 'POST',
        path: '/__live/move',
        headers: bearer(s.secret),
      }, res => ok(res.statusCode ?? 0))
      req.on('error', () => ok(-1))
      for (let i = 0; i < 20; i++)
        req.write('x'.repeat(200))
      req.end()
    })
    expect(r).toBe(413)
    expect(s.state().seq).toBe(0)
  })

  it('lets the paired remote step the talk, once the presenter view has said where it is', async () => {
    const s = await start()
    const early = await raw(s, 'POST', '/__live/move', '{"go":"next"}', bearer(s.secret))
    expect(early.status).toBe(409)
    await raw(s, 'POST', '/__live/move', at(4, { clicksTotal: 1 }), bearer(s.secret))
    await raw(s, 'POST', '/__live/move', at(5), bearer(s.secret))
    const back = await raw(s, 'POST', '/__live/move', '{"go":"prev"}', bearer(s.secret))
    expect(JSON.parse(back.body)).toMatchObject({ page: 4, clicks: 1, by: 'remote' })
    await raw(s, 'POST', '/__live/move', '{"go":"next"}', bearer(s.secret))
    expect(s.state()).toMatchObject({ page: 5, clicks: 0 })
  })

  it('bounds followers from one address and in all, and moves a second', async () => {
    const s = await start({
      limits: { maxPerAddress: 3, maxClients: 5, movesPerSecond: 2 },
    })
    const phones = await Promise.all([1, 2, 3].map(() => follow(s)))
    expect(phones.map(p => p.status)).toEqual([200, 200, 200])
    const fourth = await raw(s, 'GET', '/__live/events')
    expect(fourth.status).toBe(429)
    expect(fourth.body).toMatch(/too many live connections/)
    const codes: number[] = []
    for (let i = 0; i < 8; i++)
      codes.push((await raw(s, 'POST', '/__live/move', at(1 + (i % 9)), bearer(s.secret))).status)
    expect(codes).toContain(429)
    expect(codes.filter(c => c === 200).length).toBeLessThanOrEqual(5)
    phones.forEach(p => p.close())
  })

  it('comes back after a restart with the same secret at the presenter\'s slide; an old state file starts afresh', async () => {
    const stateFile = join(dir, 'state', 'live.json')
    const first = await start({ stateFile })
    await raw(first, 'POST', '/__live/move', at(6, { clicksTotal: 2, clicks: 1 }), bearer(first.secret))
    await first.close()
    expect(statSync(stateFile).mode & 0o077).toBe(0)
    const again = await start({ stateFile })
    expect(again.secret).toBe(first.secret)
    const phone = await follow(again)
    await phone.next(1)
    expect(phone.states[0]).toMatchObject({ page: 6, clicks: 1, by: 'resume' })
    phone.close()
    await again.close()

    const later = await start({
      stateFile,
      now: () => Date.now() + 13 * 3600 * 1000,
    })
    expect(later.secret).not.toBe(first.secret)
    expect(later.state().page).toBe(1)
    const stale = await raw(later, 'POST', '/__live/move', at(2), bearer(first.secret))
    expect(stale.status).toBe(403)
    expect(readFileSync(stateFile, 'utf8')).toContain(later.secret)
  })
})

describe('present', () => {
  it('builds first when the deck is missing or older than its sources, and not otherwise', async () => {
    const { staleReason } = await import('../../addons/kit/node/live/present')
    const talk = mkdtempSync(join(tmpdir(), 'talk-'))
    try {
      writeFileSync(join(talk, 'slides.md'), '# one')
      expect(staleReason(talk, join(talk, 'dist'))).toMatch(/no built deck/)
      mkdirSync(join(talk, 'dist'))
      writeFileSync(join(talk, 'dist', 'index.html'), '<html></html>')
      const later = new Date(Date.now() + 60000)
      utimesSync(join(talk, 'dist', 'index.html'), later, later)
      expect(staleReason(talk, join(talk, 'dist'))).toBeUndefined()
      mkdirSync(join(talk, 'components'))
      const newer = new Date(Date.now() + 120000)
      writeFileSync(join(talk, 'components', 'X.vue'), '<template/>')
      utimesSync(join(talk, 'components', 'X.vue'), newer, newer)
      expect(staleReason(talk, join(talk, 'dist'))).toMatch(/components changed since the last build/)
    }
    finally {
      rmSync(talk, { recursive: true, force: true })
    }
  })
})

/**
 * `deck-kit bench-live [--phones 1000] [--moves 20] [--timeout 120]` (`npm run bench:live`): the
 * live channel under a room's load, on loopback only. Starts the present server in a child process
 * (node/live/bench-server.ts, so its memory is its own), opens N event streams as phones would
 * (default 1000, each its own connection), moves the talk 20 times as the presenter view does, and
 * prints, last, one JSON line:
 *
 *   { phones, moves, latencyMs: { median, p99, max }, lost, server: { rssMB, heapMB, perPhoneKB }, load }
 *
 * latency: from just before the presenter's POST to each phone's receipt of that move (the phones
 * are parsed by this one process, so its own queue is in the figure). lost: moves a phone never
 * received. Memory: the server's, after a garbage collection, with every phone connected, less
 * the same before any connected, per phone. Bounded: every wait has a deadline, the whole run
 * stops after --timeout seconds, and everything it started is stopped.
 */
import type { ChildProcess } from 'node:child_process'
import type { ClientRequest } from 'node:http'
import type { FromChild, ToChild } from '../live/bench-server.ts'
import { fork } from 'node:child_process'
import { request } from 'node:http'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let t: NodeJS.Timeout
  return Promise.race([
    p.finally(() => clearTimeout(t)),
    new Promise<T>((_, fail) => {
      t = setTimeout(() => fail(new Error(`${what}: no answer within ${ms} ms`)), ms)
    }),
  ])
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length)
    return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      phones: { type: 'string', default: '1000' },
      moves: { type: 'string', default: '20' },
      timeout: { type: 'string', default: '120' },
    },
  })
  const phones = Number(values.phones)
  const moves = Number(values.moves)
  if (!(phones >= 1 && phones <= 20000) || !(moves >= 1 && moves <= 1000))
    throw new Error('--phones must be 1–20000 and --moves 1–1000')
  const deadline = setTimeout(() => {
    console.error(`bench:live stopped after ${values.timeout} s`)
    stop(1)
  }, Number(values.timeout) * 1000)

  const server: ChildProcess = fork(join(import.meta.dirname, '..', 'live', 'bench-server.ts'), [], {
    env: {
      ...process.env,
      BENCH_PHONES: String(phones),
    },
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const streams: ClientRequest[] = []
  function stop(code: number): never {
    clearTimeout(deadline)
    for (const s of streams)
      s.destroy()
    server.kill()
    process.exit(code)
  }
  const next = <T extends FromChild['type']>(type: T) => within(10000, `the server's ${type}`, new Promise<Extract<FromChild, { type: T }>>((ok) => {
    const on = (m: FromChild) => {
      if (m.type === type) {
        server.off('message', on)
        ok(m as Extract<FromChild, { type: T }>)
      }
    }
    server.on('message', on)
  }))
  const memory = async () => {
    server.send({ type: 'memory' } satisfies ToChild)
    return (await next('memory')).memory
  }

  try {
    const { port, secret } = await next('ready')
    const idle = await memory()
    /** received[phone] = seq → when */
    const received: Map<number, number>[] = []
    const waiters = new Map<number, () => void>()
    const counts = new Map<number, number>()
    const got = (seq: number) => {
      const n = (counts.get(seq) ?? 0) + 1
      counts.set(seq, n)
      if (n === phones)
        waiters.get(seq)?.()
    }
    const open = (i: number) => new Promise<void>((ok, fail) => {
      const seen = new Map<number, number>()
      received[i] = seen
      let first = true
      const req = request({
        host: '127.0.0.1',
        port,
        path: '/__live/events',
        agent: false,
      }, (res) => {
        if (res.statusCode !== 200) {
          fail(new Error(`phone ${i} refused: HTTP ${res.statusCode}`))
          return
        }
        let buf = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => {
          const at = performance.now()
          buf += c
          let end = buf.indexOf('\n\n')
          while (end >= 0) {
            const id = /^id: (\d+)$/m.exec(buf.slice(0, end))
            buf = buf.slice(end + 2)
            end = buf.indexOf('\n\n')
            if (!id)
              continue
            const seq = Number(id[1])
            if (first) {
              first = false
              ok()
              continue
            }
            seen.set(seq, at)
            got(seq)
          }
        })
      })
      req.on('error', fail)
      req.end()
      streams.push(req)
    })
    // In batches, as a room arrives: the listen queue is not flooded.
    for (let i = 0; i < phones; i += 100) {
      await within(20000, 'phones connecting', Promise.all(Array.from({
        length: Math.min(100, phones - i),
      }, (_, k) => open(i + k))))
    }
    const full = await memory()

    const sent = new Map<number, number>()
    for (let m = 1; m <= moves; m++) {
      const seq = m
      const all = new Promise<void>(ok => waiters.set(seq, ok))
      const body = JSON.stringify({
        page: 1 + (m % 20),
        clicks: 0,
        clicksTotal: 0,
        total: 21,
      })
      sent.set(seq, performance.now())
      await within(5000, `move ${m}`, new Promise<void>((ok, fail) => {
        const req = request({
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/__live/move',
          agent: false,
          headers: { 'content-type': 'application/json', 'authorization': `Bearer ${secret}` },
        }, (res) => {
          res.resume()
          if (res.statusCode === 200)
            ok()
          else
            fail(new Error(`move ${m} refused: HTTP ${res.statusCode}`))
        })
        req.on('error', fail)
        req.end(body)
      }))
      await within(5000, `every phone to get move ${m}`, all).catch(() => {})
      await new Promise(r => setTimeout(r, 50))
    }

    const latencies: number[] = []
    let lost = 0
    for (const seen of received) {
      for (const [seq, t0] of sent) {
        const at = seen.get(seq)
        if (at === undefined)
          lost++
        else
          latencies.push(at - t0)
      }
    }
    latencies.sort((a, b) => a - b)
    const round = (x: number) => Math.round(x * 10) / 10
    const mb = (b: number) => round(b / 1024 / 1024)
    console.log(`${phones} phones connected; ${moves} moves; server rss ${mb(idle.rss)} MB idle, ${mb(full.rss)} MB with every phone`)
    console.log(JSON.stringify({
      phones,
      moves,
      latencyMs: {
        median: round(percentile(latencies, 0.5)),
        p99: round(percentile(latencies, 0.99)),
        max: round(latencies.at(-1) ?? Number.NaN),
      },
      lost,
      server: {
        rssMB: mb(full.rss),
        heapMB: mb(full.heapUsed),
        perPhoneKB: round((full.rss - idle.rss) / phones / 1024),
        heapPerPhoneKB: round((full.heapUsed - idle.heapUsed) / phones / 1024),
      },
      load: loadavg().map(round),
    }))
    stop(0)
  }
  catch (e) {
    console.error(`bench:live: ${(e as Error).message}`)
    stop(1)
  }
}

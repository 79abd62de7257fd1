/**
 * `present`: one command at the venue. Builds the deck when dist/ is missing or older than its
 * sources, serves it on the local network (0.0.0.0) with the live channel (server.ts), and prints
 * the three addresses: the projector's, the presenter view's (with the secret in its fragment,
 * which no browser sends to a server) and the audience's (the reading edition on this laptop's
 * network address).
 *
 *   node addons/kit/node/live/present.ts [talk/slides.md] [--port 4173] [--out dist] [--fresh]
 *
 * `main(argv)` is what a command-line entry calls; it resolves once the server listens and stops
 * it on SIGINT/SIGTERM.
 */
import type { LiveServer } from './server.ts'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { connectLive, followerScript } from '../../shared/live-follow.ts'
import { backoffMs, readState, REMOTE_PATH, SECRET_FRAGMENT } from '../../shared/live.ts'
import { say } from '../../shared/words.ts'
import { loadKit } from '../deck.ts'
import { qrSvg } from '../vite/share.ts'
import { small } from '../vite/view.ts'
import { startLive } from './server.ts'

/** Folders and files of a talk and the kit whose change makes the built deck stale. */
const SOURCES = [
  'slides.md',
  'deck.config.ts',
  'components',
  'layouts',
  'data',
  'lib',
  'styles',
  'public',
  'setup',
  'addons',
  'vite.config.ts',
  'package-lock.json',
]

function newest(path: string): number {
  if (!existsSync(path))
    return 0
  const st = statSync(path)
  if (!st.isDirectory())
    return st.mtimeMs
  let t = st.mtimeMs
  for (const f of readdirSync(path, { recursive: true, encoding: 'utf8' })) {
    if (f.includes('node_modules'))
      continue
    t = Math.max(t, statSync(join(path, f)).mtimeMs)
  }
  return t
}

/** Why the deck must be built first, or undefined when dist is up to date. */
export function staleReason(talkRoot: string, out: string): string | undefined {
  const index = join(out, 'index.html')
  if (!existsSync(index))
    return `no built deck in ${out}`
  const built = statSync(index).mtimeMs
  const changed = SOURCES.map(s => join(talkRoot, s)).find(p => newest(p) > built)
  return changed
    ? `${changed} changed since the last build`
    : undefined
}

/** The laptop's address on the venue's network: the first IPv4 that is not loopback. */
export function lanAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.family === 'IPv4' && !a.internal)
        return a.address
    }
  }
  return undefined
}

/** The reading page's follower, minified, from the same functions the application runs. */
export async function readingFollower(words: { liveNow: string, liveFollow: string }, events: string): Promise<string> {
  return small(followerScript({ events, now: words.liveNow, follow: words.liveFollow }, {
    connect: connectLive.toString(),
    backoff: backoffMs.toString(),
    read: readState.toString(),
  }))
}

export async function main(argv: string[]): Promise<LiveServer> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4173' },
      out: { type: 'string', default: 'dist' },
      fresh: { type: 'boolean', default: false },
    },
  })
  const entry = resolve(positionals[0] ?? 'slides.md')
  const talkRoot = dirname(entry)
  const out = resolve(talkRoot, values.out)
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number (0–65535), got "${values.port}"`)
  const kit = await loadKit(talkRoot)

  const stale = staleReason(talkRoot, out)
  if (stale) {
    console.log(`Building first: ${stale}.`)
    const r = spawnSync(process.execPath, [
      join(import.meta.dirname, '..', 'build.ts'),
      entry,
      '--out',
      out,
    ], { stdio: 'inherit', cwd: talkRoot })
    if (r.status !== 0)
      throw new Error('the build failed: fix it (above) and run present again')
  }

  const lan = lanAddress()
  const host = lan ?? '127.0.0.1'
  const server = await startLive({
    root: out,
    base: kit.base,
    port,
    host: '0.0.0.0',
    stateFile: join(talkRoot, 'node_modules', '.cache', 'deck-kit', 'live.json'),
    publicOrigin: p => `http://${host}:${p}`,
    qr: url => qrSvg(url, say(kit.words.qrLabel, { url })),
    followerScript: await readingFollower(kit.words, `${kit.base}__live/events`),
    fresh: values.fresh,
  })
  const local = `http://127.0.0.1:${server.port}${kit.base}`
  console.log([
    '',
    `  projector      ${local}1`,
    `  presenter view ${local}presenter/1#${SECRET_FRAGMENT}=${server.secret}`,
    `                 (keep this one to yourself: it carries the secret that moves the talk;`,
    `                  the phone button in its navigation bar pairs your phone as the remote, /${REMOTE_PATH})`,
    `  audience       ${server.publicUrl}read/`,
    lan
      ? `                 (on this laptop's network; the QR codes on the cover and the closing slide open it)`
      : `                 (no network found: only this laptop can open it; see docs/presenting.md)`,
    '',
  ].join('\n'))
  const stop = () => {
    void server.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return server
}

if (import.meta.main) {
  main(process.argv.slice(2)).catch((e: Error) => {
    console.error(`present: ${e.message}`)
    process.exit(1)
  })
}

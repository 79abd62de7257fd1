/**
 * What `deck-kit present` (node/commands/present.ts) is made of: whether the built deck is older
 * than its talk, the laptop's address on the venue's network, the reading page's follower script,
 * and the present server over a talk's build, its three addresses ready to print.
 */
import type { ResolvedKit } from '../../config.ts'
import type { LiveServer } from './server.ts'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { connectLive, followerScript } from '../../shared/live-follow.ts'
import { backoffMs, readState, REMOTE_PATH, SECRET_FRAGMENT } from '../../shared/live.ts'
import { say } from '../../shared/words.ts'
import { small } from '../plugins/view.ts'
import { qrSvg } from '../qr.ts'
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

/** Why the deck must be built first, or undefined when `out` is up to date. */
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

export interface PresentOptions {
  kit: ResolvedKit
  /** The built deck. */
  out: string
  /** Where the server keeps the talk's position across restarts. */
  stateFile: string
  port: number
  /** Forget the position and the secret of an earlier run. */
  fresh?: boolean
}

/**
 * The present server on the local network (0.0.0.0) over `out`, and the lines that tell the
 * presenter where everything is: the projector's address, the presenter view's (the secret in
 * its fragment, which no browser sends to a server) and the audience's (the reading edition on
 * the laptop's network address).
 */
export async function startPresent(options: PresentOptions): Promise<{ server: LiveServer, addresses: string }> {
  const { kit } = options
  const lan = lanAddress()
  const host = lan ?? '127.0.0.1'
  const server = await startLive({
    root: options.out,
    base: kit.base,
    port: options.port,
    host: '0.0.0.0',
    stateFile: options.stateFile,
    publicOrigin: p => `http://${host}:${p}`,
    qr: url => qrSvg(url, say(kit.words.qrLabel, { url })),
    followerScript: await readingFollower(kit.words, `${kit.base}__live/events`),
    fresh: options.fresh,
  })
  const local = `http://127.0.0.1:${server.port}${kit.base}`
  const addresses = [
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
  ].join('\n')
  return { server, addresses }
}

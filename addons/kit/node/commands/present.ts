/**
 * `deck-kit present [talk] [--port 4173] [--out dir] [--fresh]`: one command at the venue. Builds
 * the talk when its build is missing or older than its sources, serves it on the local network
 * with the live channel (node/live/), prints the projector's, the presenter view's and the
 * audience's addresses, and runs until stopped (Ctrl-C).
 */
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadTalk } from '../deck.ts'
import { staleReason, startPresent } from '../live/present.ts'
import { run as build, defaultOut } from './build.ts'
import { takeTalk } from './talk-arg.ts'

export async function run(args: string[]): Promise<number> {
  const { entry, rest } = takeTalk(args)
  const { values } = parseArgs({
    args: rest,
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4173' },
      out: { type: 'string' },
      fresh: { type: 'boolean', default: false },
    },
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number (0–65535), got "${values.port}"`)
  const talkRoot = dirname(entry)
  // Relative to the talk's folder, as the build's --out is.
  const out = resolve(talkRoot, values.out ?? defaultOut(entry))
  const { kit } = await loadTalk(entry)

  const stale = staleReason(talkRoot, out)
  if (stale) {
    console.log(`Building first: ${stale}.`)
    if (await build([entry, '--out', out]) !== 0)
      throw new Error('present: the build failed: fix it (above) and run present again')
  }

  const { server, addresses } = await startPresent({
    kit,
    out,
    port,
    stateFile: join(talkRoot, 'node_modules', '.cache', 'deck-kit', 'live.json'),
    fresh: values.fresh,
  })
  console.log(addresses)
  return new Promise<number>((done) => {
    const stop = () => {
      void server.close().then(() => done(0))
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
}

/** `deck-kit serve [dir] [--port 4173] [--base /] [--gzip]`: a built talk served as a static host serves it (node/serve.ts). */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { serveStatic } from '../serve.ts'

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4173' },
      base: { type: 'string', default: process.env.DECK_BASE ?? '/' },
      gzip: { type: 'boolean', default: false },
    },
  })
  const root = resolve(positionals[0] ?? 'dist')
  const { url } = await serveStatic({
    root,
    base: values.base,
    port: Number(values.port),
    gzip: values.gzip,
  })
  console.log(`Serving ${root} at ${url}`)
  // The server keeps the process alive until it is stopped.
  return new Promise<number>(() => {})
}

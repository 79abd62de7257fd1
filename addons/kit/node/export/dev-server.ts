/**
 * Slidev's dev server in export mode, as `slidev export` starts it: the print routes are on and
 * the deck is served at "/". It listens on a free port on 127.0.0.1 for as long as `fn` runs.
 */
import { createServer as createNetServer } from 'node:net'

/** A port nothing listens on now (the OS picks it), so parallel exports and test servers never clash. */
export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createNetServer()
    s.once('error', fail)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => ok(port))
    })
  })
}

export async function withDevServer<T>(entry: string, fn: (origin: string) => Promise<T>): Promise<T> {
  const { createServer, resolveOptions } = await import('@slidev/cli')
  const port = await freePort()
  const options = await resolveOptions({ entry }, 'export')
  const server = await createServer(options, {
    server: { port, host: '127.0.0.1' },
    clearScreen: false,
    logLevel: 'warn',
  })
  await server.listen(port)
  try {
    return await fn(`http://127.0.0.1:${port}`)
  }
  finally {
    await server.close()
  }
}

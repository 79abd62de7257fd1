/**
 * Serve the built deck (dist/) the way a static host does: files as they are, and any other
 * path under the base answered with index.html (the SPA fallback hosts get from Slidev's
 * 404.html / _redirects), so a deep link such as /5 or /presenter/5 survives a reload.
 *
 *   node node/serve.ts [dir] [--port 4173] [--base /] [--gzip]
 *
 * --gzip compresses text responses (HTML, JS, CSS, JSON, SVG) for clients that accept it, as
 * static hosts do; the benchmark (node/bench/bench.ts) serves both decks this way.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    base: { type: 'string', default: process.env.DECK_BASE ?? '/' },
    gzip: { type: 'boolean', default: false },
  },
})

const root = resolve(positionals[0] ?? 'dist')
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/')
const port = Number(values.port)

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built deck in ${root}: run "npm run build" first.`)
  process.exit(1)
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
}

const compressible = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
])
const gzipped = new Map<string, Buffer>()

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  }
  catch {
    res.writeHead(400).end('Bad request: malformed URL')
    return
  }
  if (!pathname.startsWith(base) && `${pathname}/` !== base) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: the deck is served under ${base}`)
    return
  }
  const rel = normalize(pathname.slice(base.length - 1)).replace(/^(\.\.[/\\])+/, '')
  let file = join(root, rel)
  if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
    const index = join(file, 'index.html')
    // A path with a file extension that does not exist is a real 404, not a slide route.
    file = existsSync(index)
      ? index
      : extname(rel)
        ? ''
        : join(root, 'index.html')
  }
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
    return
  }
  const headers: Record<string, string> = {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': file.includes('/assets/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  }
  if (values.gzip && compressible.has(extname(file))) {
    headers.vary = 'accept-encoding'
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let body = gzipped.get(file)
      if (!body) {
        body = gzipSync(readFileSync(file), { level: 9 })
        gzipped.set(file, body)
      }
      res.writeHead(200, {
        ...headers,
        'content-encoding': 'gzip',
        'content-length': String(body.length),
      }).end(body)
      return
    }
  }
  res.writeHead(200, headers)
  createReadStream(file).pipe(res)
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`)
})

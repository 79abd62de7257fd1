/**
 * Serve the built deck (dist/) the way a static host does: files as they are, a directory's
 * index.html for the directory (so /read and /read/ get read/index.html), and any other path
 * under the base answered with index.html (the SPA fallback hosts get from Slidev's 404.html /
 * _redirects), so a deep link such as /5 or /presenter/5 survives a reload.
 *
 *   npm run preview -- [dir] [--port 4173] [--base /] [--gzip]     (deck-kit serve)
 *
 * --gzip compresses text responses (HTML, JS, CSS, JSON, SVG) for clients that accept it, as
 * static hosts do; the benchmark (scripts/bench/bench.ts) serves both decks this way. Every file
 * carries an ETag and Last-Modified, and a matching If-None-Match gets a 304, as on GitHub Pages
 * or Netlify: the deck's service worker revalidates the page the browser has just loaded
 * instead of downloading it again.
 *
 * The build's prerender step serves the fresh output with `serveStatic()` in-process.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

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

export interface ServeOptions {
  /** The built site. */
  root: string
  /** Base path it is served under ("/" or "/sub/"); normalised here. */
  base?: string
  /** 0 picks a free port (see the returned `url`). */
  port?: number
  gzip?: boolean
  /** Where to listen: 127.0.0.1 unless a caller (the present server) asks for the network. */
  host?: string
  /**
   * Answers a request before the static files do (the present server's live routes and refusals);
   * returns true when it has answered.
   */
  before?: (req: IncomingMessage, res: ServerResponse) => boolean
  /** Rewrites an HTML page as it is served (the present server marks its pages live). */
  html?: (html: string, file: string) => string
}

export interface StaticServer {
  server: Server
  /** http://127.0.0.1:<port><base> */
  url: string
  close: () => Promise<void>
}

/**
 * The folder whose index.html answers a route: the deepest folder on the path that holds a
 * Slidev build (index.html and 404.html), so `/en/7` gets the edition at en/ (kit option
 * `editions`) and `/7` the main one. The reading page's folder holds no 404.html.
 */
function appRoot(root: string, rel: string): string {
  const parts = rel.split(/[/\\]/).filter(Boolean)
  for (let n = parts.length - 1; n > 0; n--) {
    const dir = join(root, ...parts.slice(0, n))
    if (existsSync(join(dir, 'index.html')) && existsSync(join(dir, '404.html')))
      return dir
  }
  return root
}

export function normalizeServeBase(raw: string): string {
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/')
}

/** Start serving `root` under `base` on 127.0.0.1; resolves once it listens. */
export function serveStatic(options: ServeOptions): Promise<StaticServer> {
  const root = resolve(options.root)
  const base = normalizeServeBase(options.base ?? '/')
  if (!existsSync(join(root, 'index.html')))
    return Promise.reject(new Error(`No built deck in ${root}: run "npm run build" first.`))
  const gzipped = new Map<string, Buffer>()

  const server = createServer((req, res) => {
    if (options.before?.(req, res))
      return
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
          : join(appRoot(root, rel), 'index.html')
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    if (options.html && extname(file) === '.html') {
      const body = Buffer.from(options.html(readFileSync(file, 'utf8'), file))
      res.writeHead(200, {
        'content-type': types['.html']!,
        'cache-control': 'no-cache',
        'content-length': String(body.length),
      }).end(body)
      return
    }
    const stat = statSync(file)
    const headers: Record<string, string> = {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': file.includes('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      // A validator, as static hosts send: a page the browser holds is revalidated with a 304.
      'etag': `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`,
      'last-modified': stat.mtime.toUTCString(),
    }
    if (req.headers['if-none-match'] === headers.etag) {
      res.writeHead(304, { 'cache-control': headers['cache-control']!, 'etag': headers.etag! }).end()
      return
    }
    if (options.gzip && compressible.has(extname(file))) {
      headers.vary = 'accept-encoding'
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        // Keyed by modification time too, so a rebuild while serving is picked up.
        const key = `${file}:${stat.mtimeMs}`
        let body = gzipped.get(key)
        if (!body) {
          body = gzipSync(readFileSync(file), { level: 9 })
          gzipped.set(key, body)
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
  })

  return new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      ok({
        server,
        url: `http://127.0.0.1:${port}${base}`,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections()
          server.close(() => done())
        }),
      })
    })
  })
}

import type { PrecacheEntry } from 'workbox-precaching'
/**
 * Which files of a build each of the service worker's registrations precaches
 * (client/service-worker.ts), from the files as they are in the output folder:
 *
 *   read     the static reading page and the files it links that are not fonts (its icon, the
 *            manifest). Its fonts are cached as the page draws them, not pushed ahead.
 *   slides   what the slides need offline: index.html, every script and stylesheet, every font
 *            but those only the reading page draws with, the images and media of the build.
 *
 * Neither holds 404.html (a copy of index.html for static hosts), the reading page in the
 * slides' set (the application has its own reading route offline), files the kit knows no page
 * draws (the link-preview picture, the manifest's icons, Slidev's logo in its info dialog), the
 * PDF (cached when fetched) or the worker itself.
 *
 * Revisions: a file under the assets folder has its content hash in its name (null, never
 * re-fetched); any other file gets the MD5 of its content, as Workbox's own build tools do.
 * A folder's index.html is listed by the folder's address (`./`, `read/`), the address the
 * browser loaded it from, so the worker can revalidate the copy the browser already holds.
 */
import { createHash } from 'node:crypto'

/** Slidev's own list of what a built deck may draw (its workbox globPatterns). */
const DRAWN = /\.(?:js|css|html|woff2?|ttf|png|jpe?g|svg|gif|webp|avif|ico|mp4|webm|ogv|mov|m4v|mp3|wav|ogg|oga|m4a|aac|flac|opus|weba)$/i
const FONT = /\.(?:woff2?|ttf|otf)$/i

export interface BuiltFile {
  /** Path under the output folder, with "/" (e.g. "assets/index-1a2b.js", "read/index.html"). */
  path: string
  bytes: Uint8Array
}

export interface SetOptions {
  /** The build's assets folder ("assets"). */
  assetsDir: string
  /** The static reading page, when the build has one ("read/index.html"). */
  readPage?: string
  /** Paths no page draws, left out of both sets (unless a page links them after all). */
  exclude?: ReadonlySet<string>
  /** The worker's own file ("sw.js"); Workbox runtimes a previous step wrote go too. */
  worker: string
  /** Bytes of files to leave out wherever they are (a copy of Slidev's logo). */
  excludeBytes?: readonly Uint8Array[]
}

export interface WorkerSets {
  read: PrecacheEntry[]
  slides: PrecacheEntry[]
  /** Every font file of the build. */
  fonts: string[]
}

/** The address a file is fetched by: a folder's index.html by the folder ("./", "read/"). */
export function urlOf(path: string): string {
  if (path === 'index.html')
    return './'
  return path.endsWith('/index.html')
    ? path.slice(0, -'index.html'.length)
    : path
}

function md5(bytes: Uint8Array): string {
  return createHash('md5').update(bytes).digest('hex')
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.compare(a, b) === 0

/** The same-origin, relative-to-base paths a page links with href= or src= and in url(…). */
export function linkedPaths(html: string, base: string): string[] {
  const out = new Set<string>()
  for (const m of html.matchAll(/(?:\b(?:href|src)=["']?|url\()["']?([^"')\s>]+)/g)) {
    const ref = m[1]!
    if (/^(?:[a-z]+:|\/\/|#)/i.test(ref))
      continue
    const path = ref.split(/[?#]/)[0]!
    if (path.startsWith(base))
      out.add(decodeURIComponent(path.slice(base.length)))
  }
  return [...out]
}

export function workerSets(files: readonly BuiltFile[], options: SetOptions, base = '/'): WorkerSets {
  const exclude = options.exclude ?? new Set<string>()
  const byPath = new Map(files.map(f => [f.path, f]))
  const entry = (f: BuiltFile): PrecacheEntry => ({
    url: urlOf(f.path),
    revision: f.path.startsWith(`${options.assetsDir}/`)
      ? null
      : md5(f.bytes),
  })
  const skipped = (f: BuiltFile) => exclude.has(f.path)
    || f.path === '404.html'
    || f.path === options.worker
    || /^workbox-[\w-]+\.js$/.test(f.path)
    || (options.excludeBytes ?? []).some(b => sameBytes(b, f.bytes))

  const readPage = options.readPage && byPath.get(options.readPage)
  const index = byPath.get('index.html')
  const slideLinks = new Set(index
    ? linkedPaths(Buffer.from(index.bytes).toString('utf8'), base)
    : [])
  /** Fonts only the reading page draws with. */
  const readFonts = new Set<string>()
  const read: PrecacheEntry[] = []
  if (readPage) {
    read.push(entry(readPage))
    for (const path of linkedPaths(Buffer.from(readPage.bytes).toString('utf8'), base)) {
      const f = byPath.get(path)
      if (!f)
        continue
      if (FONT.test(path)) {
        if (!slideLinks.has(path))
          readFonts.add(path)
      }
      else if (DRAWN.test(path) || path.endsWith('.webmanifest')) {
        read.push(entry(f))
      }
    }
  }

  const slides = files
    .filter(f => DRAWN.test(f.path) && f !== readPage && !readFonts.has(f.path) && (slideLinks.has(f.path) || !skipped(f)))
    .map(entry)
  const manifest = byPath.get('manifest.webmanifest')
  if (manifest)
    slides.push(entry(manifest))
  return {
    read,
    slides: slides.sort((a, b) => a.url.localeCompare(b.url)),
    fonts: files.filter(f => FONT.test(f.path)).map(f => f.path).sort(),
  }
}

/**
 * The build step: `slidev build` wall time, and what the built dist/ holds (all bytes, and raw
 * and gzip bytes of its JS, CSS and fonts; whether it has the reading edition and a prerendered
 * first slide).
 */
import type { Deck, Metrics } from './constants.ts'
import type { Need } from './figures.ts'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { slidevBin } from './constants.ts'
import { runTimed } from './processes.ts'

export function distStats(dist: string): Metrics {
  const m = {
    distBytes: 0,
    jsBytes: 0,
    jsGzip: 0,
    cssBytes: 0,
    cssGzip: 0,
    fontBytes: 0,
    fontGzip: 0,
    distFiles: 0,
  }
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name)
      if (statSync(file).isDirectory()) {
        walk(file)
        continue
      }
      const buf = readFileSync(file)
      m.distBytes += buf.length
      m.distFiles++
      const ext = extname(name).toLowerCase()
      const kind = ext === '.js' || ext === '.mjs'
        ? 'js'
        : ext === '.css'
          ? 'css'
          : ['.woff2', '.woff', '.ttf', '.otf'].includes(ext)
              ? 'font'
              : ''
      if (kind) {
        m[`${kind}Bytes` as keyof typeof m] += buf.length
        m[`${kind}Gzip` as keyof typeof m] += gzipSync(buf, { level: 9 }).length
      }
    }
  }
  walk(dist)
  return { ...m, otherBytes: m.distBytes - m.jsBytes - m.cssBytes - m.fontBytes }
}

export async function buildDeck(deck: Deck, run: number): Promise<Metrics> {
  rmSync(deck.dist, { recursive: true, force: true })
  const seconds = await runTimed(`build-${deck.key}-${run}`, [
    slidevBin(deck.cwd),
    'build',
    deck.entry,
    '--base',
    '/',
    '--out',
    deck.dist,
  ], deck.cwd, 10 * 60_000)
  return {
    buildSeconds: seconds,
    ...distStats(deck.dist),
  }
}

/**
 * Which parts of the reading edition and first paint a build lacks, each with the report's note: the static reading
 * edition and the prerendered slide 1 are built only where Chromium is found, and not before
 * they land on main.
 */
export function missingParts(dist: string): Map<Need, string> {
  const absent = new Map<Need, string>()
  if (!existsSync(join(dist, 'read/index.html')))
    absent.set('read', 'The reading edition is not in this build (no read/index.html in the deck\'s dist/): its rows were not measured and show "—".')
  if (!/\bid=["']?deck-first-paint\b/.test(readFileSync(join(dist, 'index.html'), 'utf8')))
    absent.set('prerender', 'The deck\'s index.html has no prerendered slide 1 (#deck-first-paint): there is no hand-over to time, and its row shows "—".')
  return absent
}

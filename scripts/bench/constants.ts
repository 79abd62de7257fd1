/**
 * What every part of the benchmark shares: paths, ports, the throttling profiles, the decks'
 * shape, and the log line. No side effects beyond finding Chromium.
 */
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findChromium } from '../../addons/kit/node/chromium.ts'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
/** Slidev's CLI as installed for a deck: the reference's goes through its own node_modules/. */
export const slidevBin = (cwd: string) => join(cwd, 'node_modules/@slidev/cli/bin/slidev.mjs')
/** The kit's command line; its `serve` serves a build as static hosts do. */
export const KIT_CLI = join(ROOT, 'addons/kit/node/cli.ts')
export const WORK = join(tmpdir(), 'wecom-bench')
export const REF_DIR = join(tmpdir(), 'wecom-bench-ref')
export const STEPS = [
  'build',
  'load',
  'lighthouse',
  'walk',
  'pdf',
] as const
export type Step = typeof STEPS[number]

/**
 * DevTools' "Slow 4G" preset: Lighthouse's mobile network (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s
 * up) turned into per-request figures the way DevTools and Lighthouse do: latency × 3.75,
 * throughput × 0.9. The targets apply to this profile.
 */
export const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: 1.6 * 1000 * 1000 / 8 * 0.9,
  uploadThroughput: 750 * 1000 / 8 * 0.9,
}
/** The same network with its RTT applied per request as is (150 ms): a lighter, second profile. */
export const LIGHT_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: 1.6 * 1000 * 1000 / 8,
  uploadThroughput: 750 * 1000 / 8,
}
export const CPU_SLOWDOWN = 4
export const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
}

/**
 * Ports: the deck's server, the reference's, Lighthouse's Chromium. BENCH_PORT moves all three
 * (BENCH_PORT=4410 → 4410, 4411, 4412), for a machine where 4201–4203 are taken.
 */
export const BASE_PORT = Number(process.env.BENCH_PORT ?? 4201)
export const DECK_PORT = BASE_PORT
export const REF_PORT = BASE_PORT + 1
export const LIGHTHOUSE_PORT = BASE_PORT + 2

export const CHROMIUM = findChromium()

export interface Deck {
  key: 'deck' | 'ref'
  entry: string
  cwd: string
  dist: string
  pdf: string
  port: number
  slides: number
}

export type Metrics = Record<string, number>

export function log(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`)
}

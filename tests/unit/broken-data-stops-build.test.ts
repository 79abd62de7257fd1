/**
 * @vitest-environment node
 *
 * A broken figure in the data module stops `slidev build` and the dev server with a message
 * naming the field, instead of drawing a NaN or empty chart.
 *
 * Each case copies the project into a temporary directory (node_modules symlinked), breaks the
 * copy's data/facts.ts the way a person editing it might, and runs the real Slidev CLI there.
 * vite.config.ts checks the data when it loads (lib/validate.ts), so both commands stop in
 * about a second, before bundling anything.
 */
import type { SpawnSyncReturns } from 'node:child_process'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const SLIDEV = join(ROOT, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
/** Build output, caches and the like: not part of the project's source. */
const SKIP = new Set([
  'node_modules',
  '.git',
  'dist',
  'dist-sub',
  'test-results',
  'playwright-report',
  'exports',
  '.slidev',
  'bench-results',
])

const made: string[] = []
afterAll(() => {
  for (const dir of made)
    rmSync(dir, { recursive: true, force: true })
})

/** A copy of the project whose data/facts.ts has gone through `breakIt`. */
function brokenCopy(breakIt: (facts: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-broken-data-'))
  made.push(dir)
  for (const name of readdirSync(ROOT)) {
    if (!SKIP.has(name))
      cpSync(join(ROOT, name), join(dir, name), { recursive: true })
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  const file = join(dir, 'data', 'facts.ts')
  const before = readFileSync(file, 'utf8')
  const after = breakIt(before)
  expect(after, 'the deliberate break changed nothing: has data/facts.ts changed shape?').not.toBe(before)
  writeFileSync(file, after)
  return dir
}

/**
 * Replace the first match of `pattern` after `anchors`, found one after the other (so
 * ['export const placements', "product: 'rtx'"] is the rtx entry of placements). Independent of
 * how the file is formatted; fails loudly if data/facts.ts no longer has that shape.
 */
function editAfter(src: string, anchors: string[], pattern: RegExp, replacement: string): string {
  let at = 0
  for (const anchor of anchors) {
    at = src.indexOf(anchor, at)
    expect(at, `data/facts.ts no longer contains ${anchors.join(' … ')}`).toBeGreaterThanOrEqual(0)
  }
  const head = src.slice(0, at)
  const tail = src.slice(at)
  expect(tail, `no ${pattern} after ${anchors.join(' … ')} in data/facts.ts`).toMatch(pattern)
  return head + tail.replace(pattern, replacement)
}

const output = (r: SpawnSyncReturns<string>) => `${r.stdout}\n${r.stderr}`

/** `slidev build` of a broken copy into its own dist/, and what it printed. */
function buildBroken(dir: string) {
  const r = slidev(dir, [
    'build',
    '--out',
    join(dir, 'dist'),
  ])
  return {
    r,
    out: output(r),
  }
}

function slidev(dir: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [SLIDEV, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 90_000,
    env: {
      ...process.env,
      NODE_ENV: '',
      FORCE_COLOR: '0',
      VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
    },
  })
}

describe('a broken data module stops the deck with a message naming the field', () => {
  it('slidev build fails on a negative count, a missing date, a missing source and a placement off the map', () => {
    const dir = brokenCopy((facts) => {
      let s = facts
      // A count typed with a stray minus.
      s = editAfter(s, ['export const enterpriseCounts', 'id: \'wecom-2019\''], /value: [\d_]+,/, 'value: -2_500_000,')
      // A figure whose date was deleted.
      s = editAfter(s, ['export const enterpriseCounts', 'id: \'wecom-2021\''], /\n\s*asOf: '[^']*',/, '')
      // A figure whose source was deleted.
      s = editAfter(s, ['export const textFigures', 'id: \'dingtalk-marketing-2015\''], /\n\s*source: \{[^}]*\},/, '')
      // A placement outside the 0–100 grid.
      s = editAfter(s, ['export const placements', 'product: \'rtx\''], /x: \d+,/, 'x: 140,')
      return s
    })
    const { r, out } = buildBroken(dir)
    expect(r.status, out).not.toBe(0)
    expect(out).toContain('data/facts.ts has 4 problem(s)')
    expect(out).toMatch(/enterpriseCounts\[\d+\] \(wecom-2019\)\.value must be a positive number, got -2500000/)
    expect(out).toMatch(/enterpriseCounts\[\d+\] \(wecom-2021\)\.asOf must be a date like 2019-12-31, 2020-08 or 2019, got undefined/)
    expect(out).toMatch(/textFigures\[\d+\] \(dingtalk-marketing-2015\)\.source is missing/)
    expect(out).toMatch(/placements\[\d+\] \(rtx\)\.x must be within 0–100 \(the map's grid\), got 140/)
    expect(out).toContain('Fix these entries in data/facts.ts')
    // Nothing was built: no half-made deck with an empty chart.
    expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(false)
  }, 120_000)

  it('slidev build fails on a count that is not a number (no silent NaN)', () => {
    const dir = brokenCopy(facts => editAfter(facts, ['export const enterpriseCounts', 'id: \'dingtalk-2019\''], /value: [\d_]+,/, 'value: Number(\'1000万\'),'))
    const { r, out } = buildBroken(dir)
    expect(r.status, out).not.toBe(0)
    expect(out).toMatch(/enterpriseCounts\[\d+\] \(dingtalk-2019\)\.value must be a positive number, got NaN/)
    expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(false)
  }, 120_000)

  it('the dev server refuses to start on the same kind of break', () => {
    const dir = brokenCopy(facts => editAfter(facts, ['export const placements', 'product: \'wecom-3\''], /y: \d+,/, 'y: -5,'))
    const r = slidev(dir, ['--port', '4196', '--open', 'false'])
    const out = output(r)
    // It exits by itself (a timeout would leave r.status null and r.signal set).
    expect(r.signal, out).toBeNull()
    expect(r.status, out).not.toBe(0)
    expect(out).toMatch(/placements\[\d+\] \(wecom-3\)\.y must be within 0–100 \(the map's grid\), got -5/)
  }, 120_000)
})

/**
 * `npm test`: every test runner in one go, then one line with the totals.
 *   1. Vitest: data, geometry, formatting, components, slide source.
 *   2. slidev build → dist/, the deck as it is hosted.
 *   3. Playwright: the built deck in Chromium (slides, navigation, presenter).
 * Ends with "N passed, N failed" alone on a line, and exits non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

interface Totals { passed: number, failed: number, skipped: number }
const totals: Totals = { passed: 0, failed: 0, skipped: 0 }
const failures: string[] = []

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env })
  if (r.status !== 0)
    failures.push(`${label} exited with ${r.status ?? r.signal}`)
  return r.status === 0
}

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as T : undefined
}

rmSync('test-results', { recursive: true, force: true })
mkdirSync('test-results', { recursive: true })

run('unit and component tests', 'vitest', ['run'])
const v = readJson<{ numPassedTests: number, numFailedTests: number, numPendingTests: number, numTodoTests: number }>('test-results/vitest.json')
if (v) {
  totals.passed += v.numPassedTests
  totals.failed += v.numFailedTests
  totals.skipped += v.numPendingTests + v.numTodoTests
}
else {
  failures.push('vitest wrote no report (test-results/vitest.json)')
}

if (run('build the deck', 'slidev', ['build'])) {
  run('end-to-end tests', 'playwright', ['test'])
  const p = readJson<{ stats: { expected: number, unexpected: number, flaky: number, skipped: number } }>('test-results/playwright.json')
  if (p) {
    totals.passed += p.stats.expected + p.stats.flaky
    totals.failed += p.stats.unexpected
    totals.skipped += p.stats.skipped
  }
  else {
    failures.push('playwright wrote no report (test-results/playwright.json)')
  }
}

if (failures.length)
  console.log(`\nProblems:\n${failures.map(f => `  - ${f}`).join('\n')}`)
if (totals.passed + totals.failed === 0)
  failures.push('no test ran')
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`)
process.exit(failures.length || totals.failed ? 1 : 0)

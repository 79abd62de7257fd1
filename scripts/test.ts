/**
 * `npm test`: every check and test runner in one go, then one line with the totals.
 *
 * Steps, in order (a step whose npm script does not exist is skipped):
 *   lint        npm run lint (Chinese copy, ESLint, vue-tsc); counted as one check
 *   unit        Vitest: data, geometry, formatting, components, slide source
 *   build       npm run build → dist/, the deck as it is hosted
 *   build:sub   the same deck built for a sub-path, for the static-host tests
 *   export      npm run export → the PDF the export tests read
 *   export:example, build:example
 *               the example talk (examples/three-surfaces) exported and built with the kit unchanged
 *   e2e         Playwright against the built deck in Chromium
 *
 * Ends with "N passed, N failed" alone on a line, and exits non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
const totals = { passed: 0, failed: 0, skipped: 0 }
const failures: string[] = []

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env })
  if (r.status !== 0)
    failures.push(`${label} exited with ${r.status ?? r.signal}`)
  return r.status === 0
}

/** A step that is a single pass/fail check rather than a test runner. */
function check(script: string): boolean {
  if (!pkg.scripts[script])
    return true
  const ok = run(script, 'npm', ['run', '--silent', script])
  if (ok)
    totals.passed++
  else
    totals.failed++
  return ok
}

function readJson<T>(file: string): T | undefined {
  return existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8')) as T
    : undefined
}

// The builds, the export and the tests share one hosted address. The talks' own are placeholders
// until they have a home, and a placeholder is never drawn (no QR code, no short URL to check).
// Its path is the sub-path build's base, and it is as long as the talk's own, so the short URL
// breaks onto two lines on the cover as the real one does.
process.env.DECK_URL ??= 'https://deck.example.test/wecom-20/'

rmSync('test-results', { recursive: true, force: true })
mkdirSync('test-results', { recursive: true })

check('lint')

run('unit and component tests', 'vitest', ['run'])
const v = readJson<{
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  testResults?: { name: string, status: string, assertionResults: { status: string }[] }[]
}>('test-results/vitest.json')
if (v) {
  totals.passed += v.numPassedTests
  totals.failed += v.numFailedTests
  totals.skipped += v.numPendingTests + v.numTodoTests
  // A test file that fails before any of its tests runs (an import or set-up error) counts as one
  // failure, so its missing tests cannot go unnoticed in the totals.
  for (const file of v.testResults ?? []) {
    if (file.status === 'failed' && !file.assertionResults.some(a => a.status === 'failed')) {
      totals.failed++
      failures.push(`${file.name} failed before its tests ran`)
    }
  }
}
else {
  failures.push('vitest wrote no report (test-results/vitest.json)')
}

if (check('build') && check('build:sub') && check('export') && check('export:example') && check('build:example')) {
  run('end-to-end tests', 'playwright', ['test'])
  const p = readJson<{ stats: { expected: number, unexpected: number, flaky: number, skipped: number }, errors?: { message?: string }[] }>('test-results/playwright.json')
  if (p) {
    totals.passed += p.stats.expected + p.stats.flaky
    totals.failed += p.stats.unexpected
    totals.skipped += p.stats.skipped
    // Errors outside any test (a spec file that does not load, a global set-up) count as failures.
    for (const e of p.errors ?? []) {
      totals.failed++
      failures.push(`playwright: ${(e.message ?? 'error outside a test').split('\n')[0]}`)
    }
  }
  else {
    failures.push('playwright wrote no report (test-results/playwright.json)')
  }
}
else {
  failures.push('end-to-end tests not run: the deck did not build or export')
}

if (totals.passed + totals.failed === 0)
  failures.push('no test ran')
if (failures.length)
  console.log(`\nProblems:\n${failures.map(f => `  - ${f}`).join('\n')}`)
if (totals.skipped)
  console.log(`\n${totals.skipped} skipped`)
// The totals, alone on the last line.
console.log(`\n${totals.passed} passed, ${totals.failed} failed`)
process.exit(failures.length || totals.failed
  ? 1
  : 0)

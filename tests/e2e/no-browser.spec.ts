/**
 * A build where no browser is installed (a static host's build image, such as Netlify's): it must
 * still succeed, say in one line that the reading edition is client-rendered and slide 1 is not
 * prerendered, and the reading edition must still work as the deck's own route (/read, drawn by
 * the app). CHROMIUM_PATH pointing nowhere stands in for the missing browser.
 */
import type { StaticServer } from '../../addons/kit/node/serve'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { NO_BROWSER_LINE } from '../../addons/kit/node/plugins/prerender'
import { serveStatic } from '../../addons/kit/node/serve'
import { slides, watch } from './deck'
import { openReading, PHONE, titleOf } from './reading'
import { ROOT } from './share'

test.describe.configure({ mode: 'serial' })
test.use({ viewport: PHONE, isMobile: true, hasTouch: true })

let out: string
let server: StaticServer | undefined

test.beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'deck-no-browser-'))
})

test.afterAll(async () => {
  await server?.close()
  rmSync(out, { recursive: true, force: true })
})

test('the build succeeds without a browser and says what it did not do', () => {
  test.setTimeout(300_000)
  const r = spawnSync(process.execPath, [
    'addons/kit/node/cli.ts',
    'build',
    '--out',
    out,
  ], {
    cwd: ROOT,
    env: {
      ...process.env,
      CHROMIUM_PATH: join(out, 'no-such-browser'),
    },
    encoding: 'utf8',
  })
  const log = `${r.stdout}\n${r.stderr}`
  expect(r.status, log.slice(-2000)).toBe(0)
  const lines = log.split('\n').filter(l => l.includes(NO_BROWSER_LINE.replace('<base>', '/')))
  expect(lines, 'one line saying the reading edition is client-rendered').toHaveLength(1)
  expect(existsSync(join(out, 'read', 'index.html'))).toBe(false)
  expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('deck-first-paint"')
})

test('the reading edition is then the app\'s own route, on a phone, with every title', async ({ page }) => {
  test.skip(!existsSync(join(out, 'index.html')), 'the build above failed')
  server = await serveStatic({ root: out, base: '/' })
  const origin = server.url.replace(/\/$/, '')
  // The deck's link on a phone held upright goes to the reading edition, as everywhere else
  // (phone-view.spec.ts checks that hand-off; the requests the page it leaves had started are
  // cancelled by it, on purpose). From there on, nothing may fail.
  await page.goto(server.url)
  await expect(page).toHaveURL(/\/read\/$/)
  await page.goto('about:blank')
  const problems = watch(page, origin)
  await openReading(page, `${server.url}read/`)
  await page.waitForFunction(() => document.documentElement.dataset.readingReady === 'true')
  const titles = await page.locator('.read-slide .slidev-layout h1').allTextContents()
  expect(titles.map(t => t.replace(/\s+/g, ' ').trim())).toEqual(slides.map(s => titleOf(s.no)))
  expect(problems).toEqual([])
})

import { defineConfig } from '@playwright/test'
import { chromium } from 'playwright'
import { CHROMIUM_ARGS, findChromium } from './addons/kit/node/chromium'
import { EXAMPLE_DIST, EXAMPLE_PORT } from './tests/e2e/example'
import { SUB_BASE, SUB_PORT } from './tests/e2e/share'

// End-to-end tests run against the built deck (dist/), served like a static host would.
// scripts/test.ts builds it first; `npm run build` does too.
const PORT = Number(process.env.E2E_PORT ?? 4179)

// tests/e2e/hosting.spec.ts reads the deck as published: `npm run build:sub` builds it into
// dist-sub/ for a sub-path, served here under that path on a second port (tests/e2e/share.ts).

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [
    ['list'],
    [
      'json',
      { outputFile: 'test-results/playwright.json' },
    ],
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 720 },
    // Off unless a test is about them (offline.spec.ts and a few others opt in). A worker that
    // activates while a test runs can have Slidev's registration (registerType "autoUpdate")
    // reload the page under the test, which failed CI once ("Execution context was destroyed").
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: findChromium(process.env, undefined, () => {
        try {
          return chromium.executablePath()
        }
        catch {
          return undefined
        }
      }),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: `node addons/kit/node/cli.ts serve dist --port ${PORT} --base /`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node addons/kit/node/cli.ts serve dist-sub --port ${SUB_PORT} --base ${SUB_BASE}`,
      url: `http://127.0.0.1:${SUB_PORT}${SUB_BASE}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The example talk (examples/three-surfaces), built by `npm run build:example`, or the talk
      // EXAMPLE_TALK names, built into EXAMPLE_DIST.
      command: `node addons/kit/node/cli.ts serve ${EXAMPLE_DIST} --port ${EXAMPLE_PORT} --base /`,
      url: `http://127.0.0.1:${EXAMPLE_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
})

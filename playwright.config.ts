import { defineConfig } from '@playwright/test'
import { chromium } from 'playwright'
import { CHROMIUM_ARGS, findChromium } from './lib/chromium'

// End-to-end tests run against the built deck (dist/), served like a static host would.
// scripts/test.ts builds it first; `npm run build` does too.
const PORT = Number(process.env.E2E_PORT ?? 4179)

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 720 },
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
  webServer: {
    command: `node scripts/serve.ts dist --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})

import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Unit and component tests only (tests/unit). The browser tests in tests/e2e run under Playwright.
// The JSON reporter writes the totals scripts/test.ts reads; the default reporter stays for people.
export default defineConfig({
  plugins: [
    vue(),
  ],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/kit/**/*.test.ts'],
    environment: 'happy-dom',
    // Some tests read whole font files and cut them: on a busy machine that takes seconds. The
    // limit catches a hang; speed is measured by the benchmarks.
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
})

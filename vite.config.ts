import { defineConfig } from 'vite'
import * as facts from './data/facts'
import { assertDeckData } from './lib/validate'

// Check the data module before the dev server or the build starts: a broken figure stops
// both with a message naming the field, instead of drawing an empty or NaN chart.
// Vite re-runs this file whenever data/facts.ts changes, so the dev server checks every edit.
assertDeckData(facts)

export default defineConfig({
  css: {
    lightningcss: {
      // Vite 8 minifies CSS with lightningcss, which rejects one rule in Slidev's own stylesheet
      // (a `::before` rule holding a `--uno:` dark-variant, the dark colour of code line numbers).
      // With error recovery it drops that one rule and minifies the rest. This deck shows no
      // code blocks, so nothing it draws is affected.
      errorRecovery: true,
    },
  },
})

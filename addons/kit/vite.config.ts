import { defineConfig } from 'vite'

// Merged by Slidev with the talk's own vite.config.ts (an addon's config is, like a theme's).
export default defineConfig({
  build: {
    // A talk in examples/<name>/ builds into a folder outside its own (--out ../../dist-example):
    // Vite leaves such a folder as it was unless told, and last build's files would be served.
    emptyOutDir: true,
  },
  css: {
    lightningcss: {
      // Vite 8 minifies CSS with lightningcss, which rejects one rule in Slidev's own stylesheet
      // (a `::before` rule holding a `--uno:` dark-variant, the dark colour of code line numbers).
      // With error recovery it drops that one rule and minifies the rest. A talk that shows code
      // blocks in the dark scheme loses that one colour; nothing else is affected.
      errorRecovery: true,
    },
  },
})

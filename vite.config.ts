import { defineConfig } from 'vite'
import { assertDeckData } from './client/validate.ts'
import * as facts from './data/facts.ts'
import deck, { EXPORT_DIR } from './deck.config.ts'
import { deckFonts } from './node/vite/fonts.ts'
import { deckPrerender, deckView, PHONE_PORTRAIT } from './node/vite/prerender.ts'
import { pwaManifest } from './node/vite/pwa-manifest.ts'
import { deckShare } from './node/vite/share.ts'
import { slidevInternals } from './node/vite/slidev-internals.ts'

// Check the data module before the dev server or the build starts: a broken figure stops
// both with a message naming the field, instead of drawing an empty or NaN chart.
// Vite re-runs this file whenever data/facts.ts changes, so the dev server checks every edit.
assertDeckData(facts)

export default defineConfig(({ command }) => ({
  // The hosted base path (deck.config.ts / DECK_BASE) applies to the build only: the dev server
  // and `slidev export` (which drives a dev server) always serve at "/".
  // `slidev build --base /path/` still overrides it.
  base: command === 'build'
    ? deck.base
    : '/',
  plugins: [
    // The deck's typeface, Noto Sans SC, subset to the characters the deck uses and served from
    // its own origin (no system CJK font needed, same look everywhere). See node/vite/fonts.ts.
    // Preloaded with the first slide, except on a phone held upright, which the deck sends on to
    // the reading edition before the preloads could finish.
    deckFonts({
      preload: { media: `not all and ${PHONE_PORTRAIT}` },
    }),
    // A phone held upright gets the reading edition (/read) unless the reader chose the slides;
    // at build time, with Chromium, the reading edition and slide 1 are prerendered into static
    // HTML (read/index.html, index.html) before the service worker lists the files to cache.
    // See node/vite/prerender.ts.
    deckView(),
    deckPrerender(),
    // Slidev's own slide-drawing pieces for the reading edition, behind one typed module.
    slidevInternals(),
    // QR code and short URL for the last slide, link-preview tags, and the PDF download
    // (when `npm run export:pdf` ran before the build). See node/vite/share.ts.
    deckShare({
      url: deck.url,
      shortUrl: deck.shortUrl,
      placeholder: deck.placeholder,
      exportDir: EXPORT_DIR,
    }),
    // `pwa: build` in the headmatter makes the built deck work offline after one visit; this
    // adds the icons and names Slidev's manifest lacks, so the deck can be installed.
    pwaManifest({
      short_name: '企业微信 20 年',
      description: '产品经理聚会分享：企业微信的 20 年，腾讯如何连接人与企业。',
      lang: 'zh-CN',
      theme_color: '#0a58ca',
      background_color: '#10141b',
      icons: [
        { src: 'pwa-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'pwa-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    }),
  ],
  css: {
    lightningcss: {
      // Vite 8 minifies CSS with lightningcss, which rejects one rule in Slidev's own stylesheet
      // (a `::before` rule holding a `--uno:` dark-variant, the dark colour of code line numbers).
      // With error recovery it drops that one rule and minifies the rest. This deck shows no
      // code blocks, so nothing it draws is affected.
      errorRecovery: true,
    },
  },
}))

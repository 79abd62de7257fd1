/**
 * What this talk tells the kit (addons/kit, named in the headmatter's `addons:`): where the deck is
 * published, its typeface, its credit, its sections and its web-app details. The kit's options are
 * documented in addons/kit/README.md and typed by the kit's package (slidev-addon-deck-kit, addons/kit/config.ts).
 *
 *   url   the address people open and share: the QR codes (which open `<url>read/`), the short
 *         URL, the link previews and the PDFs' links. Set it here once the deck has a home, or per
 *         build with DECK_URL. Until then the build warns that it is a placeholder.
 *   base  the path the built site is served under: "/" for a host of its own, "/wecom-20/" for
 *         https://someone.github.io/wecom-20/. Set it with DECK_BASE (the Pages workflow does) or
 *         `npm run build -- --base /path/`.
 *   plan  the presenter view's time plan: the headmatter's `duration: 20min` is the meetup's
 *         slot; the talk is spoken in 18 minutes and keeps 2 for questions after the last slide,
 *         so the slides are planned to fill 18:00 (docs/presenting.md). Its notes are timed at
 *         200 characters a minute and 3 s a click, a pace with room for pauses and the room's
 *         reactions (docs/talk.md).
 *   editions  the English edition (slides.en.md, lang: en) at <url>en/, built into dist/en/ by the
 *         same `npm run build`; what it says differently: its credit, section titles, pace
 *         (150 words a minute) and web-app name. Its typeface is the same Noto Sans SC, which the
 *         kit subsets to the characters the English edition draws (docs/dependencies.md).
 *
 * Node runs this file as it is (type stripping): keep it to erasable TypeScript.
 */
import { defineKit } from 'slidev-addon-deck-kit'
import { notoSansSC } from 'slidev-addon-deck-kit/typefaces'
import { creditText } from './lib/credit.ts'
import { sectionTitles, sectionTitlesFor } from './lib/sections.ts'

export default defineKit({
  url: 'https://deck.example.org/wecom-20/',
  typeface: notoSansSC,
  credit: {
    short: creditText('short'),
    full: creditText('full'),
  },
  sections: sectionTitles,
  plan: {
    questions: '2min',
    rate: { perMinute: 200, clickSeconds: 3 },
  },
  manifest: {
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
  },
  label: '中文',
  editions: [
    {
      entry: 'slides.en.md',
      path: 'en/',
      label: 'English',
      credit: {
        short: creditText('short', 'en'),
        full: creditText('full', 'en'),
      },
      sections: sectionTitlesFor('en'),
      plan: {
        rate: { perMinute: 150, clickSeconds: 3 },
      },
      manifest: {
        short_name: 'WeCom at 20',
        description: 'A product-management meetup talk: 20 years of WeCom, how Tencent connects people and enterprises.',
        lang: 'en',
      },
    },
  ],
})

/**
 * Export the deck for handing out, with one command and no manual step.
 *
 *   npm run export                  all of the below except og-image, into exports/
 *   npm run export -- pdf handout   only some of them
 *   npm run export:pdf              exports/<name>.pdf          every slide in its final state (all
 *                                                               reveals shown), vector charts, real
 *                                                               fonts, tagged, title/author/language,
 *                                                               bookmarks by section
 *   (steps)                         exports/<name>-steps.pdf    one page per reveal step, tagged
 *   (handout)                       exports/<name>-handout.pdf  A4: a cover, then each slide as it
 *                                                               looks with its speaker notes beneath
 *   npm run export:pptx             exports/<name>.pptx         PowerPoint, one picture per reveal
 *                                                               step, speaker notes attached
 *   npm run og-image                public/og-image.png         the title slide, 1200×675, for link
 *                                                               previews
 *
 * <name> is `exportFilename` in the headmatter of slides.md. The QR code on the last slide encodes
 * DECK_URL / deck.config.ts, as in the hosted build.
 *
 * Why not `slidev export` for the PDFs: Slidev 53's exporter prints without `tagged` (so no
 * structure for screen readers) and does not wait for web fonts. The PDFs are printed from the
 * same Slidev print route with Playwright instead (print-pdf.ts), on Slidev's dev server in
 * export mode (dev-server.ts); the handout from the reading edition's handout mode (handout.ts);
 * pdf-lib then adds the document properties and bookmarks (pdf-meta.ts). The PPTX is still
 * Slidev's (pptx.ts).
 *
 * The browser is found, never downloaded (node/chromium.ts): CHROMIUM_PATH, then Debian's
 * /usr/bin/chromium, then a browser Playwright installed earlier; with none, the command stops
 * and names what to install.
 */
import type { Browser } from 'playwright'
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright'
import deckConfig, { EXPORT_DIR } from '../../deck.config.ts'
import { CHROMIUM_ARGS, findChromium, NoBrowserError } from '../chromium.ts'
import { readDeck } from './deck.ts'
import { withDevServer } from './dev-server.ts'
import { printHandout } from './handout.ts'
import { screenshotOgImage } from './og-image.ts'
import { PageNotReadyError } from './page-ready.ts'
import { finishPdf, sectionOutline } from './pdf-meta.ts'
import { exportPptx } from './pptx.ts'
import { printSlides } from './print-pdf.ts'
import { formatSize, report } from './report.ts'

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
/** Per page load and per wait; the first load compiles the deck, which takes a while on 2 cores. */
const TIMEOUT = 180_000

const TARGETS = [
  'pdf',
  'steps',
  'handout',
  'pptx',
  'og-image',
] as const
type Target = (typeof TARGETS)[number]
const DEFAULT_TARGETS: Target[] = ['pdf', 'steps', 'handout', 'pptx']

process.chdir(ROOT)

const asked = process.argv.slice(2).filter(a => !a.startsWith('-'))
for (const a of asked) {
  if (!TARGETS.includes(a as Target)) {
    console.error(`Unknown export target "${a}". Choose from: ${TARGETS.join(', ')}.`)
    process.exit(2)
  }
}
const targets = (asked.length
  ? TARGETS.filter(t => asked.includes(t))
  : DEFAULT_TARGETS)

let executablePath: string
try {
  executablePath = findChromium(process.env, existsSync, () => {
    try {
      return chromium.executablePath()
    }
    catch {
      return undefined
    }
  })
}
catch (e) {
  if (e instanceof NoBrowserError) {
    console.error(`\n${e.message}\n`)
    process.exit(1)
  }
  throw e
}

const deck = readDeck()
const outputs = {
  'pdf': join(ROOT, EXPORT_DIR, `${deck.name}.pdf`),
  'steps': join(ROOT, EXPORT_DIR, `${deck.name}-steps.pdf`),
  'handout': join(ROOT, EXPORT_DIR, `${deck.name}-handout.pdf`),
  'pptx': join(ROOT, EXPORT_DIR, `${deck.name}.pptx`),
  'og-image': join(ROOT, 'public', 'og-image.png'),
} satisfies Record<Target, string>

/** Each target in a browser page on the shared dev server. */
const inBrowser: Partial<Record<Target, (browser: Browser, origin: string) => Promise<void>>> = {
  async pdf(browser, origin) {
    const out = outputs.pdf
    const printed = await printSlides(browser, origin, deck, { out, withClicks: false, timeout: TIMEOUT })
    if (printed.pages !== deck.slides.length)
      throw new Error(`${out}: ${printed.pages} pages for ${deck.slides.length} slides`)
    await finishPdf(out, deck.meta, sectionOutline(deck.slides, s => printed.firstPage.get(s.no)!))
  },
  async steps(browser, origin) {
    const out = outputs.steps
    const printed = await printSlides(browser, origin, deck, { out, withClicks: true, timeout: TIMEOUT })
    // One bookmark per slide, at its first step, as `slidev export --with-toc` made them.
    await finishPdf(out, { ...deck.meta, title: `${deck.meta.title}（逐步版）` }, deck.slides.map(s => ({
      title: s.title,
      page: printed.firstPage.get(s.no)!,
    })))
  },
  async handout(browser, origin) {
    const out = outputs.handout
    const outline = await printHandout(browser, origin, deck, { out, timeout: TIMEOUT })
    await finishPdf(out, { ...deck.meta, title: `${deck.meta.title}（讲义：幻灯片与讲稿）` }, outline)
  },
  'og-image': async function (browser, origin) {
    await screenshotOgImage(browser, origin, deck, { out: outputs['og-image'], timeout: TIMEOUT })
  },
}

mkdirSync(join(ROOT, EXPORT_DIR), { recursive: true })
console.log(`Exporting ${targets.join(', ')} with ${executablePath}; QR code and links → ${deckConfig.url}`)

const failed: string[] = []
const sizes: string[] = []

/** Run one target; a failure is reported and the other targets still run. */
async function attempt(target: Target, fn: () => Promise<void> | void): Promise<void> {
  try {
    await fn()
    sizes.push(`${target} ${formatSize(report(outputs[target], ROOT))}`)
  }
  catch (e) {
    failed.push(target)
    const message = e instanceof PageNotReadyError || !(e instanceof Error)
      ? String(e instanceof Error
          ? e.message
          : e)
      : e.stack ?? e.message
    console.error(`  ✗ ${target}: ${message}`)
  }
}

const browserTargets = targets.filter(t => inBrowser[t])
if (browserTargets.length) {
  await withDevServer(async (origin) => {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
    try {
      for (const t of browserTargets)
        await attempt(t, () => inBrowser[t]!(browser, origin))
    }
    finally {
      await browser.close()
    }
  })
}
// After the dev server above has closed: Slidev's exporter starts its own.
if (targets.includes('pptx')) {
  await attempt('pptx', () => exportPptx({
    out: outputs.pptx,
    executablePath,
    root: ROOT,
    timeout: TIMEOUT,
  }))
}

console.log(`Sizes: ${sizes.join(', ') || 'none'}`)
if (failed.length) {
  console.error(`Export failed for: ${failed.join(', ')}`)
  process.exit(1)
}

/**
 * `npm run bench`: build this deck and a generated reference deck with the same toolchain, measure
 * both the same way in one run, and print a Markdown table with the medians, the deck/reference
 * ratio, the noise of each figure and the targets.
 *
 *   node scripts/bench/bench.ts [--runs 3] [--quick] [--skip pdf,lighthouse,...]
 *
 *   --runs N   measured runs per deck (default 3; medians are reported)
 *   --quick    one run unless --runs says otherwise; the table goes to bench-results/quick.md
 *   --skip     any of build, load, lighthouse, walk, pdf (build is skipped only if a build
 *              from an earlier bench run is there to measure)
 *
 * What is measured, per deck and per run:
 *   build      `slidev build <entry> --base / --out <tmp>` wall time; dist/ bytes, and raw and
 *              gzip bytes of its JS, CSS and fonts
 *   load       the first slide served from localhost (the kit's `deck-kit serve --gzip`, as static hosts
 *              compress) in a fresh Chromium context, phone viewport, CPU throttled 4× and the
 *              DevTools "Slow 4G" network applied through the DevTools protocol: bytes and
 *              requests until the first slide's content is painted (LCP) and in all until the
 *              network is idle (this includes Slidev's own preload of every slide 3 s after
 *              start and a service worker's precache, when the deck is a PWA), requests to other
 *              origins, LCP; then LCP once more on a lighter network (150 ms per request);
 *              then on a 1280×720 laptop, same CPU and Slow 4G: LCP, CLS over the first 10 s
 *              (across the hand-over from a prerendered slide 1, #deck-first-paint, to Slidev's
 *              app) and when that prerendered slide is removed. This deck only, when its build
 *              has it: the reading edition (/read/) on a 390×844 phone, same CPU and Slow 4G:
 *              LCP, bytes and requests until LCP and in all, CLS
 *   lighthouse Lighthouse's default mobile profile (simulated throttling), performance and
 *              accessibility scores, LCP and TBT of the first slide; the two scores of /read/
 *   walk       1280×720, no throttling: ArrowRight through every click and slide; the slowest slide
 *              change (key press to the next slide's content painted) and the longest main-thread
 *              task (PerformanceObserver 'longtask')
 *   pdf        wall time of the PDF export, in all and per slide: this deck's own exporter
 *              (npm run export:pdf, which writes exports/), `slidev export` for the reference
 *
 * The reference deck is generated in <tmp>/wecom-bench-ref: as many slides as this deck, plain
 * Markdown with text and speaker notes of about the same length per slide, and Slidev's defaults
 * except `fonts: { provider: none }` (no remote fonts). It gets a vite.config.ts with only the
 * lightningcss `errorRecovery` setting, the same workaround this deck's vite.config.ts carries,
 * without which no Slidev 53 deck builds with this toolchain.
 *
 * Ports: 4201 (deck), 4202 (reference), 4203 (Lighthouse's Chromium), or from BENCH_PORT on
 * (constants.ts). `slidev export` starts its
 * own dev server on a port Slidev picks (12445 or the next free one); its CLI has no port option.
 * Builds and logs go to <tmp>/wecom-bench, so the project's dist/ is left alone (the deck's PDF
 * step rewrites exports/<name>.pdf, as npm run export:pdf does).
 * Results: bench-results/latest.md and latest.json (quick.* with --quick), git-ignored.
 *
 * Libraries: Playwright and Lighthouse (devDependencies), and two of their dependencies that npm
 * installs with them: chrome-launcher (Lighthouse's) and @slidev/parser (Slidev's, to count slides).
 */
import type { Deck, Metrics } from './constants.ts'
import type { Need } from './figures.ts'
import { existsSync, mkdirSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright'
import { CHROMIUM_ARGS } from '../../addons/kit/node/chromium.ts'
import { buildDeck, missingParts } from './build.ts'
import { CHROMIUM, DECK_PORT, log, REF_DIR, REF_PORT, ROOT, WORK } from './constants.ts'
import { measureLighthouse, measureLighthouseReading } from './lighthouse.ts'
import { measureLoad, measureReadingLoad } from './load.ts'
import { parseOptions } from './options.ts'
import { exportPdf } from './pdf.ts'
import { startServer, stopServer } from './processes.ts'
import { deckSlideSizes, writeReferenceDeck } from './reference-deck.ts'
import { writeReport } from './report.ts'
import { measureWalk } from './walk.ts'

async function main(): Promise<void> {
  const options = parseOptions()
  const { runs, doStep } = options
  mkdirSync(WORK, { recursive: true })
  const sizes = await deckSlideSizes()
  writeReferenceDeck(sizes)
  const decks: Deck[] = [
    {
      key: 'deck',
      entry: join(ROOT, 'slides.md'),
      cwd: ROOT,
      dist: join(WORK, 'deck-dist'),
      pdf: join(WORK, 'deck.pdf'),
      port: DECK_PORT,
      slides: sizes.length,
    },
    {
      key: 'ref',
      entry: join(REF_DIR, 'slides.md'),
      cwd: REF_DIR,
      dist: join(WORK, 'ref-dist'),
      pdf: join(WORK, 'ref.pdf'),
      port: REF_PORT,
      slides: sizes.length,
    },
  ]
  // This deck, not the reference: the one with a reading edition and a prerendered slide 1.
  const thisDeck = decks[0]!
  const load0 = loadavg()[0]!
  const started = new Date()
  log(`${sizes.length} slides; ${runs} run(s); Chromium ${CHROMIUM}; load average ${load0.toFixed(2)} on ${cpus().length} cores`)
  log(`reference deck: ${REF_DIR}/slides.md (logs and outputs in ${WORK})`)

  const results: Record<'deck' | 'ref', Metrics[]> = { deck: [], ref: [] }
  let absent = new Map<Need, string>()
  for (let run = 1; run <= runs; run++) {
    // Alternate the order, so neither deck always goes first into a busy or an idle machine.
    const order = run % 2
      ? decks
      : [...decks].reverse()
    const m: Record<'deck' | 'ref', Metrics> = { deck: {}, ref: {} }
    log(`run ${run}/${runs}`)
    for (const deck of order) {
      if (doStep('build')) {
        log(`  building ${deck.key}`)
        Object.assign(m[deck.key], await buildDeck(deck, run))
      }
      else if (!existsSync(join(deck.dist, 'index.html'))) {
        throw new Error(`--skip build, but there is no earlier build in ${deck.dist}`)
      }
    }
    absent = missingParts(thisDeck.dist)
    const readBuilt = !absent.has('read')
    if (doStep('load') || doStep('lighthouse') || doStep('walk')) {
      const servers = await Promise.all(decks.map(d => startServer(d.dist, d.port)))
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
      try {
        for (const deck of order) {
          if (doStep('load')) {
            Object.assign(m[deck.key], await measureLoad(browser, deck))
          }
        }
        // Only this deck has a reading edition; the reference's rows stay empty ("—").
        if (doStep('load') && readBuilt)
          Object.assign(m.deck, await measureReadingLoad(browser, thisDeck))
        for (const deck of order) {
          if (doStep('lighthouse')) {
            log(`  lighthouse ${deck.key}`)
            Object.assign(m[deck.key], await measureLighthouse(deck))
          }
        }
        if (doStep('lighthouse') && readBuilt) {
          log(`  lighthouse ${thisDeck.key} /read/`)
          Object.assign(m.deck, await measureLighthouseReading(thisDeck))
        }
        for (const deck of order) {
          if (doStep('walk'))
            Object.assign(m[deck.key], await measureWalk(browser, deck))
        }
      }
      finally {
        await browser.close()
        await Promise.all(servers.map(stopServer))
      }
    }
    for (const deck of order) {
      if (doStep('pdf')) {
        log(`  exporting ${deck.key} to PDF`)
        Object.assign(m[deck.key], await exportPdf(deck, run))
      }
    }
    results.deck.push(m.deck)
    results.ref.push(m.ref)
    log(`  run ${run}: ${JSON.stringify(m)}`)
  }

  writeReport({
    results,
    options,
    started,
    load0,
    slides: sizes.length,
    absent,
  })
}

await main()

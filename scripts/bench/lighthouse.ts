/**
 * Lighthouse's default mobile profile (simulated throttling) on a served deck, in a Chromium of
 * its own on LIGHTHOUSE_PORT: performance and accessibility scores, LCP and TBT, for the deck's
 * first slide and for the reading edition (/read/).
 */
import type { Deck, Metrics } from './constants.ts'
import { launch as launchChrome } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS } from '../../addons/kit/node/chromium.ts'
import { CHROMIUM, LIGHTHOUSE_PORT, log } from './constants.ts'
import { waitForPortFree } from './processes.ts'

async function lighthouseOnce(url: string, label: string): Promise<Metrics> {
  await waitForPortFree(LIGHTHOUSE_PORT)
  const chrome = await launchChrome({
    chromePath: CHROMIUM,
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    port: LIGHTHOUSE_PORT,
    logLevel: 'silent',
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    })
    if (!result)
      throw new Error('Lighthouse returned no result')
    const lhr = result.lhr
    if (lhr.runtimeError)
      throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const { performance: perf, accessibility: a11y } = lhr.categories
    if (!perf || !a11y)
      throw new Error('Lighthouse reported no performance or accessibility category')
    const failing = Object.values(lhr.audits).filter(a => a.score !== null && a.score < 1 && a11y.auditRefs.some(r => r.id === a.id && r.weight > 0))
    if (failing.length)
      log(`  ${label} accessibility audits below 1: ${failing.map(a => a.id).join(', ')}`)
    // The page may send Lighthouse's phone on to another document (the deck sends a phone held
    // upright to its reading edition): then the scores are that document's, and the report says so.
    const redirected = !!lhr.mainDocumentUrl && lhr.mainDocumentUrl !== url
    if (redirected)
      log(`  ${label} lighthouse was sent on to ${lhr.mainDocumentUrl}`)
    return {
      lhRedirects: redirected
        ? 1
        : 0,
      lhPerf: Math.round((perf.score ?? 0) * 100),
      lhA11y: Math.round((a11y.score ?? 0) * 100),
      lhLcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      lhTbtMs: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    }
  }
  finally {
    await chrome.kill()
  }
}

/** Lighthouse's mobile defaults, one run; tried a second time if Chromium or Lighthouse fails. */
async function lighthouseRun(url: string, label: string): Promise<Metrics> {
  try {
    return await lighthouseOnce(url, label)
  }
  catch (error) {
    log(`  ${label} lighthouse failed (${(error as Error).message}); trying once more`)
    return await lighthouseOnce(url, label)
  }
}

/**
 * The deck's first slide. Lighthouse's phone is held upright, so the deck would send it to the
 * reading edition (measured on its own below): `?view=slides` asks for the slides, as the reading
 * edition's own link does. The reference deck ignores the parameter.
 */
export async function measureLighthouse(deck: Deck): Promise<Metrics> {
  return lighthouseRun(`http://127.0.0.1:${deck.port}/?view=slides`, deck.key)
}

/** The reading edition: its scores, as lhReadPerf and lhReadA11y. */
export async function measureLighthouseReading(deck: Deck): Promise<Metrics> {
  const { lhPerf, lhA11y } = await lighthouseRun(`http://127.0.0.1:${deck.port}/read/`, `${deck.key} /read/`)
  return { lhReadPerf: lhPerf ?? Number.NaN, lhReadA11y: lhA11y ?? Number.NaN }
}

/**
 * Lighthouse's default mobile profile (simulated throttling) on a served deck, in a Chromium of
 * its own on LIGHTHOUSE_PORT: performance and accessibility scores, LCP and TBT.
 */
import type { Deck, Metrics } from './constants.ts'
import { launch as launchChrome } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS } from '../chromium.ts'
import { CHROMIUM, LIGHTHOUSE_PORT, log } from './constants.ts'
import { waitForPortFree } from './processes.ts'

async function lighthouseOnce(deck: Deck): Promise<Metrics> {
  await waitForPortFree(LIGHTHOUSE_PORT)
  const chrome = await launchChrome({
    chromePath: CHROMIUM,
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    port: LIGHTHOUSE_PORT,
    logLevel: 'silent',
  })
  try {
    const result = await lighthouse(`http://127.0.0.1:${deck.port}/`, {
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
      log(`  ${deck.key} accessibility audits below 1: ${failing.map(a => a.id).join(', ')}`)
    return {
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
export async function measureLighthouse(deck: Deck): Promise<Metrics> {
  try {
    return await lighthouseOnce(deck)
  }
  catch (error) {
    log(`  ${deck.key} lighthouse failed (${(error as Error).message}); trying once more`)
    return await lighthouseOnce(deck)
  }
}

/**
 * The throttled load: a deck's first slide from localhost in a fresh Chromium context, with the
 * CPU slowed and a DevTools network profile applied over the DevTools protocol; bytes and
 * requests until LCP and until the network is idle, requests to other origins, and LCP.
 */
import type { Browser, Request } from 'playwright'
import type { Deck, Metrics } from './constants.ts'
import { CPU_SLOWDOWN, log, PHONE, SLOW_4G } from './constants.ts'

interface NetRecord {
  url: string
  type: string
  /** Requested by the service worker (the PWA precache), not by the page. */
  sw: boolean
  /** Epoch ms. */
  start: number
  end: number
  /** Headers and (encoded) body received over the network; 0 when served from a cache. */
  bytes: number
  failed: boolean
}

/**
 * First slide from localhost on a throttled phone: bytes, requests, other origins, LCP.
 * Requests are counted at the browser context, so the service worker's (a PWA's precache) are
 * included; responses served from the HTTP cache or by the service worker count 0 bytes and are
 * not counted as requests.
 */
export async function measureLoad(browser: Browser, deck: Deck, network: typeof SLOW_4G = SLOW_4G): Promise<Metrics> {
  const context = await browser.newContext(PHONE)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', network)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  const records: NetRecord[] = []
  const pending = new Set<Promise<void>>()
  let inflight = 0
  let lastActivity = performance.now()
  const settle = (request: Request, failed: boolean) => {
    lastActivity = performance.now()
    inflight--
    if (request.url().startsWith('data:'))
      return
    const job = (async () => {
      const sizes = failed
        ? undefined
        : await request.sizes().catch(() => undefined)
      const timing = request.timing()
      records.push({
        url: request.url(),
        type: request.resourceType(),
        sw: !!request.serviceWorker(),
        start: timing.startTime,
        end: timing.startTime + Math.max(timing.responseEnd, 0),
        bytes: sizes
          ? Math.max(0, sizes.responseHeadersSize + sizes.responseBodySize)
          : 0,
        failed,
      })
    })()
    pending.add(job)
    void job.finally(() => pending.delete(job))
  }
  context.on('request', () => {
    inflight++
    lastActivity = performance.now()
  })
  context.on('requestfinished', r => settle(r, false))
  context.on('requestfailed', r => settle(r, true))
  const url = `http://127.0.0.1:${deck.port}/`
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 })
  // Wait past Slidev's preload of every slide (3 s after start) and a service worker's precache,
  // until the network is quiet.
  const loaded = performance.now()
  while (performance.now() - loaded < 60_000) {
    if (inflight <= 0 && performance.now() - lastActivity > 2000 && performance.now() - loaded > 6000)
      break
    await page.waitForTimeout(250)
  }
  const lcp = await page.evaluate(() => new Promise<{ time: number, element: string }>((resolveLcp) => {
    new PerformanceObserver((list) => {
      const last = list.getEntries().at(-1) as PerformanceEntry & { element?: Element | null }
      const el = last.element
      resolveLcp({
        time: last.startTime,
        element: el
          ? `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').slice(0, 30)}`
          : '(none)',
      })
    }).observe({ type: 'largest-contentful-paint', buffered: true })
    setTimeout(resolveLcp, 5000, { time: Number.NaN, element: '(no LCP entry)' })
  }))
  await Promise.all(pending)
  await context.close()
  const origin = new URL(url).origin
  const onNetwork = records.filter(r => r.bytes > 0 || r.failed)
  const navStart = Math.min(...records.filter(r => r.type === 'document' && !r.sw).map(r => r.start))
  const byLcp = onNetwork.filter(r => !r.sw && r.end - navStart <= lcp.time)
  const pageReqs = onNetwork.filter(r => !r.sw)
  const sw = onNetwork.filter(r => r.sw)
  const sum = (rs: NetRecord[]) => rs.reduce((a, r) => a + r.bytes, 0)
  log(`  ${deck.key} first slide, ${network === SLOW_4G
    ? 'Slow 4G'
    : '150 ms'}: LCP ${Math.round(lcp.time)} ms on <${lcp.element}>; ${pageReqs.length} page and ${sw.length} service-worker requests`)
  return {
    loadBytesLcp: sum(byLcp),
    loadRequestsLcp: byLcp.length,
    loadBytesPage: sum(pageReqs),
    loadBytesSw: sum(sw),
    loadBytes: sum(onNetwork),
    loadRequests: onNetwork.length,
    loadFontBytes: sum(onNetwork.filter(r => r.type === 'font')),
    loadOtherOrigin: onNetwork.filter(r => new URL(r.url).origin !== origin).length,
    loadLcpMs: lcp.time,
  }
}

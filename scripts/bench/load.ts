/**
 * Throttled loads from localhost, each in a fresh Chromium context with the CPU slowed and a
 * DevTools network profile applied over the DevTools protocol:
 *   - the deck's first slide on a phone (412×823), on Slow 4G and on a lighter network: bytes and
 *     requests until LCP and until the network is idle, requests to other origins, LCP;
 *   - the first slide on a laptop (1280×720), on Slow 4G: LCP, CLS over the first 10 s (which
 *     spans the hand-over from a prerendered slide 1 to Slidev's app), and when the prerendered
 *     slide (#deck-first-paint) is removed;
 *   - the reading edition (/read/) on a 390×844 phone, on Slow 4G: LCP, bytes and requests until
 *     LCP and in all, CLS.
 */
import type { Browser, BrowserContextOptions, Request } from 'playwright'
import type { Deck, Metrics } from './constants.ts'
import { CPU_SLOWDOWN, LIGHT_4G, log, PHONE, SLOW_4G } from './constants.ts'

type Network = typeof SLOW_4G

interface Profile {
  /** For the log line. */
  name: string
  device: BrowserContextOptions
  network: Network
  /** After the first measurement, scroll to the end of the page and count what that fetched. */
  scrollToEnd?: boolean
}

const PHONE_SLOW: Profile = { name: 'phone, Slow 4G', device: PHONE, network: SLOW_4G }
const PHONE_LIGHT: Profile = { name: 'phone, 150 ms', device: PHONE, network: LIGHT_4G }
const LAPTOP_SLOW: Profile = {
  name: 'laptop 1280×720, Slow 4G',
  device: {
    viewport: { width: 1280, height: 720 },
  },
  network: SLOW_4G,
}
/** A 390×844 phone in portrait (iPhone 12 to 14 size, 3 device pixels per CSS pixel). */
const READING_PHONE: Profile = {
  name: '390×844 phone, Slow 4G',
  device: {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  },
  network: SLOW_4G,
  scrollToEnd: true,
}

/** Layout shifts from navigation start to this many ms count towards the CLS rows. */
const CLS_WINDOW_MS = 10_000

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

interface PageLoad {
  bytesLcp: number
  requestsLcp: number
  bytesPage: number
  bytesSw: number
  bytes: number
  requests: number
  fontBytes: number
  otherOrigin: number
  /** From the first request of the link, across any redirect. */
  lcpMs: number
  /** Documents loaded after the first (a page that sent the browser on to another). */
  redirects: number
  /** Sum of the layout shifts without recent input in the first CLS_WINDOW_MS. */
  cls: number
  /** When #deck-first-paint left the document (page clock); NaN if it never was there. */
  handOverMs: number
  /** With scrollToEnd: everything transferred once the page was scrolled to its end; else NaN. */
  bytesScrolled: number
}

interface HandOver { seen: number, removed: number, lcpElement: string }

/**
 * Runs in the page before its own scripts: notes when #deck-first-paint (the prerendered slide 1)
 * appears and when it leaves the document, and describes each LCP candidate while it is still in
 * the document (the prerendered slide's are gone by the time the load is read).
 */
function watchFirstScreen(): void {
  const w = window as unknown as { __handOver: HandOver }
  const state: HandOver = { seen: Number.NaN, removed: Number.NaN, lcpElement: '' }
  w.__handOver = state
  let el: Element | null = null
  const observer = new MutationObserver(() => {
    if (!el) {
      el = document.getElementById('deck-first-paint')
      if (el)
        state.seen = performance.now()
    }
    else if (!el.isConnected) {
      state.removed = performance.now()
      observer.disconnect()
    }
  })
  observer.observe(document, { childList: true, subtree: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element | null })[]) {
      const e = entry.element
      state.lcpElement = e
        ? `${e.closest('#deck-first-paint')
          ? '#deck-first-paint '
          : ''}${e.tagName.toLowerCase()}: ${(e.textContent ?? '').slice(0, 30)}`
        : '(none)'
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true })
}

/**
 * Load `url` on a throttled device and read what it cost: bytes, requests, other origins, LCP,
 * CLS. Requests are counted at the browser context, so the service worker's (a PWA's precache)
 * are included; responses served from the HTTP cache or by the service worker count 0 bytes and
 * are not counted as requests.
 */
async function loadPage(browser: Browser, url: string, label: string, profile: Profile): Promise<PageLoad> {
  const context = await browser.newContext(profile.device)
  const page = await context.newPage()
  await page.addInitScript(watchFirstScreen)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', profile.network)
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
      // Chromium reports no body size for a service worker's own script: its Content-Length is
      // what came over the network (the scripts are served compressed).
      let body = sizes?.responseBodySize ?? 0
      if (sizes && body === 0 && request.serviceWorker() && request.resourceType() === 'script') {
        const response = await request.response().catch(() => null)
        if (response?.status() === 200)
          body = Number(await response.headerValue('content-length').catch(() => null) ?? 0)
      }
      const timing = request.timing()
      records.push({
        url: request.url(),
        type: request.resourceType(),
        sw: !!request.serviceWorker(),
        start: timing.startTime,
        end: timing.startTime + Math.max(timing.responseEnd, 0),
        bytes: sizes
          ? Math.max(0, sizes.responseHeadersSize + body)
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
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 })
  // Wait past Slidev's preload of every slide (3 s after start) and a service worker's precache,
  // until the network is quiet.
  const loaded = performance.now()
  while (performance.now() - loaded < 60_000) {
    if (inflight <= 0 && performance.now() - lastActivity > 2000 && performance.now() - loaded > 6000)
      break
    await page.waitForTimeout(250)
  }
  // The CLS rows cover the first 10 s whatever the network did, hand-over included.
  const age = await page.evaluate(() => performance.now())
  if (age < CLS_WINDOW_MS)
    await page.waitForTimeout(CLS_WINDOW_MS - age)
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
  const timeOrigin = await page.evaluate(() => performance.timeOrigin)
  await Promise.all(pending)
  const documents = records.filter(r => r.type === 'document' && !r.sw)
  const navStart = Math.min(...documents.map(r => r.start))
  // A page that sends the browser on to another (the deck sends a phone held upright to its
  // reading edition) is timed from the link: the last document's clock started later by this.
  const offset = documents.length > 1
    ? timeOrigin - navStart
    : 0
  const lcpMs = lcp.time + offset
  const shifts = await page.evaluate(windowMs => new Promise<{ cls: number, count: number }>((resolveShifts) => {
    new PerformanceObserver((list) => {
      const entries = (list.getEntries() as (PerformanceEntry & { value: number, hadRecentInput: boolean })[])
        .filter(e => !e.hadRecentInput && e.startTime <= windowMs)
      resolveShifts({
        cls: entries.reduce((a, e) => a + e.value, 0),
        count: entries.length,
      })
    }).observe({ type: 'layout-shift', buffered: true })
    // The observer reports nothing when there was no shift at all.
    setTimeout(resolveShifts, 500, { cls: 0, count: 0 })
  }), CLS_WINDOW_MS - offset)
  const handOver = await page.evaluate(() => (window as unknown as { __handOver: HandOver }).__handOver)
  const ended = new URL(page.url()).pathname
  await Promise.all(pending)
  // What the visit transferred without scrolling (the rows' figures), before any scroll below.
  const firstRecords = [...records]
  let bytesScrolled = Number.NaN
  if (profile.scrollToEnd) {
    // A reader who reads to the end: a screen at a time, then until the network is quiet again.
    for (;;) {
      const atEnd = await page.evaluate(() => {
        scrollBy(0, innerHeight)
        return innerHeight + scrollY >= document.documentElement.scrollHeight - 2
      })
      await page.waitForTimeout(400)
      if (atEnd)
        break
    }
    const scrolled = performance.now()
    const busy = () => inflight > 0 || performance.now() - lastActivity < 2000
    while (performance.now() - scrolled < 60_000 && busy())
      await page.waitForTimeout(250)
    await Promise.all(pending)
    bytesScrolled = records.filter(r => r.bytes > 0 || r.failed).reduce((a, r) => a + r.bytes, 0)
  }
  await context.close()
  const origin = new URL(url).origin
  const onNetwork = firstRecords.filter(r => r.bytes > 0 || r.failed)
  const byLcp = onNetwork.filter(r => !r.sw && r.end - navStart <= lcpMs)
  const pageReqs = onNetwork.filter(r => !r.sw)
  const sw = onNetwork.filter(r => r.sw)
  const sum = (rs: NetRecord[]) => rs.reduce((a, r) => a + r.bytes, 0)
  const element = handOver.lcpElement || lcp.element
  const firstPaint = Number.isNaN(handOver.seen)
    ? ''
    : `; #deck-first-paint removed at ${Number.isNaN(handOver.removed)
      ? '(never)'
      : `${Math.round(handOver.removed)} ms`}`
  const redirected = documents.length > 1
    ? ` (sent on to ${ended}, ${documents.length} documents, the last from ${Math.round(offset)} ms)`
    : ''
  log(`  ${label}, ${profile.name}${redirected}: LCP ${Math.round(lcpMs)} ms on <${element}>; CLS ${shifts.cls.toFixed(3)} (${shifts.count} shifts)${firstPaint}; ${pageReqs.length} page and ${sw.length} service-worker requests`)
  return {
    bytesLcp: sum(byLcp),
    requestsLcp: byLcp.length,
    bytesPage: sum(pageReqs),
    bytesSw: sum(sw),
    bytes: sum(onNetwork),
    requests: onNetwork.length,
    fontBytes: sum(onNetwork.filter(r => r.type === 'font')),
    otherOrigin: onNetwork.filter(r => new URL(r.url).origin !== origin).length,
    lcpMs,
    redirects: documents.length - 1,
    cls: shifts.cls,
    handOverMs: handOver.removed + offset,
    bytesScrolled,
  }
}

/**
 * The deck's first slide: on a throttled phone (the first LCP row and the byte and request rows),
 * on the same phone with a lighter network (the second LCP row), and on a throttled laptop.
 */
export async function measureLoad(browser: Browser, deck: Deck): Promise<Metrics> {
  const url = `http://127.0.0.1:${deck.port}/`
  const phone = await loadPage(browser, url, `${deck.key} first slide`, PHONE_SLOW)
  const light = await loadPage(browser, url, `${deck.key} first slide`, PHONE_LIGHT)
  const laptop = await loadPage(browser, url, `${deck.key} first slide`, LAPTOP_SLOW)
  return {
    loadBytesLcp: phone.bytesLcp,
    loadRequestsLcp: phone.requestsLcp,
    loadBytesPage: phone.bytesPage,
    loadBytesSw: phone.bytesSw,
    loadBytes: phone.bytes,
    loadRequests: phone.requests,
    loadFontBytes: phone.fontBytes,
    loadOtherOrigin: phone.otherOrigin,
    loadLcpMs: phone.lcpMs,
    // Not a row: the report notes it when the link sent the phone on to another page.
    loadRedirects: phone.redirects,
    loadLcpLightMs: light.lcpMs,
    laptopLcpMs: laptop.lcpMs,
    laptopBytes: laptop.bytes,
    laptopBytesSw: laptop.bytesSw,
    laptopRequests: laptop.requests,
    laptopCls: laptop.cls,
    // Only a prerendered slide 1 is handed over; without one the row stays empty.
    ...(Number.isFinite(laptop.handOverMs)
      ? { laptopHandOverMs: laptop.handOverMs }
      : {}),
  }
}

/** The reading edition (<base>read/, a static page) on a throttled 390×844 phone. */
export async function measureReadingLoad(browser: Browser, deck: Deck): Promise<Metrics> {
  const read = await loadPage(browser, `http://127.0.0.1:${deck.port}/read/`, `${deck.key} /read/`, READING_PHONE)
  return {
    readLcpMs: read.lcpMs,
    readBytesLcp: read.bytesLcp,
    readRequestsLcp: read.requestsLcp,
    readBytes: read.bytes,
    readRequests: read.requests,
    readCls: read.cls,
    readBytesScrolled: read.bytesScrolled,
  }
}

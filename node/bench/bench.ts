/**
 * `npm run bench`: build this deck and a generated reference deck with the same toolchain, measure
 * both the same way in one run, and print a Markdown table with the medians, the deck/reference
 * ratio, the noise of each figure and the issue's targets.
 *
 *   node node/bench/bench.ts [--runs 3] [--quick] [--skip pdf,lighthouse,...]
 *
 *   --runs N   measured runs per deck (default 3; medians are reported)
 *   --quick    one run unless --runs says otherwise; the table goes to bench-results/quick.md
 *   --skip     any of build, load, lighthouse, walk, pdf (build is skipped only if a build
 *              from an earlier bench run is there to measure)
 *
 * What is measured, per deck and per run:
 *   build      `slidev build <entry> --base / --out <tmp>` wall time; dist/ bytes, and raw and
 *              gzip bytes of its JS, CSS and fonts
 *   load       the first slide served from localhost (node/serve.ts --gzip, as static hosts
 *              compress) in a fresh Chromium context, phone viewport, CPU throttled 4× and the
 *              DevTools "Slow 4G" network applied through the DevTools protocol: bytes and
 *              requests until the first slide's content is painted (LCP) and in all until the
 *              network is idle (this includes Slidev's own preload of every slide 3 s after
 *              start and a service worker's precache, when the deck is a PWA), requests to other
 *              origins, LCP; then LCP once more on a lighter network (150 ms per request)
 *   lighthouse Lighthouse's default mobile profile (simulated throttling), performance and
 *              accessibility scores, LCP and TBT of the first slide
 *   walk       1280×720, no throttling: ArrowRight through every click and slide; the slowest slide
 *              change (key press to the next slide's content painted) and the longest main-thread
 *              task (PerformanceObserver 'longtask')
 *   pdf        `slidev export --executable-path <Chromium>` wall time, and per slide
 *
 * The reference deck is generated in <tmp>/wecom-bench-ref: as many slides as this deck, plain
 * Markdown with text and speaker notes of about the same length per slide, and Slidev's defaults
 * except `fonts: { provider: none }` (no remote fonts). It gets a vite.config.ts with only the
 * lightningcss `errorRecovery` setting, the same workaround this deck's vite.config.ts carries,
 * without which no Slidev 53 deck builds with this toolchain.
 *
 * Ports: 4201 (deck), 4202 (reference), 4203 (Lighthouse's Chromium). `slidev export` starts its
 * own dev server on a port Slidev picks (12445 or the next free one); its CLI has no port option.
 * Builds, PDFs and logs go to <tmp>/wecom-bench, so the project's dist/ and exports/ are left alone.
 * Results: bench-results/latest.md and latest.json (quick.* with --quick), git-ignored.
 *
 * Libraries: Playwright and Lighthouse (devDependencies), and two of their dependencies that npm
 * installs with them: chrome-launcher (Lighthouse's) and @slidev/parser (Slidev's, to count slides).
 */
import type { ChildProcess } from 'node:child_process'
import type { Browser, Page, Request } from 'playwright'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, extname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { parseSync } from '@slidev/parser/core'
import { launch as launchChrome } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright'
import { CHROMIUM_ARGS, findChromium } from '../chromium.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
/** Slidev's CLI as installed for a deck: the reference's goes through its own node_modules/. */
const slidevBin = (cwd: string) => join(cwd, 'node_modules/@slidev/cli/bin/slidev.mjs')
const SERVE = join(ROOT, 'node/serve.ts')
const WORK = join(tmpdir(), 'wecom-bench')
const REF_DIR = join(tmpdir(), 'wecom-bench-ref')
const STEPS = [
  'build',
  'load',
  'lighthouse',
  'walk',
  'pdf',
] as const
type Step = typeof STEPS[number]

/**
 * DevTools' "Slow 4G" preset: Lighthouse's mobile network (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s
 * up) turned into per-request figures the way DevTools and Lighthouse do: latency × 3.75,
 * throughput × 0.9. The targets apply to this profile.
 */
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: 1.6 * 1000 * 1000 / 8 * 0.9,
  uploadThroughput: 750 * 1000 / 8 * 0.9,
}
/** The same network with its RTT applied per request as is (150 ms): a lighter, second profile. */
const LIGHT_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: 1.6 * 1000 * 1000 / 8,
  uploadThroughput: 750 * 1000 / 8,
}
const CPU_SLOWDOWN = 4
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
}

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    skip: { type: 'string', default: '' },
  },
})
const RUNS = Number(args.runs ?? (args.quick ? 1 : 3))
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`--runs must be a positive integer, got ${args.runs}`)
const skip = new Set(args.skip.split(',').map(s => s.trim()).filter(Boolean))
for (const s of skip) {
  if (!(STEPS as readonly string[]).includes(s))
    throw new Error(`--skip: unknown step "${s}" (known: ${STEPS.join(', ')})`)
}
const doStep = (s: Step) => !skip.has(s)

const CHROMIUM = findChromium()

interface Deck {
  key: 'deck' | 'ref'
  entry: string
  cwd: string
  dist: string
  pdf: string
  port: number
  slides: number
}

type Metrics = Record<string, number>

function log(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`)
}

// ---------------------------------------------------------------------------------------------
// The reference deck

/** Visible text of a slide's Markdown source, roughly: no comments, tags, mustaches or syntax. */
function visibleText(md: string): string {
  return md
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\{\{[\s\S]*?\}\}/g, '')
    .replace(/^[#>\-*\s]+/gm, '')
    .replace(/\s+/g, '')
}

/** Deterministic filler text in Chinese, so the reference renders the same script as the deck. */
function makeFiller(seed: number): (chars: number) => string {
  const pool = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世'
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6D2B79F5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return (chars: number) => {
    let s = ''
    for (let i = 0; i < chars; i++)
      s += pool[Math.floor(next() * pool.length)]
    return s
  }
}

interface SlideSize { text: number, notes: number }

function deckSlideSizes(): SlideSize[] {
  const md = parseSync(readFileSync(join(ROOT, 'slides.md'), 'utf8'), join(ROOT, 'slides.md'))
  return md.slides
    .filter(s => !s.frontmatter?.hide && !s.frontmatter?.disabled)
    .map(s => ({ text: visibleText(s.content).length, notes: (s.note ?? '').replace(/\s+/g, '').length }))
}

function writeReferenceDeck(sizes: SlideSize[]): void {
  // Start afresh, but keep node_modules/ and with it Vite's cache of the reference's dev server.
  mkdirSync(REF_DIR, { recursive: true })
  for (const name of readdirSync(REF_DIR)) {
    if (name !== 'node_modules')
      rmSync(join(REF_DIR, name), { recursive: true, force: true })
  }
  const filler = makeFiller(20260816)
  const slides = sizes.map((size, i) => {
    const lines = [`# 第 ${i + 1} 页：${filler(8)}`, '']
    let left = size.text - 12
    if (left > 0) {
      lines.push(`${filler(Math.min(left, 40))}。`, '')
      left -= 40
    }
    while (left > 0) {
      lines.push(`- ${filler(Math.min(left, 24))}`)
      left -= 24
    }
    const notes: string[] = []
    for (let left = size.notes; left > 0; left -= 80)
      notes.push(`${filler(Math.min(left, 80))}。`)
    if (notes.length)
      lines.push('', '<!--', notes.join('\n\n'), '-->')
    return lines.join('\n')
  })
  const headmatter = [
    '---',
    'title: 参考演示',
    '# Slidev defaults, except: no remote fonts (the benchmark has no network, and a venue may not either)',
    'fonts:',
    '  provider: none',
    '---',
    '',
  ].join('\n')
  writeFileSync(join(REF_DIR, 'slides.md'), `${headmatter}${slides.join('\n\n---\n\n')}\n`)
  // The same lightningcss workaround as this deck's vite.config.ts, and nothing else.
  writeFileSync(join(REF_DIR, 'vite.config.ts'), 'export default { css: { lightningcss: { errorRecovery: true } } }\n')
  // Resolve @slidev/*, the theme and their dependencies from this project's node_modules, one
  // link per package: node_modules/ itself stays a real directory, so Vite's cache
  // (node_modules/.vite) is the reference's own and never touches this project's, and Slidev,
  // started from <ref>/node_modules/@slidev/cli, sees a local install as it does for the deck.
  const modules = join(REF_DIR, 'node_modules')
  mkdirSync(modules, { recursive: true })
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== '.vite' && !existsSync(join(modules, name)))
      symlinkSync(join(ROOT, 'node_modules', name), join(modules, name))
  }
}

// ---------------------------------------------------------------------------------------------
// Processes

/** Run a command to completion in its own process group; resolve with its wall time in seconds. */
function runTimed(label: string, args: string[], cwd: string, timeoutMs: number): Promise<number> {
  const logFile = join(WORK, `${label}.log`)
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now()
    const child = spawn(process.execPath, args, {
      cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    })
    let out = ''
    child.stdout.on('data', (d: Buffer) => out += d)
    child.stderr.on('data', (d: Buffer) => out += d)
    const timer = setTimeout(() => {
      out += `\n[bench] killed after ${timeoutMs} ms\n`
      try {
        process.kill(-child.pid!, 'SIGKILL')
      }
      catch {}
    }, timeoutMs)
    child.on('close', (code) => {
      clearTimeout(timer)
      const seconds = (performance.now() - t0) / 1000
      writeFileSync(logFile, out)
      if (code === 0)
        resolvePromise(seconds)
      else
        reject(new Error(`${label} failed (exit ${code}); see ${logFile}`))
    })
  })
}

function startServer(dir: string, port: number): Promise<ChildProcess> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [
      SERVE,
      dir,
      '--port',
      String(port),
      '--base',
      '/',
      '--gzip',
    ], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let err = ''
    child.stderr.on('data', (d: Buffer) => err += d)
    child.stdout.on('data', (d: Buffer) => {
      if (String(d).includes('Serving'))
        resolvePromise(child)
    })
    child.on('exit', code => reject(new Error(`server on port ${port} exited (${code}): ${err}`)))
  })
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null) {
      resolvePromise()
      return
    }
    child.removeAllListeners('exit')
    child.once('exit', () => resolvePromise())
    child.kill()
  })
}

// ---------------------------------------------------------------------------------------------
// Measurements

function distStats(dist: string): Metrics {
  const m = {
    distBytes: 0,
    jsBytes: 0,
    jsGzip: 0,
    cssBytes: 0,
    cssGzip: 0,
    fontBytes: 0,
    fontGzip: 0,
    distFiles: 0,
  }
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name)
      if (statSync(file).isDirectory()) {
        walk(file)
        continue
      }
      const buf = readFileSync(file)
      m.distBytes += buf.length
      m.distFiles++
      const ext = extname(name).toLowerCase()
      const kind = ext === '.js' || ext === '.mjs'
        ? 'js'
        : ext === '.css'
          ? 'css'
          : ['.woff2', '.woff', '.ttf', '.otf'].includes(ext)
              ? 'font'
              : ''
      if (kind) {
        m[`${kind}Bytes` as keyof typeof m] += buf.length
        m[`${kind}Gzip` as keyof typeof m] += gzipSync(buf, { level: 9 }).length
      }
    }
  }
  walk(dist)
  return { ...m, otherBytes: m.distBytes - m.jsBytes - m.cssBytes - m.fontBytes }
}

async function buildDeck(deck: Deck, run: number): Promise<Metrics> {
  rmSync(deck.dist, { recursive: true, force: true })
  const seconds = await runTimed(`build-${deck.key}-${run}`, [
    slidevBin(deck.cwd),
    'build',
    deck.entry,
    '--base',
    '/',
    '--out',
    deck.dist,
  ], deck.cwd, 10 * 60_000)
  return {
    buildSeconds: seconds,
    ...distStats(deck.dist),
  }
}

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
async function measureLoad(browser: Browser, deck: Deck, network: typeof SLOW_4G = SLOW_4G): Promise<Metrics> {
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

const LIGHTHOUSE_PORT = 4203

/** Resolves once nothing listens on the port any more (a Chromium that was killed has exited). */
async function waitForPortFree(port: number, ms = 15_000): Promise<void> {
  const deadline = performance.now() + ms
  while (performance.now() < deadline) {
    const inUse = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        done(true)
      })
      socket.once('error', () => done(false))
    })
    if (!inUse)
      return
    await new Promise(r => setTimeout(r, 250))
  }
  throw new Error(`port ${port} is still in use`)
}

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
async function measureLighthouse(deck: Deck): Promise<Metrics> {
  try {
    return await lighthouseOnce(deck)
  }
  catch (error) {
    log(`  ${deck.key} lighthouse failed (${(error as Error).message}); trying once more`)
    return await lighthouseOnce(deck)
  }
}

/** Collects long tasks and the time of the last key press from the start of the page. */
function instrumentPage(): void {
  const w = window as unknown as { __longtasks: { start: number, duration: number }[], __lastKey: number }
  w.__longtasks = []
  w.__lastKey = 0
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.__longtasks.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask', buffered: true })
  window.addEventListener('keydown', e => w.__lastKey = e.timeStamp, { capture: true })
}

interface StepResult {
  /** Key press to the frame after the result is painted. */
  ms: number
  /** The key press's event time (page clock). */
  key: number
  /** A slide change (true) or a click on the same slide. */
  slide: boolean
  href: string
}

/**
 * Resolves when the press that follows has shown its result: for a slide change, the frame after
 * the new slide's content is in the page and displayed; for a click on the same slide, the frame
 * after the URL changes. Resolves null when nothing changes within `ms`.
 */
function watchNextStep(ms: number): void {
  const w = window as unknown as { __step: Promise<StepResult | null>, __lastKey: number }
  const before = new URL(location.href)
  w.__step = new Promise((done) => {
    const painted = (slide: boolean) => {
      const channel = new MessageChannel()
      const key = w.__lastKey
      channel.port1.onmessage = () => done({
        ms: performance.now() - key,
        key,
        slide,
        href: location.href,
      })
      channel.port2.postMessage(0)
    }
    const waitForSlide = (no: string) => {
      const el = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
      if (el && getComputedStyle(el).display !== 'none' && el.querySelector('.slidev-layout') && (el.textContent ?? '').trim())
        painted(true)
      else
        requestAnimationFrame(() => waitForSlide(no))
    }
    const tick = () => {
      if (location.href === before.href) {
        requestAnimationFrame(tick)
        return
      }
      const now = new URL(location.href)
      if (now.pathname !== before.pathname)
        waitForSlide(now.pathname.split('/').filter(Boolean).at(-1) ?? '1')
      else
        painted(false)
    }
    requestAnimationFrame(tick)
    setTimeout(done, ms, null)
  })
}

async function measureWalk(browser: Browser, deck: Deck): Promise<Metrics> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
  })
  const page: Page = await context.newPage()
  await page.addInitScript(instrumentPage)
  await page.goto(`http://127.0.0.1:${deck.port}/1`, { waitUntil: 'networkidle' })
  await page.locator('.slidev-page-1 .slidev-layout').waitFor()
  await page.waitForTimeout(4000) // past Slidev's preload of every slide
  const walkStart = await page.evaluate(() => performance.now())
  let maxChange = 0
  let slowest = ''
  let changes = 0
  let steps = 0
  const presses: StepResult[] = []
  for (let i = 0; i < 500; i++) {
    await page.evaluate(watchNextStep, 3000)
    await page.keyboard.press('ArrowRight')
    const step = await page.evaluate(() => (window as unknown as { __step: Promise<StepResult | null> }).__step)
    if (!step)
      break
    steps++
    presses.push(step)
    if (step.slide) {
      changes++
      if (step.ms > maxChange) {
        maxChange = step.ms
        slowest = new URL(step.href).pathname
      }
    }
    await page.waitForTimeout(350) // let the transition run before the next press
  }
  const tasks = await page.evaluate(t0 => (window as unknown as { __longtasks: { start: number, duration: number }[] }).__longtasks.filter(t => t.start >= t0), walkStart)
  await context.close()
  if (changes !== deck.slides - 1)
    log(`  ${deck.key} walk: expected ${deck.slides - 1} slide changes, saw ${changes}`)
  const maxTask = Math.max(0, ...tasks.map(t => t.duration))
  const longest = tasks.find(t => t.duration === maxTask)
  const during = longest
    ? presses.filter(p => p.key <= longest.start).at(-1)
    : undefined
  const where = during
    ? ` after the press that went to ${new URL(during.href).pathname}${new URL(during.href).search}`
    : ''
  log(`  ${deck.key} walk: ${steps} steps, ${changes} slide changes, slowest ${Math.round(maxChange)} ms (to ${slowest}), ${tasks.length} long tasks, longest ${Math.round(maxTask)} ms${where}`)
  return {
    walkMaxChangeMs: maxChange,
    walkMaxTaskMs: maxTask,
    walkLongTasks: tasks.length,
    walkSteps: steps,
  }
}

async function exportPdf(deck: Deck, run: number): Promise<Metrics> {
  rmSync(deck.pdf, { force: true })
  const seconds = await runTimed(`export-${deck.key}-${run}`, [
    slidevBin(deck.cwd),
    'export',
    deck.entry,
    '--output',
    deck.pdf,
    '--executable-path',
    CHROMIUM,
  ], deck.cwd, 10 * 60_000)
  if (!existsSync(deck.pdf))
    throw new Error(`slidev export wrote no ${deck.pdf}`)
  return { pdfSeconds: seconds, pdfPerSlideSeconds: seconds / deck.slides }
}

// ---------------------------------------------------------------------------------------------
// Report

interface Figure {
  key: string
  label: string
  unit: 's' | 'ms' | 'bytes' | 'count' | 'score'
  step: Step
  target?: { text: string, met: (deck: number, ref: number) => boolean }
}

function fig(step: Step, key: string, unit: Figure['unit'], label: string, target?: Figure['target']): Figure {
  return { step, key, unit, label, target }
}
type Target = NonNullable<Figure['target']>
const notAboveRef: Target = {
  text: '≤ reference',
  met: (d, r) => d <= r,
}
const transferBudget: Target = {
  text: '≤ 500 kB and ≤ reference',
  met: (d, r) => d <= 500_000 && d <= r,
}
const none: Target = {
  text: '0',
  met: d => d === 0,
}
const lcpBudget: Target = {
  text: '≤ 2500 ms',
  met: d => d <= 2500,
}
const perfBudget: Target = {
  text: '≥ 95',
  met: d => d >= 95,
}
const full: Target = {
  text: '100',
  met: d => d === 100,
}
const changeBudget: Target = {
  text: '≤ 100 ms',
  met: d => d <= 100,
}
const taskBudget: Target = {
  text: '≤ 50 ms',
  met: d => d <= 50,
}

const FIGURES: Figure[] = [
  fig('build', 'buildSeconds', 's', 'Build: wall time', notAboveRef),
  fig('build', 'distBytes', 'bytes', 'dist/: all files'),
  fig('build', 'jsBytes', 'bytes', 'dist/: JS'),
  fig('build', 'jsGzip', 'bytes', 'dist/: JS, gzip'),
  fig('build', 'cssBytes', 'bytes', 'dist/: CSS'),
  fig('build', 'cssGzip', 'bytes', 'dist/: CSS, gzip'),
  fig('build', 'fontBytes', 'bytes', 'dist/: fonts'),
  fig('build', 'fontGzip', 'bytes', 'dist/: fonts, gzip'),
  fig('build', 'otherBytes', 'bytes', 'dist/: other files (HTML, images, a PDF download)'),
  fig('load', 'loadBytesLcp', 'bytes', 'First slide: transferred until it shows (LCP)'),
  fig('load', 'loadRequestsLcp', 'count', 'First slide: requests until it shows'),
  fig('load', 'loadBytesPage', 'bytes', 'First slide: page, to network idle (incl. Slidev\'s preload of all slides)'),
  fig('load', 'loadBytesSw', 'bytes', 'First slide: service-worker precache (PWA)'),
  fig('load', 'loadBytes', 'bytes', 'First slide: transferred in all (page + service worker, fonts included)', transferBudget),
  fig('load', 'loadRequests', 'count', 'First slide: requests in all'),
  fig('load', 'loadFontBytes', 'bytes', 'First slide: font bytes transferred'),
  fig('load', 'loadOtherOrigin', 'count', 'First slide: requests to other origins', none),
  fig('load', 'loadLcpMs', 'ms', 'First slide: LCP, CPU 4×, DevTools Slow 4G', lcpBudget),
  fig('load', 'loadLcpLightMs', 'ms', 'First slide: LCP, CPU 4×, 150 ms per request, 1.6 Mbit/s'),
  fig('lighthouse', 'lhPerf', 'score', 'Lighthouse mobile: performance', perfBudget),
  fig('lighthouse', 'lhA11y', 'score', 'Lighthouse mobile: accessibility', full),
  fig('lighthouse', 'lhLcpMs', 'ms', 'Lighthouse mobile: LCP (simulated)'),
  fig('lighthouse', 'lhTbtMs', 'ms', 'Lighthouse mobile: TBT (simulated)'),
  fig('walk', 'walkMaxChangeMs', 'ms', 'Walk: slowest slide change', changeBudget),
  fig('walk', 'walkMaxTaskMs', 'ms', 'Walk: longest main-thread task', taskBudget),
  fig('walk', 'walkLongTasks', 'count', 'Walk: tasks over 50 ms'),
  fig('pdf', 'pdfSeconds', 's', 'PDF export: wall time'),
  fig('pdf', 'pdfPerSlideSeconds', 's', 'PDF export: per slide', notAboveRef),
]

function median(xs: number[]): number {
  const s = xs.filter(x => Number.isFinite(x)).sort((a, b) => a - b)
  if (!s.length)
    return Number.NaN
  const mid = Math.floor(s.length / 2)
  return s.length % 2
    ? s[mid]!
    : (s[mid - 1]! + s[mid]!) / 2
}

/** Half the range of the runs, relative to their median, in percent. */
function spread(xs: number[]): number {
  const s = xs.filter(x => Number.isFinite(x))
  const m = median(s)
  if (s.length < 2)
    return Number.NaN
  const range = Math.max(...s) - Math.min(...s)
  return range === 0
    ? 0
    : m === 0
      ? Number.POSITIVE_INFINITY
      : range / 2 / Math.abs(m) * 100
}

function fmt(v: number, unit: Figure['unit']): string {
  if (!Number.isFinite(v))
    return '—'
  switch (unit) {
    case 's': return `${v.toFixed(v < 10
      ? 2
      : 1)} s`
    case 'ms': return `${Math.round(v)} ms`
    case 'count': return `${Math.round(v)}`
    case 'score': return `${Math.round(v)}`
    case 'bytes': return v >= 1e6
      ? `${(v / 1e6).toFixed(2)} MB`
      : v >= 1e3
        ? `${(v / 1e3).toFixed(1)} kB`
        : `${Math.round(v)} B`
  }
}

function fmtSpread(xs: number[]): string {
  const s = spread(xs)
  return !Number.isFinite(s)
    ? (xs.length < 2
        ? '—'
        : '∞')
    : s === 0
      ? '0'
      : `±${s < 10
        ? s.toFixed(1)
        : Math.round(s)}%`
}

function table(results: Record<'deck' | 'ref', Metrics[]>): { markdown: string, misses: string[], noisy: string[] } {
  const rows: string[][] = [
    [
      'Figure',
      'Deck',
      'Reference',
      'Deck / ref',
      `Noise, deck / ref (${RUNS} runs)`,
      'Target',
      'Met',
    ],
  ]
  const misses: string[] = []
  const noisy: string[] = []
  for (const f of FIGURES) {
    if (!doStep(f.step))
      continue
    const d = results.deck.map(m => m[f.key] ?? Number.NaN)
    const r = results.ref.map(m => m[f.key] ?? Number.NaN)
    const dm = median(d)
    const rm = median(r)
    const ratio = dm === 0 && rm === 0
      ? '='
      : rm === 0 || !Number.isFinite(dm / rm)
        ? '—'
        : `${(dm / rm).toFixed(dm / rm < 0.1
          ? 3
          : 2)}`
    let met = ''
    if (f.target) {
      const ok = Number.isFinite(dm) && f.target.met(dm, rm)
      met = ok ? 'yes' : '**no**'
      if (!ok)
        misses.push(`${f.label}: ${fmt(dm, f.unit)} (target ${f.target.text})`)
    }
    for (const xs of [d, r]) {
      const s = spread(xs)
      if (s > 10 && f.unit !== 'count' && !noisy.includes(f.label))
        noisy.push(f.label)
    }
    rows.push([
      f.label,
      fmt(dm, f.unit),
      fmt(rm, f.unit),
      ratio,
      `${fmtSpread(d)} / ${fmtSpread(r)}`,
      f.target?.text ?? '',
      met,
    ])
  }
  const header = rows[0]!
  const widths = header.map((_, i) => Math.max(...rows.map(row => [...row[i]!].length)))
  const line = (row: string[]) => `| ${row.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`
  const markdown = [
    line(header),
    `| ${widths.map(w => '-'.repeat(w)).join(' | ')} |`,
    ...rows.slice(1).map(line),
  ].join('\n')
  return { markdown, misses, noisy }
}

// ---------------------------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true })
  const sizes = deckSlideSizes()
  writeReferenceDeck(sizes)
  const decks: Deck[] = [
    {
      key: 'deck',
      entry: join(ROOT, 'slides.md'),
      cwd: ROOT,
      dist: join(WORK, 'deck-dist'),
      pdf: join(WORK, 'deck.pdf'),
      port: 4201,
      slides: sizes.length,
    },
    {
      key: 'ref',
      entry: join(REF_DIR, 'slides.md'),
      cwd: REF_DIR,
      dist: join(WORK, 'ref-dist'),
      pdf: join(WORK, 'ref.pdf'),
      port: 4202,
      slides: sizes.length,
    },
  ]
  const load0 = loadavg()[0]!
  const started = new Date()
  log(`${sizes.length} slides; ${RUNS} run(s); Chromium ${CHROMIUM}; load average ${load0.toFixed(2)} on ${cpus().length} cores`)
  log(`reference deck: ${REF_DIR}/slides.md (logs and outputs in ${WORK})`)

  const results: Record<'deck' | 'ref', Metrics[]> = { deck: [], ref: [] }
  for (let run = 1; run <= RUNS; run++) {
    // Alternate the order, so neither deck always goes first into a busy or an idle machine.
    const order = run % 2
      ? decks
      : [...decks].reverse()
    const m: Record<'deck' | 'ref', Metrics> = { deck: {}, ref: {} }
    log(`run ${run}/${RUNS}`)
    for (const deck of order) {
      if (doStep('build')) {
        log(`  building ${deck.key}`)
        Object.assign(m[deck.key], await buildDeck(deck, run))
      }
      else if (!existsSync(join(deck.dist, 'index.html'))) {
        throw new Error(`--skip build, but there is no earlier build in ${deck.dist}`)
      }
    }
    if (doStep('load') || doStep('lighthouse') || doStep('walk')) {
      const servers = await Promise.all(decks.map(d => startServer(d.dist, d.port)))
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
      try {
        for (const deck of order) {
          if (doStep('load')) {
            Object.assign(m[deck.key], await measureLoad(browser, deck))
            m[deck.key].loadLcpLightMs = (await measureLoad(browser, deck, LIGHT_4G)).loadLcpMs ?? Number.NaN
          }
        }
        for (const deck of order) {
          if (doStep('lighthouse')) {
            log(`  lighthouse ${deck.key}`)
            Object.assign(m[deck.key], await measureLighthouse(deck))
          }
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

  const { markdown, misses, noisy } = table(results)
  const load1 = loadavg()[0]!
  const notes = [
    `Medians of ${RUNS} run(s), ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} cores, load average ${load0.toFixed(2)} at the start and ${load1.toFixed(2)} at the end.`,
    `Noise is half the range of the runs relative to their median. ${noisy.length
      ? `Over ±10%: ${noisy.join('; ')}.`
      : 'No timing varied by more than ±10%.'}`,
    `Reference: ${sizes.length} slides of plain Markdown with text and notes of the same length per slide, Slidev defaults, \`fonts: { provider: none }\`.`,
    `Throttled load: phone viewport 412×823, CPU 4× slower, DevTools "Slow 4G" (562.5 ms per request, 1.44 Mbit/s down, 675 kbit/s up; the second LCP row: 150 ms, 1.6 Mbit/s, 750 kbit/s), served gzip-compressed from localhost (node/serve.ts --gzip). Walk: 1280×720, no throttling. kB = 1000 bytes.`,
    misses.length
      ? `Targets missed: ${misses.join('; ')}.`
      : 'Every target is met.',
  ]
  const report = `${markdown}\n\n${notes.map(n => `- ${n}`).join('\n')}\n`
  console.log(report)
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true })
  const name = args.quick ? 'quick' : 'latest'
  writeFileSync(join(ROOT, 'bench-results', `${name}.md`), report)
  writeFileSync(join(ROOT, 'bench-results', `${name}.json`), `${JSON.stringify({
    started,
    runs: RUNS,
    skip: [...skip],
    results,
  }, null, 2)}\n`)
  log(`wrote bench-results/${name}.md and ${name}.json`)
}

await main()

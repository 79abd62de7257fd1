/**
 * The walk: 1280×720, no throttling, ArrowRight through every click and slide of a served deck;
 * the slowest slide change (key press to the next slide's content painted) and the longest
 * main-thread task. The functions handed to page.evaluate run in the page, not in Node.
 */
import type { Browser, Page } from 'playwright'
import type { Deck, Metrics } from './constants.ts'
import { log } from './constants.ts'

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

export async function measureWalk(browser: Browser, deck: Deck): Promise<Metrics> {
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

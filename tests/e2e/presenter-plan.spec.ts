import type { Page } from '@playwright/test'
/**
 * The presenter's time plan and rehearsals in the built deck (addons/kit/client/presenter/),
 * with the page's clock under the test's control (Playwright's page.clock: Date, timers and
 * animation frames), so every figure on screen is exact:
 *
 *  - at slide N after T minutes on Slidev's own timer, the readout beside the timer says ahead,
 *    on time or behind by the right amount, where the plan expects the talk, and the slide's
 *    planned time and time on it;
 *  - a rehearsal across three slides, driven by the keys a clicker sends, records three
 *    durations, shows them against the plan with the slide that ran long marked in words, keeps
 *    them over a reload, exports them, and can become the plan;
 *  - the projected slides, the reading edition, the print view and the exported slide PDFs show
 *    none of it; the exported handout shows each slide's planned time;
 *  - it works offline, in both colour schemes with no serious axe violation, and in the example
 *    talk in its own (English) words.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { deckPlan } from '../../addons/kit/node/deck-plan'
import { clockText } from '../../addons/kit/shared/talk-length'
import { say } from '../../addons/kit/shared/words'
import { kit } from '../talk'
import { deck } from './deck'
import { example, EXAMPLE_ORIGIN, exampleKit } from './example'
import { files, need, pdfPages, squash } from './share'

// The plan as the build computes it, from the same sources.
const { plan, tolerance } = deckPlan(deck, kit)
const words = kit.words
const planned = (no: number) => plan.slides[no - 1]!

const START = new Date('2026-12-01T19:00:00+08:00')

/** Open the presenter view at slide `no` with the page's clock paused: only `runFor` moves it. */
async function presenter(page: Page, no: number, origin = '') {
  await page.clock.install({ time: START })
  await page.goto(`${origin}/presenter/${no}`)
  await expect(page.locator(`.slidev-page-${no}`).first()).toBeVisible()
  await page.clock.pauseAt(new Date(START.getTime() + 60_000))
  await expect(page.locator('.deck-pace')).toBeVisible()
}

/** Start Slidev's own timer (its play button shows when the pointer is over it). */
async function startSlidevTimer(page: Page) {
  const timer = page.locator('.slidev-presenter .grid-section.bottom > div').last()
  await timer.hover()
  await timer.locator('.i-carbon\\:play').click()
  await page.mouse.move(400, 300)
}

/** The next slide, whatever its clicks (↓ is Slidev's "next slide"). */
async function nextSlide(page: Page, to: number) {
  await page.keyboard.press('ArrowDown')
  await expect(page).toHaveURL(new RegExp(`/presenter/${to}(?:\\?|$)`))
}

test.describe('on stage, against Slidev\'s timer', () => {
  test('before the timer starts: the slide\'s planned time, and that the clock has not started', async ({ page }) => {
    await presenter(page, 14)
    const readout = page.locator('.deck-pace')
    await expect(readout).toHaveAttribute('data-pace', 'idle')
    await expect(readout).toContainText(words.paceIdle)
    await expect(readout).toContainText(say(words.paceSlideIdle, {
      planned: clockText(planned(14).seconds),
    }))
  })

  test('at slide 1 after 3 minutes: behind; at slide 14 early: ahead; then on time, then behind again', async ({ page }) => {
    await presenter(page, 1)
    await startSlidevTimer(page)
    const readout = page.locator('.deck-pace')
    const state = readout.locator('.deck-pace-state')

    // 3:00 on slide 1, planned for 0:00–0:40: 2:20 behind; the plan is on the slide playing at 3:00.
    await page.clock.runFor(180_000)
    const s1 = planned(1)
    await expect(readout).toHaveAttribute('data-pace', 'behind')
    await expect(state).toHaveText(say(words.paceBehind, {
      time: clockText(180 - s1.seconds),
    }))
    const at180 = plan.slides.find(s => s.start <= 180 && s.end > 180)!.no
    await expect(readout).toContainText(say(words.paceExpected, { no: at180 }))
    await expect(readout).toContainText(say(words.paceSlide, {
      spent: '3:00',
      planned: clockText(s1.seconds),
    }))
    // The slide kept past its time says so in weight and colour too; the words carry it either way.
    await expect(readout.locator('.deck-pace-slide')).toHaveAttribute('data-over', 'true')

    // Straight on to slide 14 with the clock still at 3:00: ahead by its planned start less 3:00.
    for (let no = 2; no <= 14; no++)
      await nextSlide(page, no)
    const s14 = planned(14)
    expect(s14.start - 180).toBeGreaterThan(tolerance)
    await expect(readout).toHaveAttribute('data-pace', 'ahead')
    await expect(state).toHaveText(say(words.paceAhead, {
      time: clockText(s14.start - 180),
    }))

    // The lead holds while the slide takes its planned time …
    await page.clock.runFor(s14.seconds * 1000)
    await expect(state).toHaveText(say(words.paceAhead, {
      time: clockText(s14.start - 180),
    }))
    // … and is spent by staying on: at the slide's planned end the talk is on time …
    await page.clock.runFor((s14.start - 180) * 1000)
    await expect(readout).toHaveAttribute('data-pace', 'onTime')
    await expect(state).toHaveText(words.paceOnTime)
    // … and 45 s later it is 0:45 behind.
    await page.clock.runFor(45_000)
    await expect(readout).toHaveAttribute('data-pace', 'behind')
    await expect(state).toHaveText(say(words.paceBehind, { time: '0:45' }))
  })

  test('a readout in each state has its own shape, not only a colour', async ({ page }) => {
    await presenter(page, 1)
    const shape = async () => page.locator('.deck-pace-state svg path').getAttribute('d')
    const idle = await shape()
    await startSlidevTimer(page)
    await expect(page.locator('.deck-pace')).toHaveAttribute('data-pace', 'onTime')
    const onTime = await shape()
    await page.clock.runFor(120_000)
    await expect(page.locator('.deck-pace')).toHaveAttribute('data-pace', 'behind')
    const behind = await shape()
    expect(new Set([idle, onTime, behind]).size).toBe(3)
  })
})

test('a rehearsal across three slides records three durations, shows them against the plan, keeps and exports them', async ({ page }) => {
  // Slide 4 is held 30 s over its plan, whatever the plan is: it must come out marked long.
  const long4 = planned(4).seconds + 30
  await presenter(page, 3)
  // Reached and pressed from the keyboard; the keys then move the slides again (the button gives focus back).
  await page.locator('.deck-rehearse').focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('.deck-rehearsal-live')).toHaveText(say(words.rehearsing, { time: '0:00' }))
  await page.clock.runFor(20_000)
  await page.keyboard.press('PageDown') // a clicker's "next"; slide 3 has no clicks
  await expect(page).toHaveURL(/\/presenter\/4(?:\?|$)/)
  await page.clock.runFor(long4 * 1000)
  await nextSlide(page, 5)
  await page.clock.runFor(50_000)
  await expect(page.locator('.deck-rehearsal-live')).toHaveText(say(words.rehearsing, {
    time: clockText(20 + long4 + 50),
  }))
  // While rehearsing with Slidev's timer stopped, the readout runs on the rehearsal's clock, from
  // the planned start of the slide it began on.
  await expect(page.locator('.deck-pace')).not.toHaveAttribute('data-pace', 'idle')
  await page.locator('.deck-rehearse-stop').click()

  const dialog = page.locator('.deck-rehearsal-dialog')
  await expect(dialog).toBeVisible()
  const row = (no: number) => dialog.locator(`tbody tr[data-slide="${no}"]`)
  const rehearsed = (no: number) => row(no).locator('[data-col="rehearsed"]')
  await expect(rehearsed(3)).toHaveText('0:20')
  await expect(rehearsed(4)).toHaveText(clockText(long4))
  await expect(rehearsed(5)).toHaveText('0:50')
  await expect(rehearsed(6)).toHaveText('')
  for (const no of [3, 4, 5])
    await expect(row(no).locator('[data-col="planned"]')).toHaveText(clockText(planned(no).seconds))
  // A slide over its plan by more than the tolerance is marked in words.
  for (const [no, secs] of [
    [3, 20],
    [4, long4],
    [5, 50],
  ] as const) {
    const diff = secs - planned(no).seconds
    const mark = diff > tolerance
      ? words.rehearsalLong
      : diff < -tolerance
        ? words.rehearsalShort
        : ''
    await expect(row(no).locator('[data-col="mark"]'), `slide ${no}`).toHaveText(mark)
  }
  expect(long4 - planned(4).seconds).toBeGreaterThan(tolerance)
  await expect(row(4)).toHaveAttribute('data-mark', 'long')

  // Exported as CSV and JSON.
  const csvDownload = page.waitForEvent('download')
  await dialog.getByText(words.rehearsalCsv).click()
  const csv = await (await csvDownload).createReadStream().then(async (s) => {
    const chunks: Buffer[] = []
    for await (const c of s)
      chunks.push(c as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  })
  expect(csv).toContain(`\n4,${planned(4).title},${planned(4).seconds},${long4},${long4 - planned(4).seconds},long,`)
  expect(csv.trim().split('\r\n')).toHaveLength(1 + plan.slides.length)
  const jsonDownload = page.waitForEvent('download')
  await dialog.getByText(words.rehearsalJson).click()
  expect((await jsonDownload).suggestedFilename()).toBe(`${deck.name}-rehearsal.json`)

  // Keys pressed in the dialog stay in it: the slides behind do not move.
  await dialog.locator('.deck-rd-table').focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('PageDown')
  await expect(page).toHaveURL(/\/presenter\/5(?:\?|$)/)

  // Kept in the browser: a reload shows the same rehearsal.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await page.reload()
  await page.locator('.deck-rehearsal-results').click()
  await expect(rehearsed(4)).toHaveText(clockText(long4))

  // Rehearsed times become the plan: the plan still fills the slides' time, and slide 4, rehearsed
  // at about twice its planned time, gets more than it had.
  await dialog.locator('[data-action="adopt"]').click()
  await expect(row(4).locator('[data-col="source"]')).toHaveText(words.planSourceRehearsal)
  const newPlanned = await row(4).locator('[data-col="planned"]').textContent()
  const [m, s] = newPlanned!.trim().split(':').map(Number)
  expect(m! * 60 + s!).toBeGreaterThan(planned(4).seconds)
  await expect(dialog.locator('tfoot')).toContainText(clockText(plan.budget))
  await dialog.locator('[data-action="reset"]').click()
  await expect(row(4).locator('[data-col="planned"]')).toHaveText(clockText(planned(4).seconds))
})

test.describe('the audience sees none of it', () => {
  // The readout's and the rehearsal's own words (the notes, which the reading edition prints, may use any other).
  const planText = new RegExp([
    words.paceIdle,
    words.paceLabel,
    words.rehearse,
    words.rehearsalResults,
  ].join('|'))

  test('the projected slide, even with its navigation bar showing', async ({ page }) => {
    await page.goto('/14')
    await expect(page.locator('.slidev-page-14').first()).toBeVisible()
    await page.mouse.move(30, 700) // Slidev shows the player's bar near the bottom left
    await expect(page.locator('.deck-reading-link').first()).toBeVisible()
    await expect(page.locator('.deck-plan, .deck-pace, .deck-rehearsal')).toHaveCount(0)
    // eslint-disable-next-line unicorn/prefer-dom-node-text-content
    expect(await page.evaluate(() => document.body.innerText)).not.toMatch(planText)
  })

  test('the reading edition shows no times', async ({ page }) => {
    await page.goto('/read/')
    await expect(page.locator('.read-slide')).toHaveCount(plan.slides.length)
    await expect(page.locator('.deck-plan, .deck-pace, .read-slide-plan')).toHaveCount(0)
    expect(await page.evaluate(() => document.body.textContent)).not.toMatch(planText)
  })

  test('the slide PDFs show none of it; the handout shows each slide\'s planned time', () => {
    for (const [file, script] of [
      [files.pdf, 'export'],
      [files.steps, 'export'],
    ] as const) {
      need(file, script)
      expect(pdfPages(file).join('\n')).not.toMatch(planText)
    }
    need(files.handout, 'export')
    // The cover, then a page a slide: its number, section and planned time above the picture.
    const pages = pdfPages(files.handout).map(squash)
    for (const s of plan.slides) {
      const page = pages.find(p => p.includes(squash(say(words.slideNo, { no: s.no }))))
      expect(page, `slide ${s.no} in the handout`).toBeDefined()
      expect(page, `slide ${s.no}'s planned time in the handout`).toContain(squash(say(words.handoutPlanned, {
        time: clockText(s.seconds),
      })))
    }
  })

  test('the print view (what the slide PDFs are made from)', async ({ page }) => {
    await page.goto('/print?print=true')
    await expect(page.locator('.slidev-page-14').first()).toBeAttached()
    await expect(page.locator('.deck-plan, .deck-pace, .deck-rehearsal')).toHaveCount(0)
  })
})

// Service workers are off in the suite (playwright.config.ts); this test is about one.
test.describe(() => {
  test.use({ serviceWorkers: 'allow' })

  test('offline, after one visit: the presenter view opens by its address and keeps the plan', async ({ page, context }) => {
    await page.goto('/presenter/1')
    await expect(page.locator('.deck-pace')).toBeVisible()
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller)
        await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
    })
    await context.setOffline(true)
    await page.goto('/presenter/14')
    await expect(page.locator('.slidev-page-14').first()).toBeVisible()
    await expect(page.locator('.deck-pace')).toContainText(say(words.paceSlideIdle, {
      planned: clockText(planned(14).seconds),
    }))
    await page.locator('.deck-rehearsal-results').click()
    await expect(page.locator('.deck-rehearsal-dialog tbody tr')).toHaveCount(plan.slides.length)
  })
})

for (const scheme of ['light', 'dark'] as const) {
  test(`axe, ${scheme}: the readout in each state and the results dialog have no serious violation`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await presenter(page, 2)
    // axe waits on timers of its own: the page's clock runs while it checks, then stops again.
    const check = async (what: string, selector: string) => {
      await page.clock.resume()
      const result = await new AxeBuilder({ page }).include(selector).withTags([
        'wcag2a',
        'wcag2aa',
        'wcag21aa',
        'wcag22aa',
      ]).analyze()
      const bad = result.violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical')
        .map(v => `${what}: ${v.id}: ${v.help} — ${v.nodes.map(n => n.target.join(' ')).join(' | ')}`)
      expect(bad).toEqual([])
      await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000))
    }
    await check('idle', '.deck-plan')
    await startSlidevTimer(page)
    await check('on time', '.deck-plan')
    await page.clock.runFor(300_000)
    await check('behind', '.deck-plan')
    await page.locator('.deck-rehearse').click()
    await page.clock.runFor(5000)
    await nextSlide(page, 3)
    await check('rehearsing', '.deck-plan')
    await page.locator('.deck-rehearse-stop').click()
    await expect(page.locator('.deck-rehearsal-dialog')).toBeVisible()
    await check('results', '.deck-rehearsal-dialog')
  })
}

test('the example talk: the same readout and rehearsal in its own words', async ({ page }) => {
  const exKit = exampleKit
  const exPlan = deckPlan(example, exKit)
  await presenter(page, 2, EXAMPLE_ORIGIN)
  await expect(page.locator('.deck-pace')).toContainText(exKit.words.paceIdle)
  await expect(page.locator('.deck-pace')).toContainText(say(exKit.words.paceSlideIdle, {
    planned: clockText(exPlan.plan.slides[1]!.seconds),
  }))
  await page.locator('.deck-rehearsal-results').click()
  await expect(page.locator('.deck-rehearsal-dialog h2')).toHaveText(exKit.words.rehearsalResults)
  // eslint-disable-next-line unicorn/prefer-dom-node-text-content
  expect(await page.locator('.deck-plan').evaluate(e => (e as HTMLElement).innerText)).not.toMatch(/\p{Script=Han}/u)
})

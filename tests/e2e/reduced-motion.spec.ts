import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { openSlide, slideWith } from './deck'

// prefers-reduced-motion: the slide transition (`transition: fade` in the headmatter), the
// v-click reveals and the chart's reveal become instant (the kit's styles/a11y.css). Each test takes the
// same steps with and without the preference: with it, no CSS transition or animation runs and
// the computed durations are zero; without it, they do run (so the test can tell the two apart).

/** Count CSS transitions and animations that start while `act` runs, until the page is still. */
async function motionDuring(page: Page, act: () => Promise<void>): Promise<string[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __motion: string[] }
    w.__motion = []
    const note = (e: Event) => {
      const t = e.target as Element
      w.__motion.push(`${e.type} ${t.tagName.toLowerCase()}.${[...t.classList].join('.')} ${(e as TransitionEvent).propertyName ?? (e as AnimationEvent).animationName}`)
    }
    document.addEventListener('transitionrun', note, true)
    document.addEventListener('animationstart', note, true)
  })
  await act()
  await page.waitForTimeout(800)
  return page.evaluate(() => (window as unknown as { __motion: string[] }).__motion)
}

for (const reduce of [true, false]) {
  test.describe(reduce ? 'with prefers-reduced-motion: reduce' : 'without the preference', () => {
    test.use({
      reducedMotion: reduce ? 'reduce' : 'no-preference',
    })

    test('moving to the next slide (fade transition)', async ({ page }) => {
      await openSlide(page, 3, 0)
      const motion = await motionDuring(page, () => page.keyboard.press('ArrowRight'))
      await expect(page).toHaveURL(/\/4$/)
      if (reduce) {
        expect(motion).toEqual([])
        // Nothing left over from the old slide: the new one is alone and fully shown.
        await expect(page.locator('.slidev-page').filter({ visible: true })).toHaveCount(1)
        await expect(page.locator('.slidev-page-4')).toHaveCSS('opacity', '1')
      }
      else {
        expect(motion.length).toBeGreaterThan(0)
      }
    })

    test('a v-click reveal', async ({ page }) => {
      await openSlide(page, 2, 0)
      const items = page.locator('.slidev-page-2 .slidev-vclick-target')
      await expect(items.first()).toHaveCSS('opacity', '0')
      const duration = await items.first().evaluate(e => getComputedStyle(e).transitionDuration)
      const motion = await motionDuring(page, () => page.keyboard.press('ArrowRight'))
      await expect(items.first()).toHaveCSS('opacity', '1')
      if (reduce) {
        expect(duration.split(',').every(d => Number.parseFloat(d) === 0), duration).toBe(true)
        expect(motion).toEqual([])
      }
      else {
        expect(Number.parseFloat(duration)).toBeGreaterThan(0)
        expect(motion.length).toBeGreaterThan(0)
      }
    })

    test('the chart\'s reveal of the 2021 bar', async ({ page }) => {
      const no = slideWith('shown-groups="$clicks + 1"')
      await openSlide(page, no, 0)
      const bar = page.locator(`.slidev-page-${no} [data-figure="wecom-2021"]`)
      await expect(bar).toHaveCSS('opacity', '0')
      const motion = await motionDuring(page, () => page.keyboard.press('ArrowRight'))
      await expect(bar).toHaveCSS('opacity', '1')
      if (reduce) {
        await expect(bar).toHaveCSS('transition-duration', '0s')
        expect(motion).toEqual([])
      }
      else {
        expect(motion.some(m => m.includes('bar'))).toBe(true)
      }
    })

    test('Slidev\'s transition length is zero', async ({ page }) => {
      await openSlide(page, 1)
      const d = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--slidev-transition-duration').trim())
      if (reduce)
        expect(Number.parseFloat(d)).toBe(0)
      else
        expect(Number.parseFloat(d)).toBeGreaterThan(0)
    })
  })
}

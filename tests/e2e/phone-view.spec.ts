/**
 * Who gets which view of the shared link: a phone held upright gets the reading
 * edition; a phone on its side, a tablet or a laptop gets the slides; the reader can switch both
 * ways and the choice is remembered (client/view.ts, the head script of index.html).
 */
import { expect, test } from '@playwright/test'
import { total, wake } from './deck'
import { PHONE, titleOf } from './reading'

/** A full page load of the deck's app (after a link or a redirect) may take a while on a busy machine. */
const LOAD = { timeout: 20_000 }

const middle = Math.ceil(total / 2)

test.describe('a phone held upright, 390 × 844', () => {
  test.use({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  })

  test('the deck\'s link opens the reading edition', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/read\/$/)
    await expect(page.locator('section[id="1"] .slidev-layout h1')).toHaveText(titleOf(1))
    await expect(page.locator('.slidev-slide-container')).toHaveCount(0)
  })

  test('a slide\'s link opens the reading edition at that slide', async ({ page }) => {
    await page.goto(`/${middle}`)
    await expect(page).toHaveURL(new RegExp(`/read/#${middle}$`))
    await expect(page.locator(`section[id="${middle}"] .slidev-layout h1`)).toBeInViewport()
  })

  test('the presenter view and the overview are not redirected', async ({ page }) => {
    await page.goto('/overview')
    await expect(page).toHaveURL(/\/overview$/)
    await page.goto(`/presenter/${middle}`)
    await expect(page).toHaveURL(new RegExp(`/presenter/${middle}$`))
  })

  test('switch to the slides and back; each choice is remembered', async ({ page }) => {
    await page.goto('/read/')
    // Reading → slides, from a slide's own link: that slide, in the player.
    await page.locator(`section[id="${middle}"] a.read-to-slides`).click()
    await expect(page).toHaveURL(new RegExp(`/${middle}$`))
    await expect(page.locator(`.slidev-page-${middle} h1`)).toContainText(titleOf(middle), LOAD)
    // Remembered: the deck's link now opens the slides on this phone.
    await page.goto('/')
    await wake(page)
    await expect(page).toHaveURL(/\/1$/)
    await expect(page.locator('.slidev-page-1 h1')).toContainText(titleOf(1), LOAD)
    await page.goto('/3')
    await expect(page).toHaveURL(/\/3$/)

    // Slides → reading, from the navigation bar: the slide on screen, in the reading edition.
    const link = page.getByRole('link', { name: '阅读版' })
    await expect(link).toBeVisible()
    await link.click()
    await expect(page).toHaveURL(/\/read\/#3$/)
    await expect(page.locator('section[id="3"] .slidev-layout h1')).toBeInViewport()
    // Remembered too: the deck's link goes to the reading edition again.
    await page.goto(`/${middle}`)
    await expect(page).toHaveURL(new RegExp(`/read/#${middle}$`))
  })

  test('the top bar\'s switch goes to the slides too', async ({ page }) => {
    await page.goto('/read/')
    await page.getByRole('link', { name: '切换到幻灯片' }).click()
    await expect(page).toHaveURL(/\/1$/)
    await expect(page.locator('.slidev-page-1 h1')).toContainText(titleOf(1), LOAD)
  })
})

for (const viewport of [
  { width: 844, height: 390 },
  { width: 1280, height: 720 },
]) {
  test.describe(`${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport, hasTouch: viewport.width < 1000, isMobile: viewport.width < 1000 })

    test('the deck\'s link and a slide\'s link show the slides', async ({ page }) => {
      await page.goto('/')
      await wake(page)
      await expect(page).toHaveURL(/\/1$/)
      await expect(page.locator('.slidev-page-1 h1')).toContainText(titleOf(1), LOAD)
      await page.goto(`/${middle}`)
      await expect(page).toHaveURL(new RegExp(`/${middle}$`))
      await expect(page.locator(`.slidev-page-${middle} h1`)).toContainText(titleOf(middle), LOAD)
    })

    test('the navigation bar offers the reading edition at the slide on screen', async ({ page }) => {
      await page.goto(`/${middle}`)
      await expect(page.locator(`.slidev-page-${middle} h1`)).toBeVisible(LOAD)
      const link = page.getByRole('link', { name: '阅读版' })
      await expect(link).toHaveAttribute('href', `/read/#${middle}`)
      await page.mouse.move(200, viewport.height - 20)
      await link.click()
      await expect(page).toHaveURL(new RegExp(`/read/#${middle}$`))
      await expect(page.locator(`section[id="${middle}"] .slidev-layout h1`)).toBeInViewport()
    })
  })
}

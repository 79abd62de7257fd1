import { expect, test } from '@playwright/test'
import { openSlide, slides, total, watch } from './deck'

// Addresses that name no slide get a clear outcome (setup/main.ts, client/slide-url.ts): the deck
// goes to the nearest sensible slide, the address bar says where it is, and a notice in the
// page (a polite live region, read out by screen readers) says what happened and how many
// slides there are. Before, /999 showed slide 1 under the address /999.

const last = slides[total - 1]!

test('a slide number past the end goes to the last slide and says the deck has N slides', async ({ page, baseURL }) => {
  const problems = watch(page, baseURL!)
  await page.goto('/999')
  await expect(page).toHaveURL(new RegExp(`/${total}$`))
  await expect(page.locator(`.slidev-page-${total} h1`)).toContainText(last.title)
  const notice = page.getByRole('status')
  await expect(notice).toContainText(`没有第 999 页：本演示共 ${total} 页，已跳到最后一页。`)
  // The notice goes away with its button, or on the next move.
  await notice.getByRole('button', { name: '关闭' }).click()
  await expect(notice).toBeEmpty()
  expect(problems).toEqual([])
})

test('the notice goes away on the next move', async ({ page }) => {
  await page.goto(`/${total + 1}`)
  await expect(page.getByRole('status')).toContainText(`本演示共 ${total} 页`)
  await page.keyboard.press('ArrowLeft')
  await expect(page).toHaveURL(new RegExp(`/${total - 1}(\\?clicks=\\d+)?$`))
  await expect(page.getByRole('status')).toBeEmpty()
})

test('?clicks on a slide that does not exist is dropped, other query kept', async ({ page }) => {
  await page.goto('/999?clicks=3&embedded=')
  await expect(page).toHaveURL(new RegExp(`/${total}\\?embedded=?$`))
})

test('the presenter view past the end goes to its last slide too', async ({ page }) => {
  await page.goto('/presenter/999')
  await expect(page).toHaveURL(new RegExp(`/presenter/${total}$`))
  await expect(page.getByRole('status')).toContainText(`本演示共 ${total} 页`)
})

for (const [path, shown] of [
  ['/0', '没有第 0 页'],
  ['/abc', '「abc」不是页码'],
  ['/-3', '「-3」不是页码'],
] as const) {
  test(`${path} goes to slide 1 and says why`, async ({ page, baseURL }) => {
    const problems = watch(page, baseURL!)
    await page.goto(path)
    await expect(page).toHaveURL(/\/1$/)
    await expect(page.locator('.slidev-page-1 h1')).toBeVisible()
    await expect(page.getByRole('status')).toContainText(`${shown}`)
    await expect(page.getByRole('status')).toContainText(`本演示共 ${total} 页，已回到第 1 页。`)
    expect(problems).toEqual([])
  })
}

test('a path the deck does not know goes to slide 1 and says it was not found', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page).toHaveURL(/\/1$/)
  await expect(page.getByRole('status')).toContainText('找不到「/no/such/page」')
})

test('a malformed URL: the static server answers 400 with a plain explanation', async ({ request }) => {
  // Served cold (no service worker yet), a broken percent-encoding cannot be mapped to a file.
  const r = await request.get('/%E0%A4%A')
  expect(r.status()).toBe(400)
  expect(await r.text()).toMatch(/malformed URL/i)
})

// Service workers are off in the suite (playwright.config.ts); this test is about one.
test.describe(() => {
  test.use({ serviceWorkers: 'allow' })

  test('a malformed URL once the deck is cached: slide 1 with a notice, never a blank page', async ({ page }) => {
    // After the first visit the service worker answers every address with the deck itself.
    await openSlide(page, 1)
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller)
        await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
    })
    await page.goto('/%E0%A4%A')
    await expect(page).toHaveURL(/\/1$/)
    await expect(page.locator('.slidev-page-1 h1')).toBeVisible()
    await expect(page.getByRole('status')).toContainText(`「%E0%A4%A」不是页码：本演示共 ${total} 页`)
  })
})

test('valid addresses show no notice', async ({ page }) => {
  for (const no of [
    1,
    Math.ceil(total / 2),
    total,
  ]) {
    await openSlide(page, no)
    await expect(page.getByRole('status')).toBeEmpty()
  }
})

import { expect, test } from '@playwright/test'
import { openSlide, slides, slideWith, watch } from './deck'

test('arrow keys move forward through clicks and slides, and back', async ({ page }) => {
  await openSlide(page, 1, 0)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/\/2$/)
  await expect(page.locator('.slidev-page-2 .slidev-vclick-target')).toHaveCount(1)
  // Slide 2 reveals its line on a click before moving on.
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/\/2\?clicks=1$/)
  await page.keyboard.press('ArrowLeft')
  await expect(page).toHaveURL(/\/2$/)
  await page.keyboard.press('ArrowLeft')
  await expect(page).toHaveURL(/\/1$/)
  await expect(page.locator('.slidev-page-1 h1')).toBeVisible()
})

test('the chart slide shows both 2019 columns with labels, then reveals 2021 on a click', async ({ page, baseURL }) => {
  const problems = watch(page, baseURL!)
  const no = slideWith('shown-groups="$clicks + 1"')
  await openSlide(page, no, 0)
  const chart = page.locator(`.slidev-page-${no} .count-chart`)
  const dingtalk = chart.locator('[data-figure="dingtalk-2019"]')
  const wecom = chart.locator('[data-figure="wecom-2019"]')
  const wecom2021 = chart.locator('[data-figure="wecom-2021"]')

  await expect(dingtalk).toContainText('1000 万')
  await expect(wecom).toContainText('250 万')
  await expect(chart).toContainText('2019 年底')
  const d = await dingtalk.locator('rect').boundingBox()
  const w = await wecom.locator('rect').boundingBox()
  expect(d!.height / w!.height).toBeCloseTo(4, 2)
  // Drawn from one zero line.
  expect(d!.y + d!.height).toBeCloseTo(w!.y + w!.height, 1)
  await expect(wecom2021).toHaveCSS('opacity', '0')
  await expect(wecom2021).toHaveAttribute('aria-hidden', 'true')

  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`/${no}\\?clicks=1$`))
  await expect(wecom2021).toHaveCSS('opacity', '1')
  await expect(wecom2021).toContainText('1000 万+')
  await expect(chart).toContainText('2021 年底')
  const w21 = await wecom2021.locator('rect').boundingBox()
  expect(w21!.height / w!.height).toBeCloseTo(4, 2)
  // The part added since 2019 is marked on the new column, computed from the two figures.
  await expect(chart.locator('[data-growth] .growth-label')).toHaveText('+750 万')
  expect(problems).toEqual([])
})

test('the presenter view loads and shows the current slide\'s notes', async ({ page, baseURL }) => {
  const problems = watch(page, baseURL!)
  const no = slideWith('<EnterpriseCountChart :groups="1"')
  const firstLine = slides[no - 1]!.note.split('\n').find(l => l.trim())!.trim()
  await page.goto(`/presenter/${no}`)
  await expect(page.getByText(firstLine.slice(0, 20))).toBeVisible()
  // The presenter also sees the slide itself and the timer.
  await expect(page.locator(`.slidev-page-${no} h1`).first()).toContainText(slides[no - 1]!.title)
  expect(problems).toEqual([])
})

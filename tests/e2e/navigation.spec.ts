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

test('the chart slide shows 企业微信\'s 2019 column with its label, then reveals its 2021 column on a click; no rival beside 2021', async ({ page, baseURL }) => {
  const problems = watch(page, baseURL!)
  const no = slideWith('shown-groups="$clicks + 1"')
  await openSlide(page, no, 0)
  const chart = page.locator(`.slidev-page-${no} .count-chart`)
  const wecom = chart.locator('[data-figure="wecom-2019"]')
  const wecom2021 = chart.locator('[data-figure="wecom-2021"]')

  // 钉钉's 2019 figure is on the slide before, not here: the 2021 bar is not staged against it.
  await expect(chart.locator('[data-figure="dingtalk-2019"]')).toHaveCount(0)
  await expect(wecom).toContainText('250 万')
  await expect(chart).toContainText('2019 年底 · 入驻企业')
  const w = await wecom.locator('rect').boundingBox()
  // Drawn from the zero line (the line's stroke is a few px thick; the column ends in it).
  const zero = await chart.locator('line.axis-zero').boundingBox()
  expect(w!.y + w!.height).toBeGreaterThanOrEqual(zero!.y - 1)
  expect(w!.y + w!.height).toBeLessThanOrEqual(zero!.y + zero!.height + 1)
  await expect(wecom2021).toHaveCSS('opacity', '0')
  await expect(wecom2021).toHaveAttribute('aria-hidden', 'true')

  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`/${no}\\?clicks=1$`))
  await expect(wecom2021).toHaveCSS('opacity', '1')
  await expect(wecom2021).toContainText('1000 万+')
  await expect(chart).toContainText('2021 年底 · 真实企业与组织')
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

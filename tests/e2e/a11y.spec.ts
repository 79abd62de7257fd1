import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { openSlide, slides, slideWith, total } from './deck'

// Accessibility of the built deck, in both colour schemes:
//  - axe-core over every slide (every reveal shown, Slidev's own controls included): no serious
//    or critical violation of WCAG 2.0–2.2 A/AA;
//  - the chart, the map and the timeline have text alternatives a screen reader reads, with the
//    figures and their dates;
//  - colour is never the only thing that tells Tencent from the rival;
//  - contrast holds with margin for a washed-out projector: measured in the page, body text meets
//    AAA (7:1, large text 4.5:1), every other text AA (4.5:1, large 3:1), marks and bars 3:1.

const WCAG = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
]

async function settle(page: Page) {
  // Reveal transitions finish before axe or the contrast check reads colours.
  await page.waitForTimeout(500)
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme })

    for (const s of slides) {
      test(`axe: slide ${s.no}/${total} has no serious or critical violation`, async ({ page }) => {
        await openSlide(page, s.no)
        await settle(page)
        const result = await new AxeBuilder({ page }).withTags(WCAG).analyze()
        const bad = result.violations
          .filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map(n => n.target.join(' ')).join(' | ')}`)
        expect(bad).toEqual([])
      })
    }

    test('text contrast: body text AAA, all other text AA, SVG labels included', async ({ page }) => {
      test.setTimeout(120_000)
      const failures: string[] = []
      for (const s of slides) {
        await openSlide(page, s.no)
        await settle(page)
        failures.push(...(await measureContrast(page, s.no)).map(f => `slide ${s.no}: ${f}`))
      }
      expect(failures).toEqual([])
    })

    test('graphics contrast: bars, markers and arrows ≥ 3:1 against what they sit on', async ({ page }) => {
      await openSlide(page, slideWith('shown-groups="$clicks + 1"'))
      await settle(page)
      const chart = await page.evaluate(() => {
        const bg = getComputedStyle(document.documentElement).getPropertyValue('--c-bg')
        const bars = [
          ...document.querySelectorAll('.count-chart .bar rect'),
        ].map(r => getComputedStyle(r).fill)
        const hatch = getComputedStyle(document.querySelector('.count-chart .fill-rival')!).fill
        return { bg, bars, hatch }
      })
      for (const fill of [
        ...chart.bars.filter(f => !f.startsWith('url(')),
        chart.hatch,
      ])
        expect(contrast(fill, chart.bg), `bar ${fill} on ${chart.bg}`).toBeGreaterThanOrEqual(3)

      await openSlide(page, slideWith('<PositioningMap :step="6"'))
      await settle(page)
      const map = await page.evaluate(() => {
        const surface = getComputedStyle(document.querySelector('.positioning-map .plot-bg')!).fill
        const marks = [
          ...document.querySelectorAll('.positioning-map .marker-tencent, .positioning-map .marker-rival, .positioning-map .arrow'),
        ]
          .map(m => m.tagName === 'line'
            ? getComputedStyle(m).stroke
            : getComputedStyle(m).fill)
        return { surface, marks }
      })
      for (const mark of map.marks)
        expect(contrast(mark, map.surface), `map mark ${mark} on ${map.surface}`).toBeGreaterThanOrEqual(3)
    })
  })
}

test('the enterprise-count chart is an image with a name and a description that carry every figure and date', async ({ page }) => {
  await openSlide(page, slideWith('<EnterpriseCountChart :groups="1"'))
  const chart = page.getByRole('img', { name: /2019 年底：钉钉与企业微信的入驻企业数/ })
  await expect(chart).toBeVisible()
  // Both end-2019 figures are counts of 入驻企业, as the article gives them.
  await expect(chart).toHaveAccessibleDescription(/2019 年底，钉钉：1000 万（入驻企业）；2019 年底，企业微信 1\.0：250 万（入驻企业）/)

  await openSlide(page, slideWith('shown-groups="$clicks + 1"'))
  const reveal = page.getByRole('img', { name: /企业微信：2019 年底的入驻企业，2021 年底的真实企业与组织/ })
  await expect(reveal).toHaveAccessibleDescription(/2021 年底，企业微信 3\.0：1000 万\+（真实企业与组织）/)
})

test('the positioning map describes both axes, the path and every product, and says the placements are a reading', async ({ page }) => {
  await openSlide(page, slideWith('<PositioningMap :step="6"'))
  const map = page.getByRole('img', { name: /定位地图/ })
  await expect(map).toBeVisible()
  await expect(map).toHaveAccessibleDescription(/横轴：服务谁.*纵轴：怎么立足/)
  await expect(map).toHaveAccessibleDescription(/RTX → 企业 QQ → 订阅号 → 服务号 → 企业号 → 企业微信 1\.0 → 企业微信 3\.0/)
  for (const name of [
    'RTX 腾讯通',
    '企业 QQ',
    '服务号',
    '企业号',
    '钉钉（阿里巴巴）',
    '企业微信 1.0',
    '企业微信 3.0',
  ])
    await expect(map).toHaveAccessibleDescription(new RegExp(name.replace(/[.()（）]/g, '\\$&')))
  await expect(map).toHaveAccessibleDescription(/解读/)
})

test('the timeline is an ordered list a screen reader reads in order', async ({ page }) => {
  await openSlide(page, slideWith('<ProductTimeline />'))
  const list = page.getByRole('list', { name: /七款产品/ })
  await expect(list).toBeVisible()
  await expect(list.getByRole('listitem')).toHaveCount(8)
  await expect(list.getByRole('listitem').last()).toContainText('企业微信 3.0')
})

test('colour is never the only carrier: the rival differs by pattern, shape and words too', async ({ page }) => {
  // Chart: 钉钉's bar is hatched, Tencent's are solid; what each figure counts is in words under its date.
  await openSlide(page, slideWith('<EnterpriseCountChart :groups="1"'))
  const chart = page.locator('.count-chart').filter({ visible: true })
  await expect(chart.locator('[data-figure="dingtalk-2019"] rect')).toHaveAttribute('fill', /^url\(#.*hatch\)$/)
  await expect(chart.locator('[data-figure="wecom-2019"] rect')).not.toHaveAttribute('fill', /url\(/)
  await expect(chart.locator('.date-label')).toContainText('2019 年底 · 入驻企业')
  await expect(chart.locator('[data-figure="dingtalk-2019"] .value-label')).not.toContainText('*')
  // Every bar is labelled with its product and its value in words and digits, not by colour.
  await expect(chart.locator('[data-figure="dingtalk-2019"]')).toContainText('钉钉')
  await expect(chart.locator('[data-figure="wecom-2019"]')).toContainText('250 万')

  // Map: 钉钉 is a diamond, Tencent's products are circles, every point is labelled, and the legend says so.
  await openSlide(page, slideWith('<PositioningMap :step="6"'))
  const map = page.locator('.positioning-map').filter({ visible: true })
  await expect(map.locator('[data-product="dingtalk"] path.marker-rival')).toHaveCount(1)
  await expect(map.locator('[data-product="dingtalk"] circle')).toHaveCount(0)
  await expect(map.locator('.point.tencent circle.marker-tencent')).toHaveCount(7)
  await expect(map.locator('[data-product="dingtalk"]')).toContainText('钉钉')
  await expect(map.locator('.legend')).toContainText('钉钉（竞品）')

  // Timeline: 钉钉's dot is a diamond (a square turned 45°) and it carries the word 竞品.
  await openSlide(page, slideWith('<ProductTimeline />'))
  const rival = page.locator('.timeline [data-product="dingtalk"]').filter({ visible: true })
  await expect(rival).toContainText('竞品')
  await expect(rival.locator('.dot')).toHaveCSS('transform', /matrix\(0\.7071/)
  await expect(page.locator('.timeline [data-product="rtx"] .dot').filter({ visible: true })).toHaveCSS('border-radius', '50%')
})

/** WCAG contrast ratio of two CSS colours (rgb()/rgba()/#hex as getComputedStyle returns them). */
function contrast(a: string, b: string): number {
  const la = luminance(a)
  const lb = luminance(b)
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

function luminance(css: string): number {
  const [r, g, b] = rgb(css).map((v) => {
    const c = v / 255
    return c <= 0.04045
      ? c / 12.92
      : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function rgb(css: string): [number, number, number] {
  const s = css.trim()
  if (s.startsWith('#')) {
    const h = s.length === 4
      ? s.slice(1).split('').map(c => c + c).join('')
      : s.slice(1, 7)
    return [0, 2, 4].map(i => Number.parseInt(h.slice(i, i + 2), 16)) as [number, number, number]
  }
  const m = s.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/)
  if (!m)
    throw new Error(`cannot read colour ${css}`)
  return [
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
  ]
}

/**
 * Every visible text on the slide, HTML and SVG, with its colour and the opaque background
 * behind it (the nearest ancestor with one; for SVG text, the filled shape painted under it).
 */
async function measureContrast(page: Page, no: number): Promise<string[]> {
  const samples = await page.evaluate((no) => {
    const root = document.querySelector(`.slidev-page-${no}`)!
    const out: { text: string, fg: string, bg: string, body: boolean, large: boolean, opacity: number }[] = []
    const opaque = (c: string) => c && c !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(c) && c !== 'none' && !c.startsWith('url(')
    const effectiveOpacity = (el: Element) => {
      let o = 1
      for (let e: Element | null = el; e; e = e.parentElement)
        o *= Number(getComputedStyle(e).opacity)
      return o
    }
    const ancestorBackground = (el: Element): string => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const cs = getComputedStyle(e)
        if (opaque(cs.backgroundColor))
          return cs.backgroundColor
      }
      return getComputedStyle(document.querySelector('.slidev-layout')!).backgroundColor
    }
    // SVG text sits on whatever shape is painted under its middle (a column, a label's plate,
    // the plot): the first shown, opaquely filled shape below it, else the HTML behind the SVG.
    const backgroundOf = (el: Element): string => {
      if (!(el instanceof SVGElement))
        return ancestorBackground(el)
      const text = el.closest('text') ?? el
      const r = text.getBoundingClientRect()
      for (const under of document.elementsFromPoint(r.x + r.width / 2, r.y + r.height / 2)) {
        if (under === text || text.contains(under))
          continue
        if (!(under instanceof SVGGeometryElement) || under instanceof SVGLineElement) {
          return ancestorBackground(under instanceof SVGElement
            ? under.closest('svg')!
            : under)
        }
        const fill = getComputedStyle(under).fill
        if (opaque(fill) && Number(getComputedStyle(under).fillOpacity) >= 0.99 && effectiveOpacity(under) >= 0.99)
          return fill
      }
      return ancestorBackground(text)
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const seen = new Set<Element>()
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      if (!el || seen.has(el) || !n.textContent?.trim())
        continue
      seen.add(el)
      const cs = getComputedStyle(el)
      // Visually hidden text (.sr-only, for screen readers) has no contrast to check.
      if (cs.visibility === 'hidden' || cs.display === 'none' || el.closest('title, desc, [aria-hidden="true"], .sr-only'))
        continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0)
        continue
      const svg = el instanceof SVGElement
      const size = Number.parseFloat(cs.fontSize)
      out.push({
        // WCAG's large text: 18 pt (24 px), or 14 pt (18.66 px) bold.
        large: size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700),
        text: n.textContent.trim().slice(0, 20),
        fg: svg ? cs.fill : cs.color,
        bg: backgroundOf(el),
        body: !el.closest('.kicker, .fine, .muted, figcaption, .chart-caption, .legend, .then, .years, .year, .tag, .positioning, .timeline, .credit') && !svg,
        opacity: effectiveOpacity(el),
      })
    }
    return out
  }, no)
  const failures: string[] = []
  for (const s of samples) {
    if (s.opacity < 0.99)
      continue // not shown yet (a reveal); it is measured on the slide state that shows it
    const ratio = contrast(s.fg, s.bg)
    const min = s.body
      ? (s.large ? 4.5 : 7)
      : (s.large ? 3 : 4.5)
    if (ratio < min)
      failures.push(`"${s.text}" ${s.fg} on ${s.bg}: ${ratio.toFixed(2)} < ${min}`)
  }
  return failures
}

test('the page has exactly one main landmark, which holds the slide', async ({ page }) => {
  await openSlide(page, 1)
  const result = await new AxeBuilder({ page }).withRules(['landmark-one-main', 'landmark-no-duplicate-main']).analyze()
  expect(result.violations.map(v => v.id)).toEqual([])
  await expect(page.getByRole('main')).toHaveCount(1)
  await expect(page.getByRole('main').locator('.slidev-page-1 h1')).toBeVisible()
})

import { expect, test } from '@playwright/test'
import { bothScripts } from '../../data/words/en'
import { editions, openSlide, watch } from './deck'

/** Han characters left once the names the English edition gives in both scripts are taken out. */
function strayHan(text: string): string[] {
  const names = [...bothScripts].sort((a, b) => b.length - a.length)
  return names.reduce((t, name) => t.split(name).join(' '), text).match(/\p{Script=Han}+/gu) ?? []
}

// Every slide of both editions, in both colour schemes: it renders its title, logs no console
// error, makes no failed or off-origin request, and nothing on it spills outside the 16:9 frame.
for (const edition of editions) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${edition.lang} ${scheme} scheme`, () => {
      test.use({ colorScheme: scheme })

      for (const s of edition.slides) {
        test(`slide ${s.no}/${edition.total} renders cleanly and fits the frame: ${s.title || '(cover)'}`, async ({ page, baseURL }) => {
          const problems = watch(page, baseURL!)
          await openSlide(page, s.no, 'all', { edition })
          await expect(page.locator('html')).toHaveAttribute('lang', edition.lang)
          await expect(page.locator('html')).toHaveClass(scheme === 'dark'
            ? /\bdark\b/
            : /^(?!.*\bdark\b)/)

          const slide = page.locator(`.slidev-page-${s.no}`)
          if (s.title)
            await expect(slide.locator('h1')).toContainText(s.title)
          else
            await expect(slide.locator('h1')).toBeVisible()

          // Give reveal transitions time to finish before measuring.
          await page.waitForTimeout(500)
          const overflow = await page.evaluate((no) => {
            const frame = document.querySelector('#slide-content')!.getBoundingClientRect()
            const root = document.querySelector(`.slidev-page-${no}`)!
            const out: string[] = []
            for (const el of root.querySelectorAll('*')) {
              const r = el.getBoundingClientRect()
              if (r.width === 0 && r.height === 0)
                continue
              const style = getComputedStyle(el)
              if (style.visibility === 'hidden' || style.display === 'none')
                continue
              const tol = 1
              if (r.left < frame.left - tol || r.right > frame.right + tol || r.top < frame.top - tol || r.bottom > frame.bottom + tol) {
                const text = (el.textContent ?? '').trim().slice(0, 30)
                out.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> "${text}" at [${Math.round(r.left - frame.left)}, ${Math.round(r.top - frame.top)}, ${Math.round(r.right - frame.left)}, ${Math.round(r.bottom - frame.top)}] in a ${Math.round(frame.width)}×${Math.round(frame.height)} frame`)
              }
            }
            return out
          }, s.no)
          expect(overflow, 'elements outside the 16:9 frame').toEqual([])
          if (edition.lang === 'en') {
            // Text marked as another language (the link to the Chinese edition, 中文) is that language's.
            expect(strayHan(await slide.first().evaluate((el) => {
              const copy = el.cloneNode(true) as Element
              copy.querySelectorAll('[lang]:not([lang|="en"])').forEach(e => e.remove())
              return copy.textContent ?? ''
            })), 'Han characters that are not a name given in both scripts').toEqual([])
          }
          expect(problems).toEqual([])
        })
      }
    })
  }
}

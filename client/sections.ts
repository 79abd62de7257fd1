import type { ArticleSection } from '../data/facts.ts'
/**
 * The deck's sections, for the PDF outline (bookmarks): the article's five numbered sections,
 * plus the opening and the closing. A slide belongs to the section its kicker names
 * (`<span class="kicker">三 · …`, the same marker the slide-source tests read); a slide without
 * a kicker stays in the section before it; an un-numbered kicker before section 一 is the
 * opening, after it the closing. Section names come from data/facts.ts, so they cannot drift.
 */
import { products } from '../data/facts.ts'

export interface DeckSlide {
  /** 1-based, as Slidev numbers slides. */
  no: number
  title: string
  /** The slide's Markdown source, notes excluded. */
  content: string
}

export interface Section {
  title: string
  slides: DeckSlide[]
}

export const OPENING = '开场'
export const CLOSING = '结语'

const NUMBERED = /class="kicker[^"]*">\s*([一二三四五])\s*·/
const ANY_KICKER = /class="kicker[^"]*">/

/** "三、订阅号 / 服务号 / 企业号（2012–2014）": the products the article's section covers. */
export function sectionTitle(numeral: ArticleSection): string {
  const ps = products.filter(p => p.source.section === numeral)
  if (ps.length === 0)
    return numeral
  const years = ps.map(p => p.year)
  const single = ps.length === 1 && 'yearLabel' in ps[0]!
    ? ps[0].yearLabel
    : undefined
  const span = single ?? (Math.min(...years) === Math.max(...years)
    ? `${years[0]}`
    : `${Math.min(...years)}–${Math.max(...years)}`)
  return `${numeral}、${ps.map(p => p.short).join(' / ')}（${span}）`
}

export function groupBySection(slides: readonly DeckSlide[]): Section[] {
  const sections: Section[] = []
  let started = false
  for (const slide of slides) {
    const numeral = slide.content.match(NUMBERED)?.[1] as ArticleSection | undefined
    let title: string | undefined
    if (numeral) {
      started = true
      title = sectionTitle(numeral)
    }
    else if (ANY_KICKER.test(slide.content) || sections.length === 0) {
      title = started ? CLOSING : OPENING
    }
    const last = sections.at(-1)
    if (last && (title === undefined || title === last.title)) {
      last.slides.push(slide)
    }
    else {
      sections.push({
        title: title!,
        slides: [slide],
      })
    }
  }
  return sections
}

import type { ArticleSection } from '../data/facts.ts'
/**
 * The deck's sections, for the PDF outline (bookmarks) and the reading edition's contents: the
 * article's five numbered sections, plus the opening and the closing. Each slide names its section
 * in its frontmatter (`section: 三`, or 开场 / 结语); a slide without one stays in the section
 * before it. Section names come from data/facts.ts, so they cannot drift.
 */
import { products } from '../data/facts.ts'

export interface DeckSlide {
  /** 1-based, as Slidev numbers slides. */
  no: number
  title: string
  /** The `section` of the slide's frontmatter: 开场, 一 … 五, or 结语. */
  section?: string
}

export interface Section {
  title: string
  slides: DeckSlide[]
}

export const OPENING = '开场'
export const CLOSING = '结语'
const NUMERALS = new Set(['一', '二', '三', '四', '五'])

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

/** The title a section is listed under: the article's numbered sections with their products. */
export function titleOfSection(section: string): string {
  return NUMERALS.has(section)
    ? sectionTitle(section as ArticleSection)
    : section
}

export function groupBySection<S extends DeckSlide>(slides: readonly S[]): { title: string, slides: S[] }[] {
  const sections: { title: string, slides: S[] }[] = []
  for (const slide of slides) {
    const title = slide.section
      ? titleOfSection(slide.section)
      : undefined
    const last = sections.at(-1)
    if (last && (title === undefined || title === last.title)) {
      last.slides.push(slide)
    }
    else {
      sections.push({
        title: title ?? OPENING,
        slides: [slide],
      })
    }
  }
  return sections
}

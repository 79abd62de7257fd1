import type { ArticleSection, Product } from '../data/facts.ts'
/**
 * The talk's section titles, from data/facts.ts: an article's section is titled by the products it
 * covers and their years ("三、订阅号 / 服务号 / 企业号（2012–2014）"); the opening and the closing
 * by their own names. The section openers (layouts/section.vue) say the same years.
 */
import { numberedSections, products, talkSections } from '../data/facts.ts'

/** The products an article's section covers. */
export function sectionProducts(numeral: string): Product[] {
  return products.filter(p => p.source.section === numeral)
}

/** "2012–2014": the years of the products an article's section covers (a product's own label when it is alone). */
export function sectionYears(numeral: string): string {
  const ps = sectionProducts(numeral)
  const years = ps.map(p => p.year)
  const single = ps.length === 1 && 'yearLabel' in ps[0]!
    ? ps[0].yearLabel
    : undefined
  return single ?? (Math.min(...years) === Math.max(...years)
    ? `${years[0]}`
    : `${Math.min(...years)}–${Math.max(...years)}`)
}

/** "三、订阅号 / 服务号 / 企业号（2012–2014）": the products the article's section covers. */
export function sectionTitle(numeral: ArticleSection): string {
  const ps = sectionProducts(numeral)
  if (ps.length === 0)
    return numeral
  return `${numeral}、${ps.map(p => p.short).join(' / ')}（${sectionYears(numeral)}）`
}

/** Every section's title, by the key slides use in `section:`. */
export const sectionTitles: Readonly<Record<string, string>> = Object.fromEntries(talkSections.map(key => [
  key,
  (numberedSections as readonly string[]).includes(key)
    ? sectionTitle(key as ArticleSection)
    : key,
]))

import type { ArticleSection } from '../data/facts.ts'
import type { SaidProduct } from './said.ts'
/**
 * The talk's section titles, from data/facts.ts and the words of a language: an article's section
 * is titled by the products it covers and their years ("三、订阅号 / 服务号 / 企业号（2012–2014）",
 * "3. Subscription / Service / Enterprise (2012–2014)"); the opening and the closing by their own
 * names. The section openers (layouts/section.vue) say the same years. Slides name their section
 * by its key in facts.ts (`section: 三`) in every language.
 */
import { CLOSING, numberedSections, OPENING, products, talkSections } from '../data/facts.ts'
import { talkWords } from '../data/words/index.ts'
import { productsSaid } from './said.ts'

/** The products an article's section covers, said in `lang`. */
export function sectionProducts(numeral: string, lang?: string): SaidProduct[] {
  return productsSaid(lang, products.filter(p => p.source.section === numeral))
}

/** "2012–2014": the years of the products an article's section covers (a product's own label when it is alone). */
export function sectionYears(numeral: string): string {
  const ps = products.filter(p => p.source.section === numeral)
  const years = ps.map(p => p.year)
  const single = ps.length === 1 && 'yearLabel' in ps[0]!
    ? ps[0].yearLabel
    : undefined
  return single ?? (Math.min(...years) === Math.max(...years)
    ? `${years[0]}`
    : `${Math.min(...years)}–${Math.max(...years)}`)
}

/** How the article's numbered section is said in `lang`: 三, 3. */
export function sectionNumeral(numeral: ArticleSection, lang?: string): string {
  const said = talkWords(lang).sections.numeral as Readonly<Record<string, string>>
  return said[numeral] ?? numeral
}

/** "三、订阅号 / 服务号 / 企业号（2012–2014）": the products the article's section covers. */
export function sectionTitle(numeral: ArticleSection, lang?: string): string {
  const ps = sectionProducts(numeral, lang)
  if (ps.length === 0)
    return sectionNumeral(numeral, lang)
  return talkWords(lang).sections.title(sectionNumeral(numeral, lang), ps.map(p => p.short), sectionYears(numeral))
}

/** Every section's title in `lang`, by the key slides use in `section:`. */
export function sectionTitlesFor(lang?: string): Readonly<Record<string, string>> {
  const words = talkWords(lang).sections
  return Object.fromEntries(talkSections.map(key => [
    key,
    key === OPENING
      ? words.opening
      : key === CLOSING
        ? words.closing
        : (numberedSections as readonly string[]).includes(key)
            ? sectionTitle(key as ArticleSection, lang)
            : key,
  ]))
}

/** Every section's title in the default language (zh-CN). */
export const sectionTitles: Readonly<Record<string, string>> = sectionTitlesFor()

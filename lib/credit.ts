/**
 * The credit of the source article, as the talk says it: `short` on the cover, `full` on the
 * sources slide, and (as plain text, through deck.config.ts) in the kit's reading edition, handout
 * and PDFs. The date comes apart so <Credit> can mark it up as a <time>.
 *   short  改编自王M争的文章，原载「人人都是产品经理」，2022 年 8 月
 *   full   王M争《企业微信的20年：腾讯是如何连接人和企业？》，人人都是产品经理，2022 年 8 月 16 日
 */
import { article } from '../data/facts.ts'

/** The credit before its date, in the phrases it breaks between when it must (the cover sets them one a line). */
export function creditPhrases(variant: 'short' | 'full'): string[] {
  return variant === 'full'
    ? [`${article.author}《${article.title}》，`, `${article.publisher}，`]
    : [`改编自${article.author}的文章，`, `原载「${article.publisher}」，`]
}

export function creditLead(variant: 'short' | 'full'): string {
  return creditPhrases(variant).join('')
}

export function creditDate(variant: 'short' | 'full'): string {
  const [y, m, d] = article.published.split('-').map(Number)
  return variant === 'full'
    ? `${y} 年 ${m} 月 ${d} 日`
    : `${y} 年 ${m} 月`
}

export function creditText(variant: 'short' | 'full'): string {
  return creditLead(variant) + creditDate(variant)
}

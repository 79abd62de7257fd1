/**
 * The credit of the source article, as the talk says it: `short` on the cover, `full` on the
 * sources slide, and (as plain text, through deck.config.ts) in the kit's reading edition, handout
 * and PDFs. The date comes apart so <Credit> can mark it up as a <time>.
 *   short  改编自王M争的文章，原载「人人都是产品经理」，2022 年 8 月
 *   full   王M争《企业微信的20年：腾讯是如何连接人和企业？》，人人都是产品经理，2022 年 8 月 16 日
 * In English: "After an article by 王M争 (Wang M Zheng), 人人都是产品经理, August 2022" (short) and
 * the full credit with the title in both scripts. The names are the source's own (data/facts.ts).
 */
import type { CreditFull } from '../data/words/types.ts'
import { article } from '../data/facts.ts'
import { talkWords } from '../data/words/index.ts'
import { formatDate } from './format.ts'

export type CreditVariant = 'short' | 'full'

/** The full credit's parts, for <Credit> to mark up the title and the publisher. */
export function creditParts(lang?: string): CreditFull {
  return talkWords(lang).credit.full(article)
}

/** The credit before its date, in the phrases it breaks between when it must (the cover sets them one a line). */
export function creditPhrases(variant: CreditVariant, lang?: string): string[] {
  if (variant === 'short')
    return talkWords(lang).credit.short(article)
  const p = creditParts(lang)
  return [`${p.author}${p.title}${p.between}`, `${p.publisher}${p.after}`]
}

export function creditLead(variant: CreditVariant, lang?: string): string {
  return creditPhrases(variant, lang).join('')
}

export function creditDate(variant: CreditVariant, lang?: string): string {
  return formatDate(article.published, {
    lang,
    said: variant === 'short'
      ? 'month'
      : undefined,
  })
}

export function creditText(variant: CreditVariant, lang?: string): string {
  return creditLead(variant, lang) + creditDate(variant, lang)
}

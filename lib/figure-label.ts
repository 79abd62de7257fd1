/**
 * What a figure is, in words a slide can carry: what it counts, as of when, and what kind of number
 * it is (data/facts.ts `basis`). BigNumber, Fig and the chart all label figures through here, so a
 * stated aim never reads as a count, a company's own figure says it is theirs, and a difference the
 * article computed says it is the article's.
 */
import type { FigureBasis } from '../data/facts'
import { talkWords } from '../data/words/index.ts'

export type LabelledBasis = FigureBasis | 'difference'

/** The basis word in `lang` (自述, self-reported…), or '' for a plain count (its `counts` says what it counts). */
export function basisWord(basis: LabelledBasis, lang?: string): string {
  if (basis === 'count')
    return ''
  const words = talkWords(lang).basis
  const word = Object.hasOwn(words, basis)
    ? words[basis]
    : undefined
  if (word === undefined)
    throw new RangeError(`basisWord: unknown basis ${JSON.stringify(basis)}; use one of count, ${Object.keys(words).join(', ')}`)
  return word
}

export interface LabelledFigure {
  counts: string
  basis: LabelledBasis
  asOfLabel?: string
}

/** "入驻企业 · 2019 年底", "宣称要服务的组织 · 2019 年 · 目标": what, when, and what kind of number. */
export function figureLabel(f: LabelledFigure, options: { counts?: string, lang?: string } = {}): string {
  return [
    options.counts ?? f.counts,
    f.asOfLabel,
    basisWord(f.basis, options.lang),
  ].filter(Boolean).join(talkWords(options.lang).labelJoin)
}

/**
 * What a figure is, in words a slide can carry: what it counts, as of when, and what kind of number
 * it is (data/facts.ts `basis`). BigNumber, Fig and the chart all label figures through here, so a
 * stated aim never reads as a count, a company's own figure says it is theirs, and a difference the
 * article computed says it is the article's.
 */
import type { FigureBasis } from '../data/facts'

export type LabelledBasis = FigureBasis | 'difference'

/** The word a slide adds for each kind of number; a plain count needs none (its `counts` says what it counts). */
export const BASIS_WORD: Readonly<Record<LabelledBasis, string>> = {
  count: '',
  claim: '自述',
  aim: '目标',
  difference: '原文算的差',
}

/** The basis word, or '' for a plain count. */
export function basisWord(basis: LabelledBasis): string {
  const word = BASIS_WORD[basis]
  if (word === undefined)
    throw new RangeError(`basisWord: unknown basis ${JSON.stringify(basis)}; use one of ${Object.keys(BASIS_WORD).join(', ')}`)
  return word
}

export interface LabelledFigure {
  counts: string
  basis: LabelledBasis
  asOfLabel?: string
}

/** "入驻企业 · 2019 年底", "宣称要服务的组织 · 2019 年 · 目标": what, when, and what kind of number. */
export function figureLabel(f: LabelledFigure, options: { counts?: string } = {}): string {
  return [
    options.counts ?? f.counts,
    f.asOfLabel,
    basisWord(f.basis),
  ].filter(Boolean).join(' · ')
}

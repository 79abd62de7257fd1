/**
 * data/facts.ts with the Chinese deck's words (data/words/zh-CN.ts) put back beside each entry, as
 * the components draw them: what the tests written against slides.md's labels read.
 */
import type { DerivedId, MilestoneId, ProductId } from '../../data/facts'
import * as facts from '../../data/facts'
import { talkWords } from '../../data/words'
import { countSaid, figureSaid, milestoneSaid, productSaid, productsSaid, quartersSaid } from '../../lib/said'

const zh = talkWords('zh-CN')

export const products = productsSaid('zh-CN')
export const productById = (id: ProductId) => productSaid(id, 'zh-CN')
type Said<T, W> = { -readonly [K in keyof T]: T[K] & W }
export const enterpriseCounts = facts.enterpriseCounts.map(f => ({
  ...f,
  ...countSaid(f, 'zh-CN')!,
})) as Said<typeof facts.enterpriseCounts, { counts: string, asOfLabel: string }>
export const textFigures = facts.textFigures.map(f => ({
  ...f,
  ...figureSaid(f.id, 'zh-CN'),
})) as Said<typeof facts.textFigures, { counts: string, unit: string, asOfLabel: string }>
export const tencentProducts = products.filter(p => p.maker === 'tencent')
export const derivedFigures = Object.fromEntries(Object.entries(facts.derivedFigures).map(([id, d]) => [
  id,
  {
    ...d,
    ...zh.derived[id as DerivedId],
  },
])) as {
  [K in DerivedId]: (typeof facts.derivedFigures)[K] & { counts: string, unit: string }
}
export const milestones = facts.milestones.map(m => milestoneSaid(m.id as MilestoneId, 'zh-CN'))
export const placements = facts.placements.map(p => ({ ...p, reason: zh.reasons[p.product] }))
export const mapAxes = zh.map.axes
export const mapQuarters = quartersSaid('zh-CN')
export const deck = {
  ...facts.deck,
  ...zh.deck,
}

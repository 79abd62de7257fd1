/**
 * The facts of data/facts.ts with their words in one language (data/words/): what a component
 * draws. The figures, dates and placements come from facts.ts only; every string from the words.
 */
import type { CountFigure, DerivedId, FigureBasis, FigureId, MapQuarter, Milestone, MilestoneId, Product, ProductId, TextFigure } from '../data/facts.ts'
import type { ProductWords } from '../data/words/types.ts'
import { derivedFigures, figureById, mapQuarters, milestoneById, productById, products } from '../data/facts.ts'
import { talkWords } from '../data/words/index.ts'
import { formatDate } from './format.ts'

export type SaidProduct = Product & ProductWords

/** A product with its names, positioning and feature tag in `lang`. */
export function productSaid(id: ProductId, lang?: string): SaidProduct {
  const p = productById(id)
  return {
    ...p,
    ...talkWords(lang).products[p.id],
  }
}

/** Every product (or those given), in their order, said in `lang`. */
export function productsSaid(lang?: string, list: readonly Product[] = products): SaidProduct[] {
  const words = talkWords(lang)
  return list.map(p => ({
    ...p,
    ...words.products[p.id],
  }))
}

/** A figure as a slide labels it: what it counts, its unit word and, when it has one, its date said. */
export interface SaidFigure {
  id: FigureId | DerivedId
  value: number
  atLeast?: boolean
  basis: FigureBasis | 'difference'
  counts: string
  unit: string
  asOf?: string
  asOfLabel?: string
}

export function figureSaid(id: FigureId | DerivedId, lang?: string): SaidFigure {
  const words = talkWords(lang)
  if (Object.hasOwn(derivedFigures, id)) {
    const d = derivedFigures[id as DerivedId]
    return {
      id,
      value: d.value,
      basis: d.basis,
      ...words.derived[id as DerivedId],
    }
  }
  const f = figureById(id as FigureId)
  const w = Object.hasOwn(words.counts, f.id)
    ? { ...words.counts[f.id as keyof typeof words.counts], unit: '' }
    : words.textFigures[f.id as keyof typeof words.textFigures]
  return {
    id: f.id as FigureId,
    value: f.value,
    ...('atLeast' in f
      ? { atLeast: f.atLeast }
      : {}),
    basis: f.basis,
    ...w,
    asOf: f.asOf,
    asOfLabel: dateSaid(f, lang),
  }
}

/** A figure's date as the slide says it in `lang`. */
export function dateSaid(f: Pick<CountFigure | TextFigure, 'asOf' | 'said'>, lang?: string): string {
  return formatDate(f.asOf, { lang, said: f.said })
}

/** A charted figure with what it counts and its date in `lang`; undefined when the language has no words for its id. */
export function countSaid(f: CountFigure, lang?: string): (CountFigure & { counts: string, asOfLabel: string }) | undefined {
  const words = talkWords(lang).counts as Readonly<Record<string, { counts: string }>>
  if (!Object.hasOwn(words, f.id))
    return undefined
  return {
    ...f,
    counts: words[f.id]!.counts,
    asOfLabel: dateSaid(f, lang),
  }
}

/** A milestone with its date said and what happened, in `lang`. */
export function milestoneSaid(id: MilestoneId, lang?: string): Milestone & { label: string, what: string } {
  const m = milestoneById(id)
  return {
    ...m,
    label: formatDate(m.date, { lang, said: m.said }),
    what: talkWords(lang).milestones[id].what,
  }
}

/** A quarter of the map with its name in `lang`. */
export function quarterSaid(q: MapQuarter, lang?: string): MapQuarter & { name: string } {
  return { ...q, name: talkWords(lang).map.quarters[q.id] }
}

/** The map's four quarters with their names in `lang`. */
export function quartersSaid(lang?: string): (MapQuarter & { name: string })[] {
  return mapQuarters.map(q => quarterSaid(q, lang))
}

/** A product's year as the slide says it: its own label when its story spans years. */
export function yearSaid(p: Pick<Product, 'year' | 'yearLabel'>): string {
  return p.yearLabel ?? String(p.year)
}

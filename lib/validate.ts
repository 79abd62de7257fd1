/**
 * Checks the data module before anything draws it. Each problem names the field and says
 * how to fix it; `assertDeckData` throws them all at once so the dev server and the build
 * stop with a readable message instead of a chart full of NaN.
 */
import type { CountFigure, DerivedId, MapQuarter, Milestone, Placement, Product, ProductId, TextFigure } from '../data/facts'
import type { TalkWords } from '../data/words/types'
import { articleSections, figureBases, numberedSections } from '../data/facts.ts'

export interface DeckData {
  /** The talk's words by language (data/words/index.ts talkLanguages): each is checked against the ids here. */
  languages?: Readonly<Record<string, TalkWords>>
  derivedFigures?: Readonly<Record<string, unknown>>
  mapQuarters?: readonly MapQuarter[]
  mapSteps?: readonly (readonly ProductId[])[]
  products: readonly Product[]
  enterpriseCounts: readonly CountFigure[]
  textFigures: readonly TextFigure[]
  milestones: readonly Milestone[]
  placements: readonly Placement[]
  mapPath: readonly ProductId[]
}

const SECTIONS = new Set<string>(articleSections)
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/
/** A product's map tag in Chinese: two to four Han characters, nothing else (no spaces, no Latin). */
const FEATURE_HAN = /^\p{Script=Han}{2,4}$/u
/** In a language written with spaces: a word or two, short enough for the map's pill. */
const FEATURE_WORDS = /^(?=.{2,14}$)\S+(?: \S+)?$/u
const DATE_SAYINGS = new Set([
  'year',
  'month',
  'year-end',
  'spring-festival',
  'six-months-in',
])

/** A value as it should read in a message: NaN stays NaN (JSON would print null). */
function show(v: unknown): string {
  return typeof v === 'number'
    ? String(v)
    : JSON.stringify(v)
}

function checkSource(where: string, s: unknown, errors: string[]): void {
  const src = s as { section?: unknown, where?: unknown } | undefined
  if (!src || typeof src !== 'object') {
    errors.push(`${where}.source is missing: say which section of the article states it ({ section: '五', where: '…' })`)
    return
  }
  if (typeof src.section !== 'string' || !SECTIONS.has(src.section))
    errors.push(`${where}.source.section must be one of ${[...SECTIONS].join(' ')}, got ${JSON.stringify(src.section)}`)
  if (typeof src.where !== 'string' || src.where.trim() === '')
    errors.push(`${where}.source.where is empty: point to the passage in the article`)
}

/** Check counts only (what EnterpriseCountChart needs); returns the problems, empty when fine. */
export function validateCounts(counts: readonly CountFigure[], name = 'enterpriseCounts'): string[] {
  const errors: string[] = []
  if (!Array.isArray(counts) || counts.length === 0)
    return [`${name} is empty: the chart needs at least one figure`]
  counts.forEach((c, i) => {
    const where = `${name}[${i}] (${c?.id ?? 'no id'})`
    checkFigure(where, c, errors)
    if ((c?.basis as string) === 'aim')
      errors.push(`${where}.basis is 'aim': a stated aim is not a count and is never charted; quote it in text (textFigures) instead`)
  })
  return errors
}

/**
 * Check map placements and the path drawn through them (what PositioningMap needs); returns the
 * problems, empty when fine. `validateDeckData` also checks them against the product list.
 */
export function validatePlacements(placements: readonly Placement[], path: readonly ProductId[], name = 'placements', pathName = 'mapPath', steps?: readonly (readonly ProductId[])[]): string[] {
  const errors: string[] = []
  const placed = new Set<string>()
  placements.forEach((p, i) => {
    const where = `${name}[${i}] (${p.product})`
    if (placed.has(p.product))
      errors.push(`${where} places the product a second time`)
    placed.add(p.product)
    for (const axis of ['x', 'y'] as const) {
      const v = p[axis]
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100)
        errors.push(`${where}.${axis} must be within 0–100 (the map's grid), got ${show(v)}`)
    }
  })
  path.forEach((id, i) => {
    if (!placed.has(id))
      errors.push(`${pathName}[${i}] "${id}" is not placed on the map`)
  })
  // The steps are checked once the placements themselves are sound (a missing placement is said once).
  if (steps && errors.length === 0) {
    const stepOf = new Map<string, number>()
    steps.forEach((ids, n) => ids.forEach((id) => {
      if (stepOf.has(id))
        errors.push(`mapSteps[${n}] places "${id}" a second time (it arrives in step ${stepOf.get(id)})`)
      else if (!placed.has(id))
        errors.push(`mapSteps[${n}] "${id}" has no entry in ${name}`)
      stepOf.set(id, n)
    }))
    for (const id of placed) {
      if (!stepOf.has(id))
        errors.push(`${name}: "${id}" never arrives: add it to a step of mapSteps`)
    }
    path.slice(1).forEach((id, i) => {
      const [now, before] = [
        stepOf.get(id),
        stepOf.get(path[i]!),
      ]
      if (now !== undefined && before !== undefined && now < before)
        errors.push(`mapSteps: "${id}" arrives before "${path[i]}", which comes before it on ${pathName}`)
    })
  }
  return errors
}

function checkFigure(where: string, f: CountFigure | TextFigure, errors: string[]): void {
  if (typeof f.id !== 'string' || f.id === '')
    errors.push(`${where}.id is missing`)
  if (typeof f.value !== 'number' || !Number.isFinite(f.value) || f.value <= 0)
    errors.push(`${where}.value must be a positive number, got ${show(f.value)}`)
  if (typeof f.asOf !== 'string' || !DATE.test(f.asOf))
    errors.push(`${where}.asOf must be a date like 2019-12-31, 2020-08 or 2019, got ${JSON.stringify(f.asOf)}`)
  if (f.said !== undefined && !DATE_SAYINGS.has(f.said))
    errors.push(`${where}.said must be one of ${[...DATE_SAYINGS].join(', ')}, got ${JSON.stringify(f.said)}`)
  if (!(figureBases as readonly string[]).includes(f.basis))
    errors.push(`${where}.basis must be one of ${figureBases.map(b => `'${b}'`).join(', ')} (a count the article states, a company's own figure, a stated aim), got ${JSON.stringify(f.basis)}`)
  checkSource(where, f.source, errors)
}

export function validateDeckData(d: DeckData): string[] {
  const errors: string[] = []
  const ids = new Set<string>()
  d.products.forEach((p, i) => {
    const where = `products[${i}] (${p.id})`
    if (ids.has(p.id))
      errors.push(`${where}.id is used twice`)
    ids.add(p.id)
    if (!Number.isInteger(p.year) || p.year < 1990 || p.year > 2030)
      errors.push(`${where}.year must be a year between 1990 and 2030, got ${JSON.stringify(p.year)}`)
    checkSource(where, p.source, errors)
  })
  errors.push(...validateCounts(d.enterpriseCounts))
  d.enterpriseCounts.forEach((c, i) => {
    if (!ids.has(c.product))
      errors.push(`enterpriseCounts[${i}] (${c.id}).product "${c.product}" is not a product id`)
  })
  d.textFigures.forEach((f, i) => checkFigure(`textFigures[${i}] (${f.id})`, f, errors))
  const figureIds = [
    ...d.enterpriseCounts,
    ...d.textFigures,
  ].map(f => f.id)
  for (const id of new Set(figureIds)) {
    if (figureIds.filter(x => x === id).length > 1)
      errors.push(`figure id "${id}" is used twice`)
  }
  d.milestones.forEach((m, i) => {
    const where = `milestones[${i}] (${m.id})`
    if (typeof m.date !== 'string' || !DATE.test(m.date))
      errors.push(`${where}.date must be a date like 2016-04 or 2011, got ${JSON.stringify(m.date)}`)
    if (m.said !== undefined && !DATE_SAYINGS.has(m.said))
      errors.push(`${where}.said must be one of ${[...DATE_SAYINGS].join(', ')}, got ${JSON.stringify(m.said)}`)
    checkSource(where, m.source, errors)
  })
  const mapErrors = validatePlacements(d.placements, d.mapPath)
  const placed = new Set<string>(d.placements.map(p => p.product))
  d.placements.forEach((p, i) => {
    if (!ids.has(p.product))
      mapErrors.push(`placements[${i}] (${p.product}).product is not a product id`)
  })
  for (const id of ids) {
    if (!placed.has(id))
      mapErrors.push(`product "${id}" has no entry in placements: place it on the map`)
  }
  errors.push(...(mapErrors.length || !d.mapSteps
    ? mapErrors
    : validatePlacements(d.placements, d.mapPath, 'placements', 'mapPath', d.mapSteps)))
  // The words are checked against the facts once the facts are sound (a wrong id is said once).
  if (errors.length === 0) {
    for (const [lang, words] of Object.entries(d.languages ?? {}))
      errors.push(...validateWords(words, lang, d))
  }
  return errors
}

/** Every string of a words module that must say something: all but a figure's unit word and the thousands separator. */
function emptyStrings(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'string') {
    if (value.trim() === '' && !/\.(?:unit|group|feature)$/.test(path))
      out.push(path)
  }
  else if (Array.isArray(value)) {
    value.forEach((v, i) => emptyStrings(v, `${path}[${i}]`, out))
  }
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      emptyStrings(v, path
        ? `${path}.${k}`
        : k, out)
    }
  }
}

/**
 * Check one language's words (data/words/<lang>.ts) against the ids of data/facts.ts: every
 * product, figure, milestone, placement, quarter and section has its words, and none is empty.
 * Each problem names the language's file, the id and the field.
 */
export function validateWords(words: TalkWords, lang: string, d: Pick<DeckData, 'products' | 'enterpriseCounts' | 'textFigures' | 'milestones' | 'placements' | 'derivedFigures' | 'mapQuarters'>): string[] {
  const file = `data/words/${lang}.ts`
  const errors: string[] = []
  const need = (table: string, ids: readonly string[], fields: readonly string[]) => {
    const got = ((words as unknown as Record<string, unknown>)[table] ?? {}) as Record<string, Record<string, unknown> | string | undefined>
    for (const id of ids) {
      const entry = got[id]
      if (entry === undefined) {
        errors.push(`${file}: ${table} has no entry for "${id}": add its words (${fields.join(', ') || 'a line'})`)
        continue
      }
      for (const field of fields) {
        const v = typeof entry === 'object'
          ? entry[field]
          : undefined
        if (typeof v !== 'string')
          errors.push(`${file}: ${table}["${id}"].${field} is missing: add it`)
      }
    }
  }
  need('products', d.products.map(p => p.id), ['name', 'short', 'positioning'])
  need('counts', d.enterpriseCounts.map(f => f.id), ['counts'])
  need('textFigures', d.textFigures.map(f => f.id), ['counts', 'unit'])
  need('derived', Object.keys(d.derivedFigures ?? {}) as DerivedId[], ['counts', 'unit'])
  need('milestones', d.milestones.map(m => m.id), ['what'])
  need('reasons', d.placements.map(p => p.product), [])
  if (d.mapQuarters) {
    for (const q of d.mapQuarters) {
      if (typeof words.map?.quarters?.[q.id] !== 'string')
        errors.push(`${file}: map.quarters has no name for "${q.id}": add it`)
    }
  }
  for (const n of numberedSections) {
    if (typeof words.sections?.numeral?.[n] !== 'string')
      errors.push(`${file}: sections.numeral has no entry for "${n}": add how the section is numbered`)
  }
  const empty: string[] = []
  emptyStrings(words, '', empty)
  errors.push(...empty.map(path => `${file}: ${path} is empty: say it in ${lang}`))
  for (const p of d.products) {
    if (!words.products?.[p.id])
      continue
    const feature: unknown = words.products[p.id].feature
    const han = lang.startsWith('zh')
    if (typeof feature !== 'string' || !(han ? FEATURE_HAN : FEATURE_WORDS).test(feature))
      errors.push(`${file}: products["${p.id}"].feature must be ${han ? '2–4 Han characters' : 'a word or two, at most 14 characters'} (the feature its positioning brought, drawn as its tag on the map), got ${JSON.stringify(feature)}`)
  }
  return errors
}

export class DeckDataError extends Error {
  constructor(public readonly problems: string[]) {
    super(`data/facts.ts has ${problems.length} problem(s):\n${problems.map(p => `  - ${p}`).join('\n')}\nFix these entries in data/facts.ts (or, where a problem names it, in data/words/) and save; the dev server reloads.`)
    this.name = 'DeckDataError'
  }
}

export function assertDeckData(d: DeckData): void {
  const problems = validateDeckData(d)
  if (problems.length > 0)
    throw new DeckDataError(problems)
}

/**
 * Checks the data module before anything draws it. Each problem names the field and says
 * how to fix it; `assertDeckData` throws them all at once so the dev server and the build
 * stop with a readable message instead of a chart full of NaN.
 */
import type { CountFigure, Milestone, Placement, Product, ProductId, TextFigure } from '../data/facts'
import { articleSections, figureBases } from '../data/facts.ts'

export interface DeckData {
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
/** A product's map tag: two to four Han characters, nothing else (no spaces, no Latin). */
const FEATURE = /^\p{Script=Han}{2,4}$/u

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
    if (!p.reason?.trim())
      errors.push(`${where}.reason is empty: say why it sits there`)
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
  if (typeof f.asOfLabel !== 'string' || f.asOfLabel.trim() === '')
    errors.push(`${where}.asOfLabel is empty: say the date as the slide should show it (e.g. 2019 年底)`)
  if (typeof f.counts !== 'string' || f.counts.trim() === '')
    errors.push(`${where}.counts is empty: say what is counted (enterprises, organisations, users…)`)
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
    if (!p.name?.trim() || !p.positioning?.trim())
      errors.push(`${where} needs a name and a positioning`)
    if (typeof p.feature !== 'string' || !FEATURE.test(p.feature))
      errors.push(`${where}.feature must be 2–4 Han characters (the feature its positioning brought, drawn as its tag on the map), got ${JSON.stringify(p.feature)}`)
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
    if (!m.label?.trim())
      errors.push(`${where}.label is empty: say the date as the slide should show it`)
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
  return errors
}

export class DeckDataError extends Error {
  constructor(public readonly problems: string[]) {
    super(`data/facts.ts has ${problems.length} problem(s):\n${problems.map(p => `  - ${p}`).join('\n')}\nFix these entries in data/facts.ts and save; the dev server reloads.`)
    this.name = 'DeckDataError'
  }
}

export function assertDeckData(d: DeckData): void {
  const problems = validateDeckData(d)
  if (problems.length > 0)
    throw new DeckDataError(problems)
}

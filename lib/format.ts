/**
 * Numbers and dates as each language says them (the magnitudes, month names and phrases come from
 * data/words/). Chinese: magnitude units 万 and 亿 with a space between the digits and the Chinese
 * character that follows (the house style autocorrect enforces), so 2 500 000 reads "250 万" and
 * 10 000 000 "1000 万". English: millions and billions, so the same read "2.5 million" and
 * "10 million"; smaller numbers grouped by thousands ("3,000").
 */
import type { DateSaying } from '../data/facts.ts'
import { talkWords } from '../data/words/index.ts'

export { houseSpacing } from './spacing.ts'

export interface FormatOptions {
  /** The deck's language (its headmatter `lang`); zh-CN when not given. */
  lang?: string
}

/** The number and its magnitude word apart: 2 500 000 → { number: "250", magnitude: "万" } in zh-CN, { "2.5", "million" } in en. */
export function countParts(value: number, options: FormatOptions = {}): { number: string, magnitude: string } {
  if (!Number.isFinite(value))
    throw new TypeError(`formatCount: expected a finite number, got ${String(value)}`)
  const { numbers } = talkWords(options.lang)
  const abs = Math.abs(value)
  const m = numbers.magnitudes.find(m => abs >= m.value && value % (m.value / 100) === 0)
  if (m) {
    return {
      number: trim(value / m.value),
      magnitude: m.word,
    }
  }
  return {
    number: numbers.group
      ? String(value).replace(/\B(?=(\d{3})+(?!\d))/g, numbers.group)
      : String(value),
    magnitude: '',
  }
}

/** The number in its largest whole unit: 2 500 000 → "250 万" / "2.5 million", 3000 → "3000" / "3,000"; a lower bound gets a "+". */
export function formatCount(value: number, options: FormatOptions & { atLeast?: boolean } = {}): string {
  const { number, magnitude } = countParts(value, options)
  const plus = options.atLeast ? '+' : ''
  return (magnitude
    ? `${number} ${magnitude}`
    : number) + plus
}

/**
 * A figure with its unit word: (10, '元/月') → "10 元/月", (15 000 000, '家组织') → "1500 万家组织",
 * (15 000 000, 'organisations', en) → "15 million organisations"; a lower bound reads "超 1000 万家",
 * "over 10 million".
 */
export function formatWithUnit(value: number, unit: string, options: FormatOptions & { atLeast?: boolean } = {}): string {
  const count = formatCount(value, { lang: options.lang })
  // A Chinese unit word joins a Chinese magnitude directly (万家); anything else takes a space.
  const joined = !unit
    ? count
    : /\p{Script=Han}$/u.test(count) && /^\p{Script=Han}/u.test(unit)
      ? `${count}${unit}`
      : `${count} ${unit}`
  return options.atLeast
    ? talkWords(options.lang).numbers.atLeast(joined)
    : joined
}

/** How many times: 4 → "4 倍" / "4×"; a fraction to one decimal. */
export function formatTimes(n: number, options: FormatOptions = {}): string {
  if (!(Number.isFinite(n) && n > 0))
    throw new RangeError(`formatTimes: expected a positive number, got ${String(n)}`)
  return talkWords(options.lang).numbers.times(Number.isInteger(n)
    ? String(n)
    : String(Number(n.toFixed(1))))
}

/**
 * An ISO date (2019, 2020-08, 2022-08-16) as a slide says it, to the precision it has: "2020 年 8 月"
 * / "August 2020", "2022 年 8 月 16 日" / "16 August 2022"; a year's last day is its end ("2019 年底"
 * / "end of 2019"). `said` says it otherwise where the date alone would mislead (data/facts.ts DateSaying).
 */
export function formatDate(iso: string, options: FormatOptions & { said?: DateSaying } = {}): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso)
  if (!m)
    throw new RangeError(`formatDate: expected a date like 2019, 2020-08 or 2022-08-16, got ${JSON.stringify(iso)}`)
  const [y, mo, d] = [
    Number(m[1]),
    m[2]
      ? Number(m[2])
      : undefined,
    m[3]
      ? Number(m[3])
      : undefined,
  ]
  const { dates } = talkWords(options.lang)
  const needMonth = (what: DateSaying) => {
    if (mo === undefined)
      throw new RangeError(`formatDate: "${iso}" has no month to say as ${what}`)
    return mo
  }
  switch (options.said) {
    case 'year': return dates.year(y)
    case 'month': return dates.month(y, needMonth('month'))
    case 'year-end': return dates.yearEnd(y)
    case 'spring-festival': return dates.springFestival(y)
    case 'six-months-in': return dates.sixMonthsIn
    case undefined: break
    default: throw new RangeError(`formatDate: unknown way to say a date ${JSON.stringify(options.said)}`)
  }
  if (mo !== undefined && d !== undefined) {
    return mo === 12 && d === 31
      ? dates.yearEnd(y)
      : dates.day(y, mo, d)
  }
  return mo !== undefined
    ? dates.month(y, mo)
    : dates.year(y)
}

function trim(n: number): string {
  return Number.isInteger(n)
    ? String(n)
    : String(Number(n.toFixed(2)))
}

/**
 * Lengths of time as a talk writes them: a slide's `plan:` frontmatter and the kit's `plan`
 * options. The same syntax as Slidev's own `duration` headmatter (@slidev/parser's
 * parseTimeString), kept to what a person writes for a slide or a talk and meaning the same:
 *
 *   45          seconds (a number, or a string of digits)
 *   45s  1.5min  2m  1h  2min30s    a number and a unit (s, sec, secs, m, min, mins, h), or several
 *   1:30        minutes and seconds
 *
 * Anything else is refused with a message naming what was wrong and where: Slidev would read "+10s"
 * as relative and "3 weeks" as weeks, neither of which a slide's plan can mean.
 */

const UNITS: Record<string, number> = {
  s: 1,
  sec: 1,
  secs: 1,
  m: 60,
  min: 60,
  mins: 60,
  h: 3600,
}

/** One or more of a number and a unit of UNITS ("2min30s"). */
const WITH_UNITS = /^(?:\d+(?:\.\d+)?(?:secs?|mins?|[hms]))+$/i
const ONE_UNIT = /(\d+(?:\.\d+)?)([a-z]+)/gi
const PLAIN = /^\d+(?:\.\d+)?$/

/** Seconds of a time as written, or undefined when it is not one (negative numbers are returned as they are). */
export function secondsOf(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? value
      : undefined
  }
  if (typeof value !== 'string')
    return undefined
  const text = value.trim()
  if (PLAIN.test(text))
    return Number(text)
  const clock = /^(\d+):([0-5]\d)$/.exec(text)
  if (clock)
    return Number(clock[1]) * 60 + Number(clock[2])
  if (!WITH_UNITS.test(text))
    return undefined
  let seconds = 0
  for (const m of text.matchAll(ONE_UNIT))
    seconds += Number(m[1]) * UNITS[m[2]!.toLowerCase()]!
  return seconds
}

/**
 * Seconds of a time that must be positive (or, with `zero`, may be 0), else an error that names
 * `what`: `slide 7: plan must be a positive duration like 45s or 2min, got "-3"`.
 */
export function parseTime(value: unknown, what: string, options: { zero?: boolean } = {}): number {
  const seconds = secondsOf(value)
  if (seconds !== undefined && (seconds > 0 || (options.zero && seconds === 0)))
    return seconds
  const kind = options.zero
    ? 'a duration like 2min, or 0,'
    : 'a positive duration like 45s or 2min,'
  throw new RangeError(`${what} must be ${kind} got "${String(value)}"`)
}

/**
 * A rehearsal: the talk given in the presenter view with a clock of its own, the time spent on
 * each slide recorded (from one slide change to the next, whatever the clicks in between; a slide
 * shown twice adds up), then set against the plan. Pure: the presenter view
 * (client/rehearsal-store.ts) keeps the state and the browser's storage.
 *
 * All times are milliseconds of the page's clock (`Date.now()`) in, seconds out.
 */
import type { Plan } from './plan.ts'
import { clockText } from './talk-length.ts'

/** A rehearsal under way. */
export interface RehearsalRun {
  /** The slide it started on (a rehearsal may take one section only). */
  from: number
  /** The slide on screen. */
  slide: number
  /** When the slide on screen came on (or the rehearsal was resumed on it). */
  since: number
  /** Set while paused: when the pause began. */
  pausedAt?: number
  /** Seconds spent so far on each slide left, by slide number. */
  spent: Record<number, number>
}

/** A finished (or stored, under way) rehearsal: what the browser keeps. */
export interface RehearsalRecord {
  /** ISO time it started. */
  date: string
  /** Seconds on each slide shown, by slide number. */
  spent: Record<number, number>
}

export function startRun(now: number, slide: number): RehearsalRun {
  return {
    from: slide,
    slide,
    since: now,
    spent: {},
  }
}

function addTo(spent: Record<number, number>, slide: number, seconds: number): Record<number, number> {
  return {
    ...spent,
    [slide]: (spent[slide] ?? 0) + Math.max(0, seconds),
  }
}

/** Seconds on each slide, the one on screen counted up to `now` (or to the pause). */
export function runSpent(run: RehearsalRun, now: number): Record<number, number> {
  return addTo(run.spent, run.slide, ((run.pausedAt ?? now) - run.since) / 1000)
}

/** The slide on screen changed: the time since the last change goes to the slide left. */
export function moveRun(run: RehearsalRun, now: number, slide: number): RehearsalRun {
  if (slide === run.slide)
    return run
  return {
    from: run.from,
    slide,
    since: run.pausedAt ?? now,
    ...(run.pausedAt === undefined
      ? {}
      : { pausedAt: run.pausedAt }),
    spent: runSpent(run, now),
  }
}

export function pauseRun(run: RehearsalRun, now: number): RehearsalRun {
  return run.pausedAt === undefined
    ? { ...run, pausedAt: now }
    : run
}

export function resumeRun(run: RehearsalRun, now: number): RehearsalRun {
  if (run.pausedAt === undefined)
    return run
  return {
    from: run.from,
    slide: run.slide,
    since: run.since + (now - run.pausedAt),
    spent: run.spent,
  }
}

/** Seconds rehearsed so far, pauses left out. */
export function runSeconds(run: RehearsalRun, now: number): number {
  return Object.values(runSpent(run, now)).reduce((a, b) => a + b, 0)
}

/** Seconds on the slide on screen since it came on this time. */
export function runOnSlide(run: RehearsalRun, now: number): number {
  return ((run.pausedAt ?? now) - run.since) / 1000
}

export type RehearsalMark = 'long' | 'short'

export interface RehearsalRow {
  no: number
  title: string
  /** Planned seconds. */
  planned: number
  /** Rehearsed seconds, whole; undefined for a slide the rehearsal did not show. */
  rehearsed?: number
  /** rehearsed − planned. */
  diff?: number
  /** Over its plan by more than the tolerance (long), or under by more (short). */
  mark?: RehearsalMark
}

/** The rehearsal set against the plan, a row a slide; `tolerance` seconds either way is not marked. */
export function rehearsalRows(plan: Plan, spent: Readonly<Record<number, number>>, tolerance: number): RehearsalRow[] {
  return plan.slides.map((s) => {
    const raw = spent[s.no]
    if (raw === undefined)
      return { no: s.no, title: s.title, planned: s.seconds }
    const rehearsed = Math.round(raw)
    const diff = rehearsed - s.seconds
    return {
      no: s.no,
      title: s.title,
      planned: s.seconds,
      rehearsed,
      diff,
      ...(diff > tolerance
        ? { mark: 'long' as const }
        : diff < -tolerance
          ? { mark: 'short' as const }
          : {}),
    }
  })
}

/** Whole rehearsed seconds by slide, for the plan to weigh (shared/plan.ts withRehearsed). */
export function rehearsedSeconds(spent: Readonly<Record<number, number>>): Record<number, number> {
  return Object.fromEntries(Object.entries(spent).filter(([, s]) => s > 0).map(([no, s]) => [
    no,
    Math.max(1, Math.round(s)),
  ]))
}

const CSV_HEAD = [
  'slide',
  'title',
  'planned_s',
  'rehearsed_s',
  'difference_s',
  'mark',
  'planned',
  'rehearsed',
]

function csvField(v: string | number | undefined): string {
  const s = v === undefined
    ? ''
    : String(v)
  return /[",\n\r]/.test(s)
    ? `"${s.replace(/"/g, '""')}"`
    : s
}

/** The rows as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the Chinese). */
export function rehearsalCsv(rows: readonly RehearsalRow[]): string {
  const lines = [
    CSV_HEAD.join(','),
  ]
  for (const r of rows) {
    lines.push([
      r.no,
      r.title,
      r.planned,
      r.rehearsed,
      r.diff,
      r.mark,
      clockText(r.planned),
      r.rehearsed === undefined
        ? undefined
        : clockText(r.rehearsed),
    ].map(csvField).join(','))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** The rows as JSON, with the talk and when it was rehearsed. */
export function rehearsalJson(talk: string, date: string, rows: readonly RehearsalRow[]): string {
  return `${JSON.stringify({
    talk,
    rehearsed: date,
    slides: rows.map(r => ({
      slide: r.no,
      title: r.title,
      plannedSeconds: r.planned,
      rehearsedSeconds: r.rehearsed ?? null,
      differenceSeconds: r.diff ?? null,
      mark: r.mark ?? null,
    })),
  }, null, 2)}\n`
}

/**
 * The presenter view's rehearsal and plan state, kept in the browser (localStorage, under the
 * talk's title, so two talks on one laptop keep theirs apart):
 *
 *   deck-kit:rehearsal:<title>   the last rehearsal: when, and seconds on each slide shown. Saved at
 *                                every slide change, so a reload loses at most the slide on screen.
 *   deck-kit:plan:<title>        rehearsed seconds chosen as the plan ("use as plan"), until cleared.
 *
 * The rehearsal under way lives in memory (shared/rehearsal.ts's RehearsalRun). The plan in use is
 * the build's (virtual:deck-plan) or, once rehearsed times are chosen, the same plan recomputed
 * with them weighing instead of the notes (shared/plan.ts).
 */
import type { Plan } from '../shared/plan.ts'
import type { RehearsalRecord, RehearsalRun } from '../shared/rehearsal.ts'
import deckPlan from 'virtual:deck-plan'
import { computed, shallowRef } from 'vue'
import { computePlan, withRehearsed } from '../shared/plan.ts'
import { moveRun, pauseRun, rehearsedSeconds, resumeRun, runSpent, startRun } from '../shared/rehearsal.ts'

export const REHEARSAL_KEY = `deck-kit:rehearsal:${deckPlan.talk}`
export const PLAN_CHOICE_KEY = `deck-kit:plan:${deckPlan.talk}`

function read<T>(key: string, valid: (v: unknown) => v is T): T | undefined {
  try {
    const raw = localStorage.getItem(key)
    const value: unknown = raw
      ? JSON.parse(raw)
      : undefined
    return valid(value)
      ? value
      : undefined
  }
  catch {
    return undefined
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === undefined)
      localStorage.removeItem(key)
    else
      localStorage.setItem(key, JSON.stringify(value))
  }
  catch {}
}

function isSeconds(v: unknown): v is Record<number, number> {
  return !!v && typeof v === 'object' && Object.entries(v).every(([k, s]) => /^\d+$/.test(k) && typeof s === 'number' && s >= 0 && Number.isFinite(s))
}

function isRecord(v: unknown): v is RehearsalRecord {
  return !!v && typeof v === 'object' && typeof (v as RehearsalRecord).date === 'string' && isSeconds((v as RehearsalRecord).spent)
}

/** The rehearsal under way, if any. */
export const run = shallowRef<RehearsalRun>()
/** The last rehearsal (or the one under way, as of its last slide change). */
export const record = shallowRef<RehearsalRecord | undefined>(read(REHEARSAL_KEY, isRecord))
/** Rehearsed seconds chosen as the plan. */
export const chosen = shallowRef<Record<number, number> | undefined>(read(PLAN_CHOICE_KEY, isSeconds))

/** The plan in use. */
export const plan = computed<Plan>(() => {
  if (!chosen.value)
    return deckPlan.plan
  try {
    return computePlan(withRehearsed(deckPlan.inputs, chosen.value), deckPlan.plan.budget)
  }
  catch {
    return deckPlan.plan
  }
})

function keep(next: RehearsalRecord | undefined): void {
  record.value = next
  write(REHEARSAL_KEY, next)
}

export function startRehearsal(now: number, slide: number): void {
  run.value = startRun(now, slide)
  keep({
    date: new Date(now).toISOString(),
    spent: {},
  })
}

/** The slide on screen is now `slide`. */
export function rehearsalMove(now: number, slide: number): void {
  const r = run.value
  if (!r || r.slide === slide)
    return
  run.value = moveRun(r, now, slide)
  if (record.value)
    keep({ ...record.value, spent: run.value.spent })
}

export function pauseRehearsal(now: number): void {
  if (run.value)
    run.value = pauseRun(run.value, now)
}

export function resumeRehearsal(now: number): void {
  if (run.value)
    run.value = resumeRun(run.value, now)
}

export function stopRehearsal(now: number): void {
  const r = run.value
  if (!r)
    return
  keep({
    date: record.value?.date ?? new Date(now).toISOString(),
    spent: runSpent(r, now),
  })
  run.value = undefined
}

/** The last rehearsal's times become the plan. */
export function adoptRehearsal(): void {
  if (!record.value)
    return
  chosen.value = rehearsedSeconds(record.value.spent)
  write(PLAN_CHOICE_KEY, chosen.value)
}

/** Back to the plan from the notes. */
export function resetPlan(): void {
  chosen.value = undefined
  write(PLAN_CHOICE_KEY, undefined)
}

export function clearRehearsal(): void {
  keep(undefined)
}

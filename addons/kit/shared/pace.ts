/**
 * On stage: is the talk ahead of its plan or behind it, and by how much. Pure, from the plan
 * (shared/plan.ts), the talk's clock and the slide on screen.
 *
 * Where the talk is, on the plan's clock: the planned start of the slide on screen plus the time
 * spent on it so far, but never past the slide's planned end. Where the plan expects it: the
 * clock. The difference is the pace:
 *
 *   behind by clock − position   the clock is past where the talk is (a slide reached late, or
 *                                kept beyond its planned time)
 *   ahead by position − clock    the talk reached its slide earlier than planned
 *   on time                      within the tolerance either way (`plan.tolerance`)
 *
 * Arriving at slide 14 at 11:00 when the plan starts it at 10:15 reads "behind 0:45", and keeps
 * reading so while the slide takes its planned time; staying longer adds to it.
 */
import type { Plan, PlannedSlide } from './plan.ts'

export type PaceKind = 'ahead' | 'behind' | 'onTime'

export interface Pace {
  kind: PaceKind
  /** Seconds ahead or behind (0 when on time). */
  by: number
  /** The slide on screen, as planned. */
  slide: PlannedSlide
  /** The slide the plan expects on screen now; undefined once the plan's slides are over (questions). */
  expected: number | undefined
}

/** The planned slide numbered `no` (the last one for a number past the end). */
export function plannedSlide(plan: Plan, no: number): PlannedSlide {
  const slides = plan.slides
  return slides.find(s => s.no === no) ?? slides.at(-1)!
}

/** The slide the plan has on screen at `clock` seconds into the talk, or undefined after the last. */
export function expectedSlide(plan: Plan, clock: number): number | undefined {
  return plan.slides.find(s => clock < s.end)?.no
}

/**
 * The pace at `clock` seconds into the talk, on slide `no`, `onSlide` seconds after arriving on it,
 * with differences up to `tolerance` seconds reading as on time.
 */
export function paceAt(plan: Plan, no: number, clock: number, onSlide: number, tolerance: number): Pace {
  const slide = plannedSlide(plan, no)
  const position = slide.start + Math.min(Math.max(onSlide, 0), slide.seconds)
  const diff = clock - position
  const kind: PaceKind = Math.abs(diff) <= tolerance
    ? 'onTime'
    : diff > 0
      ? 'behind'
      : 'ahead'
  return {
    kind,
    by: kind === 'onTime'
      ? 0
      : Math.abs(diff),
    slide,
    expected: expectedSlide(plan, clock),
  }
}

/** What Slidev's timer keeps in its shared state (@slidev/client state/shared.ts). */
export interface TimerState {
  status: 'stopped' | 'running' | 'paused'
  startedAt: number
  pausedAt: number
}

/** Seconds on Slidev's timer at `now` (ms), read as its useTimer reads them; undefined while it is stopped. */
export function timerSeconds(timer: TimerState | undefined, now: number): number | undefined {
  if (!timer || timer.status === 'stopped' || !timer.startedAt)
    return undefined
  return ((timer.status === 'paused'
    ? timer.pausedAt
    : now) - timer.startedAt) / 1000
}

/**
 * The talk's clock in the presenter view, and the pace against the plan (shared/pace.ts):
 *
 *   clock      Slidev's own timer (the one beside the navigation bar: its start, pause and reset
 *              are the presenter's) whenever it is not stopped; else, while a rehearsal runs, the
 *              planned start of the slide it started on plus the time rehearsed (a rehearsal of
 *              one section starts on time); else none, and the readout says the clock has not
 *              started.
 *   on slide   seconds on the slide on screen since it came on, on that clock.
 *
 * `now` is the page's clock in ms, ticking (the caller's interval); Playwright's page.clock drives it in the tests.
 */
import type { Ref } from 'vue'
import type { Pace } from '../shared/pace.ts'
import deckPlan from 'virtual:deck-plan'
import { sharedState } from 'virtual:deck-slidev-internals'
import { computed, ref, watch } from 'vue'
import { paceAt, plannedSlide, timerSeconds } from '../shared/pace.ts'
import { runSeconds } from '../shared/rehearsal.ts'
import { plan, run } from './rehearsal-store.ts'

export type ClockSource = 'timer' | 'rehearsal' | 'none'

export function useStageClock(now: Ref<number>, slideNo: Ref<number>) {
  function clockAt(t: number): { source: ClockSource, seconds: number | undefined } {
    const timer = timerSeconds(sharedState.timer, t)
    if (timer !== undefined)
      return { source: 'timer', seconds: timer }
    if (run.value) {
      return {
        source: 'rehearsal',
        seconds: runSeconds(run.value, t),
      }
    }
    return { source: 'none', seconds: undefined }
  }

  const clock = computed(() => clockAt(now.value))
  /** When the slide on screen came on, on the clock that runs. */
  const arrival = ref<{ no: number, source: ClockSource, at: number }>()

  function arrive(): void {
    const c = clockAt(Date.now())
    arrival.value = c.seconds === undefined
      ? undefined
      : { no: slideNo.value, source: c.source, at: c.seconds }
  }

  watch(slideNo, arrive, { immediate: true })
  watch(clock, (c) => {
    const a = arrival.value
    // A clock started, stopped or swapped, or Slidev's timer reset: the slide comes on now.
    if (!a || a.source !== c.source || c.seconds === undefined || c.seconds < a.at)
      arrive()
  })

  const onSlide = computed(() => {
    const c = clock.value.seconds
    const a = arrival.value
    return c === undefined || !a
      ? undefined
      : c - a.at
  })

  const slide = computed(() => plannedSlide(plan.value, slideNo.value))

  const pace = computed<Pace | undefined>(() => {
    const c = clock.value.seconds
    return c === undefined
      ? undefined
      : paceAt(plan.value, slideNo.value, c, onSlide.value ?? 0, deckPlan.tolerance)
  })

  return { clock, onSlide, slide, pace }
}

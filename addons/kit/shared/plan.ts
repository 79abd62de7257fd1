/**
 * The talk's time plan: how long each slide is meant to take, where it starts and ends on the
 * talk's clock. Pure, so Node computes it at build time (node/plugins/plan-module.ts ships it to the
 * presenter view as `virtual:deck-plan`) and the browser recomputes it when rehearsed times
 * become the plan.
 *
 * Each slide's time:
 *
 *   1. `plan:` in the slide's frontmatter (45s, 1.5min, 1:30, or seconds): kept as written;
 *   2. otherwise its share of what is left, in proportion to how long its speaker notes take to
 *      say (shared/talk-length.ts: spokenLength at the kit's rate, stage directions left out), or
 *      to its rehearsed time once a rehearsal has become the plan;
 *   3. never less than its layout's floor (`plan.floors`, a section opener 12 s by default): a
 *      slide that would get less gets the floor, and the others share the rest.
 *
 * The slides share the talk's `duration` (the headmatter Slidev's timer counts down) less the time
 * kept for questions after the last slide (`plan.questions`). Times are whole seconds that add up
 * to exactly that budget (largest remainders), unless every slide has its own `plan:`: then the
 * plan is what the slides say, and `unplanned` is what they leave over.
 */
import type { SpeechRate } from './talk-length.ts'
import { parseTime } from './duration.ts'
import { clockText, spokenLength } from './talk-length.ts'

/** The frontmatter key of a slide's planned time. */
export const PLAN_KEY = 'plan'

export interface PlanSettings {
  /** The talk's length in seconds: the headmatter's `duration`, as Slidev's timer reads it. */
  duration: number
  /** Seconds kept after the last slide for questions: the slides share duration − questions. */
  questions: number
  rate: SpeechRate
  /** The least a slide of a layout gets, in seconds, by layout name; `*`: every other slide. */
  floors: Record<string, number>
}

/** What the plan needs of a slide (node/deck.ts's TalkSlide has it). */
export interface PlanSlideSource {
  no: number
  title: string
  /** The speaker notes' Markdown, as written. */
  note: string
  frontmatter: Record<string, unknown>
}

/** A slide as the plan weighs it. */
export interface PlanInput {
  no: number
  title: string
  /** Seconds from the slide's `plan:` frontmatter: kept as they are. */
  fixed?: number
  /** Seconds its notes take to say at the rate. */
  spoken: number
  /** Seconds rehearsed, when a rehearsal has become the plan: weighs instead of `spoken`. */
  rehearsed?: number
  /** The least it gets (its layout's floor). */
  floor: number
}

/** Where a slide's planned time came from. */
export type PlanSource = 'frontmatter' | 'notes' | 'rehearsal' | 'floor'

export interface PlannedSlide {
  no: number
  title: string
  /** Planned seconds on the slide. */
  seconds: number
  /** Seconds into the talk the slide is planned to start and to end. */
  start: number
  end: number
  source: PlanSource
}

export interface Plan {
  slides: PlannedSlide[]
  /** Seconds the slides share: duration − questions. */
  budget: number
  /** Seconds the plan's slides add up to (the budget, unless every slide has its own `plan:`). */
  total: number
  /** Seconds of the budget no slide takes (only when every slide has its own `plan:`). */
  unplanned: number
  /** Seconds the notes take to say at the rate, before scaling to the budget. */
  spoken: number
}

/** Slidev's layout for a slide without `layout:`: the first slide is a cover. */
export function layoutOf(frontmatter: Record<string, unknown>, no: number): string {
  return typeof frontmatter.layout === 'string'
    ? frontmatter.layout
    : no === 1
      ? 'cover'
      : 'default'
}

/** The plan's view of each slide: its own `plan:` (checked, naming the slide), its notes' length, its floor. */
export function planInputs(slides: readonly PlanSlideSource[], settings: PlanSettings): PlanInput[] {
  return slides.map((s) => {
    const written = s.frontmatter[PLAN_KEY]
    const layout = layoutOf(s.frontmatter, s.no)
    return {
      no: s.no,
      title: s.title,
      ...(written === undefined || written === null
        ? {}
        : {
            fixed: Math.max(1, Math.round(parseTime(written, `slide ${s.no}: ${PLAN_KEY}`))),
          }),
      spoken: spokenLength(s.note, settings.rate).seconds,
      floor: settings.floors[layout] ?? settings.floors['*'] ?? 0,
    }
  })
}

/** Seconds the slides share: the duration less the questions, checked. */
export function budgetOf(settings: Pick<PlanSettings, 'duration' | 'questions'>): number {
  if (!(settings.duration > 0))
    throw new RangeError(`the talk's duration must be positive, got ${settings.duration} s`)
  if (!(settings.questions >= 0) || settings.questions >= settings.duration)
    throw new RangeError(`plan.questions (${clockText(settings.questions)}) must be at least 0 and shorter than the talk's duration (${clockText(settings.duration)})`)
  return Math.round(settings.duration - settings.questions)
}

/** Whole numbers near `values` that add up to `total` (largest remainders). */
function wholeSeconds(values: number[], total: number): number[] {
  const down = values.map(Math.floor)
  let left = total - down.reduce((a, b) => a + b, 0)
  const order = values.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (const [, i] of order) {
    if (left <= 0)
      break
    down[i]!++
    left--
  }
  return down
}

/**
 * `left` seconds shared among slides in proportion to their weights, none under its floor: the
 * slides a plain share would put under their floors get them, and the rest share what remains.
 */
function share(weights: number[], floors: number[], left: number): { seconds: number[], floored: boolean[] } {
  const seconds = weights.map(() => 0)
  const floored = weights.map(() => false)
  for (;;) {
    const free = weights.map((_, i) => i).filter(i => !floored[i])
    if (!free.length)
      break
    const sum = free.reduce((a, i) => a + weights[i]!, 0)
    const each = (i: number) => sum > 0
      ? weights[i]! * left / sum
      : left / free.length
    const under = free.filter(i => each(i) < floors[i]!)
    if (!under.length) {
      for (const i of free)
        seconds[i] = each(i)
      break
    }
    for (const i of under) {
      floored[i] = true
      seconds[i] = floors[i]!
      left -= floors[i]!
    }
  }
  return { seconds, floored }
}

/** The plan: each slide's seconds, start and end, adding up to `budget` (see the top of this file). */
export function computePlan(inputs: readonly PlanInput[], budget: number): Plan {
  const fixedSum = inputs.reduce((a, s) => a + (s.fixed ?? 0), 0)
  const flexible = inputs.filter(s => s.fixed === undefined)
  const fixedNos = inputs.filter(s => s.fixed !== undefined).map(s => s.no)
  const left = budget - fixedSum
  if (left < 0 || (left === 0 && flexible.length)) {
    throw new RangeError(`the planned times of slides ${fixedNos.join(', ')} add up to ${clockText(fixedSum)}, `
      + `${left < 0
        ? 'more than'
        : 'all of'} the ${clockText(budget)} the slides have (duration less questions)${flexible.length ? ', leaving nothing for the others' : ''}`)
  }
  const floorSum = flexible.reduce((a, s) => a + s.floor, 0)
  if (floorSum > left)
    throw new RangeError(`the floors of slides ${flexible.filter(s => s.floor > 0).map(s => s.no).join(', ')} add up to ${clockText(floorSum)}, more than the ${clockText(left)} left for them`)

  const { seconds: shares, floored } = share(flexible.map(s => s.rehearsed ?? s.spoken), flexible.map(s => s.floor), left)
  const whole = flexible.length
    ? wholeSeconds(shares, left)
    : []
  const byNo = new Map(flexible.map((s, i) => [
    s.no,
    { seconds: whole[i]!, floored: floored[i]! },
  ]))

  let at = 0
  const slides = inputs.map((s): PlannedSlide => {
    const flex = byNo.get(s.no)
    const seconds = s.fixed ?? flex!.seconds
    const source: PlanSource = s.fixed !== undefined
      ? 'frontmatter'
      : flex!.floored
        ? 'floor'
        : s.rehearsed !== undefined
          ? 'rehearsal'
          : 'notes'
    const slide = {
      no: s.no,
      title: s.title,
      seconds,
      start: at,
      end: at + seconds,
      source,
    }
    at += seconds
    return slide
  })
  return {
    slides,
    budget,
    total: at,
    unplanned: budget - at,
    spoken: inputs.reduce((a, s) => a + s.spoken, 0),
  }
}

/** The inputs with rehearsed seconds (by slide number) weighing instead of the notes; a slide's own `plan:` still wins. */
export function withRehearsed(inputs: readonly PlanInput[], rehearsed: Readonly<Record<number, number>>): PlanInput[] {
  return inputs.map((s) => {
    const r = rehearsed[s.no]
    return r !== undefined && r > 0 && s.fixed === undefined
      ? { ...s, rehearsed: r }
      : s
  })
}

/** The plan of a talk's slides under its settings: the inputs (for recomputing in the browser) and the plan. */
export function planOf(slides: readonly PlanSlideSource[], settings: PlanSettings): { inputs: PlanInput[], plan: Plan } {
  const budget = budgetOf(settings)
  const inputs = planInputs(slides, settings)
  return {
    inputs,
    plan: computePlan(inputs, budget),
  }
}

/** What `virtual:deck-plan` holds (node/plugins/plan-module.ts builds it; client/virtual-modules.d.ts declares the module with this type). */
export interface DeckPlan {
  /** The talk's title: what the browser keeps its rehearsals and plan under. */
  talk: string
  /** exportFilename: the rehearsal files' names. */
  name: string
  /** Seconds. */
  duration: number
  questions: number
  tolerance: number
  rate: SpeechRate
  inputs: PlanInput[]
  plan: Plan
}

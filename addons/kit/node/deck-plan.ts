import type { ResolvedKit } from '../config.ts'
import type { DeckPlan, PlanSettings } from '../shared/plan.ts'
import type { Deck } from './deck.ts'
import { planOf } from '../shared/plan.ts'

/** The plan settings of a talk: its headmatter's duration and its kit's plan options. */
export function planSettings(deck: Deck, kit: ResolvedKit): PlanSettings {
  return {
    duration: deck.duration,
    questions: kit.plan.questions,
    rate: kit.plan.rate,
    floors: kit.plan.floors,
  }
}

/** A talk's plan, as the presenter view gets it; throws naming the talk's file and the slide for a bad `plan:`. */
export function deckPlan(deck: Deck, kit: ResolvedKit): DeckPlan {
  let planned: ReturnType<typeof planOf>
  try {
    planned = planOf(deck.slides, planSettings(deck, kit))
  }
  catch (e) {
    throw new Error(`${deck.entry}: ${(e as Error).message}`)
  }
  return {
    talk: deck.meta.title,
    name: deck.name,
    duration: deck.duration,
    questions: kit.plan.questions,
    tolerance: kit.plan.tolerance,
    rate: kit.plan.rate,
    ...planned,
  }
}

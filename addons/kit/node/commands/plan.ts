/**
 * `deck-kit plan [talk] [--json]`: the talk's time plan as the presenter view will keep it. A line
 * a slide: number, planned time, where it starts and ends on the talk's clock, where the time came
 * from (its own `plan:`, its notes, its layout's floor), title; then the totals. A bad `plan:`
 * stops it with the same message the build gives.
 */
import { clockText } from '../../shared/talk-length.ts'
import { deckPlan } from '../deck-plan.ts'
import { loadTalk } from '../deck.ts'
import { takeTalk } from './talk-arg.ts'

export async function run(args: string[]): Promise<number> {
  const { entry, rest } = takeTalk(args)
  const { deck, kit } = await loadTalk(entry)
  const p = deckPlan(deck, kit)
  if (rest.includes('--json')) {
    console.log(JSON.stringify(p.plan.slides.map(s => ({
      slide: s.no,
      seconds: s.seconds,
      start: s.start,
      end: s.end,
      source: s.source,
      title: s.title,
    })), null, 2))
    return 0
  }
  for (const s of p.plan.slides)
    console.log(`${String(s.no).padStart(3)}  ${clockText(s.seconds).padStart(5)}  ${clockText(s.start).padStart(5)}–${clockText(s.end).padEnd(5)}  ${s.source.padEnd(11)}  ${s.title}`)
  console.log(`\n${p.plan.slides.length} slides, ${clockText(p.plan.total)} planned (${p.plan.total} s) of ${clockText(p.duration)} with ${clockText(p.questions)} for questions; `
    + `the notes take ${clockText(p.plan.spoken)} at ${p.rate.perMinute} a minute and ${p.rate.clickSeconds} s a click.`)
  return 0
}

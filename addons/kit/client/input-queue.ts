/**
 * The moves asked of the prerendered slide 1 before the application was there (a key, a click
 * beside the slide, a swipe: shared/app-start.ts queues them), replayed once the application has
 * drawn slide 1, in order, each after the one before has landed. Nothing when the page had no
 * queue (a build without the prerender, the dev server) or nothing was asked.
 */
import type { InputQueue, QueuedMove } from '../shared/app-start.ts'
import { INPUT_QUEUE_KEY } from '../shared/app-start.ts'

export type Moves = Record<QueuedMove, () => Promise<unknown>>

/** Stop the page's queue and hand over what it holds. */
export function takeQueued(win: Window = window): QueuedMove[] {
  const queue = (win as unknown as Record<string, InputQueue | undefined>)[INPUT_QUEUE_KEY]
  return queue?.take() ?? []
}

/** Resolves once the application shows a slide (its own `.slidev-page` inside #app). */
function slideDrawn(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const look = () => doc.querySelector('#app .slidev-page')
      ? resolve()
      : requestAnimationFrame(look)
    look()
  })
}

export async function replayQueued(moves: QueuedMove[], nav: () => Moves, doc: Document = document): Promise<void> {
  if (!moves.length)
    return
  await slideDrawn(doc)
  // One frame more: the slide's clicks are registered once it has mounted.
  await new Promise(requestAnimationFrame)
  const actions = nav()
  for (const move of moves)
    await actions[move]()
}

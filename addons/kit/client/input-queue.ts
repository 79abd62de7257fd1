/**
 * The moves asked of the prerendered slide 1 before the application was there (a key, a click
 * beside the slide, a swipe: shared/app-start.ts queues them), replayed once the application has
 * drawn slide 1, in order, each after the one before has landed. Nothing when the page had no
 * queue (a build without the prerender, the dev server) or nothing was asked.
 */
import type { InputQueue, QueuedMove } from '../shared/app-start.ts'
import { INPUT_QUEUE_KEY } from '../shared/app-start.ts'

export type Moves = Record<QueuedMove, () => Promise<unknown>>

/** Resolves once the application shows a slide (its own `.slidev-page` inside #app). */
function slideDrawn(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const look = () => doc.querySelector('#app .slidev-page')
      ? resolve()
      : requestAnimationFrame(look)
    look()
  })
}

/**
 * Stop the page's queue and replay what it holds, in order, once the application shows slide 1
 * (one frame more: the slide's clicks are registered once it has mounted); a swipe that was under
 * way when the queue was taken follows when it ends.
 */
export function replayQueued(nav: () => Moves, win: Window = window, doc: Document = document): void {
  const queue = (win as unknown as Record<string, InputQueue | undefined>)[INPUT_QUEUE_KEY]
  if (!queue)
    return
  let chain: Promise<void> | undefined
  const run = (moves: QueuedMove[]) => {
    if (!moves.length)
      return
    chain = (chain ?? slideDrawn(doc).then(() => new Promise(requestAnimationFrame))).then(async () => {
      const actions = nav()
      for (const move of moves)
        await actions[move]()
    })
  }
  run(queue.take(move => run([move])))
}

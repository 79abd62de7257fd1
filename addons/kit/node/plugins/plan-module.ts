/**
 * The talk's time plan for the presenter view, computed at build time (and on every change of
 * slides.md in the dev server):
 *
 *   virtual:deck-plan   { talk, name, duration, questions, tolerance, rate, inputs, plan }:
 *                       shared/plan.ts's plan of the talk's slides (their `plan:` frontmatter,
 *                       the length of their notes, their layouts' floors) under the headmatter's
 *                       `duration` and the kit's `plan` options, and the inputs the browser
 *                       recomputes it from when rehearsed times become the plan.
 *
 * Why here and not in the browser: Node reads the notes as written (the browser has them only as
 * HTML, and not at all in a `--without-notes` build), one tested function makes the plan, and a
 * bad `plan:` stops `slidev build` and the dev server, naming the slide, before anyone presents
 * with it. The module is a few kilobytes of numbers and titles; only the presenter's controls and the
 * handout import it.
 */
import type { Plugin, ViteDevServer } from 'vite'
import type { ResolvedKit } from '../../config.ts'
import type { Deck } from '../deck.ts'
import { deckPlan } from '../deck-plan.ts'

export const PLAN_MODULE_ID = 'virtual:deck-plan'
const RESOLVED_ID = `\0${PLAN_MODULE_ID}`

export interface DeckPlanOptions {
  /** The talk as Slidev has loaded it, current after every edit. */
  deck: () => Deck
  kit: ResolvedKit
}

export function deckPlanModule(options: DeckPlanOptions): Plugin {
  const current = () => deckPlan(options.deck(), options.kit)
  let server: ViteDevServer | undefined
  return {
    name: 'deck-kit:plan',

    // A bad `plan:` stops the build and the dev server before anything is served.
    buildStart() {
      current()
    },

    configureServer(s: ViteDevServer) {
      server = s
    },

    // After Slidev's own hook has reloaded the talk into its data (hence `post`).
    handleHotUpdate: {
      order: 'post',
      handler(ctx) {
        if (!options.deck().files.includes(ctx.file))
          return
        const mod = server?.moduleGraph.getModuleById(RESOLVED_ID)
        if (mod)
          void server!.reloadModule(mod)
      },
    },

    resolveId(id) {
      return id === PLAN_MODULE_ID
        ? RESOLVED_ID
        : null
    },

    load(id) {
      return id === RESOLVED_ID
        ? `export default ${JSON.stringify(current())}`
        : null
    },
  }
}

/**
 * The kit's build-time machinery, given to Slidev as Vite plugins. Slidev calls this with the
 * talk it has loaded (`options.data`, which it keeps current as the files change): the plugins
 * read the talk from there, never from disk, so they see what the slides show, `src:` imports
 * included. The kit's options come from the talk's deck.config.ts, in the talk's language.
 */
import { defineVitePluginsSetup } from '@slidev/types'
import { deckOf, langOf, loadKit } from '../node/deck.ts'
import { kitPlugins } from '../node/plugins/index.ts'

export default defineVitePluginsSetup(async (options) => {
  const kit = await loadKit(options.userRoot, process.env, langOf(options.data), options.entry)
  return kitPlugins({
    deck: () => deckOf(options.data, options.entry, kit.words.slideNo),
    kit,
    root: options.userRoot,
  })
})

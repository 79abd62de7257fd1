/**
 * The talk under test as the kit resolves it: its kit options (deck.config.ts, with DECK_URL and
 * DECK_BASE applied as the build applies them), for tests that check what the kit made of them.
 */
import { fileURLToPath } from 'node:url'
import { loadTalk } from '../addons/kit/node/deck'

export const { kit } = await loadTalk(fileURLToPath(new URL('../slides.md', import.meta.url)))

/** The talk's typeface family (the kit option `typeface`). */
export const FAMILY = kit.typeface
  ? kit.typeface.family
  : ''

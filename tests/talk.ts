/**
 * The talk under test as the kit resolves it: its kit options (deck.config.ts, with DECK_URL and
 * DECK_BASE applied as the build applies them), for tests that check what the kit made of them.
 */
import { resolveKit } from '../addons/kit/config'
import talkOptions from '../deck.config'

export const kit = resolveKit(talkOptions, process.env)

/** The talk's typeface family (the kit option `typeface`). */
export const FAMILY = kit.typeface
  ? kit.typeface.family
  : ''

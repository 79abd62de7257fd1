/**
 * @vitest-environment node
 *
 * The example talk (examples/three-surfaces, in English) gives every word of the kit's UI its
 * own, so none of the kit's Chinese defaults shows in it: a word added to the kit
 * (shared/words.ts) needs its English there too.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_WORDS } from '../../addons/kit/shared/words'
import example from '../../examples/three-surfaces/deck.config'

describe('the example talk\'s words', () => {
  it('gives every word of the kit, none in Chinese', () => {
    const words = example.words ?? {}
    expect(Object.keys(words).sort()).toEqual(Object.keys(DEFAULT_WORDS).sort())
    for (const [key, word] of Object.entries(words))
      expect(word, key).not.toMatch(/\p{Script=Han}/u)
  })
})

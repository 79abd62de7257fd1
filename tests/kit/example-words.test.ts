/**
 * @vitest-environment node
 *
 * The kit's words come in the talk's language: every language has every word, the English has
 * no Chinese in it, and the example talk (examples/three-surfaces, `lang: en`) gets the English
 * without writing any word itself.
 */
import { describe, expect, it } from 'vitest'
import { resolveKit } from '../../addons/kit/config'
import { loadTalk } from '../../addons/kit/node/deck'
import { say, WORDS_BY_LANGUAGE, wordsFor } from '../../addons/kit/shared/words'
import { en } from '../../addons/kit/shared/words/en'
import { zhCN } from '../../addons/kit/shared/words/zh-CN'
import example from '../../examples/three-surfaces/deck.config'

const han = /\p{Script=Han}/u

describe('the kit\'s words', () => {
  it('every language has every word, with the same {holes}', () => {
    const holes = (w: string) => [
      ...w.matchAll(/\{\w+\}/g),
    ].map(m => m[0]).sort()
    for (const [lang, words] of Object.entries(WORDS_BY_LANGUAGE)) {
      expect(Object.keys(words).sort(), lang).toEqual(Object.keys(zhCN).sort())
      for (const [key, word] of Object.entries(words))
        expect(holes(word), `${lang} ${key}`).toEqual(holes(zhCN[key as keyof typeof zhCN]))
    }
  })

  it('the English has no Chinese in it', () => {
    for (const [key, word] of Object.entries(en))
      expect(word, key).not.toMatch(han)
  })

  it('are chosen by the talk\'s lang, by its primary subtag', () => {
    expect(wordsFor('zh-CN')).toBe(zhCN)
    expect(wordsFor('zh-Hans')).toBe(zhCN)
    expect(wordsFor('en-GB')).toBe(en)
    expect(wordsFor('fr')).toBe(en)
    expect(wordsFor(undefined)).toBe(en)
  })

  it('a talk overrides only the words it gives', () => {
    const kit = resolveKit({
      url: 'https://example.org/',
      words: { readingEdition: 'Read' },
    }, {}, 'en')
    expect(kit.words.readingEdition).toBe('Read')
    expect(kit.words.contents).toBe(en.contents)
    expect(resolveKit({ url: 'https://example.org/' }, {}, 'zh-CN').words).toEqual(zhCN)
  })

  it('the example talk sets no word, and gets every one in English, slide numbers included', async () => {
    expect(example.words).toBeUndefined()
    const { deck, kit } = await loadTalk('examples/three-surfaces/slides.md')
    expect(kit.words).toEqual(en)
    expect(say(kit.words.slideNo, { no: 3 })).toBe('Slide 3')
    expect(deck.slides.map(s => s.title).join('\n')).not.toMatch(han)
  })
})

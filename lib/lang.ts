/**
 * The deck's language, from its headmatter `lang` (slides.md: zh-CN, slides.en.md: en), for the
 * components and layouts: one call, `useTalk()`, gives the language and the talk's words in it.
 */
import type { TalkWords } from '../data/words/index.ts'
import { inject } from 'vue'
import { DEFAULT_LANG, talkWords } from '../data/words/index.ts'

/**
 * Slidev's injectionSlidevContext (@slidev/client/constants.ts) is this string. Importing the
 * client for it would pull its virtual modules into every component test; outside a deck (a test
 * without it) the talk is in its default language.
 */
const SLIDEV_CONTEXT = '$$slidev-context'

/** The deck's language: its headmatter `lang`, zh-CN when it sets none. */
export function useLang(): string {
  const $slidev = inject<{ configs?: { lang?: unknown } } | null>(SLIDEV_CONTEXT, null)
  const lang = $slidev?.configs?.lang
  return typeof lang === 'string' && lang !== ''
    ? lang
    : DEFAULT_LANG
}

/** The deck's language and the talk's words in it (an unknown language throws, naming the ones there are). */
export function useTalk(): { lang: string, words: TalkWords } {
  const lang = useLang()
  return {
    lang,
    words: talkWords(lang),
  }
}

/** The talk's words in the deck's language. */
export function useTalkWords(): TalkWords {
  return useTalk().words
}

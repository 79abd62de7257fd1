/**
 * The talk's words by language. A deck's headmatter `lang` picks one (lib/lang.ts); a language is
 * one module in data/words/ and its entry here.
 */
import type { TalkWords } from './types.ts'
import { en } from './en.ts'
import { zhCN } from './zh-CN.ts'

export type { TalkWords } from './types.ts'

export const DEFAULT_LANG = 'zh-CN'

/** Every language the talk is written in, by its headmatter `lang`. */
export const talkLanguages: Readonly<Record<string, TalkWords>> = {
  'zh-CN': zhCN,
  'en': en,
}

/** The talk's words in `lang` (zh-CN when none is given); an unknown language is an error naming the ones there are. */
export function talkWords(lang: string = DEFAULT_LANG): TalkWords {
  const words = Object.hasOwn(talkLanguages, lang)
    ? talkLanguages[lang]
    : undefined
  if (!words) {
    const known = Object.keys(talkLanguages)
    throw new Error(`No words for lang "${lang}": the talk is written in ${known.map(l => `"${l}"`).join(', ')} (data/words/${known.map(l => `${l}.ts`).join(', data/words/')}). Set the headmatter's lang to one of these, or add data/words/${lang}.ts and its entry in data/words/index.ts.`)
  }
  return words
}

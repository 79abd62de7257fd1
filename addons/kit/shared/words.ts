/**
 * The words of the kit's UI: the reading edition and the handout, the notices for addresses that
 * name no slide, the navigation bar's buttons, the offline state, the PDFs' titles. They come in
 * the talk's language (its headmatter `lang`); a talk overrides any of them in its deck.config.ts
 * (`words: { … }`). `{name}` in a word is filled in by `say()`.
 */
import type { Pace } from './pace.ts'
import { clockText } from './talk-length.ts'
import { en } from './words/en.ts'
import { zhCN } from './words/zh-CN.ts'

export type KitWords = typeof zhCN
export type WordKey = keyof KitWords

/** The kit's languages, by BCP 47 primary subtag: a new one is one file and one line here. */
export const WORDS_BY_LANGUAGE: Record<string, KitWords> = {
  zh: zhCN,
  en,
}

/** Slidev's own default when the headmatter sets no `lang`. */
export const DEFAULT_LANG = 'en'

/** The kit's words for a BCP 47 tag: zh-CN and zh-Hans get the Chinese, en-GB the English, a language the kit lacks the English. */
export function wordsFor(lang: string | undefined): KitWords {
  const primary = (lang || DEFAULT_LANG).toLowerCase().split(/[-_]/)[0]!
  return WORDS_BY_LANGUAGE[primary] ?? en
}

/** A word with its `{name}` holes filled in. */
export function say(word: string, vars: Record<string, string | number> = {}): string {
  return word.replace(/\{(\w+)\}/g, (hole, name: string) => name in vars
    ? String(vars[name])
    : hole)
}

/** The pace in the talk's words (提前 1:20 / 落后 0:45 / 准时), for the presenter view and the remote alike. */
export function paceText(pace: Pace | undefined, words: Pick<KitWords, 'paceIdle' | 'paceOnTime' | 'paceAhead' | 'paceBehind'>): string {
  if (!pace)
    return words.paceIdle
  if (pace.kind === 'onTime')
    return words.paceOnTime
  return say(pace.kind === 'ahead'
    ? words.paceAhead
    : words.paceBehind, {
    time: clockText(pace.by),
  })
}

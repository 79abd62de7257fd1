/**
 * @vitest-environment node
 *
 * The talk's two editions, slides.md (Chinese) and slides.en.md (English), are one talk: read by
 * the kit's reader (Slidev's own loader), they have the same slides in the same order, each with
 * the same layout, section and frontmatter, the same components showing the same figures (ids,
 * map steps, chart props), the same reveals and the same click marks in the notes. The English
 * edition is English: no Han character outside the names it gives in both scripts
 * (data/words/en.ts `bothScripts`), no full-width punctuation; the Chinese notes hold no English
 * prose. The English notes, at 150 words a minute and 3 s a click, fit the same 18 spoken minutes.
 */
import type { Deck, TalkSlide } from '../../addons/kit/node/deck'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lintFor, loadConfig } from 'autocorrect-node'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { readDeck } from '../../addons/kit/node/deck'
import { clickCount, spokenText, talkLength } from '../../addons/kit/shared/talk-length'
import { deck } from '../../data/facts'
import { bothScripts } from '../../data/words/en'
import { creditText } from '../../lib/credit'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const ZH_PATH = resolve(ROOT, 'slides.md')
const EN_PATH = resolve(ROOT, 'slides.en.md')

/** A calm English talk: 150 words a minute; a click costs what it costs in Chinese. */
const EN_RATE = { perMinute: 150, clickSeconds: 3 }
/** Minutes of speaking the slot allows: the deck's minutes less two for questions (as tests/unit/talk-length.test.ts). */
const SPEAKING_MINUTES = deck.minutes - 2

/** The talk's components, whose props carry ids of figures, dates, map steps and chart groups. */
const COMPONENTS = [
  'BigNumber',
  'Fig',
  'When',
  'PositioningMap',
  'EnterpriseCountChart',
  'ProductTimeline',
  'Credit',
  'DeckLink',
]
/** Props that are words in the slide's language: present in both editions, worded in each. */
const TEXT_PROPS = new Set(['title', 'caption', 'note'])
/** Headmatter written in each edition's language; everything else is the same. */
const LANGUAGE_KEYS = new Set([
  'title',
  'titleTemplate',
  'info',
  'author',
  'keywords',
  'lang',
  'htmlAttrs',
  'exportFilename',
  'fonts',
])

const TAG = new RegExp(`<(${COMPONENTS.join('|')})((?:\\s+[^\\s=/>]+(?:="[^"]*")?)*)\\s*/?>`, 'g')
const ATTR = /([^\s=/>]+)(?:="([^"]*)")?/g

/** Every talk component on a slide, in order, with its props (a text prop by its name only). */
function components(content: string): string[] {
  return [
    ...content.matchAll(TAG),
  ].map(([, name, attrs]) => {
    const props = [
      ...(attrs ?? '').matchAll(ATTR),
    ].map(([, key, value]) => TEXT_PROPS.has(key!)
      ? `${key}=…`
      : value === undefined
        ? key!
        : `${key}=${value}`)
    return `${name}(${props.sort().join(' ')})`
  })
}

/** What reveals a slide has: the v-click family, `$clicks` conditions, a `clicks:` count, and the notes' [click] marks. */
function reveals(s: TalkSlide) {
  const count = (re: RegExp) => s.content.match(re)?.length ?? 0
  return {
    vClick: count(/\bv-click(?![\w-])/g),
    vClicks: count(/<v-clicks\b/g),
    vAfter: count(/\bv-after\b/g),
    conditions: count(/\$clicks\b/g),
    clicks: s.frontmatter.clicks,
    noteClicks: clickCount(s.note),
  }
}

/** Han characters left once the declared two-script names are taken out. */
function strayHan(text: string): string[] {
  const names = [...bothScripts].sort((a, b) => b.length - a.length)
  const rest = names.reduce((t, n) => t.replaceAll(n, ' '), text)
  return rest.match(/\p{Script=Han}+/gu) ?? []
}

/** 「」《》、。，：；（）！？ and the other full-width and CJK marks. */
const FULL_WIDTH = /[\u3000-\u303F\uFF01-\uFF65]/g
/** ‘ ’ “ ”: curly quotes, which the deck's typeface sets full width. */
const CURLY_QUOTES = /[\u2018\u2019\u201C\u201D]/g

let zh: Deck
let en: Deck

beforeAll(async () => {
  [zh, en] = await Promise.all([
    readDeck(ZH_PATH),
    readDeck(EN_PATH),
  ])
})

describe('the English edition follows the Chinese slide by slide', () => {
  it('has as many slides', () => {
    expect(en.slides.length).toBe(zh.slides.length)
  })

  it('gives each slide the same layout, section and frontmatter (slide 1: the same layout and section)', () => {
    zh.slides.forEach((z, i) => {
      const e = en.slides[i]!
      expect(e.frontmatter.layout, `slide ${i + 1} layout`).toBe(z.frontmatter.layout)
      expect(e.section, `slide ${i + 1} section`).toBe(z.section)
      if (i > 0)
        expect(e.frontmatter, `slide ${i + 1} frontmatter`).toEqual(z.frontmatter)
    })
  })

  it('has the same headmatter, save what is written in its language', () => {
    const strip = (h: Record<string, unknown>) => Object.fromEntries(Object.entries(h).filter(([k]) => !LANGUAGE_KEYS.has(k)))
    expect(strip(en.head)).toEqual(strip(zh.head))
    expect(Object.keys(en.head).sort()).toEqual(Object.keys(zh.head).sort())
    expect(en.head.lang).toBe('en')
    expect(en.head.htmlAttrs).toEqual({ lang: 'en' })
    expect(en.name).toBe(`${zh.name}-en`)
  })

  it('shows the same components with the same figure ids, map steps and chart props on each slide', () => {
    zh.slides.forEach((z, i) => {
      expect(components(en.slides[i]!.content), `slide ${i + 1}`).toEqual(components(z.content))
    })
  })

  it('reveals the same things the same way on each slide, and its notes mark the same clicks', () => {
    zh.slides.forEach((z, i) => {
      expect(reveals(en.slides[i]!), `slide ${i + 1}`).toEqual(reveals(z))
    })
  })
})

describe('each edition is in its own language', () => {
  it('the English slides, notes and headmatter show no Han character outside the two-script names', () => {
    const head = [
      'title',
      'titleTemplate',
      'info',
      'author',
      'keywords',
    ].map(k => String(en.head[k] ?? ''))
    const texts: [string, string][] = [
      [
        'headmatter',
        head.join('\n'),
      ],
      ...en.slides.flatMap((s): [string, string][] => [
        [`slide ${s.no}`, s.content],
        [`slide ${s.no} notes`, s.note],
      ]),
    ]
    for (const [where, text] of texts)
      expect(strayHan(text), where).toEqual([])
  })

  it('the English edition uses no full-width punctuation', () => {
    for (const s of en.slides)
      expect(`${s.content}\n${s.note}`.match(FULL_WIDTH) ?? [], `slide ${s.no}`).toEqual([])
  })

  // The deck's only typeface, Noto Sans SC, draws ‘ ’ “ ” full width (as Chinese sets them), so
  // "What… and article's would show a wide gap: English text uses straight quotes and apostrophes.
  it('the English edition uses straight quotes and apostrophes, not curly ones', () => {
    for (const s of en.slides)
      expect(`${s.content}\n${s.note}`.match(CURLY_QUOTES) ?? [], `slide ${s.no}`).toEqual([])
    const head = JSON.stringify(en.head)
    expect(head.match(CURLY_QUOTES) ?? [], 'headmatter').toEqual([])
    expect(readFileSync(resolve(ROOT, 'data/words/en.ts'), 'utf8').match(CURLY_QUOTES) ?? [], 'data/words/en.ts').toEqual([])
    for (const variant of ['short', 'full'] as const)
      expect(creditText(variant, 'en').match(CURLY_QUOTES) ?? [], `the ${variant} credit`).toEqual([])
    // The check itself sees them.
    expect('the article’s “title”'.match(CURLY_QUOTES)).toHaveLength(3)
  })

  it('the English edition spells each -ise/-ize word one way (slides, notes and the words the components draw)', () => {
    const text = [
      ...en.slides.map(s => `${s.content}\n${s.note}`),
      readFileSync(resolve(ROOT, 'data/words/en.ts'), 'utf8'),
    ].join('\n')
    const spellings = new Map<string, Set<string>>()
    for (const [word] of text.matchAll(/\b[a-z]+i[sz](?:e|es|ed|ing|ation|ations)\b/gi)) {
      const key = word.toLowerCase().replace(/i[sz](e|es|ed|ing|ation|ations)$/, 'i_$1')
      spellings.set(key, (spellings.get(key) ?? new Set()).add(word.toLowerCase()))
    }
    expect([
      ...spellings.values(),
    ].filter(v => v.size > 1).map(v => [...v].join(' / '))).toEqual([])
  })

  it('the Chinese notes hold no English prose (no run of five Latin words)', () => {
    const prose = /[a-z][a-z'’-]*(?:[\s,.;:!?]+[a-z][a-z'’-]*){4,}/gi
    for (const s of zh.slides)
      expect(spokenText(s.note).match(prose) ?? [], `slide ${s.no} notes`).toEqual([])
  })
})

describe('the English talk', () => {
  it('has notes on every slide', () => {
    for (const s of en.slides)
      expect(spokenText(s.note), `slide ${s.no} notes`).not.toBe('')
  })

  it(`is at most ${SPEAKING_MINUTES} minutes spoken at 150 words a minute and 3 s a click`, () => {
    const t = talkLength(en.slides.map(s => s.note), EN_RATE)
    const minutes = t.seconds / 60
    // eslint-disable-next-line no-console -- the length is part of the report
    console.info(`English spoken length: ${minutes.toFixed(1)} min (${t.latinWords} words, ${t.digits} digits, ${t.han} Han characters, ${t.clicks} clicks over ${en.slides.length} slides)`)
    expect(minutes).toBeLessThanOrEqual(SPEAKING_MINUTES)
  })
})

describe('the English copy lint (npm run lint:copy, .autocorrectrc.en)', () => {
  interface Rc { rules: Record<string, number>, textRules: Record<string, number>, spellcheck: { words: string[] } }
  const rc = (name: string) => readFileSync(resolve(ROOT, name), 'utf8')
  const zhRc = parseYaml(rc('.autocorrectrc')) as Rc
  const enRc = parseYaml(rc('.autocorrectrc.en')) as Rc
  const pkg = JSON.parse(rc('package.json')) as { scripts: Record<string, string> }
  const source = readFileSync(EN_PATH, 'utf8')
  const problems = (text: string) => lintFor(text, 'slides.en.md').lines.map(l => `${l.l}:${l.c} ${l.old} → ${l.new}`)

  beforeAll(() => {
    loadConfig(rc('.autocorrectrc.en'))
  })

  it('has the Chinese deck\'s rules and protected names; only the spelled names differ', () => {
    expect(enRc.rules).toEqual(zhRc.rules)
    expect(enRc.textRules).toEqual(zhRc.textRules)
    expect(enRc.spellcheck.words).toContain('WeChat')
    expect(enRc.spellcheck.words).not.toContain('App')
  })

  it('runs over slides.en.md with its own config', () => {
    expect(pkg.scripts['lint:copy']).toMatch(/autocorrect --lint --config \.autocorrectrc\.en slides\.en\.md\b/)
  })

  it('passes slides.en.md, and flags a full-width comma or a misspelt name in its notes', () => {
    expect(problems(source)).toEqual([])
    const note = 'Unable to catch up, 3.0 changed the game.'
    expect(source).toContain(note)
    expect(problems(source.replace(note, 'Unable to catch up，3.0 changed the game.')).join('\n')).toContain(note)
    expect(problems(source.replace(note, `${note} Wechat too.`)).join('\n')).toContain('WeChat too.')
  })
})

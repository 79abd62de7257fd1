import type { Typeface } from '../../addons/kit/config'
/**
 * @vitest-environment node
 *
 * The kit's typeface subsetting (addons/kit/node/fonts/) on this talk: the characters it is subset
 * to, read from the sources the way a reviewer would (slides.md without its notes, the data module,
 * the formatted figures, the kit's words);
 * the unicode-range text; the cache key; the font's own character map; what the build says when a
 * character is missing or the font package is not installed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import subsetFont from 'subset-font'
import { afterAll, describe, expect, it } from 'vitest'
import { readDeck } from '../../addons/kit/node/deck'
import { boldText, charSets, unicodeRange } from '../../addons/kit/node/fonts/characters'
import { fontCodePoints } from '../../addons/kit/node/fonts/cmap'
import { fontFaceCss, headHtml } from '../../addons/kit/node/fonts/css'
import { buildFonts, cacheKey, fontPackageDir, MissingCharsError, missingCharsMessage } from '../../addons/kit/node/fonts/subset'
import { optionsText } from '../../addons/kit/node/plugins/fonts'
import * as facts from '../../data/facts'
import { talkLanguages } from '../../data/words'
import { formatCount, formatWithUnit } from '../../lib/format'
import { FAMILY, kit } from '../talk'

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const typeface = kit.typeface as Typeface
const deck = await readDeck(join(ROOT, 'slides.md'))
function setsOf() {
  return charSets({
    deck,
    dirs: typeface.sources,
    options: optionsText(kit),
  })
}
const sets = setsOf()
const slideSet = new Set(sets.slides)
const noteSet = new Set(sets.notes)
const HAN = /\p{Script=Han}/u

/** A slide's visible source: its content without the speaker notes. */
const visible = (s: { content: string }) => s.content

function notIn(text: string, set: Set<number>): string[] {
  return [
    ...new Set(text),
  ].filter(ch => ch.trim() && !set.has(ch.codePointAt(0)!))
}

/** Every string value reachable from the data module: names, labels, dates, units. */
function strings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string')
    return [value]
  if (!value || typeof value !== 'object' || seen.has(value))
    return []
  seen.add(value)
  return Object.values(value).flatMap(v => strings(v, seen))
}

describe('the characters the fonts are subset to', () => {
  it('"slides" holds every Han character of every slide\'s visible text', () => {
    const missing = deck.slides.flatMap((s, i) => notIn(visible(s), slideSet)
      .filter(ch => HAN.test(ch))
      .map(ch => `slide ${i + 1}: ${ch}`))
    expect(missing).toEqual([])
    expect(sets.slides.filter(cp => HAN.test(String.fromCodePoint(cp))).length).toBeGreaterThan(300)
  })

  it('"slides" holds every string of the data module and every figure as the deck formats it', () => {
    const texts = [
      ...strings(facts),
      ...strings(talkLanguages),
    ]
    for (const [lang, words] of Object.entries(talkLanguages)) {
      for (const f of [
        ...facts.enterpriseCounts,
        ...facts.textFigures,
      ]) {
        const atLeast = 'atLeast' in f && f.atLeast
        const unit = f.id in words.textFigures
          ? words.textFigures[f.id as keyof typeof words.textFigures].unit
          : ''
        texts.push(formatCount(f.value, { atLeast, lang }), formatWithUnit(f.value, unit, { atLeast, lang }))
      }
    }
    expect(texts.length).toBeGreaterThan(50)
    expect(notIn(texts.join(''), slideSet)).toEqual([])
  })

  it('"slides" holds every word of the kit\'s UI and the talk\'s credit and section titles', () => {
    expect(notIn(optionsText(kit), slideSet)).toEqual([])
    expect(notIn(kit.words.readingEdition + kit.words.notFound + kit.credit.full, slideSet)).toEqual([])
  })

  it('"slides" holds printable ASCII and the common full-width punctuation', () => {
    const ascii = String.fromCodePoint(...Array.from({ length: 95 }, (_, i) => 0x20 + i))
    expect(notIn(`${ascii}，。、：；？！「」『』（）《》—…·“”‘’`, slideSet)).toEqual([])
  })

  it('every character of every speaker note is in "slides" or "notes"', () => {
    const both = new Set([
      ...slideSet,
      ...noteSet,
    ])
    const missing = deck.slides.flatMap((s, i) => notIn(s.note, both).map(ch => `slide ${i + 1}: ${ch}`))
    expect(missing).toEqual([])
  })

  it('"notes" holds only what the slides do not: the two sets are disjoint and "notes" is not empty', () => {
    expect(sets.notes.filter(cp => slideSet.has(cp))).toEqual([])
    expect(sets.notes.length).toBeGreaterThan(0)
    // Nothing in "notes" appears on a slide.
    const onSlides = deck.slides.map(s => visible(s)).join('')
    expect(sets.notes.map(cp => String.fromCodePoint(cp)).filter(ch => onSlides.includes(ch))).toEqual([])
  })

  it('the notes\' bold faces need only what the notes set in bold', () => {
    expect(boldText('先说**结论**，再讲 __理由__。\n## 小结\n<strong>记住</strong>这点')).toBe('结论\n理由\n小结\n记住')
    expect(boldText('没有粗体')).toBe('')
    expect(sets.boldNotes.every(cp => noteSet.has(cp))).toBe(true)
  })

  it('are the same on every run (sorted, no line breaks or control characters)', () => {
    expect(setsOf().slides).toEqual(sets.slides)
    expect(setsOf().notes).toEqual(sets.notes)
    for (const list of [sets.slides, sets.notes]) {
      expect([...list].sort((a, b) => a - b)).toEqual(list)
      expect(list.filter(cp => cp < 0x20 || (cp >= 0x7F && cp < 0xA0))).toEqual([])
    }
  })
})

/** The code points a unicode-range string covers. */
function parseRange(range: string): number[] {
  return range.split(',').flatMap((part) => {
    const [a, b = a] = part.replace(/^U\+/, '').split('-').map(h => Number.parseInt(h!, 16))
    return Array.from({ length: b! - a! + 1 }, (_, i) => a! + i)
  })
}

describe('unicode-range', () => {
  it('joins runs of consecutive code points and writes single ones alone', () => {
    const cps = [
      ...Array.from({ length: 0x7F - 0x20 }, (_, i) => 0x20 + i),
      0x4E00,
      0x4E07,
      0x4E08,
      0x4E09,
      0x1F600,
    ]
    expect(unicodeRange(cps)).toBe('U+20-7E,U+4E00,U+4E07-4E09,U+1F600')
    expect(unicodeRange([])).toBe('')
  })

  it('covers exactly the characters of each set', () => {
    expect(parseRange(unicodeRange(sets.slides))).toEqual(sets.slides)
    expect(parseRange(unicodeRange(sets.notes))).toEqual(sets.notes)
  })

  it('goes into one @font-face per file, family Noto Sans SC, font-display swap, under the base path', () => {
    const files = (['slides', 'notes'] as const).flatMap(set => [400, 700].map(weight => ({
      weight,
      set,
      chars: sets[set],
      fileName: `assets/noto-sans-sc-${weight}-${set}-abcd1234.woff2`,
    })))
    const css = fontFaceCss(FAMILY, files, '/wecom-20/')
    const faces = css.match(/@font-face\{[^}]*\}/g) ?? []
    expect(faces).toHaveLength(4)
    for (const [i, face] of faces.entries()) {
      expect(face).toContain(`font-family:"${FAMILY}"`)
      expect(face).toContain('font-display:swap')
      expect(face).toContain(`font-weight:${files[i]!.weight}`)
      expect(face).toContain(`src:url(/wecom-20/${files[i]!.fileName}) format("woff2")`)
      expect(face).toContain(`unicode-range:${unicodeRange(files[i]!.chars)}`)
    }
    expect(css).toMatch(/\/\*[^*]*Licence: \/wecom-20\/assets\/fonts-LICENSE\.txt/)
  })
})

describe('the head of index.html', () => {
  const files = [
    {
      weight: 400,
      set: 'slides' as const,
      chars: [97],
      fileName: 'assets/s400.woff2',
    },
    {
      weight: 700,
      set: 'slides' as const,
      chars: [97],
      fileName: 'assets/s700.woff2',
    },
    {
      weight: 400,
      set: 'notes' as const,
      chars: [98],
      fileName: 'assets/n400.woff2',
    },
  ]

  it('preloads the "slides" files of every weight, never the "notes" files', () => {
    const head = headHtml(FAMILY, files, '/wecom-20/', true)
    expect(head).toContain('<style data-deck-fonts>')
    expect(head.match(/rel="preload"/g)).toHaveLength(2)
    expect(head).toContain('href="/wecom-20/assets/s400.woff2"')
    expect(head).not.toContain('n400.woff2" as="font"')
  })

  it('limits the preloads to a media query when given one, and writes none without preload', () => {
    const head = headHtml(FAMILY, files, '/', { media: 'not all and (orientation: portrait)' })
    expect(head.match(/<link rel="preload"[^>]* media="not all and \(orientation: portrait\)">/g)).toHaveLength(2)
    expect(headHtml(FAMILY, files, '/', false)).not.toContain('rel="preload"')
  })
})

describe('the subset cache key', () => {
  const key = cacheKey('f'.repeat(64), sets.slides, { targetFormat: 'woff2' })

  it('is the same for the same font, characters and options', () => {
    expect(cacheKey('f'.repeat(64), [...sets.slides], { targetFormat: 'woff2' })).toBe(key)
  })

  it('changes with the font, with one character more or less, and with the options', () => {
    expect(cacheKey('e'.repeat(64), sets.slides, { targetFormat: 'woff2' })).not.toBe(key)
    expect(cacheKey('f'.repeat(64), [...sets.slides, 0x9F8D], { targetFormat: 'woff2' })).not.toBe(key)
    expect(cacheKey('f'.repeat(64), sets.slides.slice(1), { targetFormat: 'woff2' })).not.toBe(key)
    expect(cacheKey('f'.repeat(64), sets.slides, { targetFormat: 'woff' })).not.toBe(key)
  })
})

describe('the font', () => {
  const pkg = fontPackageDir(ROOT, typeface)
  const regular = readFileSync(join(pkg, typeface.files[400]!))

  it('maps the deck\'s characters (its cmap as HarfBuzz reads it)', () => {
    const full = fontCodePoints(regular)
    expect(full.size).toBeGreaterThan(30_000)
    expect(full.has(0x4E00)).toBe(true)
    expect(sets.slides.filter(cp => !full.has(cp))).toEqual([])
    expect(full.has(0x1F600)).toBe(false) // 😀: no emoji in Noto Sans SC
  })

  it('subset to a few characters maps exactly those', async () => {
    const text = '企业微信 AB，'
    const small = await subsetFont(regular, text, { targetFormat: 'sfnt' })
    expect([
      ...fontCodePoints(small),
    ].sort((a, b) => a - b)).toEqual([
      ...new Set(text),
    ].map(c => c.codePointAt(0)!).sort((a, b) => a - b))
  })
})

describe('what the build says', () => {
  // Under node_modules/, so the temporary deck finds the installed font package from there.
  // On a fresh clone nothing has made node_modules/.cache yet.
  mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true })
  const tmp = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'deck-fonts-test-'))
  afterAll(() => rmSync(tmp, { recursive: true, force: true }))

  it('names each missing character, where it is, and what to do', () => {
    const message = missingCharsMessage(FAMILY, [0x1F600, 0x2714], new Map([
      [
        0x1F600,
        ['slides.md'],
      ],
      [
        0x2714,
        ['components/Done.vue', 'slides.md'],
      ],
    ]))
    expect(message).toContain(`${FAMILY} has no glyph for 2 characters the slides use`)
    expect(message).toContain('😀 U+1F600  in slides.md')
    expect(message).toContain('✔ U+2714  in components/Done.vue, slides.md')
    expect(message).toMatch(/Replace each with a character the font has/)
  })

  it('stops on a slide character the font lacks, naming it and its file', async () => {
    const dir = join(tmp, 'deck')
    mkdirSync(join(dir, 'components'), { recursive: true })
    writeFileSync(join(dir, 'slides.md'), '---\ntitle: T\n---\n\n# 完成 ✅\n\n<!--\n讲稿\n-->\n')
    writeFileSync(join(dir, 'components', 'Ok.vue'), '<template><span>好</span></template>\n')
    const small = await readDeck(join(dir, 'slides.md'))
    const error = await buildFonts(dir, typeface, charSets({ deck: small }), 'assets').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MissingCharsError)
    expect((error as Error).message).toContain('✅ U+2705  in slides.md')
    expect((error as Error).message).not.toContain('好')
  })

  it('says how to install the font package when it is missing', () => {
    const outside = mkdtempSync(join('/tmp', 'deck-fonts-nopkg-'))
    try {
      expect(() => fontPackageDir(outside, typeface)).toThrow(new RegExp(`${typeface.package}.*not installed[\\s\\S]*npm ci`))
    }
    finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })
})

describe('the subset files', () => {
  it('are reused from node_modules/.cache/deck-fonts on the second build', async () => {
    await buildFonts(ROOT, typeface, sets, 'assets')
    const second = await buildFonts(ROOT, typeface, sets, 'assets')
    // The talk's notes set nothing in bold: no bold "notes" file.
    expect(sets.boldNotes).toEqual([])
    expect(second.files.map(f => `${f.weight} ${f.set}`)).toEqual([
      '400 slides',
      '400 notes',
      '700 slides',
    ])
    expect(second.files.every(f => f.cached)).toBe(true)
    for (const f of second.files) {
      expect(f.fileName).toMatch(new RegExp(`^assets/noto-sans-sc-${f.weight}-${f.set}-[0-9a-f]{8}\\.woff2$`))
      expect(f.bytes.subarray(0, 4).toString('latin1')).toBe('wOF2')
    }
    expect(second.license).toContain('SIL Open Font License')
  }, 120_000)
})

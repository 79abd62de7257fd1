/**
 * @vitest-environment node
 *
 * Checks slides.md as text, the way a reviewer reads the source: enough slides, a real speaker
 * note on each, every section of the article covered, no figure typed by hand, and the
 * headmatter the venue needs.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { article } from '../../data/facts'
import { formatCount, formatWithUnit } from '../../lib/format'
import { deck, derivedFigures, enterpriseCounts, textFigures } from './said-zh'

const SLIDES_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../slides.md')
const source = readFileSync(SLIDES_PATH, 'utf8').replace(/\r\n?/g, '\n')

interface Slide {
  /** 1-based, as Slidev numbers them. */
  no: number
  /** Per-slide frontmatter (for slide 1, the headmatter). */
  frontmatter: string
  /** Everything after the frontmatter, notes included. */
  raw: string
  /** The slide without its speaker notes. */
  body: string
  /** The speaker notes: the last HTML comment, when it closes the slide. */
  note: string
}

/**
 * Split on lines that are exactly `---`. A separator followed directly by a non-blank line opens a
 * frontmatter block that runs to the next `---` (Slidev's rule). Separators inside fenced code or an
 * HTML comment do not count.
 */
function parseSlides(md: string): { headmatter: string, slides: Slide[] } {
  const lines = md.split('\n')
  const chunks: { frontmatter: string[], content: string[] }[] = []
  let current = { frontmatter: [] as string[], content: [] as string[] }
  chunks.push(current)
  let fence: string | null = null
  let inComment = false

  const readFrontmatter = (from: number): number => {
    let j = from
    for (; j < lines.length && lines[j]!.trimEnd() !== '---'; j++)
      current.frontmatter.push(lines[j]!)
    return j // index of the closing ---
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (fence) {
      if (line.trimStart().startsWith(fence))
        fence = null
      current.content.push(line)
      continue
    }
    if (inComment) {
      if (line.includes('-->'))
        inComment = line.lastIndexOf('<!--') > line.lastIndexOf('-->')
      current.content.push(line)
      continue
    }
    if (line.trimEnd() === '---') {
      if (i > 0 || current.content.length > 0) {
        current = { frontmatter: [], content: [] }
        chunks.push(current)
      }
      if (lines[i + 1]?.trim())
        i = readFrontmatter(i + 1)
      continue
    }
    const f = line.match(/^\s*(`{3,}|~{3,})/)
    if (f)
      fence = f[1]!
    else if (line.lastIndexOf('<!--') > line.lastIndexOf('-->'))
      inComment = true
    current.content.push(line)
  }

  const slides = chunks.map((c, i): Slide => {
    const raw = c.content.join('\n').trim()
    const comments = [
      ...raw.matchAll(/<!--([\s\S]*?)-->/g),
    ]
    const last = comments.at(-1)
    const closes = last !== undefined && last.index! + last[0].length >= raw.length
    return {
      no: i + 1,
      frontmatter: c.frontmatter.join('\n'),
      raw,
      body: closes
        ? raw.slice(0, last.index).trim()
        : raw,
      note: closes
        ? last[1]!.trim()
        : '',
    }
  })
  return { headmatter: slides[0]?.frontmatter ?? '', slides }
}

/** What the audience reads on the slide: tags, comments, Markdown marks and data components taken out. */
function visibleText(body: string): string {
  return body
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{\{[\s\S]*?\}\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^\s{0,3}(?:#{1,6}|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`>]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

const HAN = /\p{Script=Han}/gu
const hanCount = (s: string): number => s.match(HAN)?.length ?? 0

/** Character bigrams of the Han text, to compare a note with its slide regardless of markup. */
function bigrams(s: string): Set<string> {
  const han = (s.match(HAN) ?? []).join('')
  const out = new Set<string>()
  for (let i = 0; i + 1 < han.length; i++)
    out.add(han.slice(i, i + 2))
  return out
}

const { headmatter, slides } = parseSlides(source)
const notesOf = (s: Slide) => s.note.replace(/\[click(?::\d+)?\]/g, '').trim()

describe('slides.md: structure', () => {
  it('has at least 20 slides', () => {
    // eslint-disable-next-line no-console -- the count is part of the report
    console.info(`slides.md: ${slides.length} slides`)
    expect(slides.length).toBeGreaterThanOrEqual(20)
  })

  it('every per-slide frontmatter block is valid YAML mapping', () => {
    for (const s of slides) {
      if (!s.frontmatter.trim())
        continue
      const fm = parseYaml(s.frontmatter)
      expect(fm, `slide ${s.no} frontmatter`).toBeTypeOf('object')
      expect(fm, `slide ${s.no} frontmatter`).not.toBeNull()
    }
  })

  it('every slide has content besides its notes', () => {
    for (const s of slides)
      expect(visibleText(s.body).length, `slide ${s.no} is empty`).toBeGreaterThan(0)
  })

  it('agrees with Slidev\'s own parser on slide count and notes', async () => {
    const { parseSync } = await import('@slidev/parser')
    const parsed = parseSync(source, SLIDES_PATH)
    expect(parsed.slides.length).toBe(slides.length)
    parsed.slides.forEach((p, i) => {
      expect((p.note ?? '').trim(), `slide ${i + 1} note`).toBe(slides[i]!.note)
    })
  })
})

describe('slides.md: headmatter', () => {
  const head = parseYaml(headmatter) as Record<string, any>

  it('is Chinese (lang zh-CN)', () => {
    expect(head.lang).toBe('zh-CN')
  })

  it('asks no font provider for anything (fonts.provider none)', () => {
    expect(head.fonts?.provider).toBe('none')
  })

  it('plans the talk for the deck\'s minutes', () => {
    expect(head.duration).toBe(`${deck.minutes}min`)
  })
})

describe('slides.md: speaker notes', () => {
  it('every slide has notes: the last HTML comment, closing the slide', () => {
    for (const s of slides) {
      expect(s.note, `slide ${s.no} has no speaker notes (a closing <!-- … -->)`).not.toBe('')
      expect(s.body, `slide ${s.no}: notes must be the last thing on the slide`).not.toMatch(/<!--[\s\S]*-->\s*$/)
    }
  })

  it('every note is at least 80 characters', () => {
    for (const s of slides)
      expect(notesOf(s).length, `slide ${s.no} notes`).toBeGreaterThanOrEqual(80)
  })

  it('no note is a copy of its slide\'s visible text', () => {
    for (const s of slides) {
      const note = notesOf(s)
      const visible = visibleText(s.body)
      expect(note.replace(/\s+/g, ''), `slide ${s.no}`).not.toBe(visible.replace(/\s+/g, ''))
      expect(visible.replace(/\s+/g, ''), `slide ${s.no}`).not.toContain(note.replace(/\s+/g, ''))
      // Share of the note's character pairs that already stand on the slide: a copy scores near 1.
      const nb = bigrams(note)
      const vb = bigrams(visible)
      const shared = [...nb].filter(b => vb.has(b)).length
      const overlap = nb.size
        ? shared / nb.size
        : 1
      expect(overlap, `slide ${s.no}: notes repeat the slide (${(overlap * 100).toFixed(0)}% shared)`).toBeLessThan(0.6)
    }
  })

  it('the notes fit a ~20-minute talk: 3000–7000 Chinese characters overall', () => {
    const total = slides.reduce((n, s) => n + hanCount(notesOf(s)), 0)
    // eslint-disable-next-line no-console -- the count is part of the report
    console.info(`speaker notes: ${total} Chinese characters over ${slides.length} slides (${deck.minutes} minutes planned)`)
    expect(total).toBeGreaterThanOrEqual(3000)
    expect(total).toBeLessThanOrEqual(7000)
  })

  it('names the act of connecting to personal WeChat one way: 打通 (the article\'s word), never 接通', () => {
    expect(source).toMatch(/打通/)
    expect(source).not.toMatch(/接通/)
  })

  it('the notes say the map placements are the deck\'s reading', () => {
    const mapSlide = slides.find(s => s.body.includes('<PositioningMap'))
    expect(mapSlide).toBeDefined()
    expect(mapSlide!.note).toMatch(/解读/)
  })
})

describe('slides.md: covers the article', () => {
  const allVisible = slides.map(s => visibleText(s.body)).join('\n')

  it.each([
    'RTX',
    '企业 QQ',
    '订阅号',
    '服务号',
    '企业号',
    '钉钉',
    '企业微信 3.0',
  ])('mentions %s on a slide', (term) => {
    expect(allVisible).toContain(term)
  })

  it('gives every slide a section, and walks the opening, the article\'s sections 一 to 五 and the closing in order', () => {
    const order = ['开场', '一', '二', '三', '四', '五', '结语']
    const sections = slides.map(s => String((parseYaml(s.frontmatter) as { section?: unknown } | null)?.section ?? ''))
    sections.forEach((x, i) => expect(order, `slide ${i + 1} section "${x}"`).toContain(x))
    expect(new Set(sections)).toEqual(new Set(order))
    const ranks = sections.map(x => order.indexOf(x))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
  })

  it('opens each of the article\'s five sections with a section slide', () => {
    const openers = slides.filter(s => /^layout:\s*section\s*$/m.test(s.frontmatter))
    expect(openers.map(s => (parseYaml(s.frontmatter) as { section: string }).section)).toEqual(['一', '二', '三', '四', '五'])
    // Each opener is the first slide of its section.
    const sectionOf = (x: Slide | undefined) => (parseYaml(x?.frontmatter ?? '') as { section?: string } | null)?.section
    for (const o of openers)
      expect(sectionOf(slides[o.no - 2]), `slide ${o.no - 1}, before the opener of ${sectionOf(o)}`).not.toBe(sectionOf(o))
  })

  it('shows both named components: the count chart and the positioning map', () => {
    expect(slides.some(s => s.body.includes('<EnterpriseCountChart'))).toBe(true)
    expect(slides.some(s => s.body.includes('<PositioningMap'))).toBe(true)
  })

  it('has a sources slide crediting the article in full: author 王M争, 人人都是产品经理, 2022', () => {
    const sources = slides.filter(s => /出处/.test(visibleText(s.body)))
    expect(sources.length).toBeGreaterThan(0)
    // The credit is drawn from data/facts.ts by <Credit variant="full" /> (tests/unit/credit.test.ts).
    expect(sources.at(-1)!.body).toMatch(/<Credit variant="full"\s*\/>/)
    expect(article.author).toBe('王M争')
    expect(article.publisher).toBe('人人都是产品经理')
    expect(article.published).toMatch(/^2022-/)
  })
})

describe('slides.md: no figure typed by hand', () => {
  interface Fig { value: number, unit: string, atLeast?: boolean }
  const figures: [string, Fig][] = [
    ...enterpriseCounts.map(f => [
      f.id,
      {
        value: f.value,
        unit: '',
        atLeast: 'atLeast' in f
          ? f.atLeast
          : false,
      },
    ] as [string, Fig]),
    ...textFigures.map(f => [
      f.id,
      { value: f.value, unit: f.unit },
    ] as [string, Fig]),
    ...Object.entries(derivedFigures).map(([id, f]) => [
      id,
      { value: f.value, unit: f.unit },
    ] as [string, Fig]),
  ]

  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  /** The formatted text, with or without the house-style space, not inside a longer number. */
  const pattern = (text: string) => {
    const body = escape(text).replace(/ /g, '\\s*')
    const tail = /\d$/.test(text)
      ? '(?![\\d.,])'
      : ''
    return new RegExp(`(?<![\\d.,])${body}${tail}`)
  }
  const forms = new Map<string, RegExp>()
  for (const [, f] of figures) {
    // A bare one- or two-digit number ("2", as in B2B2C) says nothing: small figures are looked
    // for with their unit ("2 周", "10 元/月").
    const bare = f.value >= 100
      ? [
          formatCount(f.value),
          formatCount(f.value, { atLeast: f.atLeast }),
          String(f.value),
          f.value.toLocaleString('en-US'),
        ]
      : []
    for (const text of [
      ...bare,
      formatWithUnit(f.value, f.unit, { atLeast: f.atLeast }),
    ])
      forms.set(text, pattern(text))
  }
  // The same figures spelled in Chinese numerals.
  for (const text of [
    '一千万',
    '两百五十万',
    '二百五十万',
    '七百五十万',
    '五百万',
    '一千五百万',
    '两千万',
    '二千万',
    '三千人',
    '五亿',
    '十元',
  ])
    forms.set(text, new RegExp(escape(text)))

  it('the list of forbidden forms covers the chart and text figures', () => {
    for (const text of [
      '250 万',
      '1000 万',
      '1000 万+',
      '2000 万',
      '3000',
      '5 亿',
      '750 万家',
      '500 万',
      '1500 万',
      '10 元/月',
      '2500000',
    ]) {
      expect([
        ...forms.keys(),
      ]).toContain(text)
    }
    // And the patterns catch what they should, and only that.
    expect(forms.get('250 万')!.test('企业微信 250万家')).toBe(true)
    expect(forms.get('250 万')!.test('企业微信 1250 万家')).toBe(false)
    expect(forms.get('3000')!.test('半年只有 3000 人')).toBe(true)
    expect(forms.get('3000')!.test('30000')).toBe(false)
  })

  it.each(slides.map(s => [s.no, s] as const))('slide %i types no figure in its body (notes excluded)', (_no, s) => {
    const body = s.body.replace(/<!--[\s\S]*?-->/g, ' ')
    const found = [...forms].filter(([, re]) => re.test(body)).map(([text]) => text)
    expect(found, `slide ${s.no} types ${found.join(', ')}: use <Fig id="…" /> or the chart instead`).toEqual([])
  })

  it('every figure reaches the slides through <Fig>, <BigNumber> or the chart', () => {
    const used = new Set([
      ...source.matchAll(/<(?:Fig|BigNumber)\s+(?:v-click\s+)?id="([^"]+)"/g),
    ].map(m => m[1]))
    for (const f of textFigures)
      expect(used, f.id).toContain(f.id)
    expect(used).toContain('dingtalk-gain-2019-2020')
    // The chart draws every enterprise count, and the end-2021 gain on its column (compare).
    expect(source).toMatch(/<EnterpriseCountChart\b/)
    expect(source).toMatch(/:compare="\{ from: 'wecom-2019', to: 'wecom-2021' \}"/)
  })
})

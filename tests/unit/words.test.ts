/**
 * The talk in two languages: numbers and dates as each says them, every id of data/facts.ts with its
 * words in each, and the components drawn in English with no Chinese left but the names the English
 * edition shows in both scripts (data/words/en.ts bothScripts), in Chinese exactly as before.
 */
import type { Component } from 'vue'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { READING_EDITION } from '../../addons/kit/client/reading'
import BigNumber from '../../components/BigNumber.vue'
import Credit from '../../components/Credit.vue'
import EnterpriseCountChart from '../../components/EnterpriseCountChart.vue'
import Fig from '../../components/Fig.vue'
import PositioningMap from '../../components/PositioningMap.vue'
import ProductTimeline from '../../components/ProductTimeline.vue'
import When from '../../components/When.vue'
import { derivedFigures, enterpriseCounts, milestones, placements, products, textFigures } from '../../data/facts'
import { talkLanguages, talkWords } from '../../data/words'
import { bothScripts } from '../../data/words/en.ts'
import SectionLayout from '../../layouts/section.vue'
import { creditText } from '../../lib/credit'
import { countParts, formatCount, formatDate, formatTimes, formatWithUnit } from '../../lib/format'
import { textWidthEm } from '../../lib/geometry'
import { mapSizesFor } from '../../lib/map-layout'
import { countChartSpec, labelFormat, sheetUnit } from '../../lib/pptx-specs'
import { sectionTitlesFor } from '../../lib/sections'

function deckIn(lang: string) {
  return {
    '$$slidev-context': {
      configs: { lang },
    },
  }
}
function mountIn(c: Component, lang: string, props: Record<string, unknown> = {}, reading = false) {
  return mount(c as any, {
    props,
    global: {
      provide: {
        ...deckIn(lang),
        ...(reading
          ? { [READING_EDITION as symbol]: true }
          : {}),
      },
    },
  })
}

/** The Han characters left once the names shown in both scripts are taken out. */
function hanLeft(text: string): string[] {
  const rest = [...bothScripts].sort((a, b) => b.length - a.length).reduce((t, name) => t.split(name).join(' '), text)
  return [
    ...rest.matchAll(/\p{Script=Han}/gu),
  ].map(m => m[0])
}

describe('numbers and dates in each language', () => {
  it('counts: 万 and 亿 in Chinese, millions in English', () => {
    expect(formatCount(2_500_000)).toBe('250 万')
    expect(formatCount(10_000_000, { lang: 'zh-CN' })).toBe('1000 万')
    expect(formatCount(2_500_000, { lang: 'en' })).toBe('2.5 million')
    expect(formatCount(10_000_000, { lang: 'en' })).toBe('10 million')
    expect(formatCount(10_000_000, { lang: 'en', atLeast: true })).toBe('10 million+')
    expect(formatCount(500_000_000, { lang: 'en' })).toBe('500 million')
    expect(formatCount(1_500_000_000, { lang: 'en' })).toBe('1.5 billion')
    expect(formatCount(3000, { lang: 'en' })).toBe('3,000')
    expect(formatCount(3000)).toBe('3000')
    expect(countParts(7_500_000, { lang: 'en' })).toEqual({ number: '7.5', magnitude: 'million' })
  })

  it('with a unit word, and a lower bound', () => {
    expect(formatWithUnit(15_000_000, '家组织')).toBe('1500 万家组织')
    expect(formatWithUnit(15_000_000, 'organisations', { lang: 'en' })).toBe('15 million organisations')
    expect(formatWithUnit(10, 'yuan a month', { lang: 'en' })).toBe('10 yuan a month')
    expect(formatWithUnit(10_000_000, '家', { atLeast: true })).toBe('超 1000 万家')
    expect(formatWithUnit(10_000_000, 'enterprises', { atLeast: true, lang: 'en' })).toBe('over 10 million enterprises')
  })

  it('multiples', () => {
    expect(formatTimes(4)).toBe('4 倍')
    expect(formatTimes(4, { lang: 'en' })).toBe('4×')
    expect(formatTimes(1.5, { lang: 'en' })).toBe('1.5×')
    expect(() => formatTimes(Number.NaN)).toThrow(/positive number/)
  })

  it('dates to their precision, and the ways data/facts.ts says some of them', () => {
    expect(formatDate('2019-12-31')).toBe('2019 年底')
    expect(formatDate('2019-12-31', { lang: 'en' })).toBe('end of 2019')
    expect(formatDate('2022-08-16', { lang: 'en' })).toBe('16 August 2022')
    expect(formatDate('2022-08-16')).toBe('2022 年 8 月 16 日')
    expect(formatDate('2020-08', { lang: 'en' })).toBe('August 2020')
    expect(formatDate('2001', { lang: 'en' })).toBe('2001')
    expect(formatDate('2001')).toBe('2001 年')
    expect(formatDate('2022-08-16', { lang: 'en', said: 'month' })).toBe('August 2022')
    expect(formatDate('2014-12', { said: 'year-end' })).toBe('2014 年底')
    expect(formatDate('2014-01', { lang: 'en', said: 'spring-festival' })).toBe('Spring Festival 2014')
    expect(() => formatDate('2019年')).toThrow(/expected a date/)
  })
})

describe('the words modules', () => {
  it('an unknown language is an error naming it and the files there are', () => {
    expect(talkWords()).toBe(talkWords('zh-CN'))
    expect(() => talkWords('fr')).toThrow(/No words for lang "fr".*data\/words\/zh-CN\.ts, data\/words\/en\.ts/)
  })

  it.each(Object.keys(talkLanguages))('%s has the words for every id of data/facts.ts', (lang) => {
    const w = talkWords(lang)
    for (const p of products)
      expect(Object.values(w.products[p.id]).every(s => s.trim() !== ''), p.id).toBe(true)
    for (const f of enterpriseCounts)
      expect(w.counts[f.id].counts.trim(), f.id).not.toBe('')
    for (const f of textFigures)
      expect(w.textFigures[f.id].counts.trim(), f.id).not.toBe('')
    for (const id of Object.keys(derivedFigures) as (keyof typeof derivedFigures)[])
      expect(w.derived[id].counts.trim(), id).not.toBe('')
    for (const m of milestones)
      expect(w.milestones[m.id].what.trim(), m.id).not.toBe('')
    for (const p of placements)
      expect(w.reasons[p.product].trim(), p.product).not.toBe('')
  })

  it('bothScripts holds only Chinese names, short ones', () => {
    expect(bothScripts.length).toBeGreaterThan(0)
    for (const name of bothScripts)
      expect(name, name).toMatch(/\p{Script=Han}/u)
  })
})

describe('credit, sections and the PPTX sheet in each language', () => {
  it('credits the article in English with the author and publisher as the article gives them', () => {
    expect(creditText('short')).toBe('改编自王M争的文章，原载「人人都是产品经理」，2022 年 8 月')
    expect(creditText('short', 'en')).toBe('After an article by 王M争 (Wang M Zheng), 人人都是产品经理, August 2022')
    expect(creditText('full', 'en')).toContain('16 August 2022')
    expect(hanLeft(creditText('full', 'en'))).toEqual([])
  })

  it('titles the sections in either language', () => {
    expect(sectionTitlesFor('zh-CN')['三']).toBe('三、订阅号 / 服务号 / 企业号（2012–2014）')
    expect(sectionTitlesFor('en')['三']).toBe('3. Subscription / Service / Enterprise (2012–2014)')
    expect(sectionTitlesFor('en')['开场']).toBe('Opening')
    expect(sectionTitlesFor('en')['四']).toBe('4. DingTalk (2014–2016)')
  })

  it('the chart sheet counts in 万 for Chinese, in millions for English', () => {
    expect(sheetUnit()).toBe(10_000)
    expect(sheetUnit('en')).toBe(1_000_000)
    expect(labelFormat('10 million', false, 'en')).toBe('General" million"')
    expect(labelFormat('1500 万', true)).toBe('General" 万 自述"')
    const chart = mountIn(EnterpriseCountChart, 'en', { groups: 1 })
    const spec = JSON.parse(chart.find('svg').attributes('data-pptx')!)
    const sheet = spec.parts.find((p: any) => p.type === 'chart')
    expect(sheet.values).toEqual([10, 2.5])
    expect(sheet.categories).toEqual([
      ['DingTalk', 'WeCom 1.0'],
    ])
    expect(sheet.category).toBe('Product')
    expect(sheet.series).toBe('enterprises on board (millions)')
    expect(typeof countChartSpec).toBe('function')
  })
})

describe('components in English show no Chinese but the names in both scripts; in Chinese, as before', () => {
  const cases: [string, Component, Record<string, unknown>, boolean?][] = [
    [
      'BigNumber (2019 DingTalk)',
      BigNumber,
      { id: 'dingtalk-2019', tone: 'rival' },
    ],
    [
      'BigNumber (an aim)',
      BigNumber,
      { id: 'dingtalk-aim-2019', unit: false },
    ],
    [
      'BigNumber (a difference)',
      BigNumber,
      { id: 'wecom-gain-2019-2021', sign: '+' },
    ],
    [
      'Fig (a company\'s own figure)',
      Fig,
      { id: 'dingtalk-orgs-2020' },
    ],
    [
      'Fig (a fee)',
      Fig,
      { id: 'qq-club-fee' },
    ],
    [
      'When (Spring Festival)',
      When,
      { id: 'laiwang-fading' },
    ],
    ['Credit', Credit, {}],
    [
      'Credit (full)',
      Credit,
      { variant: 'full' },
    ],
    ['ProductTimeline', ProductTimeline, {}],
    [
      'ProductTimeline (strip)',
      ProductTimeline,
      {
        variant: 'strip',
        current: ['dingtalk'],
      },
    ],
    [
      'the chart',
      EnterpriseCountChart,
      {
        ratio: { of: 'dingtalk-2019', to: 'wecom-2019' },
        groups: 1,
      },
    ],
    [
      'the growth chart',
      EnterpriseCountChart,
      {
        only: ['wecom-2019', 'wecom-2021'],
        compare: { from: 'wecom-2019', to: 'wecom-2021' },
      },
    ],
    [
      'the map at step 6',
      PositioningMap,
      { step: 6, spotlight: true },
    ],
    [
      'the map in the reading edition',
      PositioningMap,
      {},
      true,
    ],
    [
      'a section opener',
      SectionLayout,
      { section: '三' },
    ],
  ]

  it.each(cases)('%s', (_name, c, props, reading) => {
    const en = mountIn(c, 'en', props, reading)
    expect(hanLeft(en.html())).toEqual([])
    const zh = mountIn(c, 'zh-CN', props, reading)
    const none = mount(c as any, {
      props,
      global: {
        provide: reading
          ? { [READING_EDITION as symbol]: true }
          : {},
      },
    })
    expect(zh.html()).toBe(none.html())
  })

  it('bigNumber of the 2019 DingTalk figure: "1000 万" with its date in Chinese, "10 million" with "end of 2019" in English', () => {
    const zh = mountIn(BigNumber, 'zh-CN', { id: 'dingtalk-2019' })
    expect(zh.find('.value').text()).toBe('1000 万')
    expect(zh.find('figcaption').text()).toBe('入驻企业 · 2019 年底')
    const en = mountIn(BigNumber, 'en', { id: 'dingtalk-2019' })
    expect(en.find('.value').text()).toBe('10 million')
    expect(en.find('figcaption').text()).toBe('enterprises on board · end of 2019')
    expect(mountIn(BigNumber, 'en', { id: 'dingtalk-aim-2019', unit: false }).find('.value').text()).toBe('target 10 million')
    expect(mountIn(BigNumber, 'en', { id: 'wecom-2021' }).find('.value').text()).toBe('over 10 million')
  })

  it('fig says a figure a company gave about itself is its own, in each language', () => {
    expect(mountIn(Fig, 'zh-CN', { id: 'dingtalk-orgs-2020' }).text()).toBe('1500 万家组织（自述）')
    expect(mountIn(Fig, 'en', { id: 'dingtalk-orgs-2020' }).text()).toBe('15 million organisations (self-reported)')
  })

  it('the chart labels its columns and dates in English', () => {
    const w = mountIn(EnterpriseCountChart, 'en', {
      ratio: { of: 'dingtalk-2019', to: 'wecom-2019' },
      groups: 1,
    })
    expect(w.findAll('.value-label').map(t => t.text().replace(/\s+/g, ' '))).toEqual(['10 million', '2.5 million'])
    expect(w.find('.date-label').text().replace(/\s+/g, ' ')).toContain('end of 2019')
    expect(w.find('.times-label').text()).toBe('4×')
    expect(w.find('.times-caption').text()).toBe('DingTalk vs WeCom 1.0')
    expect(w.find('desc').text()).toBe('end of 2019, DingTalk: 10 million (enterprises on board); end of 2019, WeCom 1.0: 2.5 million (enterprises on board)')
  })

  it('the editable PPTX draws the English chart\'s text on the lines the SVG breaks it onto, no two over each other', () => {
    for (const props of [
      {
        only: ['wecom-2019', 'wecom-2021'],
        compare: { from: 'wecom-2019', to: 'wecom-2021' },
      },
      {
        groups: 1,
        ratio: { of: 'dingtalk-2019', to: 'wecom-2019' },
      },
    ]) {
      const w = mountIn(EnterpriseCountChart, 'en', props)
      const spec = JSON.parse(w.find('svg').attributes('data-pptx')!) as { parts: { type: string, x: number, y: number, runs?: { text: string, size: number }[] }[] }
      const texts = spec.parts.filter(p => p.type === 'text').map(p => ({
        x: p.x,
        y: p.y,
        text: p.runs![0]!.text,
        size: p.runs![0]!.size,
      }))
      // Each line the SVG draws under a group is a line of its own in the PPTX.
      for (const date of w.findAll('.date-label')) {
        // Lines of their own carry an x; the one-line form's tspan only styles what is counted.
        const spans = date.findAll('tspan[x]').map(t => t.text())
        const first = date.text().slice(0, date.text().length - spans.join('').length)
        for (const line of spans.length
          ? [first, ...spans]
          : [
              date.text(),
            ])
          expect(texts.map(t => t.text), JSON.stringify(props)).toContain(line)
      }
      texts.forEach((a, i) => {
        for (const b of texts.slice(i + 1)) {
          const apart = Math.abs(a.y - b.y) >= Math.min(a.size, b.size) || Math.abs(a.x - b.x) >= (textWidthEm(a.text) * a.size + textWidthEm(b.text) * b.size) / 2
          expect(apart, `"${a.text}" and "${b.text}"`).toBe(true)
        }
      })
    }
  })

  it('the map\'s vertical axis ends fit the left margin, in both languages, on the slide and the phone', () => {
    for (const lang of Object.keys(talkLanguages)) {
      for (const reading of [false, true]) {
        const s = mapSizesFor(reading
          ? 'reading'
          : 'slide', lang)
        const ends = mountIn(PositioningMap, lang, { step: 6 }, reading).findAll('.y-end').map(t => t.text())
        expect(ends.length, `${lang}${reading ? ' phone' : ''}`).toBeGreaterThanOrEqual(2)
        for (const end of ends)
          expect(textWidthEm(end) * s.axis, `${lang}${reading ? ' phone' : ''}: "${end}"`).toBeLessThanOrEqual(s.plot.x - 6)
      }
    }
  })

  it('on a phone the English ratio caption breaks onto lines that stay inside the chart', () => {
    const w = mountIn(EnterpriseCountChart, 'en', {
      ratio: { of: 'dingtalk-2019', to: 'wecom-2019' },
      groups: 1,
    }, true)
    const width = Number(w.find('svg').attributes('viewBox')!.split(' ')[2])
    const caption = w.find('.times-caption')
    const size = Number.parseFloat(caption.attributes('style')!.replace(/.*font-size:\s*/, ''))
    const lines = caption.findAll('tspan')
    expect(lines.length).toBeGreaterThan(1)
    // Read aloud or copied, the lines are still one phrase.
    expect(caption.text()).toBe('DingTalk vs WeCom 1.0')
    for (const line of lines) {
      const x = Number(line.attributes('x'))
      const half = textWidthEm(line.text().trim()) * size / 2
      expect(x - half, line.text()).toBeGreaterThanOrEqual(0)
      expect(x + half, line.text()).toBeLessThanOrEqual(width)
    }
  })

  it('an unknown lang in the headmatter stops the component with the message naming it', () => {
    expect(() => mountIn(Fig, 'de', { id: 'qq-club-fee' })).toThrow(/No words for lang "de"/)
  })
})

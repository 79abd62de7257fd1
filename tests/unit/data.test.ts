import { describe, expect, it } from 'vitest'
import * as facts from '../../data/facts'
import {
  article,
  CLOSING,
  dingtalkOverWecom2019,
  figureBases,
  figureById,
  mapPath,
  mapSteps,
  OPENING,
  quarterOf,
} from '../../data/facts'
import { talkWords } from '../../data/words'
import { creditText } from '../../lib/credit'
import { formatCount, formatWithUnit } from '../../lib/format'
import { milestoneSaid } from '../../lib/said'
import { sectionTitle, sectionTitles } from '../../lib/sections'
import { assertDeckData, validateDeckData } from '../../lib/validate'
import { derivedFigures, enterpriseCounts, mapAxes, mapQuarters, milestones, placements, productById, products, tencentProducts, textFigures } from './said-zh'

const quarterName = (p: { x: number, y: number }) => talkWords('zh-CN').map.quarters[quarterOf(p)!.id]
const milestoneById = (id: Parameters<typeof milestoneSaid>[0]) => milestoneSaid(id, 'zh-CN')

const ISO_LIKE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/
const SECTIONS = ['引言', '一', '二', '三', '四', '五']
const allFigures = [
  ...enterpriseCounts,
  ...textFigures,
]

describe('every figure is positive, dated and sourced', () => {
  it.each(allFigures.map(f => [f.id, f] as const))('%s', (_id, f) => {
    expect(typeof f.value).toBe('number')
    expect(Number.isFinite(f.value)).toBe(true)
    expect(f.value).toBeGreaterThan(0)
    expect(f.asOf).toMatch(ISO_LIKE)
    expect(f.asOfLabel.trim()).not.toBe('')
    expect(f.counts.trim()).not.toBe('')
    expect(figureBases).toContain(f.basis)
    expect(SECTIONS).toContain(f.source.section)
    expect(f.source.where.trim()).not.toBe('')
  })

  it('figure ids are unique', () => {
    const ids = allFigures.map(f => f.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('the date label says the same year as asOf', () => {
    for (const f of allFigures) {
      if (/\d{4}/.test(f.asOfLabel))
        expect(f.asOfLabel, f.id).toContain(f.asOf.slice(0, 4))
    }
  })

  it('end-of-year figures stand at 12-31 and say 年底', () => {
    for (const f of enterpriseCounts) {
      expect(f.asOf.endsWith('-12-31'), f.id).toBe(true)
      expect(f.asOfLabel).toBe(`${f.asOf.slice(0, 4)} 年底`)
    }
  })
})

describe('enterprise counts (the chart)', () => {
  it('are, in order, 钉钉 end-2019, 企业微信 end-2019, 企业微信 end-2021', () => {
    expect(enterpriseCounts.map(f => f.id)).toEqual(['dingtalk-2019', 'wecom-2019', 'wecom-2021'])
  })

  it('钉钉, end of 2019: 10 000 000 入驻企业, a count as the article states it (not 钉钉\'s own words there)', () => {
    const f = enterpriseCounts[0]
    expect(productById(f.product).maker).toBe('alibaba')
    expect(f.product).toBe('dingtalk')
    expect(f.value).toBe(10_000_000)
    expect(f.basis).toBe('count')
    expect(f.counts).toBe('入驻企业')
    expect('atLeast' in f && f.atLeast).toBeFalsy()
    expect(f.asOf).toBe('2019-12-31')
    expect(f.asOfLabel).toBe('2019 年底')
    expect(formatCount(f.value)).toBe('1000 万')
  })

  it('企业微信, end of 2019: 2 500 000', () => {
    const f = enterpriseCounts[1]
    expect(productById(f.product).maker).toBe('tencent')
    expect(productById(f.product).name).toContain('企业微信')
    expect(f.value).toBe(2_500_000)
    expect(f.basis).toBe('count')
    expect(f.counts).toBe('入驻企业')
    expect('atLeast' in f && f.atLeast).toBeFalsy()
    expect(f.asOf).toBe('2019-12-31')
    expect(f.asOfLabel).toBe('2019 年底')
    expect(formatCount(f.value)).toBe('250 万')
  })

  it('企业微信, end of 2021: at least 10 000 000 real enterprises and organisations', () => {
    const f = enterpriseCounts[2]
    expect(productById(f.product).maker).toBe('tencent')
    expect(productById(f.product).name).toContain('企业微信')
    expect(f.value).toBe(10_000_000)
    expect(f.atLeast).toBe(true)
    expect(f.counts).toBe('真实企业与组织')
    expect(f.basis).toBe('count')
    expect(f.asOf).toBe('2021-12-31')
    expect(f.asOfLabel).toBe('2021 年底')
    expect(formatCount(f.value, { atLeast: f.atLeast })).toBe('1000 万+')
  })

  it('钉钉 had exactly 4× 企业微信\'s count at end-2019', () => {
    expect(dingtalkOverWecom2019).toBe(4)
    expect(figureById('dingtalk-2019').value / figureById('wecom-2019').value).toBe(4)
  })
})

describe('figures quoted in text', () => {
  it('match the article', () => {
    const byId = Object.fromEntries(textFigures.map(f => [f.id, f]))
    expect(byId['qq-users-2001']!.value).toBe(20_000_000)
    expect(byId['qq-users-2001']!.asOf).toBe('2001')
    expect(byId['qq-club-fee']!.value).toBe(10)
    expect(byId['qq-club-fee']!.unit).toBe('元/月')
    expect(byId['qq-club-fee']!.asOf).toBe('2000-11')
    expect(byId['qq-club-members']!.value).toBe(3000)
    expect(byId['dingtalk-marketing-2015']!.value).toBe(500_000_000)
    expect(byId['dingtalk-marketing-2015']!.asOf).toBe('2015')
    // 钉钉's 2019 figure in section 四 is a stated aim (宣称要服务), not a count at a date.
    expect(byId['dingtalk-aim-2019']!.value).toBe(10_000_000)
    expect(byId['dingtalk-aim-2019']!.basis).toBe('aim')
    expect(byId['dingtalk-aim-2019']!.asOf).toBe('2019')
    expect(byId['dingtalk-aim-2019']!.counts).toMatch(/宣称要服务/)
    expect(byId['dingtalk-aim-2019']!.counts).toContain('组织')
    expect(byId['dingtalk-orgs-2020']!.value).toBe(15_000_000)
    // The article: 钉钉 changed the number it gave to 1500 万: its own figure.
    expect(byId['dingtalk-orgs-2020']!.basis).toBe('claim')
    expect(byId['dingtalk-orgs-2020']!.asOf).toBe('2020-08')
  })

  it('format the way the slides show them', () => {
    const shown = Object.fromEntries(textFigures.map(f => [
      f.id,
      formatWithUnit(f.value, f.unit),
    ]))
    expect(shown).toEqual({
      'qq-users-2001': '2000 万',
      'qq-club-fee': '10 元/月',
      'qq-club-members': '3000 人',
      'dingtalk-marketing-2015': '5 亿元',
      'dingtalk-release-weeks': '2 周',
      'dingtalk-aim-2019': '1000 万家组织',
      'dingtalk-orgs-2020': '1500 万家组织',
    })
  })

  it('figureById finds charted and text figures and rejects unknown ids', () => {
    expect(figureById('wecom-2019').value).toBe(2_500_000)
    expect(figureById('qq-club-members').value).toBe(3000)
    expect(() => figureById('nope' as never)).toThrow(/data\/facts\.ts/)
  })
})

describe('derived figures', () => {
  it('企业微信 gained 750 万 enterprises from end-2019 to end-2021: the article\'s own difference', () => {
    const d = derivedFigures['wecom-gain-2019-2021']
    expect(d.basis).toBe('difference')
    expect(d.of).toEqual(['wecom-2021', 'wecom-2019'])
    expect(d.value).toBe(7_500_000)
    expect(d.value).toBe(figureById('wecom-2021').value - figureById('wecom-2019').value)
    expect(formatWithUnit(d.value, d.unit)).toBe('750 万家')
  })

  it('钉钉 claimed 500 万 more organisations by Aug 2020 than its 2019 aim: the article\'s own difference', () => {
    const d = derivedFigures['dingtalk-gain-2019-2020']
    expect(d.basis).toBe('difference')
    expect(d.of).toEqual(['dingtalk-orgs-2020', 'dingtalk-aim-2019'])
    expect(d.value).toBe(5_000_000)
    expect(d.value).toBe(figureById('dingtalk-orgs-2020').value - figureById('dingtalk-aim-2019').value)
    expect(formatWithUnit(d.value, d.unit)).toBe('500 万家组织')
  })

  it('企业微信 doubled two years running: end-2021 is (at least) 4× end-2019', () => {
    expect(figureById('wecom-2021').value / figureById('wecom-2019').value).toBe(4)
  })
})

describe('products', () => {
  it('are the seven Tencent products in the article\'s order, with their years', () => {
    expect(tencentProducts.map(p => p.id)).toEqual([
      'rtx',
      'enterprise-qq',
      'subscription',
      'service',
      'enterprise-account',
      'wecom-1',
      'wecom-3',
    ])
    expect(tencentProducts.map(p => p.year)).toEqual([
      2001,
      2007,
      2012,
      2013,
      2014,
      2016,
      2019,
    ])
    expect(tencentProducts.every(p => p.maker === 'tencent')).toBe(true)
  })

  it('name the products as the article does', () => {
    const names = tencentProducts.map(p => p.name).join('|')
    for (const n of [
      'RTX',
      '企业 QQ',
      '订阅号',
      '服务号',
      '企业号',
      '企业微信 1.0',
      '企业微信 3.0',
    ])
      expect(names).toContain(n)
  })

  it('plus 钉钉 by Alibaba, its story spanning 2014–2016', () => {
    const rivals = products.filter(p => p.maker !== 'tencent')
    expect(rivals).toHaveLength(1)
    const d = rivals[0]!
    expect(d.id).toBe('dingtalk')
    expect(d.maker).toBe('alibaba')
    expect(d.name).toContain('钉钉')
    expect(d.year).toBe(2014)
    expect(d.yearLabel).toBe('2014–2016')
    expect(products).toHaveLength(8)
  })

  it('all have a unique id, a positioning and a source', () => {
    expect(new Set(products.map(p => p.id)).size).toBe(products.length)
    for (const p of products) {
      expect(p.positioning.trim(), p.id).not.toBe('')
      expect(p.short.trim(), p.id).not.toBe('')
      expect(SECTIONS).toContain(p.source.section)
      expect(p.source.where.trim(), p.id).not.toBe('')
    }
  })

  it('productById rejects unknown ids with a pointer to data/facts.ts', () => {
    expect(productById('rtx').short).toBe('RTX')
    expect(() => productById('nope' as never)).toThrow(/data\/facts\.ts/)
  })
})

describe('milestones', () => {
  it('are dated and sourced', () => {
    for (const m of milestones) {
      expect(m.date, m.id).toMatch(ISO_LIKE)
      expect(m.label, m.id).toContain(m.date.slice(0, 4))
      expect(SECTIONS).toContain(m.source.section)
      expect(m.source.where.trim()).not.toBe('')
    }
  })

  it('carry the article\'s dates', () => {
    expect(milestoneById('qq-launch').date).toBe('1999')
    expect(milestoneById('wechat-launch').date).toBe('2011')
    expect(milestoneById('laiwang-launch').date).toBe('2013')
    expect(milestoneById('dingtalk-beta').date).toBe('2014-12')
    expect(milestoneById('wecom-app').date).toBe('2016-04')
    expect(milestoneById('wecom-app').label).toBe('2016 年 4 月')
  })
})

describe('positioning map', () => {
  it('places every product exactly once, within 0–100', () => {
    const placed = placements.map(p => p.product)
    expect([...placed].sort()).toEqual(products.map(p => p.id).sort())
    expect(new Set(placed).size).toBe(placed.length)
    for (const p of placements) {
      for (const v of [p.x, p.y]) {
        expect(Number.isFinite(v), p.product).toBe(true)
        expect(v).toBeGreaterThanOrEqual(0)
        expect(v).toBeLessThanOrEqual(100)
      }
      expect(['left', 'right', 'above', 'below']).toContain(p.label)
      expect(p.reason.trim(), p.product).not.toBe('')
    }
  })

  it('the path is the seven Tencent products in time order', () => {
    expect(mapPath).toEqual(tencentProducts.map(p => p.id))
    expect(mapPath).toHaveLength(7)
    expect(mapPath).not.toContain('dingtalk')
    const years = mapPath.map(id => productById(id).year)
    expect(years).toEqual([...years].sort((a, b) => a - b))
  })

  it('axes are the article\'s: who it serves, and how it stands', () => {
    expect(mapAxes.x.low).toMatch(/对内|内部/)
    expect(mapAxes.x.low).toContain('员工')
    expect(mapAxes.x.high).toMatch(/对外|外部/)
    expect(mapAxes.x.high).toContain('客户')
    expect(mapAxes.y.low).toContain('独立')
    expect(mapAxes.y.high).toContain('微信')
  })

  it('reads the article\'s logic: RTX internal and standalone, 企业 QQ and 服务号 external, 企业号 internal but on WeChat', () => {
    const at = Object.fromEntries(placements.map(p => [p.product, p]))
    expect(at.rtx!.x).toBeLessThan(50)
    expect(at.rtx!.y).toBeLessThan(50)
    expect(at['enterprise-qq']!.x).toBeGreaterThan(50)
    expect(at.service!.x).toBeGreaterThan(50)
    expect(at['enterprise-account']!.x).toBeLessThan(50)
    expect(at['enterprise-account']!.y).toBeGreaterThan(50)
    // 企业微信 1.0 sits with 钉钉 (standalone, internal); 3.0 moves toward customers.
    expect(at['wecom-1']!.x).toBeLessThan(50)
    expect(at['wecom-1']!.y).toBeLessThan(50)
    expect(at.dingtalk!.x).toBeLessThan(50)
    expect(at.dingtalk!.y).toBeLessThan(50)
    expect(at['wecom-3']!.x).toBeGreaterThan(at['wecom-1']!.x)
  })

  it('names four quarters, one for each pair of axis ends', () => {
    expect(mapQuarters).toHaveLength(4)
    expect(new Set(mapQuarters.map(q => `${q.x}-${q.y}`)).size).toBe(4)
    expect(new Set(mapQuarters.map(q => q.name)).size).toBe(4)
    expect(quarterName({ x: 70, y: 20 })).toBe('独立触达')
    expect(quarterName({ x: 20, y: 20 })).toBe('独立办公')
    expect(quarterOf({ x: 50, y: 20 })).toBeUndefined()
  })

  it('puts 企业微信 3.0 alone in its quarter, 独立触达 (standalone × external): no other product, 钉钉 included, is there', () => {
    const three = placements.find(p => p.product === 'wecom-3')!
    expect(quarterName(three)).toBe('独立触达')
    const others = placements.filter(p => p.product !== 'wecom-3' && quarterOf(p) === quarterOf(three))
    expect(others.map(p => p.product)).toEqual([])
    expect(quarterName(placements.find(p => p.product === 'dingtalk')!)).toBe('独立办公')
  })

  it('sets 企业微信 1.0 within 10 map units of 钉钉 (straight-line distance), in the same quarter', () => {
    const one = placements.find(p => p.product === 'wecom-1')!
    const rival = placements.find(p => p.product === 'dingtalk')!
    expect(Math.hypot(one.x - rival.x, one.y - rival.y)).toBeLessThanOrEqual(10)
    expect(quarterOf(one)).toBe(quarterOf(rival))
  })

  it('places each product once, a section\'s products together, in the order the talk reaches them', () => {
    expect(mapSteps).toEqual([
      ['rtx'],
      ['enterprise-qq'],
      ['subscription', 'service', 'enterprise-account'],
      ['dingtalk'],
      ['wecom-1'],
      ['wecom-3'],
    ])
    expect(mapSteps.flat().sort()).toEqual(placements.map(p => p.product).sort())
  })

  it('puts 企业微信 1.0 where 钉钉 is: within 10 units on both axes (the overlap is the point)', () => {
    const at = Object.fromEntries(placements.map(p => [p.product, p]))
    expect(Math.abs(at['wecom-1']!.x - at.dingtalk!.x)).toBeLessThanOrEqual(10)
    expect(Math.abs(at['wecom-1']!.y - at.dingtalk!.y)).toBeLessThanOrEqual(10)
  })

  it('puts 企业微信 3.0 where its reason says: still a standalone App, but toward outside customers', () => {
    const three = placements.find(p => p.product === 'wecom-3')!
    expect(three.reason).toContain('独立 App')
    expect(three.y).toBeLessThan(50)
    expect(three.x).toBeGreaterThan(50)
  })

  it('sets the three WeChat accounts in the upper half, 订阅号 and 服务号 toward customers, 企业号 toward staff', () => {
    const at = Object.fromEntries(placements.map(p => [p.product, p]))
    for (const id of ['subscription', 'service', 'enterprise-account'])
      expect(at[id]!.y, id).toBeGreaterThan(50)
    expect(at.subscription!.x).toBeGreaterThan(50)
    expect(at.service!.x).toBeGreaterThan(at.subscription!.x)
  })
})

describe('feature tags', () => {
  it('every product carries the feature its positioning brought, 2–4 Han characters', () => {
    for (const p of products)
      expect(p.feature, p.id).toMatch(/^\p{Script=Han}{2,4}$/u)
  })

  it('are the features the deck reads in the article', () => {
    expect(Object.fromEntries(products.map(p => [p.id, p.feature]))).toEqual({
      'rtx': '存档',
      'enterprise-qq': '群发',
      'subscription': '推送',
      'service': '支付',
      'enterprise-account': '流程',
      'dingtalk': '工作台',
      'wecom-1': '工作台',
      'wecom-3': '加好友',
    })
  })

  it('name a feature, never a category or the move itself', () => {
    for (const p of products) {
      expect(p.feature, p.id).not.toMatch(/^(?:办公|协同|社交|营销|私域|服务)$/)
      expect(p.feature, p.id).not.toContain('打通')
    }
  })

  it('企业微信 1.0 carries 钉钉\'s tag: the same positioning brought the same feature', () => {
    expect(productById('wecom-1').feature).toBe(productById('dingtalk').feature)
  })
})

describe('the article', () => {
  it('is credited with author and publisher', () => {
    expect(article.author).toBe('王M争')
    expect(article.publisher).toBe('人人都是产品经理')
    expect(article.published).toBe('2022-08-16')
  })
})

describe('the talk\'s sections (listed once, handed to the kit by deck.config.ts)', () => {
  it('titles the article\'s sections with their products and years', () => {
    expect(sectionTitle('一')).toBe('一、RTX（2001）')
    expect(sectionTitle('三')).toBe('三、订阅号 / 服务号 / 企业号（2012–2014）')
    expect(sectionTitle('四')).toBe('四、钉钉（2014–2016）')
    expect(sectionTitle('五')).toBe('五、企业微信 1.0 / 企业微信 3.0（2016–2019）')
    expect(sectionTitles[OPENING]).toBe('开场')
    expect(sectionTitles[CLOSING]).toBe('结语')
    expect(sectionTitles['二']).toBe('二、企业 QQ（2007）')
  })

  it('credits the article in plain text, short and in full, as <Credit> draws it', () => {
    expect(creditText('short')).toBe(`改编自${article.author}的文章，原载「${article.publisher}」，2022 年 8 月`)
    expect(creditText('full')).toBe(`${article.author}《${article.title}》，${article.publisher}，2022 年 8 月 16 日`)
  })
})

describe('validateDeckData on the real data', () => {
  it('finds no problem', () => {
    expect(validateDeckData(facts)).toEqual([])
    expect(() => assertDeckData(facts)).not.toThrow()
  })
})

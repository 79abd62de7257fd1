/**
 * The one place for every figure, date, source and map placement the deck shows.
 *
 * Slides and components import from here; no figure is typed anywhere else.
 * Each entry says what it counts, in what unit, as of when, and where the source
 * article states it, so a reader (or a test) can trace it back.
 *
 * `validateDeckData()` in client/validate.ts checks this module when the dev server or
 * the build starts (see vite.config.ts): a broken entry stops both with a message
 * naming the field.
 */

/** The source article's sections, in its own numbering: its introduction, then 一 to 五. */
export const articleSections = ['引言', '一', '二', '三', '四', '五'] as const
/** Where in the source article a fact is stated. */
export type ArticleSection = (typeof articleSections)[number]
/** The article's numbered sections, one stop of the talk each (the section openers number them). */
export const numberedSections = articleSections.slice(1) as Exclude<ArticleSection, '引言'>[]

export interface Source {
  /** Section of the article, e.g. '五' for 「五、企业微信——私域流量运营工具」. */
  section: ArticleSection
  /** A short pointer (not a quotation) to the passage, for whoever checks the figure. */
  where: string
}

export type ProductId
  = | 'rtx'
    | 'enterprise-qq'
    | 'subscription'
    | 'service'
    | 'enterprise-account'
    | 'wecom-1'
    | 'wecom-3'
    | 'dingtalk'

export type Maker = 'tencent' | 'alibaba'

/**
 * What a product is, in no language: its names, positioning and feature tag are words, kept per
 * language in data/words/ under the product's id (lib/said.ts puts the two together).
 */
export interface Product {
  id: ProductId
  maker: Maker
  /** Year it launched, as the article dates it. */
  year: number
  /** For products whose story spans years (钉钉 2014–2016), the label to show instead of the year. */
  yearLabel?: string
  source: Source
}

/**
 * The seven Tencent products that connect people and enterprises, in the article's order,
 * plus the rival (钉钉) that forced the last turns.
 */
export const products = [
  {
    id: 'rtx',
    maker: 'tencent',
    year: 2001,
    source: { section: '一', where: '一、2001 年：RTX' },
  },
  {
    id: 'enterprise-qq',
    maker: 'tencent',
    year: 2007,
    source: { section: '二', where: '二、2007 年：企业 QQ' },
  },
  {
    id: 'subscription',
    maker: 'tencent',
    year: 2012,
    source: { section: '三', where: '三、1. 订阅号' },
  },
  {
    id: 'service',
    maker: 'tencent',
    year: 2013,
    source: { section: '三', where: '三、2. 服务号' },
  },
  {
    id: 'enterprise-account',
    maker: 'tencent',
    year: 2014,
    source: { section: '三', where: '三、3. 企业号' },
  },
  {
    id: 'dingtalk',
    maker: 'alibaba',
    year: 2014,
    yearLabel: '2014–2016',
    source: { section: '四', where: '四、2014 年：钉钉' },
  },
  {
    id: 'wecom-1',
    maker: 'tencent',
    year: 2016,
    source: { section: '五', where: '五、2016 年 4 月发布独立 App' },
  },
  {
    id: 'wecom-3',
    maker: 'tencent',
    year: 2019,
    source: { section: '五', where: '五、3.0 版本打通个人微信' },
  },
] as const satisfies readonly Product[]

/** The article's seven Tencent products, in its order (the rival left out). */
export const tencentProducts = products.filter(p => p.maker === 'tencent')

export function productById(id: ProductId): Product {
  const found = products.find(p => p.id === id)
  if (!found)
    throw new Error(`Unknown product id "${id}": add it to products in data/facts.ts`)
  return found
}

/**
 * What kind of number a figure is, as the article gives it; the components label a figure by it
 * (lib/figure-label.ts), so a stated aim never reads as a count.
 */
export type FigureBasis
  /** The article states it as a fact: a count (users, members, enterprises), a price, an amount. */
  = | 'count'
  /** A number a company gave about itself, and the article says it is theirs (宣称, 改成). */
    | 'claim'
  /** A stated target (宣称要服务…): what a company meant to reach, not what it had. */
    | 'aim'

/** The bases a figure may have, in the order the tests and messages list them. */
export const figureBases = ['count', 'claim', 'aim'] as const satisfies readonly FigureBasis[]

/**
 * How a date is said when its ISO precision alone would say it wrong: 2014-12 said as the year's
 * end, 2019-01 as its year, 2014-01 as that year's Spring Festival, 2001-05 as six months after
 * the launch it follows. Each language says these its own way (data/words/, lib/format.ts).
 */
export type DateSaying = 'year' | 'month' | 'year-end' | 'spring-festival' | 'six-months-in'

export interface CountFigure {
  id: string
  product: ProductId
  /** The count itself, as a plain number (10 000 000, not 1000). */
  value: number
  /** True when the source says "more than" (超过): shown as 1000万+. */
  atLeast?: boolean
  /** A chart draws counts and claims, never an aim (lib/validate.ts refuses one). */
  basis: Exclude<FigureBasis, 'aim'>
  /** ISO date the figure stands at (end of year → 12-31); lib/format.ts formatDate says it per language. */
  asOf: string
  /** How to say `asOf` when its precision alone would say it wrong (see DateSaying). */
  said?: DateSaying
  source: Source
}

/** Enterprise counts. The chart shows the first two side by side, then reveals the third. */
export const enterpriseCounts = [
  {
    id: 'dingtalk-2019',
    product: 'dingtalk',
    value: 10_000_000,
    // 五 states it as a year-end count of 入驻企业, not as 钉钉's own words; 四's 1000 万 the same
    // year is an aim (dingtalk-aim-2019): the chart slide says which is which.
    basis: 'count',
    asOf: '2019-12-31',
    source: { section: '五', where: '截至 2019 年底两者入驻企业数' },
  },
  {
    id: 'wecom-2019',
    product: 'wecom-1',
    value: 2_500_000,
    basis: 'count',
    asOf: '2019-12-31',
    source: { section: '五', where: '截至 2019 年底两者入驻企业数' },
  },
  {
    id: 'wecom-2021',
    product: 'wecom-3',
    value: 10_000_000,
    atLeast: true,
    basis: 'count',
    asOf: '2021-12-31',
    source: { section: '五', where: '到 2021 年底的企业与组织数' },
  },
] as const satisfies readonly CountFigure[]

export type CountId = (typeof enterpriseCounts)[number]['id']

/** A single figure quoted in running text (not charted). Its unit word and what it counts are words (data/words/). */
export interface TextFigure {
  id: string
  value: number
  atLeast?: boolean
  basis: FigureBasis
  asOf: string
  said?: DateSaying
  source: Source
}

export const textFigures = [
  {
    id: 'qq-users-2001',
    value: 20_000_000,
    basis: 'count',
    asOf: '2001',
    source: { section: '一', where: 'QQ 1999 年问世后的用户增长' },
  },
  {
    id: 'qq-club-fee',
    value: 10,
    basis: 'count',
    asOf: '2000-11',
    source: { section: '一', where: '2000 年 11 月推出的会员服务' },
  },
  {
    id: 'qq-club-members',
    value: 3_000,
    basis: 'count',
    asOf: '2001-05',
    said: 'six-months-in',
    source: { section: '一', where: '会员业务半年内的成绩' },
  },
  {
    id: 'dingtalk-marketing-2015',
    value: 500_000_000,
    basis: 'count',
    asOf: '2015',
    source: { section: '四', where: '2015 年钉钉的推广投入' },
  },
  {
    id: 'dingtalk-release-weeks',
    value: 2,
    basis: 'count',
    asOf: '2015',
    source: { section: '四', where: '2015 年钉钉的迭代节奏' },
  },
  {
    id: 'dingtalk-aim-2019',
    value: 10_000_000,
    basis: 'aim',
    asOf: '2019',
    source: { section: '四', where: '2019 年钉钉宣称要服务的组织数' },
  },
  {
    id: 'dingtalk-orgs-2020',
    value: 15_000_000,
    // The article: the number 钉钉 gave was changed (改成) to 1500 万: its own figure.
    basis: 'claim',
    asOf: '2020-08',
    source: { section: '四', where: '2020 年 8 月更新后的说法' },
  },
] as const satisfies readonly TextFigure[]

export type TextFigureId = (typeof textFigures)[number]['id']

/** Dates the story turns on, other than product launches and figures. What happened is in words (data/words/). */
export interface Milestone {
  id: string
  /** ISO date, as precise as the article is. */
  date: string
  said?: DateSaying
  source: Source
}

export const milestones = [
  {
    id: 'qq-launch',
    date: '1999',
    source: { section: '一', where: 'QQ 1999 年问世' },
  },
  {
    id: 'wechat-launch',
    date: '2011',
    source: { section: '四', where: '四、开头' },
  },
  {
    id: 'laiwang-launch',
    date: '2013',
    source: { section: '四', where: '来往的推出' },
  },
  {
    id: 'laiwang-fading',
    date: '2014-01',
    said: 'spring-festival',
    source: { section: '四', where: '来往的颓势' },
  },
  {
    id: 'dingtalk-beta',
    date: '2014-12',
    said: 'year-end',
    source: { section: '四', where: '钉钉测试版' },
  },
  {
    id: 'wecom-app',
    date: '2016-04',
    source: { section: '四', where: '腾讯意识到钉钉的威胁' },
  },
  {
    id: 'open-class-2019',
    date: '2019-01',
    said: 'year',
    source: { section: '五', where: '张小龙 2019 年微信公开课' },
  },
] as const satisfies readonly Milestone[]

export type MilestoneId = (typeof milestones)[number]['id']

export function milestoneById(id: MilestoneId): Milestone {
  const found = milestones.find(m => m.id === id)
  if (!found)
    throw new Error(`Unknown milestone id "${id}": add it to milestones in data/facts.ts`)
  return found
}

/**
 * Where each product sits on the positioning map. This is the deck's editorial reading of
 * the article, not a measurement: both axes run 0–100.
 *
 * x: who the product serves — 0 = the company's own staff, 100 = its outside customers.
 * y: how it stands — 0 = a standalone product, 100 = riding on the QQ/WeChat consumer network.
 */
export interface Placement {
  product: ProductId
  x: number
  y: number
  /** Which side of the marker the label goes, so labels do not collide (in every language: lib/map-layout.ts checks). */
  label: 'left' | 'right' | 'above' | 'below'
}

/** Which end of an axis a quarter takes. */
export type AxisEnd = 'low' | 'high'

/** A quarter by the ends it takes, x first: 'high-low' is external × standalone. */
export type QuarterId = `${AxisEnd}-${AxisEnd}`

/** The axes' ends and titles, the quarters' names and why each product sits where it does are words (data/words/). */
export interface MapQuarter {
  id: QuarterId
  x: AxisEnd
  y: AxisEnd
}

/** The map's four quarters, named before any product is placed (the frame the talk sets up). */
export const mapQuarters = [
  { id: 'low-high', x: 'low', y: 'high' },
  { id: 'high-high', x: 'high', y: 'high' },
  { id: 'low-low', x: 'low', y: 'low' },
  { id: 'high-low', x: 'high', y: 'low' },
] as const satisfies readonly MapQuarter[]

/** The quarter a point on the 0–100 grid falls in (50 is the middle line; a point on it belongs to neither). */
export function quarterOf(p: { x: number, y: number }): MapQuarter | undefined {
  if (p.x === 50 || p.y === 50)
    return undefined
  const x: AxisEnd = p.x > 50
    ? 'high'
    : 'low'
  const y: AxisEnd = p.y > 50
    ? 'high'
    : 'low'
  return mapQuarters.find(q => q.x === x && q.y === y)
}

export const placements = [
  {
    product: 'rtx',
    x: 34,
    y: 42,
    label: 'above',
  },
  {
    product: 'enterprise-qq',
    x: 86,
    y: 60,
    label: 'below',
  },
  {
    product: 'subscription',
    x: 55,
    y: 72,
    label: 'left',
  },
  {
    product: 'service',
    x: 80,
    y: 83,
    label: 'right',
  },
  {
    product: 'enterprise-account',
    x: 31,
    y: 88,
    label: 'left',
  },
  {
    product: 'dingtalk',
    x: 12,
    y: 35,
    label: 'above',
  },
  {
    product: 'wecom-1',
    x: 20,
    y: 30,
    label: 'below',
  },
  {
    product: 'wecom-3',
    x: 68,
    y: 17,
    label: 'right',
  },
] as const satisfies readonly Placement[]

/**
 * The order the talk places the products on the map, one step a reveal: each section's products
 * arrive together at the end of their section, 企业微信 1.0 and 3.0 one after the other. Step 0 is
 * the bare frame (axes and quarters, no product).
 */
export const mapSteps: readonly (readonly ProductId[])[] = [
  ['rtx'],
  ['enterprise-qq'],
  ['subscription', 'service', 'enterprise-account'],
  ['dingtalk'],
  ['wecom-1'],
  ['wecom-3'],
]

/** The path through time drawn as arrows on the map: the seven Tencent products in order. */
export const mapPath: readonly ProductId[] = tencentProducts.map(p => p.id)

/** The article and its author, credited on the sources slide: the source's own names, the same in every edition. */
export const article = {
  title: '企业微信的20年：腾讯是如何连接人和企业？',
  author: '王M争',
  publisher: '人人都是产品经理',
  published: '2022-08-16',
} as const

/** The talk's title and subtitle are words (data/words/). */
export const deck = {
  /** Minutes the talk is planned for (the presenter's timer). */
  minutes: 20,
} as const

export type FigureId = CountId | TextFigureId

/** Any figure by id, charted or quoted in text. */
export function figureById(id: FigureId): CountFigure | TextFigure {
  const found = [
    ...enterpriseCounts,
    ...textFigures,
  ].find(f => f.id === id)
  if (!found)
    throw new Error(`Unknown figure id "${id}": add it to data/facts.ts`)
  return found
}

export interface DerivedFigure {
  value: number
  atLeast?: boolean
  /** The article does this subtraction itself; the slide gives the result as the article's. */
  basis: 'difference'
  /** The two figures it is the difference of, later first. */
  of: readonly [FigureId, FigureId]
}

/**
 * Figures the article states that follow from the ones above. They are computed, not typed,
 * so they cannot drift; tests check them against the article's own statements.
 */
export const derivedFigures = {
  /** The article: 750 万 more enterprises at end-2021 than at end-2019. */
  'wecom-gain-2019-2021': {
    value: figureById('wecom-2021').value - figureById('wecom-2019').value,
    basis: 'difference',
    of: ['wecom-2021', 'wecom-2019'],
  },
  /**
   * The article: the number 钉钉 stated went from 1000 万 (its 2019 aim) to 1500 万 (Aug 2020), and it
   * calls the 500 万 between them 新增, mostly from online schooling and remote work in the pandemic.
   */
  'dingtalk-gain-2019-2020': {
    value: figureById('dingtalk-orgs-2020').value - figureById('dingtalk-aim-2019').value,
    basis: 'difference',
    of: ['dingtalk-orgs-2020', 'dingtalk-aim-2019'],
  },
} as const satisfies Record<string, DerivedFigure>

export type DerivedId = keyof typeof derivedFigures

/** How many times 钉钉's end-2019 count was 企业微信's. */
export const dingtalkOverWecom2019 = figureById('dingtalk-2019').value / figureById('wecom-2019').value

/**
 * The talk's own sections: each slide names one in its frontmatter (`section: 三`). The article's
 * five numbered sections are stops of the talk; the opening and the closing are the talk's own.
 * lib/sections.ts titles them; the kit groups the reading edition, the handout and the PDF
 * bookmarks under those titles (deck.config.ts hands them over).
 */
export const OPENING = '开场'
export const CLOSING = '结语'
export const talkSections = [OPENING, ...numberedSections, CLOSING] as const

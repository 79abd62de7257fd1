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

export interface Product {
  id: ProductId
  /** Display name on slides, map and timeline. */
  name: string
  /** Short name for tight spaces (map labels). */
  short: string
  maker: Maker
  /** Year it launched, as the article dates it. */
  year: number
  /** For products whose story spans years (钉钉 2014–2016), the label to show instead of the year. */
  yearLabel?: string
  /** The positioning in one line, in the deck's words. */
  positioning: string
  /**
   * The feature its positioning brought, 2–4 Han characters, drawn as a tag beside its marker on
   * the positioning map (so the map shows the features following the positioning). Each is one the
   * article names for that product, in the section `source` points to.
   */
  feature: string
  source: Source
}

/**
 * The seven Tencent products that connect people and enterprises, in the article's order,
 * plus the rival (钉钉) that forced the last turns.
 */
export const products = [
  {
    id: 'rtx',
    name: 'RTX 腾讯通',
    short: 'RTX',
    maker: 'tencent',
    year: 2001,
    positioning: '企业内网里的即时通讯',
    // 一: the company archives and searches staff chats (a root of today's 会话存档).
    feature: '存档',
    source: { section: '一', where: '一、2001 年：RTX' },
  },
  {
    id: 'enterprise-qq',
    name: '企业 QQ',
    short: '企业 QQ',
    maker: 'tencent',
    year: 2007,
    positioning: '在线客服 + 营销平台',
    // 二: the enterprise sends one message to many QQ users at once (消息群发).
    feature: '群发',
    source: { section: '二', where: '二、2007 年：企业 QQ' },
  },
  {
    id: 'subscription',
    name: '公众号（订阅号）',
    short: '订阅号',
    maker: 'tencent',
    year: 2012,
    positioning: '连接人与内容',
    // 三、1: merchants push messages to users instead of paying for SMS.
    feature: '推送',
    source: { section: '三', where: '三、1. 订阅号' },
  },
  {
    id: 'service',
    name: '服务号',
    short: '服务号',
    maker: 'tencent',
    year: 2013,
    positioning: '连接人与服务',
    // 三、2: interfaces opened to enterprises, WeChat Pay among them (the restaurant takes payment).
    feature: '支付',
    source: { section: '三', where: '三、2. 服务号' },
  },
  {
    id: 'enterprise-account',
    name: '企业号',
    short: '企业号',
    maker: 'tencent',
    year: 2014,
    positioning: '连接企业与员工',
    // 三、3: staff start a process in it (the restaurant's ice-cream purchase).
    feature: '流程',
    source: { section: '三', where: '三、3. 企业号' },
  },
  {
    id: 'dingtalk',
    name: '钉钉（阿里巴巴）',
    short: '钉钉',
    maker: 'alibaba',
    year: 2014,
    yearLabel: '2014–2016',
    positioning: '中小企业的「在线办公室」',
    // 四: the one work platform the surveyed enterprises asked for (统一的工作平台).
    feature: '工作台',
    source: { section: '四', where: '四、2014 年：钉钉' },
  },
  {
    id: 'wecom-1',
    name: '企业微信 1.0',
    short: '企业微信 1.0',
    maker: 'tencent',
    year: 2016,
    positioning: '独立 App 的协同办公',
    // 五 (and the opening list): a standalone office-collaboration platform placed like 钉钉's:
    // the same tag as 钉钉's, on purpose.
    feature: '工作台',
    source: { section: '五', where: '五、2016 年 4 月发布独立 App' },
  },
  {
    id: 'wecom-3',
    name: '企业微信 3.0',
    short: '企业微信 3.0',
    maker: 'tencent',
    year: 2019,
    positioning: '打通个人微信的私域运营',
    // 五: 3.0 打通 企业微信 and personal WeChat, so staff add customers' personal WeChat as contacts.
    feature: '加好友',
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

export interface CountFigure {
  id: string
  product: ProductId
  /** The count itself, as a plain number (10 000 000, not 1000). */
  value: number
  /** True when the source says "more than" (超过): shown as 1000万+. */
  atLeast?: boolean
  /** What is counted, in the article's own terms (入驻企业, 真实企业与组织). */
  counts: string
  /** A chart draws counts and claims, never an aim (lib/validate.ts refuses one). */
  basis: Exclude<FigureBasis, 'aim'>
  /** ISO date the figure stands at (end of year → 12-31). */
  asOf: string
  /** How the date is said on a slide. */
  asOfLabel: string
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
    counts: '入驻企业',
    basis: 'count',
    asOf: '2019-12-31',
    asOfLabel: '2019 年底',
    source: { section: '五', where: '截至 2019 年底两者入驻企业数' },
  },
  {
    id: 'wecom-2019',
    product: 'wecom-1',
    value: 2_500_000,
    counts: '入驻企业',
    basis: 'count',
    asOf: '2019-12-31',
    asOfLabel: '2019 年底',
    source: { section: '五', where: '截至 2019 年底两者入驻企业数' },
  },
  {
    id: 'wecom-2021',
    product: 'wecom-3',
    value: 10_000_000,
    atLeast: true,
    counts: '真实企业与组织',
    basis: 'count',
    asOf: '2021-12-31',
    asOfLabel: '2021 年底',
    source: { section: '五', where: '到 2021 年底的企业与组织数' },
  },
] as const satisfies readonly CountFigure[]

export type CountId = (typeof enterpriseCounts)[number]['id']

/** A single figure quoted in running text (not charted). */
export interface TextFigure {
  id: string
  value: number
  atLeast?: boolean
  /** Unit after the number: 万 is applied by the formatter, this is what follows (人, 家, 元/月…). */
  unit: string
  counts: string
  basis: FigureBasis
  asOf: string
  asOfLabel: string
  source: Source
}

export const textFigures = [
  {
    id: 'qq-users-2001',
    value: 20_000_000,
    unit: '',
    counts: 'QQ 注册用户',
    basis: 'count',
    asOf: '2001',
    asOfLabel: '2001 年',
    source: { section: '一', where: 'QQ 1999 年问世后的用户增长' },
  },
  {
    id: 'qq-club-fee',
    value: 10,
    unit: '元/月',
    counts: '「QQ 俱乐部」会费',
    basis: 'count',
    asOf: '2000-11',
    asOfLabel: '2000 年 11 月',
    source: { section: '一', where: '2000 年 11 月推出的会员服务' },
  },
  {
    id: 'qq-club-members',
    value: 3_000,
    unit: '人',
    counts: '付费会员',
    basis: 'count',
    asOf: '2001-05',
    asOfLabel: '推出后半年',
    source: { section: '一', where: '会员业务半年内的成绩' },
  },
  {
    id: 'dingtalk-marketing-2015',
    value: 500_000_000,
    unit: '元',
    counts: '阿里为钉钉投入的推广费',
    basis: 'count',
    asOf: '2015',
    asOfLabel: '2015 年',
    source: { section: '四', where: '2015 年钉钉的推广投入' },
  },
  {
    id: 'dingtalk-release-weeks',
    value: 2,
    unit: '周',
    counts: '钉钉发布一个新版本的间隔',
    basis: 'count',
    asOf: '2015',
    asOfLabel: '2015 年',
    source: { section: '四', where: '2015 年钉钉的迭代节奏' },
  },
  {
    id: 'dingtalk-aim-2019',
    value: 10_000_000,
    unit: '家组织',
    counts: '宣称要服务的组织',
    basis: 'aim',
    asOf: '2019',
    asOfLabel: '2019 年',
    source: { section: '四', where: '2019 年钉钉宣称要服务的组织数' },
  },
  {
    id: 'dingtalk-orgs-2020',
    value: 15_000_000,
    unit: '家组织',
    // The article: the number 钉钉 gave was changed (改成) to 1500 万: its own figure.
    counts: '钉钉给出的组织数',
    basis: 'claim',
    asOf: '2020-08',
    asOfLabel: '2020 年 8 月',
    source: { section: '四', where: '2020 年 8 月更新后的说法' },
  },
] as const satisfies readonly TextFigure[]

export type TextFigureId = (typeof textFigures)[number]['id']

/** Dates the story turns on, other than product launches and figures. */
export interface Milestone {
  id: string
  /** ISO date, as precise as the article is. */
  date: string
  /** How the date is said on a slide. */
  label: string
  what: string
  source: Source
}

export const milestones = [
  {
    id: 'qq-launch',
    date: '1999',
    label: '1999 年',
    what: 'QQ 问世',
    source: { section: '一', where: 'QQ 1999 年问世' },
  },
  {
    id: 'wechat-launch',
    date: '2011',
    label: '2011 年',
    what: '微信上线',
    source: { section: '四', where: '四、开头' },
  },
  {
    id: 'laiwang-launch',
    date: '2013',
    label: '2013 年',
    what: '阿里推出来往对标微信',
    source: { section: '四', where: '来往的推出' },
  },
  {
    id: 'laiwang-fading',
    date: '2014-01',
    label: '2014 年春节',
    what: '来往在数据上颓势尽显',
    source: { section: '四', where: '来往的颓势' },
  },
  {
    id: 'dingtalk-beta',
    date: '2014-12',
    label: '2014 年底',
    what: '钉钉发布测试版',
    source: { section: '四', where: '钉钉测试版' },
  },
  {
    id: 'wecom-app',
    date: '2016-04',
    label: '2016 年 4 月',
    what: '腾讯发布独立的企业微信 App',
    source: { section: '四', where: '腾讯意识到钉钉的威胁' },
  },
  {
    id: 'open-class-2019',
    date: '2019-01',
    label: '2019 年',
    what: '张小龙在微信公开课谈企业微信',
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
  /** Which side of the marker the label goes, so labels do not collide. */
  label: 'left' | 'right' | 'above' | 'below'
  /** Why it sits there, in one line (read out by screen readers and in the notes). */
  reason: string
}

export const mapAxes = {
  x: { low: '对内：员工', high: '对外：客户', title: '服务谁' },
  /**
   * The vertical axis is written level, never turned on its side: its ends are short lines of text
   * stacked in the margin (`highLines`, `lowLines`; the reading edition draws only the first line).
   */
  y: {
    low: '独立 App',
    high: '依附 QQ / 微信',
    title: '怎么立足',
    highLines: ['依附', 'QQ / 微信'],
    lowLines: ['独立', 'App'],
  },
} as const

/** Which end of an axis a quarter takes. */
export type AxisEnd = 'low' | 'high'

export interface MapQuarter {
  x: AxisEnd
  y: AxisEnd
  /** The quarter's name, drawn in its outer corner: how a product there stands and whom it serves. */
  name: string
}

/** The map's four quarters, named before any product is placed (the frame the talk sets up). */
export const mapQuarters = [
  { x: 'low', y: 'high', name: '借道办公' },
  { x: 'high', y: 'high', name: '借道触达' },
  { x: 'low', y: 'low', name: '独立办公' },
  { x: 'high', y: 'low', name: '独立触达' },
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
    reason: '装在企业内网，只连同事，不通个人 QQ',
  },
  {
    product: 'enterprise-qq',
    x: 86,
    y: 60,
    label: 'below',
    reason: '借 QQ 的海量用户做客服和营销',
  },
  {
    product: 'subscription',
    x: 55,
    y: 72,
    label: 'left',
    reason: '长在微信里，向用户推送内容',
  },
  {
    product: 'service',
    x: 80,
    y: 83,
    label: 'right',
    reason: '长在微信里，为用户提供服务与支付',
  },
  {
    product: 'enterprise-account',
    x: 31,
    y: 88,
    label: 'left',
    reason: '长在微信里，但服务的是自家员工',
  },
  {
    product: 'dingtalk',
    x: 12,
    y: 35,
    label: 'above',
    reason: '独立 App，专做企业内部的协同办公',
  },
  {
    product: 'wecom-1',
    x: 20,
    y: 30,
    label: 'below',
    reason: '独立 App，定位与钉钉几乎重合',
  },
  {
    product: 'wecom-3',
    x: 68,
    y: 17,
    label: 'right',
    reason: '仍是独立 App，但打通个人微信去服务客户',
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

/** The article and its author, credited on the sources slide. */
export const article = {
  title: '企业微信的20年：腾讯是如何连接人和企业？',
  author: '王M争',
  publisher: '人人都是产品经理',
  published: '2022-08-16',
  rights: '原文未经许可禁止转载；本演示只引用事实与数字，文字均为重写。',
} as const

export const deck = {
  title: '企业微信的20年',
  subtitle: '腾讯如何连接人与企业：从 RTX 到私域连接器',
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
  unit: string
  counts: string
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
    unit: '家',
    counts: '企业微信两年里多出的企业',
    basis: 'difference',
    of: ['wecom-2021', 'wecom-2019'],
  },
  /**
   * The article: the number 钉钉 stated went from 1000 万 (its 2019 aim) to 1500 万 (Aug 2020), and it
   * calls the 500 万 between them 新增, mostly from online schooling and remote work in the pandemic.
   */
  'dingtalk-gain-2019-2020': {
    value: figureById('dingtalk-orgs-2020').value - figureById('dingtalk-aim-2019').value,
    unit: '家组织',
    counts: '两个说法之差',
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

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
    // 二: online customer service, one agent serving many customers over QQ.
    feature: '客服',
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
    // 四: a collaborative-office tool for SMEs (协同办公).
    feature: '办公',
    source: { section: '四', where: '四、2014 年：钉钉' },
  },
  {
    id: 'wecom-1',
    name: '企业微信 1.0',
    short: '企业微信 1.0',
    maker: 'tencent',
    year: 2016,
    positioning: '独立 App 的移动办公',
    // 五 (and the opening list): a standalone mobile office-collaboration platform, like 钉钉's:
    // the same tag as 钉钉's, on purpose.
    feature: '办公',
    source: { section: '五', where: '五、2016 年 4 月发布独立 App' },
  },
  {
    id: 'wecom-3',
    name: '企业微信 3.0',
    short: '企业微信 3.0',
    maker: 'tencent',
    year: 2019,
    positioning: '打通个人微信的私域运营',
    // 五: 3.0 connects 企业微信 with personal WeChat (打通企业微信和个人微信).
    feature: '打通微信',
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

/** How a count was stated, so the chart can mark claims as claims. */
export type CountBasis
  /** The article reports it as a count of enterprises that joined. */
  = | 'reported'
  /** The company's own stated figure (a claim, often of "organisations"). */
    | 'claimed'

export interface CountFigure {
  id: string
  product: ProductId
  /** The count itself, as a plain number (10 000 000, not 1000). */
  value: number
  /** True when the source says "more than" (超过): shown as 1000万+. */
  atLeast?: boolean
  /** What is counted, in the deck's words. */
  counts: string
  basis: CountBasis
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
    counts: '入驻企业（钉钉方面的数字）',
    basis: 'claimed',
    asOf: '2019-12-31',
    asOfLabel: '2019 年底',
    source: { section: '五', where: '截至 2019 年底两者入驻企业数' },
  },
  {
    id: 'wecom-2019',
    product: 'wecom-1',
    value: 2_500_000,
    counts: '入驻企业',
    basis: 'reported',
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
    basis: 'reported',
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
  basis: CountBasis
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
    basis: 'reported',
    asOf: '2001',
    asOfLabel: '2001 年',
    source: { section: '一', where: 'QQ 1999 年问世后的用户增长' },
  },
  {
    id: 'qq-club-fee',
    value: 10,
    unit: '元/月',
    counts: '「QQ 俱乐部」会费',
    basis: 'reported',
    asOf: '2000-11',
    asOfLabel: '2000 年 11 月',
    source: { section: '一', where: '2000 年 11 月推出的会员服务' },
  },
  {
    id: 'qq-club-members',
    value: 3_000,
    unit: '人',
    counts: '付费会员',
    basis: 'reported',
    asOf: '2001-05',
    asOfLabel: '推出后半年',
    source: { section: '一', where: '会员业务半年内的成绩' },
  },
  {
    id: 'dingtalk-marketing-2015',
    value: 500_000_000,
    unit: '元',
    counts: '阿里为钉钉投入的推广费',
    basis: 'reported',
    asOf: '2015',
    asOfLabel: '2015 年',
    source: { section: '四', where: '2015 年钉钉的推广投入' },
  },
  {
    id: 'dingtalk-release-weeks',
    value: 2,
    unit: '周',
    counts: '钉钉发布一个新版本的间隔',
    basis: 'reported',
    asOf: '2015',
    asOfLabel: '2015 年',
    source: { section: '四', where: '2015 年钉钉的迭代节奏' },
  },
  {
    id: 'dingtalk-aim-2019',
    value: 10_000_000,
    unit: '家组织',
    counts: '钉钉宣称要服务的组织（目标）',
    basis: 'claimed',
    asOf: '2019',
    asOfLabel: '2019 年',
    source: { section: '四', where: '2019 年钉钉宣称要服务的组织数' },
  },
  {
    id: 'dingtalk-orgs-2020',
    value: 15_000_000,
    unit: '家组织',
    counts: '钉钉宣称服务的组织',
    basis: 'claimed',
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
  y: { low: '独立 App', high: '依附 QQ / 微信', title: '怎么立足' },
} as const

export const placements = [
  {
    product: 'rtx',
    x: 8,
    y: 28,
    label: 'above',
    reason: '服务器在企业内网，只连同事，不通个人 QQ',
  },
  {
    product: 'enterprise-qq',
    x: 76,
    y: 60,
    label: 'right',
    reason: '借 QQ 的海量用户做客服和营销',
  },
  {
    product: 'subscription',
    x: 58,
    y: 80,
    label: 'left',
    reason: '长在微信里，向用户推送内容',
  },
  {
    product: 'service',
    x: 90,
    y: 92,
    label: 'below',
    reason: '长在微信里，为用户提供服务与支付',
  },
  {
    product: 'enterprise-account',
    x: 22,
    y: 88,
    label: 'left',
    reason: '长在微信里，但服务的是自家员工',
  },
  {
    product: 'dingtalk',
    x: 42,
    y: 14,
    label: 'right',
    reason: '独立 App，专注企业内部协同',
  },
  {
    product: 'wecom-1',
    x: 35,
    y: 18,
    label: 'left',
    reason: '独立 App，定位与钉钉几乎重合',
  },
  {
    product: 'wecom-3',
    x: 66,
    y: 40,
    label: 'right',
    reason: '仍是独立 App，但打通个人微信去服务客户',
  },
] as const satisfies readonly Placement[]

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
    counts: '企业微信两年里新增的企业',
  },
  /** The article: 钉钉's stated figure went from 1000 万 (its 2019 aim) to 1500 万 (Aug 2020): 500 万 more. */
  'dingtalk-gain-2019-2020': {
    value: figureById('dingtalk-orgs-2020').value - figureById('dingtalk-aim-2019').value,
    unit: '家组织',
    counts: '钉钉新增的组织，多来自疫情期间的网课与远程办公',
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

/**
 * The talk in English: what slides.en.md's components and layouts say. Product names as WeChat's
 * and WeCom's English editions call them; numbers in millions, dates as "16 August 2022".
 */
import type { TalkWords } from './types.ts'

/**
 * The Chinese names the English edition may show beside their English: names the audience will
 * meet in Chinese (the products, the rival, the source and its author). Nothing else in the English
 * edition is written in Han characters.
 */
export const bothScripts: readonly string[] = [
  '企业微信',
  '微信',
  '腾讯',
  '腾讯通',
  '钉钉',
  '王M争',
  '人人都是产品经理',
  '企业微信的20年：腾讯是如何连接人和企业？',
]

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

export const en: TalkWords = {
  lang: 'en',
  deck: {
    title: 'Twenty Years of WeCom',
    subtitle: 'How Tencent connects people and businesses: from RTX to a private-domain connector',
  },
  rights: 'The article may not be reprinted without permission; this talk carries its facts and figures only, in its own words.',

  numbers: {
    magnitudes: [
      { value: 1_000_000_000, word: 'billion' },
      { value: 1_000_000, word: 'million' },
    ],
    group: ',',
    atLeast: text => `over ${text}`,
    over: 'over',
    times: n => `${n}×`,
  },

  dates: {
    months: MONTHS,
    year: y => `${y}`,
    month: (y, m) => `${MONTHS[m - 1]} ${y}`,
    day: (y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`,
    yearEnd: y => `end of ${y}`,
    springFestival: y => `Spring Festival ${y}`,
    sixMonthsIn: 'six months in',
  },

  basis: {
    claim: 'self-reported',
    aim: 'target',
    difference: 'the article\'s difference',
  },
  basisAfter: word => ` (${word})`,
  labelJoin: ' · ',

  products: {
    'rtx': {
      name: 'RTX (Tencent Messenger)',
      short: 'RTX',
      positioning: 'Instant messaging on the company network',
      feature: 'Archive',
    },
    'enterprise-qq': {
      name: 'Enterprise QQ',
      short: 'Enterprise QQ',
      positioning: 'Customer service + marketing',
      feature: 'Broadcast',
    },
    'subscription': {
      name: 'Subscription accounts',
      short: 'Subscription',
      positioning: 'Connects people with content',
      feature: 'Push',
    },
    'service': {
      name: 'Service accounts',
      short: 'Service',
      positioning: 'Connects people with services',
      feature: 'Payments',
    },
    'enterprise-account': {
      name: 'Enterprise accounts',
      short: 'Enterprise',
      positioning: 'Connects a company with its staff',
      feature: 'Workflows',
    },
    'dingtalk': {
      name: 'DingTalk (Alibaba)',
      short: 'DingTalk',
      positioning: 'An "online office" for small businesses',
      feature: 'Workbench',
    },
    'wecom-1': {
      name: 'WeCom 1.0',
      short: 'WeCom 1.0',
      positioning: 'Office collaboration in its own app',
      feature: 'Workbench',
    },
    'wecom-3': {
      name: 'WeCom 3.0',
      short: 'WeCom 3.0',
      positioning: 'Private-domain marketing through personal WeChat',
      feature: 'Add contacts',
    },
  },

  counts: {
    'dingtalk-2019': { counts: 'enterprises on board' },
    'wecom-2019': { counts: 'enterprises on board' },
    'wecom-2021': { counts: 'real enterprises and organisations' },
  },

  textFigures: {
    'qq-users-2001': { counts: 'registered QQ users', unit: '' },
    'qq-club-fee': { counts: 'the "QQ Club" membership fee', unit: 'yuan a month' },
    'qq-club-members': { counts: 'paying members', unit: 'members' },
    'dingtalk-marketing-2015': { counts: 'Alibaba\'s marketing spend on DingTalk', unit: 'yuan' },
    'dingtalk-release-weeks': { counts: 'time between DingTalk releases', unit: 'weeks' },
    'dingtalk-aim-2019': { counts: 'organisations it said it would serve', unit: 'organisations' },
    'dingtalk-orgs-2020': { counts: 'organisations, by DingTalk\'s count', unit: 'organisations' },
  },

  derived: {
    'wecom-gain-2019-2021': { counts: 'enterprises WeCom gained in two years', unit: 'enterprises' },
    'dingtalk-gain-2019-2020': { counts: 'the gap between the two claims', unit: 'organisations' },
  },

  milestones: {
    'qq-launch': { what: 'QQ launches' },
    'wechat-launch': { what: 'WeChat launches' },
    'laiwang-launch': { what: 'Alibaba launches Laiwang to take on WeChat' },
    'laiwang-fading': { what: 'Laiwang\'s numbers show it fading' },
    'dingtalk-beta': { what: 'DingTalk\'s beta comes out' },
    'wecom-app': { what: 'Tencent releases WeCom as an app of its own' },
    'open-class-2019': { what: 'Zhang Xiaolong on WeCom at WeChat Open Class' },
  },

  reasons: {
    'rtx': 'Installed on the company network: colleagues only, no link to personal QQ',
    'enterprise-qq': 'Rides on QQ\'s huge user base for customer service and marketing',
    'subscription': 'Lives inside WeChat, pushing content to users',
    'service': 'Lives inside WeChat, offering users services and payment',
    'enterprise-account': 'Lives inside WeChat, but serves the company\'s own staff',
    'dingtalk': 'An app of its own, built for collaboration inside the company',
    'wecom-1': 'An app of its own, positioned almost exactly where DingTalk is',
    'wecom-3': 'Still its own app, but reaching customers through personal WeChat',
  },

  map: {
    axes: {
      x: { low: 'Inward: staff', high: 'Outward: customers', title: 'Who it serves' },
      y: {
        low: 'Own app',
        high: 'On QQ / WeChat',
        title: 'How it stands',
        highLines: ['On QQ,', 'WeChat'],
        lowLines: ['Own', 'app'],
      },
    },
    quarters: {
      'low-high': 'Piggyback work',
      'high-high': 'Piggyback reach',
      'low-low': 'Standalone work',
      'high-low': 'Standalone reach',
    },
    years: false,
    // Its label above: under it, the tag would meet the quarter's name.
    sides: { 'wecom-3': 'above' },
    // On a phone the English names and tags are a little smaller (still 12 CSS px at the narrowest),
    // and the vertical axis's ends take two lines, without arrows, in a wider margin: 'On QQ,'
    // does not fit the margin the Chinese 依附 needs, and an arrow beside it would take more.
    sizes: {
      reading: {
        name: 13.5,
        tag: 13.5,
        plot: { x: 54, y: 6, width: 300, height: 300 },
        yLines: 2,
        yArrows: false,
      },
    },
    // The English names and tags are wider than the Chinese the placements were made for: on the
    // slide, 企业号's name and 企业微信 1.0's label drop below the quarter names' line; on the
    // narrow phone map most labels take another side or shift clear of the path and the edges
    // (tests/unit/geometry.test.ts checks every step of both).
    labels: {
      slide: {
        'enterprise-account': { dx: -10, dy: 20 },
        'wecom-1': { side: 'left', dy: 20 },
      },
      reading: {
        'rtx': { dx: 5 },
        'enterprise-account': { side: 'left', dx: 4, dy: 22 },
        'enterprise-qq': { dx: -13, dy: 16 },
        'subscription': { side: 'below', dx: -20 },
        'service': { side: 'below', dx: 20 },
        'dingtalk': { side: 'below', dx: 5, dy: 20 },
        'wecom-1': { side: 'right', dx: 40, dy: -20 },
        'wecom-3': { dx: 45 },
      },
    },
    title: 'Positioning map: seven Tencent products and DingTalk',
    problems: 'The map\'s data is wrong, so it is not drawn:',
    rival: short => `${short} (rival)`,
    describe: {
      x: (title, low, high) => `Horizontal axis: ${title}, from "${low}" on the left to "${high}" on the right. `,
      y: (title, low, high) => `Vertical axis: ${title}, from "${low}" at the bottom to "${high}" at the top. `,
      quarters: named => `Four quarters: ${named.map(q => `${q.y === 'high'
        ? 'top'
        : 'bottom'} ${q.x === 'low'
        ? 'left'
        : 'right'} "${q.name}"`).join(', ')}. `,
      reading: 'The placements are this talk\'s reading of the article, not measurements. ',
      path: shorts => `Tencent products placed so far, in time order: ${shorts.join(' → ')}. `,
      tags: 'The tag beside each product is the feature its positioning brought. ',
      point: p => `${p.name} (${p.year}): ${p.reason}; in "${p.quarter ?? 'on the midline'}"; feature tag "${p.feature}". `,
      empty: 'No products placed yet.',
    },
    list: {
      yearOpen: ' (',
      yearClose: '): ',
      feature: '. Feature: ',
      end: '.',
    },
  },

  chart: {
    title: 'Enterprises on WeCom and DingTalk',
    problems: 'The chart\'s data is wrong, so it is not drawn:',
    caption: (author, year) => `Column heights proportional to the values, from 0 · Source: ${author} (${year})`,
    describe: f => `${f.date}, ${f.short}: ${f.value} (${f.counts}${f.basis
      ? `, ${f.basis}`
      : ''})`,
    describeJoin: '; ',
    ratio: (of, to) => `${of} vs ${to}`,
    sheet: {
      unit: { value: 1_000_000, word: 'million' },
      category: 'Product',
      series: counts => `${counts} (millions)`,
      base: date => `of which ${date} (millions)`,
      title: (title, date) => `${title}: ${date}`,
    },
  },

  timeline: {
    full: 'Seven Tencent products connecting people and businesses, and the rival DingTalk',
    strip: 'Twenty-year timeline',
    here: shorts => `Twenty-year timeline, this slide: ${shorts.join(', ')}`,
    rival: 'rival',
  },

  sections: {
    opening: 'Opening',
    closing: 'Closing',
    numeral: {
      一: '1',
      二: '2',
      三: '3',
      四: '4',
      五: '5',
    },
    title: (numeral, shorts, years) => `${numeral}. ${shorts.join(' / ')} (${years})`,
    stop: (numeral, years) => `Stop ${numeral} · ${years}`,
  },

  credit: {
    // Short enough for the cover's two lines; the closing slide gives the full credit.
    short: a => [`After an article by ${a.author} (Wang M Zheng), `, `${a.publisher}, `],
    full: a => ({
      author: `${a.author} (Wang M Zheng)`,
      title: `, "${a.title}" ("Twenty years of WeCom: how Tencent connects people and businesses")`,
      between: ', ',
      publisher: `${a.publisher} (Everyone Is a Product Manager)`,
      after: ', ',
    }),
  },

  fixData: 'Fix data/facts.ts.',
}

/**
 * The talk in Chinese: what slides.md's components and layouts say. House style (autocorrect):
 * full-width punctuation, a space between Chinese and Latin letters or digits.
 */
import type { TalkWords } from './types.ts'
import { houseSpacing } from '../../lib/spacing.ts'

export const zhCN: TalkWords = {
  lang: 'zh-CN',
  deck: {
    title: '企业微信的20年',
    subtitle: '腾讯如何连接人与企业：从 RTX 到私域连接器',
  },
  rights: '原文未经许可禁止转载；本演示只引用事实与数字，文字均为重写。',

  numbers: {
    magnitudes: [
      { value: 100_000_000, word: '亿' },
      { value: 10_000, word: '万' },
    ],
    group: '',
    atLeast: text => `超 ${text}`,
    over: '超',
    times: n => `${n} 倍`,
  },

  dates: {
    months: [
      '1 月',
      '2 月',
      '3 月',
      '4 月',
      '5 月',
      '6 月',
      '7 月',
      '8 月',
      '9 月',
      '10 月',
      '11 月',
      '12 月',
    ],
    year: y => `${y} 年`,
    month: (y, m) => `${y} 年 ${m} 月`,
    day: (y, m, d) => `${y} 年 ${m} 月 ${d} 日`,
    yearEnd: y => `${y} 年底`,
    springFestival: y => `${y} 年春节`,
    sixMonthsIn: '推出后半年',
  },

  basis: {
    claim: '自述',
    aim: '目标',
    difference: '原文算的差',
  },
  basisAfter: word => `（${word}）`,
  labelJoin: ' · ',

  products: {
    'rtx': {
      name: 'RTX 腾讯通',
      short: 'RTX',
      positioning: '企业内网里的即时通讯',
      // 一: the company archives and searches staff chats (a root of today's 会话存档).
      feature: '存档',
    },
    'enterprise-qq': {
      name: '企业 QQ',
      short: '企业 QQ',
      positioning: '在线客服 + 营销平台',
      // 二: the enterprise sends one message to many QQ users at once (消息群发).
      feature: '群发',
    },
    'subscription': {
      name: '公众号（订阅号）',
      short: '订阅号',
      positioning: '连接人与内容',
      // 三、1: merchants push messages to users instead of paying for SMS.
      feature: '推送',
    },
    'service': {
      name: '服务号',
      short: '服务号',
      positioning: '连接人与服务',
      // 三、2: interfaces opened to enterprises, WeChat Pay among them (the restaurant takes payment).
      feature: '支付',
    },
    'enterprise-account': {
      name: '企业号',
      short: '企业号',
      positioning: '连接企业与员工',
      // 三、3: staff start a process in it (the restaurant's ice-cream purchase).
      feature: '流程',
    },
    'dingtalk': {
      name: '钉钉（阿里巴巴）',
      short: '钉钉',
      positioning: '中小企业的「在线办公室」',
      // 四: the one work platform the surveyed enterprises asked for (统一的工作平台).
      feature: '工作台',
    },
    'wecom-1': {
      name: '企业微信 1.0',
      short: '企业微信 1.0',
      positioning: '独立 App 的协同办公',
      // 五 (and the opening list): a standalone office-collaboration platform placed like 钉钉's:
      // the same tag as 钉钉's, on purpose.
      feature: '工作台',
    },
    'wecom-3': {
      name: '企业微信 3.0',
      short: '企业微信 3.0',
      positioning: '打通个人微信的私域运营',
      // 五: 3.0 打通 企业微信 and personal WeChat, so staff add customers' personal WeChat as contacts.
      feature: '加好友',
    },
  },

  counts: {
    'dingtalk-2019': { counts: '入驻企业' },
    'wecom-2019': { counts: '入驻企业' },
    'wecom-2021': { counts: '真实企业与组织' },
  },

  textFigures: {
    'qq-users-2001': { counts: 'QQ 注册用户', unit: '' },
    'qq-club-fee': { counts: '「QQ 俱乐部」会费', unit: '元/月' },
    'qq-club-members': { counts: '付费会员', unit: '人' },
    'dingtalk-marketing-2015': { counts: '阿里为钉钉投入的推广费', unit: '元' },
    'dingtalk-release-weeks': { counts: '钉钉发布一个新版本的间隔', unit: '周' },
    'dingtalk-aim-2019': { counts: '宣称要服务的组织', unit: '家组织' },
    // The article: the number 钉钉 gave was changed (改成) to 1500 万: its own figure.
    'dingtalk-orgs-2020': { counts: '钉钉给出的组织数', unit: '家组织' },
  },

  derived: {
    'wecom-gain-2019-2021': { counts: '企业微信两年里多出的企业', unit: '家' },
    'dingtalk-gain-2019-2020': { counts: '两个说法之差', unit: '家组织' },
  },

  milestones: {
    'qq-launch': { what: 'QQ 问世' },
    'wechat-launch': { what: '微信上线' },
    'laiwang-launch': { what: '阿里推出来往对标微信' },
    'laiwang-fading': { what: '来往在数据上颓势尽显' },
    'dingtalk-beta': { what: '钉钉发布测试版' },
    'wecom-app': { what: '腾讯发布独立的企业微信 App' },
    'open-class-2019': { what: '张小龙在微信公开课谈企业微信' },
  },

  reasons: {
    'rtx': '装在企业内网，只连同事，不通个人 QQ',
    'enterprise-qq': '借 QQ 的海量用户做客服和营销',
    'subscription': '长在微信里，向用户推送内容',
    'service': '长在微信里，为用户提供服务与支付',
    'enterprise-account': '长在微信里，但服务的是自家员工',
    'dingtalk': '独立 App，专做企业内部的协同办公',
    'wecom-1': '独立 App，定位与钉钉几乎重合',
    'wecom-3': '仍是独立 App，但打通个人微信去服务客户',
  },

  map: {
    axes: {
      x: { low: '对内：员工', high: '对外：客户', title: '服务谁' },
      y: {
        low: '独立 App',
        high: '依附 QQ / 微信',
        title: '怎么立足',
        highLines: ['依附', 'QQ / 微信'],
        lowLines: ['独立', 'App'],
      },
    },
    quarters: {
      'low-high': '借道办公',
      'high-high': '借道触达',
      'low-low': '独立办公',
      'high-low': '独立触达',
    },
    years: true,
    sides: {},
    // On the phone, 企业微信 3.0's label moves in from the plot's right edge.
    labels: {
      reading: {
        'wecom-3': { side: 'above' },
      },
    },
    title: '定位地图：腾讯七款产品与钉钉',
    problems: '定位地图数据有误，无法绘制：',
    rival: short => `${short}（竞品）`,
    describe: {
      x: (title, low, high) => `横轴：${title}，从左「${low}」到右「${high}」。`,
      y: (title, low, high) => `纵轴：${title}，从下「${low}」到上「${high}」。`,
      quarters: named => `四个象限：${named.map(q => `${q.y === 'high'
        ? '上'
        : '下'}${q.x === 'low'
        ? '左'
        : '右'}「${q.name}」`).join('、')}。`,
      reading: '位置为本演示对原文的解读，不是测量数据。',
      path: shorts => `已放上的腾讯产品，依时间为：${shorts.join(' → ')}。`,
      tags: '每款产品旁的标签，是它的定位带来的功能。',
      point: p => `${p.name}（${p.year}）：${p.reason}，在「${p.quarter ?? '中线上'}」；功能标签「${p.feature}」。`,
      empty: '还没有放上产品。',
    },
    list: {
      yearOpen: '（',
      yearClose: '）：',
      feature: '。功能：',
      end: '。',
    },
  },

  chart: {
    title: '企业微信与钉钉的入驻企业数',
    problems: '图表数据有误，无法绘制：',
    caption: (author, year) => `柱高与数值成正比，从 0 起 · 来源：${author}（${year}）`,
    describe: f => `${f.date}，${f.short}：${f.value}（${f.counts}${f.basis
      ? `，${f.basis}`
      : ''}）`,
    describeJoin: '；',
    ratio: (of, to) => houseSpacing(`${of}是${to}的`),
    sheet: {
      unit: { value: 10_000, word: '万' },
      category: '产品',
      series: counts => `${counts}（万）`,
      base: date => `其中 ${date}（万）`,
      title: (title, date) => `${title}：${date}`,
    },
  },

  timeline: {
    full: '腾讯连接人与企业的七款产品，以及竞品钉钉',
    strip: '二十年时间线',
    here: shorts => `二十年时间线，本页：${shorts.join('、')}`,
    rival: '竞品',
  },

  sections: {
    opening: '开场',
    closing: '结语',
    numeral: {
      一: '一',
      二: '二',
      三: '三',
      四: '四',
      五: '五',
    },
    title: (numeral, shorts, years) => `${numeral}、${shorts.join(' / ')}（${years}）`,
    stop: (numeral, years) => `第${numeral}站 · ${years}`,
  },

  credit: {
    short: a => [`改编自${a.author}的文章，`, `原载「${a.publisher}」，`],
    full: a => ({
      author: a.author,
      title: `《${a.title}》`,
      between: '，',
      publisher: a.publisher,
      after: '，',
    }),
  },

  fixData: '请修改 data/facts.ts。',
}

/** The kit's words in Simplified Chinese, for a talk whose `lang` is zh (zh-CN, zh-Hans…). */
export const zhCN = {
  /** The reading edition's name (its bar, the page title, the navigation bar's button). */
  readingEdition: '阅读版',
  /** The reading edition's and the handout's page title: the talk's title and which of the two. */
  // The holes are filled with Chinese, so the brackets are full-width (autocorrect sees only the holes).
  // autocorrect-disable
  editionTitle: '{title}（{edition}）',
  // autocorrect-enable
  readingLinkTitle: '阅读版：逐页文字与讲稿，适合手机',
  switchToSlides: '切换到幻灯片',
  switchLabel: '切换',
  darkScheme: '深色',
  contents: '目录',
  slideNo: '第 {no} 页',
  openInSlides: '在幻灯片中打开',
  /** The reading edition's foot: the credit in full, then what the talk did with its source. */
  sourceLine: '出处：{credit}。事实与数字取自原文，文字为本演示重写。',
  pageAddress: '本页地址：',
  seeSlides: '看幻灯片',
  downloadPdf: '下载 PDF',
  /** The handout (the reading edition printed on A4). */
  handout: '讲义',
  handoutKind: '讲义 · 幻灯片与讲稿',
  handoutCredit: '改编自 {credit}。文字为本演示重写。',
  handoutOnline: '在线观看：',
  handoutCount: '共 {count} 页，每页一张幻灯片，下附讲稿。',
  /** PDF titles: the slide PDF has the talk's title as it is. */
  stepsPdfTitle: '{title}（逐步版）',
  handoutPdfTitle: '{title}（讲义：幻灯片与讲稿）',
  /** Addresses that name no slide (client/slide-url.ts). */
  pastTheEnd: '没有第 {no} 页：本演示共 {total} 页，已跳到最后一页。',
  noSuchSlide: '没有第 {no} 页：本演示共 {total} 页，已回到第 1 页。',
  notASlideNumber: '「{address}」不是页码：本演示共 {total} 页，已回到第 1 页。',
  notFound: '找不到「{address}」：本演示共 {total} 页，已回到第 1 页。',
  close: '关闭',
  /** The offline state in the navigation bar (client/offline.ts). */
  offlineCaching: '正在缓存，完成后可离线放映',
  offlineReady: '已可离线放映',
  /** The QR code's accessible name, and the link preview picture's. */
  qrLabel: '二维码：阅读版 {url}',
  ogImageAlt: '{title}：标题页',
  /** A stage direction in the notes, as the presenter view marks it. */
  cue: '提示',
  /** The time plan in the presenter's navigation bar (client/presenter/): ahead, behind, on time. */
  paceAhead: '提前 {time}',
  paceBehind: '落后 {time}',
  paceOnTime: '准时',
  /** No clock runs: neither Slidev's timer nor a rehearsal. */
  paceIdle: '计时未开始',
  /** Where the plan expects the talk now. */
  paceExpected: '计划在第 {no} 页',
  paceQuestions: '计划：提问时间',
  /** The slide on screen: time on it, and its planned time. */
  paceSlide: '本页 {spent} / {planned}',
  paceSlideIdle: '本页计划 {planned}',
  /** The whole readout, for a screen reader and the tooltip. */
  paceLabel: '时间计划',
  /** Rehearsals (a button in the presenter's navigation bar, and the results). */
  rehearse: '开始排练',
  rehearsing: '排练 {time}',
  rehearsePause: '暂停排练',
  rehearseResume: '继续排练',
  rehearseStop: '结束排练',
  rehearsalResults: '排练结果与计划',
  rehearsalNone: '还没有排练记录：点“开始排练”，把演讲讲一遍，每页用时会记在这里。',
  rehearsalDate: '排练于 {date}',
  rehearsalSlide: '页',
  rehearsalTitle: '标题',
  rehearsalPlanned: '计划',
  rehearsalSource: '依据',
  rehearsalTime: '排练',
  rehearsalDiff: '差',
  rehearsalMark: '标记',
  /** The column of bars: planned above, rehearsed below. */
  rehearsalBars: '计划与排练',
  rehearsalLong: '超时',
  rehearsalShort: '偏短',
  rehearsalSum: '合计',
  /** Totals under the table: the plan, the questions, the talk's duration. */
  planTotals: '计划 {planned}，另留 {questions} 提问，共 {duration}。讲稿按每分钟 {rate} 字约需 {spoken}。',
  planFromRehearsal: '当前计划按排练用时分配（页面自定的时间不变）。',
  planFromNotes: '当前计划按讲稿长度分配。',
  rehearsalUseAsPlan: '用作计划',
  rehearsalResetPlan: '恢复按讲稿的计划',
  rehearsalClear: '清除排练记录',
  rehearsalCsv: '导出 CSV',
  rehearsalJson: '导出 JSON',
  /** Where a planned time came from. */
  planSourceFrontmatter: '页面设定',
  planSourceNotes: '讲稿',
  planSourceRehearsal: '排练',
  planSourceFloor: '下限',
  /** The handout: each slide's planned time. */
  handoutPlanned: '计划 {time}',
  /** Following the talk live (the present server; client/live/, shared/live-follow.ts). */
  liveNow: '正在讲',
  liveFollow: '回到正在讲的第 {no} 页',
  livePair: '用手机当遥控器',
  livePairHelp: '用手机扫码，打开遥控页（只给自己看，别投到屏幕上）',
  liveRemote: '遥控',
  liveNext: '下一步',
  livePrev: '上一步',
  liveNowTitle: '现在：第 {no} 页',
  liveNextTitle: '下一页：{title}',
  liveLast: '这是最后一页',
  liveNoSecret: '这个页面需要演讲者视图里的配对二维码：请在笔记本的演讲者视图中点“用手机当遥控器”再扫码。',
  liveNoServer: '遥控只在 present 命令启动的服务器上可用。',
  liveOffline: '连接中断，正在重连…',
  liveRefused: '没有移动：{reason}',
}

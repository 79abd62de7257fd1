/**
 * Stub until the English words land from the other branch: the names the English edition
 * (slides.en.md) may write in Han characters as well, each given once beside its English name so
 * the room can match it with what they see in China. Everything else in that edition is English.
 */
export const bothScripts: readonly string[] = [
  '企业微信',
  '钉钉',
  '腾讯通',
  '微信',
  '人人都是产品经理',
  '王M争',
]

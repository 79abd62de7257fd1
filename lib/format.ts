/**
 * Number formatting in the deck's house style (the one autocorrect enforces): Chinese magnitude
 * units 万 and 亿, with a space between the digits and the Chinese character that follows,
 * so 2 500 000 reads "250 万" and 10 000 000 "1000 万".
 */

const WAN = 10_000
const YI = 100_000_000

/** The number in its largest whole unit: 2 500 000 → "250 万", 500 000 000 → "5 亿", 3000 → "3000". */
export function formatCount(value: number, options: { atLeast?: boolean } = {}): string {
  if (!Number.isFinite(value))
    throw new TypeError(`formatCount: expected a finite number, got ${String(value)}`)
  const plus = options.atLeast ? '+' : ''
  const abs = Math.abs(value)
  let text: string
  if (abs >= YI && value % (YI / 100) === 0)
    text = `${trim(value / YI)} 亿`
  else if (abs >= WAN && value % (WAN / 100) === 0)
    text = `${trim(value / WAN)} 万`
  else
    text = String(value)
  return text + plus
}

/**
 * A figure with its unit word: (10, '元/月') → "10 元/月", (15 000 000, '家组织') → "1500 万家组织",
 * and a lower bound reads "超 1000 万家".
 */
export function formatWithUnit(value: number, unit: string, options: { atLeast?: boolean } = {}): string {
  const count = formatCount(value)
  // After 万/亿 the unit word joins directly (万家); after bare digits house style wants a space.
  const joined = !unit
    ? count
    : /[万亿]$/.test(count)
      ? `${count}${unit}`
      : `${count} ${unit}`
  return options.atLeast
    ? `超 ${joined}`
    : joined
}

function trim(n: number): string {
  return Number.isInteger(n)
    ? String(n)
    : String(Number(n.toFixed(2)))
}

/**
 * Text assembled from parts, in house style: a space wherever Latin letters or digits meet Chinese
 * characters ("企业微信 1.0" + "的" → "企业微信 1.0 的"), none elsewhere.
 */
export function houseSpacing(text: string): string {
  return text
    .replace(/([A-Z0-9.+%])(\p{Script=Han})/giu, '$1 $2')
    .replace(/(\p{Script=Han})([A-Z0-9])/giu, '$1 $2')
}

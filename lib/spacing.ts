/**
 * Text assembled from parts, in the Chinese house style: a space wherever Latin letters or digits
 * meet Chinese characters ("企业微信 1.0" + "的" → "企业微信 1.0 的"), none elsewhere. Apart from
 * lib/format.ts so that data/words/zh-CN.ts can use it without importing the formatter that imports it.
 */
export function houseSpacing(text: string): string {
  return text
    .replace(/([A-Z0-9.+%])(\p{Script=Han})/giu, '$1 $2')
    .replace(/(\p{Script=Han})([A-Z0-9])/giu, '$1 $2')
}

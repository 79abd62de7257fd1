import type { FontFile } from './subset.ts'
/**
 * The subset fonts as the page loads them: @font-face rules (one per weight and set, told apart
 * by `unicode-range`) in a `<style data-deck-fonts>`, and preload links for the "slides" files.
 */
import { posix } from 'node:path'
import { unicodeRange } from './characters.ts'
import { LICENSE_FILE } from './subset.ts'

type Face = Pick<FontFile, 'weight' | 'chars' | 'fileName'> & { set?: string }

/** The @font-face rules for the files, under `base` (ends in "/"). */
export function fontFaceCss(family: string, files: readonly Face[], base: string): string {
  const faces = files.map(f => [
    '@font-face{',
    `font-family:"${family}";font-style:normal;font-weight:${f.weight};font-display:swap;`,
    `src:url(${base}${f.fileName}) format("woff2");`,
    `unicode-range:${unicodeRange(f.chars)}}`,
  ].join(''))
  const weights = [
    ...new Set(files.map(f => f.weight)),
  ]
  return [
    `/* ${family} ${weights.join(' and ')}, subset to the characters this deck uses (the deck kit's fonts).`,
    `   Licence: ${base}${posix.join(posix.dirname(files[0]?.fileName ?? 'assets/x'), LICENSE_FILE)} */`,
    ...faces,
  ].join('\n')
}

/**
 * What goes before </head>: the @font-face rules, and preload links for the "slides" files
 * (`preload`: true, or a media query that limits the preload to the screens it matches).
 */
export function headHtml(family: string, files: readonly Face[], base: string, preload: boolean | { media: string }): string {
  const media = typeof preload === 'object'
    ? ` media="${preload.media}"`
    : ''
  const links = preload
    ? files.filter(f => f.set === 'slides').map(f => `<link rel="preload" href="${base}${f.fileName}" as="font" type="font/woff2" crossorigin${media}>`)
    : []
  return `\n${[`<style data-deck-fonts>\n${fontFaceCss(family, files, base)}\n</style>`, ...links].map(l => `  ${l}\n`).join('')}`
}

export function injectHead(html: string, head: string): string {
  return html.includes('data-deck-fonts')
    ? html
    : html.replace('</head>', `${head}</head>`)
}

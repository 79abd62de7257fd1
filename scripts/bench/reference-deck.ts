/**
 * The reference deck: as many slides as this deck, plain Markdown with text and speaker notes of
 * about the same length per slide, Slidev's defaults except `fonts: { provider: none }`, written
 * to REF_DIR. It shows what plain Slidev costs with this toolchain, so the deck's figures can be
 * read against it.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readDeck } from '../../addons/kit/node/deck.ts'
import { REF_DIR, ROOT } from './constants.ts'

/** Visible text of a slide's Markdown source, roughly: no comments, tags, mustaches or syntax. */
function visibleText(md: string): string {
  return md
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\{\{[\s\S]*?\}\}/g, '')
    .replace(/^[#>\-*\s]+/gm, '')
    .replace(/\s+/g, '')
}

/** Deterministic filler text in Chinese, so the reference renders the same script as the deck. */
function makeFiller(seed: number): (chars: number) => string {
  const pool = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世'
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6D2B79F5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return (chars: number) => {
    let s = ''
    for (let i = 0; i < chars; i++)
      s += pool[Math.floor(next() * pool.length)]
    return s
  }
}

export interface SlideSize { text: number, notes: number }

export async function deckSlideSizes(): Promise<SlideSize[]> {
  return (await readDeck(join(ROOT, 'slides.md'))).slides.map(s => ({ text: visibleText(s.content).length, notes: s.note.replace(/\s+/g, '').length }))
}

export function writeReferenceDeck(sizes: SlideSize[]): void {
  // Start afresh, but keep node_modules/ and with it Vite's cache of the reference's dev server.
  mkdirSync(REF_DIR, { recursive: true })
  for (const name of readdirSync(REF_DIR)) {
    if (name !== 'node_modules')
      rmSync(join(REF_DIR, name), { recursive: true, force: true })
  }
  const filler = makeFiller(20260816)
  const slides = sizes.map((size, i) => {
    const lines = [`# 第 ${i + 1} 页：${filler(8)}`, '']
    let left = size.text - 12
    if (left > 0) {
      lines.push(`${filler(Math.min(left, 40))}。`, '')
      left -= 40
    }
    while (left > 0) {
      lines.push(`- ${filler(Math.min(left, 24))}`)
      left -= 24
    }
    const notes: string[] = []
    for (let left = size.notes; left > 0; left -= 80)
      notes.push(`${filler(Math.min(left, 80))}。`)
    if (notes.length)
      lines.push('', '<!--', notes.join('\n\n'), '-->')
    return lines.join('\n')
  })
  const headmatter = [
    '---',
    'title: 参考演示',
    '# Slidev defaults, except: no remote fonts (the benchmark has no network, and a venue may not either)',
    'fonts:',
    '  provider: none',
    '---',
    '',
  ].join('\n')
  writeFileSync(join(REF_DIR, 'slides.md'), `${headmatter}${slides.join('\n\n---\n\n')}\n`)
  // The same lightningcss workaround as this deck's vite.config.ts, and nothing else.
  writeFileSync(join(REF_DIR, 'vite.config.ts'), 'export default { css: { lightningcss: { errorRecovery: true } } }\n')
  // Resolve @slidev/*, the theme and their dependencies from this project's node_modules, one
  // link per package: node_modules/ itself stays a real directory, so Vite's cache
  // (node_modules/.vite) is the reference's own and never touches this project's, and Slidev,
  // started from <ref>/node_modules/@slidev/cli, sees a local install as it does for the deck.
  const modules = join(REF_DIR, 'node_modules')
  mkdirSync(modules, { recursive: true })
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== '.vite' && !existsSync(join(modules, name)))
      symlinkSync(join(ROOT, 'node_modules', name), join(modules, name))
  }
}

import type { DeckSlide } from '../../client/sections.ts'
/**
 * What the exporter needs to know about the deck, read from slides.md with Slidev's own parser
 * (never hard-coded: the slides change): file name, document properties, the slides with their
 * titles and sections, and the canvas size Slidev prints at.
 */
import { readFileSync } from 'node:fs'
import { parseSync, resolveConfig } from '@slidev/parser'

export const ENTRY = 'slides.md'

export interface DocMeta {
  title: string
  author: string
  subject: string
  keywords: string[]
  /** BCP 47, for the PDF catalog's /Lang. */
  lang: string
}

export interface Deck {
  /** `exportFilename`: exports/<name>.pdf and its variants. */
  name: string
  meta: DocMeta
  slides: DeckSlide[]
  /**
   * The slide canvas in CSS px as Slidev computes it (@slidev/client env.ts): canvasWidth wide,
   * canvasWidth / aspectRatio high rounded up (980 × 551.25 → 980 × 552), which is also the
   * `@page` size of its print route.
   */
  canvas: { width: number, height: number }
}

/** A headmatter value as one line: lists joined, YAML block scalars unwrapped. */
function oneLine(v: unknown): string {
  return (Array.isArray(v)
    ? v.join(', ')
    : String(v ?? '')).split('\n').map(s => s.trim()).filter(Boolean).join('')
}

export function readDeck(entry = ENTRY): Deck {
  const md = parseSync(readFileSync(entry, 'utf8'), entry)
  const head = (md.slides[0]?.frontmatter ?? {}) as Record<string, unknown>
  // Slidev's own resolution of the headmatter (defaults, aspect ratio "16/9" → number).
  const config = resolveConfig(head, {}, entry)
  const title = oneLine(head.title) || 'Slidev'
  return {
    name: String(config.exportFilename || 'slidev-exported'),
    meta: {
      title,
      author: oneLine(head.author),
      subject: oneLine(head.info),
      keywords: Array.isArray(head.keywords)
        ? head.keywords.map(String)
        : String(head.keywords ?? '').split(',').map(s => s.trim()).filter(Boolean),
      lang: String(head.lang ?? 'zh-CN'),
    },
    slides: md.slides.map((s, i) => ({
      no: i + 1,
      // A title made of a template (slide 1's `{{ $slidev.configs.title }}`) is the deck's title.
      title: (s.title ?? '').replace(/\{\{.*?\}\}/g, '').trim() || (i === 0
        ? title
        : `第 ${i + 1} 页`),
      section: typeof s.frontmatter?.section === 'string'
        ? s.frontmatter.section
        : undefined,
    })),
    canvas: {
      width: config.canvasWidth,
      height: Math.ceil(config.canvasWidth / config.aspectRatio),
    },
  }
}

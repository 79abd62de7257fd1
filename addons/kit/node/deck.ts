import type { ResolvedKit } from '../config.ts'
import type { DeckSlide } from '../shared/sections.ts'
/**
 * The one reader of a talk, for every part of the kit that runs in Node (the build's plugins, the
 * exporter, the tests): its slides as Slidev's own parser reads them, its headmatter as Slidev
 * resolves it (defaults, "16/9" → a number), and its kit options from deck.config.ts.
 *
 * The talk is found by its entry, `slides.md` in the folder it lives in; deck.config.ts sits beside
 * it (optional: without it the kit runs with its defaults and a placeholder URL).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseSync, resolveConfig } from '@slidev/parser'
import { parseTimeString } from '@slidev/parser/utils'
import { resolveKit } from '../config.ts'

export interface DocMeta {
  title: string
  author: string
  subject: string
  keywords: string[]
  /** BCP 47, for the PDF catalog's /Lang. */
  lang: string
}

export interface TalkSlide extends DeckSlide {
  /** The slide's Markdown without its notes and frontmatter. */
  content: string
  /** The speaker notes' Markdown (between `<!--` and `-->`), '' if none. */
  note: string
  frontmatter: Record<string, unknown>
}

export interface Deck {
  /** The talk's folder (where slides.md and deck.config.ts are). */
  root: string
  /** slides.md, absolute. */
  entry: string
  /** `exportFilename`: exports/<name>.pdf and its variants. */
  name: string
  meta: DocMeta
  slides: TalkSlide[]
  /** The headmatter as written. */
  head: Record<string, unknown>
  /**
   * The slide canvas in CSS px as Slidev computes it (@slidev/client env.ts): canvasWidth wide,
   * canvasWidth / aspectRatio high rounded up (980 × 551.25 → 980 × 552), which is also the
   * `@page` size of its print route.
   */
  canvas: { width: number, height: number }
  colorSchema: string
  /** The build has a service worker (headmatter `pwa: build` or true). */
  pwa: boolean
  /** Seconds of the talk: the headmatter's `duration` (default 30min) as Slidev's timer reads it. */
  duration: number
}

/**
 * A headmatter value as one line: lists joined with ", ", YAML block scalars unwrapped, lines
 * joined with no space where either side is Chinese, else with one.
 */
export function oneLine(v: unknown): string {
  const text = Array.isArray(v)
    ? v.join(', ')
    : String(v ?? '')
  const cjk = /[\u3000-\u30FF\u4E00-\u9FFF\uFF00-\uFFEF]/
  return text.split('\n').map(l => l.trim()).filter(Boolean).reduce((acc, line) => {
    if (!acc)
      return line
    return acc + (cjk.test(acc.at(-1)!) || cjk.test(line[0]!)
      ? ''
      : ' ') + line
  }, '')
}

/** The deck's own title of a slide: a title made of a template (the cover's `{{ $slidev.configs.title }}`) is the talk's title. */
function slideTitle(raw: string | undefined, i: number, deckTitle: string, slideNo: string): string {
  return (raw ?? '').replace(/\{\{.*?\}\}/g, '').trim() || (i === 0
    ? deckTitle
    : slideNo.replace('{no}', String(i + 1)))
}

export function readDeck(entry: string, slideNo = '第 {no} 页'): Deck {
  const file = resolve(entry)
  const md = parseSync(readFileSync(file, 'utf8'), file)
  const head = (md.slides[0]?.frontmatter ?? {}) as Record<string, unknown>
  const config = resolveConfig(head, {}, file)
  const title = oneLine(head.title) || 'Slidev'
  return {
    root: dirname(file),
    entry: file,
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
      title: slideTitle(s.title, i, title, slideNo),
      section: typeof s.frontmatter?.section === 'string'
        ? s.frontmatter.section
        : undefined,
      content: s.content,
      note: s.note ?? '',
      frontmatter: (s.frontmatter ?? {}) as Record<string, unknown>,
    })),
    head,
    canvas: {
      width: config.canvasWidth,
      height: Math.ceil(config.canvasWidth / config.aspectRatio),
    },
    colorSchema: String(config.colorSchema ?? 'auto'),
    pwa: head.pwa === true || head.pwa === 'build',
    duration: parseTimeString(config.duration).seconds,
  }
}

/** The file a talk's kit options live in, beside its slides.md. */
export const CONFIG_FILE = 'deck.config.ts'

/** A talk's kit options (deck.config.ts's default export), resolved with DECK_URL / DECK_BASE from `env`. */
export async function loadKit(root: string, env: Record<string, string | undefined> = process.env): Promise<ResolvedKit> {
  const file = join(root, CONFIG_FILE)
  if (!existsSync(file))
    return resolveKit({ url: 'https://example.org/' }, env)
  const mod = await import(pathToFileURL(file).href) as { default?: unknown }
  const options = mod.default
  if (!options || typeof options !== 'object' || typeof (options as { url?: unknown }).url !== 'string')
    throw new Error(`${file} must export default defineKit({ url: 'https://…/', … }) (addons/kit/config.ts)`)
  return resolveKit(options as Parameters<typeof resolveKit>[0], env)
}

export interface Talk {
  deck: Deck
  kit: ResolvedKit
}

/** The talk whose slides.md is `entry`: its deck and its kit options. */
export async function loadTalk(entry: string, env: Record<string, string | undefined> = process.env): Promise<Talk> {
  const kit = await loadKit(dirname(resolve(entry)), env)
  return {
    deck: readDeck(entry, kit.words.slideNo),
    kit,
  }
}

import type { SlidevData } from '@slidev/types'
import type { KitOptions, ResolvedKit } from '../config.ts'
import type { DeckSlide } from '../shared/sections.ts'
/**
 * The one reader of a talk, for every part of the kit that runs in Node: the Vite plugins get the
 * talk Slidev has already loaded (`deckOf(options.data)`, kept current on reload), the command-line
 * tools and the tests load it with Slidev's own loader (`readDeck`), which follows `src:` imports
 * as the slides do. Its kit options come from deck.config.ts beside slides.md (optional: without it
 * the kit runs with its defaults and a placeholder URL).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { load, parseSync, resolveConfig } from '@slidev/parser/fs'
import { parseTimeString } from '@slidev/parser/utils'
import { entryName, MAIN_ENTRY, resolveKit } from '../config.ts'
import { DEFAULT_LANG, wordsFor } from '../shared/words.ts'

/** What of Slidev's loaded talk the kit reads: the slides as presented (imports followed, hidden ones out), the headmatter, the resolved config. */
export type TalkData = Pick<SlidevData, 'slides' | 'headmatter' | 'config'> & Partial<Pick<SlidevData, 'markdownFiles'>>

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
  /** Every Markdown file the slides come from: slides.md and the files its `src:` imports. */
  files: string[]
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

/**
 * The talk as the kit reads it, from Slidev's loaded data. `slideNo` names a slide without a
 * title (default: the kit's word in the talk's language).
 */
export function deckOf(data: TalkData, entry: string, slideNo?: string): Deck {
  const file = resolve(entry)
  const head = data.headmatter
  const config = data.config
  const title = oneLine(head.title) || 'Slidev'
  const lang = langOf(data)
  const untitled = slideNo ?? wordsFor(lang).slideNo
  return {
    root: dirname(file),
    entry: file,
    files: data.markdownFiles
      ? Object.keys(data.markdownFiles).map(f => resolve(f))
      : [file],
    name: String(config.exportFilename || 'slidev-exported'),
    meta: {
      title,
      author: oneLine(head.author),
      subject: oneLine(head.info),
      keywords: Array.isArray(head.keywords)
        ? head.keywords.map(String)
        : String(head.keywords ?? '').split(',').map(s => s.trim()).filter(Boolean),
      lang,
    },
    slides: data.slides.map((s, i) => ({
      no: i + 1,
      title: slideTitle(s.title, i, title, untitled),
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

/** A talk loaded as Slidev loads it (its `src:` imports followed); a broken import stops here, naming the file. */
export async function loadData(entry: string): Promise<TalkData> {
  const file = resolve(entry)
  if (!existsSync(file))
    throw new Error(`No talk at ${relative(process.cwd(), file) || file}: give the path of a talk's slides.md (or its folder).`)
  const loaded = await load({
    userRoot: dirname(file),
    roots: [
      dirname(file),
    ],
  }, file)
  const errors = Object.values(loaded.markdownFiles).flatMap(md => (md.errors ?? []).map(e => `${relative(process.cwd(), md.filepath)}:${e.row + 1}: ${e.message}`))
  if (errors.length)
    throw new Error(`The talk cannot be read:\n${errors.join('\n')}`)
  return {
    slides: loaded.slides,
    markdownFiles: loaded.markdownFiles,
    headmatter: loaded.headmatter,
    config: resolveConfig(loaded.headmatter, {}, file),
  }
}

/** A talk's slides and headmatter, read from its slides.md by Slidev's loader (for tools outside Vite). */
export async function readDeck(entry: string, slideNo?: string): Promise<Deck> {
  return deckOf(await loadData(entry), entry, slideNo)
}

/** The file a talk's kit options live in, beside its slides.md. */
export const CONFIG_FILE = 'deck.config.ts'

/** A talk's deck.config.ts default export, checked for its one required field; undefined without the file. */
export async function loadKitOptions(root: string): Promise<KitOptions | undefined> {
  const file = join(root, CONFIG_FILE)
  if (!existsSync(file))
    return undefined
  const mod = await import(pathToFileURL(file).href) as { default?: unknown }
  const options = mod.default
  if (!options || typeof options !== 'object' || typeof (options as { url?: unknown }).url !== 'string')
    throw new Error(`${file} must export default defineKit({ url: 'https://…/', … }) (import { defineKit } from 'slidev-addon-deck-kit')`)
  return options as KitOptions
}

/** The headmatter `lang` of a Markdown file, read without loading its slides. */
function headLang(file: string): string {
  const md = parseSync(readFileSync(file, 'utf8'), file)
  return String(md.slides[0]?.frontmatter?.lang ?? DEFAULT_LANG)
}

/**
 * A talk's kit options (deck.config.ts's default export), resolved with DECK_URL / DECK_BASE from
 * `env` for the edition whose Markdown file is `entry` (the main edition by default); `lang` (that
 * file's headmatter `lang`) chooses the kit's words. An edition whose file is missing stops here.
 */
export async function loadKit(root: string, env: Record<string, string | undefined> = process.env, lang?: string, entry?: string): Promise<ResolvedKit> {
  const options = await loadKitOptions(root) ?? { url: 'https://example.org/' }
  const rel = entry
    ? relative(resolve(root), resolve(entry)).split(sep).join('/')
    : MAIN_ENTRY
  const langs: Record<string, string> = {}
  const files = [
    MAIN_ENTRY,
    ...(options.editions ?? []).map(e => entryName(String(e?.entry ?? ''))),
  ]
  for (const [i, file] of files.entries()) {
    if (file === rel || !file)
      continue
    if (!existsSync(join(root, file))) {
      throw new Error(i === 0
        ? `deck.config: editions are there but the main edition's ${MAIN_ENTRY} is not in ${root}`
        : `deck.config: editions[${i - 1}].entry names ${file}, which is not in ${root}: write it, or take the edition out`)
    }
    langs[file] = headLang(join(root, file))
  }
  return resolveKit(options, env, lang, { entry: rel, langs })
}

/** The Markdown files of every edition of the talk at `root`, main first, absolute. */
export async function editionEntries(root: string): Promise<string[]> {
  const options = await loadKitOptions(root)
  return [
    MAIN_ENTRY,
    ...(options?.editions ?? []).map(e => e.entry),
  ].map(f => resolve(root, f))
}

export interface Talk {
  deck: Deck
  kit: ResolvedKit
}

/** The talk whose slides.md is `entry`: its deck and its kit options. */
export async function loadTalk(entry: string, env: Record<string, string | undefined> = process.env): Promise<Talk> {
  const data = await loadData(entry)
  const kit = await loadKit(dirname(resolve(entry)), env, langOf(data), entry)
  return {
    deck: deckOf(data, entry, kit.words.slideNo),
    kit,
  }
}

/** The talk's language as Slidev resolves it (headmatter `lang`, else Slidev's default). */
export function langOf(data: TalkData): string {
  return String(data.headmatter.lang ?? DEFAULT_LANG)
}

/**
 * What a chat app or a search engine shows for the deck's link (index.html, build and dev):
 * og:url, og:image (absolute, with its size), og:type, og:locale, twitter:card, a canonical link,
 * and clean description/author/keywords (Slidev 53 writes them JSON-quoted, with literal "\n",
 * which chat apps show); with `editions`, a `<link rel="alternate" hreflang>` to each edition (this
 * one included, and x-default to the main one): the prerender points the reading page's at each
 * edition's reading page (`data-deck-edition`). The build names what would make the preview wrong: a picture that shows
 * another talk's title, or a `url` whose path is not the path the site is built for.
 */
import type { Logger, Plugin } from 'vite'
import type { ResolvedKit } from '../../config.ts'
import type { Deck } from '../deck.ts'
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { say } from '../../shared/words.ts'
import { oneLine } from '../deck.ts'
import { pngSize, pngText, TITLE_KEY } from '../png.ts'

/** The npm script that runs `command` on the talk at `root`, as typed from where the build runs. */
export function scriptFor(command: string, root: string, talk = relative(process.cwd(), root)): string {
  return talk
    ? `npm run ${command} -- ${talk}`
    : `npm run ${command}`
}

/** Problems with the preview a build should name: a picture of another title, a url off the base. */
export function previewProblems(options: { kit: ResolvedKit, title: string, base: string, picture?: Buffer, root: string }): string[] {
  const problems: string[] = []
  const shown = options.picture && pngText(options.picture, TITLE_KEY)
  const file = options.kit.edition.ogImage
  const talk = options.kit.edition.path
    ? options.kit.edition.entry
    : relative(process.cwd(), options.root)
  if (shown !== undefined && shown !== options.title)
    problems.push(`public/${file} shows the title "${shown}", not this talk's "${options.title}": run "${scriptFor('og-image', options.root, talk)}".`)
  const path = new URL(options.kit.url).pathname
  if (path !== options.base)
    problems.push(`url ${options.kit.url} is served under ${path}, but the site is built for ${options.base}: set base: '${path}' in deck.config.ts (or DECK_BASE), or a url that ends in ${options.base}.`)
  return problems
}

/**
 * `<link rel="alternate" hreflang>` to every edition and x-default to the main one, as search
 * engines ask (each page lists itself too); none for a talk of one edition. `data-deck-edition`
 * holds the edition's path, for the reading page's copy (node/prerender/static-pages.ts).
 */
export function alternateLinks(kit: Pick<ResolvedKit, 'editions'>): { tag: 'link', attrs: Record<string, string>, injectTo: 'head' }[] {
  if (kit.editions.length < 2)
    return []
  return [
    ...kit.editions.map(e => ({ hreflang: e.lang, e })),
    { hreflang: 'x-default', e: kit.editions[0]! },
  ].map(({ hreflang, e }) => ({
    tag: 'link',
    attrs: {
      'rel': 'alternate',
      hreflang,
      'href': e.url,
      'data-deck-edition': e.path,
    },
    injectTo: 'head',
  }))
}

export function linkPreview(options: { deck: () => Deck, kit: ResolvedKit }): Plugin {
  const { kit } = options
  let root = process.cwd()
  let base = '/'
  let isBuild = false
  let logger: Logger | undefined
  const picturePath = () => join(root, 'public', kit.edition.ogImage)

  return {
    name: 'deck-kit:link-preview',

    configResolved(config) {
      root = config.root
      base = config.base
      isBuild = config.command === 'build'
      logger = config.logger
    },

    buildStart() {
      if (!isBuild)
        return
      const picture = existsSync(picturePath())
        ? readFileSync(picturePath())
        : undefined
      for (const problem of previewProblems({
        kit,
        title: options.deck().meta.title,
        base,
        picture,
        root,
      }))
        this.warn(problem)
    },

    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const h = options.deck().head
        const text = (v: unknown) => oneLine(Array.isArray(v)
          ? v.join(', ')
          : String(v ?? ''))
        // Drop Slidev's double-quoted copies; the clean ones follow.
        const cleaned = html.replace(/<meta (?:name|property)="(?:description|author|keywords|og:description)" content="[^"]*">\s*/g, '')
        const meta = (key: 'name' | 'property', name: string, content: string | number | undefined) =>
          content === undefined || content === ''
            ? []
            : [
                {
                  tag: 'meta',
                  attrs: {
                    [key]: name,
                    content: String(content),
                  },
                  injectTo: 'head' as const,
                },
              ]
        const image = existsSync(picturePath())
          ? pngSize(picturePath())
          : undefined
        if (!image && isBuild)
          logger?.warn(`[deck-kit] no public/${kit.edition.ogImage}: link previews will have no picture (run "${scriptFor('og-image', root, kit.edition.path ? kit.edition.entry : undefined)}").`)
        const lang = options.deck().meta.lang
        // A placeholder address is never a preview's (kit-module.ts says so once).
        const real = !kit.placeholder
        return {
          html: cleaned,
          tags: [
            ...meta('name', 'description', text(h.info)),
            ...meta('name', 'author', text(h.author)),
            ...meta('name', 'keywords', text(h.keywords)),
            ...meta('property', 'og:description', text(h.info)),
            ...meta('property', 'og:type', 'website'),
            ...meta('property', 'og:url', real
              ? kit.url
              : undefined),
            ...meta('property', 'og:site_name', text(h.title)),
            ...meta('property', 'og:locale', lang.replace('-', '_')),
            ...(image && real
              ? [
                  ...meta('property', 'og:image', `${kit.url}${kit.edition.ogImage}`),
                  ...meta('property', 'og:image:type', 'image/png'),
                  ...meta('property', 'og:image:width', image.width),
                  ...meta('property', 'og:image:height', image.height),
                  ...meta('property', 'og:image:alt', say(kit.words.ogImageAlt, {
                    title: text(h.title),
                  })),
                  ...meta('name', 'twitter:card', 'summary_large_image'),
                ]
              : []),
            ...(real
              ? [
                  {
                    tag: 'link',
                    attrs: { rel: 'canonical', href: kit.url },
                    injectTo: 'head' as const,
                  },
                  ...alternateLinks(kit),
                ]
              : []),
          ],
        }
      },
    },
  }
}

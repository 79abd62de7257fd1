/**
 * Where the deck is published: the one place for its public URL and its base path.
 *
 *   url   the address people open and share. The last slide's QR code and short URL, the
 *         link-preview tags (og:url, og:image) and the exported PDF are all generated from it.
 *         Set it here once the deck has a home, or per build with DECK_URL.
 *   base  the path the built site is served under: "/" for a host of its own,
 *         "/wecom-20/" for https://someone.github.io/wecom-20/. Set it with DECK_BASE
 *         (the Pages workflow does) or `slidev build --base /path/`. Only the build uses it;
 *         the dev server and the exporter always run at "/".
 *
 * Imported by vite.config.ts, node/export/export.ts and the e2e tests; Node runs it as is (type
 * stripping), so keep it to erasable TypeScript.
 */

/** The hosted deck. Replace with the real address; DECK_URL overrides it for one build. */
export const PUBLIC_URL = 'https://deck.example.org/wecom-20/'

/** The link-preview image (public/og-image.png, `npm run og-image`): 16:9 like the slides, 1200 wide. */
export const OG_IMAGE = { width: 1200, height: 675 } as const

/** Where `npm run export` writes the PDFs and the PPTX (git-ignored). */
export const EXPORT_DIR = 'exports'

export interface DeckConfig {
  /** Absolute http(s) URL of the hosted deck, ending in "/". */
  url: string
  /** The URL without scheme and trailing slash, for people to type: "deck.example.org/wecom-20". */
  shortUrl: string
  /** Base path of the built site, starting and ending with "/". */
  base: string
  /** True while `url` is still the placeholder above (the build warns). */
  placeholder: boolean
}

export function normalizeUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw.trim())
  }
  catch {
    throw new Error(`deck.config: DECK_URL must be an absolute http(s) URL, got ${JSON.stringify(raw)}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`deck.config: DECK_URL must be http(s), got ${JSON.stringify(raw)}`)
  url.hash = ''
  url.search = ''
  if (!url.pathname.endsWith('/'))
    url.pathname += '/'
  return url.href
}

export function normalizeBase(raw: string): string {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '')
  return trimmed
    ? `/${trimmed}/`
    : '/'
}

export function shortUrlOf(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '')
}

export function resolveDeckConfig(env: Record<string, string | undefined> = process.env): DeckConfig {
  const url = normalizeUrl(env.DECK_URL || PUBLIC_URL)
  return {
    url,
    shortUrl: shortUrlOf(url),
    base: normalizeBase(env.DECK_BASE || '/'),
    placeholder: url === normalizeUrl(PUBLIC_URL) && new URL(url).hostname.endsWith('example.org'),
  }
}

const deckConfig: DeckConfig = resolveDeckConfig()
export default deckConfig

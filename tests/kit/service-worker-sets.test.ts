/**
 * What each registration of the deck's service worker precaches (addons/kit/node/pwa/sets.ts):
 * the reading edition its page and what the page links, the slides the rest of the deck.
 */
import { describe, expect, it } from 'vitest'
import { linkedPaths, urlOf, workerSets } from '../../addons/kit/node/pwa/sets'

function file(path: string, text = path) {
  return {
    path,
    bytes: Buffer.from(text),
  }
}

const readHtml = '<link rel="icon" href="/sub/favicon.svg"><link rel="manifest" href="/sub/manifest.webmanifest">'
  + '<style>@font-face{src:url(/sub/assets/f-400-read-1-aaaa1111.woff2)}@font-face{src:url(/sub/assets/f-400-slides-bbbb2222.woff2)}</style>'
  + '<meta property="og:image" content="https://x.org/sub/og-image.png"><a href="https://x.org/">x</a><a href="#3">3</a>'
const indexHtml = '<link rel="icon" href="/sub/favicon.svg"><script type="module" src="/sub/assets/index-cccc3333.js"></script><style>@font-face{src:url(/sub/assets/f-400-slides-bbbb2222.woff2)}@font-face{src:url(/sub/assets/f-400-notes-dddd4444.woff2)}</style>'
const logo = 'PNG-LOGO'
const files = [
  file('index.html', indexHtml),
  file('404.html', indexHtml),
  file('read/index.html', readHtml),
  file('favicon.svg'),
  file('manifest.webmanifest'),
  file('og-image.png'),
  file('pwa-192.png'),
  file('sw.js'),
  file('workbox-1a2b3c.js'),
  file('talk.pdf'),
  file('_redirects'),
  file('assets/index-cccc3333.js'),
  file('assets/index-eeee5555.css'),
  file('assets/f-400-read-1-aaaa1111.woff2'),
  file('assets/f-400-slides-bbbb2222.woff2'),
  file('assets/f-400-notes-dddd4444.woff2'),
  file('assets/logo-ffff6666.png', logo),
  file('assets/photo-77778888.jpg'),
]

describe('the service worker\'s two sets', () => {
  const sets = workerSets(files, {
    assetsDir: 'assets',
    worker: 'sw.js',
    readPage: 'read/index.html',
    // The manifest's icons may include the page's own icon: a file a page links stays.
    exclude: new Set(['og-image.png', 'pwa-192.png', 'favicon.svg']),
    excludeBytes: [
      Buffer.from(logo),
    ],
  }, '/sub/')

  it('the reading edition: its page by its address, and what it links that is not a font', () => {
    expect(sets.read.map(e => e.url)).toEqual(['read/', 'favicon.svg', 'manifest.webmanifest'])
    expect(sets.read.every(e => typeof e.revision === 'string' && e.revision.length === 32)).toBe(true)
  })

  it('the slides: the application and every font but those only the reading page draws with', () => {
    expect(sets.slides.map(e => e.url)).toEqual([
      './',
      'assets/f-400-notes-dddd4444.woff2',
      'assets/f-400-slides-bbbb2222.woff2',
      'assets/index-cccc3333.js',
      'assets/index-eeee5555.css',
      'assets/photo-77778888.jpg',
      'favicon.svg',
      'manifest.webmanifest',
    ])
    // Hashed names are their own revision; the page has one.
    expect(sets.slides.find(e => e.url === 'assets/index-cccc3333.js')!.revision).toBeNull()
    expect(sets.slides.find(e => e.url === './')!.revision).toMatch(/^[0-9a-f]{32}$/)
  })

  it('neither holds 404.html, the PDF, the link-preview picture, the icons, Slidev\'s logo or the worker', () => {
    const all = [
      ...sets.read,
      ...sets.slides,
    ].map(e => e.url)
    for (const left of [
      '404.html',
      'talk.pdf',
      'og-image.png',
      'pwa-192.png',
      'assets/logo-ffff6666.png',
      'sw.js',
      'workbox-1a2b3c.js',
      '_redirects',
    ])
      expect(all).not.toContain(left)
    expect(sets.fonts).toEqual(['assets/f-400-notes-dddd4444.woff2', 'assets/f-400-read-1-aaaa1111.woff2', 'assets/f-400-slides-bbbb2222.woff2'])
  })

  it('without a static reading page the reading edition\'s set is empty', () => {
    expect(workerSets(files.filter(f => f.path !== 'read/index.html'), { assetsDir: 'assets', worker: 'sw.js' }, '/sub/').read).toEqual([])
  })
})

describe('helpers', () => {
  it('a folder\'s index.html is fetched by the folder\'s address', () => {
    expect(urlOf('index.html')).toBe('./')
    expect(urlOf('read/index.html')).toBe('read/')
    expect(urlOf('assets/a.js')).toBe('assets/a.js')
  })

  it('reads the same-origin paths a page links, under the base', () => {
    expect(linkedPaths(readHtml, '/sub/').sort()).toEqual([
      'assets/f-400-read-1-aaaa1111.woff2',
      'assets/f-400-slides-bbbb2222.woff2',
      'favicon.svg',
      'manifest.webmanifest',
    ])
  })
})

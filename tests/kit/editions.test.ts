/**
 * The kit option `editions` (config.ts): which edition a build is for, what each edition takes
 * from the main one and what it overrides, and the messages for an option that is wrong.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { editionHref, mainBase } from '../../addons/kit/client/editions'
import { checkEditions, ogImageOf, resolveKit } from '../../addons/kit/config'
import { loadKit } from '../../addons/kit/node/deck'
import { alternateLinks } from '../../addons/kit/node/plugins/link-preview'
import { readingAlternates } from '../../addons/kit/node/prerender/static-pages'

const options = {
  url: 'https://deck.test/talk/',
  base: '/talk/',
  label: '中文',
  credit: { short: '改编自', full: '原文' },
  sections: { 一: '一、开场' },
  plan: {
    questions: '2min',
    rate: { perMinute: 200 },
  },
  manifest: { short_name: '演讲', theme_color: '#000000' },
  editions: [
    {
      entry: 'slides.en.md',
      path: 'en/',
      label: 'English',
      credit: { short: 'Adapted', full: 'The article' },
      plan: {
        rate: { perMinute: 150 },
      },
      manifest: { short_name: 'Talk' },
    },
  ],
}

describe('editions', () => {
  it('the main edition: its own options, at the url and base; the other edition listed', () => {
    const kit = resolveKit(options, {}, 'zh-CN', {
      entry: 'slides.md',
      langs: { 'slides.en.md': 'en' },
    })
    expect(kit.edition.path).toBe('')
    expect(kit.url).toBe('https://deck.test/talk/')
    expect(kit.base).toBe('/talk/')
    expect(kit.words.readingEdition).toBe('阅读版')
    expect(kit.plan.rate.perMinute).toBe(200)
    expect(kit.editions.map(e => [e.path, e.lang, e.label, e.url, e.base])).toEqual([
      [
        '',
        'zh-CN',
        '中文',
        'https://deck.test/talk/',
        '/talk/',
      ],
      [
        'en/',
        'en',
        'English',
        'https://deck.test/talk/en/',
        '/talk/en/',
      ],
    ])
  })

  it('an edition: at <url><path> and <base><path>, in its language, its options over the main one\'s', () => {
    const kit = resolveKit(options, { DECK_BASE: '/sub/' }, 'en', {
      entry: './slides.en.md',
      langs: { 'slides.md': 'zh-CN' },
    })
    expect(kit.edition.path).toBe('en/')
    expect(kit.url).toBe('https://deck.test/talk/en/')
    expect(kit.readUrl).toBe('https://deck.test/talk/en/read/')
    expect(kit.base).toBe('/sub/en/')
    expect(kit.words.readingEdition).toBe('Reading edition')
    expect(kit.credit.full).toBe('The article')
    // Replaced whole: the main edition's Chinese section titles are not the English edition's.
    expect(kit.sections).toEqual({ 一: '一、开场' })
    expect(kit.plan.rate.perMinute).toBe(150)
    expect(kit.plan.questions).toBe(120)
    expect(kit.manifest).toEqual({ short_name: 'Talk', theme_color: '#000000' })
    expect(kit.edition.ogImage).toBe('og-image-en.png')
  })

  it('a talk without editions is as before: one edition, no alternates', () => {
    const kit = resolveKit({ url: 'https://deck.test/' }, {}, 'en')
    expect(kit.editions).toHaveLength(1)
    expect(kit.edition.ogImage).toBe('og-image.png')
    expect(alternateLinks(kit)).toEqual([])
  })

  it('names the field that is wrong', () => {
    const bad = (editions: unknown, label = '中文') => () => checkEditions({ label, editions: editions as never })
    expect(bad([
      { entry: 'slides.en.md', path: 'en', label: 'English' },
    ])).toThrow(/editions\[0\]\.path .*ending in '\/'/)
    expect(bad([
      { entry: 'slides.en.md', path: '/en/', label: 'English' },
    ])).toThrow(/editions\[0\]\.path/)
    expect(bad([
      { entry: 'slides.en.md', path: 'read/', label: 'English' },
    ])).toThrow(/editions\[0\]\.path/)
    expect(bad([
      { entry: 'slides.md', path: 'en/', label: 'English' },
    ])).toThrow(/editions\[0\]\.entry .*main edition's own file/)
    expect(bad([
      { entry: 'slides.en.md', path: 'en/', label: 'English' },
      { entry: 'slides.fr.md', path: 'en/', label: 'Français' },
    ])).toThrow(/editions\[1\]\.path: two editions at "en\/"/)
    expect(bad([
      { entry: 'slides.en.md', path: 'en/', label: '' },
    ])).toThrow(/editions\[0\]\.label/)
    expect(bad([
      { entry: 'slides.en.md', path: 'en/', label: 'English' },
    ], '')).toThrow(/deck\.config: label/)
  })

  it('an edition whose file is missing stops the build, naming it', async () => {
    // Inside the project, where its TypeScript loader reaches (a deck.config.ts in /tmp is not imported).
    mkdirSync('test-results', { recursive: true })
    const dir = mkdtempSync(join(process.cwd(), 'test-results', 'editions-'))
    try {
      writeFileSync(join(dir, 'slides.md'), '---\nlang: zh-CN\n---\n\n# 一\n')
      writeFileSync(join(dir, 'deck.config.ts'), `export default ${JSON.stringify(options)}\n`)
      await expect(loadKit(dir, {}, 'zh-CN', join(dir, 'slides.md'))).rejects.toThrow(/editions\[0\]\.entry names slides\.en\.md, which is not in/)
      writeFileSync(join(dir, 'slides.en.md'), '---\nlang: en\n---\n\n# One\n')
      const kit = await loadKit(dir, {}, 'zh-CN', join(dir, 'slides.md'))
      expect(kit.editions[1]!.lang).toBe('en')
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('links: the same slide in the other edition, the reading page\'s alternates to reading pages', () => {
    expect(mainBase('/talk/en/', 'en/')).toBe('/talk/')
    expect(editionHref('/talk/en/', 'en/', '', '7')).toBe('/talk/7')
    expect(editionHref('/talk/', '', 'en/', 'read/')).toBe('/talk/en/read/')
    expect(ogImageOf('en/')).toBe('og-image-en.png')
    const kit = resolveKit(options, {}, 'zh-CN', {
      langs: { 'slides.en.md': 'en' },
    })
    const links = alternateLinks(kit).map(l => `<link rel="alternate" hreflang="${l.attrs.hreflang}" href="${l.attrs.href}" data-deck-edition="${l.attrs['data-deck-edition']}">`).join('')
    expect(readingAlternates(links).match(/href="[^"]+"/g)).toEqual([
      'href="https://deck.test/talk/read/"',
      'href="https://deck.test/talk/en/read/"',
      'href="https://deck.test/talk/read/"',
    ])
  })
})

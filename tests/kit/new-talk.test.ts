/**
 * @vitest-environment node
 *
 * `npm run new -- <folder> "<title>"` makes a talk from the example that is its own: its title on
 * the cover and in the headmatter, its file names, an address and base that agree, its web-app
 * name, no picture of another talk, the kit named and imported by its package name, and the
 * kit's words in the talk's language. (The e2e tests of the example run on such a talk too:
 * docs/testing.md.)
 */
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { run } from '../../addons/kit/node/commands/new'
import { loadTalk } from '../../addons/kit/node/deck'
import { previewProblems } from '../../addons/kit/node/plugins/link-preview'
import { en } from '../../addons/kit/shared/words/en'

// Inside the repository, so the talk finds the kit's package as any talk here does.
const FOLDER = `talks/.test-new-${process.pid}`
afterAll(() => rmSync(FOLDER, { recursive: true, force: true }))

describe('a talk made with one command', () => {
  it('is made, and refuses to overwrite it', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(await run([FOLDER, 'My «new» talk', '--no-picture'])).toBe(0)
    expect(await run([FOLDER, 'Again', '--no-picture'])).toBe(2)
    expect(error.mock.calls.flat().join('\n')).toMatch(/already exists/)
    expect(await run([])).toBe(2)
    log.mockRestore()
    error.mockRestore()
  })

  it('has its own title, file names, address, base and web-app name', async () => {
    const { deck, kit } = await loadTalk(join(FOLDER, 'slides.md'), {})
    const slug = `test-new-${process.pid}`
    expect(deck.meta.title).toBe('My «new» talk')
    expect(deck.slides[0]!.title).toBe('My «new» talk')
    expect(deck.name).toBe(slug)
    expect(kit.url).toBe(`https://deck.example.org/${slug}/`)
    expect(kit.base).toBe(`/${slug}/`)
    expect(kit.manifest.short_name).toBe('My «new» talk')
    expect(previewProblems({
      kit,
      title: deck.meta.title,
      base: kit.base,
      root: deck.root,
    })).toEqual([])
  })

  it('carries no picture of the example, and nothing the example built', () => {
    expect(existsSync(join(FOLDER, 'public', 'og-image.png'))).toBe(false)
    expect(existsSync(join(FOLDER, 'exports'))).toBe(false)
    expect(existsSync(join(FOLDER, 'node_modules'))).toBe(false)
  })

  it('names and imports the kit by its package name, and gets its words in English', async () => {
    expect(readFileSync(join(FOLDER, 'slides.md'), 'utf8')).toMatch(/^addons:\n {2}- slidev-addon-deck-kit$/m)
    const code = ['deck.config.ts', 'components/Surfaces.vue', 'lib/pptx-spec.ts'].map(f => readFileSync(join(FOLDER, f), 'utf8')).join('\n')
    expect(code).toContain('from \'slidev-addon-deck-kit\'')
    expect(code).not.toMatch(/from '[^']*addons\/kit/)
    const { kit } = await loadTalk(join(FOLDER, 'slides.md'), {})
    expect(kit.words).toEqual(en)
  })

  it('a picture of another title, or an address off the base, is named', async () => {
    const { deck, kit } = await loadTalk('examples/three-surfaces/slides.md', {})
    const picture = readFileSync('examples/three-surfaces/public/og-image.png')
    const problems = previewProblems({
      kit: { ...kit, url: 'https://x.example/elsewhere/' },
      title: 'Another title',
      base: '/',
      picture,
      root: deck.root,
    })
    expect(problems).toEqual([
      expect.stringContaining(`shows the title "${deck.meta.title}", not this talk's "Another title"`),
      expect.stringContaining('served under /elsewhere/, but the site is built for /'),
    ])
  })
})

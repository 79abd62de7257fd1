/**
 * @vitest-environment node
 *
 * A deck whose address is still the placeholder (deck.example.org) gets no QR code, no short URL
 * and no link-preview address from the kit's plugins (the kit module, the link preview), and the
 * build says why, once; a real address gets all three.
 */
import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { resolveKit } from '../../addons/kit/config'
import { readDeck } from '../../addons/kit/node/deck'
import { kitModule, PLACEHOLDER_LINE } from '../../addons/kit/node/plugins/kit-module'
import { linkPreview } from '../../addons/kit/node/plugins/link-preview'

const entry = fileURLToPath(new URL('../../slides.md', import.meta.url))
const deck = await readDeck(entry)

type Hooks = Record<keyof Plugin, any>

function run(url: string) {
  const warnings: string[] = []
  const kit = resolveKit({ url }, {})
  // The hooks as the plugins define them (plain functions and one `{ handler }`), called the way Vite does.
  const module = kitModule(kit) as unknown as Hooks
  const preview = linkPreview({
    deck: () => deck,
    kit,
  }) as unknown as Hooks
  for (const plugin of [module, preview]) {
    plugin.configResolved({
      root: fileURLToPath(new URL('../..', import.meta.url)),
      base: new URL(url).pathname,
      command: 'build',
      logger: {
        warn: (m: string) => warnings.push(m),
        info: () => {},
      },
    })
    plugin.buildStart.call({
      warn: (m: string) => warnings.push(m),
    })
  }
  const html = preview.transformIndexHtml.handler('<html><head></head><body></body></html>') as { tags: { attrs: Record<string, string> }[] }
  return {
    warnings,
    module: module.load('\0virtual:deck-kit') as string,
    tags: JSON.stringify(html.tags),
  }
}

describe('the share plugins', () => {
  it('leave the placeholder address out of everything people get, and say so once', () => {
    const { warnings, module, tags } = run('https://deck.example.org/talk/')
    expect(warnings.filter(w => w.includes(PLACEHOLDER_LINE))).toHaveLength(1)
    expect(module).not.toContain('example.org')
    expect(JSON.parse(module.replace(/^export default /, ''))).toMatchObject({
      qrSvg: '',
      url: '',
      readUrl: '',
      shortUrl: '',
      shortHost: '',
      shortPath: '',
    })
    expect(tags).not.toContain('example.org')
    expect(tags).not.toContain('og:url')
    expect(tags).not.toContain('canonical')
  })

  it('draw a real address', () => {
    const { warnings, module, tags } = run('https://talks.someone.test/talk/')
    expect(warnings.join('\n')).not.toContain(PLACEHOLDER_LINE)
    expect(module).toContain('<svg')
    expect(module).toContain('talks.someone.test/talk')
    expect(tags).toContain('"og:url","content":"https://talks.someone.test/talk/"')
    expect(tags).toContain('canonical')
  })
})

/**
 * @vitest-environment node
 *
 * A deck whose address is still the placeholder (deck.example.org) gets no QR code, no short URL
 * and no link-preview address from the kit's share plugin, and the build says why; a real address
 * gets all three.
 */
import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { resolveKit } from '../../addons/kit/config'
import { deckShare, PLACEHOLDER_LINE } from '../../addons/kit/node/vite/share'

const entry = fileURLToPath(new URL('../../slides.md', import.meta.url))

function run(url: string) {
  const warnings: string[] = []
  // The hooks as the plugin defines them (plain functions and one `{ handler }`), called the way Vite does.
  const plugin = deckShare({
    entry,
    kit: resolveKit({ url }, {}),
  }) as unknown as Record<keyof Plugin, any>
  plugin.configResolved({
    root: fileURLToPath(new URL('../..', import.meta.url)),
    base: '/',
    command: 'build',
    logger: {
      warn: (m: string) => warnings.push(m),
      info: () => {},
    },
  })
  plugin.buildStart.call({
    warn: (m: string) => warnings.push(m),
  })
  const module = plugin.load('\0virtual:deck-kit') as string
  const html = plugin.transformIndexHtml.handler('<html><head></head><body></body></html>') as { tags: { attrs: Record<string, string> }[] }
  return {
    warnings,
    module,
    tags: JSON.stringify(html.tags),
  }
}

describe('the share plugin', () => {
  it('leaves the placeholder address out of everything people get, and says so', () => {
    const { warnings, module, tags } = run('https://deck.example.org/talk/')
    expect(warnings.join('\n')).toContain(PLACEHOLDER_LINE)
    expect(module).not.toContain('example.org')
    expect(JSON.parse(module.replace(/^export default /, ''))).toMatchObject({ qrSvg: '', url: '', shortUrl: '' })
    expect(tags).not.toContain('example.org')
    expect(tags).not.toContain('og:url')
  })

  it('draws a real address', () => {
    const { warnings, module, tags } = run('https://talks.someone.test/talk/')
    expect(warnings.join('\n')).not.toContain(PLACEHOLDER_LINE)
    expect(module).toContain('<svg')
    expect(module).toContain('talks.someone.test/talk')
    expect(tags).toContain('"og:url","content":"https://talks.someone.test/talk/"')
  })
})

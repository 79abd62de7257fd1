/**
 * @vitest-environment node
 *
 * The folder says where code runs: the talk's components/, layouts/, data/ and lib/ and the kit's
 * client/, shared/, components/ and app set-up run in the deck, in the browser (shared/ and lib/
 * are imported by Node too); the kit's node/ and the repository's scripts/ run in Node at build,
 * export and bench time. ESLint (eslint.config.js, part of `npm run lint`) stops browser code from
 * importing a Node built-in or anything under the kit's node/. These cases check that the rule bites where it should and
 * only there, so a later config change cannot switch it off unnoticed.
 */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter(m => m.ruleId === 'no-restricted-imports').map(m => m.message)
}

const nodeImport = 'import { readFileSync } from \'node:fs\'\n\nexport const read = readFileSync\n'
const bareImport = 'import { join } from \'path\'\n\nexport const j = join\n'
const nodeFolderImport = 'import { findChromium } from \'../node/chromium\'\n\nexport const f = findChromium\n'

// The first lint loads the whole config, which takes seconds on a busy machine.
describe('browser code cannot import Node built-ins', { timeout: 60_000 }, () => {
  it.each([
    'addons/kit/client/probe.ts',
    'addons/kit/shared/probe.ts',
    'addons/kit/setup/main.ts',
    'components/probe.ts',
    'lib/probe.ts',
    'data/probe.ts',
  ])('%s: node:fs is refused', async (file) => {
    expect(await restricted(file, nodeImport)).toEqual([
      expect.stringContaining('runs in the browser'),
    ])
  })

  it('a bare built-in name (path) is refused too', async () => {
    expect(await restricted('addons/kit/client/probe.ts', bareImport)).toEqual([
      expect.stringContaining('runs in the browser'),
    ])
  })

  it('a .vue component is checked', async () => {
    const sfc = `<script setup lang="ts">\n${nodeImport}</script>\n\n<template>\n  <div />\n</template>\n`
    expect(await restricted('components/Probe.vue', sfc)).toEqual([
      expect.stringContaining('runs in the browser'),
    ])
  })

  it('browser code cannot reach into the kit\'s node/', async () => {
    expect(await restricted('addons/kit/client/probe.ts', nodeFolderImport)).toEqual([
      expect.stringContaining('node/'),
    ])
  })

  it('the kit\'s node/ and scripts/ may import Node built-ins', async () => {
    expect(await restricted('addons/kit/node/probe.ts', nodeImport)).toEqual([])
    expect(await restricted('scripts/probe.ts', nodeImport)).toEqual([])
  })
})

describe('a talk reaches the kit only by its package name', { timeout: 60_000 }, () => {
  const byPath = 'import { pptxAttribute } from \'../addons/kit/shared/pptx-spec\'\n\nexport const p = pptxAttribute\n'
  const inside = 'import { say } from \'slidev-addon-deck-kit/shared/words.ts\'\n\nexport const s = say\n'
  const byName = 'import { pptxAttribute } from \'slidev-addon-deck-kit/pptx\'\n\nexport const p = pptxAttribute\n'

  it.each([
    'components/probe.ts',
    'lib/probe.ts',
    'deck.config.ts',
    'examples/three-surfaces/lib/probe.ts',
    'talks/probe/components/probe.ts',
  ])('%s: a path into addons/kit, or a subpath the package does not export, is refused', async (file) => {
    expect(await restricted(file, byPath)).toEqual([
      expect.stringContaining('by its name'),
    ])
    expect(await restricted(file, inside)).toEqual([
      expect.stringContaining('exports is public'),
    ])
  })

  it('the name and its exported subpaths are allowed', async () => {
    expect(await restricted('components/probe.ts', byName)).toEqual([])
    expect(await restricted('deck.config.ts', 'import { defineKit } from \'slidev-addon-deck-kit\'\n\nexport default defineKit\n')).toEqual([])
  })

  it('the kit\'s own files keep their relative imports', async () => {
    expect(await restricted('addons/kit/client/probe.ts', 'import { say } from \'../shared/words.ts\'\n\nexport const s = say\n')).toEqual([])
  })
})

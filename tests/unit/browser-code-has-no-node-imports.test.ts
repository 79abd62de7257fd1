/**
 * @vitest-environment node
 *
 * The folder says where code runs: client/ and Slidev's folders (components/, layouts/, setup/,
 * data/) run in the deck, in the browser; node/ runs in Node at build, export and bench time.
 * ESLint (eslint.config.js, part of `npm run lint`) stops browser code from importing a Node
 * built-in or anything under node/. These cases check that the rule bites where it should and
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

describe('browser code cannot import Node built-ins', () => {
  it.each([
    'client/probe.ts',
    'components/probe.ts',
    'setup/probe.ts',
    'data/probe.ts',
  ])('%s: node:fs is refused', async (file) => {
    expect(await restricted(file, nodeImport)).toEqual([
      expect.stringContaining('runs in the browser'),
    ])
  })

  it('a bare built-in name (path) is refused too', async () => {
    expect(await restricted('client/probe.ts', bareImport)).toEqual([
      expect.stringContaining('runs in the browser'),
    ])
  })

  it('a .vue component is checked', async () => {
    const sfc = `<script setup lang="ts">\n${nodeImport}</script>\n\n<template>\n  <div />\n</template>\n`
    expect(await restricted('components/Probe.vue', sfc)).toEqual([
      expect.stringContaining('runs in the browser'),
    ])
  })

  it('browser code cannot reach into node/', async () => {
    expect(await restricted('client/probe.ts', nodeFolderImport)).toEqual([
      expect.stringContaining('node/'),
    ])
  })

  it('node/ may import Node built-ins', async () => {
    expect(await restricted('node/probe.ts', nodeImport)).toEqual([])
  })
})

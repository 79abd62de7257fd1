/**
 * The kit's build command: `slidev build` with the base path from the talk's kit options (`base`
 * in deck.config.ts, or DECK_BASE; default "/"). Extra arguments go to Slidev; the first one may
 * name the talk's slides.md (default ./slides.md):
 *
 *   node addons/kit/node/build.ts                                   the talk in this folder
 *   node addons/kit/node/build.ts examples/x/slides.md --out dist   another talk
 *   npm run build -- --out dist-sub --base /wecom-20/               --base wins over the options
 *
 * The base goes in through Slidev's --base (not only Vite's `base`), because Slidev also uses it
 * for the PWA manifest and service worker scope and for preloaded images. A plain `slidev build`
 * gets every part of the kit too, at "/".
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { loadKit } from './deck.ts'

const args = process.argv.slice(2)
const entry = args[0]?.endsWith('.md')
  ? args.shift()!
  : 'slides.md'
const hasBase = args.some(a => a === '--base' || a.startsWith('--base='))
const kit = await loadKit(dirname(resolve(entry)))
const bin = join(dirname(createRequire(import.meta.url).resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')
const r = spawnSync(process.execPath, [
  bin,
  'build',
  entry,
  ...(hasBase
    ? []
    : ['--base', kit.base]),
  ...args,
], { stdio: 'inherit' })
process.exit(r.status ?? 1)

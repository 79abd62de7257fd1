/**
 * `npm run build`: `slidev build` with the base path from deck.config.ts (DECK_BASE, default "/").
 * Extra arguments go to Slidev: `npm run build -- --out dist-sub --base /wecom-20/`.
 *
 * The base goes in through Slidev's --base (not only Vite's `base`), because Slidev also uses it
 * for the PWA manifest and service worker scope and for preloaded images.
 * When exports/<exportFilename>.pdf exists (npm run export:pdf), the site offers it for download.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import deck from '../deck.config.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const hasBase = args.some(a => a === '--base' || a.startsWith('--base='))
const bin = join(root, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
const r = spawnSync(process.execPath, [
  bin,
  'build',
  ...(hasBase
    ? []
    : ['--base', deck.base]),
  ...args,
], { stdio: 'inherit', cwd: root })
process.exit(r.status ?? 1)

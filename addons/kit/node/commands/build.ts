/**
 * `deck-kit build [talk] [--out dir] [--base /path/] [slidev build options]`: `slidev build` with
 * the base path from the talk's options (`base` in deck.config.ts, or DECK_BASE; default "/").
 * The talk in the current folder builds into dist/, any other into dist-<its folder's name>/
 * here (Slidev's --out is relative to the talk's folder, hence the path this computes).
 *
 * The base goes in through Slidev's --base (not only Vite's `base`), because Slidev also uses it
 * for the PWA manifest and service worker scope and for preloaded images.
 */
import { spawnSync } from 'node:child_process'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { loadTalk } from '../deck.ts'
import { slidevBin } from './slidev-bin.ts'
import { takeTalk } from './talk-arg.ts'

/** Where a talk builds unless told: dist/ for the current folder's talk, dist-<name>/ for another. */
export function defaultOut(entry: string, cwd = process.cwd()): string {
  const root = dirname(entry)
  return resolve(root) === resolve(cwd)
    ? 'dist'
    : relative(root, join(cwd, `dist-${basename(root)}`))
}

export async function run(args: string[]): Promise<number> {
  const { entry, rest } = takeTalk(args)
  const has = (flag: string) => rest.some(a => a === flag || a.startsWith(`${flag}=`))
  const { kit } = await loadTalk(entry)
  const r = spawnSync(process.execPath, [
    slidevBin(),
    'build',
    entry,
    ...(has('--base')
      ? []
      : ['--base', kit.base]),
    ...(has('--out')
      ? []
      : [
          '--out',
          defaultOut(entry),
        ]),
    ...rest,
  ], { stdio: 'inherit' })
  return r.status ?? 1
}

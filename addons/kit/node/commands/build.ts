/**
 * `deck-kit build [talk] [--out dir] [--base /path/] [slidev build options]`: `slidev build` with
 * the base path from the talk's options (`base` in deck.config.ts, or DECK_BASE; default "/").
 * The talk in the current folder builds into dist/, any other into dist-<its folder's name>/
 * here (Slidev's --out is relative to the talk's folder, hence the path this computes).
 *
 * A talk with `editions` named by its folder builds every edition: the main one first (Vite
 * empties its output folder, which holds the others), then each into `<out><path>` at
 * `<base><path>`. A Markdown file builds that one edition, at its own place in the output.
 *
 * The base goes in through Slidev's --base (not only Vite's `base`), because Slidev also uses it
 * for the PWA manifest and service worker scope and for preloaded images.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { normalizeBase } from '../../config.ts'
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

/** The value of `--flag value` or `--flag=value` in `args`, and the args without it. */
export function takeOption(args: string[], flag: string): { value?: string, rest: string[] } {
  const at = args.findIndex(a => a === flag || a.startsWith(`${flag}=`))
  if (at < 0)
    return { rest: args }
  const inline = args[at]!.includes('=')
  return {
    value: inline
      ? args[at]!.slice(flag.length + 1)
      : args[at + 1],
    rest: args.filter((_, i) => i !== at && (inline || i !== at + 1)),
  }
}

export async function run(args: string[]): Promise<number> {
  const { entry, rest: afterTalk, whole } = takeTalk(args)
  const base = takeOption(afterTalk, '--base')
  const out = takeOption(base.rest, '--out')
  const rest = out.rest
  const { kit } = await loadTalk(entry)
  const root = dirname(entry)
  const main = kit.editions[0]!
  // The main edition's base and output folder; every other edition's are below them.
  const mainBase = base.value
    ? normalizeBase(base.value)
    : main.base
  const mainOut = out.value ?? defaultOut(join(root, main.entry))
  const editions = whole
    ? kit.editions
    : [kit.edition]
  for (const edition of editions) {
    const r = spawnSync(process.execPath, [
      slidevBin(),
      'build',
      join(root, edition.entry),
      '--base',
      `${mainBase}${edition.path}`,
      '--out',
      edition.path
        ? join(mainOut, edition.path)
        : mainOut,
      ...rest,
    ], { stdio: 'inherit' })
    if (r.status !== 0)
      return r.status ?? 1
  }
  if (whole && editions.length > 1)
    mergeRedirects(resolve(root, mainOut), editions.slice(1).map(e => e.path))
  return 0
}

/**
 * Hosts that read `_redirects` (Netlify, Cloudflare Pages) read only the site's top one: each
 * edition's SPA fallback (Slidev writes one per build) goes before the main edition's catch-all,
 * the deepest path first, so `/en/7` gets the English application.
 */
export function mergeRedirects(out: string, paths: string[]): void {
  const file = join(out, '_redirects')
  if (!existsSync(file))
    return
  const rules = [...paths]
    .sort((a, b) => b.length - a.length)
    .map(p => join(out, p, '_redirects'))
    .filter(f => existsSync(f))
    .map(f => readFileSync(f, 'utf8').trim())
  writeFileSync(file, `${[
    ...rules,
    readFileSync(file, 'utf8').trim(),
  ].join('\n')}\n`)
}

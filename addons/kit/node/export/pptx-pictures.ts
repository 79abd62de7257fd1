/**
 * The picture PPTX, as `slidev export --format pptx` makes it: one picture per reveal step, the
 * speaker notes attached; pixel-exact, for presenting from a venue's PC (the editable one is
 * pptx/editable.ts). Slidev's exporter runs in a child process with its own dev server, told
 * which browser to use (--executable-path), so nothing is downloaded.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export function exportPicturePptx(options: { entry: string, out: string, executablePath: string, root: string, timeout: number }): void {
  const bin = join(dirname(createRequire(import.meta.url).resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')
  const args = [
    'export',
    options.entry,
    '--format',
    'pptx',
    '--with-clicks',
    '--executable-path',
    options.executablePath,
    '--output',
    options.out,
    '--timeout',
    String(options.timeout),
  ]
  const r = spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit', env: process.env, cwd: options.root })
  if (r.status !== 0)
    throw new Error(`slidev ${args.join(' ')} failed (${r.status ?? r.signal})`)
}

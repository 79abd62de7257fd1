/**
 * The picture PPTX, as `slidev export --format pptx` makes it: one picture per reveal step, the
 * speaker notes attached; pixel-exact, for presenting from a venue's PC (the editable one is
 * pptx/editable.ts). Slidev's exporter runs in a child process with its own dev server, told
 * which browser to use (--executable-path), so nothing is downloaded. Slidev writes it with
 * pptxgenjs, so it carries the same package faults as the editable file; they are mended in the
 * written file (pptx/mend.ts `mendPackage`).
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import JSZip from 'jszip'
import { packageProblems } from './pptx/check.ts'
import { mendPackage } from './pptx/mend.ts'

/** Writes the file and returns what the package checks still find in it (nothing, once mended). */
export async function exportPicturePptx(options: { entry: string, out: string, executablePath: string, root: string, timeout: number, lang: string }): Promise<string[]> {
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
  return mendPictureFile(options.out, options.lang)
}

/** Slidev's file, mended where it lies; what the package checks still find in it. */
export async function mendPictureFile(file: string, lang: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file))
  await mendPackage(zip, lang)
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
  writeFileSync(file, data)
  return packageProblems(data)
}

/**
 * A real office suite opening a PPTX: LibreOffice Impress (Debian's libreoffice-impress-nogui,
 * `npm run system-deps`) converts it headless to PDF, with a profile of its own in a fresh
 * temporary folder so runs in parallel never share one (a shared profile makes a second soffice
 * hand its work to the first, or fail).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'

export function hasLibreOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 })
    return true
  }
  catch {
    return false
  }
}

/** Convert `file` to PDF in a new temporary folder; returns the PDF's path and a function that removes the folder. */
export function convertToPdf(file: string): { pdf: string, cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'pptx-office-'))
  const profile = join(dir, 'profile')
  execFileSync('soffice', [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    '--headless',
    '--norestore',
    '--convert-to',
    'pdf',
    '--outdir',
    dir,
    file,
  ], { stdio: 'pipe', timeout: 240_000 })
  const pdf = join(dir, basename(file).replace(/\.pptx$/, '.pdf'))
  if (!existsSync(pdf))
    throw new Error(`LibreOffice wrote no PDF for ${file}`)
  return {
    pdf,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  }
}

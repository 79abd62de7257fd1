/**
 * The PDF step, wall time in all and per slide, with the Chromium found here: for this deck its
 * own exporter (`npm run export:pdf`: Slidev's print route in Playwright, tagged, fonts waited
 * for; it writes exports/<name>.pdf, as the command does), for the reference `slidev export`.
 */
import type { Deck, Metrics } from './constants.ts'
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { EXPORT_DIR } from '../../deck.config.ts'
import { CHROMIUM, ROOT, slidevBin } from './constants.ts'
import { runTimed } from './processes.ts'

function deckPdfPath(): string {
  const head = parseSync(readFileSync(join(ROOT, 'slides.md'), 'utf8'), 'slides.md').slides[0]?.frontmatter ?? {}
  return join(ROOT, EXPORT_DIR, `${String(head.exportFilename || 'slidev-exported')}.pdf`)
}

export async function exportPdf(deck: Deck, run: number): Promise<Metrics> {
  rmSync(deck.pdf, { force: true })
  let seconds: number
  if (deck.key === 'deck') {
    const out = deckPdfPath()
    rmSync(out, { force: true })
    seconds = await runTimed(`export-${deck.key}-${run}`, [
      join(ROOT, 'node/export/export.ts'),
      'pdf',
    ], ROOT, 10 * 60_000)
    if (!existsSync(out))
      throw new Error(`npm run export:pdf wrote no ${out}`)
    copyFileSync(out, deck.pdf)
  }
  else {
    seconds = await runTimed(`export-${deck.key}-${run}`, [
      slidevBin(deck.cwd),
      'export',
      deck.entry,
      '--output',
      deck.pdf,
      '--executable-path',
      CHROMIUM,
    ], deck.cwd, 10 * 60_000)
    if (!existsSync(deck.pdf))
      throw new Error(`slidev export wrote no ${deck.pdf}`)
  }
  return { pdfSeconds: seconds, pdfPerSlideSeconds: seconds / deck.slides }
}

/**
 * The PDF step, wall time in all and per slide, with the Chromium found here: for this deck its
 * own exporter (`npm run export:pdf`: Slidev's print route in Playwright, tagged, fonts waited
 * for; it writes exports/<name>.pdf, as the command does), for the reference `slidev export`.
 */
import type { Deck, Metrics } from './constants.ts'
import { copyFileSync, existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { loadTalk } from '../../addons/kit/node/deck.ts'
import { exportFiles } from '../../addons/kit/node/export/run.ts'
import { CHROMIUM, ROOT, slidevBin } from './constants.ts'
import { runTimed } from './processes.ts'

async function deckPdfPath(): Promise<string> {
  const { deck, kit } = await loadTalk(join(ROOT, 'slides.md'))
  return exportFiles(deck.root, kit.exportDir, deck.name).pdf
}

export async function exportPdf(deck: Deck, run: number): Promise<Metrics> {
  rmSync(deck.pdf, { force: true })
  let seconds: number
  if (deck.key === 'deck') {
    const out = await deckPdfPath()
    rmSync(out, { force: true })
    seconds = await runTimed(`export-${deck.key}-${run}`, [
      join(ROOT, 'addons/kit/node/cli.ts'),
      'export',
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

/**
 * The PDF step: `slidev export` wall time, in all and per slide, with the Chromium found here.
 */
import type { Deck, Metrics } from './constants.ts'
import { existsSync, rmSync } from 'node:fs'
import { CHROMIUM, slidevBin } from './constants.ts'
import { runTimed } from './processes.ts'

export async function exportPdf(deck: Deck, run: number): Promise<Metrics> {
  rmSync(deck.pdf, { force: true })
  const seconds = await runTimed(`export-${deck.key}-${run}`, [
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
  return { pdfSeconds: seconds, pdfPerSlideSeconds: seconds / deck.slides }
}

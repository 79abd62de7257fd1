import type { Browser } from 'playwright'
import type { ResolvedKit } from '../../../config.ts'
import type { Deck } from '../../deck.ts'
import type { SlideInput } from './write.ts'
/**
 * The editable PPTX: the slides as native PowerPoint text, shapes and charts, with the speaker
 * notes, written with pptxgenjs. The same page the slide PDF prints (Slidev's print route, every
 * reveal shown) is read once as a layout snapshot (snapshot.ts); each slide is walked into parts
 * (walk.ts, spec.ts), written (write.ts, chart.ts) and the file finished (finish.ts). Reveals are
 * not animated: pptxgenjs 4.0.1 writes no animations, so every slide is in its final state.
 */
import { writeFileSync } from 'node:fs'
import PptxGenJS from 'pptxgenjs'
import { openPrintRoute } from '../print-pdf.ts'
import { packageProblems, slideProblems } from './check.ts'
import { finishPptx } from './finish.ts'
import { notesParagraphs } from './notes.ts'
import { readPptx } from './read.ts'
import { descendants, picture, prepareSpecs, snapshot } from './snapshot.ts'
import { walkSlide } from './walk.ts'
import { writeSlides } from './write.ts'

/** Device pixels per CSS px for pictures of what has no native form (a QR code): sharp when projected. */
const PICTURE_SCALE = 4

export interface EditableSummary {
  slides: number
  texts: number
  shapes: number
  charts: number
  pictures: number
  /** Slides whose notes are not empty. */
  withNotes: number
  warnings: string[]
}

export async function writeEditablePptx(browser: Browser, origin: string, deck: Deck, kit: ResolvedKit, options: {
  out: string
  timeout: number
}): Promise<EditableSummary> {
  const { page } = await openPrintRoute(browser, origin, deck, { withClicks: false, timeout: options.timeout })
  let slides: SlideInput[]
  try {
    await prepareSpecs(page)
    const root = await snapshot(page)
    const frames = [
      ...descendants(root),
    ].filter(n => (n.attrs.class ?? '').split(/\s+/).includes('print-slide-container'))
    if (frames.length !== deck.slides.length)
      throw new Error(`the print route shows ${frames.length} slides for ${deck.slides.length}`)
    slides = frames.map((frame, i) => {
      const page = frame.children.find(c => c.attrs['data-slidev-no'])
      const no = Number(page?.attrs['data-slidev-no'] ?? i + 1)
      const source = deck.slides[no - 1]
      return {
        ...walkSlide(frame, no),
        notes: notesParagraphs(source?.note ?? '', kit.words.cue),
      }
    })
    for (const s of slides) {
      for (const p of s.parts) {
        if (p.kind === 'image')
          p.data = await picture(page, p.page, PICTURE_SCALE)
      }
    }
  }
  finally {
    await page.close()
  }

  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = deck.meta.title
  pptx.author = deck.meta.author
  pptx.subject = deck.meta.subject
  pptx.theme = { headFontFace: kit.pptx.latinFont, bodyFontFace: kit.pptx.latinFont }
  const fonts = { latinFont: kit.pptx.latinFont, eastAsianFont: kit.pptx.eastAsianFont, lang: deck.meta.lang }
  const charts = writeSlides(pptx, slides, { canvas: deck.canvas, latinFont: fonts.latinFont, lang: fonts.lang })
  const written = await pptx.write({ outputType: 'nodebuffer' }) as Buffer
  const file = await finishPptx(written, charts, fonts)
  writeFileSync(options.out, file)

  // What the file holds, read back from its own XML.
  const back = await readPptx(file)
  const problems = back.slides.flatMap((s) => {
    const p = slideProblems(s, back.size)
    return [
      ...p.outside.map(t => `slide ${s.no}: text box ${t} leaves the slide`),
      ...p.overlapping.map(t => `slide ${s.no}: text boxes ${t} overlap`),
      ...(p.onePicture
        ? [`slide ${s.no} is a picture, not native parts`]
        : []),
    ]
  })

  const faults = await packageProblems(file)

  const all = slides.flatMap(s => s.parts)
  return {
    slides: slides.length,
    texts: all.filter(p => p.kind === 'text').length,
    shapes: all.filter(p => p.kind === 'box' || p.kind === 'line').length,
    charts: charts.length,
    pictures: all.filter(p => p.kind === 'image').length,
    withNotes: back.slides.filter(s => s.notes.length > 0).length,
    warnings: [
      ...slides.flatMap(s => s.warnings),
      ...problems,
      ...faults,
    ],
  }
}

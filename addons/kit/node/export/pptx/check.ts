/**
 * What a slide of an editable PPTX must not be, read from the shapes' own positions (read.ts):
 * text boxes outside the 16:9 frame, text boxes overlapping one another (two texts drawn over
 * each other), a slide that is one picture. The exporter warns of each; the tests fail on them.
 * A decoration (text the slide hides from screen readers, as a section's watermark numeral, named
 * so by walk.ts) may lie under other text, as it does on the slide.
 */
import type { Box, ReadShape, ReadSlide } from './read.ts'
import { DECORATION } from './parts.ts'

/** The box a shape covers once rotated (a quarter turn swaps its width and height about its centre). */
export function coveredBox(s: Pick<ReadShape, 'box' | 'rotate'>): Box {
  const quarter = Math.round(((s.rotate % 180) + 180) % 180) === 90
  if (!quarter)
    return s.box
  const cx = s.box.x + s.box.w / 2
  const cy = s.box.y + s.box.h / 2
  return {
    x: cx - s.box.h / 2,
    y: cy - s.box.w / 2,
    w: s.box.h,
    h: s.box.w,
  }
}

/** The area two boxes share. */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
  return w > 0 && h > 0
    ? w * h
    : 0
}

export interface SlideProblems {
  outside: string[]
  overlapping: string[]
  /** A picture covers half the slide or more, or the slide holds nothing else. */
  onePicture: boolean
}

const label = (s: ReadShape) => JSON.stringify(s.text.replace(/\s+/g, ' ').slice(0, 24))

/**
 * `slack`: EMU a box may pass the frame or share with another before it counts (a rounding, the
 * half-pixel a line box has over its characters): by default 0.02 in.
 */
export function slideProblems(slide: ReadSlide, frame: { w: number, h: number }, slack = 18_288): SlideProblems {
  const texts = slide.shapes.filter(s => s.kind === 'text' && s.text)
  const outside = texts.filter((s) => {
    const b = coveredBox(s)
    return b.x < -slack || b.y < -slack || b.x + b.w > frame.w + slack || b.y + b.h > frame.h + slack
  }).map(label)
  const overlapping: string[] = []
  const content = texts.filter(s => !s.name.startsWith(DECORATION))
  content.forEach((a, i) => {
    for (const b of content.slice(i + 1)) {
      const A = coveredBox(a)
      const B = coveredBox(b)
      // Shared more than a sliver: a strip `slack` deep along the shorter of the two.
      if (overlapArea(A, B) > slack * Math.min(Math.max(A.w, A.h), Math.max(B.w, B.h)))
        overlapping.push(`${label(a)} and ${label(b)}`)
    }
  })
  // A picture over half the slide, or nothing but pictures: the slide is not native.
  const pictures = slide.shapes.filter(s => s.kind === 'picture')
  const onePicture = pictures.some(p => p.box.w * p.box.h >= 0.5 * frame.w * frame.h)
    || (slide.shapes.length > 0 && pictures.length === slide.shapes.length)
  return { outside, overlapping, onePicture }
}

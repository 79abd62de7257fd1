/**
 * Parts (parts.ts) into a pptxgenjs presentation: one 16:9 slide (LAYOUT_WIDE, 13.333 × 7.5 in)
 * per Slidev slide, the canvas's CSS px scaled to its width. Text boxes carry the browser's line
 * breaks with wrapping off, no insets, the text centred in the box line by line at the slide's
 * line pitch, so a typeface of other metrics moves a line a little but never re-wraps it; every
 * run names the Latin face, and finish.ts sets the East Asian one.
 */
import type PptxGenJS from 'pptxgenjs'
import type { ChartPart, Part, Rect, SlideParts, Stroke, TextPart } from './parts.ts'
import type { WriteOptions } from './units.ts'
import { chartCall } from './chart.ts'
import { units } from './units.ts'

export interface SlideInput extends SlideParts {
  notes: string[]
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

/**
 * Room for a typeface a little wider than the slide's: each text box grows along its line's
 * direction (right for left-aligned text, both ways for centred), by 6 % and at most half an em,
 * unless that would reach another text box or leave the slide.
 */
export function loosen(parts: Part[], frame: { width: number, height: number }): Part[] {
  const texts = parts.filter((p): p is TextPart => p.kind === 'text')
  const grown = new Map<TextPart, Rect>()
  for (const t of texts) {
    if (t.rotate)
      continue
    const size = Math.max(...t.lines.flat().map(r => r.size))
    const d = Math.min(t.box.w * 0.06 + 2, size / 2)
    const b = t.box
    const r: Rect = t.align === 'left'
      ? { ...b, w: b.w + d }
      : t.align === 'right'
        ? { ...b, x: b.x - d, w: b.w + d }
        : { ...b, x: b.x - d / 2, w: b.w + d }
    const inside = r.x >= 0 && r.x + r.w <= frame.width
    if (inside && !texts.some(o => o !== t && !overlaps(t.box, o.box) && overlaps(r, o.box)))
      grown.set(t, r)
  }
  return parts.map(p => p.kind === 'text' && grown.has(p)
    ? {
        ...p,
        box: grown.get(p)!,
      }
    : p)
}

const DASH = { solid: 'solid', dash: 'dash', dot: 'sysDot' } as const

function lineProps(s: Stroke, pt: (px: number) => number): PptxGenJS.ShapeLineProps {
  return {
    color: s.paint.hex,
    width: Math.max(0.25, pt(s.width)),
    dashType: DASH[s.dash],
    ...(s.paint.alpha < 1
      ? {
          transparency: Math.round((1 - s.paint.alpha) * 100),
        }
      : {}),
    ...(s.begin
      ? { beginArrowType: 'triangle' as const }
      : {}),
    ...(s.end
      ? { endArrowType: 'triangle' as const }
      : {}),
  }
}

/**
 * How much smaller an office suite draws a superscript run than its size: LibreOffice sets it at
 * 58 % (its default escapement height), PowerPoint at about two thirds. A raised run is written
 * that much larger, so a claim's asterisk stays as large as the slide draws it.
 */
export const SUPERSCRIPT_SCALE = 0.6

function addText(slide: PptxGenJS.Slide, t: TextPart, o: WriteOptions, u: ReturnType<typeof units>): void {
  const runs: PptxGenJS.TextProps[] = t.lines.flatMap((line, i) => line.map((r, j) => ({
    text: r.text,
    options: {
      fontFace: o.latinFont,
      fontSize: u.pt(r.superscript
        ? r.size / SUPERSCRIPT_SCALE
        : r.size),
      bold: r.bold,
      italic: r.italic,
      color: r.paint.hex,
      lang: o.lang,
      ...(r.paint.alpha < 0.99
        ? {
            transparency: Math.round((1 - r.paint.alpha) * 100),
          }
        : {}),
      // pptxgenjs underlines a link unless told otherwise; the slide's own decoration decides.
      ...(r.underline || r.link
        ? {
            underline: {
              style: r.underline
                ? 'sng' as const
                : 'none' as const,
            },
          }
        : {}),
      ...(r.superscript
        ? { superscript: true }
        : {}),
      ...(r.spacing
        ? {
            charSpacing: u.pt(r.spacing),
          }
        : {}),
      ...(r.link
        ? {
            hyperlink: { url: r.link },
          }
        : {}),
      ...(j === line.length - 1 && i < t.lines.length - 1
        ? { breakLine: true }
        : {}),
    },
  })))
  slide.addText(runs, {
    x: u.inch(t.box.x),
    y: u.inch(t.box.y),
    w: u.inch(t.box.w),
    h: u.inch(t.box.h),
    margin: 0,
    valign: 'middle',
    align: t.align,
    wrap: false,
    fit: 'none',
    lineSpacing: u.pt(t.lineHeight),
    paraSpaceBefore: 0,
    paraSpaceAfter: 0,
    isTextBox: true,
    objectName: t.role,
    ...(t.rotate
      ? { rotate: (t.rotate + 360) % 360 }
      : {}),
  })
}

function addPart(pptx: PptxGenJS, slide: PptxGenJS.Slide, p: Part, o: WriteOptions, u: ReturnType<typeof units>, charts: ChartPart[]): void {
  switch (p.kind) {
    case 'box':
      slide.addShape(p.shape as PptxGenJS.ShapeType, {
        x: u.inch(p.box.x),
        y: u.inch(p.box.y),
        w: u.inch(p.box.w),
        h: u.inch(p.box.h),
        ...(p.fill
          ? {
              fill: {
                color: p.fill.hex,
                ...(p.fill.alpha < 1
                  ? {
                      transparency: Math.round((1 - p.fill.alpha) * 100),
                    }
                  : {}),
              },
            }
          : {}),
        ...(p.line
          ? {
              line: lineProps(p.line, u.pt),
            }
          : {}),
        ...(p.rotate
          ? { rotate: (p.rotate + 360) % 360 }
          : {}),
        ...(p.shape === 'roundRect' && p.radius
          ? {
              rectRadius: u.inch(Math.min(p.radius, p.box.w / 2, p.box.h / 2)),
            }
          : {}),
      })
      break
    case 'line':
      slide.addShape(pptx.ShapeType.line, {
        x: u.inch(Math.min(p.x1, p.x2)),
        y: u.inch(Math.min(p.y1, p.y2)),
        w: u.inch(Math.abs(p.x2 - p.x1)),
        h: u.inch(Math.abs(p.y2 - p.y1)),
        flipH: p.x2 < p.x1,
        flipV: p.y2 < p.y1,
        line: lineProps(p.line, u.pt),
      })
      break
    case 'text':
      addText(slide, p, o, u)
      break
    case 'image':
      if (p.data) {
        slide.addImage({
          data: `image/png;base64,${p.data.toString('base64')}`,
          x: u.inch(p.box.x),
          y: u.inch(p.box.y),
          w: u.inch(p.box.w),
          h: u.inch(p.box.h),
          altText: p.alt,
        })
      }
      break
    case 'chart': {
      const { type, data, options } = chartCall(p, o, u)
      slide.addChart(type, data, options)
      charts.push(p)
      break
    }
  }
}

/** Every slide into `pptx`; returns the charts in the order they were added (finish.ts numbers them so). */
export function writeSlides(pptx: PptxGenJS, slides: SlideInput[], o: WriteOptions): ChartPart[] {
  const u = units(o.canvas.width)
  const frame = { width: o.canvas.width, height: o.canvas.width * 9 / 16 }
  const charts: ChartPart[] = []
  for (const s of slides) {
    const slide = pptx.addSlide()
    if (s.background)
      slide.background = { color: s.background.hex }
    for (const p of loosen(s.parts, frame))
      addPart(pptx, slide, p, o, u, charts)
    slide.addNotes(s.notes.join('\n'))
  }
  return charts
}

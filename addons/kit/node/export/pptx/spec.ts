/**
 * A `data-pptx` spec (shared/pptx-spec.ts) as parts in slide px: the spec's units are scaled into
 * the element's box as an SVG's viewBox is (uniformly, centred), its colours parsed (the page has
 * already resolved `var(--x)`), its text placed by anchor and baseline as SVG places it, and the
 * marks of a chart put on their columns by the geometry the chart is drawn with (its plot area
 * and gap width are fixed by the spec, so every office suite draws the columns there).
 */
import type { PptxSpec, SpecChart, SpecColor, SpecRun, SpecStroke, SpecText } from '../../../shared/pptx-spec.ts'
import type { Paint, Part, Rect, Run, Stroke, TextPart } from './parts.ts'
import { parseColor } from './css.ts'

const INK: Paint = { hex: '000000', alpha: 1 }

function paint(c: SpecColor | undefined, opacity = 1): Paint | undefined {
  const p = parseColor(c)
  return p && { hex: p.hex, alpha: p.alpha * opacity }
}

/** A line of text's width in em, before it is measured: Han and full-width forms 1, a space 0.3, the rest 0.6. */
export function widthEm(text: string): number {
  let em = 0
  for (const ch of text) {
    em += /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60]/.test(ch)
      ? 1
      : ch === ' '
        ? 0.3
        : 0.6
  }
  return em
}

/** The spec's units → slide px in `box`. */
export function fit(spec: Pick<PptxSpec, 'width' | 'height'>, box: Rect): { k: number, x: (v: number) => number, y: (v: number) => number } {
  const k = Math.min(box.w / spec.width, box.h / spec.height)
  const ox = box.x + (box.w - spec.width * k) / 2
  const oy = box.y + (box.h - spec.height * k) / 2
  return {
    k,
    x: v => ox + v * k,
    y: v => oy + v * k,
  }
}

function strokeOf(s: SpecStroke, k: number): Stroke {
  return {
    paint: paint(s.color) ?? INK,
    width: s.width * k,
    dash: s.dash ?? 'solid',
    ...(s.begin === 'triangle'
      ? { begin: 'triangle' as const }
      : {}),
    ...(s.end === 'triangle'
      ? { end: 'triangle' as const }
      : {}),
  }
}

function runOf(r: SpecRun, k: number): Run {
  return {
    text: r.text,
    size: r.size * k,
    bold: !!r.bold,
    italic: false,
    underline: false,
    paint: paint(r.color) ?? INK,
    spacing: 0,
  }
}

/**
 * A text box for one line at a point: `at` in px, `anchor` along the line's direction, `baseline`
 * across it; the box is the unrotated one PowerPoint turns about its centre.
 */
export function textAt(t: Pick<SpecText, 'anchor' | 'baseline' | 'rotate'> & { runs: Run[], width?: number }, at: { x: number, y: number }): TextPart {
  const size = Math.max(...t.runs.map(r => r.size))
  const w = t.width ?? t.runs.reduce((sum, r) => sum + widthEm(r.text) * r.size, 0)
  // A line's characters lie within about an em; a little more keeps the box over them.
  const h = size * 1.15
  const angle = (t.rotate ?? 0) * Math.PI / 180
  const along = {
    x: Math.cos(angle),
    y: Math.sin(angle),
  }
  const down = {
    x: -Math.sin(angle),
    y: Math.cos(angle),
  }
  const shift = t.anchor === 'start'
    ? w / 2
    : t.anchor === 'end'
      ? -w / 2
      : 0
  // An alphabetic baseline sits about a third of an em below the middle of Han characters.
  const drop = t.baseline === 'alphabetic'
    ? -0.35 * size
    : 0
  const cx = at.x + along.x * shift + down.x * drop
  const cy = at.y + along.y * shift + down.y * drop
  return {
    kind: 'text',
    box: { x: cx - w / 2, y: cy - h / 2, w, h },
    lines: [t.runs],
    align: t.anchor === 'start'
      ? 'left'
      : t.anchor === 'end'
        ? 'right'
        : 'center',
    lineHeight: h,
    rotate: t.rotate ?? 0,
    role: 'figure-text',
  }
}

/** The columns of a chart whose plot area and gap width are fixed: left edge, width, and value → y. */
export function chartGeometry(chart: Pick<SpecChart, 'values' | 'gap' | 'plot' | 'axis'>, box: Rect): {
  plot: Rect
  column: (i: number) => { x: number, w: number }
  y: (value: number) => number
} {
  const plot = {
    x: box.x + chart.plot.x * box.w,
    y: box.y + chart.plot.y * box.h,
    w: chart.plot.w * box.w,
    h: chart.plot.h * box.h,
  }
  const slot = plot.w / chart.values.length
  const w = slot / (1 + chart.gap / 100)
  return {
    plot,
    column: i => ({ x: plot.x + i * slot + (slot - w) / 2, w }),
    y: v => plot.y + plot.h * (1 - (v - chart.axis.min) / (chart.axis.max - chart.axis.min)),
  }
}

function chartParts(chart: SpecChart, box: Rect, k: number): Part[] {
  const parts: Part[] = [
    { kind: 'chart', box, chart, scale: k },
  ]
  const g = chartGeometry(chart, box)
  if (chart.axis.line) {
    const y = g.y(0)
    parts.push({
      kind: 'line',
      x1: box.x,
      x2: box.x + box.w,
      y1: y,
      y2: y,
      line: strokeOf(chart.axis.line, k),
    })
  }
  for (const mark of chart.marks ?? []) {
    const line = strokeOf(mark.line, k)
    if (mark.kind === 'divider') {
      const x = g.plot.x + (mark.after + 1) * (g.plot.w / chart.values.length)
      parts.push({
        kind: 'line',
        x1: x,
        x2: x,
        y1: g.plot.y,
        y2: box.y + box.h,
        line,
      })
      continue
    }
    const col = g.column(mark.category)
    const top = chart.values[mark.category] ?? 0
    if (mark.kind === 'steps') {
      for (let v = mark.every; v < top - 1e-9; v += mark.every) {
        parts.push({
          kind: 'line',
          x1: col.x,
          x2: col.x + col.w,
          y1: g.y(v),
          y2: g.y(v),
          line,
        })
      }
      continue
    }
    const from = mark.from === undefined
      ? col
      : g.column(mark.from)
    const y = g.y(mark.value)
    parts.push({
      kind: 'line',
      x1: from.x,
      x2: col.x + col.w,
      y1: y,
      y2: y,
      line,
    })
    if (mark.label) {
      parts.push(textAt({
        anchor: 'middle',
        baseline: 'middle',
        runs: [
          runOf(mark.label, k),
        ],
      }, { x: col.x + col.w / 2, y: (y + g.y(top)) / 2 }))
    }
  }
  return parts
}

/** Every part of a spec, bottom to top, in slide px inside `box` (the element's box on the slide). */
export function specParts(spec: PptxSpec, box: Rect): Part[] {
  if (!(spec.width > 0 && spec.height > 0) || !Array.isArray(spec.parts))
    throw new Error('a spec needs a positive width and height and a list of parts')
  const f = fit(spec, box)
  const parts: Part[] = []
  for (const p of spec.parts) {
    switch (p.type) {
      case 'rect':
      case 'ellipse':
      case 'diamond': {
        const fill = paint(p.fill, p.opacity)
        parts.push({
          kind: 'box',
          shape: p.type === 'rect' && p.radius
            ? 'roundRect'
            : p.type,
          box: {
            x: f.x(p.x),
            y: f.y(p.y),
            w: p.w * f.k,
            h: p.h * f.k,
          },
          rotate: 0,
          ...(fill
            ? { fill }
            : {}),
          ...(p.line
            ? {
                line: strokeOf(p.line, f.k),
              }
            : {}),
          ...(p.radius
            ? { radius: p.radius * f.k }
            : {}),
        })
        break
      }
      case 'line':
        parts.push({
          kind: 'line',
          x1: f.x(p.x1),
          y1: f.y(p.y1),
          x2: f.x(p.x2),
          y2: f.y(p.y2),
          line: strokeOf(p.line, f.k),
        })
        break
      case 'text':
        parts.push(textAt({
          ...p,
          runs: p.runs.map(r => runOf(r, f.k)),
          ...(p.width === undefined
            ? {}
            : { width: p.width * f.k }),
        }, {
          x: f.x(p.x),
          y: f.y(p.y),
        }))
        break
      case 'chart':
        parts.push(...chartParts(p, {
          x: f.x(p.x),
          y: f.y(p.y),
          w: p.w * f.k,
          h: p.h * f.k,
        }, f.k))
        break
      default:
        throw new Error(`unknown part type ${JSON.stringify((p as { type?: unknown }).type)}`)
    }
  }
  return parts
}

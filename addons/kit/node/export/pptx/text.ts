/**
 * Text as the browser set it: the line fragments of one block's text nodes (in document order)
 * become one text box whose lines are the browser's lines, each run with its size, weight and
 * colour. The office suite is told not to wrap (write.ts), so a typeface of other widths can make
 * a line longer or shorter but never breaks it elsewhere.
 */
import type { Paint, Part, Rect, Run, TextPart } from './parts.ts'
import type { SnapNode, TextFragment } from './snapshot.ts'
import { blend, isBold, parseColor, px } from './css.ts'

/** One fragment with the style of its text node. */
export interface Piece {
  frag: TextFragment
  run: Omit<Run, 'text'>
  /** The line box height of its style, px. */
  lineHeight: number
}

/** The run style of a text node (its style is its parent's computed style). */
export function runOf(text: SnapNode, opacity: number, link?: string): { run: Omit<Run, 'text'>, lineHeight: number } | undefined {
  const s = text.style
  const color = parseColor(s.color)
  const size = px(s['font-size'])
  if (!color || !size)
    return undefined
  const paint: Paint = { hex: color.hex, alpha: color.alpha * opacity }
  const spacing = px(s['letter-spacing']) ?? 0
  return {
    run: {
      size,
      bold: isBold(s['font-weight']),
      italic: s['font-style'] === 'italic' || s['font-style'] === 'oblique',
      underline: (s['text-decoration-line'] ?? '').includes('underline'),
      paint,
      spacing,
      ...(link
        ? { link }
        : {}),
    },
    lineHeight: px(s['line-height']) ?? 0,
  }
}

export function alignOf(value: string | undefined): TextPart['align'] {
  if (value === 'center' || value === '-webkit-center')
    return 'center'
  if (value === 'right' || value === 'end' || value === '-webkit-right')
    return 'right'
  return 'left'
}

function sameStyle(a: Omit<Run, 'text'>, b: Omit<Run, 'text'>) {
  return a.size === b.size && a.bold === b.bold
    && a.italic === b.italic && a.underline === b.underline && a.paint.hex === b.paint.hex
    && Math.abs(a.paint.alpha - b.paint.alpha) < 0.01 && a.spacing === b.spacing && a.link === b.link
    && !!a.superscript === !!b.superscript
}

/**
 * Fragments into lines: a fragment starts a line when it comes back to the left of the one
 * before and lower down (a small unit on a big number's baseline is lower, but to its right).
 */
export function intoLines(pieces: Piece[]): Piece[][] {
  const lines: Piece[][] = []
  const mid = (p: Piece) => p.frag.box.y + p.frag.box.h / 2
  for (const p of pieces) {
    const line = lines.at(-1)
    const last = line?.at(-1)
    if (!line || !last || (p.frag.box.x < last.frag.box.x + last.frag.box.w - 1 && mid(p) > mid(last) + 1))
      lines.push([p])
    else
      line.push(p)
  }
  return lines
}

/**
 * The runs of one line, like runs joined, no space at either end. The spaces the browser drew are
 * in the fragments; where it set two fragments apart by a gap of a word space or more (flex items
 * with a `gap`), a space stands for it. A small fragment that ends above the middle of the line's
 * largest is set as a superscript.
 */
export function runsOf(line: Piece[]): Run[] {
  const runs: Run[] = []
  const tallest = line.reduce((a, b) => b.frag.box.h > a.frag.box.h
    ? b
    : a)
  line.forEach((p, i) => {
    const raised = p !== tallest && p.run.size < tallest.run.size * 0.6
      && p.frag.box.y + p.frag.box.h < tallest.frag.box.y + tallest.frag.box.h * 0.6
    const run = raised
      ? { ...p.run, superscript: true }
      : p.run
    const prev = line[i - 1]
    const gap = prev
      ? p.frag.box.x - (prev.frag.box.x + prev.frag.box.w)
      : 0
    const spaced = !!prev && gap >= 0.25 * p.run.size && !/\s$/.test(prev.frag.text) && !/^\s/.test(p.frag.text)
    const text = (spaced
      ? ' '
      : '') + p.frag.text.replace(/\s+/g, ' ')
    const last = runs.at(-1)
    if (last && sameStyle(last, run))
      last.text += text
    else
      runs.push({ ...run, text })
  })
  if (runs[0])
    runs[0].text = runs[0].text.replace(/^\s+/, '')
  const end = runs.at(-1)
  if (end)
    end.text = end.text.replace(/\s+$/, '')
  return runs.filter(r => r.text.length > 0)
}

/**
 * One block's pieces as a text box, in slide px (`origin`: the slide's top left on the page).
 * The box holds the lines' boxes: each line as high as its largest line-height, centred on its
 * characters as CSS centres a line box; `normal` line-height is the characters' own height.
 */
export function textPart(pieces: Piece[], origin: { x: number, y: number }, align: TextPart['align'], role: string): TextPart | undefined {
  const lines = intoLines(pieces.filter(p => p.frag.box.w > 0 && p.frag.box.h > 0))
  const kept: { runs: Run[], top: number, bottom: number, left: number, right: number }[] = []
  for (const line of lines) {
    const runs = runsOf(line)
    if (!runs.length)
      continue
    let top = Infinity
    let bottom = -Infinity
    for (const p of line) {
      const mid = p.frag.box.y + p.frag.box.h / 2
      const half = (p.lineHeight || p.frag.box.h) / 2
      top = Math.min(top, mid - half)
      bottom = Math.max(bottom, mid + half)
    }
    const left = Math.min(...line.map(p => p.frag.box.x))
    const right = Math.max(...line.map(p => p.frag.box.x + p.frag.box.w))
    kept.push({ runs, top, bottom, left, right })
  }
  if (!kept.length)
    return undefined
  const box: Rect = {
    x: Math.min(...kept.map(l => l.left)) - origin.x,
    y: kept[0]!.top - origin.y,
    w: Math.max(...kept.map(l => l.right)) - Math.min(...kept.map(l => l.left)),
    h: kept.at(-1)!.bottom - kept[0]!.top,
  }
  return {
    kind: 'text',
    box,
    lines: kept.map(l => l.runs),
    align,
    lineHeight: box.h / kept.length,
    rotate: 0,
    role,
  }
}

const WHITE: Paint = { hex: 'FFFFFF', alpha: 1 }

/**
 * Semi-transparent text (a section's watermark numeral) as the opaque colour it shows over what
 * lies under its middle (the topmost opaque shape there, else the slide's background): the same
 * on the slide, and LibreOffice clips semi-transparent text to its box, so a wider face would
 * lose its last letters.
 */
export function opaqueText(parts: readonly Part[], background: Paint | undefined): Part[] {
  return parts.map((p, i) => {
    if (p.kind !== 'text' || p.lines.flat().every(r => r.paint.alpha >= 0.99))
      return p
    const cx = p.box.x + p.box.w / 2
    const cy = p.box.y + p.box.h / 2
    const under = parts.slice(0, i).reverse().find(q => q.kind === 'box' && q.fill && q.fill.alpha >= 0.99 && q.rotate === 0
      && cx >= q.box.x && cx <= q.box.x + q.box.w && cy >= q.box.y && cy <= q.box.y + q.box.h)
    const base = (under?.kind === 'box' && under.fill) || background || WHITE
    return {
      ...p,
      lines: p.lines.map(line => line.map(r => r.paint.alpha >= 0.99
        ? r
        : {
            ...r,
            paint: blend(r.paint, base),
          })),
    }
  })
}

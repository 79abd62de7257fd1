/**
 * The shapes an element paints, from its computed style: its fill, its border (one outline when
 * all four sides match, a band or a line per side when they do not), the rings of a spread
 * `box-shadow`, its outline; rounded corners, an ellipse when the corners meet, turned as its
 * transform turns it. An inline element that wraps paints once per line.
 */
import type { BoxPart, LinePart, Paint, Rect, Stroke } from './parts.ts'
import type { SnapNode, TextFragment } from './snapshot.ts'
import { parseColor, parseTransform, px, radius, spreadRings } from './css.ts'

function stroke(width: number, style: string | undefined, color: string | undefined, opacity: number): Stroke | undefined {
  const paint = parseColor(color)
  if (!paint || width <= 0 || !style || style === 'none' || style === 'hidden')
    return undefined
  return {
    paint: { hex: paint.hex, alpha: paint.alpha * opacity },
    width,
    dash: style === 'dashed'
      ? 'dash'
      : style === 'dotted'
        ? 'dot'
        : 'solid',
  }
}

function grow(r: Rect, d: number): Rect {
  return {
    x: r.x - d,
    y: r.y - d,
    w: r.w + 2 * d,
    h: r.h + 2 * d,
  }
}

/** The filled and stroked shapes an element paints, bottom to top, in slide px. */
export function boxParts(n: SnapNode, origin: { x: number, y: number }, opacity: number): (BoxPart | LinePart)[] {
  if (!n.box || n.style.visibility === 'hidden')
    return []
  const s = n.style
  const t = parseTransform(s.transform)
  const w = (n.size?.w ?? n.box.w) * t.scaleX
  const h = (n.size?.h ?? n.box.h) * t.scaleY
  if (w <= 0 || h <= 0)
    return []
  const cx = n.box.x + n.box.w / 2 - origin.x
  const cy = n.box.y + n.box.h / 2 - origin.y
  const rect: Rect = { x: cx - w / 2, y: cy - h / 2, w, h }
  const radii = [
    'top-left',
    'top-right',
    'bottom-right',
    'bottom-left',
  ].map(c => radius(s[`border-${c}-radius`], Math.min(w, h)))
  const round = Math.max(...radii)
  const shapeFor = (r: Rect, extra = 0): Pick<BoxPart, 'shape' | 'radius'> => radii.every(x => x + extra >= Math.min(r.w, r.h) / 2 - 0.5)
    ? { shape: 'ellipse' }
    : round > 0
      ? { shape: 'roundRect', radius: round + extra }
      : { shape: 'rect' }
  const alpha = (p: Paint): Paint => ({ hex: p.hex, alpha: p.alpha * opacity })
  const out: (BoxPart | LinePart)[] = []

  // Rings drawn by spread shadows, the outermost first.
  for (const ring of spreadRings(s['box-shadow']).reverse()) {
    const r = grow(rect, ring.spread)
    out.push({
      kind: 'box',
      box: r,
      rotate: t.rotate,
      fill: alpha(ring.paint),
      ...shapeFor(r, ring.spread),
    })
  }

  const sides = (['top', 'right', 'bottom', 'left'] as const).map(side => ({
    side,
    line: stroke(px(s[`border-${side}-width`]) ?? 0, s[`border-${side}-style`], s[`border-${side}-color`], opacity),
  }))
  const fill = parseColor(s['background-color'])
  const first = sides[0]!.line
  const uniform = !!first && sides.every(({ line }) => line && line.width === first.width && line.dash === first.dash
    && line.paint.hex === first.paint.hex)
  if (fill || uniform) {
    // PowerPoint centres an outline on the shape's edge; CSS draws a border inside the box.
    const r = uniform
      ? grow(rect, -first!.width / 2)
      : rect
    out.push({
      kind: 'box',
      box: r,
      rotate: t.rotate,
      ...(fill
        ? {
            fill: alpha(fill),
          }
        : {}),
      ...(uniform
        ? { line: first }
        : {}),
      ...shapeFor(r),
    })
  }
  if (!uniform) {
    // Borders on some sides only (a quote's or a takeaway's left rule): a band per side.
    for (const { side, line } of sides) {
      if (!line)
        continue
      const band: Rect = side === 'top'
        ? {
            x: rect.x,
            y: rect.y,
            w: rect.w,
            h: line.width,
          }
        : side === 'bottom'
          ? {
              x: rect.x,
              y: rect.y + rect.h - line.width,
              w: rect.w,
              h: line.width,
            }
          : side === 'left'
            ? {
                x: rect.x,
                y: rect.y,
                w: line.width,
                h: rect.h,
              }
            : {
                x: rect.x + rect.w - line.width,
                y: rect.y,
                w: line.width,
                h: rect.h,
              }
      out.push(line.dash === 'solid'
        ? {
            kind: 'box',
            shape: 'rect',
            box: band,
            rotate: t.rotate,
            fill: line.paint,
          }
        : {
            // A dashed side: a line down the middle of its band.
            kind: 'line',
            x1: band.w > band.h
              ? band.x
              : band.x + band.w / 2,
            y1: band.w > band.h
              ? band.y + band.h / 2
              : band.y,
            x2: band.w > band.h
              ? band.x + band.w
              : band.x + band.w / 2,
            y2: band.w > band.h
              ? band.y + band.h / 2
              : band.y + band.h,
            line,
          })
    }
  }
  const outline = stroke(px(s['outline-width']) ?? 0, s['outline-style'], s['outline-color'], opacity)
  if (outline) {
    const r = grow(rect, (px(s['outline-offset']) ?? 0) + outline.width / 2)
    out.push({
      kind: 'box',
      box: r,
      rotate: t.rotate,
      line: outline,
      ...shapeFor(r),
    })
  }
  return out
}

/**
 * An inline element that wraps (a link over two lines) paints its background and its top and
 * bottom borders once per line, around that line's text: the element once per line, its box
 * the line's fragments, its side borders only at its two ends.
 */
export function inlineBoxes(n: SnapNode): SnapNode[] {
  if (n.style.display !== 'inline')
    return [n]
  const frags = [
    ...(function* all(m: SnapNode): Generator<TextFragment> {
      yield* m.fragments
      for (const c of m.children)
        yield* all(c)
    })(n),
  ]
  const lines: Rect[] = []
  for (const f of frags) {
    const line = lines.at(-1)
    if (line && !(f.box.x < line.x + line.w - 1 && f.box.y > line.y + line.h / 2)) {
      const right = Math.max(line.x + line.w, f.box.x + f.box.w)
      const bottom = Math.max(line.y + line.h, f.box.y + f.box.h)
      line.x = Math.min(line.x, f.box.x)
      line.y = Math.min(line.y, f.box.y)
      line.w = right - line.x
      line.h = bottom - line.y
    }
    else {
      lines.push({ ...f.box })
    }
  }
  if (lines.length < 2)
    return [n]
  return lines.map((box, i) => ({
    ...n,
    box,
    // The element's offset size spans all its lines; each line's box is its own.
    size: { w: box.w, h: box.h },
    style: {
      ...n.style,
      ...(i > 0
        ? { 'border-left-style': 'none' }
        : {}),
      ...(i < lines.length - 1
        ? { 'border-right-style': 'none' }
        : {}),
    },
  }))
}

/**
 * One slide of the rendered page (Slidev's print route, every reveal shown) as native parts,
 * read from the layout alone, so it works for any talk:
 *
 * - filled or bordered boxes (cards, bands, plates, dots, a list's square bullets, spread
 *   box-shadow rings, outlines) become rectangles, rounded rectangles or ellipses, rotated as on
 *   the page; a fill that covers the whole slide becomes its background;
 * - each block's text becomes one text box with the browser's own line breaks (text.ts); flex
 *   items that touch on one line (a big number and its unit) share one box, so a wider typeface
 *   pushes the unit along instead of drawing over it;
 * - what is hidden from sight is skipped: display none, visibility hidden, opacity 0, text
 *   clipped to a pixel (screen-reader-only labels), `<title>`/`<desc>`;
 * - an element with a `data-pptx` spec is replaced by its spec's parts (spec.ts), not walked;
 * - any other SVG, image or canvas becomes a picture of just that element.
 */
import type { PptxSpec } from '../../../shared/pptx-spec.ts'
import type { Part, SlideParts } from './parts.ts'
import type { SnapNode } from './snapshot.ts'
import type { Piece } from './text.ts'
import { PPTX_ATTRIBUTE } from '../../../shared/pptx-spec.ts'
import { boxParts, inlineBoxes } from './boxes.ts'
import { px } from './css.ts'
import { DECORATION } from './parts.ts'
import { specParts } from './spec.ts'
import { alignOf, opaqueText, runOf, textPart } from './text.ts'

const SKIP = new Set([
  'title',
  'desc',
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'defs',
  'metadata',
])
const PICTURE = new Set([
  'svg',
  'img',
  'canvas',
  'video',
  'picture',
  'iframe',
])

const isText = (n: SnapNode) => n.name === '#text'
const isElement = (n: SnapNode) => !isText(n) && !n.name.startsWith('#')

/** Laid out apart from the text around it: anything but an inline box. */
export function isBlock(n: SnapNode): boolean {
  return isElement(n) && !!n.box && !['inline', 'contents', ''].includes(n.style.display ?? '')
}

/** Hidden from sight, with all it holds. */
export function hiddenFromSight(n: SnapNode): boolean {
  if (!isElement(n))
    return false
  if (SKIP.has(n.name) || n.style.display === 'none' || Number(n.style.opacity) === 0)
    return true
  const clip = n.style.clip ?? ''
  if (/^rect\(0px,? 0px,? 0px,? 0px\)$/.test(clip) || /^inset\(50%\)$/.test(n.style['clip-path'] ?? ''))
    return true
  // The screen-reader-only pattern: a box of a pixel that hides what overflows it.
  const tiny = !!n.box && n.box.w <= 1 && n.box.h <= 1
  return tiny && (n.style['overflow-x'] === 'hidden' || n.style['overflow-y'] === 'hidden')
}

/**
 * Flex items side by side that read as one line of text (each only text, on one line, nearly
 * touching): written as runs of one text box rather than boxes of their own.
 */
export function itemsReadAsOneLine(n: SnapNode): boolean {
  if (!['flex', 'inline-flex'].includes(n.style.display ?? '') || !(n.style['flex-direction'] ?? 'row').startsWith('row'))
    return false
  const items = n.children.filter(c => c.box && (isElement(c) || c.fragments.some(f => f.text.trim())) && !hiddenFromSight(c))
  if (items.length < 2)
    return false
  const plain = (c: SnapNode): boolean => isText(c)
    || (!PICTURE.has(c.name) && !c.attrs[PPTX_ATTRIBUTE] && boxParts(c, { x: 0, y: 0 }, 1).length === 0
      && c.children.every(k => isText(k) || (!isBlock(k) && plain(k))))
  if (!items.every(plain))
    return false
  const boxes = items.map(c => c.box!)
  // On one line: each item level with the tallest (a raised mark, as an asterisk, still is).
  const tallest = boxes.reduce((a, b) => b.h > a.h
    ? b
    : a)
  if (!boxes.every(b => b.y < tallest.y + tallest.h && tallest.y < b.y + b.h))
    return false
  return boxes.slice(1).every((b, i) => {
    const size = px(items[i + 1]!.style['font-size']) ?? 16
    return b.x - (boxes[i]!.x + boxes[i]!.w) <= size / 2
  })
}

function altOf(n: SnapNode): string {
  const title = n.children.find(c => c.name === 'title')
  const text = title?.children.filter(isText).flatMap(c => c.fragments.map(f => f.text)).join('') ?? ''
  return n.attrs['aria-label'] ?? n.attrs.alt ?? text
}

function tagOf(n: SnapNode): string {
  const cls = (n.attrs.class ?? '').split(/\s+/).find(c => c && !c.startsWith('slidev-')) ?? ''
  return cls
    ? `${n.name}.${cls}`
    : n.name
}

/** Walk one slide: `frame` is its print container (the canvas, 980 × 552 CSS px). */
export function walkSlide(frame: SnapNode, no: number): SlideParts {
  const origin = { x: frame.box?.x ?? 0, y: frame.box?.y ?? 0 }
  const size = { w: frame.box?.w ?? 0, h: frame.box?.h ?? 0 }
  const out: SlideParts = { no, parts: [], warnings: [] }
  const ordered: { order: number, seq: number, part: Part }[] = []
  let seq = 0
  const add = (order: number, part: Part) => ordered.push({ order, seq: seq++, part })

  interface Group { block: SnapNode, pieces: Piece[], order: number, decoration: boolean }
  const groups: Group[] = []
  /** `decoration`: under aria-hidden (a watermark numeral), drawn, but not what the slide says. */
  interface Ctx { opacity: number, link?: string, decoration?: boolean, group: { block: SnapNode, current: Group | null } }

  const addText = (n: SnapNode, ctx: Ctx) => {
    const style = runOf(n, ctx.opacity, ctx.link)
    if (!style || n.style.visibility === 'hidden')
      return
    for (const frag of n.fragments) {
      if (!ctx.group.current) {
        ctx.group.current = {
          block: ctx.group.block,
          pieces: [],
          order: n.paint,
          decoration: !!ctx.decoration,
        }
        groups.push(ctx.group.current)
      }
      ctx.group.current.pieces.push({ frag, ...style })
    }
  }

  const walk = (n: SnapNode, ctx: Ctx, asInline = false): void => {
    if (isText(n)) {
      addText(n, ctx)
      return
    }
    if (!isElement(n) || hiddenFromSight(n))
      return
    const opacity = ctx.opacity * (Number(n.style.opacity || 1))
    const decoration = ctx.decoration || n.attrs['aria-hidden'] === 'true'
    const href = n.name === 'a'
      ? n.attrs.href
      : undefined
    const link = href && /^https?:/.test(href)
      ? href
      : ctx.link
    const raw = n.attrs[PPTX_ATTRIBUTE]
    if (raw && n.box) {
      try {
        const spec = JSON.parse(raw) as PptxSpec
        const box = {
          x: n.box.x - origin.x,
          y: n.box.y - origin.y,
          w: n.box.w,
          h: n.box.h,
        }
        for (const part of specParts(spec, box))
          add(n.paint, part)
        return
      }
      catch (e) {
        out.warnings.push(`slide ${no}: a ${PPTX_ATTRIBUTE} spec that does not parse (${(e as Error).message}); drawn as a picture`)
      }
    }
    if (PICTURE.has(n.name)) {
      if (n.box && n.box.w > 0 && n.box.h > 0) {
        add(n.paint, {
          kind: 'image',
          box: {
            x: n.box.x - origin.x,
            y: n.box.y - origin.y,
            w: n.box.w,
            h: n.box.h,
          },
          page: n.box,
          alt: altOf(n),
        })
      }
      return
    }
    for (const part of inlineBoxes(n).flatMap(b => boxParts(b, origin, opacity))) {
      const covers = part.kind === 'box' && part.fill && part.fill.alpha >= 0.99 && !part.line && part.rotate === 0
        && part.box.x <= 0.5 && part.box.y <= 0.5 && part.box.x + part.box.w >= size.w - 0.5 && part.box.y + part.box.h >= size.h - 0.5
      if (covers && part.kind === 'box') {
        out.background = part.fill
        ordered.length = 0
      }
      else {
        add(n.paint, part)
      }
    }
    if ((n.style['background-image'] ?? 'none') !== 'none')
      out.warnings.push(`slide ${no}: ${tagOf(n)} has a background image, not drawn`)
    const own: Ctx = {
      opacity,
      decoration,
      ...(link
        ? { link }
        : {}),
      group: asInline || !isBlock(n)
        ? ctx.group
        : { block: n, current: null },
    }
    // A pseudo-element's generated text (a counter) is its own text.
    if (n.fragments.length)
      addText(n, own)
    const oneLine = itemsReadAsOneLine(n)
    for (const c of n.children) {
      if (!oneLine && isBlock(c)) {
        walk(c, own)
        // Inline text after a nested block starts a box of its own.
        own.group.current = null
      }
      else {
        walk(c, own, oneLine)
      }
    }
  }

  walk(frame, {
    opacity: 1,
    group: { block: frame, current: null },
  })
  for (const g of groups) {
    const part = textPart(g.pieces, origin, alignOf(g.block.style['text-align']), `${g.decoration
      ? DECORATION
      : ''}${tagOf(g.block)}`)
    if (part)
      add(g.order, part)
  }
  ordered.sort((a, b) => a.order - b.order || a.seq - b.seq)
  out.parts = opaqueText(ordered.map(o => o.part), out.background)
  return out
}

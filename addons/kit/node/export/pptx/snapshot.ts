import type { Page } from 'playwright'
/**
 * The rendered page as Chromium laid it out, read in one call: DevTools' DOMSnapshot gives every
 * node with its computed style, its box (after transforms), its size before transforms, its paint
 * order and, for text, the browser's own line boxes (`textBoxes`: where each line of a text node
 * starts and ends, and its box). Pseudo-elements come with it (a list's square bullets, the
 * counter of a numbered step), which no DOM API exposes. Turned here into a tree of plain objects
 * (`SnapNode`) that walk.ts reads without a browser, so the walk is unit-tested on trees built by
 * hand.
 */
import { PPTX_ATTRIBUTE } from '../../../shared/pptx-spec.ts'

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

/** One line of a text node as the browser broke it: its characters and their box. */
export interface TextFragment {
  text: string
  box: Rect
}

export interface SnapNode {
  /** Lower-case tag name, '#text', or '::before' / '::after' / '::marker'. */
  name: string
  attrs: Record<string, string>
  parent: SnapNode | null
  children: SnapNode[]
  /** The box after transforms (page coordinates, CSS px); undefined when nothing was laid out. */
  box?: Rect
  /** Width and height before transforms (an element's offset size). */
  size?: { w: number, h: number }
  /** Computed style (of the parent, for a text node); {} without a layout. */
  style: Record<string, string>
  paint: number
  /** Lines of text (a text node, or a pseudo-element's generated content). */
  fragments: TextFragment[]
}

/** The computed style properties the walk reads. */
export const STYLE_PROPS = [
  'display',
  'visibility',
  'opacity',
  'position',
  'color',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'line-height',
  'text-align',
  'text-decoration-line',
  'background-color',
  'background-image',
  ...['top', 'right', 'bottom', 'left'].flatMap(side => [`border-${side}-width`, `border-${side}-style`, `border-${side}-color`]),
  'border-top-left-radius',
  'border-top-right-radius',
  'border-bottom-right-radius',
  'border-bottom-left-radius',
  'outline-width',
  'outline-style',
  'outline-color',
  'outline-offset',
  'box-shadow',
  'transform',
  'overflow-x',
  'overflow-y',
  'clip',
  'clip-path',
  'flex-direction',
] as const

/** DOMSnapshot.captureSnapshot's answer, the parts of it read here. */
interface RawSnapshot {
  strings: string[]
  documents: {
    nodes: {
      parentIndex: number[]
      nodeType: number[]
      nodeName: number[]
      attributes: number[][]
    }
    layout: {
      nodeIndex: number[]
      styles: number[][]
      bounds: number[][]
      text: number[]
      paintOrders?: number[]
      offsetRects?: number[][]
    }
    textBoxes: { layoutIndex: number[], bounds: number[][], start: number[], length: number[] }
  }[]
}

function rect(b: number[] | undefined): Rect {
  return {
    x: b?.[0] ?? 0,
    y: b?.[1] ?? 0,
    w: b?.[2] ?? 0,
    h: b?.[3] ?? 0,
  }
}

/** The snapshot as a tree; returns the document's root node. */
export function buildTree(raw: RawSnapshot): SnapNode {
  const doc = raw.documents[0]!
  const str = (i: number | undefined) => i === undefined || i < 0
    ? ''
    : raw.strings[i] ?? ''
  const { nodes, layout, textBoxes } = doc
  const all: SnapNode[] = nodes.parentIndex.map((_, i) => {
    const a = nodes.attributes[i] ?? []
    const attrs: Record<string, string> = {}
    for (let k = 0; k + 1 < a.length; k += 2)
      attrs[str(a[k])] = str(a[k + 1])
    const name = str(nodes.nodeName[i])
    return {
      name: name.startsWith('#') || name.startsWith('::')
        ? name
        : name.toLowerCase(),
      attrs,
      parent: null,
      children: [],
      style: {},
      paint: 0,
      fragments: [],
    }
  })
  const boxesOf = new Map<number, number[]>()
  textBoxes.layoutIndex.forEach((li, k) => {
    const list = boxesOf.get(li) ?? []
    list.push(k)
    boxesOf.set(li, list)
  })
  layout.nodeIndex.forEach((ni, li) => {
    const node = all[ni]
    if (!node)
      return
    if (!node.box) {
      node.box = rect(layout.bounds[li])
      const offset = layout.offsetRects?.[li]
      if (offset && offset.length === 4)
        node.size = { w: offset[2]!, h: offset[3]! }
      node.paint = layout.paintOrders?.[li] ?? li
      const values = layout.styles[li] ?? []
      STYLE_PROPS.forEach((p, k) => node.style[p] = str(values[k]))
    }
    const text = str(layout.text[li])
    for (const k of boxesOf.get(li) ?? []) {
      const start = textBoxes.start[k]!
      node.fragments.push({
        text: text.slice(start, start + textBoxes.length[k]!),
        box: rect(textBoxes.bounds[k]),
      })
    }
  })
  const order = (n: SnapNode) => n.name === '::marker'
    ? 0
    : n.name === '::before'
      ? 1
      : n.name === '::after'
        ? 3
        : 2
  nodes.parentIndex.forEach((p, i) => {
    const parent = p >= 0
      ? all[p]
      : undefined
    if (parent) {
      all[i]!.parent = parent
      parent.children.push(all[i]!)
    }
  })
  for (const n of all)
    n.children.sort((a, b) => order(a) - order(b))
  return all.find(n => !n.parent)!
}

/**
 * Before the snapshot, in the page, for every `data-pptx` spec: resolve `var(--x)` against its
 * element's computed style (the talk's palette as the slide uses it), and measure each text part
 * without a `width` in the element's own font (canvas `measureText`, the deck's typeface, in the
 * spec's units), so its text box is as wide as the slide draws it. Written back in place.
 */
export async function prepareSpecs(page: Page): Promise<number> {
  return page.evaluate((attr) => {
    const els = [
      ...document.querySelectorAll(`[${attr}]`),
    ]
    const ctx = document.createElement('canvas').getContext('2d')!
    for (const el of els) {
      const style = getComputedStyle(el)
      const raw = (el.getAttribute(attr) ?? '').replace(/var\((--[\w-]+)\)/g, (_, name: string) => style.getPropertyValue(name).trim() || 'currentColor')
      try {
        const spec = JSON.parse(raw) as { parts?: { type: string, width?: number, runs?: { text: string, size: number, bold?: boolean }[] }[] }
        for (const part of spec.parts ?? []) {
          if (part.type !== 'text' || part.width !== undefined || !part.runs)
            continue
          part.width = part.runs.reduce((sum, r) => {
            ctx.font = `${r.bold ? 700 : 400} ${r.size}px ${style.fontFamily}`
            return sum + ctx.measureText(r.text).width
          }, 0)
        }
        el.setAttribute(attr, JSON.stringify(spec))
      }
      catch {
        // Left as it is: the walk reports a spec that does not parse.
        el.setAttribute(attr, raw)
      }
    }
    return els.length
  }, PPTX_ATTRIBUTE)
}

/** The page's layout tree, now. */
export async function snapshot(page: Page): Promise<SnapNode> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const raw = await cdp.send('DOMSnapshot.captureSnapshot', {
      computedStyles: [...STYLE_PROPS],
      includePaintOrder: true,
      includeDOMRects: true,
    }) as unknown as RawSnapshot
    return buildTree(raw)
  }
  finally {
    await cdp.detach()
  }
}

/** A part of the page as PNG at `scale` device pixels per CSS px (QR codes, figures without a spec). */
export async function picture(page: Page, box: Rect, scale: number): Promise<Buffer> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { data } = await cdp.send('Page.captureScreenshot', {
      format: 'png',
      clip: {
        x: box.x,
        y: box.y,
        width: box.w,
        height: box.h,
        scale,
      },
      captureBeyondViewport: true,
    })
    return Buffer.from(data, 'base64')
  }
  finally {
    await cdp.detach()
  }
}

/** Every node under `root` (itself first), depth first in document order. */
export function* descendants(root: SnapNode): Generator<SnapNode> {
  yield root
  for (const c of root.children)
    yield* descendants(c)
}

/**
 * @vitest-environment node
 *
 * The editable PPTX's walk of a slide (addons/kit/node/export/pptx/walk.ts, text.ts, css.ts), on
 * layout trees built by hand in the shape DOMSnapshot gives them: what is drawn, what is skipped,
 * where lines break, which flex items share a text box, what a spec replaces.
 */
import type { SnapNode, TextFragment } from '../../addons/kit/node/export/pptx/snapshot'
import type { PptxSpec } from '../../addons/kit/shared/pptx-spec'
import { describe, expect, it } from 'vitest'
import { parseColor, parseTransform, radius, spreadRings } from '../../addons/kit/node/export/pptx/css'
import { DECORATION } from '../../addons/kit/node/export/pptx/parts'
import { buildTree } from '../../addons/kit/node/export/pptx/snapshot'
import { intoLines, runsOf } from '../../addons/kit/node/export/pptx/text'
import { hiddenFromSight, itemsReadAsOneLine, walkSlide } from '../../addons/kit/node/export/pptx/walk'
import { pptxAttribute } from '../../addons/kit/shared/pptx-spec'

type Spec = Partial<Omit<SnapNode, 'children' | 'parent'>> & { children?: Spec[] }

/** A node as the snapshot gives it; `frame` is a 980 × 552 slide at page y 1000. */
function node(s: Spec, parent: SnapNode | null = null): SnapNode {
  const n: SnapNode = {
    name: s.name ?? 'div',
    attrs: s.attrs ?? {},
    parent,
    children: [],
    style: {
      'display': 'block',
      'opacity': '1',
      'color': 'rgb(19, 24, 33)',
      'font-size': '28px',
      'font-weight': '400',
      'line-height': '42px',
      ...s.style,
    },
    paint: s.paint ?? 0,
    fragments: s.fragments ?? [],
    ...(s.box
      ? { box: s.box }
      : {}),
    ...(s.size
      ? { size: s.size }
      : {}),
  }
  n.children = (s.children ?? []).map(c => node(c, n))
  return n
}
const Y = 1000
function frame(children: Spec[], style: Record<string, string> = {}) {
  return node({
    name: 'div',
    attrs: { class: 'print-slide-container' },
    box: { x: 0, y: Y, w: 980, h: 552 },
    style,
    children,
  })
}
function frag(text: string, x: number, y: number, w: number, h = 40): TextFragment {
  return {
    text,
    box: { x, y: Y + y, w, h },
  }
}
function text(fragments: TextFragment[], style: Record<string, string> = {}): Spec {
  return {
    name: '#text',
    fragments,
    style,
    box: fragments[0]!.box,
  }
}

describe('css values', () => {
  it('reads colours, rings, rotations and radii as Chromium computes them', () => {
    expect(parseColor('rgb(10, 88, 202)')).toEqual({ hex: '0A58CA', alpha: 1 })
    expect(parseColor('rgba(0, 0, 0, 0)')).toBeUndefined()
    expect(parseColor('#fff')).toEqual({ hex: 'FFFFFF', alpha: 1 })
    expect(parseColor('rgb(255 255 255 / 45%)')).toEqual({ hex: 'FFFFFF', alpha: 0.45 })
    expect(spreadRings('rgb(255, 255, 255) 0px 0px 0px 4px, rgb(10, 88, 202) 0px 0px 0px 7px')).toEqual([
      {
        paint: { hex: 'FFFFFF', alpha: 1 },
        spread: 4,
      },
      {
        paint: { hex: '0A58CA', alpha: 1 },
        spread: 7,
      },
    ])
    expect(spreadRings('rgba(0, 0, 0, 0.2) 0px 4px 12px 0px')).toEqual([])
    expect(parseTransform('matrix(0.707107, 0.707107, -0.707107, 0.707107, 0, 0)').rotate).toBeCloseTo(45)
    expect(radius('50%', 22)).toBe(11)
    expect(radius('8px', 100)).toBe(8)
  })
})

describe('what is hidden from sight', () => {
  it('skips a screen-reader-only label (a pixel that clips what overflows it), opacity 0 and <title>', () => {
    expect(hiddenFromSight(node({
      box: { x: 0, y: 0, w: 1, h: 1 },
      style: { 'overflow-x': 'hidden' },
    }))).toBe(true)
    expect(hiddenFromSight(node({
      box: { x: 0, y: 0, w: 80, h: 20 },
      style: { clip: 'rect(0px, 0px, 0px, 0px)' },
    }))).toBe(true)
    expect(hiddenFromSight(node({
      style: { opacity: '0' },
    }))).toBe(true)
    expect(hiddenFromSight(node({ name: 'title' }))).toBe(true)
    expect(hiddenFromSight(node({
      box: { x: 0, y: 0, w: 80, h: 20 },
    }))).toBe(false)
  })

  it('draws the year of a timeline item but not its screen-reader name', () => {
    const slide = walkSlide(frame([
      {
        name: 'li',
        box: { x: 100, y: Y + 400, w: 60, h: 50 },
        children: [
          {
            name: 'span',
            box: { x: 110, y: Y + 400, w: 40, h: 20 },
            children: [
              text([
                frag('2001', 110, 400, 40, 20),
              ]),
            ],
          },
          {
            name: 'span',
            style: { 'overflow-x': 'hidden', 'display': 'inline' },
            box: { x: 110, y: Y + 420, w: 1, h: 1 },
            children: [
              text([
                frag('RTX', 110, 420, 30, 20),
              ]),
            ],
          },
        ],
      },
    ]), 1)
    const texts = slide.parts.filter(p => p.kind === 'text').map(p => p.lines.flat().map(r => r.text).join(''))
    expect(texts).toEqual(['2001'])
  })
})

describe('text boxes', () => {
  it('keeps the browser\'s line breaks: two lines, one box, box from the first line\'s top', () => {
    const slide = walkSlide(frame([
      {
        name: 'h1',
        box: { x: 56, y: Y + 40, w: 868, h: 110 },
        style: { 'font-size': '44px', 'line-height': '55px', 'font-weight': '800' },
        children: [
          text([
            frag('新增的企业，是来服务客户，', 56, 36, 600, 64),
            frag('还是来收割流量？', 56, 91, 380, 64),
          ], { 'font-size': '44px', 'line-height': '55px', 'font-weight': '800' }),
        ],
      },
    ]), 1)
    const t = slide.parts.find(p => p.kind === 'text')!
    expect(t.kind).toBe('text')
    if (t.kind !== 'text')
      return
    expect(t.lines.map(l => l.map(r => r.text).join(''))).toEqual(['新增的企业，是来服务客户，', '还是来收割流量？'])
    expect(t.lines[0]![0]!.bold).toBe(true)
    expect(t.box.y).toBeCloseTo(36 + 32 - 27.5)
    expect(t.box.h).toBeCloseTo(55 * 2)
    expect(t.lineHeight).toBeCloseTo(55)
  })

  it('a unit on a big number\'s baseline is on the number\'s line; a fragment back at the left and lower starts a line', () => {
    const piece = (f: TextFragment, size: number) => ({
      frag: f,
      lineHeight: size,
      run: {
        size,
        bold: true,
        italic: false,
        underline: false,
        paint: { hex: '000000', alpha: 1 },
        spacing: 0,
      },
    })
    const lines = intoLines([
      piece(frag('2000', 86, 162, 300, 185), 128),
      piece(frag('万', 388, 228, 70, 102), 70),
      piece(frag('QQ 注册用户', 86, 300, 120, 27), 20),
    ])
    expect(lines.map(l => l.map(p => p.frag.text))).toEqual([
      ['2000', '万'],
      ['QQ 注册用户'],
    ])
    // A word space stands for a gap of a quarter em or more between two fragments of a line.
    expect(runsOf([
      piece(frag('RTX', 0, 0, 40), 28),
      piece(frag('企业内网', 80, 0, 112), 28),
    ]).map(r => r.text)).toEqual(['RTX 企业内网'])
    expect(runsOf([
      piece(frag('2000', 0, 0, 300), 128),
      piece(frag('万', 310, 0, 70), 70),
    ]).map(r => r.text)).toEqual(['2000', '万'])
  })

  it('touching flex items on one line (a number and its unit) share a box; items set apart do not', () => {
    const value = (gap: number): Spec => ({
      name: 'div',
      style: { 'display': 'flex', 'flex-direction': 'row' },
      box: { x: 86, y: Y + 162, w: 400, h: 185 },
      children: [
        {
          name: 'span',
          box: { x: 86, y: Y + 162, w: 300, h: 185 },
          style: { 'font-size': '128px' },
          children: [
            text([
              frag('2000', 86, 162, 300, 185),
            ], { 'font-size': '128px' }),
          ],
        },
        {
          name: 'span',
          box: {
            x: 386 + gap,
            y: Y + 228,
            w: 70,
            h: 102,
          },
          style: { 'font-size': '70px' },
          children: [
            text([
              frag('万', 386 + gap, 228, 70, 102),
            ], { 'font-size': '70px' }),
          ],
        },
      ],
    })
    expect(itemsReadAsOneLine(node(value(10)))).toBe(true)
    expect(itemsReadAsOneLine(node(value(120)))).toBe(false)
    const texts = (gap: number) => walkSlide(frame([
      value(gap),
    ]), 1).parts.flatMap(p => p.kind === 'text'
      ? [
          p.lines.map(l => l.map(r => r.text)),
        ]
      : [])
    expect(texts(10)).toEqual([
      [
        ['2000', '万'],
      ],
    ])
    expect(texts(120)).toEqual([
      [
        ['2000'],
      ],
      [
        ['万'],
      ],
    ])
  })

  it('names aria-hidden text as a decoration', () => {
    const slide = walkSlide(frame([
      {
        name: 'div',
        attrs: { 'aria-hidden': 'true' },
        box: { x: 600, y: Y + 10, w: 300, h: 300 },
        style: { 'font-size': '300px', 'line-height': '300px' },
        children: [
          text([
            frag('01', 600, 0, 300, 300),
          ], { 'font-size': '300px', 'line-height': '300px' }),
        ],
      },
    ]), 1)
    const t = slide.parts.find(p => p.kind === 'text')
    expect(t?.kind === 'text' && t.role.startsWith(DECORATION)).toBe(true)
  })
})

describe('boxes and the background', () => {
  it('a card: a rounded rectangle whose outline lies inside the CSS border; a full-slide fill is the background', () => {
    const slide = walkSlide(frame([
      {
        name: 'div',
        attrs: { class: 'card' },
        box: { x: 56, y: Y + 150, w: 268, h: 120 },
        style: {
          'background-color': 'rgb(242, 245, 250)',
          ...Object.fromEntries(['top', 'right', 'bottom', 'left'].flatMap(s => [
            [`border-${s}-width`, '2px'],
            [`border-${s}-style`, 'solid'],
            [`border-${s}-color`, 'rgb(201, 209, 221)'],
          ])),
          ...Object.fromEntries([
            'top-left',
            'top-right',
            'bottom-right',
            'bottom-left',
          ].map(c => [`border-${c}-radius`, '14px'])),
        },
      },
    ], { 'background-color': 'rgb(10, 79, 181)' }), 1)
    expect(slide.background).toEqual({ hex: '0A4FB5', alpha: 1 })
    expect(slide.parts).toHaveLength(1)
    const card = slide.parts[0]!
    expect(card).toMatchObject({
      kind: 'box',
      shape: 'roundRect',
      box: { x: 57, y: 151, w: 266, h: 118 },
      fill: { hex: 'F2F5FA' },
      line: { width: 2, dash: 'solid' },
    })
  })

  it('a round dot is an ellipse; a rotated square a rotated rectangle of its own size', () => {
    const slide = walkSlide(frame([
      {
        name: 'span',
        box: { x: 100, y: Y + 100, w: 16, h: 16 },
        style: {
          'background-color': 'rgb(10, 88, 202)',
          ...Object.fromEntries([
            'top-left',
            'top-right',
            'bottom-right',
            'bottom-left',
          ].map(c => [`border-${c}-radius`, '50%'])),
        },
      },
      {
        name: 'span',
        box: { x: 200, y: Y + 100, w: 22.6, h: 22.6 },
        size: { w: 16, h: 16 },
        style: { 'background-color': 'rgb(194, 65, 12)', 'transform': 'matrix(0.707107, 0.707107, -0.707107, 0.707107, 0, 0)' },
      },
    ]), 1)
    expect(slide.parts[0]).toMatchObject({
      kind: 'box',
      shape: 'ellipse',
      box: { w: 16, h: 16 },
    })
    const square = slide.parts[1]!
    expect(square).toMatchObject({
      kind: 'box',
      shape: 'rect',
      rotate: 45,
      box: { w: 16, h: 16 },
    })
    expect(square.kind === 'box' && square.box.x).toBeCloseTo(203.3)
  })
})

describe('an element with a data-pptx spec', () => {
  it('is replaced by its spec\'s parts in its box, and its own text is not walked', () => {
    const spec: PptxSpec = {
      width: 900,
      height: 450,
      parts: [
        {
          type: 'rect',
          x: 0,
          y: 0,
          w: 900,
          h: 450,
          fill: '#f2f5fa',
        },
        {
          type: 'line',
          x1: 0,
          y1: 225,
          x2: 900,
          y2: 225,
          line: { color: '#0a58ca', width: 3, end: 'triangle' },
        },
        {
          type: 'text',
          x: 450,
          y: 225,
          anchor: 'middle',
          baseline: 'middle',
          runs: [
            { text: '服务谁', size: 20, bold: true },
          ],
          width: 60,
        },
      ],
    }
    const slide = walkSlide(frame([
      {
        name: 'svg',
        attrs: {
          'data-pptx': pptxAttribute(spec),
        },
        box: { x: 40, y: Y + 80, w: 450, h: 225 },
        children: [
          {
            name: 'text',
            box: { x: 40, y: Y + 80, w: 60, h: 20 },
            children: [
              text([
                frag('不该出现', 40, 80, 60, 20),
              ]),
            ],
          },
        ],
      },
    ]), 1)
    expect(slide.parts.map(p => p.kind)).toEqual(['box', 'line', 'text'])
    expect(slide.parts[0]).toMatchObject({
      box: { x: 40, y: 80, w: 450, h: 225 },
    })
    expect(slide.parts[1]).toMatchObject({
      x1: 40,
      y1: 192.5,
      x2: 490,
      line: { end: 'triangle', width: 1.5 },
    })
    const t = slide.parts[2]!
    expect(t.kind === 'text' && t.lines[0]![0]!.text).toBe('服务谁')
    expect(t.kind === 'text' && t.box).toMatchObject({ x: 265 - 15, w: 30 })
  })

  it('an SVG without a spec is a picture of just that element', () => {
    const slide = walkSlide(frame([
      {
        name: 'svg',
        attrs: { 'aria-label': 'QR code' },
        box: { x: 700, y: Y + 300, w: 200, h: 200 },
      },
    ]), 1)
    expect(slide.parts).toMatchObject([
      {
        kind: 'image',
        alt: 'QR code',
        box: { x: 700, y: 300, w: 200, h: 200 },
        page: { y: Y + 300 },
      },
    ])
  })
})

describe('the snapshot as a tree', () => {
  it('puts a pseudo-element\'s box and generated text (a counter) on its node, ::before first', () => {
    const strings = [
      'DIV',
      '::before',
      '#text',
      'class',
      'steps',
      '1',
      'Step',
      'block',
      '64px',
    ]
    const root = buildTree({
      strings,
      documents: [
        {
          nodes: {
            parentIndex: [-1, 0, 0],
            nodeType: [1, 1, 3],
            nodeName: [0, 2, 1],
            attributes: [
              [3, 4],
              [],
              [],
            ],
          },
          layout: {
            nodeIndex: [0, 2, 1],
            styles: [
              [7],
              [7, -1, -1, -1, -1, 8],
              [7],
            ],
            bounds: [
              [0, 0, 500, 100],
              [0, 0, 38, 92],
              [80, 0, 100, 40],
            ],
            text: [-1, 5, 6],
            paintOrders: [1, 2, 3],
          },
          textBoxes: {
            layoutIndex: [1, 2],
            bounds: [
              [0, 4, 38, 80],
              [80, 0, 60, 40],
            ],
            start: [0, 0],
            length: [1, 4],
          },
        },
      ],
    })
    expect(root.attrs.class).toBe('steps')
    expect(root.children.map(c => c.name)).toEqual(['::before', '#text'])
    expect(root.children[0]!.fragments).toEqual([
      {
        text: '1',
        box: { x: 0, y: 4, w: 38, h: 80 },
      },
    ])
    expect(root.children[0]!.style['font-size']).toBe('64px')
    expect(root.children[1]!.fragments[0]!.text).toBe('Step')
  })
})

describe('semi-transparent text', () => {
  it('is written in the opaque colour it shows over the shape under it (LibreOffice clips see-through text to its box)', () => {
    const slide = walkSlide(frame([
      {
        name: 'div',
        attrs: { 'aria-hidden': 'true' },
        box: { x: 600, y: Y + 10, w: 300, h: 300 },
        style: {
          'opacity': '0.16',
          'color': 'rgb(255, 255, 255)',
          'font-size': '300px',
          'line-height': '300px',
        },
        children: [
          text([
            frag('01', 600, 10, 300, 300),
          ], { 'color': 'rgb(255, 255, 255)', 'font-size': '300px', 'line-height': '300px' }),
        ],
      },
    ], { 'background-color': 'rgb(10, 79, 181)' }), 1)
    const t = slide.parts.find(p => p.kind === 'text')
    // 16 % white over the band's blue.
    expect(t?.kind === 'text' && t.lines[0]![0]!.paint).toEqual({ hex: '316BC1', alpha: 1 })
  })
})

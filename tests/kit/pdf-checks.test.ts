// @vitest-environment node
import type { PdfStructure } from '../../addons/kit/node/export/pdf-structure'
import { describe, expect, it } from 'vitest'
import { headingPages } from '../../addons/kit/node/export/pdf-structure'
import { parsePdffonts } from '../../addons/kit/node/export/report'
import { pictureOnPage, within } from '../e2e/pdf'

describe('reading pdffonts', () => {
  const output = [
    'name                                 type              encoding         emb sub uni object ID',
    '------------------------------------ ----------------- ---------------- --- --- --- ---------',
    'AAAAAA+NotoSansSC-Bold               CID TrueType      Identity-H       yes yes yes      4  0',
    '[none]                               Type 3            Custom           yes no  yes    185  0',
    'BAAAAA+AVeryLongFontNameThatOverflowsItsColumn CID TrueType Identity-H  yes yes no      9  0',
    '',
  ].join('\n')

  it('reads the type (with its space) and the three yes/no columns of each font', () => {
    const rows = parsePdffonts(output)
    expect(rows.map(r => [r.name, r.type, r.emb, r.sub, r.uni])).toEqual([
      [
        'AAAAAA+NotoSansSC-Bold',
        'CID TrueType',
        'yes',
        'yes',
        'yes',
      ],
      ['[none]', 'Type 3', 'yes', 'no', 'yes'],
      // A name longer than its column shifts the others; the flags are still read from the right.
      [
        expect.any(String),
        expect.any(String),
        'yes',
        'yes',
        'no',
      ],
    ])
  })

  it('reads a PDF without fonts as no rows', () => {
    expect(parsePdffonts(output.split('\n').slice(0, 2).join('\n'))).toEqual([])
  })
})

describe('finding each slide\'s page by its title heading', () => {
  const h = (text: string) => ({ role: 'H1', text })
  const p = (text: string) => ({ role: 'P', text })
  const structure: PdfStructure = {
    marked: true,
    pages: [
      [
        h('企业微信的 20 年'),
        p('开场'),
      ], // a cover repeating the deck's title, which is slide 1's
      [
        h('企业微信的 20 年'),
        p('notes'),
      ],
      [
        h('开场'),
        h('开场'),
      ],
      [
        h('第 2 页'),
      ],
    ],
  }

  it('places a title repeated ahead of its slide (on the cover) on its slide\'s page', () => {
    expect(headingPages(structure, ['企业微信的 20 年', '第2页'])).toEqual([1, 3])
  })

  it('gives two slides with one title a heading each, in order, and matches across whitespace', () => {
    expect(headingPages(structure, ['企业微信的20年', '开场', '开场'])).toEqual([1, 2, 2])
  })

  it('says -1 for a title no heading reads (a paragraph does not count), and places the rest', () => {
    expect(headingPages(structure, ['企业微信的 20 年', 'notes', '第 2 页'])).toEqual([1, -1, 3])
    expect(headingPages(structure, ['开场', '开场', '开场'])).toEqual([-1, 2, 2])
  })
})

describe('where a slide\'s picture sits on a handout page', () => {
  const slide = {
    width: 735,
    height: 414,
    runs: [
      { str: '标题', x: 50, y: 360, size: 30 },
    ],
  }
  const handout = {
    width: 595,
    height: 842,
    runs: [
      {
        str: '讲稿里的字',
        x: 10,
        y: 100,
        size: 10,
      },
      { str: '标题', x: 60, y: 700, size: 15 },
    ],
  }

  it('scales and places the slide by its title, drawn on both', () => {
    const found = pictureOnPage(slide, handout, '标题：一句话')!
    expect(found.scale).toBe(0.5)
    // left 60 − 0.5 × 50 = 35; top (842 − 700) − 0.5 × (414 − 360) = 115
    expect(found.box.x0 * 595).toBeCloseTo(35)
    expect(found.box.y0 * 842).toBeCloseTo(115)
    expect(found.box.x1 * 595).toBeCloseTo(35 + 367.5)
    expect(found.box.y1 * 842).toBeCloseTo(115 + 207)
    expect(within(found.box, { x0: 0, y0: 0, x1: 1, y1: 1 })).toEqual(found.box)
  })

  it('finds nothing where the title is not on the page', () => {
    expect(pictureOnPage(slide, { ...handout, runs: [] }, '标题')).toBeUndefined()
  })
})

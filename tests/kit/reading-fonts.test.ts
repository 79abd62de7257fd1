/**
 * The reading edition's own fonts (addons/kit/node/fonts/reading.ts): cut in the order a reader
 * meets the text, the first screen's characters in the first file of each weight.
 */
import { describe, expect, it } from 'vitest'
import { matchWeight, readingSlices, SLICE } from '../../addons/kit/node/fonts/reading'

const all = {
  has: () => new Set(Array.from({ length: 0x10000 }, (_, i) => i)),
}

describe('the reading page\'s font files', () => {
  it('match weights as CSS does', () => {
    expect(matchWeight(400, [400, 700])).toBe(400)
    expect(matchWeight(500, [400, 700])).toBe(400)
    expect(matchWeight(600, [400, 700])).toBe(700)
    expect(matchWeight(800, [400, 700])).toBe(700)
    expect(matchWeight(300, [400, 700])).toBe(400)
    expect(matchWeight(900, [400])).toBe(400)
  })

  it('put what the first screen draws first, even where a later section drew it earlier', () => {
    const slices = readingSlices([
      { text: '甲乙', weight: 400, first: false },
      { text: '乙丙', weight: 400, first: true },
      { text: '丁', weight: 700, first: true },
      { text: '戊', weight: 800, first: false },
    ], [400, 700], all.has)
    // The one character left over joins the first file: a handful is not worth a request.
    expect(slices.get(400)).toEqual([
      [...'乙丙甲'].map(c => c.codePointAt(0)),
    ])
    expect(slices.get(700)).toEqual([
      [...'丁戊'].map(c => c.codePointAt(0)),
    ])
  })

  it('cut the rest into files of SLICE characters, and leave out what the face lacks', () => {
    const text = String.fromCodePoint(...Array.from({ length: SLICE * 2 + 5 }, (_, i) => 0x4E00 + i))
    const slices = readingSlices([
      { text, weight: 400, first: false },
    ], [400], () => new Set(Array.from({ length: SLICE * 2 }, (_, i) => 0x4E00 + i)))
    expect(slices.get(400)!.map(s => s.length)).toEqual([SLICE, SLICE])
    // A last handful joins the file before.
    const few = String.fromCodePoint(...Array.from({ length: SLICE + 3 }, (_, i) => 0x4E00 + i))
    expect(readingSlices([
      { text: few, weight: 400, first: false },
    ], [400], all.has).get(400)!.map(s => s.length)).toEqual([SLICE + 3])
  })
})

/**
 * @vitest-environment node
 *
 * The editable PPTX as a file: parts written with pptxgenjs and finished (write.ts, chart.ts,
 * finish.ts) read back from the file's own XML (read.ts) where they were put; the layout checks
 * (check.ts) catch an overlapping pair, a box off the slide and a slide that is one picture; the
 * notes (notes.ts) as the presenter reads them; a spec's text and chart marks placed as SVG
 * places them (spec.ts).
 */
import type { ChartPart, Part, Run } from '../../addons/kit/node/export/pptx/parts'
import type { ReadSlide } from '../../addons/kit/node/export/pptx/read'
import type { SpecChart } from '../../addons/kit/shared/pptx-spec'
import JSZip from 'jszip'
import PptxGenJS from 'pptxgenjs'
import { describe, expect, it } from 'vitest'
import { inlineBoxes } from '../../addons/kit/node/export/pptx/boxes'
import { coveredBox, packageProblems, slideProblems } from '../../addons/kit/node/export/pptx/check'
import { finishPptx } from '../../addons/kit/node/export/pptx/finish'
import { mendPackage } from '../../addons/kit/node/export/pptx/mend'
import { notesParagraphs } from '../../addons/kit/node/export/pptx/notes'
import { readPptx, readSheet } from '../../addons/kit/node/export/pptx/read'
import { chartGeometry, specParts, textAt } from '../../addons/kit/node/export/pptx/spec'
import { writeSlides } from '../../addons/kit/node/export/pptx/write'

const INK = { hex: '131821', alpha: 1 }
function run(text: string, size = 28): Run {
  return {
    text,
    size,
    bold: false,
    italic: false,
    underline: false,
    paint: INK,
    spacing: 0,
  }
}
const fonts = { latinFont: 'Arial', eastAsianFont: 'Microsoft YaHei', lang: 'zh-CN' }
/** EMU per CSS px on a 980-px canvas written 13.333 in wide. */
const EMU = 13.333 * 914400 / 980

const chart: SpecChart = {
  type: 'chart',
  x: 0,
  y: 0,
  w: 558,
  h: 410,
  title: '入驻企业数',
  series: '入驻企业数（万）',
  values: [1000, 250],
  categories: [
    ['钉钉', '企业微信 1.0'],
    ['2019 年底', ''],
  ],
  colors: ['#c2410c', '#0a58ca'],
  axis: {
    min: 0,
    max: 1000,
    hidden: true,
    line: { color: '#131821', width: 3 },
  },
  labels: {
    format: 'General" 万"',
    formats: ['General" 万*"', null],
    size: 44,
    bold: true,
    color: '#131821',
  },
  categoryLabels: { size: 26, bold: true, color: '#131821' },
  gap: 20,
  plot: { x: 0.1, y: 0.2, w: 0.8, h: 0.6 },
  marks: [
    {
      kind: 'steps',
      category: 0,
      every: 250,
      line: { color: '#ffffff', width: 4 },
    },
  ],
}

async function written(parts: Part[], notes: string[] = ['第一段', '第二段']) {
  const raw = await unfinished(parts, notes)
  const file = await finishPptx(raw.data, raw.charts, fonts)
  return { file, back: await readPptx(file) }
}

/** pptxgenjs's own file for `parts` on each of `slides` slides, before finish.ts. */
async function unfinished(parts: Part[], notes: string[] = ['第一段', '第二段'], slides = 1) {
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  const charts = writeSlides(pptx, [
    {
      no: 1,
      parts,
      warnings: [],
      notes,
      background: { hex: 'FFFFFF', alpha: 1 },
    },
  ].flatMap(s => Array.from({ length: slides }, (_, i) => ({ ...s, no: i + 1 }))), {
    canvas: { width: 980, height: 552 },
    latinFont: fonts.latinFont,
    lang: fonts.lang,
  })
  return { data: await pptx.write({ outputType: 'nodebuffer' }) as Buffer, charts }
}

describe('written and read back', () => {
  it('text boxes keep their lines, position and size; the notes are paragraphs; Chinese names the East Asian face', async () => {
    const { file, back } = await written([
      {
        kind: 'text',
        box: { x: 56, y: 40, w: 600, h: 110 },
        lines: [
          [
            run('新增的企业，'),
          ],
          [
            run('还是来收割流量？'),
          ],
        ],
        align: 'left',
        lineHeight: 55,
        rotate: 0,
        role: 'h1',
      },
      {
        kind: 'box',
        shape: 'roundRect',
        box: { x: 56, y: 200, w: 268, h: 120 },
        rotate: 0,
        fill: { hex: 'F2F5FA', alpha: 1 },
        radius: 14,
      },
    ])
    expect(back.size).toEqual({ w: 12192000, h: 6858000 })
    const [slide] = back.slides
    const h1 = slide!.shapes.find(s => s.kind === 'text')!
    expect(h1.text).toBe('新增的企业，\n还是来收割流量？')
    // Grown a little to the right for a wider typeface (write.ts loosen), never moved.
    expect(h1.box.x / EMU).toBeCloseTo(56, 0)
    expect(h1.box.y / EMU).toBeCloseTo(40, 0)
    expect(h1.box.h / EMU).toBeCloseTo(110, 0)
    expect(h1.box.w / EMU).toBeGreaterThan(600)
    expect(slide!.shapes.map(s => s.kind)).toEqual(['text', 'shape'])
    expect(slide!.notes).toEqual(['第一段', '第二段'])
    const xml = await (await JSZip.loadAsync(file)).file('ppt/slides/slide1.xml')!.async('string')
    expect(xml).toMatch(/<p:bgPr>[\s\S]*<a:effectLst\/><\/p:bgPr>/)
    expect(xml).toContain('wrap="none"')
    expect(xml).toContain('<a:latin typeface="Arial"')
    expect(xml).toContain('<a:ea typeface="Microsoft YaHei"')
    expect(xml).toContain('lang="zh-CN"')
    // pptxgenjs 4.0.1's faults, mended (mend.ts): no content type for a part the file lacks, the
    // background's effect list, a text body in every shape.
    const zip = await JSZip.loadAsync(file)
    const types = await zip.file('[Content_Types].xml')!.async('string')
    for (const [, part] of types.matchAll(/<Override PartName="\/([^"]+)"/g))
      expect(zip.file(part!), `content type for ${part}`).not.toBeNull()
    for (const sp of xml.match(/<p:sp>[\s\S]*?<\/p:sp>/g)!)
      expect(sp).toContain('<p:txBody>')
    const theme = await (await JSZip.loadAsync(file)).file('ppt/theme/theme1.xml')!.async('string')
    expect(theme).toMatch(/<a:minorFont>[\s\S]*<a:ea typeface="Microsoft YaHei"\/>/)
  })

  it('a chart is a native column chart with its sheet, its values, its categories and a label format per column', async () => {
    const parts = specParts({
      width: 900,
      height: 410,
      parts: [chart],
    }, { x: 40, y: 100, w: 900, h: 410 })
    const { file, back } = await written(parts)
    expect(back.charts).toHaveLength(1)
    const c = back.charts[0]!
    expect(c.values).toEqual([1000, 250])
    // Two levels as one label a column, a line a level (pptxgenjs's multi-level sheet is broken).
    expect(c.categories).toEqual([
      ['钉钉\n2019 年底', '企业微信 1.0\n2019 年底'],
    ])
    expect(c.formats).toEqual(['General" 万*"', 'General" 万"'])
    expect(back.embeddings).toHaveLength(1)
    const sheet = await readSheet(await (await JSZip.loadAsync(file)).file(back.embeddings[0]!)!.async('nodebuffer'))
    expect(sheet.problems).toEqual([])
    // The category column has a header (a table column named over an empty cell needs a repair in Excel).
    expect(sheet.rows).toEqual([
      ['类别', '入驻企业数（万）'],
      ['钉钉\n2019 年底', 1000],
      ['企业微信 1.0\n2019 年底', 250],
    ])
    const xml = await (await JSZip.loadAsync(file)).file('ppt/charts/chart1.xml')!.async('string')
    expect(xml).toContain('<c:min val="0"/>')
    expect(xml).toContain('<a:ea typeface="Microsoft YaHei"/>')
    expect(xml).toContain('<a:bodyPr wrap="none"/>')
    // pptxgenjs 4.0.1's faults, mended (mend.ts): two axis ids, each an axis; the columns' colours
    // before the labels; a table range without a stray apostrophe.
    const ids = [
      ...xml.match(/<c:barChart>[\s\S]*<\/c:barChart>/)![0].matchAll(/<c:axId val="(\d+)"\/>/g),
    ].map(m => m[1])
    expect(ids).toHaveLength(2)
    for (const id of ids)
      expect(xml).toMatch(new RegExp(`<c:(?:cat|val)Ax>\\s*<c:axId val="${id}"`))
    const ser = xml.match(/<c:ser>[\s\S]*?<\/c:ser>/)![0]
    expect(ser.lastIndexOf('<c:dPt>')).toBeLessThan(ser.indexOf('<c:dLbls>'))
    const book = await JSZip.loadAsync(await (await JSZip.loadAsync(file)).file(back.embeddings[0]!)!.async('nodebuffer'))
    expect(await book.file('xl/tables/table1.xml')!.async('string')).toContain('ref="A1:B3"')
    // The three step lines across the 钉钉 column, and the zero line, are shapes over the chart.
    expect(back.slides[0]!.shapes.filter(s => s.kind === 'shape')).toHaveLength(4)
  })
})

describe('the package, as the Transitional schemas and the package rules want it', () => {
  /** A big number and its unit as runs of one line, and a chart whose gap width is not whole. */
  const figure: Part = {
    kind: 'text',
    box: { x: 56, y: 200, w: 400, h: 120 },
    lines: [
      [
        run('1000', 96),
        run('万', 52),
      ],
    ],
    align: 'left',
    lineHeight: 120,
    rotate: 0,
    role: 'figure',
  }
  const odd = () => specParts({
    width: 900,
    height: 410,
    parts: [
      { ...chart, gap: 51.66666666666667 },
    ],
  }, { x: 40, y: 100, w: 900, h: 410 })

  it('finds each of pptxgenjs 4.0.1\'s faults in its own file (so the check can fail)', async () => {
    const raw = await unfinished([
      figure,
      ...odd(),
    ], ['第一段'], 2)
    const problems = await packageProblems(raw.data)
    const expected = [
      /\[Content_Types\]\.xml names ppt\/slideMasters\/slideMaster2\.xml/,
      /ppt\/presentation\.xml: p:notesMasterIdLst stands after p:sldIdLst/,
      /ppt\/slides\/slide1\.xml: 1 paragraphs with more than one a:pPr/,
      /ppt\/notesMasters\/notesMaster1\.xml shares its theme/,
      /ppt\/notesMasters\/notesMaster1\.xml keeps pptxgenjs's stock placeholders/,
      /\.xlsx: styles\.xml holds no cell formats/,
      /\.xlsx: xl\/tables\/table1\.xml: column 1 is named "Column1" over the header cell A1 ""/,
    ]
    for (const e of expected) {
      expect(problems, String(e)).toEqual(expect.arrayContaining([
        expect.stringMatching(e),
      ]))
    }
  })

  it('finds none once finished: the notes master on its own theme, one a:pPr first in each paragraph, whole gap widths', async () => {
    const raw = await unfinished([
      figure,
      ...odd(),
    ], ['第一段'], 2)
    const file = await finishPptx(raw.data, raw.charts, fonts)
    expect(await packageProblems(file)).toEqual([])
    const zip = await JSZip.loadAsync(file)
    const xml = (n: string) => zip.file(n)!.async('string')
    const presentation = await xml('ppt/presentation.xml')
    expect(presentation.indexOf('<p:notesMasterIdLst>')).toBeLessThan(presentation.indexOf('<p:sldIdLst>'))
    // pptxgenjs numbers charts across the files it writes in one process: find them by name.
    const charts = Object.keys(zip.files).filter(n => /^ppt\/charts\/chart\d+\.xml$/.test(n))
    expect(charts).toHaveLength(2)
    for (const c of charts)
      expect(await xml(c)).toContain('<c:gapWidth val="52"/>')
    const slide = await xml('ppt/slides/slide1.xml')
    const big = slide.match(/<a:p>(?:(?!<\/a:p>)[\s\S])*?<a:t>1000<\/a:t>[\s\S]*?<\/a:p>/)![0]
    expect(big.match(/<a:pPr\b/g)).toHaveLength(1)
    expect(big).toMatch(/^<a:p><a:pPr\b/)
    // Both runs kept, in order.
    expect([
      ...big.matchAll(/<a:t>([^<]*)<\/a:t>/g),
    ].map(m => m[1])).toEqual(['1000', '万'])
    const rels = await xml('ppt/notesMasters/_rels/notesMaster1.xml.rels')
    const theme = rels.match(/Target="\.\.\/theme\/([^"]+)"/)![1]!
    expect(theme).not.toBe('theme1.xml')
    expect(await xml('[Content_Types].xml')).toContain(`<Override PartName="/ppt/theme/${theme}"`)
    // The notes page keeps what it uses: the slide's picture, the notes, the number.
    const master = await xml('ppt/notesMasters/notesMaster1.xml')
    expect([
      ...master.matchAll(/<p:ph type="(\w+)"/g),
    ].map(m => m[1])).toEqual(['sldImg', 'body', 'sldNum'])
    const book = await JSZip.loadAsync(await zip.file(Object.keys(zip.files).find(n => n.endsWith('.xlsx'))!)!.async('uint8array'))
    expect(await book.file('xl/styles.xml')!.async('string')).toMatch(/<cellXfs count="1"><xf [^>]*\/><\/cellXfs>/)
    expect(await book.file('xl/tables/table1.xml')!.async('string')).toContain('<tableColumn id="1" name="类别"/>')
    expect(await book.file('xl/sharedStrings.xml')!.async('string')).not.toContain('xml:space')
  })

  it('mends a picture file as Slidev writes it (pptxgenjs, a picture a slide) the same way', async () => {
    const pptx = new PptxGenJS()
    pptx.layout = 'LAYOUT_WIDE'
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
    for (let i = 0; i < 3; i++) {
      const slide = pptx.addSlide()
      slide.addImage({
        data: `image/png;base64,${png}`,
        x: 0,
        y: 0,
        w: 13.333,
        h: 7.5,
      })
      slide.addNotes(`第 ${i + 1} 页`)
    }
    const data = await pptx.write({ outputType: 'nodebuffer' }) as Buffer
    expect((await packageProblems(data)).length).toBeGreaterThan(2)
    const zip = await JSZip.loadAsync(data)
    await mendPackage(zip, 'zh-CN')
    expect(await packageProblems(await zip.generateAsync({ type: 'nodebuffer' }))).toEqual([])
  })

  it('a hatched column is a pattern fill; a column in two parts is a base series over it, unlabelled', async () => {
    const parts = specParts({
      width: 900,
      height: 410,
      parts: [
        {
          ...chart,
          marks: [],
          patterns: [
            { fg: '#fbd5b5', bg: '#c2410c' },
            null,
          ],
        },
        {
          ...chart,
          values: [1000],
          categories: [
            ['企业微信 3.0'],
          ],
          colors: ['#0a58ca'],
          labels: { ...chart.labels, formats: [] },
          marks: [],
          base: {
            series: '其中 2019 年底（万）',
            values: [250],
            color: '#ffffff',
            opacity: 0.35,
          },
        },
      ],
    }, { x: 40, y: 100, w: 900, h: 410 })
    const { file } = await written(parts)
    expect(await packageProblems(file)).toEqual([])
    const zip = await JSZip.loadAsync(file)
    const numbered = (n: string) => Number(n.match(/(\d+)\.xml$/)![1])
    const [one, two] = Object.keys(zip.files).filter(n => /^ppt\/charts\/chart\d+\.xml$/.test(n)).sort((a, b) => numbered(a) - numbered(b))
    const first = await zip.file(one!)!.async('string')
    const points = first.match(/<c:dPt>[\s\S]*?<\/c:dPt>/g)!
    expect(points[0]).toContain('<a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="FBD5B5"/></a:fgClr><a:bgClr><a:srgbClr val="C2410C"/></a:bgClr></a:pattFill>')
    expect(points[1]).not.toContain('pattFill')
    const second = await zip.file(two!)!.async('string')
    const series = second.match(/<c:ser>[\s\S]*?<\/c:ser>/g)!
    expect(series).toHaveLength(2)
    expect(series.map(s => [
      ...s.matchAll(/<c:v>([\d.]+)<\/c:v>/g),
    ].map(m => Number(m[1])))).toEqual([
      [1000],
      [250],
    ])
    expect(series[1]).toContain('<c:dLbls><c:delete val="1"/></c:dLbls>')
    expect(second).toContain('<c:overlap val="100"/>')
    // White at 35 % over the blue: a lighter blue, as the slide draws the lower part.
    expect(series[1]).toContain('<a:srgbClr val="6092DD"/>')
  })
})

describe('the layout checks', () => {
  const slide = (shapes: ReadSlide['shapes']): ReadSlide => ({ no: 1, shapes, notes: [] })
  const frame = { w: 12192000, h: 6858000 }
  const t = (text: string, x: number, y: number, w: number, h: number, rotate = 0) => ({
    kind: 'text' as const,
    name: 'p',
    text,
    rotate,
    box: { x, y, w, h },
  })

  it('find two text boxes drawn over each other, and pass two that only touch', () => {
    expect(slideProblems(slide([
      t('甲', 0, 0, 1_000_000, 400_000),
      t('乙', 500_000, 200_000, 1_000_000, 400_000),
    ]), frame).overlapping).toEqual(['"甲" and "乙"'])
    expect(slideProblems(slide([
      t('甲', 0, 0, 1_000_000, 400_000),
      t('乙', 1_000_000, 0, 1_000_000, 400_000),
    ]), frame).overlapping).toEqual([])
  })

  it('find a box off the slide, turning a rotated box about its centre first', () => {
    expect(slideProblems(slide([
      t('出界', 11_800_000, 100_000, 1_000_000, 300_000),
    ]), frame).outside).toEqual(['"出界"'])
    // 3 000 000 wide turned a quarter: 300 000 wide, 3 000 000 high about the same centre.
    expect(coveredBox({
      box: {
        x: 0,
        y: 1_000_000,
        w: 3_000_000,
        h: 300_000,
      },
      rotate: 270,
    })).toEqual({
      x: 1_350_000,
      y: -350_000,
      w: 300_000,
      h: 3_000_000,
    })
  })

  it('let a decoration lie under other text, and find a slide that is one picture', () => {
    const watermark = {
      ...t('01', 0, 0, 2_000_000, 2_000_000),
      name: 'decoration div.index',
    }
    expect(slideProblems(slide([
      watermark,
      t('标题', 500_000, 500_000, 3_000_000, 500_000),
    ]), frame).overlapping).toEqual([])
    const picture = {
      kind: 'picture' as const,
      name: 'Image 1',
      text: '',
      rotate: 0,
      box: { x: 0, y: 0, ...frame },
    }
    expect(slideProblems(slide([picture]), frame).onePicture).toBe(true)
    expect(slideProblems(slide([
      t('标题', 0, 0, 100, 100),
      {
        ...picture,
        box: {
          x: 0,
          y: 0,
          w: 1_000_000,
          h: 1_000_000,
        },
      },
    ]), frame).onePicture).toBe(false)
  })
})

describe('an inline element over two lines', () => {
  it('paints its border once per line, each as wide as that line (a link\'s underline)', () => {
    const frag = (text: string, x: number, y: number, w: number) => ({
      text,
      box: { x, y, w, h: 29 },
    })
    const text = (f: ReturnType<typeof frag>) => ({
      name: '#text',
      attrs: {},
      parent: null,
      children: [],
      box: f.box,
      style: {},
      paint: 0,
      fragments: [f],
    })
    const link = {
      name: 'a',
      attrs: {},
      parent: null,
      box: { x: 700, y: 100, w: 176, h: 58 },
      size: { w: 176, h: 58 },
      style: {
        'display': 'inline',
        'border-bottom-style': 'dashed',
        'border-bottom-width': '1px',
        'border-bottom-color': 'rgb(10, 88, 202)',
      },
      paint: 0,
      fragments: [],
      children: [
        text(frag('deck.example.org', 700, 100, 176)),
        text(frag('/wecom-20', 733.5, 128, 109)),
      ],
    }
    const lines = inlineBoxes(link)
    expect(lines.map(l => [l.box, l.size])).toEqual([
      [
        { x: 700, y: 100, w: 176, h: 29 },
        { w: 176, h: 29 },
      ],
      [
        { x: 733.5, y: 128, w: 109, h: 29 },
        { w: 109, h: 29 },
      ],
    ])
  })
})

describe('spec geometry', () => {
  it('places a line of text by anchor and baseline, and a vertical one about its point', () => {
    const t = textAt({
      anchor: 'start',
      baseline: 'middle',
      runs: [
        run('服务谁', 20),
      ],
      width: 60,
    }, { x: 100, y: 50 })
    expect(t.box).toEqual({ x: 100, y: 50 - 11.5, w: 60, h: 23 })
    expect(t.align).toBe('left')
    const up = textAt({
      anchor: 'start',
      baseline: 'middle',
      rotate: -90,
      runs: [
        run('独立 App', 20),
      ],
      width: 80,
    }, { x: 100, y: 400 })
    // Reading upwards from (100, 400): its centre 40 above, the box unrotated about it.
    expect(up.box.x + up.box.w / 2).toBeCloseTo(100)
    expect(up.box.y + up.box.h / 2).toBeCloseTo(360)
    expect(up.rotate).toBe(-90)
  })

  it('puts columns where the fixed plot and gap width put them', () => {
    const g = chartGeometry(chart, { x: 0, y: 0, w: 1000, h: 500 })
    expect(g.plot).toEqual({ x: 100, y: 100, w: 800, h: 300 })
    // Two slots of 400; a column 400 / 1.2 wide, centred in its slot.
    expect(g.column(1).x).toBeCloseTo(500 + (400 - 400 / 1.2) / 2)
    expect(g.y(0)).toBe(400)
    expect(g.y(1000)).toBe(100)
    // In a spec twice the box's size: everything at half scale, the zero line and the steps on the column.
    const parts = specParts({
      width: 2000,
      height: 1000,
      parts: [
        { ...chart, w: 2000, h: 1000 },
      ],
    }, { x: 0, y: 0, w: 1000, h: 500 })
    expect((parts[0] as ChartPart).scale).toBe(0.5)
    const lines = parts.filter((p): p is Extract<Part, { kind: 'line' }> => p.kind === 'line')
    expect(lines.map(m => m.y1)).toEqual([400, 325, 250, 175])
    expect(lines[1]!.x1).toBeCloseTo(g.column(0).x)
    expect(lines[1]!.line.width).toBe(2)
  })
})

describe('the notes', () => {
  it('as paragraphs of plain text: no [click] marks, a stage direction marked, Markdown and tags gone', () => {
    const note = [
      '先把结论摆在前面。',
      '',
      '[click] 所谓**定位**，就是一句判断：<br>市场缺什么。',
      '',
      '<p class="cue">节奏：讲 18 分钟，留 2 分钟提问。</p>',
    ].join('\n')
    expect(notesParagraphs(note, '提示')).toEqual([
      '先把结论摆在前面。',
      '所谓定位，就是一句判断： 市场缺什么。',
      '提示 · 节奏：讲 18 分钟，留 2 分钟提问。',
    ])
  })
})

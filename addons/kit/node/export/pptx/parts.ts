/**
 * What a slide is made of on its way to PowerPoint: the walk of the page (walk.ts) and the specs
 * of the talk's components (spec.ts) both produce these parts, in CSS px of the slide canvas
 * (0, 0 at its top left), and write.ts turns them into pptxgenjs calls. Bottom to top.
 */
import type { SpecChart } from '../../../shared/pptx-spec.ts'
import type { Paint } from './css.ts'
import type { Rect } from './snapshot.ts'

export type { Paint, Rect }

export interface Stroke {
  paint: Paint
  width: number
  dash: 'solid' | 'dash' | 'dot'
  begin?: 'triangle'
  end?: 'triangle'
}

/** A filled or outlined shape; `box` is before `rotate` (degrees, clockwise, about its centre). */
export interface BoxPart {
  kind: 'box'
  shape: 'rect' | 'roundRect' | 'ellipse' | 'diamond'
  box: Rect
  rotate: number
  fill?: Paint
  line?: Stroke
  /** Corner radius in px (roundRect). */
  radius?: number
}

export interface LinePart {
  kind: 'line'
  x1: number
  y1: number
  x2: number
  y2: number
  line: Stroke
}

export interface Run {
  text: string
  /** px */
  size: number
  bold: boolean
  italic: boolean
  underline: boolean
  paint: Paint
  /** Extra space between characters, px. */
  spacing: number
  link?: string
  /** Set high on its line (a claim's asterisk at a big number's top). */
  superscript?: boolean
}

/**
 * A text box holding the lines as the browser broke them (no re-wrapping in the office suite):
 * each line its runs, centred vertically in a line box `lineHeight` high.
 */
export interface TextPart {
  kind: 'text'
  box: Rect
  lines: Run[][]
  align: 'left' | 'center' | 'right'
  lineHeight: number
  rotate: number
  /** What the box is, for the shape's name in the selection pane ("h1", "li", …). */
  role: string
}

export interface ImagePart {
  kind: 'image'
  box: Rect
  /** Where it is on the page, to take its picture. */
  page: Rect
  alt: string
  /** The PNG, once taken. */
  data?: Buffer
}

export interface ChartPart {
  kind: 'chart'
  box: Rect
  chart: SpecChart
  /** Spec units → px. */
  scale: number
}

/** The name of a text box drawn from aria-hidden text starts so (check.ts lets it lie under other text). */
export const DECORATION = 'decoration '

export type Part = BoxPart | LinePart | TextPart | ImagePart | ChartPart

export interface SlideParts {
  no: number
  background?: Paint
  parts: Part[]
  /** What the walk could not draw natively, for the export's report. */
  warnings: string[]
}

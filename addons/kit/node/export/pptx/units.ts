/** What both the slide writer (write.ts) and the chart writer (chart.ts) size and name things by. */
export interface WriteOptions {
  /** The slide canvas in CSS px (980 × 552). */
  canvas: { width: number, height: number }
  /** The face written into every run (Latin slot; finish.ts puts the East Asian face beside it). */
  latinFont: string
  lang: string
}

/** LAYOUT_WIDE's width, in inches. */
export const SLIDE_WIDTH_IN = 13.333

export function units(canvasWidth: number): { inch: (px: number) => number, pt: (px: number) => number } {
  const k = SLIDE_WIDTH_IN / canvasWidth
  return {
    inch: v => Math.round(v * k * 10000) / 10000,
    pt: v => Math.round(v * k * 72 * 100) / 100,
  }
}

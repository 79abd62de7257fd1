import type { ColumnLayoutOptions } from './geometry'

/** What the enterprise-count chart is drawn at, beyond the columns' layout: type sizes and the line pitch. */
export interface CountChartSizes extends ColumnLayoutOptions {
  value: number
  label: number
  date: number
  line: number
}

/**
 * The enterprise-count chart's sizes in viewBox units: on the slide drawn about 1:1 on the 980-px
 * canvas, in the reading edition at 360 px wide (text at 14 CSS px or more on a 360-px phone).
 */
export const COUNT_CHART: { slide: CountChartSizes, reading: CountChartSizes } = {
  slide: {
    width: 900,
    baseline: 318,
    maxHeight: 250,
    columnWidth: 180,
    columnGap: 36,
    groupGap: 150,
    value: 44,
    label: 26,
    date: 24,
    line: 30,
  },
  reading: {
    width: 360,
    baseline: 262,
    maxHeight: 200,
    columnWidth: 78,
    columnGap: 14,
    groupGap: 44,
    value: 19,
    label: 15,
    date: 15,
    line: 19,
  },
}

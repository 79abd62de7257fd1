import type { InjectionKey } from 'vue'
import { READING_PATH, VIEW_PARAM } from '../shared/constants.ts'

/**
 * Provided as `true` by the reading edition (the `/read` page) around the slides it reflows for a
 * phone column. A talk's charts can inject it and lay themselves out for a narrow screen (full
 * width, labels at least 12 CSS px); on slides, in the PDF and in the handout it is absent (false).
 */
export const READING_EDITION: InjectionKey<boolean> = Symbol('deck:reading-edition')

/** `<base>read/#17`: slide 17 in the reading edition (no anchor for the top of the page). */
export function readingHref(base: string, no?: number): string {
  return `${base}${READING_PATH}${no === undefined
    ? ''
    : `#${no}`}`
}

/** `<base>17?view=slides`: slide 17 in the presentation, asked for explicitly (a phone stays there). */
export function slidesHref(base: string, no: number): string {
  return `${base}${no}?${VIEW_PARAM}=slides`
}

import type { InjectionKey } from 'vue'

/**
 * Provided as `true` by the reading edition (the `/read` page) around the slides it reflows for a
 * phone column. The chart and the map inject it and lay themselves out for a narrow screen (full
 * width, labels at least 12 CSS px); on slides, in the PDF and in the handout it is absent (false).
 */
export const READING_EDITION: InjectionKey<boolean> = Symbol('deck:reading-edition')

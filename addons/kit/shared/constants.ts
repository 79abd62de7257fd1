/**
 * Names and sizes the kit's browser code and its Node code (the build's plugins, the exporter)
 * must agree on, in one module both import.
 */

/** The reading edition's path under the deck's base: `<base>read/`. */
export const READING_PATH = 'read/'

/**
 * The query parameter a link from the reading edition to the slides carries (`?view=slides`), and
 * the localStorage key that remembers it. Plain links, so they work with JavaScript off; the head
 * script of index.html (shared/view.ts) reads them before anything paints.
 */
export const VIEW_PARAM = 'view'
export const VIEW_KEY = 'deck:view'
export type DeckView = 'slides' | 'read'

/**
 * The query parameter that hands a route over to another edition's page (`<base>en/?deck-route=7`),
 * when a static host answered it with the main edition's 404 page (shared/view.ts).
 */
export const ROUTE_PARAM = 'deck-route'

/** A phone held upright: what gets the reading edition by default. */
export const PHONE_PORTRAIT = '(orientation: portrait) and (max-width: 600px)'

/** The prerendered first slide's layer in index.html (node/prerender/, client/first-paint.ts). */
export const FIRST_PAINT_ID = 'deck-first-paint'
/**
 * How long the first slide's layer keeps its text unseen while the typeface arrives: what a browser
 * does for a web font by default (its 3 s block period), so the layer never paints in a fallback
 * face that the typeface then moves. After it the text shows in whatever face is there.
 */
export const FIRST_PAINT_FONT_WAIT_MS = 3000

/**
 * On bare slide 1 (prerendered), Slidev's application starts at the first input, or this long
 * after the load event (shared/app-start.ts).
 */
export const APP_START_AFTER_LOAD_MS = 5000

/** The viewports the reading edition and slide 1 are prerendered at. */
export const READ_VIEWPORT = { width: 390, height: 844 } as const
export const SLIDE_VIEWPORT = { width: 1280, height: 720 } as const

/** The virtual module holding the kit's resolved options for the browser (node/plugins/kit-module.ts). */
export const KIT_MODULE_ID = 'virtual:deck-kit'

/**
 * Sizes of the handout page (A4 portrait, CSS px at 96 per inch). The slide is drawn on its own
 * canvas and scaled to the content width, as Slidev's print page scales it.
 */
export const HANDOUT = {
  /** @page margin, mm */
  marginMm: 14,
  pageWidthMm: 210,
  pageHeightMm: 297,
  pxPerMm: 96 / 25.4,
} as const

/** Width in CSS px of the handout's content box (the A4 width less both margins). */
export function handoutContentWidth(): number {
  return (HANDOUT.pageWidthMm - 2 * HANDOUT.marginMm) * HANDOUT.pxPerMm
}

/** The link-preview image (public/og-image.png, the kit's `og-image` export): 16:9 like the slides, 1200 wide. */
export const OG_IMAGE = { width: 1200, height: 675 } as const
/** Its file, in the talk's public/ folder and at the site's base. */
export const OG_IMAGE_FILE = 'og-image.png'

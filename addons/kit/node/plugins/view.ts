import type { Plugin, ResolvedConfig } from 'vite'
import type { Deck } from '../deck.ts'
/**
 * Which view a visitor gets, before anything paints (dev and build): an inline script at the top
 * of index.html's head (shared/view.ts) sends a phone held upright on a slide address to the
 * reading edition (`<base>read/#N`) unless the reader chose the slides (`?view=slides`,
 * remembered); applies the colour scheme as Slidev applies it; hides the prerendered first slide
 * unless the address is slide 1, and scales it to the window otherwise. Plus the few CSS rules
 * that go with it. The prerender (node/prerender/) fills the first slide in at build time.
 */
import { minify } from 'vite'
import { FIRST_PAINT_FONT_WAIT_MS, FIRST_PAINT_ID, PHONE_PORTRAIT, READING_PATH, ROUTE_PARAM, VIEW_KEY, VIEW_PARAM } from '../../shared/constants.ts'
import { headScript } from '../../shared/view.ts'

/**
 * The first slide's layer covers the window as Slidev's play page does (its letterbox colour
 * around the 16:9 canvas); the head script hides it for any other address (`deck-fp-off`) and
 * hides the page while it leaves for the reading edition (`deck-leaving`).
 */
const HEAD_CSS = `#${FIRST_PAINT_ID}{position:fixed;inset:0;z-index:100;pointer-events:none;overflow:hidden;background:var(--slidev-slide-container-background,#000)}`
  + `html.deck-fp-off #${FIRST_PAINT_ID}{display:none}html.deck-leaving body{visibility:hidden}`
  // Its slide is unseen (the letterbox shows) until the typeface is there: see shared/view.ts.
  + `html:not(.deck-fp-fonts) #${FIRST_PAINT_ID}>*{visibility:hidden}`
  // While the layer shows slide 1, the app lays itself out unseen beneath it: a shift it makes
  // there (its scale settling, a font arriving) is not painted, so not a layout shift. The app
  // appears in the frame the layer leaves, where the layer's slide was.
  + `html:not(.deck-fp-off):has(>body>#${FIRST_PAINT_ID}) #app{visibility:hidden}`

/** An inline script, minified (it travels in every page's head). */
export async function small(code: string): Promise<string> {
  const out = await minify('inline.js', code)
  if (out.errors.length)
    throw new Error(`could not minify an inline script: ${out.errors.map(e => e.message).join('; ')}`)
  return out.code.trim()
}

/** Insert `tags` after the viewport meta (or at the top of the head). */
export function afterViewport(html: string, tags: string): string {
  const viewport = /<meta name="viewport"[^>]*>/.exec(html)
  if (viewport)
    return html.slice(0, viewport.index + viewport[0].length) + tags + html.slice(viewport.index + viewport[0].length)
  return html.replace(/<head>/, `<head>${tags}`)
}

/** The head script and its CSS, in dev and build. */
/** `below`: the paths of the talk's other editions hosted below this one ("en/"). */
export function deckView(talk: () => Deck, below: string[] = []): Plugin {
  let config: ResolvedConfig
  return {
    name: 'deck-kit:view',
    configResolved(c) {
      config = c
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const deck = talk()
        const script = await small(headScript({
          base: config.base,
          readPath: READING_PATH,
          viewParam: VIEW_PARAM,
          viewKey: VIEW_KEY,
          phone: PHONE_PORTRAIT,
          colorSchema: deck.colorSchema,
          width: deck.canvas.width,
          height: deck.canvas.height,
          firstPaintId: FIRST_PAINT_ID,
          fontWaitMs: FIRST_PAINT_FONT_WAIT_MS,
          below,
          routeParam: ROUTE_PARAM,
        }))
        // Right after the charset and viewport: before every stylesheet and script, and the
        // charset still within the first 1024 bytes.
        return afterViewport(html, `<style data-deck-view>${HEAD_CSS}</style><script>${script}</script>`)
      },
    },
  }
}

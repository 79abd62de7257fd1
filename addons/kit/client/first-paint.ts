/**
 * The hand-over from the prerendered first slide to Slidev's app.
 *
 * The build (node/prerender/) puts slide 1, as the application draws it, into index.html as
 * `#deck-first-paint`: a fixed layer outside `#app`, the page's main landmark until it leaves (the
 * application beneath it is invisible meanwhile, to the eye and to assistive technology), that
 * paints as soon as the HTML arrives. Slidev mounts underneath it. This module removes the
 * layer once the application shows the same thing in the same place: slide 1 drawn, the fonts and every
 * stylesheet loaded, and every element of its layout where the layer's is. The swap then changes no pixel
 * (no flash) and moves nothing (no layout shift). Any navigation away from slide 1 first removes
 * the layer at once, so it can never cover another page.
 */

import { FIRST_PAINT_ID } from '../shared/constants.ts'

/** Stop waiting for a perfect match after this long once the application has drawn slide 1. */
const PATIENCE_MS = 3000

function stylesheetsReady(doc: Document): boolean {
  return [
    ...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'),
  ]
    .every(l => l.sheet !== null && l.media !== 'print')
}

function sameRect(r: DOMRect, s: DOMRect): boolean {
  return Math.abs(r.left - s.left) < 0.5
    && Math.abs(r.top - s.top) < 0.5
    && Math.abs(r.width - s.width) < 0.5
    && Math.abs(r.height - s.height) < 0.5
}

function sameBox(a: Element, b: Element): boolean {
  const r = a.getBoundingClientRect()
  return r.width > 0 && sameRect(r, b.getBoundingClientRect())
}

/**
 * The app's slide is the layer's double when every element of its layout has the layer's box
 * (the title, but also a figure at the foot whose text is still waiting for its font); if the two
 * differ in structure, the title alone decides.
 */
function sameLayout(app: Element, layer: Element): boolean {
  const mine = app.querySelectorAll('.slidev-layout *')
  const theirs = layer.querySelectorAll('.slidev-layout *')
  if (mine.length === 0 || mine.length !== theirs.length)
    return sameBox(app.querySelector('h1') ?? app, layer.querySelector('h1') ?? layer)
  return [...mine].every((el, i) => sameRect(el.getBoundingClientRect(), theirs[i]!.getBoundingClientRect()))
}

export interface HandOver {
  /** Remove the layer now (a navigation away from slide 1). */
  drop: () => void
}

/** Watch for the app's slide 1 and remove the prerendered layer when it is its double. */
export function handOverFirstPaint(doc: Document = document): HandOver {
  const layer = doc.getElementById(FIRST_PAINT_ID)
  let done = !layer
  const drop = () => {
    if (done)
      return
    done = true
    layer?.remove()
  }
  if (!layer)
    return { drop }
  if (doc.documentElement.classList.contains('deck-fp-off')) {
    drop()
    return { drop }
  }

  let fontsReady = false
  void doc.fonts.ready.then(() => {
    fontsReady = true
  })
  let drawnAt: number | undefined
  const check = (now: number) => {
    if (done)
      return
    const slide = doc.querySelector('#app .slidev-page-1')
    const drawn = !!slide && fontsReady && stylesheetsReady(doc)
    if (drawn) {
      drawnAt ??= now
      if (sameLayout(slide, layer) || now - drawnAt > PATIENCE_MS) {
        // One more frame, so the app's slide has been painted before the layer goes.
        requestAnimationFrame(() => requestAnimationFrame(drop))
        return
      }
    }
    requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
  return { drop }
}

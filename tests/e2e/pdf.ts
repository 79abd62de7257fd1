/**
 * Reading the exported PDFs as a person would check them: where a piece of text sits on a page
 * (pdf.js), and where a slide's picture sits on a handout page, found from its title: the same
 * title printed on the slide PDF and on the handout gives the picture's scale and position.
 */
import type { Box } from './share'
import { readFileSync } from 'node:fs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { squash } from './share'

export interface TextRun {
  str: string
  /** Baseline origin, PDF points from the page's bottom-left. */
  x: number
  y: number
  /** Font size in points. */
  size: number
}

export interface PageText {
  width: number
  height: number
  runs: TextRun[]
}

export async function pageText(file: string, no: number): Promise<PageText> {
  const task = getDocument({
    data: new Uint8Array(readFileSync(file)),
    verbosity: 0,
  })
  try {
    const page = await (await task.promise).getPage(no)
    const [x0, y0, x1, y1] = page.view as [number, number, number, number]
    const { items } = await page.getTextContent()
    const runs = items.flatMap(it => 'str' in it && it.str.trim()
      ? [
          {
            str: it.str,
            x: it.transform[4] as number,
            y: it.transform[5] as number,
            size: Math.hypot(it.transform[2] as number, it.transform[3] as number),
          },
        ]
      : [])
    return { width: x1 - x0, height: y1 - y0, runs }
  }
  finally {
    await task.destroy()
  }
}

/** The run that starts `text` (the longest run that is a prefix of it; the first of equals). */
export function runStarting(page: PageText, text: string): TextRun | undefined {
  const want = squash(text)
  let best: TextRun | undefined
  for (const r of page.runs) {
    const s = squash(r.str)
    if (s && want.startsWith(s) && (!best || s.length > squash(best.str).length))
      best = r
  }
  return best
}

/**
 * Where a slide's picture is on a handout page, as fractions of that page, and its scale: found by
 * the slide's title, whose start is printed on both (`slide` from the slide PDF, `handout` from
 * the handout page). Undefined when the title is missing from either.
 */
export function pictureOnPage(slide: PageText, handout: PageText, title: string): { box: Box, scale: number } | undefined {
  const a = runStarting(slide, title)
  const b = runStarting(handout, title)
  if (!a || !b)
    return undefined
  const scale = b.size / a.size
  const left = b.x - scale * a.x
  const top = (handout.height - b.y) - scale * (slide.height - a.y)
  return {
    scale,
    box: {
      x0: left / handout.width,
      y0: top / handout.height,
      x1: (left + scale * slide.width) / handout.width,
      y1: (top + scale * slide.height) / handout.height,
    },
  }
}

/** A box given as fractions of `outer`, as fractions of the page `outer` is on. */
export function within(outer: Box, inner: Box): Box {
  const w = outer.x1 - outer.x0
  const h = outer.y1 - outer.y0
  return {
    x0: outer.x0 + inner.x0 * w,
    y0: outer.y0 + inner.y0 * h,
    x1: outer.x0 + inner.x1 * w,
    y1: outer.y0 + inner.y1 * h,
  }
}

/**
 * The characters a font can draw, from its `cmap` table as HarfBuzz reads it (harfbuzzjs, the
 * same engine subset-font cuts the font with): the subsetter (subset.ts) checks a talk's
 * characters against it, so a character the font lacks stops the build with its name instead of
 * drawing in a fallback font.
 */
import { Blob, Face } from 'harfbuzzjs'

/** Code points a TrueType/OpenType font maps to a glyph. */
export function fontCodePoints(font: Uint8Array): Set<number> {
  return new Set(new Face(new Blob(font)).collectUnicodes())
}

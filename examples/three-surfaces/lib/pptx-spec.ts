/**
 * The example's figure for the kit's editable PPTX (addons/kit/shared/pptx-spec.ts): the same
 * frames layoutFrames() places for the SVG, as native rounded rectangles with their two labels,
 * in the SVG's viewBox units. Surfaces.vue puts it on its SVG as `data-pptx`.
 */
import type { PptxSpec, SpecPart } from 'slidev-addon-deck-kit/pptx'
import type { Frame } from './geometry'

export function surfacesSpec(frames: readonly Frame[], view: { width: number, height: number }, title: string): PptxSpec {
  const parts: SpecPart[] = frames.flatMap((f): SpecPart[] => [
    {
      type: 'rect',
      x: f.x,
      y: f.y,
      w: f.w,
      h: f.h,
      radius: 6,
      fill: 'var(--kit-surface)',
      line: { color: 'var(--kit-accent)', width: 3 },
    },
    {
      type: 'text',
      x: f.x + f.w / 2,
      y: view.height - 34,
      anchor: 'middle',
      baseline: 'alphabetic',
      runs: [
        {
          text: f.label,
          size: 24,
          bold: true,
          color: 'var(--kit-ink)',
        },
      ],
    },
    {
      type: 'text',
      x: f.x + f.w / 2,
      y: view.height - 8,
      anchor: 'middle',
      baseline: 'alphabetic',
      runs: [
        { text: f.size, size: 20, color: 'var(--kit-muted)' },
      ],
    },
  ])
  return {
    width: view.width,
    height: view.height,
    title,
    parts,
  }
}

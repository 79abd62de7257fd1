/**
 * The example talk's own facts, in one typed module: the three surfaces its figure draws (the
 * sizes the kit itself works to: the slide screenshot and prerender viewport, the phone it
 * prerenders the reading edition for, the A4 page of the handout), the credit and the sections.
 */
export interface Surface {
  id: 'projector' | 'phone' | 'paper'
  label: string
  /** Width and height in CSS px (A4: 210 × 297 mm at 96 px an inch). */
  width: number
  height: number
  /** How the size is said on the figure. */
  size: string
}

export const surfaces: readonly Surface[] = [
  {
    id: 'projector',
    label: 'Projector',
    width: 1280,
    height: 720,
    size: '1280 × 720',
  },
  {
    id: 'phone',
    label: 'Phone',
    width: 390,
    height: 844,
    size: '390 × 844',
  },
  {
    id: 'paper',
    label: 'Paper',
    width: Math.round(210 / 25.4 * 96),
    height: Math.round(297 / 25.4 * 96),
    size: 'A4',
  },
]

export const credit = {
  short: 'An example talk for the deck kit',
  full: 'The deck kit, an example talk (this repository)',
}

export const sections: Record<string, string> = {
  start: 'Start',
  why: 'Why three surfaces',
  how: 'How the kit lays it out',
  end: 'End',
}

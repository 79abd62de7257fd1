/** What `npm run export` can write; export.ts (the command line) and run.ts (the work) share it. */
export const TARGETS = [
  'pdf',
  'steps',
  'handout',
  'pptx',
  'pptx-pictures',
  'og-image',
] as const
export type Target = (typeof TARGETS)[number]
/** `npm run export` with no target: everything but the og-image, which is committed in public/. */
export const DEFAULT_TARGETS: Target[] = [
  'pdf',
  'steps',
  'handout',
  'pptx',
  'pptx-pictures',
]

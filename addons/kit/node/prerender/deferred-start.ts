import { appStartScript, INPUT_QUEUE_KEY } from '../../shared/app-start.ts'
/**
 * The prerendered index.html starts Slidev's application only when it is needed
 * (shared/app-start.ts): the build's `<script type="module" src=…>` and its
 * `<link rel="modulepreload">` tags are taken out, the application's stylesheets keep their
 * place in the cascade without an address (`data-deck-href`; slide 1's critical rules are inline,
 * the `<noscript>` copies stay), and an inline script at the end of the head adds them back at
 * once for any address but bare slide 1, and for slide 1 at the first input or a little after the
 * load event, queuing the moves asked of it meanwhile. (Appended anywhere else, the stylesheets
 * would come after the critical rules, which would then win over the full sheet's later rules.)
 *
 * Only with a prerendered slide 1 (the prerender calls this after withFirstSlide): without one
 * there is nothing on screen to wait behind.
 */
import { APP_START_AFTER_LOAD_MS, FIRST_PAINT_ID } from '../../shared/constants.ts'
import { small } from '../plugins/view.ts'

const MODULE_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/g
const MODULE_PRELOAD = /[ \t]*<link rel="modulepreload" crossorigin href="([^"]+)">\n?/g
/** The application's stylesheets as the prerender left them (loaded without blocking, beasties). */
const LAZY_STYLESHEET = /<link rel="stylesheet" crossorigin href="([^"]+)" media="print" onload="this\.media='all'">/g

export async function withDeferredStart(index: string, afterLoadMs = APP_START_AFTER_LOAD_MS): Promise<string> {
  const scripts = [
    ...index.matchAll(MODULE_SCRIPT),
  ]
  if (scripts.length !== 1)
    throw new Error(`index.html has ${scripts.length} module scripts; the deferred start expects the build's one entry`)
  const preloads = [
    ...index.matchAll(MODULE_PRELOAD),
  ].map(m => m[1]!)
  const script = await small(appStartScript({
    entry: scripts[0]![1]!,
    preloads,
    afterLoadMs,
    layerId: FIRST_PAINT_ID,
    queueKey: INPUT_QUEUE_KEY,
  }))
  if (!index.includes('</head>'))
    throw new Error('index.html has no </head> for the deferred start')
  return index
    .replace(MODULE_PRELOAD, '')
    .replace(LAZY_STYLESHEET, (_, href: string) => `<link rel="stylesheet" crossorigin data-deck-href="${href}">`)
    .replace(MODULE_SCRIPT, '')
    .replace('</head>', () => `<script>${script}</script></head>`)
}

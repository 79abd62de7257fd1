/**
 * Export a talk for handing out, with one command and no manual step (the kit's exporter):
 *
 *   deck-kit export [talk] [target …]      (npm run export -- [talk] [target …])
 *
 *   npm run export                  all of the below except og-image, into <exportDir>/ (kit
 *                                   option, default exports/ beside the talk's slides.md)
 *   npm run export -- pdf handout   only some of them
 *   npm run export:pdf              exports/<name>.pdf          every slide in its final state (all
 *                                                               reveals shown), vector charts, real
 *                                                               fonts, tagged, title/author/language,
 *                                                               bookmarks by section
 *   (steps)                         exports/<name>-steps.pdf    one page per reveal step, tagged
 *   (handout)                       exports/<name>-handout.pdf  A4: a cover, then each slide as it
 *                                                               looks with its speaker notes beneath
 *   npm run export:pptx             exports/<name>.pptx         PowerPoint to edit: native text
 *                                                               boxes, shapes and charts, speaker
 *                                                               notes (pptx/editable.ts)
 *   (pptx-pictures)                 exports/<name>-pictures.pptx  PowerPoint to present: one
 *                                                               picture per reveal step, notes
 *   npm run og-image                public/og-image.png         the title slide, 1200×675, for link
 *                                                               previews
 *
 * <name> is `exportFilename` in the talk's headmatter. The QR codes encode the kit option `url`
 * (or DECK_URL) with read/, as in the hosted build.
 *
 * A talk with `editions`, named by its folder (or not at all), exports every edition in turn, each
 * with its own headmatter's `exportFilename` and `lang` and its own link-preview picture
 * (public/og-image-en.png for the edition at en/); a Markdown file exports that edition alone.
 *
 * Why not `slidev export` for the PDFs: Slidev 53's exporter prints without `tagged` (so no
 * structure for screen readers) and does not wait for web fonts. The PDFs are printed from the
 * same Slidev print route with Playwright instead (export/print-pdf.ts), on Slidev's dev server
 * in export mode (export/dev-server.ts); the handout from the reading edition's handout mode
 * (export/handout.ts); pdf-lib then adds the document properties and bookmarks
 * (export/pdf-meta.ts). The editable PPTX is read from the same print route and written with
 * pptxgenjs (export/pptx/); the picture PPTX is Slidev's (export/pptx-pictures.ts).
 *
 * The browser is found, never downloaded (../chromium.ts): CHROMIUM_PATH, then Debian's
 * /usr/bin/chromium, then a browser Playwright installed earlier; with none, the command stops
 * and names what to install. That check comes first and loads nothing heavy, so the message
 * shows at once; the exporter itself (export/run.ts) is loaded after it.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { CHROMIUM_ARGS, findChromium, NoBrowserError } from '../chromium.ts'
import { editionEntries } from '../deck.ts'
import { DEFAULT_TARGETS, TARGETS } from '../export/targets.ts'
import { shownTalk, takeTalk } from './talk-arg.ts'

export async function run(args: string[]): Promise<number> {
  // --entry <slides.md> is the older way to name the talk; it still works.
  const at = args.findIndex(a => a === '--entry' || a.startsWith('--entry='))
  if (at >= 0) {
    const value = args[at]!.includes('=')
      ? args[at]!.slice('--entry='.length)
      : args[at + 1] ?? ''
    args = [
      value,
      ...args.filter((_, i) => i !== at && !(i === at + 1 && !args[at]!.includes('='))),
    ]
  }
  const { entry, rest, whole } = takeTalk(args)
  if (!existsSync(entry)) {
    console.error(`No talk at ${shownTalk(entry)}: name a talk's folder or its slides.md (npm run export -- talks/my-talk).`)
    return 2
  }
  const asked = rest.filter(a => !a.startsWith('-'))
  for (const a of asked) {
    if (!(TARGETS as readonly string[]).includes(a)) {
      console.error(`Unknown export target "${a}". Choose from: ${TARGETS.join(', ')}.`)
      return 2
    }
  }
  const targets = asked.length
    ? TARGETS.filter(t => asked.includes(t))
    : DEFAULT_TARGETS

  let executablePath: string
  try {
    executablePath = findChromium(process.env, existsSync, () => {
      try {
        // Only asked when neither CHROMIUM_PATH nor Debian's chromium is there.
        const { chromium } = createRequire(import.meta.url)('playwright') as typeof import('playwright')
        return chromium.executablePath()
      }
      catch {
        return undefined
      }
    })
  }
  catch (e) {
    if (e instanceof NoBrowserError) {
      console.error(`\n${e.message}\n`)
      return 1
    }
    throw e
  }

  const { runExport } = await import('../export/run.ts')
  const entries = whole
    ? await editionEntries(dirname(entry))
    : [entry]
  let failed = 0
  for (const e of entries)
    failed += await runExport(e, targets, { executablePath, args: CHROMIUM_ARGS }, console)
  return failed
    ? 1
    : 0
}

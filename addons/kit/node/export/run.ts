import type { Browser } from 'playwright'
import type { Log } from '../log.ts'
import type { Target } from './targets.ts'
/**
 * The export's work, once export.ts has found a browser: each target in turn, one line per file
 * written with its size (report.ts), and the sizes together at the end. A target that fails is
 * reported and the others still run; the exit code says whether all succeeded.
 *
 * The PDFs, the editable PPTX and the og-image are drawn in one browser on one Slidev dev server
 * in export mode; the picture PPTX is Slidev's own exporter, run after that server has closed (it
 * starts its own).
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright'
import { OG_IMAGE_FILE } from '../../shared/constants.ts'
import { say } from '../../shared/words.ts'
import { loadTalk } from '../deck.ts'
import { withDevServer } from './dev-server.ts'
import { printHandout } from './handout.ts'
import { screenshotOgImage } from './og-image.ts'
import { PageNotReadyError } from './page-ready.ts'
import { finishPdf, sectionOutline } from './pdf-meta.ts'
import { exportPicturePptx } from './pptx-pictures.ts'
import { writeEditablePptx } from './pptx/editable.ts'
import { printSlides } from './print-pdf.ts'
import { formatSize, report } from './report.ts'

/** Per page load and per wait; the first load compiles the deck, which takes a while on 2 cores. */
const TIMEOUT = 180_000

export async function runExport(entry: string, targets: readonly Target[], browserOptions: { executablePath: string, args: string[] }, log: Log): Promise<number> {
  const { deck, kit } = await loadTalk(entry)
  const ROOT = deck.root
  process.chdir(ROOT)
  const outputs = exportFiles(ROOT, kit.exportDir, deck.name, kit.edition.ogImage)
  // A placeholder address goes into no file (the kit's module says so once: plugins/kit-module.ts).
  const meta = {
    ...deck.meta,
    url: kit.placeholder
      ? ''
      : kit.url,
  }
  const pageErrors = (errors: string[]) => errors.forEach(e => log.warn(`  ! page error while printing: ${e}`))

  /** The targets drawn in a page of the shared browser, on the shared dev server. */
  const inBrowser: Partial<Record<Target, (browser: Browser, origin: string) => Promise<string | void>>> = {
    async pdf(browser, origin) {
      const out = outputs.pdf
      const printed = await printSlides(browser, origin, deck, { out, withClicks: false, timeout: TIMEOUT })
      pageErrors(printed.errors)
      if (printed.pages !== deck.slides.length)
        throw new Error(`${out}: ${printed.pages} pages for ${deck.slides.length} slides`)
      await finishPdf(out, meta, sectionOutline(deck.slides, kit.sections, deck.meta.title, s => printed.firstPage.get(s.no)!))
    },
    async steps(browser, origin) {
      const out = outputs.steps
      const printed = await printSlides(browser, origin, deck, { out, withClicks: true, timeout: TIMEOUT })
      pageErrors(printed.errors)
      // One bookmark per slide, at its first step, as `slidev export --with-toc` made them.
      await finishPdf(out, {
        ...meta,
        title: say(kit.words.stepsPdfTitle, { title: deck.meta.title }),
      }, deck.slides.map(s => ({
        title: s.title,
        page: printed.firstPage.get(s.no)!,
      })))
    },
    async handout(browser, origin) {
      const out = outputs.handout
      const outline = await printHandout(browser, origin, deck, { out, timeout: TIMEOUT, sections: kit.sections })
      await finishPdf(out, {
        ...meta,
        title: say(kit.words.handoutPdfTitle, { title: deck.meta.title }),
      }, outline)
    },
    async pptx(browser, origin) {
      const s = await writeEditablePptx(browser, origin, deck, kit, { out: outputs.pptx, timeout: TIMEOUT })
      for (const w of s.warnings)
        log.warn(`  ! ${w}`)
      return `${s.slides} slides: ${s.texts} text boxes, ${s.shapes} shapes, ${s.charts} native charts, ${s.pictures} pictures; notes on ${s.withNotes}`
    },
    'og-image': async function (browser, origin) {
      await screenshotOgImage(browser, origin, deck, { out: outputs['og-image'], timeout: TIMEOUT })
    },
  }

  mkdirSync(join(ROOT, kit.exportDir), { recursive: true })
  log.info(`Exporting ${targets.join(', ')} of ${entry} with ${browserOptions.executablePath}; QR code and links → ${kit.readUrl}`)

  const failed: string[] = []
  const sizes: string[] = []
  async function attempt(target: Target, fn: () => Promise<string | void> | void): Promise<void> {
    try {
      const detail = await fn()
      const done = report(outputs[target], ROOT, detail || undefined)
      log.info(done.line)
      sizes.push(`${target} ${formatSize(done.bytes)}`)
    }
    catch (e) {
      failed.push(target)
      // A page that never got ready says why in its message; anything else needs its stack.
      const message = e instanceof PageNotReadyError
        ? e.message
        : e instanceof Error
          ? e.stack ?? e.message
          : String(e)
      log.error(`  ✗ ${target}: ${message}`)
    }
  }

  const browserTargets = targets.filter(t => inBrowser[t])
  if (browserTargets.length) {
    await withDevServer(deck.entry, async (origin) => {
      const browser = await chromium.launch(browserOptions)
      try {
        for (const t of browserTargets)
          await attempt(t, () => inBrowser[t]!(browser, origin))
      }
      finally {
        await browser.close()
      }
    })
  }
  if (targets.includes('pptx-pictures')) {
    await attempt('pptx-pictures', async () => (await exportPicturePptx({
      entry: deck.entry,
      out: outputs['pptx-pictures'],
      executablePath: browserOptions.executablePath,
      root: ROOT,
      timeout: TIMEOUT,
      lang: deck.meta.lang,
    })).forEach(w => console.warn(`  ! ${w}`)))
  }

  log.info(`Sizes: ${sizes.join(', ') || 'none'}`)
  if (failed.length)
    log.error(`Export failed for: ${failed.join(', ')}`)
  return failed.length
    ? 1
    : 0
}

/** Where each target is written: <root>/<exportDir>/<name>…, and the og-image into <root>/public/ (og-image.png, an edition's og-image-en.png). */
export function exportFiles(root: string, exportDir: string, name: string, ogImage = OG_IMAGE_FILE): Record<Target, string> {
  return {
    'pdf': join(root, exportDir, `${name}.pdf`),
    'steps': join(root, exportDir, `${name}-steps.pdf`),
    'handout': join(root, exportDir, `${name}-handout.pdf`),
    'pptx': join(root, exportDir, `${name}.pptx`),
    'pptx-pictures': join(root, exportDir, `${name}-pictures.pptx`),
    'og-image': join(root, 'public', ogImage),
  }
}

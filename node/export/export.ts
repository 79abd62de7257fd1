import type { Page } from 'playwright'
import type { OutlineEntry } from './pdf-outline.ts'
/**
 * Export the deck for handing out, with one command and no manual step.
 *
 *   npm run export                 all of the below except og-image, into exports/
 *   npm run export -- pdf notes    only some of them
 *   npm run export:pdf             exports/<name>.pdf        every slide in its final state (all
 *                                                            reveals shown), vector charts, selectable
 *                                                            text, title/author/language, bookmarks
 *                                                            by section
 *   (steps)                        exports/<name>-steps.pdf  one page per reveal step
 *   (notes)                        exports/<name>-notes.pdf  A4 handout with every slide's speaker notes
 *   npm run export:pptx            exports/<name>.pptx       PowerPoint, one slide per reveal step,
 *                                                            speaker notes attached
 *   npm run og-image               public/og-image.png       the title slide, 1200×675, for link previews
 *
 * <name> is `exportFilename` in the headmatter of slides.md. The QR code on the last slide encodes
 * DECK_URL / deck.config.ts, as in the hosted build.
 *
 * The browser is found, never downloaded (node/chromium.ts): CHROMIUM_PATH, then Debian's
 * /usr/bin/chromium, then a browser Playwright installed earlier; with none, the command stops
 * and names what to install. pdf, steps and pptx run `slidev export` with --executable-path;
 * notes and og-image drive Slidev's dev server in this process, because `slidev export-notes`
 * has no --executable-path.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer as createNetServer } from 'node:net'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseSync } from '@slidev/parser'
import { PDFDocument } from 'pdf-lib'
import { chromium } from 'playwright'
import { groupBySection } from '../../client/sections.ts'
import deck, { EXPORT_DIR, OG_IMAGE } from '../../deck.config.ts'
import { CHROMIUM_ARGS, findChromium, NoBrowserError } from '../chromium.ts'
import { deckFontsProblem, pdfFontsCheck } from './fonts-check.ts'
import { writeOutline } from './pdf-outline.ts'

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const ENTRY = 'slides.md'
const TARGETS = [
  'pdf',
  'steps',
  'notes',
  'pptx',
  'og-image',
] as const
type Target = (typeof TARGETS)[number]
const DEFAULT_TARGETS: Target[] = ['pdf', 'steps', 'notes', 'pptx']

process.chdir(ROOT)

// --- what to do -------------------------------------------------------------------------------

const asked = process.argv.slice(2).filter(a => !a.startsWith('-'))
for (const a of asked) {
  if (!TARGETS.includes(a as Target)) {
    console.error(`Unknown export target "${a}". Choose from: ${TARGETS.join(', ')}.`)
    process.exit(2)
  }
}
const targets = (asked.length ? asked : DEFAULT_TARGETS) as Target[]

// --- the deck ---------------------------------------------------------------------------------

const md = parseSync(readFileSync(ENTRY, 'utf8'), ENTRY)
const head = (md.slides[0]?.frontmatter ?? {}) as Record<string, unknown>
function str(v: unknown) {
  return (Array.isArray(v)
    ? v.join(', ')
    : String(v ?? '')).split('\n').map(s => s.trim()).filter(Boolean).join('')
}
const name = String(head.exportFilename || 'slidev-exported')
const title = str(head.title) || 'Slidev'
const meta = {
  title,
  author: str(head.author),
  subject: str(head.info),
  keywords: Array.isArray(head.keywords)
    ? head.keywords.map(String)
    : String(head.keywords ?? '').split(',').map(s => s.trim()).filter(Boolean),
  lang: String(head.lang ?? 'zh-CN'),
}
const slides = md.slides.map((s, i) => ({
  no: i + 1,
  title: (s.title ?? '').replace(/\{\{.*?\}\}/g, '').trim() || (i === 0
    ? title
    : `第 ${i + 1} 页`),
  section: typeof s.frontmatter?.section === 'string'
    ? s.frontmatter.section
    : undefined,
}))

const outputs = {
  'pdf': join(EXPORT_DIR, `${name}.pdf`),
  'steps': join(EXPORT_DIR, `${name}-steps.pdf`),
  'notes': join(EXPORT_DIR, `${name}-notes.pdf`),
  'pptx': join(EXPORT_DIR, `${name}.pptx`),
  'og-image': join('public', 'og-image.png'),
} satisfies Record<Target, string>

// --- the browser ------------------------------------------------------------------------------

let executablePath: string
try {
  executablePath = findChromium(process.env, existsSync, () => {
    try {
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
    process.exit(1)
  }
  throw e
}

// --- run --------------------------------------------------------------------------------------

mkdirSync(EXPORT_DIR, { recursive: true })
console.log(`Exporting ${targets.join(', ')} with ${executablePath}; QR code and links → ${deck.url}`)

for (const target of targets.filter(t => t === 'pdf' || t === 'steps' || t === 'pptx')) {
  const out = outputs[target]
  const args = [
    'export',
    ENTRY,
    '--executable-path',
    executablePath,
    '--output',
    out,
    '--timeout',
    '120000',
  ]
  if (target === 'steps')
    args.push('--with-clicks', '--with-toc')
  if (target === 'pdf')
    args.push('--no-with-clicks')
  if (target === 'pptx')
    args.push('--format', 'pptx', '--with-clicks')
  slidev(args)
  // Under load Slidev's exporter can print a slide before it has loaded; check and retry once.
  if (target !== 'pptx' && showsLoadingSlide(out)) {
    console.warn(`  ! ${out} caught a slide still loading; exporting it again`)
    slidev(args)
    if (showsLoadingSlide(out)) {
      console.error(`${out} still shows "Loading slide...": run the export again on a less busy machine.`)
      process.exit(1)
    }
  }
  // The deck ships its own font (node/vite/fonts.ts): a PDF without it means it did not load.
  const fonts = target === 'pptx'
    ? {}
    : pdfFontsCheck(out)
  if (fonts.problem) {
    console.error(fonts.problem)
    process.exit(1)
  }
  if (fonts.warning)
    console.warn(`  ! ${fonts.warning}`)
  if (target === 'pdf')
    await finishPdf(out, meta, sectionOutline())
  if (target === 'steps')
    await finishPdf(out, { ...meta, title: `${title}（逐步版）` })
  done(out)
}

if (targets.includes('notes') || targets.includes('og-image')) {
  await withDevServer(async (origin) => {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
    try {
      if (targets.includes('notes')) {
        const page = await browser.newPage({ locale: meta.lang })
        await page.goto(`${origin}/presenter/print`, { waitUntil: 'networkidle', timeout: 120_000 })
        await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
        await checkFonts(page)
        await page.pdf({
          path: outputs.notes,
          printBackground: true,
          preferCSSPageSize: true,
          margin: { top: 0, right: 0, bottom: 0, left: 0 },
        })
        await finishPdf(outputs.notes, { ...meta, title: `${title}（讲稿：演讲者备注）` })
        done(outputs.notes)
        await page.close()
      }
      if (targets.includes('og-image')) {
        // Print mode, as Slidev's own PNG export (no navigation bar). 1200×675 has exactly the
        // canvas's aspect (980 × 551.25), so the slide fills the image with no letterbox.
        const page = await browser.newPage({
          viewport: OG_IMAGE,
          deviceScaleFactor: 1,
          colorScheme: 'light',
          locale: meta.lang,
        })
        await page.goto(`${origin}/1?print=true`, { waitUntil: 'networkidle', timeout: 120_000 })
        await page.locator('[data-slidev-no="1"]').first().waitFor()
        // The slide is scaled by a float: paint the sub-pixel seam at the edges like the slide,
        // not the black of the letterbox behind it.
        await page.addStyleTag({ content: '#slide-container { background: var(--c-bg, #fff) !important }' })
        await checkFonts(page)
        await page.waitForTimeout(500)
        await page.screenshot({ path: outputs['og-image'] })
        done(outputs['og-image'])
        await page.close()
      }
    }
    finally {
      await browser.close()
    }
  })
}

// --- helpers ----------------------------------------------------------------------------------

function slidev(args: string[]): void {
  const bin = join(ROOT, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
  const r = spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit', env: process.env })
  if (r.status !== 0) {
    console.error(`slidev ${args.join(' ')} failed (${r.status ?? r.signal})`)
    process.exit(r.status || 1)
  }
}

/** Stop before printing when the deck's own font faces did not load (no system CJK font is needed). */
async function checkFonts(page: Page): Promise<void> {
  const problem = await deckFontsProblem(page)
  if (problem) {
    console.error(`\n${problem}\n`)
    process.exit(1)
  }
}

/** True when the PDF shows Slidev's placeholder for a slide not yet loaded (needs pdftotext). */
function showsLoadingSlide(file: string): boolean {
  const r = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return !r.error && r.status === 0 && r.stdout.includes('Loading slide...')
}

function done(file: string): void {
  const kb = Math.round(statSync(file).size / 1024)
  console.log(`  ✓ ${relative(ROOT, resolve(file))} (${kb} KB)`)
}

/** Bookmarks: the article's sections, each opening on its first slide, with the slides under it. */
function sectionOutline(): OutlineEntry[] {
  return groupBySection(slides).map(section => ({
    title: section.title,
    page: section.slides[0]!.no - 1,
    children: section.slides.map(s => ({ title: s.title, page: s.no - 1 })),
  }))
}

/** Document properties Slidev leaves out or gets wrong, and the outline. */
async function finishPdf(file: string, m: typeof meta, outline?: OutlineEntry[]): Promise<void> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  doc.setTitle(m.title, { showInWindowTitleBar: true })
  doc.setAuthor(m.author)
  doc.setSubject(m.subject)
  doc.setKeywords(m.keywords)
  doc.setLanguage(m.lang)
  doc.setCreator(`Slidev (slidev export) · ${deck.url}`)
  doc.setProducer('pdf-lib, node/export/export.ts')
  doc.setModificationDate(new Date())
  if (outline)
    writeOutline(doc, outline)
  writeFileSync(file, await doc.save())
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createNetServer()
    s.once('error', fail)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => ok(port))
    })
  })
}

/** Slidev's dev server in export mode (print routes on), as `slidev export` starts it. */
async function withDevServer(fn: (origin: string) => Promise<void>): Promise<void> {
  const { createServer, resolveOptions } = await import('@slidev/cli')
  const port = await freePort()
  const options = await resolveOptions({ entry: ENTRY }, 'export')
  const server = await createServer(options, {
    server: { port, host: '127.0.0.1' },
    clearScreen: false,
    logLevel: 'warn',
  })
  await server.listen(port)
  try {
    await fn(`http://127.0.0.1:${port}`)
  }
  finally {
    await server.close()
  }
}

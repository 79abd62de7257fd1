/**
 * The report: medians over the runs, the deck/reference ratio, the noise of each figure and the
 * targets, as a Markdown table with notes; printed and written to bench-results/.
 */
import type { Metrics, Step } from './constants.ts'
import type { Figure, Need } from './figures.ts'
import type { Options } from './options.ts'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { log, ROOT } from './constants.ts'
import { FIGURES } from './figures.ts'

function median(xs: number[]): number {
  const s = xs.filter(x => Number.isFinite(x)).sort((a, b) => a - b)
  if (!s.length)
    return Number.NaN
  const mid = Math.floor(s.length / 2)
  return s.length % 2
    ? s[mid]!
    : (s[mid - 1]! + s[mid]!) / 2
}

/** Half the range of the runs, relative to their median, in percent. */
function spread(xs: number[]): number {
  const s = xs.filter(x => Number.isFinite(x))
  const m = median(s)
  if (s.length < 2)
    return Number.NaN
  const range = Math.max(...s) - Math.min(...s)
  return range === 0
    ? 0
    : m === 0
      ? Number.POSITIVE_INFINITY
      : range / 2 / Math.abs(m) * 100
}

function fmt(v: number, unit: Figure['unit']): string {
  if (!Number.isFinite(v))
    return '—'
  switch (unit) {
    case 's': return `${v.toFixed(v < 10
      ? 2
      : 1)} s`
    case 'ms': return `${Math.round(v)} ms`
    case 'count': return `${Math.round(v)}`
    case 'score': return `${Math.round(v)}`
    case 'cls': return v.toFixed(3)
    case 'bytes': return v >= 1e6
      ? `${(v / 1e6).toFixed(2)} MB`
      : v >= 1e3
        ? `${(v / 1e3).toFixed(1)} kB`
        : `${Math.round(v)} B`
  }
}

function fmtSpread(xs: number[]): string {
  const s = spread(xs)
  return !Number.isFinite(s)
    ? (xs.filter(x => Number.isFinite(x)).length < 2
        ? '—'
        : '∞')
    : s === 0
      ? '0'
      : `±${s < 10
        ? s.toFixed(1)
        : Math.round(s)}%`
}

export interface Table { markdown: string, misses: string[], noisy: string[] }

/**
 * The table of the figures whose step ran; `misses` and `noisy` feed the notes beneath it. A row
 * that needs what the build lacks (`absent`) shows "—" and no verdict: there is nothing to meet.
 */
export function table(results: Record<'deck' | 'ref', Metrics[]>, runs: number, doStep: (s: Step) => boolean, absent: ReadonlySet<Need> = new Set()): Table {
  const rows: string[][] = [
    [
      'Figure',
      'Deck',
      'Reference',
      'Deck / ref',
      `Noise, deck / ref (${runs} runs)`,
      'Target',
      'Met',
    ],
  ]
  const misses: string[] = []
  const noisy: string[] = []
  for (const f of FIGURES) {
    if (!doStep(f.step))
      continue
    const d = results.deck.map(m => m[f.key] ?? Number.NaN)
    const r = results.ref.map(m => m[f.refKey ?? f.key] ?? Number.NaN)
    const dm = median(d)
    const rm = median(r)
    const ratio = dm === 0 && rm === 0
      ? '='
      : rm === 0 || !Number.isFinite(dm / rm)
        ? '—'
        : `${(dm / rm).toFixed(dm / rm < 0.1
          ? 3
          : 2)}`
    let met = ''
    if (f.target && f.needs && absent.has(f.needs)) {
      met = '—'
    }
    else if (f.target) {
      const ok = Number.isFinite(dm) && f.target.met(dm, rm)
      met = ok ? 'yes' : '**no**'
      if (!ok)
        misses.push(`${f.label}: ${fmt(dm, f.unit)} (target ${f.target.text})`)
    }
    for (const xs of [d, r]) {
      const s = spread(xs)
      // Counts vary in steps, and CLS near 0 in tiny ones that relative spread would blow up.
      if (s > 10 && f.unit !== 'count' && f.unit !== 'cls' && !noisy.includes(f.label))
        noisy.push(f.label)
    }
    rows.push([
      f.label,
      fmt(dm, f.unit),
      fmt(rm, f.unit),
      ratio,
      `${fmtSpread(d)} / ${fmtSpread(r)}`,
      f.target?.text ?? '',
      met,
    ])
  }
  const header = rows[0]!
  const widths = header.map((_, i) => Math.max(...rows.map(row => [...row[i]!].length)))
  const line = (row: string[]) => `| ${row.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`
  const markdown = [
    line(header),
    `| ${widths.map(w => '-'.repeat(w)).join(' | ')} |`,
    ...rows.slice(1).map(line),
  ].join('\n')
  return { markdown, misses, noisy }
}

export interface Run {
  results: Record<'deck' | 'ref', Metrics[]>
  options: Options
  started: Date
  /** Load average when the bench started. */
  load0: number
  slides: number
  /** What the deck's build lacks, with the note that says so. */
  absent: Map<Need, string>
}

/**
 * Print the table and its notes, and write them to bench-results/latest.md (quick.md with
 * --quick) with the raw figures of every run beside them in latest.json (quick.json).
 */
export function writeReport({ results, options, started, load0, slides, absent }: Run): void {
  const { markdown, misses, noisy } = table(results, options.runs, options.doStep, new Set(absent.keys()))
  const load1 = loadavg()[0]!
  const notes = [
    `Medians of ${options.runs} run(s), ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} cores, load average ${load0.toFixed(2)} at the start and ${load1.toFixed(2)} at the end.`,
    `Noise is half the range of the runs relative to their median. ${noisy.length
      ? `Over ±10%: ${noisy.join('; ')}.`
      : 'No timing varied by more than ±10%.'}`,
    `Reference: ${slides} slides of plain Markdown with text and notes of the same length per slide, Slidev defaults, \`fonts: { provider: none }\`.`,
    `Throttled load: phone viewport 412×823, CPU 4× slower, DevTools "Slow 4G" (562.5 ms per request, 1.44 Mbit/s down, 675 kbit/s up; the second LCP row: 150 ms, 1.6 Mbit/s, 750 kbit/s), served gzip-compressed from localhost (node/serve.ts --gzip). Walk: 1280×720, no throttling. kB = 1000 bytes.`,
    `Laptop rows: 1280×720 at 1 device pixel per CSS pixel; reading edition rows: a 390×844 phone at 3; both with the same CPU 4× and Slow 4G as the phone above, for both decks. CLS rows: the sum of all layout shifts without input in the first 10 s (never less than the web-vitals CLS, which keeps the worst burst); the hand-over row: when the prerendered slide 1 (#deck-first-paint) left the page. The reference deck has no reading edition and no prerendered slide: "—".`,
    ...absent.values(),
    ...results.deck.some(m => (m.loadRedirects ?? 0) > 0)
      ? ['On the phone the deck\'s link sent the browser on to another page (a phone held upright gets the reading edition): the "First slide" phone rows time that page, from the link\'s first request, bytes of both pages included; the laptop rows time the slides.']
      : [],
    ...results.deck.some(m => (m.lhRedirects ?? 0) > 0)
      ? ['Lighthouse\'s phone was sent on from the deck\'s link to another page as well: the deck\'s Lighthouse rows score what a phone gets from the link, not the slides.']
      : [],
    misses.length
      ? `Targets missed: ${misses.join('; ')}.`
      : 'Every target is met.',
  ]
  const report = `${markdown}\n\n${notes.map(n => `- ${n}`).join('\n')}\n`
  console.log(report)
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true })
  const name = options.quick ? 'quick' : 'latest'
  writeFileSync(join(ROOT, 'bench-results', `${name}.md`), report)
  writeFileSync(join(ROOT, 'bench-results', `${name}.json`), `${JSON.stringify({
    started,
    runs: options.runs,
    skip: [...options.skip],
    // Parts of the build (the reading edition, the prerender) a deck lacked, so their rows are empty: 'read', 'prerender'.
    absent: [
      ...absent.keys(),
    ],
    results,
  }, null, 2)}\n`)
  log(`wrote bench-results/${name}.md and ${name}.json`)
}

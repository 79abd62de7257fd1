/**
 * The rows of the report: which figure, in which unit, from which step, and the target
 * for it where there is one.
 */
import type { Step } from './constants.ts'

/**
 * A part of the deck's build that some rows measure and an earlier build may lack: the reading
 * edition (dist/read/index.html) and the prerendered first slide (#deck-first-paint).
 */
export type Need = 'read' | 'prerender'

export interface Figure {
  key: string
  label: string
  unit: 's' | 'ms' | 'bytes' | 'count' | 'score' | 'cls'
  step: Step
  target?: { text: string, met: (deck: number, ref: number) => boolean }
  /** Without it in the build the row shows "—" and a note instead of a miss. */
  needs?: Need
  /** The reference's figure this row is compared with, when not the same key. */
  refKey?: string
}

function fig(step: Step, key: string, unit: Figure['unit'], label: string, target?: Figure['target'], needs?: Need, refKey?: string): Figure {
  return {
    step,
    key,
    unit,
    label,
    target,
    needs,
    refKey,
  }
}
type Target = NonNullable<Figure['target']>
const notAboveRef: Target = {
  text: '≤ reference',
  met: (d, r) => d <= r,
}
const transferBudget: Target = {
  text: '≤ 500 kB and ≤ reference',
  met: (d, r) => d <= 500_000 && d <= r,
}
const none: Target = {
  text: '0',
  met: d => d === 0,
}
/** A ceiling on the deck's figure; `shown` is the limit as the table writes it. */
function atMost(limit: number, shown: string): Target {
  return {
    text: `≤ ${shown}`,
    met: d => d <= limit,
  }
}
const lcpBudget = atMost(2500, '2500 ms')
/**
 * The first paint does not get worse, measured against plain Slidev in the same run
 * (the reference's first slide on the phone for the reading edition, on the laptop for the laptop).
 */
function timesRef(factor: number): Target {
  return {
    text: `≤ ${factor.toFixed(2)} × reference`,
    met: (d, r) => Number.isFinite(r) && d <= factor * r,
  }
}
/** What a phone that reads transfers, and what the slides' first visit does. */
const readBudget = atMost(150_000, '150 kB')
const slidesBudget = atMost(500_000, '500 kB')
const clsBudget = atMost(0.01, '0.01')
const perfBudget: Target = {
  text: '≥ 95',
  met: d => d >= 95,
}
const full: Target = {
  text: '100',
  met: d => d === 100,
}
const changeBudget = atMost(100, '100 ms')
const taskBudget = atMost(50, '50 ms')

export const FIGURES: Figure[] = [
  fig('build', 'buildSeconds', 's', 'Build: wall time', notAboveRef),
  fig('build', 'distBytes', 'bytes', 'dist/: all files'),
  fig('build', 'jsBytes', 'bytes', 'dist/: JS'),
  fig('build', 'jsGzip', 'bytes', 'dist/: JS, gzip'),
  fig('build', 'cssBytes', 'bytes', 'dist/: CSS'),
  fig('build', 'cssGzip', 'bytes', 'dist/: CSS, gzip'),
  fig('build', 'fontBytes', 'bytes', 'dist/: fonts'),
  fig('build', 'fontGzip', 'bytes', 'dist/: fonts, gzip'),
  fig('build', 'otherBytes', 'bytes', 'dist/: other files (HTML, images, a PDF download)'),
  fig('load', 'loadBytesLcp', 'bytes', 'First slide: transferred until it shows (LCP)'),
  fig('load', 'loadRequestsLcp', 'count', 'First slide: requests until it shows'),
  fig('load', 'loadBytesPage', 'bytes', 'First slide: page, to network idle (incl. Slidev\'s preload of all slides)'),
  fig('load', 'loadBytesSw', 'bytes', 'First slide: service-worker precache (PWA)'),
  fig('load', 'loadBytes', 'bytes', 'First slide: transferred in all (page + service worker, fonts included)', transferBudget),
  fig('load', 'loadRequests', 'count', 'First slide: requests in all'),
  fig('load', 'loadFontBytes', 'bytes', 'First slide: font bytes transferred'),
  fig('load', 'loadOtherOrigin', 'count', 'First slide: requests to other origins', none),
  fig('load', 'loadLcpMs', 'ms', 'First slide: LCP, CPU 4×, DevTools Slow 4G', lcpBudget),
  fig('load', 'loadLcpLightMs', 'ms', 'First slide: LCP, CPU 4×, 150 ms per request, 1.6 Mbit/s'),
  fig('load', 'laptopLcpMs', 'ms', 'First slide, laptop 1280×720: LCP, CPU 4×, DevTools Slow 4G', timesRef(0.20)),
  fig('load', 'laptopBytes', 'bytes', 'First slide, laptop 1280×720: transferred in all (page + the slides cached for offline)', slidesBudget),
  fig('load', 'laptopBytesSw', 'bytes', 'First slide, laptop 1280×720: of which the service worker (PWA)'),
  fig('load', 'laptopRequests', 'count', 'First slide, laptop 1280×720: requests in all'),
  fig('load', 'laptopCls', 'cls', 'First slide, laptop 1280×720: CLS, first 10 s (across the hand-over)', clsBudget),
  fig('load', 'laptopHandOverMs', 'ms', 'First slide, laptop 1280×720: prerendered slide handed to the app', undefined, 'prerender'),
  fig('load', 'readLcpMs', 'ms', 'Reading edition /read/, phone 390×844: LCP, CPU 4×, DevTools Slow 4G (reference: its first slide on the phone)', timesRef(0.19), 'read', 'loadLcpMs'),
  fig('load', 'readBytesLcp', 'bytes', '/read/: transferred until it shows (LCP)', undefined, 'read'),
  fig('load', 'readRequestsLcp', 'count', '/read/: requests until it shows', undefined, 'read'),
  fig('load', 'readBytes', 'bytes', '/read/: transferred in all (page, fonts it draws, service worker)', readBudget, 'read'),
  fig('load', 'readBytesScrolled', 'bytes', '/read/: transferred once read to the end (scrolled through)', undefined, 'read'),
  fig('load', 'readRequests', 'count', '/read/: requests in all', undefined, 'read'),
  fig('load', 'readCls', 'cls', '/read/: CLS, first 10 s', clsBudget, 'read'),
  fig('lighthouse', 'lhPerf', 'score', 'Lighthouse mobile: performance', perfBudget),
  fig('lighthouse', 'lhA11y', 'score', 'Lighthouse mobile: accessibility', full),
  fig('lighthouse', 'lhLcpMs', 'ms', 'Lighthouse mobile: LCP (simulated)'),
  fig('lighthouse', 'lhTbtMs', 'ms', 'Lighthouse mobile: TBT (simulated)'),
  fig('lighthouse', 'lhReadPerf', 'score', 'Lighthouse mobile, /read/: performance', perfBudget, 'read'),
  fig('lighthouse', 'lhReadA11y', 'score', 'Lighthouse mobile, /read/: accessibility', full, 'read'),
  fig('walk', 'walkMaxChangeMs', 'ms', 'Walk: slowest slide change', changeBudget),
  fig('walk', 'walkMaxTaskMs', 'ms', 'Walk: longest main-thread task', taskBudget),
  fig('walk', 'walkLongTasks', 'count', 'Walk: tasks over 50 ms'),
  fig('pdf', 'pdfSeconds', 's', 'PDF export: wall time (deck: npm run export:pdf, tagged; reference: slidev export)'),
  fig('pdf', 'pdfPerSlideSeconds', 's', 'PDF export: per slide', notAboveRef),
]

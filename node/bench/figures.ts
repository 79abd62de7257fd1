/**
 * The rows of the report: which figure, in which unit, from which step, and the target
 * for it where there is one.
 */
import type { Step } from './constants.ts'

export interface Figure {
  key: string
  label: string
  unit: 's' | 'ms' | 'bytes' | 'count' | 'score'
  step: Step
  target?: { text: string, met: (deck: number, ref: number) => boolean }
}

function fig(step: Step, key: string, unit: Figure['unit'], label: string, target?: Figure['target']): Figure {
  return { step, key, unit, label, target }
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
const lcpBudget: Target = {
  text: '≤ 2500 ms',
  met: d => d <= 2500,
}
const perfBudget: Target = {
  text: '≥ 95',
  met: d => d >= 95,
}
const full: Target = {
  text: '100',
  met: d => d === 100,
}
const changeBudget: Target = {
  text: '≤ 100 ms',
  met: d => d <= 100,
}
const taskBudget: Target = {
  text: '≤ 50 ms',
  met: d => d <= 50,
}

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
  fig('lighthouse', 'lhPerf', 'score', 'Lighthouse mobile: performance', perfBudget),
  fig('lighthouse', 'lhA11y', 'score', 'Lighthouse mobile: accessibility', full),
  fig('lighthouse', 'lhLcpMs', 'ms', 'Lighthouse mobile: LCP (simulated)'),
  fig('lighthouse', 'lhTbtMs', 'ms', 'Lighthouse mobile: TBT (simulated)'),
  fig('walk', 'walkMaxChangeMs', 'ms', 'Walk: slowest slide change', changeBudget),
  fig('walk', 'walkMaxTaskMs', 'ms', 'Walk: longest main-thread task', taskBudget),
  fig('walk', 'walkLongTasks', 'count', 'Walk: tasks over 50 ms'),
  fig('pdf', 'pdfSeconds', 's', 'PDF export: wall time'),
  fig('pdf', 'pdfPerSlideSeconds', 's', 'PDF export: per slide', notAboveRef),
]

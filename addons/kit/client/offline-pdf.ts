/**
 * The presenter's laptop keeps the PDF for offline too: when the presenter view opens, the deck
 * asks its service worker to fetch the PDF download (Workbox's CACHE_URLS message; the worker's
 * PDF route is network-first and keeps what it fetched, client/service-worker.ts). Nobody else
 * gets the PDF pushed: the slides' first visit stays small, and a reader who downloads it has it
 * cached by the same route.
 */
import { cacheUrlsMessage } from '../shared/offline.ts'

let asked = false

/** Ask once per page, when there is a PDF and a service worker. */
export function cachePdfForPresenter(pdf: unknown): void {
  if (asked || typeof pdf !== 'string' || !pdf.endsWith('.pdf') || typeof navigator === 'undefined' || !navigator.serviceWorker)
    return
  asked = true
  void navigator.serviceWorker.ready.then((registration) => {
    registration.active?.postMessage(cacheUrlsMessage([new URL(pdf, location.href).href]))
  })
}

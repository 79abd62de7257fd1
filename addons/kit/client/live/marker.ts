/**
 * The present server's marker (shared/live.ts LiveMarker): a JSON script it writes into every page
 * it serves. Its presence is how the browser learns, without a request, that a live server exists;
 * a static host and `slidev` dev never write it. Kept apart from client/live/app.ts so a slide's
 * component (DeckLink) can read it without loading the live client.
 */
import type { LiveMarker } from '../../shared/live.ts'
import { LIVE_MARKER_ID } from '../../shared/live.ts'

export function liveMarker(): LiveMarker | undefined {
  if (typeof document === 'undefined')
    return undefined
  const el = document.getElementById(LIVE_MARKER_ID)
  if (!el?.textContent)
    return undefined
  try {
    return JSON.parse(el.textContent) as LiveMarker
  }
  catch {
    return undefined
  }
}

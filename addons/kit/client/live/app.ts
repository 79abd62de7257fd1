import type { SharedSnapshot } from 'virtual:deck-slidev-internals'
/**
 * The application's side of the live channel (shared/live.ts), started by setup/main.ts only when
 * the page carries the present server's marker: a static host and `slidev` dev never have it, so
 * there the deck makes no request and draws no live control.
 *
 * It plugs into Slidev's own sync seam (`addSyncMethod`), next to its BroadcastChannel:
 *
 *   presenter view (with the secret)  every move of Slidev's shared state (slide, reveal, the timer's
 *                                     state) is POSTed to the server, one at a time, the newest
 *                                     winning; a step the paired remote asked for comes back over
 *                                     the stream and is handed to Slidev as a viewer's move, which
 *                                     the presenter view follows (and the projector after it, by
 *                                     Slidev's channel). On every (re)connection it says where it is,
 *                                     so a restarted server learns the slide at once.
 *   a viewer (a phone on the slides)  follows slide and reveal from the stream, as it would follow
 *                                     the presenter view in the same browser. A viewer in the
 *                                     presenter's own browser (the projector) is left to Slidev's
 *                                     channel, which is quicker and needs no network.
 *
 * The projector and the presenter view never wait for any of it: a move is local first and the
 * POST goes after it; when the server is gone nothing blocks and the stream comes back by itself.
 */
import type { Router } from 'vue-router'
import type { LiveClock, LiveMarker, LiveState } from '../../shared/live.ts'
import { addSyncMethod } from 'virtual:deck-slidev-internals'
import { ref } from 'vue'
import { slides } from '#slidev/slides'
import { connectLive } from '../../shared/live-follow.ts'
import { backoffMs, readState, SECRET_STORAGE_KEY, secretFromHash } from '../../shared/live.ts'
import { timerSeconds } from '../../shared/pace.ts'

export { liveMarker } from './marker.ts'

/** Where the presenter view says, every few seconds, that it is open in this browser. */
const PRESENTER_HERE_KEY = 'deck-live:presenter-here'

export type LiveStatus = 'connecting' | 'live' | 'refused' | 'offline'
/** For the presenter view's pairing button. */
export const liveStatus = ref<LiveStatus>('connecting')

/**
 * The secret, from `#live=…` (taken out of the address bar at once, so it is neither bookmarked nor
 * shown on a projected or shared screen) or from this tab's sessionStorage.
 */
export function takeSecret(): string | undefined {
  const fromHash = secretFromHash(location.hash)
  try {
    if (fromHash) {
      sessionStorage.setItem(SECRET_STORAGE_KEY, fromHash)
      history.replaceState(history.state, '', location.pathname + location.search)
      return fromHash
    }
    return sessionStorage.getItem(SECRET_STORAGE_KEY) ?? undefined
  }
  catch {
    return fromHash
  }
}

/** POST a body to the server with the secret; resolves to the refusal's words, or undefined when it moved. */
export async function postMove(marker: LiveMarker, secret: string, body: unknown): Promise<string | undefined> {
  try {
    const r = await fetch(marker.move, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'authorization': `Bearer ${secret}` },
      body: JSON.stringify(body),
      cache: 'no-store',
    })
    if (r.ok)
      return undefined
    const words = await r.json().catch(() => ({})) as { error?: string }
    return words.error ?? `HTTP ${r.status}`
  }
  catch {
    return 'offline'
  }
}

function presenterHere(): boolean {
  try {
    return Date.now() - Number(localStorage.getItem(PRESENTER_HERE_KEY) ?? 0) < 15000
  }
  catch {
    return false
  }
}

export function startLiveApp(router: Router, marker: LiveMarker): void {
  const secret = takeSecret()
  const route = () => router.currentRoute.value
  const isPresenter = () => route().name === 'presenter'
  const isViewer = () => route().name === 'play'
  // Vue Router read the address before the secret was taken out of it.
  void router.isReady().then(() => {
    if (route().hash.includes('live=')) {
      void router.replace({
        ...route(),
        hash: '',
      })
    }
  })

  if (secret) {
    const beat = () => {
      if (isPresenter()) {
        try {
          localStorage.setItem(PRESENTER_HERE_KEY, String(Date.now()))
        }
        catch {}
      }
    }
    router.afterEach(beat)
    setInterval(beat, 5000)
  }

  const keyOf = (page: number, clicks: number, clicksTotal: number, status: string) => `${page}/${clicks}/${clicksTotal}/${status}`
  const statusOf = (c: LiveClock | undefined) => c?.running
    ? 'running'
    : c?.seconds === undefined
      ? 'stopped'
      : 'paused'

  // The presenter's moves, one request at a time; a move made meanwhile replaces the one waiting.
  let inflight = false
  let waiting: SharedSnapshot | undefined
  /** Where the server is, as far as this view knows (its last answer or event): a move to there is not sent. */
  let serverKey = ''
  let latest: SharedSnapshot | undefined
  let retry: ReturnType<typeof setTimeout> | undefined
  let arrival: { page: number, at: number | undefined } = { page: 0, at: undefined }

  function clockOf(s: SharedSnapshot): LiveClock {
    const seconds = timerSeconds(s.timer, Date.now())
    if (arrival.page !== s.page || (seconds !== undefined && arrival.at === undefined))
      arrival = { page: s.page, at: seconds }
    return {
      running: s.timer.status === 'running',
      seconds,
      onSlide: seconds === undefined || arrival.at === undefined
        ? undefined
        : Math.max(0, seconds - arrival.at),
    }
  }

  async function send(s: SharedSnapshot): Promise<void> {
    if (!secret)
      return
    clearTimeout(retry)
    latest = s
    const total = slides.value.length
    const clicksTotal = Math.max(0, Math.trunc(+s.clicksTotal || 0))
    const body = {
      page: Math.min(Math.max(1, Math.trunc(+s.page || 1)), total),
      clicks: Math.min(Math.max(0, Math.trunc(+s.clicks || 0)), clicksTotal),
      clicksTotal,
      total,
      clock: clockOf(s),
    }
    const key = keyOf(body.page, body.clicks, body.clicksTotal, s.timer.status)
    if (key === serverKey)
      return
    if (inflight) {
      waiting = {
        ...s,
        timer: { ...s.timer },
      }
      return
    }
    inflight = true
    const refused = await postMove(marker, secret, body)
    inflight = false
    if (refused) {
      const again = refused === 'offline' || /too many moves/.test(refused)
      liveStatus.value = again
        ? 'offline'
        : 'refused'
      // Gone or busy: the newest position goes out again in a moment (a reconnection sends it too).
      if (again && !waiting)
        retry = setTimeout(() => void send(latest ?? s), 2000)
    }
    else {
      serverKey = key
      liveStatus.value = 'live'
    }
    if (waiting) {
      const next = waiting
      waiting = undefined
      void send(next)
    }
  }

  addSyncMethod({
    enabled: true,
    init(channelKey, onUpdate, state) {
      // Slidev's drawings travel on a channel of their own: not ours.
      if (!channelKey.endsWith(' - shared'))
        return undefined
      connectLive(marker.events, (s: LiveState) => {
        liveStatus.value = 'live'
        if (isPresenter()) {
          serverKey = keyOf(s.page, s.clicks, s.clicksTotal, statusOf(s.clock))
          // The presenter view follows only the remote; its own moves come back as echoes.
          if (s.by === 'remote') {
            onUpdate({
              page: s.page,
              clicks: s.clicks,
              lastUpdate: {
                id: 'deck-live-remote',
                type: 'viewer',
                time: Date.now(),
              },
            })
          }
          return
        }
        if (!isViewer() || presenterHere())
          return
        onUpdate({
          page: s.page,
          clicks: s.clicks,
          lastUpdate: {
            id: 'deck-live',
            type: 'presenter',
            time: Date.now(),
          },
        })
      }, backoffMs, readState, () => {
        if (isPresenter() && secret) {
          serverKey = ''
          void send(state)
        }
      })
      // Every change goes out unless the server already holds it, even one Slidev marks as
      // "updating" (a move of the remote it follows): its navigation may land elsewhere.
      return (s) => {
        if (secret && isPresenter())
          void send(s)
      }
    },
  })
}

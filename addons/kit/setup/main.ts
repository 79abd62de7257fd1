/// <reference types="@slidev/types/client" />
/**
 * The kit's application set-up (Slidev runs this once, with the router, before the deck mounts).
 *
 * 1. Addresses that name no slide get a clear outcome instead of a silent slide 1:
 *      /999, /presenter/999  → the last slide, and a notice that says so (the kit's words:
 *                              没有第 999 页：本演示共 N 页，已跳到最后一页。)
 *      /0, /abc, /%E0%A4%A   → slide 1, with a notice saying the address is not a page number
 *      /x/y (any other path) → slide 1, with a notice that it was not found
 *    The notice is a polite live region outside the slide canvas (client/notice.ts); it goes away
 *    on the next navigation. Rules: client/slide-url.ts. Tests: tests/e2e/bad-input.spec.ts.
 * 2. Slidev's own navigation bar nests a button in a button; client/nested-buttons.ts fixes that
 *    in the page (an accessibility workaround, see there).
 * 3. Slidev's page has no landmark; its root element becomes the page's one `main`, so screen-reader
 *    users can jump to it (axe and Lighthouse: landmark-one-main).
 * 4. The built index.html carries slide 1 prerendered (client/first-paint.ts): it is removed once
 *    the application has drawn slide 1 in the same place, or at once when the reader moves elsewhere.
 * 5. On bare slide 1 the application starts at the first input (shared/app-start.ts): the moves
 *    asked of the prerendered slide meanwhile are replayed once the router has settled and slide 1
 *    is drawn (client/input-queue.ts).
 * 6. The presenter view asks the service worker to keep the PDF download for offline
 *    (client/offline-pdf.ts).
 * 7. When Slidev has registered the service worker (`pwa: build`), an install that fails (a file
 *    that did not arrive) is tried again until the deck can open offline (shared/offline.ts).
 * 8. The screen wake lock is asked for at the first gesture (client/live/wake-lock.ts).
 * 9. Served by the present server (its marker in the page), the live channel: phones follow, the
 *    presenter view publishes and follows its remote (client/live/app.ts). Nowhere else.
 */

import { defineAppSetup } from '@slidev/types'
import kit from 'virtual:deck-kit'
import { configs, pwaCaching, useNav } from 'virtual:deck-slidev-internals'
import { watch } from 'vue'
import { slides } from '#slidev/slides'
import { handOverFirstPaint } from '../client/first-paint'
import { replayQueued } from '../client/input-queue'
import { liveMarker, startLiveApp } from '../client/live/app'
import { askForWakeLockAtGesture } from '../client/live/wake-lock'
import { watchNestedButtons } from '../client/nested-buttons'
import { createNotice } from '../client/notice'
import { cachePdfForPresenter } from '../client/offline-pdf'
import { resolveSlideAddress, unknownPathNotice } from '../client/slide-url'
import { INSTALL_RETRY_MS, keepInstalling, SW_FILE } from '../shared/offline'

/** Slidev's print and export views (`slidev export` opens /print?print=true): leave them alone. */
function printing(): boolean {
  return new URLSearchParams(location.search).has('print') || /\/(?:print|export)(?:\/|$)/.test(location.pathname)
}

export default defineAppSetup(({ app, router }) => {
  if (typeof document === 'undefined')
    return
  document.getElementById('app')?.setAttribute('role', 'main')
  // The presenter view marks a stage direction in the notes with the kit's word for it (styles/presenter.css).
  document.documentElement.style.setProperty('--kit-cue-label', JSON.stringify(`${kit.words.cue} · `))
  const firstPaint = handOverFirstPaint()
  if (printing()) {
    firstPaint.drop()
    return
  }
  askForWakeLockAtGesture()
  const live = liveMarker()
  if (live)
    startLiveApp(router, live)

  const notice = createNotice(document, kit.words.close)
  let pending: string | undefined

  router.beforeEach((to) => {
    const total = slides.value.length
    // Printing and exporting are Slidev's business: `slidev export` opens /print?print=true,
    // which the player route matches with "print" as the slide number.
    if (total === 0 || 'print' in to.query || to.params.no === 'print')
      return true
    if (to.name === 'NotFound') {
      pending = unknownPathNotice(to.path, total, kit.words)
      return { path: '/1', replace: true }
    }
    if ((to.name !== 'play' && to.name !== 'presenter') || typeof to.params.no !== 'string')
      return true
    const aliases = new Map<string, number>()
    for (const s of slides.value) {
      // RouteMeta.slide is typed loosely here; at run time it is Slidev's SlideInfo.
      const alias = (s.meta.slide as { frontmatter?: { routeAlias?: unknown } } | undefined)?.frontmatter?.routeAlias
      if (typeof alias === 'string')
        aliases.set(alias, s.no)
    }
    const found = resolveSlideAddress(to.params.no, total, kit.words, aliases)
    if (found.kind === 'slide')
      return true
    pending = found.notice
    // Drop ?clicks: it belonged to the slide that does not exist. Keep any other query.
    const { clicks: _clicks, ...query } = to.query
    return {
      path: to.name === 'presenter'
        ? `/presenter/${found.no}`
        : `/${found.no}`,
      query,
      replace: true,
    }
  })

  let queueTaken = false
  router.afterEach((to, _from, failure) => {
    if (!queueTaken) {
      // The router has settled on the first page: from here Slidev's own keys, clicks and swipes
      // take over, and what was asked of the prerendered slide 1 is replayed.
      queueTaken = true
      replayQueued(() => app.runWithContext(() => useNav()))
    }
    if (failure)
      return
    if (to.name === 'presenter')
      cachePdfForPresenter(configs.download)
    if (to.name !== 'play' || String(to.params.no) !== '1')
      firstPaint.drop()
    if (pending) {
      notice.show(pending)
      pending = undefined
    }
    else {
      notice.clear()
    }
  })

  watchNestedButtons(document.body)

  if ('serviceWorker' in navigator) {
    const base = import.meta.env.BASE_URL
    const keep = () => keepInstalling(navigator.serviceWorker, `${base}${SW_FILE}`, base, INSTALL_RETRY_MS)
    if (pwaCaching.value)
      keep()
    else
      watch(pwaCaching, keep, { once: true })
  }
})

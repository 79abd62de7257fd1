/**
 * The reading edition, a route of the deck's own application (Slidev's documented hook for extra pages):
 *
 *   /read            every slide in order, reflowed for a phone, with its speaker notes beneath
 *   /read?handout    the same page as a printed handout: a cover, then each slide as it looks,
 *                    one A4 page each, notes beneath (what `npm run export` prints)
 *
 * A static path ranks above Slidev's `/:no`, so /read never reaches the slide player; /read/
 * matches too (the router is not strict about the trailing slash). The page is a chunk of its
 * own, loaded only here. When the build finds Chromium it also writes read/index.html, this page
 * prerendered as static HTML (the kit's node/prerender/), which a host serves for /read/ directly.
 */
import { defineRoutesSetup } from '@slidev/types'

export default defineRoutesSetup(routes => [
  ...routes,
  {
    name: 'read',
    path: '/read',
    component: () => import('../components/ReadingEdition.vue'),
  },
  {
    // The presenter's phone as the remote (client/live/): useful only on the present server, with the secret.
    name: 'remote',
    path: '/remote',
    component: () => import('../client/live/RemotePage.vue'),
  },
])

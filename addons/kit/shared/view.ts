/**
 * Which view a visitor gets, decided in index.html's head before anything paints (the build puts
 * `headScript()` there inline, node/plugins/view.ts; Slidev copies index.html to 404.html, so a
 * static host's deep links run it too):
 *
 *   - a narrow portrait screen (a phone held upright) that opens a slide address (`<base>`,
 *     `<base>7`) goes to the reading edition, `<base>read/#7`, unless the reader chose the slides:
 *     links from the reading edition to the slides carry `?view=slides`, which is remembered in
 *     localStorage and honoured next time (the slides' own "阅读版" link clears it again);
 *   - landscape, tablets and laptops get the slides as before;
 *   - the colour scheme is applied as Slidev applies it (its stored choice, else the system's), so
 *     the prerendered first slide paints in the right scheme;
 *   - the prerendered first slide (`#deck-first-paint`) is hidden at once unless the address is
 *     slide 1, and is scaled to the window as Slidev's play page scales its canvas.
 *
 * Both functions are serialised into the page with Function#toString, so each must stand alone:
 * no imports, no closures, plain ES2020 once the types are stripped.
 */

export interface ViewInput {
  /** The deck's base path, "/" or "/sub/". */
  base: string
  pathname: string
  /** location.search, with its "?" (or ""). */
  search: string
  /** What localStorage remembers ("slides" | "read"), or null. */
  stored: string | null
  /** True on a narrow portrait screen (HEAD.phone matches). */
  phonePortrait: boolean
  /** READING_PATH and VIEW_PARAM of shared/constants.ts. */
  readPath: string
  viewParam: string
}

export interface ViewDecision {
  /** The slide the address names (1 for the base itself); undefined for any other page. */
  slide?: number
  /** Go here instead (the reading edition). */
  redirect?: string
  /** Remember this choice. */
  remember?: 'slides' | 'read'
  /** location.search without the view parameter (to replace in the address bar). */
  search: string
  /** The address is slide 1 and the page stays: keep the prerendered first slide. */
  firstSlide: boolean
}

export function decideView(input: ViewInput): ViewDecision {
  const params = new URLSearchParams(input.search)
  const asked = params.get(input.viewParam)
  params.delete(input.viewParam)
  const rest = params.toString()
  const search = rest
    ? `?${rest}`
    : ''
  const remember = asked === 'slides' || asked === 'read'
    ? asked
    : undefined

  let rel: string | undefined
  if (input.pathname.startsWith(input.base))
    rel = input.pathname.slice(input.base.length)
  else if (`${input.pathname}/` === input.base)
    rel = ''
  const m = rel === undefined
    ? null
    : /^(?:(\d+)\/?|index\.html)?$/.exec(rel)
  const slide = m
    ? Number(m[1] ?? 1)
    : undefined
  // Slidev's own print and embedded views, and its export, are never redirected.
  const special = params.has('print') || params.has('embedded')
  const choice = remember ?? input.stored
  const redirect = slide !== undefined && !special && (asked === 'read' || (input.phonePortrait && choice !== 'slides'))
    ? `${input.base}${input.readPath}${m && m[1]
      ? `#${slide}`
      : ''}`
    : undefined
  return {
    slide,
    redirect,
    remember,
    search,
    firstSlide: slide === 1 && !redirect && !special,
  }
}

export interface HeadConfig {
  base: string
  readPath: string
  viewParam: string
  viewKey: string
  /** The media query of a phone held upright. */
  phone: string
  /** Slidev's colour scheme setting (headmatter colorSchema): auto, light or dark. */
  colorSchema: string
  /** Slidev's canvas, for the first slide's scale. */
  width: number
  height: number
  /** The prerendered first slide's layer (FIRST_PAINT_ID). */
  firstPaintId: string
  /** FIRST_PAINT_FONT_WAIT_MS. */
  fontWaitMs: number
  /** Paths of the talk's other editions below this one's base ("en/"), kit option `editions`. */
  below: string[]
  /** The query parameter that hands a route to another edition's page (ROUTE_PARAM). */
  routeParam: string
}

/** The inline head script's body: runs `decideView` on the real location and acts on it. */
export function applyHead(cfg: HeadConfig, decide: typeof decideView): void {
  // A host with one 404 page for the whole site (GitHub Pages) answers an address of an edition
  // hosted below this one (`<base>en/7`) with this edition's page: the route goes on to that
  // edition's own page, which puts it back in the address bar before its router reads it.
  for (const path of cfg.below) {
    const home = cfg.base + path
    if (location.pathname.startsWith(home) && location.pathname !== home) {
      location.replace(`${home}?${cfg.routeParam}=${encodeURIComponent(location.pathname.slice(home.length) + location.search)}${location.hash}`)
      return
    }
  }
  const handed = new URLSearchParams(location.search).get(cfg.routeParam)
  if (handed !== null && /^[^/\\]/.test(handed))
    history.replaceState(null, '', cfg.base + handed + location.hash)
  const html = document.documentElement
  const store = (key: string, value?: string): string | null => {
    try {
      if (value === undefined)
        return localStorage.getItem(key)
      localStorage.setItem(key, value)
    }
    catch {}
    return null
  }

  // The colour scheme, as Slidev's logic/dark.ts decides it, before the first paint.
  const scheme = store('slidev-color-schema')
  const dark = cfg.colorSchema === 'dark' || (cfg.colorSchema !== 'light' && (scheme === 'dark'
    || (scheme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches)))
  html.classList.toggle('dark', dark)
  html.classList.toggle('light', !dark)

  const d = decide({
    base: cfg.base,
    pathname: location.pathname,
    search: location.search,
    stored: store(cfg.viewKey),
    phonePortrait: matchMedia(cfg.phone).matches,
    readPath: cfg.readPath,
    viewParam: cfg.viewParam,
  })
  if (d.remember)
    store(cfg.viewKey, d.remember)
  if (d.redirect) {
    // Nothing of the deck paints while the browser leaves for the reading edition.
    html.classList.add('deck-leaving')
    location.replace(d.redirect)
    return
  }
  if (d.search !== location.search)
    history.replaceState(history.state, '', location.pathname + d.search + location.hash)
  if (!d.firstSlide) {
    html.classList.add('deck-fp-off')
    return
  }
  // Scale the prerendered canvas as Slidev's SlideContainer does: fit the window, keep 16:9.
  const fit = () => {
    if (!document.getElementById(cfg.firstPaintId) && document.readyState !== 'loading') {
      removeEventListener('resize', fit)
      return
    }
    html.style.setProperty('--slidev-slide-scale', String(Math.min(innerWidth / cfg.width, innerHeight / cfg.height)))
  }
  fit()
  addEventListener('resize', fit)
  // The layer's text shows once the faces it is laid out in have arrived (measuring it starts
  // their loads), so a face arriving never moves it: a layout shift on a slow link otherwise.
  const shown = () => html.classList.add('deck-fp-fonts')
  setTimeout(shown, cfg.fontWaitMs)
  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById(cfg.firstPaintId)?.getBoundingClientRect()
    document.fonts.ready.then(shown, shown)
  }, { once: true })
}

/** The script's source: both functions and the call, for an inline `<script>` in the head. */
export function headScript(cfg: HeadConfig): string {
  return `(${applyHead.toString()})(${JSON.stringify(cfg)},${decideView.toString()})`
}

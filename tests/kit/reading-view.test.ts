/**
 * Who gets which view (shared/view.ts) and the reading edition's small helpers (client/reading.ts, shared/notes.ts).
 * The head script is serialised into index.html with Function#toString, so it is also run here
 * from that text alone, in a fresh function scope, to show it needs nothing from its module.
 */
import { describe, expect, it } from 'vitest'
import { readingHref, slidesHref } from '../../addons/kit/client/reading'
import { handoutContentWidth, READING_PATH, VIEW_PARAM } from '../../addons/kit/shared/constants'
import { notesProse } from '../../addons/kit/shared/notes'
import { readingPageScript } from '../../addons/kit/shared/reading-page'
import { decideView, headScript } from '../../addons/kit/shared/view'

const base = '/wecom-20/'
function input(pathname: string, over: Partial<Parameters<typeof decideView>[0]> = {}) {
  return {
    base,
    pathname,
    search: '',
    stored: null,
    phonePortrait: true,
    readPath: READING_PATH,
    viewParam: VIEW_PARAM,
    ...over,
  }
}

describe('a phone held upright gets the reading edition', () => {
  it('the deck\'s own address goes to the top of the reading edition', () => {
    expect(decideView(input('/wecom-20/')).redirect).toBe('/wecom-20/read/')
    expect(decideView(input('/wecom-20')).redirect).toBe('/wecom-20/read/')
    expect(decideView(input('/wecom-20/index.html')).redirect).toBe('/wecom-20/read/')
  })

  it('a slide\'s address goes to that slide in the reading edition', () => {
    expect(decideView(input('/wecom-20/17')).redirect).toBe('/wecom-20/read/#17')
    expect(decideView(input('/wecom-20/17/', { search: '?clicks=2' })).redirect).toBe('/wecom-20/read/#17')
  })

  it('other pages stay: presenter, overview, print, the reading edition itself, unknown paths', () => {
    for (const path of [
      '/wecom-20/presenter/3',
      '/wecom-20/overview',
      '/wecom-20/read/',
      '/wecom-20/read',
      '/wecom-20/x/y',
      '/elsewhere/3',
    ])
      expect(decideView(input(path)).redirect, path).toBeUndefined()
    expect(decideView(input('/wecom-20/1', { search: '?print' })).redirect).toBeUndefined()
    expect(decideView(input('/wecom-20/1', { search: '?embedded=true' })).redirect).toBeUndefined()
  })

  it('landscape, tablets and laptops stay on the slides', () => {
    expect(decideView(input('/wecom-20/5', { phonePortrait: false })).redirect).toBeUndefined()
  })
})

describe('the reader\'s choice', () => {
  it('?view=slides keeps the slides, is remembered, and leaves the address', () => {
    const d = decideView(input('/wecom-20/5', { search: '?view=slides&clicks=1' }))
    expect(d.redirect).toBeUndefined()
    expect(d.remember).toBe('slides')
    expect(d.search).toBe('?clicks=1')
    expect(decideView(input('/wecom-20/5', { search: '?view=slides' })).search).toBe('')
  })

  it('a remembered choice of the slides is honoured next time', () => {
    expect(decideView(input('/wecom-20/5', { stored: 'slides' })).redirect).toBeUndefined()
    expect(decideView(input('/wecom-20/5', { stored: 'read' })).redirect).toBe('/wecom-20/read/#5')
  })

  it('?view=read asks for the reading edition on any screen', () => {
    const d = decideView(input('/wecom-20/5', { search: '?view=read', phonePortrait: false, stored: 'slides' }))
    expect(d.redirect).toBe('/wecom-20/read/#5')
    expect(d.remember).toBe('read')
  })
})

describe('the prerendered first slide', () => {
  it('is kept only when the page is slide 1 and stays', () => {
    expect(decideView(input('/wecom-20/', { phonePortrait: false })).firstSlide).toBe(true)
    expect(decideView(input('/wecom-20/1', { phonePortrait: false })).firstSlide).toBe(true)
    expect(decideView(input('/wecom-20/1', { phonePortrait: false, search: '?print' })).firstSlide).toBe(false)
    expect(decideView(input('/wecom-20/2', { phonePortrait: false })).firstSlide).toBe(false)
    expect(decideView(input('/wecom-20/presenter/1', { phonePortrait: false })).firstSlide).toBe(false)
    // Leaving for the reading edition: nothing of the slides shows.
    expect(decideView(input('/wecom-20/1')).firstSlide).toBe(false)
  })
})

describe('the inline scripts stand alone', () => {
  const cfg = {
    base,
    readPath: READING_PATH,
    viewParam: VIEW_PARAM,
    viewKey: 'deck:view',
    phone: '(orientation: portrait) and (max-width: 600px)',
    colorSchema: 'auto',
    width: 980,
    height: 552,
    firstPaintId: 'deck-first-paint',
    fontWaitMs: 3000,
    below: ['en/'],
    routeParam: 'deck-route',
  }

  it('on a host with one 404 page, an address of the edition below (/en/7) goes on to that edition\'s page with its route', () => {
    const replaced: string[] = []
    const env = {
      location: {
        pathname: '/wecom-20/en/7',
        search: '?clicks=1',
        hash: '',
        replace: (u: string) => replaced.push(u),
      },
    }
    // eslint-disable-next-line no-new-func -- run the page's script from its text
    new Function(...Object.keys(env), headScript(cfg))(...Object.values(env))
    expect(replaced).toEqual(['/wecom-20/en/?deck-route=7%3Fclicks%3D1'])
  })

  it('the head script runs from its text alone and sends a phone on a slide address to the reading edition', () => {
    const replaced: string[] = []
    const html = {
      classList: new Set<string>(),
      style: {
        setProperty: () => {},
      },
    }
    const env = {
      document: {
        documentElement: {
          classList: {
            add: (c: string) => html.classList.add(c),
            toggle: (c: string, on: boolean) => on
              ? html.classList.add(c)
              : html.classList.delete(c),
          },
          style: html.style,
        },
        getElementById: () => null,
        readyState: 'loading',
      },
      location: {
        pathname: '/wecom-20/7',
        search: '',
        hash: '',
        replace: (u: string) => replaced.push(u),
      },
      localStorage: {
        getItem: () => null,
        setItem: () => {},
      },
      matchMedia: (q: string) => ({
        matches: q.includes('portrait'),
      }),
      history: {
        replaceState: () => {},
        state: null,
      },
      innerWidth: 390,
      innerHeight: 844,
      addEventListener: () => {},
      removeEventListener: () => {},
    }
    // A new function with only these names in scope: the script may use nothing else.
    // eslint-disable-next-line no-new-func -- the point: run the page's script from its text
    const run = new Function(...Object.keys(env), headScript(cfg))
    run(...Object.values(env))
    expect(replaced).toEqual(['/wecom-20/read/#7'])
    expect(html.classList.has('deck-leaving')).toBe(true)
    expect(html.classList.has('light')).toBe(true)
  })

  it('on slide 1 the head script shows the prerendered slide once its fonts are in, or after the wait', async () => {
    const run = async (fonts: 'arrive' | 'never') => {
      const classes = new Set<string>()
      const timers: { ms: number, fn: () => void }[] = []
      let contentLoaded: (() => void) | undefined
      let measured = false
      const env = {
        document: {
          documentElement: {
            classList: {
              add: (c: string) => classes.add(c),
              toggle: (c: string, on: boolean) => on
                ? classes.add(c)
                : classes.delete(c),
              contains: (c: string) => classes.has(c),
            },
            style: {
              setProperty: () => {},
            },
          },
          getElementById: () => ({
            getBoundingClientRect: () => { measured = true },
          }),
          readyState: 'loading',
          addEventListener: (type: string, fn: () => void) => {
            if (type === 'DOMContentLoaded')
              contentLoaded = fn
          },
          fonts: {
            ready: fonts === 'arrive'
              ? Promise.resolve()
              : new Promise(() => {}),
          },
        },
        location: {
          pathname: '/wecom-20/',
          search: '',
          hash: '',
          replace: () => {},
        },
        localStorage: {
          getItem: () => null,
          setItem: () => {},
        },
        matchMedia: () => ({ matches: false }),
        history: {
          replaceState: () => {},
          state: null,
        },
        innerWidth: 1280,
        innerHeight: 720,
        addEventListener: () => {},
        removeEventListener: () => {},
        setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
      }
      // eslint-disable-next-line no-new-func -- run the page's script from its text
      new Function(...Object.keys(env), headScript(cfg))(...Object.values(env))
      expect(classes.has('deck-fp-fonts')).toBe(false)
      contentLoaded?.()
      await Promise.resolve()
      await Promise.resolve()
      return { classes, timers, measured }
    }
    const arrived = await run('arrive')
    expect(arrived.measured).toBe(true)
    expect(arrived.classes.has('deck-fp-fonts')).toBe(true)
    const never = await run('never')
    expect(never.classes.has('deck-fp-fonts')).toBe(false)
    expect(never.timers.map(t => t.ms)).toEqual([3000])
    never.timers[0]!.fn()
    expect(never.classes.has('deck-fp-fonts')).toBe(true)
  })

  it('the reading page\'s script is one expression that parses on its own', () => {
    const text = readingPageScript({
      base,
      worker: `${base}sw.js`,
      scope: `${base}read`,
      colorSchema: 'auto',
      serviceWorker: true,
      retryMs: [2000],
    })
    // eslint-disable-next-line no-new-func -- parse the page's script from its text
    expect(() => new Function(text)).not.toThrow()
    expect(text).toContain('"/wecom-20/"')
  })
})

describe('reading edition helpers', () => {
  it('drops Slidev\'s click marks from the notes and keeps the prose', () => {
    const html = '<p>先说结论。</p>\n<p><span class="slidev-note-click-mark" data-clicks="1"></span> 所谓定位，就是判断。</p>'
    expect(notesProse(html)).toBe('<p>先说结论。</p>\n<p>所谓定位，就是判断。</p>')
    expect(notesProse(undefined)).toBe('')
  })

  it('leaves out the presenter\'s stage directions (<p class="cue">) and keeps what is said', () => {
    const html = '<p>大家好。</p>\n<p class="cue">节奏：讲 18 分钟。</p>\n<p>先说结论。</p>'
    expect(notesProse(html)).toBe('<p>大家好。</p>\n<p>先说结论。</p>')
    expect(notesProse('<p class="cue">只有提示</p>')).toBe('')
  })

  it('links between the two views, under the base', () => {
    expect(readingHref(base, 17)).toBe('/wecom-20/read/#17')
    expect(readingHref('/')).toBe('/read/')
    expect(slidesHref(base, 3)).toBe('/wecom-20/3?view=slides')
  })

  it('the handout\'s slide is as wide as the A4 page less its margins', () => {
    expect(handoutContentWidth()).toBeCloseTo((210 - 2 * 14) / 25.4 * 96, 6)
  })
})

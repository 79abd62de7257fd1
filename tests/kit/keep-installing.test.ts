/**
 * shared/offline.ts keepInstalling: a service worker whose install failed is registered again
 * until one is active, and left alone while one is installing or active. Also run from its own
 * text, as the static reading page runs it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { keepInstalling } from '../../addons/kit/shared/offline'

type Reg = Partial<Record<'active' | 'installing' | 'waiting', object>> | undefined

/** A ServiceWorkerContainer whose registration is what `states` says, one call after another. */
function container(states: Reg[]) {
  const registered: { worker: string, scope?: string }[] = []
  const asked: string[] = []
  let i = 0
  const sw = {
    getRegistration: async (url: string) => {
      asked.push(url)
      return states[Math.min(i++, states.length - 1)]
    },
    register: async (worker: string, options?: RegistrationOptions) => {
      registered.push({ worker, scope: options?.scope })
      return {}
    },
  }
  return { sw: sw as unknown as ServiceWorkerContainer, registered, asked }
}

const DELAYS = [2000, 5000, 15000]

describe('keepInstalling', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('registers the worker again after a failed install (no registration left), until one is active', async () => {
    const { sw, registered, asked } = container([
      undefined,
      undefined,
      { active: {} },
    ])
    keepInstalling(sw, '/wecom-20/sw.js', '/wecom-20/', DELAYS)
    expect(registered).toEqual([])
    await vi.advanceTimersByTimeAsync(2000)
    expect(registered).toEqual([
      { worker: '/wecom-20/sw.js', scope: '/wecom-20/' },
    ])
    expect(asked[0]).toBe(new URL('/wecom-20/', location.href).href)
    await vi.advanceTimersByTimeAsync(5000)
    expect(registered).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(15000)
    // Active now: nothing more, and no further look.
    expect(registered).toHaveLength(2)
    expect(asked).toHaveLength(3)
    await vi.advanceTimersByTimeAsync(120_000)
    expect(asked).toHaveLength(3)
  })

  it('leaves an install under way alone and looks again later', async () => {
    const { sw, registered, asked } = container([
      { installing: {} },
      { waiting: {} },
      { active: {} },
    ])
    keepInstalling(sw, '/sw.js', '/', DELAYS)
    await vi.advanceTimersByTimeAsync(22_000)
    expect(registered).toEqual([])
    expect(asked).toHaveLength(3)
  })

  it('stops after the last delay', async () => {
    const { sw, registered } = container([undefined])
    keepInstalling(sw, '/sw.js', '/', DELAYS)
    await vi.advanceTimersByTimeAsync(600_000)
    expect(registered).toHaveLength(DELAYS.length)
  })

  it('offline, it waits for the network to come back before it tries', async () => {
    vi.stubGlobal('navigator', { onLine: false })
    const { sw, registered } = container([
      undefined,
      { active: {} },
    ])
    keepInstalling(sw, '/sw.js', '/', DELAYS)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(registered).toEqual([])
    vi.stubGlobal('navigator', { onLine: true })
    dispatchEvent(new Event('online'))
    await vi.advanceTimersByTimeAsync(0)
    expect(registered).toEqual([
      { worker: '/sw.js', scope: '/' },
    ])
  })

  it('runs from its own text (the reading page serialises it)', async () => {
    const { sw, registered } = container([
      undefined,
      { active: {} },
    ])
    // eslint-disable-next-line no-new-func -- run the function from its text, as the page does
    const fromText = new Function(`return (${keepInstalling.toString()})`)() as typeof keepInstalling
    fromText(sw, '/read-sw.js', '/read', [1000])
    await vi.advanceTimersByTimeAsync(1000)
    expect(registered).toEqual([
      { worker: '/read-sw.js', scope: '/read' },
    ])
  })
})

/**
 * @vitest-environment node
 *
 * A machine without a browser (no Debian chromium, no CHROMIUM_PATH, no Playwright browser)
 * gets a clear outcome from the export and the e2e set-up: node/chromium.ts stops with a
 * NoBrowserError that says what to install, and never downloads one. The file system is
 * injected, so this runs the same on a machine that has Chromium.
 */
import { describe, expect, it } from 'vitest'
import { DEBIAN_CHROMIUM, findChromium, NoBrowserError } from '../../addons/kit/node/chromium'

const nothingExists = () => false

function thrown(fn: () => unknown): Error {
  try {
    fn()
  }
  catch (e) {
    return e as Error
  }
  throw new Error('expected findChromium to throw')
}

describe('findChromium: no export browser', () => {
  it('throws NoBrowserError naming apt-get install chromium and CHROMIUM_PATH', () => {
    const e = thrown(() => findChromium({}, nothingExists, () => undefined))
    expect(e).toBeInstanceOf(NoBrowserError)
    expect(e.name).toBe('NoBrowserError')
    expect(e.message).toContain('No Chromium found')
    expect(e.message).toMatch(/apt-get install -y chromium\b/)
    expect(e.message).toContain('CHROMIUM_PATH')
    // It lists every place it looked, so the reader knows what was tried.
    expect(e.message).toContain('CHROMIUM_PATH (not set)')
    expect(e.message).toContain(DEBIAN_CHROMIUM)
    expect(e.message).toContain('Playwright\'s own browser (not installed)')
    expect(e.message).toContain('never downloads a browser')
  })

  it('a CHROMIUM_PATH that points nowhere is reported as such, not silently skipped', () => {
    const looked: string[] = []
    const e = thrown(() => findChromium({ CHROMIUM_PATH: '/opt/nowhere/chrome' }, (p) => {
      looked.push(p)
      return p === DEBIAN_CHROMIUM
    }))
    expect(e).toBeInstanceOf(NoBrowserError)
    expect(e.message).toContain('CHROMIUM_PATH=/opt/nowhere/chrome (no such file)')
    expect(e.message).toContain('apt-get install')
    // An explicit choice is not overridden by the Debian browser behind the user's back.
    expect(looked).toEqual(['/opt/nowhere/chrome'])
  })

  it('a Playwright browser that is announced but not on disk still counts as missing', () => {
    const e = thrown(() => findChromium({}, nothingExists, () => '/root/.cache/ms-playwright/chromium/chrome'))
    expect(e).toBeInstanceOf(NoBrowserError)
  })

  it('finds each browser when it is there, in order: CHROMIUM_PATH, Debian, Playwright', () => {
    expect(findChromium({ CHROMIUM_PATH: '/x/chrome' }, p => p === '/x/chrome')).toBe('/x/chrome')
    expect(findChromium({}, p => p === DEBIAN_CHROMIUM)).toBe(DEBIAN_CHROMIUM)
    expect(findChromium({}, p => p === '/pw/chrome', () => '/pw/chrome')).toBe('/pw/chrome')
  })
})

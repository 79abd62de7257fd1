/**
 * Find a Chromium to drive, without ever downloading one:
 *   1. the CHROMIUM_PATH environment variable,
 *   2. Debian's /usr/bin/chromium (apt-get install chromium),
 *   3. a browser Playwright installed earlier, if there is one.
 * Where none is found, stop with a message that names what to install.
 */
import { existsSync } from 'node:fs'

export const DEBIAN_CHROMIUM = '/usr/bin/chromium'

export class NoBrowserError extends Error {
  constructor(tried: string[]) {
    super([
      'No Chromium found to render the deck.',
      `Looked at: ${tried.join(', ')}.`,
      'Install one of:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium',
      '  - or point CHROMIUM_PATH at an installed Chrome/Chromium binary.',
      'This project never downloads a browser by itself.',
    ].join('\n'))
    this.name = 'NoBrowserError'
  }
}

export function findChromium(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
  playwrightOwn: () => string | undefined = () => undefined,
): string {
  const tried: string[] = []
  const fromEnv = env.CHROMIUM_PATH
  if (fromEnv) {
    if (exists(fromEnv))
      return fromEnv
    throw new NoBrowserError([`CHROMIUM_PATH=${fromEnv} (no such file)`])
  }
  tried.push('CHROMIUM_PATH (not set)')
  if (exists(DEBIAN_CHROMIUM))
    return DEBIAN_CHROMIUM
  tried.push(DEBIAN_CHROMIUM)
  const own = playwrightOwn()
  if (own && exists(own))
    return own
  tried.push('Playwright\'s own browser (not installed)')
  throw new NoBrowserError(tried)
}

/** Flags for a headless Chromium on a closed network, as root in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

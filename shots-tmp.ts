import { chromium } from 'playwright'
import { readingFollower } from './addons/kit/node/live/present.ts'
import { startLive } from './addons/kit/node/live/server.ts'
import { qrSvg } from './addons/kit/node/vite/share.ts'
import { DEFAULT_WORDS } from './addons/kit/shared/words.ts'

const server = await startLive({ root: 'dist', port: 0, qr: u => qrSvg(u), followerScript: await readingFollower(DEFAULT_WORDS, '/__live/events') })
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
try {
  const laptop = await b.newContext({ viewport: { width: 1280, height: 720 } })
  const p = await laptop.newPage()
  await p.goto(`${server.url}presenter/1#live=${server.secret}`)
  await p.locator('.deck-live-pair').waitFor()
  const phoneOpts = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
  const phone = await (await b.newContext(phoneOpts)).newPage()
  await phone.goto(`${server.url}read/`)
  const remote = await (await b.newContext(phoneOpts)).newPage()
  await remote.goto(`${server.url}remote#live=${server.secret}`)
  for (let i = 0; i < 4; i++) { await p.keyboard.press('ArrowDown'); await p.waitForTimeout(400) }
  await phone.waitForTimeout(1500)
  await phone.evaluate(() => document.fonts.ready)
  await phone.screenshot({ path: '/tmp/shots/phone-following.png' })
  await remote.waitForTimeout(500)
  await remote.screenshot({ path: '/tmp/shots/remote.png' })
  await phone.mouse.wheel(0, 1800)
  await phone.waitForTimeout(500)
  await p.keyboard.press('ArrowDown')
  await phone.waitForTimeout(1000)
  await phone.screenshot({ path: '/tmp/shots/phone-away.png' })
  await p.locator('.deck-live-pair').click()
  await p.waitForTimeout(800)
  await p.screenshot({ path: '/tmp/shots/presenter-pairing.png' })
  const proj = await laptop.newPage()
  await proj.goto(`${server.url}1`)
  await proj.mouse.move(10, 10)
  await proj.waitForTimeout(2500)
  await proj.screenshot({ path: '/tmp/shots/cover.png' })
  const dark = await (await b.newContext({ ...phoneOpts, colorScheme: 'dark' })).newPage()
  await dark.goto(`${server.url}remote#live=${server.secret}`)
  await dark.waitForTimeout(1500)
  await dark.screenshot({ path: '/tmp/shots/remote-dark.png' })
}
finally {
  await b.close()
  await server.close()
}

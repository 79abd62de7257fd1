/**
 * Screen wake lock without errors. Slidev asks for a screen wake lock as its application starts
 * (its useWakeLock); a browser that wants a user gesture for it (WebKit) refuses when the start was
 * not one (5 s after load on slide 1, any deep link), and the refusal surfaces as an unhandled
 * rejection, `NotAllowedError`. Here `navigator.wakeLock.request` waits for the page's first
 * gesture when there has been none, and a refusal waits for the next gesture and asks again: the
 * projector's and the remote's screens stay awake from the first touch or key, and no refusal
 * reaches the console. The promise it returns settles only when the lock is granted.
 */

export function askForWakeLockAtGesture(nav: Navigator = navigator, win: Window = window): void {
  const lock = (nav as { wakeLock?: WakeLock }).wakeLock
  if (!lock || typeof lock.request !== 'function')
    return
  const request = lock.request.bind(lock)
  const activation = (nav as Navigator & { userActivation?: { isActive: boolean } }).userActivation
  const waiting: (() => void)[] = []
  const onGesture = () => {
    for (const go of waiting.splice(0))
      go()
  }
  for (const type of ['pointerup', 'keydown', 'touchend'])
    win.addEventListener(type, onGesture, { capture: true, passive: true })
  lock.request = (type: 'screen' = 'screen') => new Promise<WakeLockSentinel>((resolve) => {
    const go = () => {
      request(type).then(resolve, () => waiting.push(go))
    }
    if (activation?.isActive)
      go()
    else
      waiting.push(go)
  })
}

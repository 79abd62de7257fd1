/**
 * A workaround for Slidev's own navigation bar, not for the deck's slides.
 *
 * Slidev 53's MenuButton (the "More Options" and sync menus in the bottom-left controls)
 * renders a <button> inside a <button>. That is invalid HTML, and axe reports it as a serious
 * `nested-interactive` violation: a screen reader meets two nested controls for one action.
 * We cannot change Slidev's component, so once it is in the page we make the inner button
 * inert (clicks fall through to the outer one, which toggles the menu, as before) and give the
 * outer button the inner one's name. Checked by tests/unit/notice-and-nested-buttons.test.ts and by
 * the axe walk in tests/e2e/a11y.spec.ts.
 */

/** Fix every button nested in another button under `root`; returns how many it fixed. */
export function fixNestedButtons(root: ParentNode): number {
  let fixed = 0
  for (const inner of root.querySelectorAll<HTMLButtonElement>('button button:not([inert])')) {
    const outer = inner.parentElement?.closest('button')
    if (!outer)
      continue
    inner.inert = true
    inner.setAttribute('inert', '')
    const name = inner.getAttribute('aria-label') ?? inner.getAttribute('title') ?? inner.textContent?.trim()
    if (name && !outer.hasAttribute('aria-label')) {
      outer.setAttribute('aria-label', name)
      if (!outer.title)
        outer.title = name
    }
    fixed++
  }
  return fixed
}

/** Keep fixing as Slidev renders or re-renders its controls. Returns a function that stops watching. */
export function watchNestedButtons(root: HTMLElement): () => void {
  fixNestedButtons(root)
  const observer = new MutationObserver(() => fixNestedButtons(root))
  observer.observe(root, { childList: true, subtree: true })
  return () => observer.disconnect()
}

/**
 * The two small DOM helpers setup/main.ts installs: the address notice (client/notice.ts) and the
 * workaround for Slidev's nested buttons (client/nested-buttons.ts). Runs in happy-dom; the real
 * page is checked by tests/e2e/bad-input.spec.ts and the axe walk in tests/e2e/a11y.spec.ts.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { fixNestedButtons, watchNestedButtons } from '../../addons/kit/client/nested-buttons'
import { createNotice } from '../../addons/kit/client/notice'

afterEach(() => {
  document.body.replaceChildren()
})

describe('createNotice', () => {
  it('is a polite live region that exists, empty, before anything is announced', () => {
    const n = createNotice()
    expect(n.element.getAttribute('role')).toBe('status')
    expect(n.element.getAttribute('aria-live')).toBe('polite')
    expect(n.element.parentElement).toBe(document.body)
    expect(n.element.childElementCount).toBe(0)
  })

  it('shows the text with a close button, and clears', () => {
    const n = createNotice()
    n.show('没有第 999 页：本演示共 21 页，已跳到最后一页。')
    expect(n.element.querySelector('p')!.textContent).toBe('没有第 999 页：本演示共 21 页，已跳到最后一页。')
    const close = n.element.querySelector('button')!
    expect(close.type).toBe('button')
    expect(close.textContent).toBe('关闭')
    close.click()
    expect(n.element.childElementCount).toBe(0)
    n.show('x')
    n.clear()
    expect(n.element.textContent).toBe('')
  })

  it('puts an address in as text, never as markup', () => {
    const n = createNotice()
    n.show('「<img src=x onerror=alert(1)>」不是页码')
    expect(n.element.querySelector('img')).toBeNull()
  })
})

describe('fixNestedButtons', () => {
  function slidevMenuButton(): HTMLButtonElement {
    // The shape Slidev 53's MenuButton renders: <div><button><button title="…">…</button></button></div>
    const wrap = document.createElement('div')
    const outer = document.createElement('button')
    const inner = document.createElement('button')
    inner.title = 'More Options'
    inner.append(document.createElement('div'))
    outer.append(inner)
    wrap.append(outer)
    document.body.append(wrap)
    return outer
  }

  it('makes the inner button inert and names the outer one after it', () => {
    const outer = slidevMenuButton()
    expect(fixNestedButtons(document.body)).toBe(1)
    const inner = outer.querySelector('button')!
    expect(inner.hasAttribute('inert')).toBe(true)
    expect(outer.getAttribute('aria-label')).toBe('More Options')
    expect(outer.title).toBe('More Options')
    // Idempotent.
    expect(fixNestedButtons(document.body)).toBe(0)
  })

  it('keeps a name the outer button already has; leaves ordinary buttons alone', () => {
    const outer = slidevMenuButton()
    outer.setAttribute('aria-label', 'Sync')
    const plain = document.createElement('button')
    plain.title = 'Next'
    document.body.append(plain)
    fixNestedButtons(document.body)
    expect(outer.getAttribute('aria-label')).toBe('Sync')
    expect(plain.hasAttribute('inert')).toBe(false)
    expect(plain.hasAttribute('aria-label')).toBe(false)
  })

  it('watches for buttons Slidev renders later', async () => {
    const stop = watchNestedButtons(document.body)
    const outer = slidevMenuButton()
    await new Promise(r => setTimeout(r, 0))
    expect(outer.querySelector('button')!.hasAttribute('inert')).toBe(true)
    stop()
  })
})

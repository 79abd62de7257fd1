import type { DOMWrapper } from '@vue/test-utils'
/** What the component tests share: reading numbers and references off a mounted component. */
import { expect } from 'vitest'

export function num(el: DOMWrapper<Element>, attr: string): number {
  const v = el.attributes(attr)
  expect(v, `attribute ${attr}`).toBeDefined()
  const n = Number(v)
  expect(Number.isFinite(n), `${attr}="${v}" is a number`).toBe(true)
  return n
}

/** The elements an aria-labelledby / aria-describedby attribute points at, looked up in the mounted tree. */
export function referenced(root: Element, ids: string): Element[] {
  return ids.split(/\s+/).filter(Boolean).map((id) => {
    const el = root.querySelector(`[id="${id}"]`)
    expect(el, `element #${id}`).not.toBeNull()
    return el!
  })
}

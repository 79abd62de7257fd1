/**
 * A short notice at the top of the window, outside the scaled slide canvas so it stays legible
 * on a phone: used when the deck corrects an address (setup/main.ts). It is a polite live
 * region, created empty at start-up so screen readers announce the text when it appears, and it
 * goes away on the next navigation or with its close button. Styles: styles/notice.css.
 */

export interface Notice {
  show: (text: string) => void
  clear: () => void
  readonly element: HTMLElement
}

export function createNotice(doc: Document = document, closeWord = '关闭'): Notice {
  const element = doc.createElement('div')
  element.id = 'deck-notice'
  element.className = 'deck-notice'
  element.setAttribute('role', 'status')
  element.setAttribute('aria-live', 'polite')
  doc.body.append(element)

  // The region itself stays in the page (a hidden live region may not be announced when it
  // reappears); empty, it takes no space and draws nothing.
  function clear() {
    element.replaceChildren()
  }

  function show(text: string) {
    const message = doc.createElement('p')
    message.textContent = text
    const close = doc.createElement('button')
    close.type = 'button'
    close.textContent = closeWord
    close.addEventListener('click', clear)
    element.replaceChildren(message, close)
  }

  clear()
  return { show, clear, element }
}

import { expect } from 'vitest'
import { page } from 'vitest/browser'

/**
 * Shared setup of the element tests: a desktop viewport and a fresh `<div lang="vi">` in the
 * document to put the element under test in. For tests only; not part of the package.
 */
export async function createWrapper(): Promise<HTMLDivElement> {
  await page.viewport(1280, 900)
  const wrapper = document.body.appendChild(document.createElement('div'))
  wrapper.lang = 'vi'
  return wrapper
}

/** Creates `tag`, lets `setup` set it up, puts it in `wrapper` and waits for its first render. */
export async function mount<K extends 'lt-meeting-calendar' | 'lt-weekly-schedule'>(
  wrapper: HTMLElement,
  tag: K,
  setup: (element: HTMLElementTagNameMap[K]) => void,
): Promise<HTMLElementTagNameMap[K]> {
  const element = document.createElement(tag)
  setup(element)
  wrapper.append(element)
  await element.updateComplete
  return element
}

/** The shadow root of an element, which must have one. */
export function root(element: Element): ShadowRoot {
  const shadow = element.shadowRoot
  if (!shadow) throw new Error('no shadow root')
  return shadow
}

/** The text of a node, spaces collapsed, without the bidi isolation marks around names. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Asserts that every part matching `selector` in the element's shadow root fits its width. */
export function expectPartsWithin(element: HTMLElement, selector: string): void {
  const edge = element.getBoundingClientRect()
  for (const part of root(element).querySelectorAll<HTMLElement>(selector)) {
    const box = part.getBoundingClientRect()
    expect(box.left, part.className).toBeGreaterThanOrEqual(edge.left - 0.5)
    expect(box.right, part.className).toBeLessThanOrEqual(edge.right + 0.5)
  }
}

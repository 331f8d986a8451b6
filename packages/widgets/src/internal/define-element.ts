/**
 * Registers a custom element unless its tag is already taken, so that loading the library twice
 * (for example the CDN bundle and an npm copy on one page) or importing a `define` module twice
 * never throws. When the tag belongs to another class, or the class is already registered under
 * another tag, the existing registration wins and a warning says so. Outside a browser (no
 * `customElements`, e.g. server-side rendering) it does nothing.
 *
 * @category Registration
 * @param tag - The element name, e.g. `lt-meeting-calendar`.
 * @param constructor - The element class.
 * @param registry - The registry to use; the window's by default.
 * @returns `true` if this call registered the element, `false` if it was already there.
 * @throws `SyntaxError` (a `DOMException`) if `tag` is not a valid custom element name.
 * @example
 * ```ts
 * import { defineElement } from '@lienthong/widgets/define'
 *
 * class HelloCard extends HTMLElement {}
 * defineElement('hello-card', HelloCard) // true
 * defineElement('hello-card', HelloCard) // false, and no error
 * ```
 */
export function defineElement(
  tag: string,
  constructor: CustomElementConstructor,
  registry?: CustomElementRegistry,
): boolean {
  registry ??= typeof customElements === 'undefined' ? undefined : customElements
  if (!registry) return false
  const existing = registry.get(tag)
  if (existing) {
    if (existing !== constructor) {
      console.warn(`<${tag}> is already defined by another class; keeping the first definition.`)
    }
    return false
  }
  try {
    registry.define(tag, constructor)
    return true
  } catch (error) {
    // The same class under a second tag: the spec's NotSupportedError. Anything else (a bad
    // name) is a programming error and is rethrown.
    if (error instanceof DOMException && error.name === 'NotSupportedError') {
      console.warn(`Could not define <${tag}>: its class is already defined under another tag.`)
      return false
    }
    throw error
  }
}

import { afterEach, describe, expect, test, vi } from 'vitest'
import { defineElement } from './define-element.js'

let counter = 0
/** A fresh, unused tag for each test: the registry cannot forget a definition. */
const freshTag = (): string => `lt-test-define-${String((counter += 1))}`

afterEach(() => {
  vi.restoreAllMocks()
})

describe('defineElement', () => {
  test('registers an element the first time', () => {
    class First extends HTMLElement {}
    const tag = freshTag()
    expect(defineElement(tag, First)).toBe(true)
    expect(customElements.get(tag)).toBe(First)
    expect(document.createElement(tag)).toBeInstanceOf(First)
  })

  test('does not throw when the same element is defined twice', () => {
    class Twice extends HTMLElement {}
    const tag = freshTag()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(defineElement(tag, Twice)).toBe(true)
    expect(() => defineElement(tag, Twice)).not.toThrow()
    expect(defineElement(tag, Twice)).toBe(false)
    expect(warn).not.toHaveBeenCalled()
  })

  test('keeps the first class when another one claims the tag, with a warning', () => {
    class Original extends HTMLElement {}
    class Copy extends HTMLElement {}
    const tag = freshTag()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    defineElement(tag, Original)
    expect(defineElement(tag, Copy)).toBe(false)
    expect(customElements.get(tag)).toBe(Original)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`<${tag}> is already defined`))
  })

  test('does not throw when the class is already registered under another tag', () => {
    class Shared extends HTMLElement {}
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    defineElement(freshTag(), Shared)
    const second = freshTag()
    expect(defineElement(second, Shared)).toBe(false)
    expect(customElements.get(second)).toBeUndefined()
    expect(warn).toHaveBeenCalledOnce()
  })

  test('rejects an invalid tag name: that is a bug, not a double definition', () => {
    class Bad extends HTMLElement {}
    expect(() => defineElement('NoHyphen', Bad)).toThrow(DOMException)
  })
})

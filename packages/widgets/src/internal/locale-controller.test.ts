import { LitElement, html } from 'lit'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { defineCatalog } from '../locales/index.js'
import { defineElement } from './define-element.js'
import { isLocaleLoaded, translateFrom } from './i18n.js'
import { LienthongElement } from './lienthong-element.js'
import { LocaleController } from './locale-controller.js'

/** A lienthong element that records every text it rendered. */
class WaitingProbe extends LienthongElement {
  readonly texts: string[] = []

  protected override renderContent(): unknown {
    const text = this.i18n.t('nav.today')
    this.texts.push(text)
    return html`<p>${text}</p>`
  }
}
defineElement('lt-test-waiting-probe', WaitingProbe)

/** A plain Lit element using the controller directly, as a third party would. */
class PlainProbe extends LitElement {
  readonly i18n = new LocaleController(this)
  readonly texts: string[] = []

  protected override render(): unknown {
    const text = this.i18n.t('action.retry')
    this.texts.push(text)
    return html`<p>${text}</p>`
  }
}
defineElement('lt-test-plain-probe', PlainProbe)

/** A catalog of one element's own messages; its Urdu cannot be loaded (a network failure). */
const loads: string[] = []
const greetings = defineCatalog({ 'greeting.hello': 'Xin chào {name}' } as const, {
  en: async () => {
    loads.push('en')
    await new Promise((resolve) => setTimeout(resolve, 20))
    return { 'greeting.hello': 'Hello {name}' }
  },
  ja: () => Promise.resolve({ 'greeting.hello': 'こんにちは {name}' }),
  ru: () => Promise.resolve({ 'greeting.hello': 'Здравствуйте, {name}' }),
  ur: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
})

/** A lienthong element with messages of its own besides the widgets' ones. */
class GreetingProbe extends LienthongElement {
  readonly texts: string[] = []

  constructor() {
    super()
    this.i18n.use(greetings)
  }

  protected override renderContent(): unknown {
    const text = `${this.i18n.t('nav.today')} / ${this.i18n.tFrom(greetings, 'greeting.hello', { name: 'Lan' })}`
    this.texts.push(text)
    return html`<p>${text}</p>`
  }
}
defineElement('lt-test-greeting-probe', GreetingProbe)

/** A lienthong element reading its own catalog and the shared one through one translator. */
const farewells = defineCatalog({ 'farewell.bye': 'Tạm biệt {name}' } as const, {
  en: () => Promise.resolve({ 'farewell.bye': 'Goodbye {name}' }),
  ja: () => Promise.resolve({ 'farewell.bye': 'さようなら {name}' }),
  ru: () => Promise.resolve({ 'farewell.bye': 'До свидания, {name}' }),
  ur: () => Promise.resolve({ 'farewell.bye': 'خدا حافظ {name}' }),
})

class TranslatorProbe extends LienthongElement {
  private readonly t = this.i18n.translator(farewells)
  readonly texts: string[] = []

  protected override renderContent(): unknown {
    const text = `${this.t('action.retry')} / ${this.t('farewell.bye', { name: 'Lan' })}`
    this.texts.push(text)
    return html`<p>${text}</p>`
  }
}
defineElement('lt-test-translator-probe', TranslatorProbe)

declare global {
  interface HTMLElementTagNameMap {
    'lt-test-translator-probe': TranslatorProbe
    'lt-test-waiting-probe': WaitingProbe
    'lt-test-plain-probe': PlainProbe
    'lt-test-greeting-probe': GreetingProbe
  }
}

afterEach(() => {
  document.body.replaceChildren()
})

function under<K extends keyof HTMLElementTagNameMap>(
  lang: string,
  tag: K,
): { wrapper: HTMLElement; element: HTMLElementTagNameMap[K] } {
  const wrapper = document.body.appendChild(document.createElement('div'))
  wrapper.lang = lang
  return { wrapper, element: wrapper.appendChild(document.createElement(tag)) }
}

describe('LocaleController, messages loaded on demand', () => {
  test('a lienthong element waits for its language: it never shows the Vietnamese fallback', async () => {
    expect(isLocaleLoaded('ja')).toBe(false)
    const { element } = under('ja', 'lt-test-waiting-probe')
    await element.updateComplete
    expect(element.texts).toEqual(['今日'])
    expect(isLocaleLoaded('ja')).toBe(true)
  })

  test('a language switch to a language not loaded yet renders once, in the new language', async () => {
    expect(isLocaleLoaded('ur')).toBe(false)
    const { wrapper, element } = under('vi', 'lt-test-waiting-probe')
    await element.updateComplete
    wrapper.lang = 'ur'
    await new Promise((resolve) => setTimeout(resolve, 0)) // the MutationObserver's turn
    await element.updateComplete
    expect(element.texts).toEqual(['Hôm nay', 'آج'])
    expect(element.shadowRoot?.querySelector('.lt-root')?.getAttribute('dir')).toBe('rtl')
  })

  test('a plain Lit host renders the fallback first, then again once its language arrives', async () => {
    expect(isLocaleLoaded('ru')).toBe(false)
    const { element } = under('ru', 'lt-test-plain-probe')
    expect(element.i18n.isReady).toBe(false)
    await element.updateComplete
    await element.i18n.ready
    await element.updateComplete
    expect(element.i18n.isReady).toBe(true)
    expect(element.texts.at(-1)).toBe('Повторить')
    expect(element.shadowRoot?.textContent).toContain('Повторить')
  })

  test('an element with a catalog of its own waits for both in its language, loaded once', async () => {
    expect(translateFrom(greetings, 'en', 'greeting.hello', { name: 'Lan' })).toBe('Xin chào Lan')
    const first = under('en', 'lt-test-greeting-probe').element
    const second = under('en', 'lt-test-greeting-probe').element
    await Promise.all([first.updateComplete, second.updateComplete])
    expect(first.texts).toEqual(['Today / Hello Lan'])
    expect(second.texts).toEqual(['Today / Hello Lan'])
    expect(loads).toEqual(['en'])
    expect(translateFrom(greetings, 'en', 'greeting.hello', { name: 'Lan' })).toBe('Hello Lan')
  })

  test('a translator reads its own catalog and the shared one, both waited for', async () => {
    const { wrapper, element } = under('ja', 'lt-test-translator-probe')
    await element.updateComplete
    expect(element.texts).toEqual(['再試行 / さようなら Lan'])
    wrapper.lang = 'vi'
    await new Promise((resolve) => setTimeout(resolve, 0)) // the MutationObserver's turn
    await element.updateComplete
    expect(element.texts.at(-1)).toBe('Thử lại / Tạm biệt Lan')
  })

  test('a catalog that cannot be loaded falls back to Vietnamese, with a warning, and still renders', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { element } = under('ur', 'lt-test-greeting-probe')
    await element.updateComplete
    expect(element.texts).toEqual(['آج / Xin chào Lan'])
    expect(warn).toHaveBeenCalledOnce()
    warn.mockRestore()
  })
})

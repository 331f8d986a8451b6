import { LitElement, html } from 'lit'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { defineCatalog, supportedLocales, type Locale } from '../locales/index.js'
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
const greetings = defineCatalog({
  vi: () => Promise.resolve({ 'greeting.hello': 'Xin chào {name}' } as const),
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
const farewells = defineCatalog({
  vi: () => Promise.resolve({ 'farewell.bye': 'Tạm biệt {name}' } as const),
  en: () => Promise.resolve({ 'farewell.bye': 'Goodbye {name}' }),
  ja: () => Promise.resolve({ 'farewell.bye': 'さようなら {name}' }),
  ru: () => Promise.resolve({ 'farewell.bye': 'До свидания, {name}' }),
  ur: () => Promise.resolve({ 'farewell.bye': 'خدا حافظ {name}' }),
})

/**
 * A catalog whose languages in `unreachable` fail to download, with the browser's own error for
 * a chunk that cannot be fetched.
 */
const unreachable = new Set<Locale>(supportedLocales)
function download<T>(locale: Locale, messages: T): Promise<T> {
  return unreachable.has(locale)
    ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
    : Promise.resolve(messages)
}
const notices = defineCatalog({
  vi: () => download('vi', { 'notice.closed': 'Đã đóng' } as const),
  en: () => download('en', { 'notice.closed': 'Closed' }),
  ja: () => download('ja', { 'notice.closed': '終了' }),
  ru: () => download('ru', { 'notice.closed': 'Закрыто' }),
  ur: () => download('ur', { 'notice.closed': 'بند' }),
})

class NoticeProbe extends LienthongElement {
  private readonly t = this.i18n.translator(notices)
  readonly texts: string[] = []

  get messagesReady(): Promise<void> {
    return this.i18n.ready
  }

  protected override renderContent(): unknown {
    const text = `${this.t('nav.today')} / ${this.t('notice.closed')}`
    this.texts.push(text)
    return html`<p>${text}</p>`
  }
}
defineElement('lt-test-notice-probe', NoticeProbe)

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
    'lt-test-notice-probe': NoticeProbe
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

const observerTurn = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, 0))

describe('LocaleController, messages loaded on demand', () => {
  test('a Vietnamese page loads Vietnamese on demand too, and its first paint is in Vietnamese', async () => {
    expect(isLocaleLoaded('vi')).toBe(false)
    const { element } = under('vi-VN', 'lt-test-waiting-probe')
    await element.updateComplete
    expect(element.texts).toEqual(['Hôm nay'])
    expect(isLocaleLoaded('vi')).toBe(true)
    expect(isLocaleLoaded('en')).toBe(false)
  })

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
    wrapper.lang = 'vi'
    await observerTurn()
    await element.updateComplete
    expect(element.texts).toEqual(['Hôm nay', 'آج', 'Hôm nay'])
    expect(element.shadowRoot?.querySelector('.lt-root')?.getAttribute('dir')).toBe('ltr')
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
    // Nothing of the catalog loaded, not even Vietnamese: the key is all there is.
    expect(translateFrom(greetings, 'en', 'greeting.hello', { name: 'Lan' })).toBe('greeting.hello')
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

  test('when not even Vietnamese can be downloaded, the element shows the keys, then its language once back online', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { element } = under('en', 'lt-test-notice-probe')
    await element.updateComplete
    // The shared messages loaded; the element's own could not, in English nor in Vietnamese.
    expect(element.texts).toEqual(['Today / notice.closed'])
    expect(warn).toHaveBeenCalledTimes(2)
    unreachable.clear()
    window.dispatchEvent(new Event('online'))
    await element.messagesReady
    await element.updateComplete
    expect(element.texts.at(-1)).toBe('Today / Closed')
    expect(element.shadowRoot?.textContent).toContain('Closed')
    warn.mockRestore()
  })

  test('messages that failed to download are tried again on the next language change', async () => {
    unreachable.add('ru')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { wrapper, element } = under('ru', 'lt-test-notice-probe')
    await element.updateComplete
    // The catalog's Russian failed: its Vietnamese, the fallback, is shown in its place.
    expect(element.texts).toEqual(['Сегодня / Đã đóng'])
    expect(warn).toHaveBeenCalledOnce()
    unreachable.clear()
    wrapper.lang = 'ja'
    await observerTurn()
    await element.updateComplete
    wrapper.lang = 'ru'
    await observerTurn()
    await element.updateComplete
    expect(element.texts.slice(1)).toEqual(['今日 / 終了', 'Сегодня / Закрыто'])
    warn.mockRestore()
  })

  test('messages that failed to download are tried again when the element is attached again', async () => {
    unreachable.add('ur')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { wrapper, element } = under('ur', 'lt-test-notice-probe')
    await element.updateComplete
    expect(element.texts).toEqual(['آج / Đã đóng'])
    unreachable.clear()
    element.remove()
    wrapper.append(element)
    await element.messagesReady
    await element.updateComplete
    expect(element.texts.at(-1)).toBe('آج / بند')
    warn.mockRestore()
  })
})

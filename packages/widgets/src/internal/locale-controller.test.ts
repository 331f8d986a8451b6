import { LitElement, html } from 'lit'
import { afterEach, describe, expect, test } from 'vitest'
import { defineElement } from './define-element.js'
import { isLocaleLoaded } from './i18n.js'
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

declare global {
  interface HTMLElementTagNameMap {
    'lt-test-waiting-probe': WaitingProbe
    'lt-test-plain-probe': PlainProbe
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
})

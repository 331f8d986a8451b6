import { html } from 'lit'
import { afterEach, describe, expect, test } from 'vitest'
import { defineElement } from './define-element.js'
import { LienthongElement } from './lienthong-element.js'

/** A tiny element that shows one message and one formatted number. */
class LangProbe extends LienthongElement {
  renders = 0

  protected override renderContent(): unknown {
    this.renders += 1
    return html`<p>${this.i18n.t('nav.today')}</p>
      <data value="10306">${this.i18n.formatNumber(10306)}</data>`
  }
}
defineElement('lt-test-lang-probe', LangProbe)

declare global {
  interface HTMLElementTagNameMap {
    'lt-test-lang-probe': LangProbe
  }
}

const originalLang = document.documentElement.getAttribute('lang')

afterEach(() => {
  document.body.replaceChildren()
  if (originalLang === null) document.documentElement.removeAttribute('lang')
  else document.documentElement.setAttribute('lang', originalLang)
})

async function probeIn(parent: Node): Promise<LangProbe> {
  const probe = parent.appendChild(document.createElement('lt-test-lang-probe'))
  await probe.updateComplete
  return probe
}

function shown(probe: LangProbe): { text: string; lang: string; dir: string; number: string } {
  const root = probe.shadowRoot?.querySelector('.lt-root')
  return {
    text: root?.querySelector('p')?.textContent ?? '',
    lang: root?.getAttribute('lang') ?? '',
    dir: root?.getAttribute('dir') ?? '',
    number: root?.querySelector('data')?.textContent ?? '',
  }
}

describe('LienthongElement', () => {
  test('speaks Vietnamese by default', async () => {
    document.documentElement.removeAttribute('lang')
    const probe = await probeIn(document.body)
    expect(shown(probe)).toEqual({ text: 'Hôm nay', lang: 'vi-VN', dir: 'ltr', number: '10.306' })
  })

  test('takes the language of <html>', async () => {
    document.documentElement.lang = 'ja'
    const probe = await probeIn(document.body)
    expect(shown(probe).text).toBe('今日')
    expect(shown(probe).lang).toBe('ja-JP')
  })

  test('Urdu gives dir=rtl inside the shadow root, without a dir on the page', async () => {
    const wrapper = document.body.appendChild(document.createElement('div'))
    wrapper.lang = 'ur'
    const probe = await probeIn(wrapper)
    expect(shown(probe)).toMatchObject({ text: 'آج', dir: 'rtl' })
    const paragraph = probe.shadowRoot?.querySelector('p')
    expect(paragraph && getComputedStyle(paragraph).direction).toBe('rtl')
    expect(probe.hasAttribute('dir')).toBe(false) // the host page's attributes are left alone
  })

  test("follows a change of an ancestor's lang and re-renders in the new language", async () => {
    const wrapper = document.body.appendChild(document.createElement('div'))
    wrapper.lang = 'vi'
    const probe = await probeIn(wrapper)
    expect(shown(probe).text).toBe('Hôm nay')

    wrapper.lang = 'en'
    await expect.poll(() => shown(probe).text).toBe('Today')
    expect(shown(probe)).toMatchObject({ lang: 'en-GB', dir: 'ltr', number: '10,306' })

    wrapper.lang = 'ur-PK'
    await expect.poll(() => shown(probe).dir).toBe('rtl')
    expect(shown(probe).text).toBe('آج')

    wrapper.removeAttribute('lang')
    document.documentElement.lang = 'ru'
    await expect.poll(() => shown(probe).text).toBe('Сегодня')
  })

  test("follows a change of lang on an outer shadow root's host and inside that shadow root", async () => {
    document.documentElement.lang = 'vi'
    const outerHost = document.body.appendChild(document.createElement('div'))
    const section = outerHost
      .attachShadow({ mode: 'open' })
      .appendChild(document.createElement('section'))
    const probe = await probeIn(section)
    expect(shown(probe).text).toBe('Hôm nay')

    outerHost.lang = 'ja'
    await expect.poll(() => shown(probe).text).toBe('今日')

    // A MutationObserver on the document cannot see this one: it is inside a shadow tree.
    section.lang = 'ru'
    await expect.poll(() => shown(probe).text).toBe('Сегодня')
  })

  test('a probe nested in another one inherits its language', async () => {
    const wrapper = document.body.appendChild(document.createElement('div'))
    wrapper.lang = 'en-US'
    const outer = await probeIn(wrapper)
    const inner = await probeIn(outer.renderRoot.querySelector('.lt-root') ?? outer.renderRoot)
    expect(shown(inner)).toMatchObject({ text: 'Today', lang: 'en-US' })
    wrapper.lang = 'ja'
    await expect.poll(() => shown(inner).text).toBe('今日')
  })

  test('does not re-render when an unrelated lang changes to the same language', async () => {
    document.documentElement.lang = 'en'
    const probe = await probeIn(document.body)
    const before = probe.renders
    const unrelated = document.body.appendChild(document.createElement('div'))
    unrelated.lang = 'ja'
    document.documentElement.lang = 'en'
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(probe.renders).toBe(before)
  })

  test('reads the language again when moved to another part of the page', async () => {
    const english = document.body.appendChild(document.createElement('div'))
    english.lang = 'en'
    const russian = document.body.appendChild(document.createElement('div'))
    russian.lang = 'ru'
    const probe = await probeIn(english)
    russian.append(probe)
    await expect.poll(() => shown(probe).text).toBe('Сегодня')
  })

  test('one MutationObserver serves every element', async () => {
    const Original = window.MutationObserver
    let created = 0
    window.MutationObserver = class extends Original {
      constructor(callback: MutationCallback) {
        super(callback)
        created += 1
      }
    }
    try {
      const wrapper = document.body.appendChild(document.createElement('div'))
      wrapper.lang = 'vi'
      const probes = await Promise.all(Array.from({ length: 50 }, () => probeIn(wrapper)))
      expect(created).toBe(1)
      wrapper.lang = 'en'
      await expect.poll(() => probes.every((probe) => shown(probe).text === 'Today')).toBe(true)
    } finally {
      window.MutationObserver = Original
    }
  })
})

import { html } from 'lit'
import { afterEach, describe, expect, test } from 'vitest'
import { defineElement } from '../define-element.js'
import { LienthongElement } from '../lienthong-element.js'
import { expectNoAxeViolations } from './axe.js'

/** An accessible fixture: a labelled field and a named button. */
class GoodFixture extends LienthongElement {
  protected override renderContent(): unknown {
    return html`<label for="code">${this.i18n.t('nav.today')}</label>
      <input id="code" type="text" />
      <button class="lt-button" type="button">${this.i18n.t('action.retry')}</button>`
  }
}

/** An inaccessible fixture: an image without text, an icon button without a name. */
class BadFixture extends LienthongElement {
  protected override renderContent(): unknown {
    return html`<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
      <button type="button"></button>`
  }
}

/** Violations nested two shadow roots deep must be found too. */
class OuterFixture extends LienthongElement {
  protected override renderContent(): unknown {
    return html`<lt-test-axe-bad></lt-test-axe-bad>`
  }
}

defineElement('lt-test-axe-good', GoodFixture)
defineElement('lt-test-axe-bad', BadFixture)
defineElement('lt-test-axe-outer', OuterFixture)

declare global {
  interface HTMLElementTagNameMap {
    'lt-test-axe-good': GoodFixture
    'lt-test-axe-bad': BadFixture
    'lt-test-axe-outer': OuterFixture
  }
}

async function mount(
  tag: 'lt-test-axe-good' | 'lt-test-axe-bad' | 'lt-test-axe-outer',
): Promise<LienthongElement> {
  const element = document.body.appendChild(document.createElement(tag))
  await element.updateComplete
  await element.shadowRoot?.querySelector('lt-test-axe-bad')?.updateComplete
  return element
}

afterEach(() => {
  document.body.replaceChildren()
})

describe('expectNoAxeViolations', () => {
  test('passes for an accessible element', async () => {
    await expect(expectNoAxeViolations(await mount('lt-test-axe-good'))).resolves.toBeUndefined()
  })

  test('fails with readable violations found inside the shadow root', async () => {
    const error = await expectNoAxeViolations(await mount('lt-test-axe-bad')).then(
      () => undefined,
      (reason: unknown) => reason,
    )
    expect(error).toBeInstanceOf(Error)
    const message = (error as Error).message
    expect(message).toMatch(/^2 accessibility rules violated in <lt-test-axe-bad>:/)
    expect(message).toContain('- image-alt (critical): Images must have alternative text')
    expect(message).toContain('- button-name (critical): Buttons must have discernible text')
    expect(message).toMatch(/https:\/\/dequeuniversity\.com\/rules\/axe\/[\d.]+\/image-alt/)
    expect(message).toContain('at ["lt-test-axe-bad","img"]')
    expect(message).toContain('Fix any of the following:')
  })

  test('looks into nested shadow roots', async () => {
    await expect(expectNoAxeViolations(await mount('lt-test-axe-outer'))).rejects.toThrow(
      /image-alt[\s\S]*at \["lt-test-axe-outer","lt-test-axe-bad","img"\]/,
    )
  })

  test('rules can be switched off explicitly', async () => {
    await expect(
      expectNoAxeViolations(await mount('lt-test-axe-bad'), {
        disableRules: ['image-alt', 'button-name'],
      }),
    ).resolves.toBeUndefined()
  })

  test('refuses an element that is not in the document', async () => {
    await expect(expectNoAxeViolations(document.createElement('div'))).rejects.toThrow(
      'is not in the document',
    )
  })
})

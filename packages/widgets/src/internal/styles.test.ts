import { html, type CSSResult } from 'lit'
import { describe, expect, test } from 'vitest'
import { LienthongElement } from './lienthong-element.js'
import { baseStyles } from './styles.js'

/** Physical properties and values that would need a second stylesheet for right to left. */
const physical =
  /(?:^|[\s;{])(?:(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right|top|bottom)|left|right|top|bottom|width|height|min-width|max-width|min-height|max-height|border-(?:top|bottom)-(?:left|right)-radius)\s*:|(?:text-align|float|clear)\s*:\s*(?:left|right)/

/** Every `*.styles.ts` module in the package, plus the shared styles. */
const styleModules = import.meta.glob<Record<string, unknown>>('../**/*.styles.ts', { eager: true })
const sheets: [string, string][] = [['internal/styles.ts', baseStyles.cssText]]
for (const [file, exports] of Object.entries(styleModules)) {
  for (const value of Object.values(exports)) {
    if (value && typeof value === 'object' && 'cssText' in value) {
      sheets.push([file, (value as CSSResult).cssText])
    }
  }
}

describe('styles', () => {
  test.each(sheets)('%s uses CSS logical properties only', (_file, cssText) => {
    const found = cssText
      .split('\n')
      .filter((line) => physical.test(line))
      .map((line) => line.trim())
    expect(found).toEqual([])
  })

  test('--lt-* set on an ancestor reach inside the shadow root, defaults otherwise', async () => {
    class Swatch extends LienthongElement {
      protected override renderContent(): unknown {
        return html`<p>${this.i18n.t('state.empty')}</p>`
      }
    }
    customElements.define('lt-test-swatch', Swatch)
    const themed = document.body.appendChild(document.createElement('div'))
    themed.style.setProperty('--lt-color-primary', 'rgb(1, 2, 3)')
    const inside = themed.appendChild(new Swatch())
    const outside = document.body.appendChild(new Swatch())
    await Promise.all([inside.updateComplete, outside.updateComplete])
    const primary = (element: Element): string =>
      getComputedStyle(element).getPropertyValue('--_lt-color-primary').trim()
    expect(primary(inside)).toBe('rgb(1, 2, 3)')
    expect(primary(outside)).toBe('#0b4f9c')
    themed.remove()
    outside.remove()
  })
})

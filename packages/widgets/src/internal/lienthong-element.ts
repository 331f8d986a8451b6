import { LitElement, html, nothing, type CSSResultGroup } from 'lit'
import { LocaleController } from './locale-controller.js'
import { baseStyles } from './styles.js'

/**
 * The base class of every lienthong element: a `LitElement` that speaks the language of the page
 * around it ({@link LocaleController} as `this.i18n`), re-renders when that language changes, and
 * wraps its shadow content in an element carrying the resolved `lang` and `dir`, so Urdu content
 * is laid out right to left even when the page sets no `dir`.
 *
 * Subclasses implement {@link LienthongElement.renderContent} instead of `render`, and list
 * {@link baseStyles} first in their styles. Styles that depend on the writing direction belong on
 * `.lt-root` or inside it, not on `:host` (whose direction is the page's).
 *
 * @category Elements
 * @example
 * ```ts
 * import { css, html } from 'lit'
 * import { LienthongElement, baseStyles } from '@lienthong/widgets'
 *
 * class TodayButton extends LienthongElement {
 *   static override styles = [baseStyles, css`button { margin-inline-start: auto; }`]
 *   protected override renderContent() {
 *     return html`<button class="lt-button">${this.i18n.t('nav.today')}</button>`
 *   }
 * }
 * customElements.define('today-button', TodayButton)
 * ```
 */
export class LienthongElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles

  /** The host's language, direction, messages and `Intl` formatting. */
  protected readonly i18n: LocaleController = new LocaleController(this)

  /**
   * Waits for the messages of the page's language before rendering (a language other than
   * Vietnamese is loaded on first use), so the element never flashes the Vietnamese fallback;
   * `updateComplete` includes the wait.
   */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.i18n.isReady) return super.scheduleUpdate()
    return this.i18n.ready.then(() => super.scheduleUpdate())
  }

  /**
   * Renders {@link LienthongElement.renderContent} inside `<div class="lt-root">` with the
   * resolved `lang` and `dir`. Override `renderContent`, not this.
   */
  protected override render(): unknown {
    return html`<div class="lt-root" lang=${this.i18n.lang} dir=${this.i18n.dir}>
      ${this.renderContent()}
    </div>`
  }

  /** The element's shadow content; nothing by default. */
  protected renderContent(): unknown {
    return nothing
  }
}

import { css } from 'lit'

/**
 * Styles every lienthong element starts from.
 *
 * Theming: a page sets the public `--lt-*` custom properties anywhere above the element
 * (`body { --lt-color-primary: #005ea5 }`) or on the element itself. Each one is read once, on
 * `:host`, into a private `--_lt-*` twin with the default as fallback, and the components' styles
 * use only the private twins. Declaring the public names on `:host` instead would hide values
 * the page sets on an ancestor.
 *
 * Only CSS logical properties (`margin-inline-start`, `inset-block-end`, …) are used, so right to
 * left (Urdu) needs no styles of its own.
 *
 * | Property | Default | Use |
 * | --- | --- | --- |
 * | `--lt-font-family` | `system-ui, …, sans-serif` | all text |
 * | `--lt-font-size` | `1rem` | body text |
 * | `--lt-line-height` | `1.5` | body text |
 * | `--lt-color-text` | `#1b1b1b` | text |
 * | `--lt-color-text-muted` | `#505a5f` | hints, secondary text (7:1 on white) |
 * | `--lt-color-background` | `#ffffff` | element background |
 * | `--lt-color-surface` | `#f3f2f1` | panels, headers |
 * | `--lt-color-border` | `#767676` | borders of controls (4.5:1 on white) |
 * | `--lt-color-primary` | `#0b4f9c` | buttons, links, selection |
 * | `--lt-color-on-primary` | `#ffffff` | text on primary |
 * | `--lt-color-danger` | `#b3261e` | errors |
 * | `--lt-color-success` | `#1e6b34` | confirmations |
 * | `--lt-color-focus` | `#0b57d0` | focus ring |
 * | `--lt-focus-ring-width` | `3px` | focus ring |
 * | `--lt-focus-ring-offset` | `2px` | focus ring |
 * | `--lt-space-1` … `--lt-space-6` | `0.25rem` … `2rem` | spacing scale |
 * | `--lt-radius` | `0.25rem` | corners |
 *
 * @category Styles
 * @cssprop --lt-font-family - Font stack for all text.
 * @cssprop --lt-color-primary - Buttons, links, selection.
 * @cssprop --lt-color-focus - Colour of the focus ring.
 * @example
 * ```ts
 * import { LitElement, css } from 'lit'
 * import { baseStyles } from '@lienthong/widgets'
 *
 * class Badge extends LitElement {
 *   static override styles = [
 *     baseStyles,
 *     css`span { padding-inline: var(--_lt-space-2); color: var(--_lt-color-primary); }`,
 *   ]
 * }
 * ```
 */
export const baseStyles = css`
  :host {
    --_lt-font-family: var(
      --lt-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_lt-font-size: var(--lt-font-size, 1rem);
    --_lt-line-height: var(--lt-line-height, 1.5);
    --_lt-color-text: var(--lt-color-text, #1b1b1b);
    --_lt-color-text-muted: var(--lt-color-text-muted, #505a5f);
    --_lt-color-background: var(--lt-color-background, #ffffff);
    --_lt-color-surface: var(--lt-color-surface, #f3f2f1);
    --_lt-color-border: var(--lt-color-border, #767676);
    --_lt-color-primary: var(--lt-color-primary, #0b4f9c);
    --_lt-color-on-primary: var(--lt-color-on-primary, #ffffff);
    --_lt-color-danger: var(--lt-color-danger, #b3261e);
    --_lt-color-success: var(--lt-color-success, #1e6b34);
    --_lt-color-focus: var(--lt-color-focus, #0b57d0);
    --_lt-focus-ring-width: var(--lt-focus-ring-width, 3px);
    --_lt-focus-ring-offset: var(--lt-focus-ring-offset, 2px);
    --_lt-space-1: var(--lt-space-1, 0.25rem);
    --_lt-space-2: var(--lt-space-2, 0.5rem);
    --_lt-space-3: var(--lt-space-3, 0.75rem);
    --_lt-space-4: var(--lt-space-4, 1rem);
    --_lt-space-5: var(--lt-space-5, 1.5rem);
    --_lt-space-6: var(--lt-space-6, 2rem);
    --_lt-radius: var(--lt-radius, 0.25rem);

    display: block;
    font-family: var(--_lt-font-family);
    font-size: var(--_lt-font-size);
    line-height: var(--_lt-line-height);
    color: var(--_lt-color-text);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  :focus-visible {
    outline: var(--_lt-focus-ring-width) solid var(--_lt-color-focus);
    outline-offset: var(--_lt-focus-ring-offset);
  }

  .lt-visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .lt-button {
    display: inline-flex;
    align-items: center;
    gap: var(--_lt-space-2);
    min-block-size: 2.75rem;
    padding-block: var(--_lt-space-2);
    padding-inline: var(--_lt-space-4);
    border: 2px solid var(--_lt-color-primary);
    border-radius: var(--_lt-radius);
    background: var(--_lt-color-primary);
    color: var(--_lt-color-on-primary);
    font: inherit;
    cursor: pointer;
  }

  .lt-button:hover {
    text-decoration: underline;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`

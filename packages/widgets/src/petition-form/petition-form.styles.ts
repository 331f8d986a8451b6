import { css } from 'lit'

/**
 * Styles of `<lt-petition-form>`, on top of `baseStyles`: GOV.UK-like questions (bold labels,
 * muted hints, inline errors with a bar at the start edge, large radios), an error summary, a
 * check-your-answers list and a receipt panel. Logical properties only, so Urdu (right to left)
 * needs nothing of its own.
 */
export const petitionFormStyles = css`
  :host {
    --_lt-petition-form-width: var(--lt-petition-form-width, 40em);
    --_lt-petition-receipt-background: var(
      --lt-petition-receipt-background,
      var(--_lt-color-success)
    );
  }

  .lt-root {
    display: flex;
    flex-direction: column;
    gap: var(--_lt-space-4);
    background: var(--_lt-color-background);
    max-inline-size: calc(var(--_lt-petition-form-width) + 4rem);
  }

  p {
    margin: 0;
  }

  .title {
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.25;
  }

  .step {
    color: var(--_lt-color-text-muted);
  }

  /* Headings take focus only to move screen readers along; no ring around a whole line. */
  .title:focus,
  .step-heading:focus {
    outline: none;
  }

  .date {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lt-space-4);
  }

  .date-part {
    display: flex;
    flex-direction: column;
    gap: var(--_lt-space-1);
  }

  .input.date-day,
  .input.date-month {
    inline-size: calc(2ch + 2 * var(--_lt-space-3) + 4px);
  }

  .input.date-year {
    inline-size: calc(4ch + 2 * var(--_lt-space-3) + 4px);
  }

  .field-invalid .date .input {
    border-color: var(--_lt-color-danger);
  }

  .step-heading {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.3;
  }

  .section-heading {
    font-size: 1.25em;
    font-weight: 700;
    margin-block-start: var(--_lt-space-3);
  }

  .step-content {
    display: flex;
    flex-direction: column;
    gap: var(--_lt-space-4);
  }

  .step-content[inert] {
    opacity: 0.6;
  }

  .form,
  .section {
    display: flex;
    flex-direction: column;
    gap: var(--_lt-space-5);
    margin: 0;
  }

  .section {
    gap: var(--_lt-space-4);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_lt-space-1);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .field-invalid {
    padding-inline-start: var(--_lt-space-4);
    border-inline-start: 5px solid var(--_lt-color-danger);
  }

  .legend {
    padding: 0;
    margin-block-end: var(--_lt-space-2);
  }

  .label,
  .legend.small {
    font-weight: 700;
    font-size: 1.125em;
  }

  .optional {
    font-weight: 400;
  }

  .hint,
  .note,
  .privacy,
  .promise {
    color: var(--_lt-color-text-muted);
    max-inline-size: var(--_lt-petition-form-width);
  }

  .promise,
  .privacy {
    padding-block: var(--_lt-space-3);
    padding-inline: var(--_lt-space-4);
    border-inline-start: 5px solid var(--_lt-color-primary);
    background: var(--_lt-color-surface);
    color: var(--_lt-color-text);
  }

  .warning,
  .warning-text {
    color: var(--_lt-color-text);
    font-weight: 700;
  }

  .field-error {
    color: var(--_lt-color-danger);
    font-weight: 700;
  }

  .input {
    inline-size: 100%;
    max-inline-size: var(--_lt-petition-form-width);
    min-block-size: 2.75rem;
    padding-block: var(--_lt-space-2);
    padding-inline: var(--_lt-space-3);
    border: 2px solid var(--_lt-color-text);
    border-radius: 0;
    background: var(--_lt-color-background);
    color: var(--_lt-color-text);
    font: inherit;
  }

  .input.medium {
    max-inline-size: 20ch;
  }

  .input.short {
    max-inline-size: 8ch;
  }

  .textarea {
    min-block-size: 12rem;
    resize: vertical;
  }

  .input:focus {
    outline: var(--_lt-focus-ring-width) solid var(--_lt-color-focus);
    outline-offset: 0;
  }

  .field-invalid > .input {
    border-color: var(--_lt-color-danger);
  }

  .count {
    color: var(--_lt-color-text-muted);
  }

  .count.over {
    color: var(--_lt-color-danger);
    font-weight: 700;
  }

  .radios {
    display: flex;
    flex-direction: column;
    gap: var(--_lt-space-3);
  }

  .radio {
    display: grid;
    grid-template-columns: 1.75rem 1fr;
    column-gap: var(--_lt-space-3);
    align-items: start;
  }

  .radio input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    margin-block-start: 0.1rem;
    accent-color: var(--_lt-color-text);
  }

  .radio-label {
    font-size: 1.0625em;
    cursor: pointer;
  }

  .radio-hint {
    grid-column: 2;
  }

  .representative {
    display: flex;
    flex-direction: column;
    gap: var(--_lt-space-2);
    padding: var(--_lt-space-3);
    border: 1px solid var(--_lt-color-border);
    border-radius: var(--_lt-radius);
    margin-block-end: var(--_lt-space-3);
    align-items: flex-start;
  }

  .representative .field {
    inline-size: 100%;
  }

  .files {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: var(--_lt-space-2);
  }

  .files li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_lt-space-2);
  }

  .file-size {
    color: var(--_lt-color-text-muted);
  }

  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lt-space-3);
    align-items: center;
  }

  .lt-button.secondary {
    background: var(--_lt-color-surface);
    color: var(--_lt-color-text);
    border-color: var(--_lt-color-border);
  }

  .lt-button.danger {
    background: var(--_lt-color-danger);
    border-color: var(--_lt-color-danger);
  }

  .lt-button.small {
    min-block-size: 2.25rem;
    padding-block: var(--_lt-space-1);
    padding-inline: var(--_lt-space-3);
  }

  .draft-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_lt-space-3);
  }

  .draft-status {
    color: var(--_lt-color-text-muted);
  }

  .draft-status:empty {
    display: none;
  }

  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_lt-space-3);
    padding: var(--_lt-space-3);
    border: 2px solid var(--_lt-color-danger);
    border-radius: var(--_lt-radius);
  }

  .confirm p {
    flex-basis: 100%;
    font-weight: 700;
  }

  .summary-list {
    display: flex;
    flex-direction: column;
    gap: var(--_lt-space-1);
  }

  .answers {
    margin: 0;
    max-inline-size: calc(var(--_lt-petition-form-width) + 10em);
  }

  .answer {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) 2fr auto;
    gap: var(--_lt-space-3);
    padding-block: var(--_lt-space-3);
    border-block-end: 1px solid var(--_lt-color-border);
  }

  .answer dt {
    font-weight: 700;
  }

  .answer dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .answer-value {
    white-space: pre-line;
  }

  .answer a,
  .declaration a {
    color: var(--_lt-color-primary);
  }

  .state {
    padding-block: var(--_lt-space-3);
    padding-inline: var(--_lt-space-4);
    border-radius: var(--_lt-radius);
    background: var(--_lt-color-surface);
  }

  .state.error {
    border-inline-start: 5px solid var(--_lt-color-danger);
  }

  .outbox {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_lt-space-3);
    padding: var(--_lt-space-4);
    border-inline-start: 5px solid var(--_lt-color-primary);
    background: var(--_lt-color-surface);
  }

  .outbox.waiting,
  .outbox.offline {
    border-inline-start-color: var(--_lt-color-danger);
  }

  .receipt {
    padding: var(--_lt-space-5);
    background: var(--_lt-petition-receipt-background);
    color: var(--_lt-color-on-primary);
    text-align: center;
  }

  .tracking-code {
    font-size: 2em;
    font-weight: 700;
    letter-spacing: 0.05em;
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace;
  }

  .due-dates {
    margin: 0;
    padding-inline-start: var(--_lt-space-5);
    display: flex;
    flex-direction: column;
    gap: var(--_lt-space-2);
  }

  .due-dates li > span {
    margin-inline-end: var(--_lt-space-2);
  }

  .due-step {
    font-weight: 700;
  }

  .legal-basis {
    color: var(--_lt-color-text-muted);
  }

  @media (max-width: 40em) {
    .answer {
      grid-template-columns: 1fr;
      gap: var(--_lt-space-1);
    }
  }
`

import { css } from 'lit'

/**
 * Styles of `<lt-petition-status>`, on top of `baseStyles`: a GOV.UK-like form (error summary,
 * inline error with a bar at the start edge) and the status with its timeline. Logical properties
 * only, so Urdu (right to left) needs nothing of its own.
 */
export const petitionStatusStyles = css`
  :host {
    --_lt-petition-stage-background: var(--lt-petition-stage-background, #e8f0fb);
    --_lt-petition-timeline-color: var(--lt-petition-timeline-color, var(--_lt-color-primary));
    --_lt-petition-input-width: var(--lt-petition-input-width, 16ch);
  }

  .lt-root {
    display: flex;
    flex-direction: column;
    gap: var(--_lt-space-4);
    background: var(--_lt-color-background);
  }

  .title {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.3;
  }

  .summary-list a:hover {
    text-decoration-thickness: 3px;
  }

  .form {
    margin: 0;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_lt-space-1);
  }

  .field-invalid {
    padding-inline-start: var(--_lt-space-4);
    border-inline-start: 5px solid var(--_lt-color-danger);
  }

  .label {
    font-weight: 700;
    font-size: 1.125em;
  }

  .hint {
    color: var(--_lt-color-text-muted);
    max-inline-size: 40em;
  }

  .field-error {
    margin: 0;
    color: var(--_lt-color-danger);
    font-weight: 700;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    gap: var(--_lt-space-3);
    margin-block-start: var(--_lt-space-1);
  }

  .input {
    inline-size: calc(var(--_lt-petition-input-width) + 2 * var(--_lt-space-3));
    max-inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: var(--_lt-space-2);
    padding-inline: var(--_lt-space-3);
    border: 2px solid var(--_lt-color-text);
    border-radius: 0;
    background: var(--_lt-color-background);
    color: var(--_lt-color-text);
    font: inherit;
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    font-size: 1.125em;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }

  .input:focus {
    outline: var(--_lt-focus-ring-width) solid var(--_lt-color-focus);
    outline-offset: 0;
  }

  .field-invalid .input {
    border-color: var(--_lt-color-danger);
  }

  .state {
    margin: 0;
    padding-block: var(--_lt-space-3);
    padding-inline: var(--_lt-space-4);
    border-radius: var(--_lt-radius);
    background: var(--_lt-color-surface);
  }

  .error {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_lt-space-3);
    border-inline-start: 5px solid var(--_lt-color-danger);
  }

  .error-message {
    margin: 0;
  }

  .status {
    display: flex;
    flex-direction: column;
    gap: var(--_lt-space-3);
  }

  .status-heading {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
  }

  .section-heading {
    margin-block-start: var(--_lt-space-2);
    font-size: 1.125em;
    font-weight: 700;
  }

  .details {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    margin: 0;
    border-block-start: 1px solid #b1b4b6;
  }

  .details > div {
    display: contents;
  }

  .details dt,
  .details dd {
    margin: 0;
    padding-block: var(--_lt-space-2);
    border-block-end: 1px solid #b1b4b6;
  }

  .details dt {
    padding-inline-end: var(--_lt-space-4);
    font-weight: 700;
  }

  .stage {
    display: inline-block;
    padding-block: var(--_lt-space-1);
    padding-inline: var(--_lt-space-2);
    border-radius: var(--_lt-radius);
    background: var(--_lt-petition-stage-background);
    color: var(--_lt-color-text);
    font-weight: 700;
  }

  .stage.closed {
    background: var(--_lt-color-surface);
  }

  .open-state {
    margin-inline-start: var(--_lt-space-2);
    color: var(--_lt-color-text-muted);
  }

  .due-dates {
    display: flex;
    flex-direction: column;
    gap: var(--_lt-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .due {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_lt-space-3);
    padding-block: var(--_lt-space-2);
    padding-inline: var(--_lt-space-3);
    border-inline-start: 4px solid var(--_lt-color-border);
    background: var(--_lt-color-surface);
  }

  .due.missed {
    border-inline-start-color: var(--_lt-color-danger);
  }

  .due.met {
    border-inline-start-color: var(--_lt-color-success);
  }

  .due-step {
    font-weight: 700;
  }

  .due-status {
    font-weight: 700;
  }

  .due-status.missed {
    color: var(--_lt-color-danger);
  }

  .due-status.met {
    color: var(--_lt-color-success);
  }

  .due-status::before {
    content: '• ';
  }

  .due-status.missed::before {
    content: '⚠ ';
  }

  .due-status.met::before {
    content: '✓ ';
  }

  .legal-basis {
    flex-basis: 100%;
    color: var(--_lt-color-text-muted);
    font-size: 0.875em;
  }

  .timeline {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .event {
    position: relative;
    display: flex;
    flex-direction: column;
    padding-block-end: var(--_lt-space-4);
    padding-inline-start: var(--_lt-space-5);
    border-inline-start: 2px solid var(--_lt-petition-timeline-color);
    margin-inline-start: 0.45rem;
  }

  .event:last-child {
    border-inline-start-color: transparent;
    padding-block-end: 0;
  }

  .event::before {
    content: '';
    position: absolute;
    inset-block-start: 0.3em;
    inset-inline-start: calc(-0.45rem - 1px);
    inline-size: 0.9rem;
    block-size: 0.9rem;
    border-radius: 50%;
    background: var(--_lt-petition-timeline-color);
  }

  .event time {
    color: var(--_lt-color-text-muted);
    font-size: 0.875em;
  }

  .event-name {
    font-weight: 700;
  }

  .privacy {
    margin: 0;
    color: var(--_lt-color-text-muted);
    font-size: 0.875em;
  }
`

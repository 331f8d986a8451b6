import { css } from 'lit'

/**
 * The GOV.UK-style error summary shared by the form elements: a box with a thick danger border,
 * its title, and the list of links to the fields in error (each element lays the list out).
 * Internal.
 */
export const errorSummaryStyles = css`
  .error-summary {
    padding: var(--_lt-space-4);
    border: 4px solid var(--_lt-color-danger);
    border-radius: var(--_lt-radius);
  }

  .summary-title {
    margin-block-end: var(--_lt-space-2);
    font-size: 1.25em;
    font-weight: 700;
  }

  .summary-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .summary-list a {
    color: var(--_lt-color-danger);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
`

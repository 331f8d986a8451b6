import { css } from 'lit'

/**
 * The styles `<lt-weekly-schedule>` and `<lt-meeting-calendar>` share, between `baseStyles` and
 * their own: the heading, secondary buttons, filter labels and the loading and error states.
 */
export const scheduleControlStyles = css`
  .heading {
    margin: 0;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
  }

  .lt-button.secondary {
    background: var(--_lt-color-background);
    color: var(--_lt-color-primary);
  }

  .filter {
    display: flex;
    flex-direction: column;
    gap: var(--_lt-space-1);
    font-weight: 600;
  }

  .state p {
    margin-block: 0 var(--_lt-space-2);
  }

  .state.error {
    border: 2px solid var(--_lt-color-danger);
  }

  .error-title {
    font-weight: 700;
    color: var(--_lt-color-danger);
  }
`

import { css } from 'lit'

/**
 * Styles of `<lt-weekly-schedule>`, on top of `scheduleControlStyles`. Logical properties only, so Urdu
 * (right to left) needs nothing of its own; a print stylesheet prints one clean week.
 */
export const weeklyScheduleStyles = css`
  :host {
    --_lt-schedule-header-background: var(
      --lt-schedule-header-background,
      var(--_lt-color-surface)
    );
    --_lt-schedule-day-background: var(--lt-schedule-day-background, #eef3f9);
    --_lt-schedule-today-background: var(--lt-schedule-today-background, #fff4ce);
    --_lt-schedule-conflict-color: var(--lt-schedule-conflict-color, var(--_lt-color-danger));
    --_lt-schedule-border: var(--lt-schedule-border, 1px solid #b1b4b6);
  }

  .lt-root {
    display: flex;
    flex-direction: column;
    gap: var(--_lt-space-3);
    background: var(--_lt-color-background);
  }

  .range {
    display: block;
    margin-block-start: var(--_lt-space-1);
    font-size: 0.75em;
    font-weight: 400;
    color: var(--_lt-color-text-muted);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--_lt-space-3);
  }

  .navigation,
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_lt-space-2);
  }

  /*
   * A select is as wide as its longest option (a body's full name): the filters may shrink below
   * that, so on a phone the select fits the width and its text is cut instead of the page scrolling.
   */
  .filters,
  .filter {
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  select {
    min-block-size: 2.75rem;
    min-inline-size: 12rem;
    max-inline-size: 100%;
    padding-block: var(--_lt-space-1);
    padding-inline: var(--_lt-space-2);
    border: 2px solid var(--_lt-color-border);
    border-radius: var(--_lt-radius);
    background: var(--_lt-color-background);
    color: var(--_lt-color-text);
    font: inherit;
    font-weight: 400;
  }

  .time-zone,
  .notice {
    margin: 0;
    color: var(--_lt-color-text-muted);
  }

  .notice summary {
    cursor: pointer;
  }

  .table-region {
    overflow-x: auto;
    border: var(--_lt-schedule-border);
    border-radius: var(--_lt-radius);
  }

  table {
    inline-size: 100%;
    min-inline-size: 76rem;
    table-layout: fixed;
    border-collapse: collapse;
    font-size: 0.9375em;
  }

  col.col-day {
    inline-size: 7rem;
  }

  col.col-session {
    inline-size: 4.5rem;
  }

  col.col-time {
    inline-size: 6.5rem;
  }

  col.col-leaders {
    inline-size: 10rem;
  }

  col.col-venue {
    inline-size: 9rem;
  }

  col.col-host,
  col.col-participants,
  col.col-preparing {
    inline-size: 8rem;
  }

  th,
  td {
    padding-block: var(--_lt-space-2);
    padding-inline: var(--_lt-space-2);
    border: var(--_lt-schedule-border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: break-word;
  }

  thead th {
    background: var(--_lt-schedule-header-background);
    font-weight: 700;
    vertical-align: bottom;
  }

  tr > :first-child {
    border-inline-start: 0;
  }

  tr > :last-child {
    border-inline-end: 0;
  }

  .day {
    background: var(--_lt-schedule-day-background);
  }

  .day[aria-current='date'] {
    background: var(--_lt-schedule-today-background);
  }

  .weekday {
    display: block;
    font-weight: 700;
  }

  .day time {
    font-weight: 400;
  }

  .session {
    font-weight: 600;
  }

  .time {
    font-variant-numeric: tabular-nums;
  }

  .title {
    font-weight: 600;
  }

  .day-empty {
    color: var(--_lt-color-text-muted);
    font-style: italic;
  }

  .names {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .badges {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_lt-space-1);
    margin-inline-start: var(--_lt-space-1);
    vertical-align: text-bottom;
  }

  .badge {
    padding-inline: var(--_lt-space-1);
    border: 1px solid currentColor;
    border-radius: var(--_lt-radius);
    font-size: 0.8125em;
    font-weight: 600;
    white-space: nowrap;
  }

  .cancelled .title,
  .postponed .title {
    text-decoration: line-through;
  }

  tr.clash > td.content {
    border-inline-start: 4px solid var(--_lt-schedule-conflict-color);
  }

  .conflict {
    margin-block-start: var(--_lt-space-1);
    color: var(--_lt-schedule-conflict-color);
  }

  .conflict.warning,
  .conflict.info {
    color: var(--_lt-color-text);
  }

  .conflict summary {
    display: inline-flex;
    align-items: center;
    gap: var(--_lt-space-1);
    font-weight: 700;
    cursor: pointer;
  }

  .conflict ul {
    margin-block: var(--_lt-space-1) 0;
    padding-inline-start: var(--_lt-space-4);
    color: var(--_lt-color-text);
  }

  .icon {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    fill: currentColor;
  }

  .state {
    padding: var(--_lt-space-4);
    border: var(--_lt-schedule-border);
    border-radius: var(--_lt-radius);
  }

  @media print {
    :host {
      font-size: 8.5pt;
      line-height: 1.3;
      color: #000;
    }

    .lt-root {
      background: none;
    }

    .toolbar,
    .notice,
    .conflict summary::marker {
      display: none;
    }

    .table-region {
      overflow: visible;
      border: 0;
    }

    table {
      min-inline-size: 0;
      table-layout: fixed;
      font-size: inherit;
    }

    th,
    td,
    thead th,
    .day,
    .day[aria-current='date'] {
      padding-block: 2pt;
      padding-inline: 3pt;
      border: 0.5pt solid #000;
      background: none;
      overflow-wrap: anywhere;
    }

    tr > :first-child {
      border-inline-start: 0.5pt solid #000;
    }

    tr > :last-child {
      border-inline-end: 0.5pt solid #000;
    }

    tr.clash > td.content {
      border-inline-start: 2pt solid #000;
    }

    col.col-day {
      inline-size: 10%;
    }

    col.col-session {
      inline-size: 6%;
    }

    col.col-time {
      inline-size: 9%;
    }

    col.col-leaders {
      inline-size: 13%;
    }

    col.col-venue {
      inline-size: 11%;
    }

    col.col-host,
    col.col-participants,
    col.col-preparing {
      inline-size: 9.5%;
    }

    thead {
      display: table-header-group;
    }

    tr {
      break-inside: avoid;
    }

    thead,
    .heading {
      break-after: avoid;
    }

    .conflict,
    .conflict ul {
      color: #000;
    }

    .conflict ul {
      display: none;
    }
  }
`

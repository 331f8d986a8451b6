import { css } from 'lit'

/** Styles of `<lt-meeting-calendar>`, on top of `scheduleControlStyles`; logical properties only. */
export const meetingCalendarStyles = css`
  :host {
    --_lt-calendar-chip-background: var(--lt-calendar-chip-background, #e8f0fb);
    --_lt-calendar-today-background: var(--lt-calendar-today-background, #fff4ce);
    --_lt-calendar-conflict-color: var(--lt-calendar-conflict-color, var(--_lt-color-danger));
    --_lt-calendar-off-hours-background: var(--lt-calendar-off-hours-background, #f3f2f1);
    --_lt-hour: var(--lt-calendar-hour-height, 3.5rem);
    --_lt-slot: calc(var(--_lt-hour) / 4);
  }

  .org-0 {
    --_lt-org: var(--lt-calendar-org-0, #1d70b8);
  }

  .org-1 {
    --_lt-org: var(--lt-calendar-org-1, #00703c);
  }

  .org-2 {
    --_lt-org: var(--lt-calendar-org-2, #912b88);
  }

  .org-3 {
    --_lt-org: var(--lt-calendar-org-3, #b35900);
  }

  .org-4 {
    --_lt-org: var(--lt-calendar-org-4, #4c2c92);
  }

  .org-5 {
    --_lt-org: var(--lt-calendar-org-5, #00756f);
  }

  .org-6 {
    --_lt-org: var(--lt-calendar-org-6, #a8233a);
  }

  .org-7 {
    --_lt-org: var(--lt-calendar-org-7, #505a5f);
  }

  .lt-root {
    display: flex;
    flex-direction: column;
    gap: var(--_lt-space-3);
  }

  .range {
    display: block;
    font-size: 0.75em;
    font-weight: 400;
    color: var(--_lt-color-text-muted);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_lt-space-3);
  }

  .group {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lt-space-2);
  }

  .lt-button.secondary[aria-pressed='true'] {
    background: var(--_lt-color-primary);
    color: var(--_lt-color-on-primary);
  }

  table.month {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }

  th {
    padding: var(--_lt-space-1);
    font-weight: 700;
    text-align: center;
    background: var(--_lt-color-surface);
    border: 1px solid #b1b4b6;
  }

  abbr {
    text-decoration: none;
  }

  td.day {
    block-size: 7.5rem;
    padding: var(--_lt-space-1);
    vertical-align: top;
    border: 1px solid #b1b4b6;
    cursor: pointer;
  }

  td.outside {
    background: var(--_lt-color-surface);
  }

  td.outside .number {
    color: var(--_lt-color-text-muted);
  }

  td[aria-current='date'] {
    background: var(--_lt-calendar-today-background);
  }

  td.day:focus-visible {
    outline-offset: -3px;
  }

  td[tabindex='0'] .number {
    border-radius: 50%;
    background: var(--_lt-color-primary);
    color: var(--_lt-color-on-primary);
  }

  .number {
    display: inline-block;
    min-inline-size: 1.75em;
    padding-inline: var(--_lt-space-1);
    font-weight: 700;
    text-align: center;
  }

  .chips,
  .meetings,
  .conflict ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .chip,
  .more {
    display: flex;
    align-items: center;
    gap: var(--_lt-space-1);
    inline-size: 100%;
    margin-block-start: 2px;
    padding-block: 1px;
    padding-inline: var(--_lt-space-1);
    overflow: hidden;
    border: 0;
    border-radius: var(--_lt-radius);
    background: var(--_lt-calendar-chip-background);
    color: var(--_lt-color-text);
    font: inherit;
    font-size: 0.8125em;
    text-align: start;
    white-space: nowrap;
    text-overflow: ellipsis;
    cursor: pointer;
  }

  .chip {
    border-inline-start: 4px solid var(--_lt-org, transparent);
  }

  .chip-title {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .cancelled,
  .postponed {
    text-decoration: line-through;
  }

  .badge {
    padding-inline: var(--_lt-space-1);
    border: 1px solid currentColor;
    border-radius: var(--_lt-radius);
    font-size: 0.8125em;
    font-weight: 600;
  }

  .chip-time {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  .more {
    background: none;
    color: var(--_lt-color-primary);
    font-weight: 600;
    text-decoration: underline;
  }

  .icon {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    fill: var(--_lt-calendar-conflict-color);
  }

  .day-panel,
  .agenda-day {
    padding: var(--_lt-space-3);
    border: 1px solid #b1b4b6;
    border-radius: var(--_lt-radius);
  }

  .agenda {
    display: flex;
    flex-direction: column;
    gap: var(--_lt-space-3);
  }

  .panel-title {
    margin-block-end: var(--_lt-space-2);
    font-weight: 700;
  }

  .meetings > li {
    margin-block-end: var(--_lt-space-2);
  }

  .meetings > li.clash {
    padding-inline-start: var(--_lt-space-2);
    border-inline-start: 4px solid var(--_lt-calendar-conflict-color);
  }

  .meeting {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lt-space-1) var(--_lt-space-3);
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: var(--_lt-space-2);
    padding-inline: var(--_lt-space-2);
    border: 1px solid var(--_lt-color-border);
    border-radius: var(--_lt-radius);
    background: var(--_lt-color-background);
    color: var(--_lt-color-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .meeting .time {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  .meeting .title {
    font-weight: 600;
  }

  .meeting {
    border-inline-start: 6px solid var(--_lt-org, var(--_lt-color-border));
  }

  .meeting .venue,
  .meeting .host {
    color: var(--_lt-color-text-muted);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lt-space-3);
  }

  /* A select is as wide as its longest option: on a phone it fits the width and cuts its text. */
  .filters,
  .filter {
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  select {
    min-block-size: 2.75rem;
    min-inline-size: 12rem;
    max-inline-size: 100%;
    padding-inline: var(--_lt-space-2);
    border: 2px solid var(--_lt-color-border);
    border-radius: var(--_lt-radius);
    background: var(--_lt-color-background);
    color: var(--_lt-color-text);
    font: inherit;
    font-weight: 400;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_lt-space-2);
  }

  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lt-space-1) var(--_lt-space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .legend li {
    display: inline-flex;
    align-items: center;
    gap: var(--_lt-space-1);
  }

  .legend-title {
    font-weight: 600;
  }

  details.legend {
    display: block;
  }

  details.legend summary {
    cursor: pointer;
  }

  details.legend ul {
    margin-block-start: var(--_lt-space-2);
  }

  .swatch {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    border-radius: 2px;
    background: var(--_lt-org);
  }

  .conflict {
    margin-block-start: var(--_lt-space-1);
  }

  .mark,
  .conflicts summary {
    display: inline-flex;
    align-items: center;
    gap: var(--_lt-space-1);
    font-weight: 700;
    color: var(--_lt-calendar-conflict-color);
  }

  .conflicts summary {
    cursor: pointer;
  }

  .conflicts ul {
    padding-inline-start: var(--_lt-space-5);
  }

  .state {
    padding: var(--_lt-space-4);
    border: 1px solid #b1b4b6;
    border-radius: var(--_lt-radius);
  }

  .empty-note {
    margin: 0;
    color: var(--_lt-color-text-muted);
  }

  .time-region {
    max-inline-size: 100%;
    overflow-x: auto;
  }

  table.time-grid {
    inline-size: 100%;
    min-inline-size: 48rem;
    table-layout: fixed;
    border-collapse: collapse;
  }

  table.time-grid.day {
    min-inline-size: 0;
  }

  .time-grid th.corner,
  .time-grid th.hour {
    inline-size: 4.5rem;
  }

  .time-grid thead th.today {
    background: var(--_lt-calendar-today-background);
  }

  .column-day {
    display: block;
  }

  .column-date {
    font-weight: 400;
  }

  .time-grid th.hour {
    padding-block: 0;
    padding-inline: var(--_lt-space-1);
    vertical-align: top;
    font-weight: 400;
    font-variant-numeric: tabular-nums;
    text-align: end;
    background: var(--_lt-color-background);
  }

  .time-grid td {
    padding: 0;
    vertical-align: top;
    border: 1px solid #b1b4b6;
    cursor: pointer;
  }

  .time-grid td.all-day {
    padding: 2px;
    border-block-end: 3px double #b1b4b6;
  }

  .time-grid td.slot {
    position: relative;
    block-size: var(--_lt-hour);
  }

  .time-grid td.slot.off {
    background: var(--_lt-calendar-off-hours-background);
  }

  .time-grid td.slot.off-a {
    background: linear-gradient(
      to bottom,
      var(--_lt-calendar-off-hours-background) 50%,
      transparent 50%
    );
  }

  .time-grid td.slot.off-b {
    background: linear-gradient(
      to bottom,
      transparent 50%,
      var(--_lt-calendar-off-hours-background) 50%
    );
  }

  .time-grid td:focus-visible {
    outline-offset: -3px;
    z-index: 2;
  }

  .time-grid td[tabindex='0'] {
    box-shadow: inset 0 0 0 2px var(--_lt-color-primary);
  }

  .now-line {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    border-block-start: 2px solid var(--_lt-calendar-conflict-color);
    pointer-events: none;
  }

  .event {
    position: absolute;
    z-index: 1;
    display: flex;
    flex-direction: column;
    align-items: stretch;
    box-sizing: border-box;
    min-block-size: 1.25rem;
    margin-block-start: 1px;
    padding-block: 0;
    padding-inline: var(--_lt-space-1);
    overflow: hidden;
    border: 1px solid var(--_lt-color-background);
    border-inline-start: 4px solid var(--_lt-org, var(--_lt-color-border));
    border-radius: var(--_lt-radius);
    background: var(--_lt-calendar-chip-background);
    color: var(--_lt-color-text);
    font: inherit;
    font-size: 0.8125em;
    line-height: 1.25;
    text-align: start;
    cursor: pointer;
  }

  /* A part of a meeting running across midnight (or past the grid's hours): square, open edges. */
  .event.from-before,
  .event.cut-start {
    margin-block-start: 0;
    border-block-start: 2px dotted var(--_lt-org, var(--_lt-color-border));
    border-start-start-radius: 0;
    border-start-end-radius: 0;
  }

  .event.goes-on,
  .event.cut-end {
    border-block-end: 2px dotted var(--_lt-org, var(--_lt-color-border));
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }

  .event.clash {
    outline: 2px dashed var(--_lt-calendar-conflict-color);
    outline-offset: -2px;
  }

  .event .icon {
    margin-inline-end: 2px;
    vertical-align: -0.15em;
  }

  .event-time {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .event-title {
    overflow: hidden;
  }

  /*
   * The time reads left to right in every language, and a narrow event cuts it at its end: in
   * Urdu too the start shows (an ellipsis at the far side of an RTL box would hide the start).
   */
  .clock {
    display: inline-block;
    max-inline-size: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    vertical-align: bottom;
    direction: ltr;
  }

  .event:hover,
  .chip:hover {
    text-decoration: underline;
  }

  .focus-note {
    padding: var(--_lt-space-2) var(--_lt-space-3);
    border-inline-start: 4px solid var(--_lt-calendar-conflict-color);
    background: var(--_lt-color-surface);
  }

  .focus-note p {
    margin: 0 0 var(--_lt-space-1);
  }

  .focus-note ul {
    margin: 0;
    padding-inline-start: var(--_lt-space-5);
  }

  .focus-note .title {
    font-weight: 600;
  }
`

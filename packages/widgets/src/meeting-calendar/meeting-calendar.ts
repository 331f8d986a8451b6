import type { Meeting } from '@lienthong/core/meeting'
import type { Organization, Person, Venue } from '@lienthong/core/office'
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { property, state } from 'lit/decorators.js'
import type { RangeChangeDetail } from '../internal/events.js'
import { defaultFetchTimeoutMs } from '../internal/fetch-json.js'
import { defaultTimeZone } from '../internal/i18n.js'
import { LienthongElement } from '../internal/lienthong-element.js'
import { DateFormatters, explainConflict, namesOf, type Names } from '../internal/meeting-text.js'
import type { ScheduleConflict, ScheduleData } from '../internal/schedule-data.js'
import { ScheduleSource } from '../internal/schedule-source.js'
import { scheduleControlStyles } from '../internal/schedule-styles.js'
import {
  filterOptions,
  renderFilterOptions,
  renderLoadState,
  statusKeys,
  warningIcon,
  weekdayKeys,
} from '../internal/schedule-view.js'
import { baseStyles } from '../internal/styles.js'
import {
  addCalendarDays,
  addCalendarMonths,
  calendarDateForFormatting,
  firstOfMonth,
  isCalendarDate,
  isTimeZone,
  lastOfMonth,
  mondayOf,
  startOfDateIn,
  todayIn,
} from '../internal/zoned-time.js'
import { buildWeek, type Entry } from '../weekly-schedule/week-model.js'
import { meetingCalendarStyles } from './meeting-calendar.styles.js'

/**
 * The `detail` of an `lt-select` event: the meeting chosen, and the day it was chosen on.
 *
 * @category Events
 * @example
 * ```ts
 * import type { SelectDetail } from '@lienthong/widgets'
 *
 * document.querySelector('lt-meeting-calendar')?.addEventListener('lt-select', (event) => {
 *   const { meeting }: SelectDetail = event.detail
 *   console.log(meeting.title)
 * })
 * ```
 */
export interface SelectDetail {
  /** The meeting, as given to the element. */
  readonly meeting: Meeting
  /** The day (`YYYY-MM-DD`) it was chosen on: a meeting over several days appears on each. */
  readonly date: string
}

declare global {
  interface HTMLElementEventMap {
    'lt-select': CustomEvent<SelectDetail>
  }
  interface HTMLElementTagNameMap {
    'lt-meeting-calendar': MeetingCalendar
  }
}

/** The views of `<lt-meeting-calendar>` (week and day views are still to come). */
export type CalendarView = 'month' | 'agenda'

/** How many organisation colours there are (`--lt-calendar-org-0` … `-7`); then they repeat. */
const paletteSize = 8

interface Day {
  readonly date: string
  readonly entries: readonly Entry[]
}

/**
 * A meeting calendar for the offices of a city or province, with a month view (a WAI-ARIA grid:
 * one tab stop, arrow keys between days, Home/End for the week, PageUp/PageDown for months,
 * Enter to list the day's meetings) and an agenda (list) view. Crowded days show the first
 * meetings and "+N more"; the others are rendered only when the day is opened. Meetings in a
 * conflict carry a mark (an icon, and a word for screen readers, not colour alone), and the
 * month's conflicts are listed and explained under the grid.
 *
 * Data as for `<lt-weekly-schedule>`: the `meetings`, `people`, `venues`, `organizations` and
 * `conflicts` properties, or a `src` URL returning `{ meetings, people?, venues?,
 * organizations?, conflicts? }` JSON, validated with `@lienthong/core`. Without conflicts given,
 * the element finds double bookings itself with core's `detectConflicts`.
 *
 * @summary Month and agenda views of meetings, keyboard-operable, with conflicts explained.
 *
 * @slot title - Replaces the visible heading ("Lịch họp").
 *
 * @csspart heading - The heading (title and month).
 * @csspart toolbar - The row of navigation and view buttons.
 * @csspart button - Every button of the toolbar and the day panel.
 * @csspart filters - The group of filter selects (body, person, kind of meeting).
 * @csspart legend - Which colour stands for which host body.
 * @csspart grid - The month grid (a table with role grid).
 * @csspart day - A day cell of the month grid.
 * @csspart chip - A meeting inside a day cell.
 * @csspart more - The "+N more" button of a crowded day.
 * @csspart day-panel - The list of one day's meetings, opened from the grid.
 * @csspart meeting - A meeting button in the day panel or the agenda.
 * @csspart agenda - The agenda (list) view.
 * @csspart conflicts - The list of the month's conflicts.
 * @csspart empty - The message shown when the month has no meetings (agenda view).
 * @csspart loading - The loading message.
 * @csspart error - The error box (message and retry button).
 *
 * @cssprop --lt-calendar-chip-background - Background of meeting chips (default `#e8f0fb`).
 * @cssprop --lt-calendar-today-background - Background of today's cell (default `#fff4ce`).
 * @cssprop --lt-calendar-conflict-color - Colour of conflict marks (default `--lt-color-danger`).
 * @cssprop --lt-calendar-org-0 - Colour of the first host body (then `-1` … `-7`; eight colours, repeating).
 * @cssprop --lt-color-primary - Buttons and the focused day.
 *
 * @fires {CustomEvent<SelectDetail>} lt-select - A meeting was chosen (click, or Enter in the day panel or the agenda).
 * @fires {CustomEvent<RangeChangeDetail>} lt-range-change - The month shown changed; `detail` has the first and last day.
 *
 * @example
 * ```html
 * <lt-meeting-calendar src="/api/meetings.json" date="2026-03-04"></lt-meeting-calendar>
 * <script type="module">
 *   document.querySelector('lt-meeting-calendar').addEventListener('lt-select', (event) => {
 *     location.href = `/meetings/${encodeURIComponent(event.detail.meeting.id)}`
 *   })
 * </script>
 * ```
 */
export class MeetingCalendar extends LienthongElement {
  static override styles = [baseStyles, scheduleControlStyles, meetingCalendarStyles]

  /** The meetings to show (parsed, e.g. with `parseMeeting`). Ignored while `src` is set. */
  @property({ attribute: false }) accessor meetings: readonly Meeting[] = []

  /** People, for names in conflict explanations. Ignored while `src` is set. */
  @property({ attribute: false }) accessor people: readonly Person[] = []

  /** Venues, for their names. Ignored while `src` is set. */
  @property({ attribute: false }) accessor venues: readonly Venue[] = []

  /** Organisations, for their names. Ignored while `src` is set. */
  @property({ attribute: false }) accessor organizations: readonly Organization[] = []

  /** Conflicts to mark (e.g. from `detectConflicts`); when unset, double bookings are found. */
  @property({ attribute: false }) accessor conflicts: readonly ScheduleConflict[] | undefined =
    undefined

  /** A URL returning the meetings as JSON (see the class description). */
  @property() accessor src = ''

  /** Milliseconds to wait for `src` before showing a timeout error. */
  @property({ type: Number }) accessor timeout = defaultFetchTimeoutMs

  /** The day (`YYYY-MM-DD`) to start on and keep focused; today in the time zone by default. */
  @property() accessor date = ''

  /** `month` (default) or `agenda`. */
  @property({ reflect: true }) accessor view: CalendarView = 'month'

  /** The IANA time zone to place meetings on days in; each meeting's own zone by default. */
  @property({ attribute: 'time-zone' }) accessor timeZone = ''

  /** How many meetings a day cell shows before "+N more" (3 by default). */
  @property({ type: Number, attribute: 'max-events' }) accessor maxEvents = 3

  /** The id of the organisation to filter by (host, co-host, required or preparing); empty for all. */
  @property() accessor organization = ''

  /** The id of the person to filter by (chair or participant); empty for everyone. */
  @property() accessor person = ''

  /** The meeting kind to filter by (one of core's `meetingKinds`); empty for all. */
  @property() accessor kind = ''

  /** The `aria-level` of the heading (2 by default). */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2

  /** The day whose meetings are listed under the grid, or `''`. */
  @state() private accessor openDay = ''

  private readonly source = new ScheduleSource(
    this,
    () => this,
    'lt-meeting-calendar',
    () => (this.i18n.locale === 'vi' ? 'vi' : 'en'),
  )
  private readonly formatters = new DateFormatters(this.i18n)
  /** The colour class of a host organisation, for the render in progress. */
  private colourOf: (hostId: string) => string = () => 'org-0'
  /** What to focus after the next render: a day cell, or the first item of the day panel. */
  private focusAfterRender: { readonly kind: 'cell' | 'panel'; readonly date: string } | undefined

  /** The data shown (see `<lt-weekly-schedule>`'s `data`). */
  get data(): ScheduleData {
    return this.source.data
  }

  /** The focused day (`YYYY-MM-DD`). */
  get focusedDate(): string {
    return isCalendarDate(this.date) ? this.date.slice(0, 10) : todayIn(this.displayZone)
  }

  /** Shows the previous month and fires `lt-range-change`. */
  previousMonth(): void {
    this.goTo(addCalendarMonths(this.focusedDate, -1), 'previous')
  }

  /** Shows the next month and fires `lt-range-change`. */
  nextMonth(): void {
    this.goTo(addCalendarMonths(this.focusedDate, 1), 'next')
  }

  /** Shows the current month, focused on today, and fires `lt-range-change`. */
  today(): void {
    this.goTo(todayIn(this.displayZone), 'today')
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.source.sync(changed)
  }

  protected override updated(): void {
    const target = this.focusAfterRender
    if (!target) return
    this.focusAfterRender = undefined
    const element =
      target.kind === 'cell'
        ? this.renderRoot.querySelector<HTMLElement>(`td[data-date="${target.date}"]`)
        : this.renderRoot.querySelector<HTMLElement>('.day-panel .meeting, .day-panel .close')
    element?.focus()
  }

  private get displayZone(): string {
    return isTimeZone(this.timeZone) ? this.timeZone : defaultTimeZone
  }

  /** Moves to `date`, firing `lt-range-change` when the month changes. */
  private goTo(date: string, trigger: RangeChangeDetail['trigger'], focus = false): void {
    const before = firstOfMonth(this.focusedDate)
    this.date = date
    if (this.openDay && firstOfMonth(this.openDay) !== firstOfMonth(date)) this.openDay = ''
    if (focus) this.focusAfterRender = { kind: 'cell', date }
    const start = firstOfMonth(date)
    if (start === before) return
    const end = lastOfMonth(date)
    const zone = this.displayZone
    const detail: RangeChangeDetail = {
      start,
      end,
      from: startOfDateIn(start, zone),
      to: startOfDateIn(addCalendarDays(end, 1), zone),
      timeZone: zone,
      trigger,
    }
    this.dispatchEvent(
      new CustomEvent('lt-range-change', { detail, bubbles: true, composed: true }),
    )
  }

  private select(meeting: Meeting, date: string): void {
    const detail: SelectDetail = { meeting, date }
    this.dispatchEvent(new CustomEvent('lt-select', { detail, bubbles: true, composed: true }))
  }

  private openPanel(date: string): void {
    this.openDay = date
    this.focusAfterRender = { kind: 'panel', date }
  }

  private closePanel(): void {
    const date = this.openDay
    this.openDay = ''
    if (date) this.focusAfterRender = { kind: 'cell', date }
  }

  private onGridKeydown(event: KeyboardEvent): void {
    const focused = this.focusedDate
    const forward = this.i18n.dir === 'rtl' ? -1 : 1
    let next: string
    switch (event.key) {
      case 'ArrowRight':
        next = addCalendarDays(focused, forward)
        break
      case 'ArrowLeft':
        next = addCalendarDays(focused, -forward)
        break
      case 'ArrowDown':
        next = addCalendarDays(focused, 7)
        break
      case 'ArrowUp':
        next = addCalendarDays(focused, -7)
        break
      case 'Home':
        next = event.ctrlKey ? firstOfMonth(focused) : mondayOf(focused)
        break
      case 'End':
        next = event.ctrlKey ? lastOfMonth(focused) : addCalendarDays(mondayOf(focused), 6)
        break
      case 'PageUp':
        next = addCalendarMonths(focused, event.shiftKey ? -12 : -1)
        break
      case 'PageDown':
        next = addCalendarMonths(focused, event.shiftKey ? 12 : 1)
        break
      case 'Enter':
      case ' ':
        event.preventDefault()
        this.openPanel(focused)
        return
      default:
        return
    }
    event.preventDefault()
    this.goTo(next, next < focused ? 'previous' : 'next', true)
  }

  // ---- data ------------------------------------------------------------------------------------

  /** The days from the Monday on or before the 1st to the Sunday on or after the last day. */
  private gridDays(data: ScheduleData): Day[] {
    const first = mondayOf(firstOfMonth(this.focusedDate))
    const last = lastOfMonth(this.focusedDate)
    const zone = isTimeZone(this.timeZone) ? this.timeZone : undefined
    const days: Day[] = []
    const meetings = this.kind
      ? data.meetings.filter((meeting) => meeting.kind === this.kind)
      : data.meetings
    const filter = { leader: this.person, organization: this.organization }
    for (let monday = first; monday <= last; monday = addCalendarDays(monday, 7)) {
      for (const day of buildWeek(meetings, monday, zone, filter, data.conflicts)) {
        days.push({ date: day.date, entries: day.sessions.flatMap((group) => group.entries) })
      }
    }
    return days
  }

  /** Colour classes by host organisation: the hosts sorted by id, eight colours in turn. */
  private colours(data: ScheduleData): (hostId: string) => string {
    const hosts = [...new Set(data.meetings.map((meeting) => meeting.hostId))].sort()
    const index = new Map(hosts.map((id, position) => [id, position % paletteSize]))
    return (hostId) => `org-${index.get(hostId) ?? 0}`
  }

  // ---- formatting ------------------------------------------------------------------------------

  private formatDay(date: string, options: Intl.DateTimeFormatOptions): string {
    return this.formatters
      .get({ ...options, timeZone: 'UTC' })
      .format(calendarDateForFormatting(date))
  }

  private timeText(entry: Entry): string {
    const { meeting, zone } = entry
    if (meeting.allDay) return this.i18n.t('schedule.allDay')
    if (entry.continued) return this.i18n.t('schedule.continued')
    const named = !this.timeZone && zone !== defaultTimeZone
    return this.formatters
      .get({
        hour: '2-digit',
        minute: '2-digit',
        timeZone: zone,
        ...(named ? { timeZoneName: 'short' } : {}),
      })
      .formatRange(meeting.start, meeting.end)
  }

  private startText(entry: Entry): string {
    if (entry.meeting.allDay || entry.continued) return this.timeText(entry)
    return this.formatters
      .get({ hour: '2-digit', minute: '2-digit', timeZone: entry.zone })
      .format(entry.meeting.start)
  }

  /** The status of a meeting that is not going ahead as planned (tentative, postponed, cancelled). */
  private statusText(meeting: Meeting, hidden: boolean): unknown {
    const key = statusKeys[meeting.status]
    if (!key) return nothing
    return hidden
      ? html`<span class="lt-visually-hidden">(${this.i18n.t(key)})</span>`
      : html`<span class="badge">${this.i18n.t(key)}</span>`
  }

  private explain(conflict: ScheduleConflict, entry: Entry, names: Names): string {
    return explainConflict(conflict, entry.meeting, names, this.i18n, (other) => {
      const day = this.formatters.get({
        weekday: 'long',
        day: 'numeric',
        month: 'numeric',
        timeZone: entry.zone,
      })
      return `${day.format(other.start)} ${this.formatters
        .get({ hour: '2-digit', minute: '2-digit', timeZone: entry.zone })
        .formatRange(other.start, other.end)}`
    })
  }

  // ---- rendering -------------------------------------------------------------------------------

  protected override renderContent(): unknown {
    const t = this.i18n.t.bind(this.i18n)
    const month = this.formatDay(firstOfMonth(this.focusedDate), { month: 'long', year: 'numeric' })
    return html`
      <div class="heading" part="heading" role="heading" aria-level=${this.headingLevel}>
        <slot name="title">${t('calendar.title')}</slot>
        <span class="range" id="month-label">${month}</span>
      </div>
      <div class="toolbar" part="toolbar">
        <div class="group" role="group" aria-label=${t('calendar.navigation')}>
          <button
            type="button"
            class="lt-button secondary previous"
            part="button"
            @click=${() => {
              this.previousMonth()
            }}
          >
            <span aria-hidden="true">‹</span> ${t('calendar.previousMonth')}
          </button>
          <button
            type="button"
            class="lt-button secondary today"
            part="button"
            @click=${() => {
              this.today()
            }}
          >
            ${t('calendar.thisMonth')}
          </button>
          <button
            type="button"
            class="lt-button secondary next"
            part="button"
            @click=${() => {
              this.nextMonth()
            }}
          >
            ${t('calendar.nextMonth')} <span aria-hidden="true">›</span>
          </button>
        </div>
        <div class="group" role="group" aria-label=${t('calendar.views')}>
          ${(['month', 'agenda'] as const).map(
            (view) =>
              html`<button
                type="button"
                class="lt-button secondary view-${view}"
                part="button"
                aria-pressed=${this.view === view ? 'true' : 'false'}
                @click=${() => {
                  this.view = view
                  this.openDay = ''
                }}
              >
                ${t(view === 'month' ? 'calendar.view.month' : 'calendar.view.agenda')}
              </button>`,
          )}
        </div>
      </div>
      ${this.renderBody()}
    `
  }

  private renderBody(): unknown {
    const loadState = renderLoadState(this.i18n, this.source, {
      loadingClass: 'state',
      retryPart: 'button',
      retry: () => {
        this.source.load()
      },
    })
    if (loadState) return loadState
    const data = this.data
    const names = namesOf(data)
    this.colourOf = this.colours(data)
    const days = this.gridDays(data)
    const month = firstOfMonth(this.focusedDate).slice(0, 7)
    const inMonth = days.filter((day) => day.date.startsWith(month))
    const view =
      this.view === 'agenda'
        ? this.renderAgenda(inMonth, names)
        : this.renderMonth(days, month, names)
    return html`${this.renderFilters(data, names)} ${view} ${this.renderLegend(inMonth, names)}
    ${this.renderConflicts(inMonth, names)}`
  }

  private renderMonth(days: readonly Day[], month: string, names: Names): TemplateResult {
    const t = this.i18n.t.bind(this.i18n)
    const focused = this.focusedDate
    const today = todayIn(this.displayZone)
    const weeks: Day[][] = []
    for (let index = 0; index < days.length; index += 7) weeks.push(days.slice(index, index + 7))
    const open = this.openDay ? days.find((day) => day.date === this.openDay) : undefined
    return html`<p id="grid-help" class="lt-visually-hidden">${t('calendar.gridHelp')}</p>
      <table
        role="grid"
        class="month"
        part="grid"
        aria-labelledby="month-label"
        aria-describedby="grid-help"
        @keydown=${(event: KeyboardEvent) => {
          this.onGridKeydown(event)
        }}
      >
        <thead>
          <tr role="row">
            ${weekdayKeys.map(
              (key, index) =>
                html`<th role="columnheader" scope="col">
                  <abbr title=${t(key)}
                    >${this.formatDay(addCalendarDays('2026-03-02', index), { weekday: 'short' })}</abbr
                  >
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (week) =>
              html`<tr role="row">
                ${week.map((day) => this.renderCell(day, month, focused, today))}
              </tr>`,
          )}
        </tbody>
      </table>
      ${open ? this.renderPanel(open, names) : nothing}`
  }

  private renderCell(day: Day, month: string, focused: string, today: string): TemplateResult {
    const t = this.i18n.t.bind(this.i18n)
    const shown = day.entries.slice(0, Math.max(0, this.maxEvents))
    const hidden = day.entries.length - shown.length
    const isFocused = day.date === focused
    return html`<td
      role="gridcell"
      part="day"
      data-date=${day.date}
      tabindex=${isFocused ? 0 : -1}
      aria-current=${day.date === today ? 'date' : nothing}
      class=${day.date.startsWith(month) ? 'day' : 'day outside'}
      @click=${() => {
        if (!isFocused) this.goTo(day.date, day.date < focused ? 'previous' : 'next', true)
      }}
    >
      <span class="lt-visually-hidden"
        >${this.formatDay(day.date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}${
          day.entries.length > 0
            ? `, ${t('calendar.meetingsCount', { count: day.entries.length })}`
            : ''
        }</span
      >
      <span class="number" aria-hidden="true">${this.formatDay(day.date, { day: 'numeric' })}</span>
      ${
        shown.length > 0
          ? html`<ul class="chips">
              ${shown.map(
                (entry) =>
                  html`<li>
                    <button
                      type="button"
                      tabindex="-1"
                      class="chip ${this.colourOf(entry.meeting.hostId)} ${entry.conflicts.length > 0 ? 'clash' : ''}"
                      part="chip"
                      @click=${(event: Event) => {
                        event.stopPropagation()
                        this.select(entry.meeting, day.date)
                      }}
                    >
                      ${
                        entry.conflicts.length > 0
                          ? html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                                ${warningIcon}</svg
                              ><span class="lt-visually-hidden">${t('conflict.mark')}: </span>`
                          : nothing
                      }<span class="chip-time">${this.startText(entry)}</span>
                      <span class="chip-title ${entry.meeting.status}" dir="auto"
                        >${entry.meeting.title}</span
                      >${this.statusText(entry.meeting, true)}
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        hidden > 0
          ? html`<button
              type="button"
              tabindex="-1"
              class="more"
              part="more"
              @click=${(event: Event) => {
                event.stopPropagation()
                this.date = day.date
                this.openPanel(day.date)
              }}
            >
              ${t('calendar.more', { count: hidden })}
            </button>`
          : nothing
      }
    </td>`
  }

  private renderPanel(day: Day, names: Names): TemplateResult {
    const t = this.i18n.t.bind(this.i18n)
    return html`<section
      class="day-panel"
      part="day-panel"
      aria-labelledby="day-panel-title"
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          this.closePanel()
        }
      }}
    >
      <div
        id="day-panel-title"
        class="panel-title"
        role="heading"
        aria-level=${this.headingLevel + 1}
      >
        ${this.formatDay(day.date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}
      </div>
      ${
        day.entries.length > 0
          ? this.renderMeetingList(day, names)
          : html`<p>${t('calendar.dayEmpty')}</p>`
      }
      <button
        type="button"
        class="lt-button secondary close"
        part="button"
        @click=${() => {
          this.closePanel()
        }}
      >
        ${t('calendar.close')}
      </button>
    </section>`
  }

  private renderMeetingList(day: Day, names: Names): TemplateResult {
    const t = this.i18n.t.bind(this.i18n)
    return html`<ul class="meetings">
      ${day.entries.map((entry) => {
        const venueId = entry.meeting.venueId ?? entry.meeting.online?.mainBridgeVenueId
        return html`<li class=${entry.conflicts.length > 0 ? 'clash' : ''}>
          <button
            type="button"
            class="meeting ${this.colourOf(entry.meeting.hostId)}"
            part="meeting"
            @click=${() => {
              this.select(entry.meeting, day.date)
            }}
          >
            <span class="time">${this.timeText(entry)}</span>
            <span class="title ${entry.meeting.status}" dir="auto">${entry.meeting.title}</span>
            ${this.statusText(entry.meeting, false)}
            ${venueId ? html`<span class="venue">${names.venue(venueId)}</span>` : nothing}
            <span class="host">${names.organization(entry.meeting.hostId)}</span>
          </button>
          ${
            entry.conflicts.length > 0
              ? html`<div class="conflict">
                  <span class="mark"
                    ><svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${warningIcon}</svg>
                    ${t('conflict.mark')}</span
                  >
                  <ul>
                    ${entry.conflicts.map(
                      (conflict) => html`<li>${this.explain(conflict, entry, names)}</li>`,
                    )}
                  </ul>
                </div>`
              : nothing
          }
        </li>`
      })}
    </ul>`
  }

  private renderAgenda(days: readonly Day[], names: Names): TemplateResult {
    const busy = days.filter((day) => day.entries.length > 0)
    if (busy.length === 0) {
      return html`<p class="state empty" part="empty">${this.i18n.t('calendar.emptyMonth')}</p>`
    }
    return html`<div class="agenda" part="agenda">
      ${busy.map(
        (day) =>
          html`<section class="agenda-day" aria-labelledby="agenda-${day.date}">
            <div
              id="agenda-${day.date}"
              class="panel-title"
              role="heading"
              aria-level=${this.headingLevel + 1}
            >
              ${this.formatDay(day.date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}
            </div>
            ${this.renderMeetingList(day, names)}
          </section>`,
      )}
    </div>`
  }

  private renderFilters(data: ScheduleData, names: Names): TemplateResult {
    const t = this.i18n.t.bind(this.i18n)
    const organizations = new Set<string>()
    const people = new Set<string>()
    const kinds = new Set<Meeting['kind']>()
    for (const meeting of data.meetings) {
      organizations.add(meeting.hostId)
      for (const id of meeting.coHostIds) organizations.add(id)
      if (meeting.chairId) people.add(meeting.chairId)
      for (const id of meeting.participantIds) people.add(id)
      kinds.add(meeting.kind)
    }
    const options = (
      ids: Iterable<string>,
      label: (id: string) => string,
      selected: string,
    ): TemplateResult[] => renderFilterOptions(filterOptions(this.i18n, ids, label), selected)
    const select = (
      name: 'organization' | 'person' | 'kind',
      label: string,
      all: string,
      items: TemplateResult[],
    ): TemplateResult =>
      html`<label class="filter">
        ${label}
        <select
          class=${name}
          .value=${this[name]}
          @change=${(event: Event) => {
            this[name] = (event.target as HTMLSelectElement).value
            this.openDay = ''
          }}
        >
          <option value="" ?selected=${!this[name]}>${all}</option>
          ${items}
        </select>
      </label>`
    return html`<div
      class="filters"
      role="group"
      aria-label=${t('calendar.filters')}
      part="filters"
    >
      ${select(
        'organization',
        t('calendar.filter.organization'),
        t('calendar.filter.allOrganizations'),
        options(organizations, names.organization, this.organization),
      )}
      ${select(
        'person',
        t('calendar.filter.person'),
        t('calendar.filter.allPeople'),
        options(people, names.person, this.person),
      )}
      ${select(
        'kind',
        t('calendar.filter.kind'),
        t('calendar.filter.allKinds'),
        options(kinds, (kind) => t(`meeting.kind.${kind as Meeting['kind']}`), this.kind),
      )}
    </div>`
  }

  /** Which colour stands for which host body, for the bodies hosting meetings this month. */
  private renderLegend(days: readonly Day[], names: Names): unknown {
    const hosts = [
      ...new Set(days.flatMap((day) => day.entries.map((entry) => entry.meeting.hostId))),
    ]
    if (hosts.length === 0) return nothing
    const collator = new Intl.Collator(this.i18n.lang)
    hosts.sort((a, b) => collator.compare(names.organization(a), names.organization(b)))
    return html`<div class="legend" part="legend">
      <span class="legend-title">${this.i18n.t('calendar.legend')}:</span>
      <ul>
        ${hosts.map(
          (id) =>
            html`<li>
              <span class="swatch ${this.colourOf(id)}" aria-hidden="true"></span
              >${names.organization(id)}
            </li>`,
        )}
      </ul>
    </div>`
  }

  private renderConflicts(days: readonly Day[], names: Names): unknown {
    const seen = new Set<ScheduleConflict>()
    const items: { date: string; text: string }[] = []
    for (const day of days) {
      for (const entry of day.entries) {
        for (const conflict of entry.conflicts) {
          if (seen.has(conflict)) continue
          seen.add(conflict)
          items.push({ date: day.date, text: this.explain(conflict, entry, names) })
        }
      }
    }
    if (items.length === 0) return nothing
    return html`<details class="conflicts" part="conflicts">
      <summary>
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${warningIcon}</svg>
        ${this.i18n.t('calendar.conflicts', { count: items.length })}
      </summary>
      <ul>
        ${items.map(
          (item) =>
            html`<li>
              <time datetime=${item.date}
                >${this.formatDay(item.date, { day: 'numeric', month: 'numeric' })}</time
              >: ${item.text}
            </li>`,
        )}
      </ul>
    </details>`
  }
}

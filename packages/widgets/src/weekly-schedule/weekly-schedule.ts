import type { Meeting } from '@lienthong/core/meeting'
import type { Organization, Person, Venue } from '@lienthong/core/office'
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { property, state } from 'lit/decorators.js'
import type { RangeChangeDetail } from '../internal/events.js'
import { defaultFetchTimeoutMs } from '../internal/fetch-json.js'
import { defaultTimeZone } from '../internal/i18n.js'
import { LienthongElement } from '../internal/lienthong-element.js'
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
  type FilterOption,
} from '../internal/schedule-view.js'
import { DateFormatters, explainConflict, namesOf, type Names } from '../internal/meeting-text.js'
import { baseStyles } from '../internal/styles.js'
import {
  addCalendarDays,
  calendarDateForFormatting,
  isCalendarDate,
  isTimeZone,
  isoWeekOf,
  mondayOf,
  startOfDateIn,
  todayIn,
} from '../internal/zoned-time.js'
import type { MessageKey } from '../locales/index.js'
import { conflictLookup, Recurrences } from '../meeting-calendar/recurrence.js'
import { scheduleMessages, type ScheduleMessageKey } from './messages/index.js'
import { weeklyScheduleStyles } from './weekly-schedule.styles.js'
import { buildWeek, type DayRows, type Entry, type Session } from './week-model.js'

const sessionKeys = {
  morning: 'session.morning',
  afternoon: 'session.afternoon',
  evening: 'session.evening',
} as const satisfies Readonly<Record<Session, MessageKey>>

/** The columns of the table, in order: id suffix and heading. */
const columns = [
  ['day', 'schedule.column.day'],
  ['session', 'schedule.column.session'],
  ['time', 'schedule.column.time'],
  ['leaders', 'schedule.column.leaders'],
  ['content', 'schedule.column.content'],
  ['venue', 'schedule.column.venue'],
  ['host', 'schedule.column.host'],
  ['participants', 'schedule.column.participants'],
  ['preparing', 'schedule.column.preparing'],
] as const satisfies readonly (readonly [string, ScheduleMessageKey])[]

/**
 * The weekly work schedule (Lịch công tác tuần) that Vietnamese government portals publish every
 * week: one table per week, Monday to Sunday, each day split into sessions (Sáng / Chiều / Tối:
 * starting before 12:00, 12:00–18:00, from 18:00), with the time, the leaders (the chair and the
 * named participants), the content, the venue, the host unit, the participating bodies and the
 * preparing unit. Visitors can go to the previous or next week, come back to this week, and
 * filter by leader or by body. Entries in a scheduling conflict carry a mark (an icon and a word,
 * not colour alone) whose explanation opens with the keyboard. Printing gives one clean week.
 *
 * Data comes either from properties (`meetings`, with `people`, `venues` and `organizations` for
 * the names, and optionally `conflicts` from `detectConflicts`) or from the `src` URL, which must
 * return `{ "meetings": [...], "people"?: [...], "venues"?: [...], "organizations"?: [...],
 * "conflicts"?: [...] }` in the JSON wire form of `@lienthong/core`, or an iCalendar feed (a URL
 * ending in `.ics`, read with core's `meetingsFromICS`; its events are hosted by the body whose
 * id is the file's name, and the names come from the properties). Every item is validated;
 * invalid ones are left out and reported under the table. Titles and names are always shown as
 * text, never as HTML.
 *
 * A meeting with a `recurrence` (RRULE, RDATE, EXDATE…) appears on each of its occurrences in the
 * week, expanded with core's `expandMeeting` in the meeting's own time zone (loaded only for data
 * that has a recurring meeting); the double bookings of occurrences are found for the week shown
 * (unless `conflicts` is set) and marked on the occurrence they concern. A meeting running past
 * midnight appears on each day it touches.
 *
 * For printing on A4, the page may add `@page { size: A4 landscape; margin: 12mm }` (a shadow
 * root cannot set the page size).
 *
 * @summary The Vietnamese weekly work schedule table, with week navigation and filters.
 *
 * @slot title - Replaces the visible heading ("Lịch công tác tuần"), e.g. with the office's name.
 *
 * @csspart heading - The heading above the table (title and week range).
 * @csspart toolbar - The row holding the week navigation and the filters.
 * @csspart navigation - The group of week buttons.
 * @csspart button - Every button (previous, this week, next, retry).
 * @csspart previous-button - The "previous week" button.
 * @csspart today-button - The "this week" button.
 * @csspart next-button - The "next week" button.
 * @csspart filters - The group of filter controls.
 * @csspart filter - A label with its select.
 * @csspart select - A filter select.
 * @csspart table-region - The scrollable box around the table.
 * @csspart table - The table.
 * @csspart header-cell - A column heading.
 * @csspart day-cell - The cell naming a day (spans the day's rows).
 * @csspart session-cell - The cell naming a session (spans the session's rows).
 * @csspart row - A row of one engagement.
 * @csspart cell - A data cell.
 * @csspart title - The content (title) of an engagement.
 * @csspart badge - A status badge (tentative, postponed, cancelled, major).
 * @csspart conflict - The conflict mark with its explanation (a disclosure).
 * @csspart empty - The message shown when the week has no engagements.
 * @csspart loading - The loading message.
 * @csspart error - The error box (message and retry button).
 * @csspart notice - The report of invalid items left out.
 *
 * @cssprop --lt-schedule-header-background - Background of the column headings (default `--lt-color-surface`).
 * @cssprop --lt-schedule-day-background - Background of the day cells (default `#eef3f9`).
 * @cssprop --lt-schedule-today-background - Background of today's day cell (default `#fff4ce`).
 * @cssprop --lt-schedule-conflict-color - Colour of conflict marks (default `--lt-color-danger`).
 * @cssprop --lt-schedule-border - Border of the table cells (default `1px solid #b1b4b6`).
 * @cssprop --lt-color-primary - Buttons.
 * @cssprop --lt-font-family - All text.
 *
 * @fires {CustomEvent<RangeChangeDetail>} lt-range-change - The visitor moved to another week; `detail` is a `RangeChangeDetail`
 *   (`start`/`end` dates, `from`/`to` instants, `timeZone`, `trigger`).
 *
 * @example
 * ```html
 * <script type="module" src="/assets/lienthong-widgets.js"></script>
 * <lt-weekly-schedule src="/api/lich-cong-tac.json" week="2026-03-04"></lt-weekly-schedule>
 * ```
 *
 * ```ts
 * import '@lienthong/widgets/define'
 * import { parseMeeting } from '@lienthong/core/meeting'
 *
 * const schedule = document.createElement('lt-weekly-schedule')
 * schedule.meetings = [
 *   parseMeeting({
 *     id: 'm1', title: 'Họp Thường trực Thành ủy', kind: 'standing-committee-conference',
 *     hostId: 'tu', start: '2026-03-02T08:00:00+07:00', end: '2026-03-02T11:00:00+07:00',
 *   }),
 * ]
 * schedule.week = '2026-03-02'
 * schedule.addEventListener('lt-range-change', (event) => console.log(event.detail.start))
 * document.body.append(schedule)
 * ```
 */
export class WeeklySchedule extends LienthongElement {
  static override styles = [baseStyles, scheduleControlStyles, weeklyScheduleStyles]

  /** The meetings to show (parsed, e.g. with `parseMeeting`). Ignored while `src` is set. */
  @property({ attribute: false }) accessor meetings: readonly Meeting[] = []

  /** People, for the names of chairs and participants. Used with `src` when its document has none (an `.ics` feed). */
  @property({ attribute: false }) accessor people: readonly Person[] = []

  /** Venues, for their names. Used with `src` when its document has none (an `.ics` feed). */
  @property({ attribute: false }) accessor venues: readonly Venue[] = []

  /** Organisations, for the names of host, participating and preparing units. Used with `src` when its document has none (an `.ics` feed). */
  @property({ attribute: false }) accessor organizations: readonly Organization[] = []

  /**
   * Conflicts to mark (e.g. from `detectConflicts`). When unset, the conflicts in the `src`
   * document are used, if any.
   */
  @property({ attribute: false }) accessor conflicts: readonly ScheduleConflict[] | undefined =
    undefined

  /**
   * A URL returning the schedule as JSON (see the class description). Loaded with a timeout;
   * failures show a translated error with a retry button.
   */
  @property() accessor src = ''

  /** Milliseconds to wait for `src` before showing a timeout error. */
  @property({ type: Number }) accessor timeout = defaultFetchTimeoutMs

  /**
   * Any date (`YYYY-MM-DD`) inside the week to show; by default the current week in the
   * display time zone. The navigation buttons set it to the Monday of the week shown.
   */
  @property() accessor week = ''

  /**
   * The IANA time zone to show times in and to place meetings on days and sessions by. By
   * default each meeting is shown in its own zone (`timeZone`, normally `Asia/Ho_Chi_Minh`).
   */
  @property({ attribute: 'time-zone' }) accessor timeZone = ''

  /** The id of the person to filter by (chair or participant); empty for every leader. */
  @property() accessor leader = ''

  /** The id of the organisation to filter by (host, co-host, required or preparing); empty for all. */
  @property() accessor organization = ''

  /** The `aria-level` of the heading above the table (2 by default). */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2

  @state() private accessor announcement = ''

  private readonly source = new ScheduleSource(
    this,
    () => this,
    'lt-weekly-schedule',
    () => (this.i18n.locale === 'vi' ? 'vi' : 'en'),
  )
  private focusAfterLoad = false
  /** Messages of the schedule's own catalog, or of the shared one. */
  private readonly t = this.i18n.translator(scheduleMessages)
  private readonly formatters = new DateFormatters(this.i18n)
  private readonly recurrences = new Recurrences(this, 'lt-weekly-schedule')

  /**
   * The data shown: from `src` when set, otherwise from the properties. Its conflicts are the
   * `conflicts` property when set, else those of the `src` document, else the double bookings
   * the element finds itself with core's `detectConflicts` (of a person, a venue or a body).
   */
  get data(): ScheduleData {
    return this.source.data
  }

  /** The Monday of the week shown (`YYYY-MM-DD`). */
  get weekStart(): string {
    const date = isCalendarDate(this.week) ? this.week : todayIn(this.displayZone)
    return mondayOf(date)
  }

  /** Reloads `src` (what the retry button does). */
  reload(): void {
    this.source.load()
  }

  /** Shows the week before the one shown, and fires `lt-range-change`. */
  previousWeek(): void {
    this.goTo(addCalendarDays(this.weekStart, -7), 'previous')
  }

  /** Shows the week after the one shown, and fires `lt-range-change`. */
  nextWeek(): void {
    this.goTo(addCalendarDays(this.weekStart, 7), 'next')
  }

  /** Shows the current week, and fires `lt-range-change`. */
  thisWeek(): void {
    this.goTo(mondayOf(todayIn(this.displayZone)), 'today')
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.source.sync(changed)
  }

  protected override updated(): void {
    if (!this.focusAfterLoad || this.source.state === 'loading') return
    this.focusAfterLoad = false
    const target = this.renderRoot.querySelector<HTMLElement>(
      this.source.state === 'error' ? '.retry' : '.table-region, .empty',
    )
    target?.focus()
  }

  private get displayZone(): string {
    return isTimeZone(this.timeZone) ? this.timeZone : defaultTimeZone
  }

  private retry(): void {
    this.focusAfterLoad = true
    this.source.load()
  }

  private goTo(monday: string, trigger: RangeChangeDetail['trigger']): void {
    this.week = monday
    const end = addCalendarDays(monday, 6)
    this.announcement = this.rangeText(monday)
    const zone = this.displayZone
    const detail: RangeChangeDetail = {
      start: monday,
      end,
      from: startOfDateIn(monday, zone),
      to: startOfDateIn(addCalendarDays(monday, 7), zone),
      timeZone: zone,
      trigger,
    }
    this.dispatchEvent(
      new CustomEvent('lt-range-change', { detail, bubbles: true, composed: true }),
    )
  }

  // ---- formatting ----------------------------------------------------------------------------

  private formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    return this.formatters.get(options)
  }

  private formatCalendarDate(date: string, options: Intl.DateTimeFormatOptions): string {
    return this.formatter({ ...options, timeZone: 'UTC' }).format(calendarDateForFormatting(date))
  }

  private rangeText(monday: string): string {
    const options = { day: '2-digit', month: '2-digit', year: 'numeric' } as const
    return this.t('schedule.range', {
      week: isoWeekOf(monday),
      start: this.formatCalendarDate(monday, options),
      end: this.formatCalendarDate(addCalendarDays(monday, 6), options),
    })
  }

  /** A meeting's hours in `zone`, with the zone's name when it is not the page's usual one. */
  private timeRange(meeting: Meeting, zone: string): string {
    const named = !this.timeZone && zone !== defaultTimeZone
    return this.formatter({
      hour: '2-digit',
      minute: '2-digit',
      timeZone: zone,
      ...(named ? { timeZoneName: 'short' } : {}),
    }).formatRange(meeting.start, meeting.end)
  }

  private timeText(entry: Entry): string {
    if (entry.meeting.allDay) return this.t('schedule.allDay')
    if (entry.continued) return this.t('schedule.continued')
    return this.timeRange(entry.meeting, entry.zone)
  }

  // ---- names ---------------------------------------------------------------------------------

  private options(
    data: ScheduleData,
    names: Names,
  ): {
    leaders: FilterOption[]
    organizations: FilterOption[]
  } {
    const leaders = new Set<string>()
    const organizations = new Set<string>()
    for (const meeting of data.meetings) {
      if (meeting.chairId) leaders.add(meeting.chairId)
      for (const id of meeting.participantIds) leaders.add(id)
      organizations.add(meeting.hostId)
      for (const id of meeting.coHostIds) organizations.add(id)
    }
    if (this.leader) leaders.add(this.leader)
    if (this.organization) organizations.add(this.organization)
    return {
      leaders: filterOptions(this.i18n, leaders, names.person),
      organizations: filterOptions(this.i18n, organizations, names.organization),
    }
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override renderContent(): unknown {
    const monday = this.weekStart
    const range = this.rangeText(monday)
    return html`
      <div class="heading" part="heading" role="heading" aria-level=${this.headingLevel}>
        <slot name="title">${this.t('schedule.title')}</slot>
        <span class="range">${range}</span>
      </div>
      ${this.renderToolbar()}
      ${
        this.timeZone && isTimeZone(this.timeZone)
          ? html`<p class="time-zone">${this.t('schedule.timeZone', { zone: this.timeZone })}</p>`
          : nothing
      }
      ${this.renderBody(monday, range)}
      <div class="lt-visually-hidden" role="status">${this.announcement}</div>
    `
  }

  private renderToolbar(): TemplateResult {
    const data = this.data
    const options = this.options(data, namesOf(data))
    const { t } = this
    return html`<div class="toolbar" part="toolbar">
      <div class="navigation" role="group" aria-label=${t('schedule.navigation')} part="navigation">
        <button
          type="button"
          class="lt-button secondary previous"
          part="button previous-button"
          @click=${() => {
            this.previousWeek()
          }}
        >
          <span aria-hidden="true">‹</span> ${t('schedule.previousWeek')}
        </button>
        <button
          type="button"
          class="lt-button secondary today"
          part="button today-button"
          @click=${() => {
            this.thisWeek()
          }}
        >
          ${t('schedule.thisWeek')}
        </button>
        <button
          type="button"
          class="lt-button secondary next"
          part="button next-button"
          @click=${() => {
            this.nextWeek()
          }}
        >
          ${t('schedule.nextWeek')} <span aria-hidden="true">›</span>
        </button>
      </div>
      <div class="filters" role="group" aria-label=${t('schedule.filters')} part="filters">
        <label class="filter" part="filter">
          ${t('schedule.filter.leader')}
          <select
            class="leader"
            part="select"
            .value=${this.leader}
            @change=${(event: Event) => {
              this.leader = (event.target as HTMLSelectElement).value
            }}
          >
            <option value="" ?selected=${!this.leader}>${t('schedule.filter.allLeaders')}</option>
            ${renderFilterOptions(options.leaders, this.leader)}
          </select>
        </label>
        <label class="filter" part="filter">
          ${t('schedule.filter.organization')}
          <select
            class="organization"
            part="select"
            .value=${this.organization}
            @change=${(event: Event) => {
              this.organization = (event.target as HTMLSelectElement).value
            }}
          >
            <option value="" ?selected=${!this.organization}>
              ${t('schedule.filter.allOrganizations')}
            </option>
            ${renderFilterOptions(options.organizations, this.organization)}
          </select>
        </label>
      </div>
    </div>`
  }

  private renderBody(monday: string, range: string): unknown {
    const { t } = this
    const loadState = renderLoadState(this.i18n, this.source, {
      loadingClass: 'state loading',
      retryPart: 'button retry-button',
      retry: () => {
        this.retry()
      },
    })
    if (loadState) return loadState
    const data = this.data
    // Recurring meetings are expanded for the week, two days wider each side for other zones.
    const day = 86_400_000
    const from = Date.parse(`${monday}T00:00:00Z`)
    const meetings = this.recurrences.meetings(
      data.meetings,
      { from: new Date(from - 2 * day), to: new Date(from + 9 * day) },
      monday,
    )
    const conflicts = this.recurrences.conflicts(data, this.conflicts === undefined)
    const days = buildWeek(
      meetings,
      monday,
      isTimeZone(this.timeZone) ? this.timeZone : undefined,
      { leader: this.leader, organization: this.organization },
      conflictLookup(conflicts),
    )
    const total = days.reduce((sum, day) => sum + day.count, 0)
    const notice = this.renderNotice(data)
    if (total === 0) {
      const filtered = Boolean(this.leader || this.organization)
      return html`<p class="state empty" part="empty" tabindex="-1">
          ${t(filtered ? 'schedule.emptyFiltered' : 'schedule.emptyWeek')}
        </p>
        ${notice}`
    }
    const names = namesOf(data)
    const today = todayIn(this.displayZone)
    return html`<div
        class="table-region"
        part="table-region"
        role="region"
        aria-label=${t('schedule.tableRegion')}
        tabindex="0"
      >
        <table part="table">
          <caption class="lt-visually-hidden">
            ${t('schedule.title')}, ${range}
          </caption>
          <colgroup>
            ${columns.map(([id]) => html`<col class="col-${id}" />`)}
          </colgroup>
          <thead>
            <tr>
              ${columns.map(
                ([id, key]) => html`<th scope="col" id="c-${id}" part="header-cell">${t(key)}</th>`,
              )}
            </tr>
          </thead>
          ${days.map((day, index) => this.renderDay(day, index, today, names))}
        </table>
      </div>
      ${notice}`
  }

  private renderDay(day: DayRows, index: number, today: string, names: Names): TemplateResult {
    const dayId = `d${index}`
    const dayCell = html`<th
      scope="rowgroup"
      id=${dayId}
      rowspan=${Math.max(1, day.count)}
      class="day"
      part="day-cell"
      aria-current=${day.date === today ? 'date' : nothing}
    >
      <span class="weekday">${this.t(weekdayKeys[index] ?? 'weekday.monday')}</span>
      <time datetime=${day.date}
        >${this.formatCalendarDate(day.date, {
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
        })}</time
      >
    </th>`
    if (day.count === 0) {
      return html`<tbody>
        <tr part="row">
          ${dayCell}
          <td colspan=${columns.length - 1} headers=${dayId} class="day-empty" part="cell">
            ${this.t('schedule.dayEmpty')}
          </td>
        </tr>
      </tbody>`
    }
    const rows: TemplateResult[] = []
    day.sessions.forEach((group, sessionIndex) => {
      const sessionId = `${dayId}-s${sessionIndex}`
      group.entries.forEach((entry, entryIndex) => {
        const first = rows.length === 0
        rows.push(
          this.renderEntry(entry, {
            dayCell: first ? dayCell : undefined,
            sessionCell:
              entryIndex === 0
                ? html`<th
                    id=${sessionId}
                    rowspan=${group.entries.length}
                    headers="c-session ${dayId}"
                    class="session"
                    part="session-cell"
                  >
                    ${this.t(sessionKeys[group.session])}
                  </th>`
                : undefined,
            rowHeaders: `${dayId} ${sessionId}`,
            names,
          }),
        )
      })
    })
    return html`<tbody>
      ${rows}
    </tbody>`
  }

  private renderEntry(
    entry: Entry,
    context: {
      dayCell: TemplateResult | undefined
      sessionCell: TemplateResult | undefined
      rowHeaders: string
      names: Names
    },
  ): TemplateResult {
    const { meeting } = entry
    const { names } = context
    const { t } = this
    const headers = (column: string): string => `c-${column} ${context.rowHeaders}`
    const leaders = [
      ...(meeting.chairId ? [t('schedule.chair', { name: names.person(meeting.chairId) })] : []),
      ...meeting.participantIds
        .filter((id) => id !== meeting.chairId)
        .map((id) => names.person(id)),
    ]
    const hosts = [meeting.hostId, ...meeting.coHostIds].map((id) => names.organization(id))
    const participants = [
      ...meeting.requiredOrganizationIds.map((id) => names.organization(id)),
      ...(meeting.online && meeting.online.bridgePoints.length > 0
        ? [t('schedule.bridgePoints', { count: meeting.online.bridgePoints.length })]
        : []),
    ]
    const venueId = meeting.venueId ?? meeting.online?.mainBridgeVenueId
    const venue = [
      ...(venueId ? [names.venue(venueId)] : []),
      ...(meeting.online ? [t('schedule.online')] : []),
    ]
    const status = statusKeys[meeting.status]
    const severity = entry.conflicts.some((conflict) => conflict.severity === 'error')
      ? 'error'
      : 'warning'
    const list = (items: readonly string[]): unknown =>
      items.length === 0
        ? nothing
        : html`<ul class="names">
            ${items.map((item) => html`<li>${item}</li>`)}
          </ul>`
    return html`<tr
      part="row"
      class="${meeting.status} ${entry.conflicts.length > 0 ? 'clash' : ''}"
      data-meeting-id=${meeting.id}
    >
      ${context.dayCell ?? nothing} ${context.sessionCell ?? nothing}
      <td class="time" headers=${headers('time')} part="cell">
        <bdi>${this.timeText(entry)}</bdi>
      </td>
      <td headers=${headers('leaders')} part="cell">${list(leaders)}</td>
      <td class="content" headers=${headers('content')} part="cell">
        <span class="title" part="title">${meeting.title}</span>
        ${
          status || meeting.importance === 'major'
            ? html`<span class="badges">
                ${status ? html`<span class="badge" part="badge">${t(status)}</span>` : nothing}
                ${
                  meeting.importance === 'major'
                    ? html`<span class="badge" part="badge">${t('meeting.major')}</span>`
                    : nothing
                }
              </span>`
            : nothing
        }
        ${
          entry.conflicts.length > 0
            ? html`<details class="conflict ${severity}" part="conflict">
                <summary>
                  <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${warningIcon}</svg>
                  ${t(severity === 'error' ? 'conflict.mark' : 'conflict.markWarning')}
                </summary>
                <ul>
                  ${entry.conflicts.map(
                    (conflict) => html`<li>${this.explain(conflict, entry, names)}</li>`,
                  )}
                </ul>
              </details>`
            : nothing
        }
      </td>
      <td headers=${headers('venue')} part="cell">${list(venue)}</td>
      <td headers=${headers('host')} part="cell">${list(hosts)}</td>
      <td headers=${headers('participants')} part="cell">${list(participants)}</td>
      <td headers=${headers('preparing')} part="cell">
        ${meeting.preparingUnitId ? names.organization(meeting.preparingUnitId) : nothing}
      </td>
    </tr>`
  }

  /** One sentence explaining a conflict of an entry, in the page's language. */
  private explain(conflict: ScheduleConflict, entry: Entry, names: Names): string {
    return explainConflict(conflict, entry.meeting, names, this.i18n, (series) => {
      // A recurring meeting's occurrence at the conflict, not the series' first one.
      const other = this.recurrences.occurrenceAt(series, conflict)
      return `${this.formatter({ weekday: 'long', timeZone: entry.zone }).format(other.start)} ${this.timeRange(other, entry.zone)}`
    })
  }

  private renderNotice(data: ScheduleData): unknown {
    if (data.invalid.length === 0) return nothing
    return html`<details class="notice" part="notice">
      <summary>${this.t('schedule.invalidItems', { count: data.invalid.length })}</summary>
      <ul>
        ${data.invalid.map(
          (item) =>
            html`<li>
              <code>${item.path}</code>${item.id ? html` (<code>${item.id}</code>)` : nothing}:
              ${item.message}
            </li>`,
        )}
      </ul>
    </details>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lt-weekly-schedule': WeeklySchedule
  }
}

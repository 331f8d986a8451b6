import type { Meeting } from '@lienthong/core/meeting'
import type { Organization, Person, Venue } from '@lienthong/core/office'
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { property, state } from 'lit/decorators.js'
import { guard } from 'lit/directives/guard.js'
import type { RangeChangeDetail } from '../internal/events.js'
import { defaultFetchTimeoutMs } from '../internal/fetch-json.js'
import { defaultTimeZone } from '../internal/i18n.js'
import { LienthongElement } from '../internal/lienthong-element.js'
import {
  DateFormatters,
  explainConflict,
  isolate,
  namesOf,
  type Names,
} from '../internal/meeting-text.js'
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
  calendarDateForFormatting,
  firstOfMonth,
  isCalendarDate,
  isTimeZone,
  lastOfMonth,
  mondayOf,
  startOfDateIn,
  todayIn,
} from '../internal/zoned-time.js'
import {
  allDayRow,
  calendarViews,
  monthGridAction,
  rangeOf,
  stepDate,
  timeGridAction,
  type CalendarView,
} from './calendar-navigation.js'
import {
  DayIndex,
  entriesShown,
  fastWallClock,
  isAllDayEntry,
  layOutDay,
  placeMeetings,
  type LaidOut,
  shiftDate,
  type CalendarEntry,
} from './calendar-model.js'
import { meetingCalendarStyles } from './meeting-calendar.styles.js'
import { calendarMessages } from './messages/index.js'
import { conflictLookup, Recurrences, seriesOf, type TimeWindow } from './recurrence.js'
import {
  hourRange,
  maxLanes,
  offHoursClass,
  parseWorkingHours,
  placementClasses,
  placementStyles,
  startRow,
  type WorkingHours,
} from './time-grid.js'

/**
 * The `detail` of an `lt-select` event: the meeting chosen, the occurrence of it that was chosen
 * (a recurring meeting appears once per occurrence), and the day it was chosen on.
 *
 * @category Events
 * @example
 * ```ts
 * import type { SelectDetail } from '@lienthong/widgets'
 *
 * document.querySelector('lt-meeting-calendar')?.addEventListener('lt-select', (event) => {
 *   const { meeting, start }: SelectDetail = event.detail
 *   console.log(meeting.title, start.toISOString())
 * })
 * ```
 */
export interface SelectDetail {
  /** The meeting, as given to the element: for a recurring meeting, the series. */
  readonly meeting: Meeting
  /** The day (`YYYY-MM-DD`) it was chosen on: a meeting over several days appears on each. */
  readonly date: string
  /** When the occurrence chosen starts: `meeting.start` unless the meeting recurs. */
  readonly start: Date
  /** When the occurrence chosen ends (exclusive): `meeting.end` unless the meeting recurs. */
  readonly end: Date
}

declare global {
  interface HTMLElementEventMap {
    'lt-select': CustomEvent<SelectDetail>
  }
  interface HTMLElementTagNameMap {
    'lt-meeting-calendar': MeetingCalendar
  }
}

export type { CalendarView } from './calendar-navigation.js'

/**
 * The `detail` of the calendar's `lt-range-change` event: the range shown, with the view showing
 * it (`trigger` is `view` when another view was chosen).
 *
 * @category Events
 * @example
 * ```ts
 * import type { CalendarRangeChangeDetail } from '@lienthong/widgets'
 *
 * document.querySelector('lt-meeting-calendar')?.addEventListener('lt-range-change', (event) => {
 *   const { view, start, end } = event.detail as CalendarRangeChangeDetail
 *   console.log(`${view}: ${start} … ${end}`)
 * })
 * ```
 */
export interface CalendarRangeChangeDetail extends RangeChangeDetail {
  /** The view the range is shown in. */
  readonly view: CalendarView
}

/** How many organisation colours there are (`--lt-calendar-org-0` … `-7`); then they repeat. */
const paletteSize = 8

/** Up to this many host bodies, the legend is shown open; beyond, as a list to open. */
const inlineLegendBodies = 12

interface Day {
  readonly date: string
  readonly entries: readonly CalendarEntry[]
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
function isoWeekday(date: string): number {
  return ((calendarDateForFormatting(date).getUTCDay() + 6) % 7) + 1
}

/**
 * A memo of one value computed from a few inputs, recomputed only when one of them changes
 * (compared with `===`): the calendar's per-data work is done once, not on every render.
 */
class Memo<T> {
  private inputs: readonly unknown[] | undefined
  private value: T | undefined

  get(inputs: readonly unknown[], compute: () => T): T {
    const same =
      this.inputs?.length === inputs.length &&
      this.inputs.every((input, index) => input === inputs[index])
    if (!same || this.value === undefined) {
      this.value = compute()
      this.inputs = inputs
    }
    return this.value
  }
}

/**
 * A meeting calendar for the offices of a city or province, in four views:
 *
 * - **month**: a WAI-ARIA grid of days (one tab stop; arrow keys between days, Home/End for the
 *   week, Ctrl+Home/End for the month, PageUp/PageDown for months, Enter to list the day's
 *   meetings). Crowded days show the first meetings (those in a conflict first) and "+N more";
 *   the others are rendered only when the day is opened.
 * - **week** and **day**: a time grid, also a WAI-ARIA grid (arrow keys between days and hours,
 *   Home/End, PageUp/PageDown for weeks or days, Enter to list the day's meetings), with the
 *   hours on the side, overlapping meetings side by side, an all-day row for all-day meetings,
 *   and the hours outside working time shaded. A timed meeting running past midnight (an
 *   evening reception, a two-day conference) is drawn at its hours on each day it touches,
 *   clipped to that day, and its name says that it continues into the next day or from the
 *   previous one.
 * - **agenda**: the month as a list, day by day.
 *
 * Meetings in a conflict carry a mark (an icon, and a word for screen readers, not colour alone);
 * the conflicts of the focused day are explained under the grid, each meeting's in the day list,
 * and the period's conflicts are listed on request.
 *
 * Data as for `<lt-weekly-schedule>`: the `meetings`, `people`, `venues`, `organizations` and
 * `conflicts` properties, or a `src` URL returning `{ meetings, people?, venues?,
 * organizations?, conflicts? }` JSON, validated with `@lienthong/core`, or an iCalendar feed (a
 * URL ending in `.ics`, as for `<lt-weekly-schedule>`). Without conflicts given,
 * the element finds double bookings itself with core's `detectConflicts` (once per data set, not
 * per render). A meeting with a `recurrence` (RRULE, RDATE, EXDATE…) appears on every occurrence
 * in the period shown, expanded with core's `expandMeeting` in the meeting's own time zone (a
 * weekly 08:00 meeting in Europe/Berlin stays at 08:00 across daylight-saving changes); core's
 * expansion is loaded only for data that has a recurring meeting. The double bookings of
 * occurrences are found for the period shown (unless `conflicts` is set) and each marks the
 * occurrence it concerns; conflicts given with an `interval` (as `detectConflicts` returns them,
 * run on `expandMeetings`' occurrences) are matched to occurrences the same way. Selecting an
 * occurrence gives the meeting (the series) with that occurrence's `start` and `end`. Meetings
 * are bucketed by day once per data set and filter (and period, when some recur), so moving to
 * another period only renders the days shown.
 *
 * @summary Month, week, day and agenda views of meetings, keyboard-operable, with conflicts explained.
 *
 * @slot title - Replaces the visible heading ("Lịch họp").
 *
 * @csspart heading - The heading (title and period).
 * @csspart toolbar - The row of navigation and view buttons.
 * @csspart button - Every button of the toolbar and the day panel.
 * @csspart filters - The group of filter selects (body, person, kind of meeting).
 * @csspart legend - Which colour stands for which host body.
 * @csspart grid - The month grid or the time grid (a table with role grid).
 * @csspart day - A day cell of the month grid.
 * @csspart slot - An hour cell of the week or day view.
 * @csspart chip - A meeting inside a day cell or the all-day row.
 * @csspart event - A timed meeting in the week or day view.
 * @csspart more - The "+N more" button of a crowded day.
 * @csspart day-panel - The list of one day's meetings, opened from the grid.
 * @csspart meeting - A meeting button in the day panel or the agenda.
 * @csspart agenda - The agenda (list) view.
 * @csspart focus-note - The explanation of the focused day's conflicts, under the grid.
 * @csspart conflicts - The list of the period's conflicts.
 * @csspart empty - The message shown when the period has no meetings.
 * @csspart loading - The loading message.
 * @csspart error - The error box (message and retry button).
 *
 * @cssprop --lt-calendar-chip-background - Background of meeting chips (default `#e8f0fb`).
 * @cssprop --lt-calendar-today-background - Background of today's cell (default `#fff4ce`).
 * @cssprop --lt-calendar-off-hours-background - Background of hours outside working time (default `#f3f2f1`).
 * @cssprop --lt-calendar-hour-height - Height of an hour in the week and day views (default `3.5rem`).
 * @cssprop --lt-calendar-conflict-color - Colour of conflict marks (default `--lt-color-danger`).
 * @cssprop --lt-calendar-org-0 - Colour of the first host body (then `-1` … `-7`; eight colours, repeating).
 * @cssprop --lt-color-primary - Buttons and the focused day.
 *
 * @fires {CustomEvent<SelectDetail>} lt-select - A meeting was chosen (click, or Enter on it); `detail` has the meeting, the occurrence's `start` and `end`, and the day.
 * @fires {CustomEvent<CalendarRangeChangeDetail>} lt-range-change - The period shown changed (navigation, with `trigger` `previous`, `next` or `today`), or another view was chosen (`trigger` `view`, also when the days shown stay the same); `detail` has the first and last day and the view.
 *
 * @example
 * ```html
 * <lt-meeting-calendar src="/api/meetings.json" date="2026-03-04" view="week"></lt-meeting-calendar>
 * <script type="module">
 *   document.querySelector('lt-meeting-calendar').addEventListener('lt-select', (event) => {
 *     location.href = `/meetings/${encodeURIComponent(event.detail.meeting.id)}`
 *   })
 * </script>
 * ```
 */
export class MeetingCalendar extends LienthongElement {
  static override styles = [
    baseStyles,
    scheduleControlStyles,
    meetingCalendarStyles,
    placementStyles,
  ]

  /** The meetings to show (parsed, e.g. with `parseMeeting`). Ignored while `src` is set. */
  @property({ attribute: false }) accessor meetings: readonly Meeting[] = []

  /** People, for names in conflict explanations. Used with `src` when its document has none (an `.ics` feed). */
  @property({ attribute: false }) accessor people: readonly Person[] = []

  /** Venues, for their names. Used with `src` when its document has none (an `.ics` feed). */
  @property({ attribute: false }) accessor venues: readonly Venue[] = []

  /** Organisations, for their names. Used with `src` when its document has none (an `.ics` feed). */
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

  /** `month` (default), `week`, `day` or `agenda`. */
  @property({ reflect: true }) accessor view: CalendarView = 'month'

  /** The IANA time zone to place meetings on days in; each meeting's own zone by default. */
  @property({ attribute: 'time-zone' }) accessor timeZone = ''

  /**
   * Working time, shaded off in the week and day views: periods such as `7:30-11:30,13:30-17:00`
   * (the default, as core's `DEFAULT_WORKING_HOURS`), Monday to Friday.
   */
  @property({ attribute: 'working-hours' }) accessor workingHours = ''

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

  /** The focused row of the time grid: an hour, or the all-day row; chosen from the data when unset. */
  @state() private accessor focusedRow: number | undefined = undefined

  /** Whether the period's conflict list is open (its items are rendered only then). */
  @state() private accessor conflictsOpen = false
  @state() private accessor legendOpen = false

  private readonly source = new ScheduleSource(
    this,
    () => this,
    'lt-meeting-calendar',
    () => (this.i18n.locale === 'vi' ? 'vi' : 'en'),
  )
  /** Messages of the calendar's own catalog, or of the shared one. */
  private readonly t = this.i18n.translator(calendarMessages)
  private readonly formatters = new DateFormatters(this.i18n)
  private readonly recurrences = new Recurrences(this, 'lt-meeting-calendar')
  private readonly placements = new Memo<ReturnType<typeof placeMeetings>>()
  private readonly conflictMap = new Memo<ReturnType<typeof conflictLookup>>()
  private readonly dayIndex = new Memo<DayIndex>()
  private readonly nameLookups = new Memo<Names>()
  private readonly colourMap = new Memo<(hostId: string) => string>()
  private readonly filterSets = new Memo<{
    organizations: Set<string>
    people: Set<string>
    kinds: Set<Meeting['kind']>
  }>()
  /** The colour class of a host organisation, for the render in progress. */
  private colourOf: (hostId: string) => string = () => 'org-0'
  /** What to focus after the next render: a grid cell, or the first item of the day panel. */
  private focusAfterRender:
    { readonly kind: 'cell' | 'panel'; readonly date: string; readonly item?: number } | undefined

  /** The data shown (see `<lt-weekly-schedule>`'s `data`). */
  get data(): ScheduleData {
    return this.source.data
  }

  /** The focused day (`YYYY-MM-DD`). */
  get focusedDate(): string {
    return isCalendarDate(this.date) ? this.date.slice(0, 10) : todayIn(this.displayZone)
  }

  /** Shows the previous month, week or day (by the view) and fires `lt-range-change`. */
  previous(): void {
    this.goTo(stepDate(this.view, this.focusedDate, -1), 'previous')
  }

  /** Shows the next month, week or day (by the view) and fires `lt-range-change`. */
  next(): void {
    this.goTo(stepDate(this.view, this.focusedDate, 1), 'next')
  }

  /** Shows the period of today, focused on today, and fires `lt-range-change`. */
  today(): void {
    this.goTo(todayIn(this.displayZone), 'today')
  }

  /** Switches to another view of the focused day, and fires `lt-range-change` (trigger `view`). */
  showView(view: CalendarView): void {
    if (view === this.view) return
    this.view = view
    this.openDay = ''
    this.fireRangeChange(rangeOf(view, this.focusedDate), 'view')
  }

  /** Moves the now line of the week and day views once a minute. */
  private clock: ReturnType<typeof setInterval> | undefined

  override connectedCallback(): void {
    super.connectedCallback()
    this.clock = setInterval(() => {
      if (this.view === 'week' || this.view === 'day') this.requestUpdate()
    }, 60_000)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    clearInterval(this.clock)
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') && !calendarViews.includes(this.view)) {
      console.warn(
        `<lt-meeting-calendar>: unknown view ${JSON.stringify(this.view)}; expected one of ${calendarViews.join(', ')}. Showing the month.`,
      )
      this.view = 'month'
    }
    this.source.sync(changed)
  }

  protected override updated(): void {
    const target = this.focusAfterRender
    if (!target) return
    this.focusAfterRender = undefined
    const element =
      target.kind === 'cell'
        ? this.renderRoot.querySelector<HTMLElement>('[role=grid] [tabindex="0"]')
        : (this.renderRoot.querySelectorAll<HTMLElement>('.day-panel .meeting')[target.item ?? 0] ??
          this.renderRoot.querySelector<HTMLElement>('.day-panel .meeting, .day-panel .close'))
    element?.focus()
  }

  private get displayZone(): string {
    return isTimeZone(this.timeZone) ? this.timeZone : defaultTimeZone
  }

  /** Moves to `date`, firing `lt-range-change` when the period shown changes. */
  private goTo(date: string, trigger: RangeChangeDetail['trigger'], focus = false): void {
    const before = rangeOf(this.view, this.focusedDate)
    this.date = date
    const after = rangeOf(this.view, date)
    if (this.openDay && (this.openDay < after.start || this.openDay > after.end)) this.openDay = ''
    if (focus) this.focusAfterRender = { kind: 'cell', date }
    if (after.start !== before.start) this.fireRangeChange(after, trigger)
  }

  private fireRangeChange(
    range: { start: string; end: string },
    trigger: RangeChangeDetail['trigger'],
  ): void {
    const zone = this.displayZone
    const detail: CalendarRangeChangeDetail = {
      ...range,
      from: startOfDateIn(range.start, zone),
      to: startOfDateIn(addCalendarDays(range.end, 1), zone),
      timeZone: zone,
      trigger,
      view: this.view,
    }
    this.dispatchEvent(
      new CustomEvent('lt-range-change', { detail, bubbles: true, composed: true }),
    )
  }

  /** Fires `lt-select` for a meeting shown (an occurrence of a series, or a single meeting). */
  private select(shown: Meeting, date: string): void {
    const detail: SelectDetail = {
      meeting: seriesOf(shown),
      date,
      start: shown.start,
      end: shown.end,
    }
    this.dispatchEvent(new CustomEvent('lt-select', { detail, bubbles: true, composed: true }))
  }

  /** Lists the meetings of `date` under the grid and focuses the `item`th (the first by default). */
  private openPanel(date: string, item = 0): void {
    this.openDay = date
    this.focusAfterRender = { kind: 'panel', date, item }
  }

  private closePanel(): void {
    const date = this.openDay
    this.openDay = ''
    if (date) this.focusAfterRender = { kind: 'cell', date }
  }

  private onMonthKeydown(event: KeyboardEvent): void {
    const focused = this.focusedDate
    const action = monthGridAction(event, focused, this.i18n.dir === 'rtl')
    if (!action) return
    event.preventDefault()
    if (action.kind === 'open') this.openPanel(focused)
    else this.goTo(action.date, action.date < focused ? 'previous' : 'next', true)
  }

  /** The keys of the week and day grids (see `timeGridAction`). */
  private onTimeGridKeydown(event: KeyboardEvent, rows: { first: number; last: number }): void {
    const focused = this.focusedDate
    const row = this.currentRow(rows)
    const view = this.view === 'day' ? 'day' : 'week'
    const action = timeGridAction(event, {
      view,
      focused,
      row,
      rows,
      rtl: this.i18n.dir === 'rtl',
    })
    if (!action) return
    event.preventDefault()
    if (action.kind === 'open') {
      // Open the day at the focused hour: its first meeting from that hour on.
      const at = this.index()
        .on(focused)
        .findIndex(
          (entry) => row === allDayRow || (!isAllDayEntry(entry) && entry.minutes >= row * 60),
        )
      this.openPanel(focused, Math.max(0, at))
      return
    }
    this.focusedRow = action.row
    if (action.date === focused) this.focusAfterRender = { kind: 'cell', date: focused }
    else this.goTo(action.date, action.date < focused ? 'previous' : 'next', true)
  }

  /**
   * Keeps the roving tab stop on the cell that received focus, whichever way it came (a click,
   * a screen reader moving focus, a script), so the arrow keys continue from there.
   */
  private onGridFocusIn(event: FocusEvent): void {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('td[data-date]')
    const date = cell?.dataset.date
    if (!cell || !date) return
    const row = cell.dataset.row
    if (row !== undefined) this.focusedRow = row === 'all-day' ? allDayRow : Number(row)
    if (date !== this.focusedDate) {
      this.goTo(date, date < this.focusedDate ? 'previous' : 'next', true)
    }
  }

  /** The focused row of the time grid: as set, else the first meeting's hour, else work start. */
  private currentRow(rows: { first: number; last: number }): number {
    if (this.focusedRow !== undefined) {
      return this.focusedRow === allDayRow
        ? allDayRow
        : Math.min(Math.max(this.focusedRow, rows.first), rows.last - 1)
    }
    const first = this.index()
      .on(this.focusedDate)
      .find((entry) => !isAllDayEntry(entry))
    const hour = first
      ? Math.floor(first.minutes / 60)
      : Math.floor((this.working.periods[0]?.start ?? 8 * 60) / 60)
    return Math.min(Math.max(hour, rows.first), rows.last - 1)
  }

  // ---- data ------------------------------------------------------------------------------------

  /** `max-events`, or 3 when it is not a number. */
  private get shownPerDay(): number {
    return Number.isFinite(this.maxEvents) ? Math.max(0, Math.floor(this.maxEvents)) : 3
  }

  private get working(): WorkingHours {
    return parseWorkingHours(this.workingHours)
  }

  /**
   * The instants over which recurring meetings are expanded: the weeks the month grid of the
   * focused day shows (every week and day view of that month falls inside), two days wider on
   * each side for meetings in other zones. Named by its first day.
   */
  private expansionWindow(): { window: TimeWindow; key: string } {
    const focused = this.focusedDate
    const first = mondayOf(firstOfMonth(focused))
    const last = addCalendarDays(mondayOf(lastOfMonth(focused)), 7)
    const day = 86_400_000
    return {
      window: {
        from: new Date(Date.parse(`${first}T00:00:00Z`) - 2 * day),
        to: new Date(Date.parse(`${last}T00:00:00Z`) + 2 * day),
      },
      key: first,
    }
  }

  /**
   * The filtered meetings by day, computed once per data set, zone and filter (and per month
   * when a meeting recurs: its occurrences are expanded for the month shown).
   */
  private index(): DayIndex {
    const data = this.data
    const zone = isTimeZone(this.timeZone) ? this.timeZone : undefined
    const { window, key } = this.expansionWindow()
    const meetings = this.recurrences.meetings(data.meetings, window, key)
    const found = this.recurrences.conflicts(data, this.conflicts === undefined)
    const placements = this.placements.get([meetings, zone], () => placeMeetings(meetings, zone))
    const conflicts = this.conflictMap.get([found], () => conflictLookup(found))
    const filter = { person: this.person, organization: this.organization, kind: this.kind }
    return this.dayIndex.get(
      [placements, conflicts, filter.person, filter.organization, filter.kind],
      () => new DayIndex(placements, conflicts, filter),
    )
  }

  private days(start: string, end: string): Day[] {
    const index = this.index()
    const days: Day[] = []
    for (let date = start; date <= end; date = shiftDate(date, 1)) {
      days.push({ date, entries: index.on(date) })
    }
    return days
  }

  /** Colour classes by host organisation: the hosts sorted by id, eight colours in turn. */
  private colours(meetings: readonly Meeting[]): (hostId: string) => string {
    return this.colourMap.get([meetings], () => {
      const hosts = [...new Set(meetings.map((meeting) => meeting.hostId))].sort()
      const index = new Map(hosts.map((id, position) => [id, position % paletteSize]))
      return (hostId) => `org-${index.get(hostId) ?? 0}`
    })
  }

  // ---- formatting ------------------------------------------------------------------------------

  private formatDay(date: string, options: Intl.DateTimeFormatOptions): string {
    return this.formatters
      .get({ ...options, timeZone: 'UTC' })
      .format(calendarDateForFormatting(date))
  }

  private longDate(date: string): string {
    return this.formatDay(date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
  }

  private hourText(hour: number): string {
    return this.formatters
      .get({ hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })
      .format(new Date(Date.UTC(2026, 0, 1, hour)))
  }

  /** When a meeting is: its hours, with the days too for one running past midnight. */
  private timeText(entry: CalendarEntry): string {
    const { meeting, zone } = entry
    if (meeting.allDay) return this.t('calendar.allDay')
    const named = !this.timeZone && zone !== defaultTimeZone
    return this.formatters
      .get({
        ...(entry.multiDay ? { day: 'numeric', month: 'numeric' } : {}),
        hour: '2-digit',
        minute: '2-digit',
        timeZone: zone,
        ...(named ? { timeZoneName: 'short' } : {}),
      })
      .formatRange(meeting.start, meeting.end)
  }

  /**
   * For the name of a meeting's part on one day: that it continues into the next day, or from
   * the previous one (a meeting running past midnight is drawn on each day it touches).
   */
  private continuationText(entry: CalendarEntry): string {
    const { t } = this
    const parts = [
      ...(entry.continued ? [t('calendar.continuedFromPreviousDay')] : []),
      ...(entry.continues ? [t('calendar.continuesNextDay')] : []),
    ]
    return parts.length > 0 ? ` (${parts.join(', ')})` : ''
  }

  /** The short time of a chip: its start, or "continued" on a later day of the meeting. */
  private startText(entry: CalendarEntry): string {
    if (entry.meeting.allDay) return this.timeText(entry)
    if (entry.continued) return this.t('calendar.continued')
    return this.formatters
      .get({ hour: '2-digit', minute: '2-digit', timeZone: entry.zone })
      .format(entry.meeting.start)
  }

  /** The status of a meeting that is not going ahead as planned (tentative, postponed, cancelled). */
  private statusText(meeting: Meeting, hidden: boolean): unknown {
    const key = statusKeys[meeting.status]
    if (!key) return nothing
    return hidden
      ? html`<span class="lt-visually-hidden">(${this.t(key)})</span>`
      : html`<span class="badge">${this.t(key)}</span>`
  }

  private explain(conflict: ScheduleConflict, entry: CalendarEntry, names: Names): string {
    return explainConflict(conflict, entry.meeting, names, this.i18n, (series) => {
      // A recurring meeting's occurrence at the conflict, not the series' first one.
      const other = this.recurrences.occurrenceAt(series, conflict)
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

  private periodLabel(range: { start: string; end: string }): string {
    if (this.view === 'day') return this.longDate(range.start)
    if (this.view === 'week') {
      return this.formatters
        .get({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
        .formatRange(calendarDateForFormatting(range.start), calendarDateForFormatting(range.end))
    }
    return this.formatDay(range.start, { month: 'long', year: 'numeric' })
  }

  protected override renderContent(): unknown {
    const { t } = this
    const range = rangeOf(this.view, this.focusedDate)
    const labels = {
      week: [
        'calendar.navigationWeek',
        'calendar.previousWeek',
        'calendar.thisWeek',
        'calendar.nextWeek',
      ],
      day: ['calendar.navigationDay', 'calendar.previousDay', 'calendar.today', 'calendar.nextDay'],
      month: [
        'calendar.navigation',
        'calendar.previousMonth',
        'calendar.thisMonth',
        'calendar.nextMonth',
      ],
      agenda: [
        'calendar.navigation',
        'calendar.previousMonth',
        'calendar.thisMonth',
        'calendar.nextMonth',
      ],
    } as const
    const [group, previous, current, next] = labels[this.view]
    return html`
      <div class="heading" part="heading" role="heading" aria-level=${this.headingLevel}>
        <slot name="title">${t('calendar.title')}</slot>
        <span class="range" id="period-label">${this.periodLabel(range)}</span>
      </div>
      <div class="toolbar" part="toolbar">
        <div class="group" role="group" aria-label=${t(group)}>
          <button
            type="button"
            class="lt-button secondary previous"
            part="button"
            @click=${() => {
              this.previous()
            }}
          >
            <span aria-hidden="true" class="arrow">‹</span> ${t(previous)}
          </button>
          <button
            type="button"
            class="lt-button secondary today"
            part="button"
            @click=${() => {
              this.today()
            }}
          >
            ${t(current)}
          </button>
          <button
            type="button"
            class="lt-button secondary next"
            part="button"
            @click=${() => {
              this.next()
            }}
          >
            ${t(next)} <span aria-hidden="true" class="arrow">›</span>
          </button>
        </div>
        <div class="group" role="group" aria-label=${t('calendar.views')}>
          ${calendarViews.map(
            (view) =>
              html`<button
                type="button"
                class="lt-button secondary view-${view}"
                part="button"
                aria-pressed=${this.view === view ? 'true' : 'false'}
                @click=${() => {
                  this.showView(view)
                }}
              >
                ${t(`calendar.view.${view}`)}
              </button>`,
          )}
        </div>
      </div>
      ${this.renderBody(range)}
    `
  }

  private renderBody(range: { start: string; end: string }): unknown {
    const loadState = renderLoadState(this.i18n, this.source, {
      loadingClass: 'state',
      retryPart: 'button',
      retry: () => {
        this.source.load()
      },
    })
    if (loadState) return loadState
    const data = this.data
    const names = this.nameLookups.get(
      [data.people, data.venues, data.organizations, data.meetings],
      () => namesOf(data),
    )
    this.colourOf = this.colours(data.meetings)
    const inRange = this.days(range.start, range.end)
    let view: unknown
    if (this.view === 'agenda') view = this.renderAgenda(inRange, names)
    else if (this.view === 'week' || this.view === 'day') view = this.renderTimeGrid(inRange, names)
    else view = this.renderMonth(range, names)
    const empty =
      this.view !== 'agenda' && inRange.every((day) => day.entries.length === 0)
        ? html`<p class="empty-note" part="empty">${this.emptyText()}</p>`
        : nothing
    return html`${this.renderFilters(data, names)} ${empty} ${view}
    ${this.view === 'agenda' ? nothing : this.renderFocusNote(names)}
    ${this.renderLegend(inRange, names)} ${this.renderConflicts(inRange, names)}`
  }

  private emptyText(): string {
    const { t } = this
    if (this.view === 'week') return t('calendar.emptyWeek')
    if (this.view === 'day') return t('calendar.emptyDay')
    return t('calendar.emptyMonth')
  }

  private renderMonth(range: { start: string; end: string }, names: Names): TemplateResult {
    const { t } = this
    const focused = this.focusedDate
    const today = todayIn(this.displayZone)
    const month = range.start.slice(0, 7)
    const days = this.days(mondayOf(range.start), addCalendarDays(mondayOf(range.end), 6))
    const weeks: Day[][] = []
    for (let index = 0; index < days.length; index += 7) weeks.push(days.slice(index, index + 7))
    const open = this.openDay ? days.find((day) => day.date === this.openDay) : undefined
    return html`<p id="grid-help" class="lt-visually-hidden">${t('calendar.gridHelp')}</p>
      <table
        role="grid"
        class="month"
        part="grid"
        aria-labelledby="period-label"
        aria-describedby="grid-help"
        @keydown=${(event: KeyboardEvent) => {
          this.onMonthKeydown(event)
        }}
        @focusin=${(event: FocusEvent) => {
          this.onGridFocusIn(event)
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
                ${week.map((day) => this.renderDayCell(day, month, focused, today))}
              </tr>`,
          )}
        </tbody>
      </table>
      ${open ? this.renderPanel(open, names) : nothing}`
  }

  /** A meeting chip of a month cell or of the all-day row. */
  private renderChip(entry: CalendarEntry, date: string): TemplateResult {
    const { t } = this
    return html`<li>
      <button
        type="button"
        tabindex="-1"
        class="chip ${this.colourOf(entry.meeting.hostId)} ${entry.conflicts.length > 0 ? 'clash' : ''}"
        part="chip"
        @click=${(event: Event) => {
          event.stopPropagation()
          this.select(entry.meeting, date)
        }}
      >
        ${
          entry.conflicts.length > 0
            ? html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${warningIcon}</svg
                ><span class="lt-visually-hidden">${t('conflict.mark')}: </span>`
            : nothing
        }<span class="chip-time"><bdi>${this.startText(entry)}</bdi></span>
        <span class="chip-title ${entry.meeting.status}" dir="auto">${entry.meeting.title}</span
        >${this.statusText(entry.meeting, true)}<span class="lt-visually-hidden"
          >${this.continuationText(entry)}</span
        >
      </button>
    </li>`
  }

  private renderMore(date: string, hidden: number): unknown {
    if (hidden <= 0) return nothing
    return html`<button
      type="button"
      tabindex="-1"
      class="more"
      part="more"
      @click=${(event: Event) => {
        event.stopPropagation()
        this.date = date
        this.openPanel(date)
      }}
    >
      ${this.t('calendar.more', { count: hidden })}
    </button>`
  }

  /** `aria-describedby` of the focused cell: the explanation of its day's conflicts, if any. */
  private describedBy(date: string, focused: string): string | typeof nothing {
    if (date !== focused || this.openDay === date) return nothing
    return this.index()
      .on(date)
      .some((entry) => entry.conflicts.length > 0)
      ? 'focus-note'
      : nothing
  }

  private renderDayCell(day: Day, month: string, focused: string, today: string): TemplateResult {
    const { t } = this
    const shown = entriesShown(day.entries, this.shownPerDay)
    const isFocused = day.date === focused
    return html`<td
      role="gridcell"
      part="day"
      data-date=${day.date}
      tabindex=${isFocused ? 0 : -1}
      aria-current=${day.date === today ? 'date' : nothing}
      aria-describedby=${this.describedBy(day.date, focused)}
      class=${day.date.startsWith(month) ? 'day' : 'day outside'}
      @click=${() => {
        if (!isFocused) this.goTo(day.date, day.date < focused ? 'previous' : 'next', true)
      }}
    >
      <span class="lt-visually-hidden"
        >${this.longDate(day.date)}${
          day.entries.length > 0
            ? `, ${t('calendar.meetingsCount', { count: day.entries.length })}`
            : ''
        }</span
      >
      <span class="number" aria-hidden="true">${this.formatDay(day.date, { day: 'numeric' })}</span>
      ${
        shown.length > 0
          ? html`<ul class="chips">
              ${shown.map((entry) => this.renderChip(entry, day.date))}
            </ul>`
          : nothing
      }
      ${this.renderMore(day.date, day.entries.length - shown.length)}
    </td>`
  }

  /** The week or day view: a time grid with an all-day row. */
  private renderTimeGrid(days: readonly Day[], names: Names): TemplateResult {
    const { t } = this
    const focused = this.focusedDate
    const today = todayIn(this.displayZone)
    const now = fastWallClock(new Date(), this.displayZone)
    const working = this.working
    const columns = days.map((day) => {
      const allDay = day.entries.filter(isAllDayEntry)
      const timed = layOutDay(day.entries.filter((entry) => !isAllDayEntry(entry)))
      const visible = timed.filter((item) => item.lane < maxLanes)
      const shownAllDay = entriesShown(allDay, this.shownPerDay)
      const hidden = allDay.length - shownAllDay.length + timed.length - visible.length
      return {
        day,
        allDayCount: allDay.length,
        shownAllDay,
        visible,
        hidden,
        weekday: isoWeekday(day.date),
      }
    })
    const rows = hourRange(
      columns.flatMap((column) => column.visible.map((item) => item.entry)),
      working,
    )
    const focusedRow = this.currentRow(rows)
    const hours = Array.from({ length: rows.last - rows.first }, (_, index) => rows.first + index)
    const open = this.openDay ? days.find((day) => day.date === this.openDay) : undefined
    const cellState = (date: string, row: number) => {
      const isFocused = date === focused && row === focusedRow
      return {
        tabindex: isFocused ? 0 : -1,
        click: () => {
          this.focusedRow = row
          if (date !== focused) this.goTo(date, date < focused ? 'previous' : 'next', true)
          else this.focusAfterRender = { kind: 'cell', date }
        },
      }
    }
    return html`<p id="grid-help" class="lt-visually-hidden">
        ${t(this.view === 'day' ? 'calendar.dayHelp' : 'calendar.weekHelp')}
      </p>
      <div class="time-region">
        <table
          role="grid"
          class="time-grid ${this.view}"
          part="grid"
          aria-labelledby="period-label"
          aria-describedby="grid-help"
          @keydown=${(event: KeyboardEvent) => {
            this.onTimeGridKeydown(event, rows)
          }}
          @focusin=${(event: FocusEvent) => {
            this.onGridFocusIn(event)
          }}
        >
          <thead>
            <tr role="row">
              <th role="columnheader" scope="col" class="corner">
                <span class="lt-visually-hidden">${t('calendar.timeColumn')}</span>
              </th>
              ${columns.map(
                ({ day }) =>
                  html`<th
                    role="columnheader"
                    scope="col"
                    class=${day.date === today ? 'today' : ''}
                    aria-current=${day.date === today ? 'date' : nothing}
                  >
                    <span class="lt-visually-hidden">${this.longDate(day.date)}</span>
                    <span aria-hidden="true" class="column-day"
                      >${this.formatDay(day.date, { weekday: 'short' })}
                      <span class="column-date"
                        >${this.formatDay(day.date, { day: 'numeric', month: 'numeric' })}</span
                      ></span
                    >
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            <tr role="row" class="all-day-row">
              <th role="rowheader" scope="row" class="hour">${t('calendar.allDay')}</th>
              ${columns.map(({ day, allDayCount, shownAllDay, hidden }) => {
                const state = cellState(day.date, allDayRow)
                return html`<td
                  role="gridcell"
                  class="all-day ${day.date === today ? 'today' : ''}"
                  data-date=${day.date}
                  data-row="all-day"
                  tabindex=${state.tabindex}
                  aria-describedby=${this.describedBy(day.date, focusedRow === allDayRow ? focused : '')}
                  @click=${state.click}
                >
                  <span class="lt-visually-hidden"
                    >${this.longDate(day.date)},
                    ${t('calendar.allDay')}${
                      allDayCount > 0
                        ? `, ${t('calendar.meetingsCount', { count: allDayCount })}`
                        : ''
                    }</span
                  >
                  ${
                    shownAllDay.length > 0
                      ? html`<ul class="chips">
                          ${shownAllDay.map((entry) => this.renderChip(entry, day.date))}
                        </ul>`
                      : nothing
                  }
                  ${this.renderMore(day.date, hidden)}
                </td>`
              })}
            </tr>
            ${hours.map(
              (hour) =>
                html`<tr role="row">
                  <th role="rowheader" scope="row" class="hour">${this.hourText(hour)}</th>
                  ${columns.map(({ day, visible, weekday }) => {
                    const state = cellState(day.date, hour)
                    const starting = visible.filter((item) => startRow(item.entry, rows) === hour)
                    const off = offHoursClass(hour, weekday, working)
                    return html`<td
                      role="gridcell"
                      part="slot"
                      class="slot ${off} ${day.date === today ? 'today' : ''}"
                      data-date=${day.date}
                      data-row=${hour}
                      tabindex=${state.tabindex}
                      aria-describedby=${this.describedBy(day.date, focusedRow === hour ? focused : '')}
                      @click=${state.click}
                    >
                      <span class="lt-visually-hidden"
                        >${this.view === 'week' ? `${this.longDate(day.date)}, ` : ''}${this.hourText(hour)}${
                          off === 'off' ? `, ${t('calendar.outsideHours')}` : ''
                        }${this.ongoingText(visible, hour)}</span
                      >
                      ${
                        day.date === today && hour === Math.floor(now.minutes / 60)
                          ? html`<span
                              class="now-line at-${Math.floor((now.minutes % 60) / 15)}"
                              aria-hidden="true"
                            ></span>`
                          : nothing
                      }
                      ${starting.map((item) => this.renderEvent(item.entry, item.lane, item.lanes, rows))}
                    </td>`
                  })}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${open ? this.renderPanel(open, names) : nothing}`
  }

  /**
   * For the name of an hour cell: the meetings that began earlier and still run in this hour.
   * They are drawn across the cell but live in the cell of their start.
   */
  private ongoingText(visible: readonly LaidOut[], hour: number): string {
    const titles = visible
      .filter((item) => item.entry.minutes < hour * 60 && item.entry.endMinutes > hour * 60)
      .map((item) => isolate(item.entry.meeting.title))
    return titles.length > 0
      ? `, ${this.t('calendar.ongoing', { meetings: titles.join(', ') })}`
      : ''
  }

  /**
   * A timed meeting of the week or day view, placed in the cell of the hour it starts in (its
   * part on the day, for a meeting running past midnight).
   */
  private renderEvent(
    entry: CalendarEntry,
    lane: number,
    lanes: number,
    rows: { first: number; last: number },
  ): TemplateResult {
    const { t } = this
    const clash = entry.conflicts.length > 0
    const continuation = `${entry.continued ? 'from-before' : ''} ${entry.continues ? 'goes-on' : ''}`
    return html`<button
      type="button"
      tabindex="-1"
      class="event ${placementClasses(entry, rows, lane, lanes)} ${this.colourOf(entry.meeting.hostId)} ${clash ? 'clash' : ''} ${continuation}"
      part="event"
      @click=${(event: Event) => {
        event.stopPropagation()
        this.select(entry.meeting, entry.date)
      }}
    >
      <span class="event-time"
        >${
          clash
            ? html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${warningIcon}</svg
                ><span class="lt-visually-hidden">${t('conflict.mark')}: </span>`
            : nothing
        }<bdi class="clock">${this.timeText(entry)}</bdi></span
      >
      <span class="event-title ${entry.meeting.status}"><bdi>${entry.meeting.title}</bdi></span
      >${this.statusText(entry.meeting, true)}<span class="lt-visually-hidden"
        >${this.continuationText(entry)}</span
      >
    </button>`
  }

  private renderPanel(day: Day, names: Names): TemplateResult {
    const { t } = this
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
        ${this.longDate(day.date)}
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
    const { t } = this
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
            <span class="time"><bdi>${this.timeText(entry)}</bdi></span>
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
      return html`<p class="state empty" part="empty">${this.t('calendar.emptyMonth')}</p>`
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
              ${this.longDate(day.date)}
            </div>
            ${this.renderMeetingList(day, names)}
          </section>`,
      )}
    </div>`
  }

  /** The conflicts of the focused day in words, for the eye and as the focused cell's description. */
  private renderFocusNote(names: Names): unknown {
    const date = this.focusedDate
    // The open day list explains the same clashes, meeting by meeting.
    if (this.openDay === date) return nothing
    const clashing = this.index()
      .on(date)
      .filter((entry) => entry.conflicts.length > 0)
    if (clashing.length === 0) return nothing
    return html`<div id="focus-note" class="focus-note" part="focus-note">
      <p class="mark">
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${warningIcon}</svg>
        ${this.t('calendar.focusNote', { date: this.formatDay(date, { day: 'numeric', month: 'numeric' }) })}
      </p>
      <ul>
        ${clashing.map(
          (entry) =>
            html`<li>
              <span class="title" dir="auto">${entry.meeting.title}</span>:
              ${entry.conflicts.map((conflict) => this.explain(conflict, entry, names)).join(' ')}
            </li>`,
        )}
      </ul>
    </div>`
  }

  private renderFilters(data: ScheduleData, names: Names): TemplateResult {
    const { t } = this
    const sets = this.filterSets.get([data.meetings], () => {
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
      return { organizations, people, kinds }
    })
    // The options change only with the data, the names, the language or the choice: guarded,
    // so moving through the calendar does not diff hundreds of <option>s.
    const options = (ids: Set<string>, label: (id: string) => string, selected: string): unknown =>
      guard([ids, names, this.i18n.lang, selected], () =>
        renderFilterOptions(filterOptions(this.i18n, ids, label), selected),
      )
    const select = (
      name: 'organization' | 'person' | 'kind',
      label: string,
      all: string,
      items: unknown,
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
        options(sets.organizations, names.organization, this.organization),
      )}
      ${select(
        'person',
        t('calendar.filter.person'),
        t('calendar.filter.allPeople'),
        options(sets.people, names.person, this.person),
      )}
      ${select(
        'kind',
        t('calendar.filter.kind'),
        t('calendar.filter.allKinds'),
        options(sets.kinds, (kind) => t(`meeting.kind.${kind as Meeting['kind']}`), this.kind),
      )}
    </div>`
  }

  /**
   * Which colour stands for which host body, for the bodies hosting meetings in the period. With
   * more bodies than fit a line or two (a city's wards), a collapsed list with their count: the
   * colours then repeat, and a hundred names would push the calendar down.
   */
  private renderLegend(days: readonly Day[], names: Names): unknown {
    const hosts = new Set<string>()
    for (const day of days) for (const entry of day.entries) hosts.add(entry.meeting.hostId)
    if (hosts.size === 0) return nothing
    const collator = new Intl.Collator(this.i18n.lang)
    const sorted = [...hosts].sort((a, b) =>
      collator.compare(names.organization(a), names.organization(b)),
    )
    const list = () =>
      html`<ul>
        ${sorted.map(
          (id) =>
            html`<li>
              <span class="swatch ${this.colourOf(id)}" aria-hidden="true"></span
              >${names.organization(id)}
            </li>`,
        )}
      </ul>`
    if (sorted.length > inlineLegendBodies) {
      return html`<details
        class="legend"
        part="legend"
        ?open=${this.legendOpen}
        @toggle=${(event: Event) => {
          this.legendOpen = (event.target as HTMLDetailsElement).open
        }}
      >
        <summary class="legend-title">
          ${this.t('calendar.legendCount', { count: sorted.length })}
        </summary>
        ${this.legendOpen ? list() : nothing}
      </details>`
    }
    return html`<div class="legend" part="legend">
      <span class="legend-title">${this.t('calendar.legend')}:</span>
      ${list()}
    </div>`
  }

  /**
   * The period's conflicts: a count, and the list with an explanation of each. The list is
   * rendered only when opened: a busy month can have hundreds.
   */
  private renderConflicts(days: readonly Day[], names: Names): unknown {
    const seen = new Map<ScheduleConflict, { date: string; entry: CalendarEntry }>()
    for (const day of days) {
      for (const entry of day.entries) {
        for (const conflict of entry.conflicts) {
          if (!seen.has(conflict)) seen.set(conflict, { date: day.date, entry })
        }
      }
    }
    if (seen.size === 0) return nothing
    const { t } = this
    const count = seen.size
    const summary =
      this.view === 'week'
        ? t('calendar.conflictsWeek', { count })
        : this.view === 'day'
          ? t('calendar.conflictsDay', { count })
          : t('calendar.conflicts', { count })
    return html`<details
      class="conflicts"
      part="conflicts"
      ?open=${this.conflictsOpen}
      @toggle=${(event: Event) => {
        this.conflictsOpen = (event.target as HTMLDetailsElement).open
      }}
    >
      <summary>
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${warningIcon}</svg>
        ${summary}
      </summary>
      ${
        this.conflictsOpen
          ? html`<ul>
              ${[...seen].map(
                ([conflict, { date, entry }]) =>
                  html`<li>
                    <time datetime=${date}
                      >${this.formatDay(date, { day: 'numeric', month: 'numeric' })}</time
                    >: ${this.explain(conflict, entry, names)}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </details>`
  }
}

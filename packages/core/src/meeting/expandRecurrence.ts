import { TZDate } from '@date-fns/tz'
import { LienthongError } from '../errors/LienthongError.js'
import type { MessageLocale } from '../errors/issue.js'
import { formatIssueMessage } from '../errors/formatIssueMessage.js'
import { readRecurrenceRule } from '../_lib/rrule/recurrenceRule.js'
import { ruleOccurrences } from '../_lib/rrule/ruleOccurrences.js'
import type { Meeting } from './meeting.schema.js'
import { readRecurrenceLines, zonedInstant, type RecurrenceValue } from './recurrenceLines.js'

/**
 * One occurrence of a meeting: the meeting itself with `start` and `end` moved to the
 * occurrence, the series' `id` kept (so occurrences of one series never clash with each other in
 * {@link conflicts!detectConflicts | detectConflicts}), no `recurrence`, and `recurrenceId`: the
 * start the rule gave this occurrence (for a single meeting, its own start).
 *
 * @category Meeting
 * @example
 * ```ts
 * import { expandMeetings, type MeetingOccurrence } from '@lienthong/core/meeting'
 *
 * declare const meetings: Parameters<typeof expandMeetings>[0]
 * const week: MeetingOccurrence[] = expandMeetings(meetings, {
 *   from: new Date('2026-03-02T00:00:00+07:00'),
 *   to: new Date('2026-03-09T00:00:00+07:00'),
 * })
 * ```
 */
export type MeetingOccurrence = Omit<Meeting, 'recurrence'> & { readonly recurrenceId: Date }

/**
 * The window to expand over and how.
 *
 * @category Meeting
 * @example
 * ```ts
 * import type { ExpandOptions } from '@lienthong/core/meeting'
 *
 * const march: ExpandOptions = {
 *   from: new Date('2026-03-01T00:00:00+07:00'),
 *   to: new Date('2026-04-01T00:00:00+07:00'),
 * }
 * ```
 */
export interface ExpandOptions {
  /** Start of the window (inclusive). An occurrence that is still running at `from` is kept. */
  readonly from: Date
  /** End of the window (exclusive). */
  readonly to: Date
  /** Most occurrences one series may produce in the window; default 100,000. */
  readonly maxOccurrences?: number
  /** Language of the error messages; default `'en'`. */
  readonly locale?: MessageLocale
}

const DAY = 86_400_000
type Fields = readonly [number, number, number, number, number, number]

/** The wall-clock fields of an instant in `zone`. */
function wallFields(instant: Date, zone: string): Fields {
  const local = new TZDate(instant.getTime(), zone)
  return [
    local.getFullYear(),
    local.getMonth() + 1,
    local.getDate(),
    local.getHours(),
    local.getMinutes(),
    local.getSeconds(),
  ]
}

/** Wall-clock fields as a "floating" Date whose UTC fields are the wall clock. */
function floating(fields: Fields): number {
  const [year, month, day, hour, minute, second] = fields
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  date.setUTCHours(hour, minute, second, 0)
  return date.getTime()
}

function fieldsOfFloating(time: number): Fields {
  const date = new Date(time)
  return [
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  ]
}

function icalFloating(time: number): string {
  return new Date(time)
    .toISOString()
    .replace(/\.\d{3}Z$/, '')
    .replace(/[-:]/g, '')
}

/** A date or date-time value as floating time in `zone`; dates take the meeting's start time. */
function floatingValue(value: RecurrenceValue, zone: string, startWall: Fields): number {
  switch (value.kind) {
    case 'date':
      return floating([
        value.year,
        value.month,
        value.day,
        startWall[3],
        startWall[4],
        startWall[5],
      ])
    case 'instant':
      return floating(wallFields(value.at, zone))
    case 'local':
      return value.zone === undefined || value.zone === zone
        ? floating(value.fields)
        : floating(wallFields(zonedInstant(value.fields, value.zone), zone))
  }
}

/**
 * A rule's text with UNTIL in floating time: a UTC UNTIL is moved to the meeting's wall clock,
 * and a date-only UNTIL covers its whole day.
 */
function floatingRule(rule: string, zone: string): string {
  return rule.replace(
    /UNTIL=(\d{8})(T\d{6})?(Z?)/,
    (_, day: string, time?: string, utc?: string) => {
      if (time === undefined || time === '') return `UNTIL=${day}T235959`
      if (utc !== 'Z') return `UNTIL=${day}${time}`
      const [y, mo, d, h, mi, s] = [
        day.slice(0, 4),
        day.slice(4, 6),
        day.slice(6, 8),
        time.slice(1, 3),
        time.slice(3, 5),
        time.slice(5, 7),
      ].map(Number) as unknown as Fields
      const instant = new Date(Date.UTC(y, mo - 1, d, h, mi, s))
      return `UNTIL=${icalFloating(floating(wallFields(instant, zone)))}`
    },
  )
}

/**
 * Expands one meeting into its occurrences overlapping `[from, to)`. See {@link expandMeetings}.
 *
 * @category Meeting
 * @param meeting - A parsed meeting, recurring or not.
 * @param options - The window, a limit and the error language.
 * @returns The occurrences overlapping the window, by start.
 * @throws {@link errors!LienthongError | LienthongError} when a recurrence line cannot be read
 *   (path `['recurrence', index]`) or the series yields more than `maxOccurrences` in the window.
 * @example
 * ```ts
 * import { expandMeeting, parseMeeting } from '@lienthong/core/meeting'
 *
 * const briefing = parseMeeting({
 *   id: 'giao-ban', title: 'Giao ban Thường trực UBND', kind: 'other', hostId: 'ubnd',
 *   start: '2026-03-02T08:00:00+07:00', end: '2026-03-02T09:30:00+07:00',
 *   recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO'],
 * })
 * expandMeeting(briefing, {
 *   from: new Date('2026-03-01T00:00:00+07:00'),
 *   to: new Date('2026-04-01T00:00:00+07:00'),
 * }).length // 5 Mondays
 * ```
 */
export function expandMeeting(meeting: Meeting, options: ExpandOptions): MeetingOccurrence[] {
  const from = options.from.getTime()
  const to = options.to.getTime()
  const { recurrence, ...single } = meeting
  if (recurrence === undefined || recurrence.length === 0) {
    return meeting.end.getTime() > from && meeting.start.getTime() < to
      ? [{ ...single, recurrenceId: meeting.start }]
      : []
  }
  const locale = options.locale ?? 'en'
  const lines = readRecurrenceLines(recurrence, locale)
  const zone = meeting.timeZone
  const startWall = wallFields(meeting.start, zone)
  const floatingStart = floating(startWall)
  const duration = meeting.end.getTime() - meeting.start.getTime()
  const allDayLength = Math.round(
    (floating([...wallFields(meeting.end, zone).slice(0, 3), 0, 0, 0] as unknown as Fields) -
      floating([...startWall.slice(0, 3), 0, 0, 0] as unknown as Fields)) /
      DAY,
  )

  const limit = options.maxOccurrences ?? 100_000
  // Offsets are under a day, so a two-day margin around the window catches every occurrence.
  const floatingFrom = floating(wallFields(options.from, zone)) - duration - 2 * DAY
  const floatingTo = floating(wallFields(options.to, zone)) + 2 * DAY
  const inWindow = (time: number) => time >= floatingFrom && time <= floatingTo

  // What is excluded first (EXDATE, EXRULE), so the limit counts what is left.
  const excluded = new Set<number>()
  const excludedDays = new Set<string>()
  for (const line of lines) {
    if ('rule' in line && line.name === 'EXRULE') {
      const rule = readRecurrenceRule(floatingRule(line.rule, zone))
      ruleOccurrences(
        rule,
        floatingStart,
        floatingTo,
        (time) => {
          if (inWindow(time)) excluded.add(time)
          return time <= floatingTo && excluded.size <= 10 * limit
        },
        floatingFrom,
      )
    } else if (!('rule' in line) && line.name === 'EXDATE') {
      for (const value of line.values) {
        if (value.kind === 'date' && !meeting.allDay) {
          excludedDays.add(`${value.year}-${value.month}-${value.day}`)
        } else excluded.add(floatingValue(value, zone, startWall))
      }
    }
  }

  // DTSTART, the RRULE's occurrences and the RDATEs.
  const starts = new Set<number>()
  const include = (time: number) => {
    if (inWindow(time) && !excluded.has(time)) starts.add(time)
  }
  include(floatingStart)
  const state = { tooMany: false }
  for (const line of lines) {
    if ('rule' in line && line.name === 'RRULE') {
      const rule = readRecurrenceRule(floatingRule(line.rule, zone))
      // DTSTART counts as the first occurrence even when the rule would not give it (RFC 5545
      // §3.3.10), so COUNT then leaves one fewer for the rule.
      let given = 1
      ruleOccurrences(
        rule,
        floatingStart,
        floatingTo,
        (time) => {
          if (time !== floatingStart) given += 1
          if ((rule.count !== undefined && given > rule.count) || time > floatingTo) return false
          include(time)
          state.tooMany = starts.size > limit
          return !state.tooMany
        },
        floatingFrom,
      )
    } else if (!('rule' in line) && line.name === 'RDATE') {
      for (const value of line.values) include(floatingValue(value, zone, startWall))
    }
  }
  if (state.tooMany) {
    const params = { maximum: limit, origin: 'array', inclusive: true }
    throw new LienthongError({
      code: 'invalid_input',
      subject: 'Recurrence',
      locale,
      issues: [
        {
          code: 'too_big',
          path: ['recurrence'],
          params,
          message: formatIssueMessage({ code: 'too_big', params }, locale),
        },
      ],
    })
  }

  const occurrences: MeetingOccurrence[] = []
  for (const occurrence of [...starts].sort((a, b) => a - b)) {
    const fields = fieldsOfFloating(occurrence)
    if (excludedDays.has(`${fields[0]}-${fields[1]}-${fields[2]}`)) continue
    const start = zonedInstant(fields, zone)
    const end = meeting.allDay
      ? zonedInstant(fieldsOfFloating(occurrence + allDayLength * DAY), zone)
      : new Date(start.getTime() + duration)
    if (end.getTime() <= from || start.getTime() >= to) continue
    occurrences.push({ ...single, start, end, recurrenceId: start })
  }
  return occurrences
}

/**
 * Expands meetings into their occurrences overlapping the window `[from, to)`, so a schedule, a
 * calendar view or {@link conflicts!detectConflicts | detectConflicts} can treat a recurring series
 * like single meetings.
 *
 * Rules are expanded in floating wall-clock time in each meeting's `timeZone` (by core's own
 * RFC 5545 expander), then each occurrence is placed in that zone with `@date-fns/tz`: a weekly 08:00
 * meeting in Europe/Berlin stays at 08:00 across both daylight-saving changes. RFC 5545 forms
 * understood: `RRULE` and `EXRULE` (every rule part), `RDATE` and `EXDATE` with UTC (`…Z`),
 * floating, `;TZID=` and `;VALUE=DATE` values (a date-only EXDATE removes every occurrence on that
 * day; a `PERIOD` RDATE keeps its start). `DTSTART` is always the first occurrence. A timed
 * occurrence keeps the series' duration; an all-day one keeps its number of days.
 *
 * Complexity: O(n + k log k) for k occurrences, plus the rule iteration up to the window.
 *
 * @category Meeting
 * @param meetings - Parsed meetings, recurring or not.
 * @param options - The window `{ from, to }`, `maxOccurrences` per series and the error language.
 * @returns Every occurrence overlapping the window, sorted by start.
 * @throws {@link errors!LienthongError | LienthongError} when a recurrence line cannot be read
 *   (path `[meetingIndex, 'recurrence', lineIndex]`), or a series yields more than
 *   `maxOccurrences` in the window.
 * @example
 * ```ts
 * import { expandMeetings, parseMeeting } from '@lienthong/core/meeting'
 * import { detectConflicts } from '@lienthong/core/conflicts'
 *
 * const monthly = parseMeeting({
 *   id: 'giao-ban-3-vp', title: 'Giao ban ba Văn phòng', kind: 'other', hostId: 'vp',
 *   start: '2026-01-05T14:00:00+07:00', end: '2026-01-05T16:00:00+07:00',
 *   venueId: 'phong-1', recurrence: ['RRULE:FREQ=MONTHLY;BYDAY=1MO;COUNT=12'],
 * })
 * const occurrences = expandMeetings([monthly], {
 *   from: new Date('2026-01-01T00:00:00+07:00'),
 *   to: new Date('2027-01-01T00:00:00+07:00'),
 * })
 * occurrences.length // 12
 * detectConflicts(occurrences) // occurrences of one series never clash with each other
 * ```
 */
export function expandMeetings(
  meetings: readonly Meeting[],
  options: ExpandOptions,
): MeetingOccurrence[] {
  const all: MeetingOccurrence[] = []
  meetings.forEach((meeting, index) => {
    try {
      all.push(...expandMeeting(meeting, options))
    } catch (error) {
      if (!(error instanceof LienthongError)) throw error
      throw new LienthongError({
        code: error.code,
        subject: error.subject,
        locale: options.locale ?? 'en',
        issues: error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })),
      })
    }
  })
  return all.sort((a, b) => a.start.getTime() - b.start.getTime())
}

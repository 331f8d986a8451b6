import type { Meeting, MeetingStatus } from '../meeting/meeting.schema.js'
import type { Organization, Person, Venue } from '../office/office.schema.js'
import { serializeMeeting } from '../meeting/parseMeeting.js'
import { zonedInstant } from '../meeting/recurrenceLines.js'
import { escapeText, foldLine, paramValue } from './contentLines.js'
import type { MeetingsToICSOptions } from './icalOptions.js'
import { isLocalMidnight, isUtcZone, localStamp, utcStamp, vtimezoneLines } from './icalTime.js'

/** iCalendar STATUS of each meeting status (VEVENT knows only these three). */
export const icsStatusOf: Record<MeetingStatus, 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED'> = {
  planned: 'CONFIRMED',
  confirmed: 'CONFIRMED',
  held: 'CONFIRMED',
  tentative: 'TENTATIVE',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
}

/** The property that carries, as JSON, every field iCalendar has no property for. */
export const EXTRAS_PROPERTY = 'X-LIENTHONG-MEETING'

/** Years of time-zone changes written after the last meeting that recurs. */
const RECURRING_YEARS = 10

function uri(kind: 'person' | 'organization', id: string, email: string | undefined): string {
  return email === undefined
    ? `urn:x-lienthong:${kind}:${encodeURIComponent(id)}`
    : `mailto:${email}`
}

/** True when the meeting is written with VALUE=DATE (all day, from midnight to midnight). */
export function writesAsDates(meeting: Meeting): boolean {
  return (
    meeting.allDay &&
    isLocalMidnight(meeting.start, meeting.timeZone) &&
    isLocalMidnight(meeting.end, meeting.timeZone)
  )
}

function timeProperty(name: string, instant: Date, meeting: Meeting, dates: boolean): string {
  if (dates) return `${name};VALUE=DATE:${localStamp(instant, meeting.timeZone).date}`
  const { date, time } = localStamp(instant, meeting.timeZone)
  const fields = [
    date.slice(0, 4),
    date.slice(4, 6),
    date.slice(6),
    time.slice(0, 2),
    time.slice(2, 4),
    time.slice(4),
  ]
  const exact = zonedInstant(
    fields.map(Number) as unknown as Parameters<typeof zonedInstant>[0],
    meeting.timeZone,
  )
  // A wall-clock time repeated when clocks go back names its first instant (RFC 5545 §3.3.5),
  // so the second one, like any time in a UTC zone, is written in UTC.
  if (
    isUtcZone(meeting.timeZone) ||
    exact.getTime() !== Math.floor(instant.getTime() / 1000) * 1000
  ) {
    return `${name}:${utcStamp(instant)}`
  }
  return `${name};TZID=${meeting.timeZone}:${date}T${time}`
}

const WRITTEN_AS_PROPERTIES = new Set(['id', 'title', 'description', 'start', 'end', 'recurrence'])

/** Fields with no iCalendar property, for {@link EXTRAS_PROPERTY}. */
function extrasOf(meeting: Meeting): Record<string, unknown> {
  const wire: Partial<ReturnType<typeof serializeMeeting>> = serializeMeeting(meeting)
  const rest = Object.fromEntries(
    Object.entries(wire).filter(([key]) => !WRITTEN_AS_PROPERTIES.has(key)),
  )
  // Recurrence lines are written as themselves; only an empty list has to travel here.
  return meeting.recurrence?.length === 0 ? { ...rest, recurrence: [] } : rest
}

/** The look-ups of the options, by id. */
interface Directory {
  readonly people: ReadonlyMap<string, Person>
  readonly venues: ReadonlyMap<string, Venue>
  readonly organizations: ReadonlyMap<string, Organization>
}

function eventLines(
  meeting: Meeting,
  options: MeetingsToICSOptions,
  directory: Directory,
  stamp: string,
): string[] {
  const { people } = directory
  const venue = meeting.venueId === undefined ? undefined : directory.venues.get(meeting.venueId)
  const host = directory.organizations.get(meeting.hostId)
  const dates = writesAsDates(meeting)
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${meeting.id}@${options.domain ?? 'lienthong'}`)}`,
    `DTSTAMP:${stamp}`,
    timeProperty('DTSTART', meeting.start, meeting, dates),
    timeProperty('DTEND', meeting.end, meeting, dates),
    `SUMMARY:${escapeText(meeting.title)}`,
  ]
  if (meeting.description !== undefined)
    lines.push(`DESCRIPTION:${escapeText(meeting.description)}`)
  if (venue !== undefined) {
    const place = venue.address === undefined ? venue.name : `${venue.name}, ${venue.address}`
    lines.push(`LOCATION:${escapeText(place)}`)
  }
  lines.push(
    `ORGANIZER;CN=${paramValue(host?.name ?? meeting.hostId)}:${uri('organization', meeting.hostId, undefined)}`,
  )
  const attendees = [
    ...(meeting.chairId === undefined ? [] : [[meeting.chairId, 'CHAIR'] as const]),
    ...meeting.participantIds
      .filter((id) => id !== meeting.chairId)
      .map((id) => [id, 'REQ-PARTICIPANT'] as const),
  ]
  for (const [id, role] of attendees) {
    const person = people.get(id)
    lines.push(
      `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=${role};CN=${paramValue(person?.name ?? id)}:${uri('person', id, person?.email)}`,
    )
  }
  lines.push(`STATUS:${icsStatusOf[meeting.status]}`)
  const url = options.url?.(meeting)
  if (url !== undefined) lines.push(`URL:${url.replace(/[\r\n]/g, '')}`)
  for (const line of meeting.recurrence ?? []) lines.push(line)
  lines.push(`${EXTRAS_PROPERTY}:${escapeText(JSON.stringify(extrasOf(meeting)))}`, 'END:VEVENT')
  return lines
}

/** The interval each zone's VTIMEZONE must cover. */
function zoneSpans(meetings: readonly Meeting[]): Map<string, { from: number; to: number }> {
  const spans = new Map<string, { from: number; to: number }>()
  for (const meeting of meetings) {
    if (writesAsDates(meeting) || isUtcZone(meeting.timeZone)) continue
    const from = Date.UTC(meeting.start.getUTCFullYear() - 1, 0, 1)
    const lastYear =
      meeting.end.getUTCFullYear() + (meeting.recurrence === undefined ? 1 : RECURRING_YEARS)
    const to = Date.UTC(lastYear, 0, 1)
    const span = spans.get(meeting.timeZone)
    spans.set(meeting.timeZone, {
      from: Math.min(span?.from ?? from, from),
      to: Math.max(span?.to ?? to, to),
    })
  }
  return spans
}

/**
 * Writes meetings as an iCalendar (RFC 5545) file that calendar apps can import or subscribe to.
 *
 * Each meeting is one VEVENT: `UID` is `id@domain` (stable, so a re-published feed updates
 * events instead of duplicating them), `DTSTAMP` is `options.now`, `DTSTART`/`DTEND` are written
 * on the wall clock with `TZID=` the meeting's IANA zone, and each zone used gets a VTIMEZONE
 * listing its offset changes over the years the meetings span (10 more years for recurring
 * ones), so Outlook, Google, Apple and Thunderbird all place them — and recurrences stay at the
 * same wall-clock time across daylight saving. All-day meetings from midnight to midnight are
 * written as dates. `SUMMARY`, `DESCRIPTION`, `LOCATION` (the venue's name and address),
 * `ORGANIZER` (the host), `ATTENDEE` (chair with `ROLE=CHAIR`, then participants; `mailto:` when
 * the person has an email), `STATUS` (planned, confirmed and held → CONFIRMED; tentative and
 * postponed → TENTATIVE; cancelled → CANCELLED), `URL`, and the meeting's RRULE, EXRULE, RDATE
 * and EXDATE lines. Fields iCalendar has no property for (kind, host, posts, ids, …) travel as
 * JSON in `X-LIENTHONG-MEETING`, which other apps ignore and {@link meetingsFromICS} reads, so
 * export then import gives the same meetings (to the second: iCalendar has no milliseconds).
 * Text is escaped and lines are folded at 75 octets with CRLF endings.
 *
 * @category iCalendar
 * @param meetings - Parsed meetings.
 * @param options - `now` (required) and the look-ups for names; see {@link MeetingsToICSOptions}.
 * @returns The `.ics` text.
 * @example
 * ```ts
 * import { meetingsToICS } from '@lienthong/core/ical'
 * import { parseMeeting } from '@lienthong/core/meeting'
 *
 * const ics = meetingsToICS(
 *   [parseMeeting({
 *     id: 'm1', title: 'Phiên họp UBND thành phố thường kỳ tháng 3', kind: 'peoples-committee-regular-meeting',
 *     hostId: 'ubnd', start: '2026-03-26T08:00:00+07:00', end: '2026-03-26T11:30:00+07:00',
 *   })],
 *   { now: new Date('2026-03-01T00:00:00Z'), domain: 'hanoi.gov.vn' },
 * )
 * ics.includes('UID:m1@hanoi.gov.vn') // true
 * ics.includes('DTSTART;TZID=Asia/Ho_Chi_Minh:20260326T080000') // true
 * ```
 */
export function meetingsToICS(meetings: readonly Meeting[], options: MeetingsToICSOptions): string {
  const stamp = utcStamp(options.now)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId ?? '-//lienthong//@lienthong/core//VI'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ]
  if (options.calendarName !== undefined) {
    lines.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`)
  }
  for (const [zone, span] of zoneSpans(meetings)) {
    lines.push(...vtimezoneLines(zone, new Date(span.from), new Date(span.to)))
  }
  const directory: Directory = {
    people: new Map(options.people?.map((person) => [person.id, person])),
    venues: new Map(options.venues?.map((venue) => [venue.id, venue])),
    organizations: new Map(options.organizations?.map((org) => [org.id, org])),
  }
  for (const meeting of meetings) lines.push(...eventLines(meeting, options, directory, stamp))
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('')
}

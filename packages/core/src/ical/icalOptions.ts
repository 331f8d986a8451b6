import type { MessageLocale } from '../errors/issue.js'
import type { Meeting, MeetingKind } from '../meeting/meeting.schema.js'
import type { Organization, Person, Venue } from '../office/office.schema.js'

/**
 * How {@link meetingsToICS} writes a calendar.
 *
 * @category iCalendar
 * @example
 * ```ts
 * import type { MeetingsToICSOptions } from '@lienthong/core/ical'
 *
 * const options: MeetingsToICSOptions = {
 *   now: new Date('2026-03-01T00:00:00Z'),
 *   domain: 'hanoi.gov.vn',
 *   calendarName: 'Lịch công tác tuần',
 *   url: (meeting) => `https://hanoi.gov.vn/lich/${meeting.id}`,
 * }
 * ```
 */
export interface MeetingsToICSOptions {
  /**
   * When the calendar is written: every VEVENT's DTSTAMP. Required, because a pure function does
   * not read the clock and the same meetings written at the same `now` give the same bytes.
   */
  readonly now: Date
  /** Written after the meeting id in each UID (`id@domain`); default `lienthong`. */
  readonly domain?: string
  /** PRODID of the calendar; default `-//lienthong//@lienthong/core//VI`. */
  readonly productId?: string
  /** X-WR-CALNAME, the name calendar apps show for a subscribed feed. */
  readonly calendarName?: string
  /** People, for attendees' names (CN) and addresses (`mailto:` when they have an email). */
  readonly people?: readonly Person[]
  /** Venues, for LOCATION (name and address). */
  readonly venues?: readonly Venue[]
  /** Organisations, for the ORGANIZER's name (the host). */
  readonly organizations?: readonly Organization[]
  /** A meeting's page, written as URL. */
  readonly url?: (meeting: Meeting) => string | undefined
}

/**
 * How {@link meetingsFromICS} reads a calendar written by other software.
 *
 * @category iCalendar
 * @example
 * ```ts
 * import type { MeetingsFromICSOptions } from '@lienthong/core/ical'
 *
 * const options: MeetingsFromICSOptions = { hostId: 'ubnd', kind: 'working-session' }
 * ```
 */
export interface MeetingsFromICSOptions {
  /** Host of the meetings that do not say (files lienthong did not write). */
  readonly hostId: string
  /** Kind of those meetings; default `'other'`. */
  readonly kind?: MeetingKind
  /** Zone of dates and UTC times that come without one; default the calendar's X-WR-TIMEZONE, else `Asia/Ho_Chi_Minh`. */
  readonly timeZone?: string
  /** The UID domain to strip to get the meeting id back; default `lienthong`. */
  readonly domain?: string
  /** People, to turn attendees' email addresses into person ids. */
  readonly people?: readonly Person[]
  /** Venues, to turn a LOCATION that is a venue's name into its id. */
  readonly venues?: readonly Venue[]
  /** Length given to an event with a start but no end or duration; default 60 minutes. */
  readonly defaultDurationMinutes?: number
  /** Language of errors and warnings; default `'en'`. */
  readonly locale?: MessageLocale
}

/**
 * Something {@link meetingsFromICS} skipped or guessed, with the line it concerns.
 *
 * @category iCalendar
 * @example
 * ```ts
 * import type { ICSWarning } from '@lienthong/core/ical'
 *
 * const warning: ICSWarning = { line: 3, property: 'LOCATION', message: 'names no known venue' }
 * ```
 */
export interface ICSWarning {
  /** 1-based line of the file. */
  readonly line: number
  /** The property or component concerned. */
  readonly property: string
  /** What was done, in the locale asked for. */
  readonly message: string
}

/**
 * What {@link meetingsFromICS} returns.
 *
 * @category iCalendar
 * @example
 * ```ts
 * import { meetingsFromICS, type ICSImport } from '@lienthong/core/ical'
 *
 * const result: ICSImport = meetingsFromICS('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', { hostId: 'ubnd' })
 * result.meetings.length // 0
 * ```
 */
export interface ICSImport {
  /** One meeting per VEVENT (a changed occurrence becomes its own meeting). */
  readonly meetings: Meeting[]
  /** What was skipped or guessed. */
  readonly warnings: ICSWarning[]
}

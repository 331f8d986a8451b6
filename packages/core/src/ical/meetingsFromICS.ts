import { TZDate } from '@date-fns/tz'
import { LienthongError } from '../errors/LienthongError.js'
import type { LienthongIssue, MessageLocale, SafeParseResult } from '../errors/issue.js'
import { formatIssueMessage } from '../errors/formatIssueMessage.js'
import { formatPath } from '../errors/formatPath.js'
import {
  meetingSchema,
  meetingStatuses,
  type Meeting,
  type MeetingStatus,
} from '../meeting/meeting.schema.js'
import { readRecurrenceLines, zonedInstant } from '../meeting/recurrenceLines.js'
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../_lib/timeZone.js'
import { fromZodIssues } from '../_lib/zodIssues.js'
import { unescapeText, type ContentLine, type LineProblem } from './contentLines.js'
import type { ICSImport, ICSWarning, MeetingsFromICSOptions } from './icalOptions.js'
import { EXTRAS_PROPERTY, icsStatusOf } from './meetingsToICS.js'
import { readComponents, type Component } from './readComponents.js'

type Fields = [number, number, number, number, number, number]
type Time =
  | { readonly kind: 'date'; readonly fields: Fields }
  | { readonly kind: 'instant'; readonly at: Date; readonly zone: string | undefined }

/** Thrown inside the reader to stop at the first problem of one event. */
class Refusal extends Error {
  constructor(readonly problem: LineProblem) {
    super(problem.detail)
  }
}

/** Numbers of a match's groups; a group that did not take part counts as 0. */
const numbers = (parts: readonly (string | undefined)[]) => parts.map((part) => Number(part ?? 0))

function refuse(line: number, property: string, detail: string, detailVi: string): never {
  throw new Refusal({ line, property, detail, detailVi })
}

interface Reader {
  readonly options: MeetingsFromICSOptions
  readonly warnings: ICSWarning[]
  /** TZID → its single fixed offset in minutes, for VTIMEZONEs that are not IANA zones. */
  readonly fixedZones: Map<string, number | undefined>
  readonly fallbackZone: string
}

function warn(reader: Reader, line: number, property: string, en: string, vi: string): void {
  reader.warnings.push({ line, property, message: reader.options.locale === 'vi' ? vi : en })
}

function validDate(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(2000, month - 1, day))
  probe.setUTCFullYear(year)
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day
}

/** Reads a DATE or DATE-TIME property value into a day or an instant. */
function readTime(reader: Reader, property: ContentLine, zone: string): Time {
  const value = property.value.trim().toUpperCase()
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value)
  const fields = match === null ? undefined : (numbers(match.slice(1, 7)) as Fields)
  if (
    match === null ||
    fields === undefined ||
    !validDate(fields[0], fields[1], fields[2]) ||
    fields[3] > 23 ||
    fields[4] > 59 ||
    fields[5] > 60 ||
    (property.params.VALUE === 'DATE' && match[4] !== undefined)
  ) {
    refuse(
      property.line,
      property.name,
      `${JSON.stringify(property.value)} is not a date YYYYMMDD or a date-time YYYYMMDDTHHMMSS[Z]`,
      `${JSON.stringify(property.value)} không phải ngày YYYYMMDD hoặc thời điểm YYYYMMDDTHHMMSS[Z]`,
    )
  }
  if (match[4] === undefined) return { kind: 'date', fields }
  if (match[7] === 'Z') {
    const at = new Date(0)
    at.setUTCFullYear(fields[0], fields[1] - 1, fields[2])
    at.setUTCHours(fields[3], fields[4], fields[5])
    return { kind: 'instant', at, zone: undefined }
  }
  const tzid = property.params.TZID?.replace(/^\//, '')
  if (tzid === undefined)
    return { kind: 'instant', at: zonedInstant(fields, zone), zone: undefined }
  if (isValidTimeZone(tzid)) return { kind: 'instant', at: zonedInstant(fields, tzid), zone: tzid }
  const fixed = reader.fixedZones.get(tzid)
  if (fixed === undefined) {
    refuse(
      property.line,
      property.name,
      `TZID ${JSON.stringify(tzid)} is neither an IANA time zone nor a VTIMEZONE of this file with one fixed offset`,
      `TZID ${JSON.stringify(tzid)} không phải múi giờ IANA, cũng không phải VTIMEZONE có một độ lệch cố định trong tệp`,
    )
  }
  const at = new Date(zonedInstant(fields, 'UTC').getTime() - fixed * 60_000)
  warn(
    reader,
    property.line,
    property.name,
    `TZID ${tzid} is not an IANA time zone: placed with its VTIMEZONE's fixed offset, meeting zone ${zone}`,
    `TZID ${tzid} không phải múi giờ IANA: dùng độ lệch cố định trong VTIMEZONE, múi giờ cuộc họp ${zone}`,
  )
  return { kind: 'instant', at, zone: undefined }
}

/** A duration (RFC 5545 §3.3.6) as days (nominal) and milliseconds (exact). */
function readDuration(property: ContentLine): { days: number; ms: number } {
  const match = /^\+?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(
    property.value.trim().toUpperCase(),
  )
  if (match === null || property.value.trim().length <= 2) {
    refuse(
      property.line,
      'DURATION',
      `${JSON.stringify(property.value)} is not a positive duration such as PT1H30M or P1D`,
      `${JSON.stringify(property.value)} không phải khoảng thời gian dương như PT1H30M hoặc P1D`,
    )
  }
  const [weeks, days, hours, minutes, seconds] = numbers(match.slice(1)) as [
    number,
    number,
    number,
    number,
    number,
  ]
  return { days: weeks * 7 + days, ms: ((hours * 60 + minutes) * 60 + seconds) * 1000 }
}

function addDays(instant: Date, days: number, zone: string): Date {
  const local = new TZDate(instant.getTime(), zone)
  return zonedInstant(
    [
      local.getFullYear(),
      local.getMonth() + 1,
      local.getDate() + days,
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
    ],
    zone,
  )
}

function readExtras(property: ContentLine | undefined): Record<string, unknown> {
  if (property === undefined) return {}
  let value: unknown
  try {
    value = JSON.parse(unescapeText(property.value))
  } catch {
    value = undefined
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    refuse(
      property.line,
      EXTRAS_PROPERTY,
      'is not the JSON object lienthong writes',
      'không phải đối tượng JSON do lienthong ghi',
    )
  }
  return value as Record<string, unknown>
}

const statusOfIcs: Record<string, MeetingStatus> = {
  CONFIRMED: 'confirmed',
  TENTATIVE: 'tentative',
  CANCELLED: 'cancelled',
}

function readStatus(
  reader: Reader,
  property: ContentLine | undefined,
  extras: unknown,
): MeetingStatus {
  const own = meetingStatuses.find((status) => status === extras)
  if (property === undefined) return own ?? 'planned'
  const value = property.value.trim().toUpperCase()
  if (own !== undefined && icsStatusOf[own] === value) return own
  const status = statusOfIcs[value]
  if (status !== undefined) return status
  warn(
    reader,
    property.line,
    'STATUS',
    `${value} is not an event status: read as planned`,
    `${value} không phải trạng thái sự kiện: coi là planned`,
  )
  return 'planned'
}

function readPeople(
  event: Component,
  reader: Reader,
): { chairId?: string; participantIds: string[] } {
  const byEmail = new Map(
    reader.options.people?.flatMap((p) =>
      p.email === undefined ? [] : [[p.email.toLowerCase(), p.id] as const],
    ),
  )
  let chairId: string | undefined
  const participantIds: string[] = []
  for (const attendee of event.properties.filter((p) => p.name === 'ATTENDEE')) {
    const cutype = attendee.params.CUTYPE?.toUpperCase()
    if (cutype === 'ROOM' || cutype === 'RESOURCE') continue
    const address = attendee.value.trim()
    const urn = /^urn:x-lienthong:person:(.+)$/i.exec(address)?.[1]
    const email = /^mailto:(.+)$/i.exec(address)?.[1]
    let id: string
    try {
      id =
        urn !== undefined
          ? decodeURIComponent(urn)
          : email !== undefined
            ? (byEmail.get(email.toLowerCase()) ?? email)
            : address
    } catch {
      id = address
    }
    if (id === '' || participantIds.includes(id)) continue
    participantIds.push(id)
    if (attendee.params.ROLE?.toUpperCase() === 'CHAIR' && chairId === undefined) chairId = id
  }
  return chairId === undefined ? { participantIds } : { chairId, participantIds }
}

function readVenue(reader: Reader, location: ContentLine | undefined): string | undefined {
  if (location === undefined) return undefined
  const text = unescapeText(location.value).trim()
  if (text === '') return undefined
  const venue = reader.options.venues?.find(
    (v) => text === v.name || (v.address !== undefined && text === `${v.name}, ${v.address}`),
  )
  if (venue === undefined) {
    warn(
      reader,
      location.line,
      'LOCATION',
      `${JSON.stringify(text)} is not the name of a venue given in options.venues: no venueId`,
      `${JSON.stringify(text)} không phải tên địa điểm nào trong options.venues: không gán venueId`,
    )
  }
  return venue?.id
}

const fieldProperty: Record<string, string> = {
  id: 'UID',
  title: 'SUMMARY',
  description: 'DESCRIPTION',
  start: 'DTSTART',
  end: 'DTEND',
  allDay: 'DTSTART',
  timeZone: 'DTSTART',
  recurrence: 'RRULE',
  status: 'STATUS',
  venueId: 'LOCATION',
  participantIds: 'ATTENDEE',
  chairId: 'ATTENDEE',
}

interface Draft {
  meeting: Meeting
  uid: string
  line: number
  /** For a changed occurrence: the EXDATE line its series gets. */
  replaces?: string
}

function readEvent(reader: Reader, event: Component): Draft {
  const first = (name: string) => event.properties.find((p) => p.name === name)
  const { options } = reader
  const extras = readExtras(first(EXTRAS_PROPERTY))
  const uidProperty = first('UID')
  const uid = uidProperty === undefined ? undefined : unescapeText(uidProperty.value).trim()
  const suffix = `@${options.domain ?? 'lienthong'}`
  let id =
    uid === undefined || uid === ''
      ? `event-line-${event.line}`
      : uid.endsWith(suffix) && uid.length > suffix.length
        ? uid.slice(0, -suffix.length)
        : uid
  if (uid === undefined || uid === '') {
    warn(reader, event.line, 'UID', `VEVENT has no UID: id ${id}`, `VEVENT không có UID: mã ${id}`)
  }

  const dtstart = first('DTSTART')
  if (dtstart === undefined) {
    refuse(
      event.line,
      'DTSTART',
      'the VEVENT starting here has no DTSTART',
      'VEVENT bắt đầu ở dòng này không có DTSTART',
    )
  }
  const lines = event.properties.filter((p) =>
    ['RRULE', 'EXRULE', 'RDATE', 'EXDATE'].includes(p.name),
  )
  const rrules = lines.filter((p) => p.name === 'RRULE')
  const ownZone =
    typeof extras.timeZone === 'string' && isValidTimeZone(extras.timeZone)
      ? extras.timeZone
      : undefined
  const start = readTime(reader, dtstart, ownZone ?? reader.fallbackZone)
  const zone =
    start.kind === 'instant' && start.zone !== undefined
      ? start.zone
      : (ownZone ??
        (start.kind === 'instant' && /Z$/i.test(dtstart.value.trim()) && rrules.length > 0
          ? 'UTC'
          : reader.fallbackZone))
  const startAt = start.kind === 'date' ? zonedInstant(start.fields, zone) : start.at

  const dtend = first('DTEND')
  const duration = first('DURATION')
  let endAt: Date
  if (dtend !== undefined) {
    const end = readTime(reader, dtend, zone)
    endAt = end.kind === 'date' ? zonedInstant(end.fields, zone) : end.at
  } else if (duration !== undefined) {
    const { days, ms } = readDuration(duration)
    endAt = new Date(addDays(startAt, days, zone).getTime() + ms)
  } else if (start.kind === 'date') {
    endAt = addDays(startAt, 1, zone)
  } else {
    const minutes = options.defaultDurationMinutes ?? 60
    endAt = new Date(startAt.getTime() + minutes * 60_000)
    warn(
      reader,
      dtstart.line,
      'DTEND',
      `no DTEND or DURATION: the meeting lasts ${minutes} minutes`,
      `không có DTEND hoặc DURATION: cuộc họp kéo dài ${minutes} phút`,
    )
  }
  if (endAt.getTime() <= startAt.getTime()) {
    const where = dtend ?? duration ?? dtstart
    refuse(
      where.line,
      where.name,
      'the event ends before it starts (or when it starts)',
      'sự kiện kết thúc trước (hoặc đúng lúc) khi bắt đầu',
    )
  }

  const second = rrules[1]
  if (second !== undefined) {
    refuse(
      second.line,
      'RRULE',
      `a meeting takes one RRULE (RFC 5545 recommends it), and this VEVENT already has one on line ${rrules[0]?.line ?? '?'}; add dates with RDATE`,
      `mỗi cuộc họp chỉ có một RRULE, VEVENT này đã có RRULE ở dòng ${rrules[0]?.line ?? '?'}; thêm ngày bằng RDATE`,
    )
  }
  for (const line of lines) {
    try {
      readRecurrenceLines([line.raw])
    } catch (error) {
      const issue = error instanceof LienthongError ? error.issues[0] : undefined
      const params = issue?.params ?? {}
      refuse(
        line.line,
        line.name,
        `${JSON.stringify(line.raw)}: ${typeof params.detail === 'string' ? params.detail : 'cannot be read'}`,
        `${JSON.stringify(line.raw)}: ${typeof params.detailVi === 'string' ? params.detailVi : 'không đọc được'}`,
      )
    }
  }

  const recurrenceId = first('RECURRENCE-ID')
  let replaces: string | undefined
  if (recurrenceId !== undefined) {
    const exdate = recurrenceId.raw
      .replace(/^RECURRENCE-ID/i, 'EXDATE')
      .replace(/;RANGE=[^;:]*/i, '')
    id = `${id}#${recurrenceId.value.trim()}`
    try {
      readRecurrenceLines([exdate])
      replaces = exdate
    } catch {
      warn(
        reader,
        recurrenceId.line,
        'RECURRENCE-ID',
        'cannot be read: the series keeps its own occurrence too',
        'không đọc được: chuỗi cuộc họp vẫn giữ lần họp gốc',
      )
    }
  }

  const summary = first('SUMMARY')
  const description = first('DESCRIPTION')
  let title = summary === undefined ? '' : unescapeText(summary.value).trim()
  if (title === '') {
    title = options.locale === 'vi' ? '(Không có tiêu đề)' : '(No title)'
    warn(
      reader,
      summary?.line ?? event.line,
      'SUMMARY',
      `no SUMMARY: titled ${title}`,
      `không có SUMMARY: đặt tiêu đề ${title}`,
    )
  }
  const status = readStatus(reader, first('STATUS'), extras.status)
  const people = 'participantIds' in extras || 'chairId' in extras ? {} : readPeople(event, reader)
  const venueId = 'venueId' in extras ? undefined : readVenue(reader, first('LOCATION'))
  const input: Record<string, unknown> = {
    kind: options.kind ?? 'other',
    hostId: options.hostId,
    ...extras,
    ...people,
    ...(venueId === undefined ? {} : { venueId }),
    id,
    title,
    ...(description === undefined ? {} : { description: unescapeText(description.value) }),
    start: startAt.toISOString(),
    end: endAt.toISOString(),
    allDay: typeof extras.allDay === 'boolean' ? extras.allDay : start.kind === 'date',
    timeZone: zone,
    status,
    ...(lines.length === 0 ? {} : { recurrence: lines.map((line) => line.raw) }),
  }
  const result = meetingSchema.safeParse(input)
  if (!result.success) {
    const [issue] = fromZodIssues(result.error.issues, options.locale ?? 'en')
    const field = String(issue?.path[0] ?? '')
    const name = fieldProperty[field] ?? (field in extras ? EXTRAS_PROPERTY : 'VEVENT')
    const where = event.properties.find((p) => p.name === name)
    const detail =
      issue === undefined ? 'is invalid' : `${formatPath(issue.path)}: ${issue.message}`
    refuse(where?.line ?? event.line, name, detail, detail)
  }
  return {
    meeting: result.data,
    uid: uid ?? id,
    line: event.line,
    ...(replaces === undefined ? {} : { replaces }),
  }
}

/** The single fixed offset (minutes) of a VTIMEZONE, when it has exactly one. */
function fixedOffset(zone: Component): number | undefined {
  const offsets = new Set<string>()
  for (const observance of zone.components) {
    for (const p of observance.properties) {
      if (p.name === 'TZOFFSETTO' || p.name === 'TZOFFSETFROM') offsets.add(p.value.trim())
      if (p.name === 'RRULE' || p.name === 'RDATE') offsets.add('rule')
    }
  }
  const [only] = offsets
  const match =
    offsets.size === 1 && only !== undefined ? /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec(only) : null
  if (match === null) return undefined
  const minutes = Number(match[2]) * 60 + Number(match[3]) + Number(match[4] ?? 0) / 60
  return match[1] === '-' ? -minutes : minutes
}

function toIssue(problem: LineProblem, locale: MessageLocale): LienthongIssue {
  const params = { ...problem }
  return {
    code: 'invalid_ics',
    path: [],
    params,
    message: formatIssueMessage({ code: 'invalid_ics', params }, locale),
  }
}

function readCalendar(text: string, options: MeetingsFromICSOptions): ICSImport {
  const locale = options.locale ?? 'en'
  const { calendars, problems, skipped } = readComponents(text)
  const warnings: ICSWarning[] = []
  const refused: LineProblem[] = [...problems]
  const meetings: Meeting[] = []
  for (const line of skipped) {
    warnings.push({
      line,
      property: '(blank line)',
      message: locale === 'vi' ? 'bỏ qua dòng trống' : 'blank line skipped',
    })
  }
  for (const calendar of refused.length === 0 ? calendars : []) {
    const calendarZone = calendar.properties.find((p) => p.name === 'X-WR-TIMEZONE')?.value.trim()
    const reader: Reader = {
      options,
      warnings,
      fixedZones: new Map(),
      fallbackZone:
        options.timeZone ??
        (calendarZone !== undefined && isValidTimeZone(calendarZone)
          ? calendarZone
          : DEFAULT_TIME_ZONE),
    }
    const drafts: Draft[] = []
    for (const component of calendar.components) {
      if (component.name === 'VTIMEZONE') {
        const tzid = component.properties.find((p) => p.name === 'TZID')?.value.trim()
        if (tzid === undefined)
          warn(reader, component.line, 'VTIMEZONE', 'has no TZID: skipped', 'không có TZID: bỏ qua')
        else reader.fixedZones.set(tzid.replace(/^\//, ''), fixedOffset(component))
      }
    }
    for (const component of calendar.components) {
      if (component.name === 'VTIMEZONE') continue
      if (component.name !== 'VEVENT') {
        warn(
          reader,
          component.line,
          component.name,
          `${component.name} is not an event: skipped`,
          `${component.name} không phải sự kiện: bỏ qua`,
        )
        continue
      }
      try {
        drafts.push(readEvent(reader, component))
      } catch (error) {
        if (!(error instanceof Refusal)) throw error
        refused.push(error.problem)
      }
    }
    const seen = new Map<string, Draft>()
    for (const draft of drafts) {
      if (draft.replaces === undefined) seen.set(draft.uid, seen.get(draft.uid) ?? draft)
    }
    for (const draft of drafts) {
      if (draft.replaces === undefined) continue
      const series = seen.get(draft.uid)
      const recurrence = series?.meeting.recurrence
      if (series !== undefined && recurrence !== undefined) {
        series.meeting = { ...series.meeting, recurrence: [...recurrence, draft.replaces] }
      }
      warn(
        reader,
        draft.line,
        'RECURRENCE-ID',
        `a changed occurrence of ${draft.uid} becomes its own meeting ${draft.meeting.id}${series === undefined ? '' : '; the series skips that date'}`,
        `lần họp được sửa của ${draft.uid} thành cuộc họp riêng ${draft.meeting.id}${series === undefined ? '' : '; chuỗi cuộc họp bỏ ngày đó'}`,
      )
    }
    meetings.push(...drafts.map((draft) => draft.meeting))
  }
  if (refused.length > 0) {
    throw new LienthongError({
      code: 'invalid_input',
      subject: 'iCalendar',
      locale,
      issues: refused.map((p) => toIssue(p, locale)),
    })
  }
  return { meetings, warnings: warnings.sort((a, b) => a.line - b.line) }
}

/**
 * Reads meetings from an iCalendar (RFC 5545) file, whoever wrote it: Google, Outlook, Apple,
 * Thunderbird, Zimbra or {@link meetingsToICS}.
 *
 * One meeting per VEVENT. `UID` gives the id (without `@domain` when it ends so), `SUMMARY` the
 * title, `DTSTART` with `DTEND` or `DURATION` the times (a `TZID` that is an IANA zone becomes
 * the meeting's `timeZone`; a non-IANA VTIMEZONE with one fixed offset is used for that offset;
 * dates make all-day meetings), `STATUS` the status, `ATTENDEE`s the participants (person ids
 * found by email in `options.people`, else the email address; `ROLE=CHAIR` is the chair),
 * `LOCATION` the venue (by name in `options.venues`), and RRULE/EXRULE/RDATE/EXDATE lines the
 * recurrence, kept as written (expand them with {@link meeting!expandMeetings | expandMeetings};
 * nothing is expanded here). A VEVENT with `RECURRENCE-ID` (one changed occurrence) becomes its
 * own meeting `uid#recurrence-id`, and its series gets an EXDATE for the date it replaces.
 * `X-LIENTHONG-MEETING`, when present, restores the fields only lienthong knows. The host and
 * kind of meetings from other software come from `options`. Blank lines, alarms, to-dos and
 * unknown components are skipped and reported in `warnings`.
 *
 * Complexity: O(size of the text).
 *
 * @category iCalendar
 * @param text - The `.ics` file's text.
 * @param options - `hostId` (required), `kind`, zone and look-ups; see {@link MeetingsFromICSOptions}.
 * @returns `{ meetings, warnings }`.
 * @throws {@link errors!LienthongError | LienthongError} listing every event that cannot become a
 *   meeting, each issue (`invalid_ics`) naming the line and the property: a malformed line, an
 *   unknown TZID, a second RRULE, an unreadable date, an end before the start, a missing title.
 * @example
 * ```ts
 * import { meetingsFromICS } from '@lienthong/core/ical'
 *
 * const { meetings } = meetingsFromICS(
 *   [
 *     'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//example//EN', 'BEGIN:VEVENT', 'UID:1@example.org',
 *     'DTSTAMP:20260301T000000Z', 'DTSTART;TZID=Asia/Ho_Chi_Minh:20260302T080000',
 *     'DTEND;TZID=Asia/Ho_Chi_Minh:20260302T093000', 'SUMMARY:Giao ban tuần',
 *     'RRULE:FREQ=WEEKLY;BYDAY=MO', 'END:VEVENT', 'END:VCALENDAR',
 *   ].join('\r\n'),
 *   { hostId: 'ubnd' },
 * )
 * meetings[0]?.start.toISOString() // '2026-03-02T01:00:00.000Z'
 * meetings[0]?.recurrence // ['RRULE:FREQ=WEEKLY;BYDAY=MO']
 * ```
 */
export function meetingsFromICS(text: string, options: MeetingsFromICSOptions): ICSImport {
  const result = safeMeetingsFromICS(text, options)
  if (!result.ok) throw result.error
  return result.value
}

/**
 * Like {@link meetingsFromICS} but never throws, whatever it is given: returns
 * `{ ok: true, value: { meetings, warnings } }` or `{ ok: false, error }`.
 *
 * @category iCalendar
 * @param text - The `.ics` file's text (anything else is refused).
 * @param options - As for {@link meetingsFromICS}.
 * @returns The import, or the {@link errors!LienthongError | LienthongError} naming each line refused.
 * @example
 * ```ts
 * import { safeMeetingsFromICS } from '@lienthong/core/ical'
 *
 * const result = safeMeetingsFromICS('BEGIN:VEVENT\r\nEND:VEVENT\r\n', { hostId: 'ubnd' })
 * if (!result.ok) console.log(result.error.format('vi'))
 * ```
 */
export function safeMeetingsFromICS(
  text: unknown,
  options: MeetingsFromICSOptions,
): SafeParseResult<ICSImport> {
  const locale = options.locale ?? 'en'
  if (typeof text !== 'string') {
    const problem = {
      line: 0,
      property: 'VCALENDAR',
      detail: `expected the text of an .ics file, received ${typeof text}`,
      detailVi: `cần nội dung tệp .ics, nhận được ${typeof text}`,
    }
    return {
      ok: false,
      error: new LienthongError({
        code: 'invalid_input',
        subject: 'iCalendar',
        locale,
        issues: [toIssue(problem, locale)],
      }),
    }
  }
  try {
    return { ok: true, value: readCalendar(text, options) }
  } catch (error) {
    if (error instanceof LienthongError) return { ok: false, error }
    const detail = error instanceof Error ? error.message : 'cannot be read'
    const problem = { line: 0, property: 'VCALENDAR', detail, detailVi: detail }
    return {
      ok: false,
      error: new LienthongError({
        code: 'invalid_input',
        subject: 'iCalendar',
        locale,
        issues: [toIssue(problem, locale)],
      }),
    }
  }
}

import type { HolidayCalendar, HolidayCalendarInput } from '../calendar/holidayCalendar.schema.js'
import { safeParseHolidayCalendar } from '../calendar/parseHolidayCalendar.js'
import { LienthongError } from '../errors/LienthongError.js'
import type { MessageLocale, SafeParseResult } from '../errors/issue.js'
import type { Meeting } from '../meeting/meeting.schema.js'
import { safeParseMeeting } from '../meeting/parseMeeting.js'
import type { Organization, Person, Venue } from '../office/office.schema.js'
import { safeParseOrganization } from '../office/parseOrganization.js'
import { safeParsePerson } from '../office/parsePerson.js'
import { safeParseVenue } from '../office/parseVenue.js'
import {
  checkList,
  checkMeeting,
  checkNumber,
  checkOrganization,
  checkPerson,
  checkVenue,
  isCheckedMeeting,
  isCheckedPerson,
  isCheckedVenue,
  isFull,
  type IssueCollector,
  looksParsed,
  parseList,
  prefixed,
  report,
  wrongType,
} from './checkInput.js'
import { conflictKinds, type Conflict, type ConflictKind } from './conflicts.schema.js'
import type { MeetingView } from './meetingResources.js'
import { resolveContext, type ReferenceData } from './resolveContext.js'
import { sweepConflicts } from './sweepConflicts.js'

/**
 * Options of {@link detectConflicts}.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { DetectConflictsOptions } from '@lienthong/core/conflicts'
 *
 * const options: DetectConflictsOptions = {
 *   travelBufferMinutes: 45,
 *   kinds: ['person-double-booked', 'venue-double-booked'],
 *   isNonWorkingDay: (date) => date === '2026-09-02',
 *   locale: 'vi',
 * }
 * ```
 */
export interface DetectConflictsOptions {
  /**
   * Minutes a person needs between consecutive meetings at different venues; default 30.
   * 0 turns travel-time checks off. At most 1440.
   */
  readonly travelBufferMinutes?: number
  /** Which kinds to look for; default every one of {@link conflictKinds}. */
  readonly kinds?: readonly ConflictKind[]
  /**
   * Tells whether a calendar date (`YYYY-MM-DD`, in the host office's zone) is a holiday or
   * other day off, besides those of {@link ConflictContext.calendar}. Without either no
   * `holiday` conflicts are reported. Asked only about working weekdays, each date at most once
   * per call.
   */
  readonly isNonWorkingDay?: (date: string) => boolean
  /** Language of each conflict's `message`: `'en'` (default) or `'vi'`. */
  readonly locale?: MessageLocale
}

/**
 * What {@link detectConflicts} needs besides the meetings: who holds which post (to resolve
 * `requiredPosts`, and for names), venue capacities, the host offices' working hours and zones,
 * and the options.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictContext } from '@lienthong/core/conflicts'
 * import { parseOrganization } from '@lienthong/core/office'
 *
 * const context: ConflictContext = {
 *   organizations: [
 *     parseOrganization({ id: 'ubnd', name: 'UBND thành phố', kind: 'peoples-committee', level: 'province' }),
 *   ],
 *   options: { travelBufferMinutes: 20 },
 * }
 * ```
 */
export interface ConflictContext {
  /** People and their posts; a post required by a meeting is resolved to its holder on the day. */
  readonly people?: readonly Person[]
  /** Venues with their capacities. */
  readonly venues?: readonly Venue[]
  /**
   * Organisations with their working hours and zones. A meeting whose host is not listed is
   * read against {@link office!DEFAULT_WORKING_HOURS | DEFAULT_WORKING_HOURS} in its own zone.
   */
  readonly organizations?: readonly Organization[]
  /**
   * The holiday calendar (e.g. `vietnamWorkingCalendar`): a meeting on one of its holidays or
   * days off is a `holiday` conflict, and one on a weekly rest day it makes a working day (a
   * Saturday worked in exchange for a bridge day) is not a `weekly-rest-day` one. Outside its
   * span, the host office's working weekdays decide.
   */
  readonly calendar?: HolidayCalendarInput
  readonly options?: DetectConflictsOptions
}

const SUBJECT = 'detectConflicts input'
const knownKinds: readonly unknown[] = conflictKinds

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function localeOf(context: unknown): MessageLocale {
  if (!isObject(context) || !isObject(context.options)) return 'en'
  return context.options.locale === 'vi' ? 'vi' : 'en'
}

function checkOptions(collector: IssueCollector, options: unknown): void {
  if (options === undefined) return
  if (!isObject(options)) {
    wrongType(collector, ['options'], 'object', options)
    return
  }
  checkNumber(collector, options.travelBufferMinutes, ['options', 'travelBufferMinutes'], {
    minimum: 0,
    maximum: 1440,
  })
  const kinds = options.kinds
  if (kinds !== undefined) {
    if (!Array.isArray(kinds)) wrongType(collector, ['options', 'kinds'], 'array', kinds)
    else {
      kinds.forEach((kind: unknown, index) => {
        if (!knownKinds.includes(kind)) {
          report(collector, 'invalid_value', ['options', 'kinds', index], {
            values: [...conflictKinds],
          })
        }
      })
    }
  }
  const holidays = options.isNonWorkingDay
  if (holidays !== undefined && typeof holidays !== 'function') {
    wrongType(collector, ['options', 'isNonWorkingDay'], 'function', holidays)
  }
  const locale = options.locale
  if (locale !== undefined && locale !== 'en' && locale !== 'vi') {
    report(collector, 'invalid_value', ['options', 'locale'], { values: ['en', 'vi'] })
  }
}

/** The context's holiday calendar, parsed; its problems go to `collector` under `calendar`. */
function readCalendar(collector: IssueCollector, context: unknown): HolidayCalendar | undefined {
  if (!isObject(context) || context.calendar === undefined) return undefined
  const result = safeParseHolidayCalendar(context.calendar, { locale: collector.locale })
  if (result.ok) return result.value
  prefixed(collector, result.error.issues, ['calendar'])
  return undefined
}

function checkContext(collector: IssueCollector, context: unknown): void {
  if (context === undefined) return
  if (!isObject(context)) {
    wrongType(collector, [], 'object', context)
    return
  }
  checkList(collector, context.people, ['people'], checkPerson, isCheckedPerson)
  checkList(collector, context.venues, ['venues'], checkVenue, isCheckedVenue)
  checkList(collector, context.organizations, ['organizations'], checkOrganization)
  checkOptions(collector, context.options)
}

function fail(collector: IssueCollector): LienthongError {
  return new LienthongError({
    code: 'invalid_input',
    subject: SUBJECT,
    issues: collector.issues,
    locale: collector.locale,
  })
}

function run(
  meetings: readonly MeetingView[],
  data: ReferenceData,
  calendar: HolidayCalendar | undefined,
  options: DetectConflictsOptions | undefined,
  collector?: IssueCollector,
): Conflict[] | undefined {
  const context = resolveContext(data, { calendar, isNonWorkingDay: options?.isNonWorkingDay })
  const settings = {
    kinds: new Set(options?.kinds ?? conflictKinds),
    travelBufferMinutes: options?.travelBufferMinutes ?? 30,
    locale: options?.locale ?? 'en',
  }
  return sweepConflicts(meetings, context, settings, collector)
}

/**
 * Finds every schedule conflict among meetings: the same person, venue (or online bridge point)
 * or body booked twice at once; meetings outside the host office's working hours, on its weekly
 * rest days or on holidays; more people than a venue holds; too little time for a person to
 * travel between consecutive meetings at different venues. Each {@link Conflict} explains itself:
 * kind, severity, the meetings, the person/venue/organisation concerned, the exact interval and
 * a message code with params for translation.
 *
 * Rules:
 * - Intervals are half-open `[start, end)`: a meeting ending at 10:00 does not clash with one
 *   starting at 10:00. Zero-length meetings never conflict. Cancelled meetings are ignored.
 * - Double bookings are `error`s, or `warning`s when either meeting is tentative or postponed;
 *   conflicts among meetings all held already are `info`. Working-time and travel-time findings
 *   are `warning`s; over-capacity is an `error` (`warning` when tentative).
 * - People are the chair, the participants, and for each required post the one person holding
 *   it on the meeting's date (in its zone) according to `people[].posts` (`from`/`until`
 *   inclusive); a post held by several people at once (the vice chairs) names nobody.
 * - Bodies (`body-double-booked`) are the host, co-hosts and required organisations of
 *   `importance: 'major'` meetings only: the clash a planner sees before names are known.
 * - Venues are `venueId`, `online.mainBridgeVenueId` and every bridge point's `venueId`.
 * - Working time is the host organisation's `workingHours` in its `timeZone` (offsets read with
 *   `@date-fns/tz`, so right across daylight-saving changes). A meeting is within working hours
 *   when it starts inside a working period and ends inside the same or a later one (08:00–17:00
 *   through the lunch break is; 11:00–12:00 into it is not); a meeting over several days is
 *   judged by its start and end alone. Each weekly rest day or holiday (from `calendar`
 *   or `options.isNonWorkingDay`) it touches is reported instead, with the part of the meeting on
 *   that day. All-day meetings are read on their own dates and are never outside hours.
 * - Capacity: `expectedAttendees` counts everyone, at every bridge point; the main venue must
 *   hold those not at another bridge point (with or without a venue record), and each bridge
 *   point's venue its delegates.
 * - Travel time: for each person, the meeting that ended last before another starts (at
 *   a different venue, `venueId` or else the main bridge point) must end at least
 *   `travelBufferMinutes` earlier; the interval reported is the travel time needed after it.
 * - Entries with the same `id` are one meeting (or occurrences of one series) and never clash
 *   with each other. Meetings are taken as given, one occurrence each: expand recurring meetings
 *   into their occurrences first (a separate step) and pass those.
 *
 * Complexity: O(n log n + m + k) time for n meetings, m uses of people/venues/bodies and k
 * conflicts (one sort by start, then one sweep keeping each resource's running meetings), and
 * O(n + m) memory. Conflicts come in the order of the later meeting's start. The working memory
 * (typed arrays, about 90 bytes a meeting) is kept between calls under a weak reference: checking
 * a schedule again soon after reuses it, and the garbage collector takes it back when it needs it.
 *
 * Input is checked cheaply, in the same pass that reads it (the types of the fields read; no
 * re-parsing), so wire JSON or garbage gives a {@link errors!LienthongError | LienthongError}
 * naming the field (`meetings[3].start: is a string, not a Date: read wire JSON with parseMeeting
 * first…`) rather than a `TypeError`. For untrusted input, {@link safeDetectConflicts} also
 * accepts wire JSON and never throws.
 *
 * @category Conflicts
 * @param meetings - Parsed meetings (instants as `Date`), e.g. from `parseMeeting`.
 * @param context - People, venues, organisations and {@link DetectConflictsOptions}.
 * @returns Every conflict found, in the order of the later meeting's start.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) when a meeting, person,
 *   venue, organisation or option has the wrong shape, e.g. an ISO string where a `Date` belongs.
 * @example
 * ```ts
 * import { detectConflicts } from '@lienthong/core/conflicts'
 * import { parseMeeting } from '@lienthong/core/meeting'
 *
 * const meetings = [
 *   parseMeeting({
 *     id: 'm1', title: 'Giao ban Thường trực Thành ủy', kind: 'working-session', hostId: 'tu',
 *     chairId: 'bi-thu', venueId: 'phong-1',
 *     start: '2026-03-02T08:00:00+07:00', end: '2026-03-02T10:00:00+07:00',
 *   }),
 *   parseMeeting({
 *     id: 'm2', title: 'Tiếp xúc cử tri phường Ba Đình', kind: 'voter-contact', hostId: 'doan-dbqh',
 *     participantIds: ['bi-thu'], venueId: 'ba-dinh',
 *     start: '2026-03-02T09:30:00+07:00', end: '2026-03-02T11:00:00+07:00',
 *   }),
 * ]
 * const [clash] = detectConflicts(meetings)
 * clash?.kind // 'person-double-booked'
 * clash?.interval // 09:30–10:00 on 2 March 2026 (+07:00)
 * ```
 */
export function detectConflicts(
  meetings: readonly Meeting[],
  context: ConflictContext = {},
): Conflict[] {
  const collector: IssueCollector = { issues: [], locale: localeOf(context) }
  const list: unknown = meetings
  checkContext(collector, context)
  const calendar = readCalendar(collector, context)
  if (!Array.isArray(list) || collector.issues.length > 0) {
    // Report the meetings' problems too, so one error lists everything.
    if (!Array.isArray(list)) wrongType(collector, ['meetings'], 'array', list)
    else checkMeetings(collector, list)
    throw fail(collector)
  }
  // The meetings are checked as the sweep reads them: one walk through a million, not two.
  const conflicts = run(meetings, context, calendar, context.options, collector)
  if (conflicts === undefined) throw fail(collector)
  return conflicts
}

function checkMeetings(collector: IssueCollector, meetings: readonly unknown[]): void {
  for (let i = 0; i < meetings.length && !isFull(collector); i++) {
    const meeting: unknown = meetings[i]
    if (!isCheckedMeeting(meeting)) checkMeeting(collector, meeting, ['meetings', i])
  }
}

/**
 * Like {@link detectConflicts} but for untrusted input, and never throws on bad input: accepts
 * parsed meetings (with `Date`s) or their JSON wire form (ISO strings, defaults missing), parses
 * people, venues and organisations with their schemas, and returns `{ ok: true, value }` with the
 * conflicts or `{ ok: false, error }` listing every problem (the first 100) with its path, e.g.
 * `meetings[3].end`.
 *
 * @category Conflicts
 * @param meetings - Anything; meant to be a list of meetings, parsed or in wire form.
 * @param context - Anything; meant to be a {@link ConflictContext} (people, venues and
 *   organisations may be in wire form).
 * @returns The conflicts, or the {@link errors!LienthongError | LienthongError} describing every
 *   problem.
 * @example
 * ```ts
 * import { safeDetectConflicts } from '@lienthong/core/conflicts'
 *
 * const json: unknown = JSON.parse(
 *   '[{"id":"m1","title":"Họp UBND","kind":"other","hostId":"ubnd","start":"2026-03-02T08:00:00+07:00","end":"2026-03-02T07:00:00+07:00"}]',
 * )
 * const result = safeDetectConflicts(json)
 * if (!result.ok) result.error.issues[0]?.path // ['meetings', 0, 'end']
 * ```
 */
export function safeDetectConflicts(
  meetings: unknown,
  context?: unknown,
): SafeParseResult<Conflict[]> {
  const locale = localeOf(context)
  const collector: IssueCollector = { issues: [], locale }
  const parsed: MeetingView[] = []
  if (!Array.isArray(meetings)) wrongType(collector, ['meetings'], 'array', meetings)
  else {
    for (let i = 0; i < meetings.length && !isFull(collector); i++) {
      const meeting: unknown = meetings[i]
      if (isCheckedMeeting(meeting)) parsed.push(meeting as MeetingView)
      else if (looksParsed(meeting)) checkMeeting(collector, meeting, ['meetings', i])
      else {
        const result = safeParseMeeting(meeting, { locale })
        if (result.ok) parsed.push(result.value)
        else prefixed(collector, result.error.issues, ['meetings', i])
      }
    }
  }
  let data: ReferenceData = {}
  let options: DetectConflictsOptions | undefined
  const calendar = readCalendar(collector, context)
  if (context !== undefined && !isObject(context)) wrongType(collector, [], 'object', context)
  else if (context !== undefined) {
    data = {
      people: parseList(collector, context.people, 'people', safeParsePerson),
      venues: parseList(collector, context.venues, 'venues', safeParseVenue),
      organizations: parseList(
        collector,
        context.organizations,
        'organizations',
        safeParseOrganization,
      ),
    }
    checkOptions(collector, context.options)
    options = context.options as DetectConflictsOptions | undefined
  }
  if (collector.issues.length > 0) return { ok: false, error: fail(collector) }
  return { ok: true, value: run(parsed, data, calendar, options) ?? [] }
}

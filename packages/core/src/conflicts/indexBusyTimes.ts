import { DEFAULT_TIME_ZONE } from '../_lib/timeZone.js'
import { LienthongError } from '../errors/LienthongError.js'
import type { MessageLocale } from '../errors/issue.js'
import type { Meeting } from '../meeting/meeting.schema.js'
import type { Person } from '../office/office.schema.js'
import {
  checkList,
  checkMeeting,
  checkPerson,
  isCheckedMeeting,
  isCheckedPerson,
  isFull,
  wrongType,
  type IssueCollector,
} from './checkInput.js'
import {
  bodiesOf,
  indexPosts,
  peopleOf,
  venuesOf,
  type MeetingView,
  type PersonView,
} from './meetingResources.js'
import { sortByStart } from './sortByStart.js'
import { createZoneClock } from './zoneClock.js'

/**
 * When one person, venue or body is busy: disjoint half-open intervals `[starts[i], ends[i])`
 * in epoch milliseconds, sorted, with overlapping and touching bookings merged. Both arrays are
 * sorted, so "is it free from t to u?" is one binary search.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { BusyTimes } from '@lienthong/core/conflicts'
 *
 * const morning: BusyTimes = {
 *   starts: Float64Array.of(Date.parse('2026-03-02T08:00:00+07:00')),
 *   ends: Float64Array.of(Date.parse('2026-03-02T10:00:00+07:00')),
 * }
 * ```
 */
export interface BusyTimes {
  readonly starts: Float64Array
  readonly ends: Float64Array
}

/**
 * Busy times of every person, venue and body, built once by {@link indexBusyTimes} and reused by
 * any number of {@link findFreeSlots} queries. Plain data: maps from ids to {@link BusyTimes}.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { indexBusyTimes, type BusyIndex } from '@lienthong/core/conflicts'
 * import type { Meeting } from '@lienthong/core/meeting'
 *
 * declare const meetings: Meeting[]
 * const busy: BusyIndex = indexBusyTimes(meetings)
 * busy.people.get('bi-thu')?.starts.length // how many busy stretches the Secretary has
 * ```
 */
export interface BusyIndex {
  /** By person id: meetings they chair or attend, or are wanted at through a post they hold. */
  readonly people: ReadonlyMap<string, BusyTimes>
  /** By venue id: meetings held there, including as a bridge point. */
  readonly venues: ReadonlyMap<string, BusyTimes>
  /** By organisation id: major meetings it hosts, co-hosts or is required at. */
  readonly organizations: ReadonlyMap<string, BusyTimes>
  /**
   * Who holds which post, from the people the index was built with, so free-slot queries can
   * resolve `posts` without them: holders (with the dates they hold it, inclusive) keyed by
   * organisation id and role joined by `\u0000`.
   */
  readonly holders: ReadonlyMap<
    string,
    readonly {
      readonly personId: string
      readonly from: string | undefined
      readonly until: string | undefined
    }[]
  >
}

/**
 * Options of {@link indexBusyTimes}.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { IndexBusyTimesOptions } from '@lienthong/core/conflicts'
 * import type { Person } from '@lienthong/core/office'
 *
 * declare const people: Person[]
 * const options: IndexBusyTimesOptions = { people, locale: 'vi' }
 * ```
 */
export interface IndexBusyTimesOptions {
  /** People and their posts, so a meeting requiring a post makes its holder on the day busy. */
  readonly people?: readonly Person[]
  /** Language of the error messages; default `'en'`. */
  readonly locale?: MessageLocale
}

/** Busy stretches of one resource while the index is built. */
interface Builder {
  readonly starts: number[]
  readonly ends: number[]
}

/** Adds a booking; meetings arrive by start, so it extends the last stretch or starts one. */
function add(builder: Builder, start: number, end: number): void {
  const { starts, ends } = builder
  const last = ends.length - 1
  if (last >= 0 && start <= (ends[last] ?? 0)) {
    if (end > (ends[last] ?? 0)) ends[last] = end
    return
  }
  starts.push(start)
  ends.push(end)
}

function builderOf(map: Map<string, Builder>, id: string): Builder {
  let builder = map.get(id)
  if (builder === undefined) {
    builder = { starts: [], ends: [] }
    map.set(id, builder)
  }
  return builder
}

function finish(map: Map<string, Builder>): Map<string, BusyTimes> {
  const result = new Map<string, BusyTimes>()
  for (const [id, builder] of map) {
    result.set(id, {
      starts: Float64Array.from(builder.starts),
      ends: Float64Array.from(builder.ends),
    })
  }
  return result
}

/** Builds the index from meetings already checked. */
export function buildBusyIndex(
  meetings: readonly MeetingView[],
  people: readonly PersonView[] | undefined,
): BusyIndex {
  const posts = indexPosts(people)
  const clock = createZoneClock()
  const { order, starts, ends } = sortByStart(meetings)
  const byPerson = new Map<string, Builder>()
  const byVenue = new Map<string, Builder>()
  const byBody = new Map<string, Builder>()
  for (const index of order) {
    const meeting = meetings[index]
    if (meeting === undefined) continue
    const start = starts[index] ?? 0
    const end = ends[index] ?? 0
    const zone = meeting.timeZone ?? DEFAULT_TIME_ZONE
    const needs = peopleOf(meeting, posts, () => clock.date(clock.local(zone, start).day))
    for (const need of needs) add(builderOf(byPerson, need.personId), start, end)
    for (const venueId of venuesOf(meeting)) add(builderOf(byVenue, venueId), start, end)
    for (const bodyId of bodiesOf(meeting)) add(builderOf(byBody, bodyId), start, end)
  }
  return {
    people: finish(byPerson),
    venues: finish(byVenue),
    organizations: finish(byBody),
    holders: posts,
  }
}

/**
 * Indexes when every person, venue and body is busy, for fast {@link findFreeSlots} queries:
 * build it once for a schedule, then ask as often as needed (a query over 100,000 meetings takes
 * well under a millisecond). Cancelled and zero-length meetings make nobody busy; tentative and
 * postponed ones do. People are busy as in {@link detectConflicts} (chair, participants, the
 * holder of each required post on the day); bodies only for major meetings.
 *
 * Complexity: O(n log n + m) time and O(m) memory for n meetings and m uses of people, venues
 * and bodies.
 *
 * @category Conflicts
 * @param meetings - Parsed meetings (instants as `Date`).
 * @param options - People (for posts) and the error messages' locale.
 * @returns The index.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) when a meeting or
 *   person has the wrong shape, e.g. an ISO string where a `Date` belongs.
 * @example
 * ```ts
 * import { findFreeSlots, indexBusyTimes } from '@lienthong/core/conflicts'
 * import { parseMeeting } from '@lienthong/core/meeting'
 *
 * const busy = indexBusyTimes([
 *   parseMeeting({
 *     id: 'm1', title: 'Họp Thường trực HĐND', kind: 'council-standing-committee-meeting',
 *     hostId: 'hdnd', chairId: 'chu-tich-hdnd',
 *     start: '2026-03-02T07:30:00+07:00', end: '2026-03-02T09:00:00+07:00',
 *   }),
 * ])
 * const [first] = findFreeSlots({
 *   personIds: ['chu-tich-hdnd'], durationMinutes: 60, busy,
 *   window: { start: new Date('2026-03-02T00:00:00+07:00'), end: new Date('2026-03-07T00:00:00+07:00') },
 * })
 * first?.start // 09:00 on 2 March 2026 (+07:00)
 * ```
 */
export function indexBusyTimes(
  meetings: readonly Meeting[],
  options: IndexBusyTimesOptions = {},
): BusyIndex {
  const collector: IssueCollector = {
    issues: [],
    locale: (options as { locale?: unknown }).locale === 'vi' ? 'vi' : 'en',
  }
  checkMeetingList(collector, meetings)
  checkList(
    collector,
    (options as { people?: unknown }).people,
    ['people'],
    checkPerson,
    isCheckedPerson,
  )
  if (collector.issues.length > 0) {
    throw new LienthongError({
      code: 'invalid_input',
      subject: 'indexBusyTimes input',
      issues: collector.issues,
      locale: collector.locale,
    })
  }
  return buildBusyIndex(meetings, options.people)
}

/** Checks a list of parsed meetings cheaply (see `checkInput`). */
export function checkMeetingList(collector: IssueCollector, meetings: unknown): void {
  if (!Array.isArray(meetings)) {
    wrongType(collector, ['meetings'], 'array', meetings)
    return
  }
  for (let i = 0; i < meetings.length && !isFull(collector); i++) {
    const meeting: unknown = meetings[i]
    if (!isCheckedMeeting(meeting)) checkMeeting(collector, meeting, ['meetings', i])
  }
}

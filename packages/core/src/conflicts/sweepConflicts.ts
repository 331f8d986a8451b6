// The conflict sweep. First, in input order, each meeting is checked, its own checks (working
// time, capacity) are made, and what the sweep needs of it is written as one short run of
// numbers (its record): its place in the list, its instants, its venue, and its people, venues
// and bodies turned into small integers (one lookup each). Then the records are put in order of
// start (a radix sort of their start seconds), and one pass in that order keeps, for every
// resource, the list of its meetings still running: a meeting clashes with exactly the meetings
// still running for the same resource when it starts (half-open: one that ended at its start has
// left the list). Pruning costs one step per meeting that leaves and one per clash found, so the
// pass is O(n + m + k) after the sort, for n meetings, m resource uses and k conflicts. The pass
// reads one record per meeting, touches a meeting object only when it has a conflict, and
// allocates nothing but the conflicts it finds. Its typed arrays are kept, weakly, for the next
// call (see `scratch.ts`).
//
// The work is done by module-level functions over one state object (`Sweep`), not by closures
// made afresh on each call: the engine's optimised code then stays valid from call to call.
import { DEFAULT_TIME_ZONE } from '../_lib/timeZone.js'
import type { MessageLocale } from '../errors/issue.js'
import type { OnlineDetails, RequiredPost } from '../meeting/meeting.schema.js'
import { conflictMessages } from './conflictMessages.js'
import type {
  Conflict,
  ConflictKind,
  ConflictMessageCode,
  ConflictSeverity,
} from './conflicts.schema.js'
import { mainVenueOf, postHolder, type MeetingView } from './meetingResources.js'
import type { DayRule } from './dayRule.js'
import type { ResolvedContext } from './resolveContext.js'
import { checkMeeting, isCheckedMeeting, isFull, type IssueCollector } from './checkInput.js'
import {
  borrowScratch,
  float64s,
  int32s,
  keepBuffer,
  returnScratch,
  type Scratch,
} from './scratch.js'
import { sortValuesByStart } from './sortByStart.js'
import { isWithinWorkingHours, readWorkingTime, type WorkingTime } from './workingTime.js'
import { isoWeekday, type ZoneClock } from './zoneClock.js'

/** What the sweep looks for and how it writes its messages. */
export interface SweepSettings {
  readonly kinds: ReadonlySet<ConflictKind>
  readonly travelBufferMinutes: number
  readonly locale: MessageLocale
}

/** One kind of resource (people, venues or bodies): ids as small integers, and sweep state. */
interface Resources {
  /**
   * Numbers by id. A plain object without prototype rather than a Map: looking a string up as a
   * property key lets the engine find (and remember) its one shared copy, so ids read again in
   * a later call are found without hashing or comparing their characters.
   */
  readonly index: Record<string, number | undefined>
  readonly ids: string[]
  /** Display names, looked up once per resource on first need. */
  readonly names: (string | undefined)[]
  /**
   * Per resource: positions (in start order) of its running meetings, how many, the position of
   * the one that ended last, and the last meeting (by number) that used it.
   */
  readonly active: number[][]
  readonly count: number[]
  readonly lastEnded: number[]
  readonly stamp: number[]
}

/**
 * What the sweep needs of each meeting, as one run of numbers per meeting in input order:
 * `[index, venue, flags × 2²⁸ + n, start, end, use₁, … useₙ]`, where `index` is its place in
 * the list, `venue` the number of the venue it is held in (-1: none), `start` and `end` its
 * instants (two numbers each) and each use of a person, venue or body is
 * `resource × 4 + kind`. So the sweep, which takes the meetings in order of start, reads one
 * short stretch of memory per meeting. A typed array, grown by half when full and kept for the
 * next call (`scratch.ts`): its memory lies outside the garbage-collected heap. `via` holds, for the few uses of a person wanted through a required
 * post, the post (by its place in `Sweep.posts`), by the use's place in `data`.
 */
interface Records {
  data: Int32Array
  size: number
  readonly via: Map<number, number>
}

const HEADER = 7
const START = 3
const END = 5
const TWO_32 = 2 ** 32
const COUNT_MASK = 2 ** 28 - 1
const FLAG_SHIFT = 28
/** Flags of a meeting: it has conflicts of its own; a person is wanted through a post. */
const HAS_OWN = 1
const HAS_VIA = 2

type Params = Record<string, string | number>
type Catalog = (typeof conflictMessages)[MessageLocale]
type Concerned = 'person' | 'venue' | 'organization'

/**
 * Everything one call of the sweep reads and writes. Meetings that occupy time are numbered in
 * input order as they are read (`k`), and each has a record; the sweep then takes them by
 * position in start order (`at`), through the record of each position (`recordAt`).
 */
interface Sweep {
  readonly meetings: readonly MeetingView[]
  readonly context: ResolvedContext
  readonly clock: ZoneClock
  readonly messages: Catalog
  readonly wantPerson: boolean
  readonly wantTravel: boolean
  readonly wantVenue: boolean
  readonly wantBody: boolean
  readonly wantOutside: boolean
  readonly wantRestDay: boolean
  readonly wantCapacity: boolean
  readonly wantHoliday: boolean
  /** Which days are worked beyond the weekly working days; `undefined`: those decide alone. */
  readonly isWorkingDay: DayRule | undefined
  readonly travelBufferMinutes: number
  readonly travelBuffer: number
  /** Working time by host id (`null`: not a known organisation, read by the meeting's zone). */
  readonly workingByHost: Map<string, WorkingTime | null>
  /** Start and record of each meeting by number, for the sort. */
  readonly starts: Float64Array
  readonly recordOf: Int32Array
  /** How many meetings occupy time. */
  count: number
  /** The record of each meeting by position in start order, and the ends of those swept. */
  recordAt: Int32Array
  readonly endAt: Float64Array
  readonly people: Resources
  readonly venues: Resources
  /** Capacities of venues by number, looked up on first need (infinite when unknown). */
  readonly capacities: number[]
  readonly bodies: Resources
  /** The three kinds by their number (`PERSON`, `VENUE`, `BODY`). */
  readonly kinds: readonly Resources[]
  readonly records: Records
  /** Required posts through which people are wanted, referred to from `Records.via`. */
  readonly posts: RequiredPost[]
  /** Conflicts of single meetings, found in input order, by record; emitted in start order. */
  readonly own: Map<number, Conflict[]>
  readonly conflicts: Conflict[]
  /** The meeting being read or swept: its index, number, record and position, its instants. */
  index: number
  k: number
  record: number
  at: number
  start: number
  end: number
  /** The meeting object and its zone, read only when needed (`load`). */
  current: MeetingView
  loaded: number
  zone: string
  /** Local date and clock times written by `when` for the message being built. */
  date: string
  from: string
  to: string
}

const MS_PER_MINUTE = 60_000
const MS_PER_DAY = 86_400_000
const PERSON = 0
const VENUE = 1
const BODY = 2

function createResources(): Resources {
  return {
    index: Object.create(null) as Record<string, number | undefined>,
    ids: [],
    names: [],
    active: [],
    count: [],
    lastEnded: [],
    stamp: [],
  }
}

/** The number of resource `id`, given on first sight. */
function intern(resources: Resources, id: string): number {
  let resource = resources.index[id]
  if (resource === undefined) {
    resource = resources.ids.length
    resources.index[id] = resource
    resources.ids.push(id)
    resources.names.push(undefined)
    resources.active.push([])
    resources.count.push(0)
    resources.lastEnded.push(-1)
    resources.stamp.push(-1)
  }
  return resource
}

/**
 * Records that the current meeting uses resource `id` of `kind` (once, however often named),
 * through required post `via` (-1: by name); returns the resource's number.
 */
function use(s: Sweep, kind: number, id: string, via: number): number {
  const resources = s.kinds[kind] ?? s.people
  const resource = intern(resources, id)
  if (resources.stamp[resource] === s.k) return resource
  resources.stamp[resource] = s.k
  const records = s.records
  reserve(records, 1)
  if (via >= 0) {
    records.via.set(records.size, via)
    flag(s, HAS_VIA)
  }
  records.data[records.size++] = resource * 4 + kind
  return resource
}

/** Makes room for `more` numbers at the end of the records. */
function reserve(records: Records, more: number): void {
  if (records.size + more <= records.data.length) return
  const data = new Int32Array(Math.max(16, Math.ceil((records.size + more) * 1.5)))
  data.set(records.data)
  records.data = data
}

/** Writes an instant (whole milliseconds) as two numbers. */
function writeTime(data: Int32Array, at: number, time: number): void {
  const high = Math.floor(time / TWO_32)
  data[at] = high
  data[at + 1] = (time - high * TWO_32) | 0
}

function readTime(data: Int32Array, at: number): number {
  return (data[at] ?? 0) * TWO_32 + ((data[at + 1] ?? 0) >>> 0)
}

/** Sets a flag of the current meeting. */
function flag(s: Sweep, which: number): void {
  const at = s.record + 2
  s.records.data[at] = (s.records.data[at] ?? 0) | (which << FLAG_SHIFT)
}

/** The display name of a resource, looked up once. */
function nameOf(resources: Resources, resource: number, lookup: (id: string) => string): string {
  let name = resources.names[resource]
  if (name === undefined) {
    name = lookup(resources.ids[resource] ?? '')
    resources.names[resource] = name
  }
  return name
}

/**
 * Returns `text` as one flat string. A sentence built by concatenation is a tree of a dozen
 * small strings in V8 until first read; reading one character flattens it, so each conflict
 * kept keeps one string, and a million conflicts do not keep the garbage collector busy.
 */
function flatten(text: string): string {
  text.charCodeAt(0)
  return text
}

function isSoft(meeting: MeetingView): boolean {
  return meeting.status === 'tentative' || meeting.status === 'postponed'
}

/** Severity of a conflict whose firm form is `base`, from the statuses of its meetings. */
function severityOf(
  base: 'error' | 'warning',
  first: MeetingView,
  second?: MeetingView,
): ConflictSeverity {
  if (first.status === 'held' && (second === undefined || second.status === 'held')) return 'info'
  if (base === 'error' && (isSoft(first) || (second !== undefined && isSoft(second)))) {
    return 'warning'
  }
  return base
}

/** The current meeting's object (and zone), read from the list on first need. */
function load(s: Sweep): MeetingView {
  if (s.loaded !== s.index) {
    s.current = s.meetings[s.index] ?? s.current
    s.zone = s.current.timeZone ?? DEFAULT_TIME_ZONE
    s.loaded = s.index
  }
  return s.current
}

/**
 * A conflict, with the person, venue or organisation concerned. Each shape is written out in
 * full so every conflict of a kind has the same layout in memory.
 */
function conflictOf(
  s: Sweep,
  kind: ConflictKind,
  severity: ConflictSeverity,
  code: ConflictMessageCode,
  ids: string[],
  indexes: number[],
  concerned: Concerned,
  concernedId: string | undefined,
  intervalStart: number,
  intervalEnd: number,
  params: Params,
): Conflict {
  const interval = { start: new Date(intervalStart), end: new Date(intervalEnd) }
  const message = flatten(s.messages[code](params))
  const meetingIds = ids
  const meetingIndexes = indexes
  const messageCode = code
  if (concernedId === undefined) {
    return { kind, severity, meetingIds, meetingIndexes, interval, messageCode, params, message }
  }
  switch (concerned) {
    case 'person': {
      const personId = concernedId
      return {
        kind,
        severity,
        meetingIds,
        meetingIndexes,
        personId,
        interval,
        messageCode,
        params,
        message,
      }
    }
    case 'venue': {
      const venueId = concernedId
      return {
        kind,
        severity,
        meetingIds,
        meetingIndexes,
        venueId,
        interval,
        messageCode,
        params,
        message,
      }
    }
    case 'organization': {
      const organizationId = concernedId
      return {
        kind,
        severity,
        meetingIds,
        meetingIndexes,
        organizationId,
        interval,
        messageCode,
        params,
        message,
      }
    }
  }
}

/** Keeps a conflict of the current meeting alone, to be emitted at its turn in start order. */
function keep(s: Sweep, conflict: Conflict): void {
  let list = s.own.get(s.record)
  if (list === undefined) {
    list = []
    s.own.set(s.record, list)
    flag(s, HAS_OWN)
  }
  list.push(conflict)
}

/** Sets `s.date`, `s.from` and `s.to` to the local reading of `[start, end)` in `s.zone`. */
function when(s: Sweep, startTime: number, endTime: number): void {
  const { clock, zone } = s
  const startWall = startTime + clock.offset(zone, startTime) * MS_PER_MINUTE
  const endWall = endTime + clock.offset(zone, endTime) * MS_PER_MINUTE
  const day = Math.floor(startWall / MS_PER_DAY)
  s.date = clock.date(day)
  s.from = clock.clock((startWall - day * MS_PER_DAY) / MS_PER_MINUTE)
  s.to = clock.clock((endWall - Math.floor(endWall / MS_PER_DAY) * MS_PER_DAY) / MS_PER_MINUTE)
}

// ----- first pass, in input order: resources as numbers, and each meeting's own checks -----

function readMeeting(s: Sweep, meeting: MeetingView): void {
  if (s.wantPerson || s.wantTravel) {
    if (meeting.chairId !== undefined) use(s, PERSON, meeting.chairId, -1)
    const participants = meeting.participantIds
    if (participants !== undefined) for (const id of participants) use(s, PERSON, id, -1)
    const required = meeting.requiredPosts
    if (required !== undefined && required.length > 0) {
      const date = s.clock.date(s.clock.day(s.zone, s.start))
      for (const post of required) {
        const holder = postHolder(s.context.posts, post.organizationId, post.role, date)
        if (holder === undefined) continue
        use(s, PERSON, holder, s.posts.length)
        s.posts.push(post)
      }
    }
  }
  // Where the meeting physically is (its venue, else its main bridge point), as a number, so
  // travel time is decided without reading the meeting again.
  let main = -1
  if (s.wantVenue) {
    if (meeting.venueId !== undefined) main = use(s, VENUE, meeting.venueId, -1)
    const online = meeting.online
    if (online !== undefined) {
      if (online.mainBridgeVenueId !== undefined) {
        const bridge = use(s, VENUE, online.mainBridgeVenueId, -1)
        if (main < 0) main = bridge
      }
      // A hand-built object may lack the defaulted list.
      const points = (online as Partial<OnlineDetails>).bridgePoints
      if (points !== undefined) {
        for (const point of points) {
          if (point.venueId !== undefined) use(s, VENUE, point.venueId, -1)
        }
      }
    }
  } else if (s.wantTravel || s.wantCapacity) {
    const venueId = mainVenueOf(meeting)
    if (venueId !== undefined) main = intern(s.venues, venueId)
  }
  s.records.data[s.record + 1] = main
  if (s.wantBody && meeting.importance === 'major') {
    if (meeting.hostId !== undefined) use(s, BODY, meeting.hostId, -1)
    const coHosts = meeting.coHostIds
    if (coHosts !== undefined) for (const id of coHosts) use(s, BODY, id, -1)
    const required = meeting.requiredOrganizationIds
    if (required !== undefined) for (const id of required) use(s, BODY, id, -1)
  }
  if (s.wantOutside || s.wantRestDay || s.wantHoliday) checkWorkingTime(s, meeting)
  if (s.wantCapacity) checkCapacity(s, meeting, main)
}

/** The working time of a meeting's host office (one lookup per meeting). */
function workingTimeOf(s: Sweep, host: string | undefined): WorkingTime {
  if (host === undefined) return s.context.workingTimeOf(undefined, s.zone)
  let working = s.workingByHost.get(host)
  if (working === undefined) {
    // An unknown host is read by the meeting's own zone, which may differ from one to the next.
    working = s.context.organizations.has(host) ? s.context.workingTimeOf(host, s.zone) : null
    s.workingByHost.set(host, working)
  }
  return working ?? s.context.workingTimeOf(undefined, s.zone)
}

/** Rest days, holidays and hours outside working time of one meeting. */
function checkWorkingTime(s: Sweep, meeting: MeetingView): void {
  const { clock, start, end, isWorkingDay } = s
  const working = workingTimeOf(s, meeting.hostId)
  const allDay = meeting.allDay === true
  if (!allDay) {
    // The common case, without allocating: one working day, inside working hours.
    const readZone = working.timeZone
    const startWall = start + clock.offset(readZone, start) * MS_PER_MINUTE
    const endWall = end + clock.offset(readZone, end) * MS_PER_MINUTE
    const day = Math.floor(startWall / MS_PER_DAY)
    const startMinute = (startWall - day * MS_PER_DAY) / MS_PER_MINUTE
    const endMinute = (endWall - day * MS_PER_DAY) / MS_PER_MINUTE
    const weekly = working.workingDays[isoWeekday(day)] === true
    if (
      endMinute <= 1440 &&
      (isWorkingDay === undefined ? weekly : isWorkingDay(day, weekly)) &&
      isWithinWorkingHours(startMinute, endMinute, working.periods)
    ) {
      return
    }
  }
  const reading = readWorkingTime(start, end, allDay, s.zone, working, clock, isWorkingDay)
  const title = meeting.title ?? meeting.id
  const host = meeting.hostId
  const organization = host === undefined ? '' : s.context.organizationName(host)
  for (const off of reading.daysOff) {
    if (off.kind === 'weekly-rest-day' ? !s.wantRestDay : !s.wantHoliday) continue
    const params: Params = {
      title,
      date: clock.date(off.day),
      organization,
      timeZone: reading.zone,
    }
    keep(
      s,
      conflictOf(
        s,
        off.kind,
        severityOf('warning', meeting),
        off.kind,
        [meeting.id],
        [s.index],
        'organization',
        host,
        off.start,
        off.end,
        params,
      ),
    )
  }
  if (reading.outside && s.wantOutside) {
    const params: Params = {
      title,
      date: clock.date(reading.firstDay),
      from: clock.clock(reading.startMinute),
      to: clock.clock(reading.endMinute),
      hours: working.text,
      organization,
      timeZone: reading.zone,
    }
    keep(
      s,
      conflictOf(
        s,
        'outside-working-hours',
        severityOf('warning', meeting),
        'outside-working-hours',
        [meeting.id],
        [s.index],
        'organization',
        host,
        start,
        end,
        params,
      ),
    )
  }
}

/** Capacity checks of a meeting held at venue number `main` (-1: none). */
function checkCapacity(s: Sweep, meeting: MeetingView, main: number): void {
  const points = meeting.online?.bridgePoints
  if (points === undefined || points.length === 0) {
    // The common case, by the venue's number: one room, and the people expected in it.
    const expected = meeting.expectedAttendees
    if (main >= 0 && expected !== undefined && expected > capacityOf(s, main)) {
      overCapacity(s, meeting, s.venues.ids[main] ?? '', expected)
    }
    return
  }
  for (const [venueId, load] of loadsOf(meeting)) overCapacity(s, meeting, venueId, load)
}

/** The capacity of venue number `venue` (infinite when unknown), looked up once. */
function capacityOf(s: Sweep, venue: number): number {
  let capacity = s.capacities[venue]
  if (capacity === undefined) {
    for (let v = s.capacities.length; v <= venue; v++) {
      s.capacities.push(s.context.venues.get(s.venues.ids[v] ?? '')?.capacity ?? Infinity)
    }
    capacity = s.capacities[venue] ?? Infinity
  }
  return capacity
}

function overCapacity(s: Sweep, meeting: MeetingView, venueId: string, load: number): void {
  const capacity = s.context.venues.get(venueId)?.capacity
  if (capacity === undefined || load <= capacity) return
  const params: Params = {
    title: meeting.title ?? meeting.id,
    venue: s.context.venueName(venueId),
    expected: load,
    capacity,
  }
  keep(
    s,
    conflictOf(
      s,
      'over-capacity',
      severityOf('error', meeting),
      'over-capacity',
      [meeting.id],
      [s.index],
      'venue',
      venueId,
      s.start,
      s.end,
      params,
    ),
  )
}

/**
 * How many people a meeting brings to each of its venues. `expectedAttendees` counts everyone,
 * at every bridge point: the main venue holds those not at another bridge point's venue
 * (`expectedAttendees` less their delegates; without `expectedAttendees`, the delegates of the
 * bridge points held there), and each other venue holds its bridge points' delegates.
 */
function loadsOf(meeting: MeetingView): Map<string, number> {
  const points = meeting.online?.bridgePoints ?? []
  const main = mainVenueOf(meeting)
  let elsewhere = 0
  let atMain = 0
  for (const point of points) {
    // A bridge point without a venue record is still somewhere else: a ward hall, a department.
    if (point.venueId !== undefined && point.venueId === main) atMain += point.delegates
    else elsewhere += point.delegates
  }
  const loads = new Map<string, number>()
  const expected = meeting.expectedAttendees
  if (main !== undefined && (expected !== undefined || atMain > 0)) {
    loads.set(main, expected === undefined ? atMain : Math.max(0, expected - elsewhere))
  }
  for (const point of points) {
    const venueId = point.venueId
    if (venueId === undefined || venueId === main) continue
    loads.set(venueId, (loads.get(venueId) ?? 0) + point.delegates)
  }
  return loads
}

// ----- second pass, in order of start: double bookings and travel time -----

/** Drops from a resource's running meetings those that ended by the current start. */
function prune(s: Sweep, table: Resources, resource: number, active: number[]): number {
  const { endAt, start } = s
  const count = table.count[resource] ?? 0
  let kept = 0
  for (let k = 0; k < count; k++) {
    const q = active[k] ?? 0
    const ended = endAt[q] ?? 0
    if (ended <= start) {
      const last = table.lastEnded[resource] ?? -1
      if (last < 0 || ended > (endAt[last] ?? 0)) table.lastEnded[resource] = q
    } else {
      if (kept !== k) active[kept] = q
      kept++
    }
  }
  return kept
}

/** The required post recorded for use `slot`, if any. */
function postAt(s: Sweep, slot: number): RequiredPost | undefined {
  const via = s.records.via.get(slot)
  return via === undefined ? undefined : s.posts[via]
}

/** True when the meeting of `record` wants someone through a required post. */
function hasPosts(s: Sweep, record: number): boolean {
  return (((s.records.data[record + 2] ?? 0) >>> FLAG_SHIFT) & HAS_VIA) !== 0
}

/** The post through which the meeting at position `at` wants person `resource`, if not by name. */
function postOf(s: Sweep, at: number, resource: number): RequiredPost | undefined {
  const { data } = s.records
  const record = s.recordAt[at] ?? 0
  if (!hasPosts(s, record)) return undefined
  const first = record + HEADER
  const last = first + ((data[record + 2] ?? 0) & COUNT_MASK)
  const member = resource * 4 + PERSON
  for (let slot = first; slot < last; slot++) {
    if (data[slot] === member) return postAt(s, slot)
  }
  return undefined
}

/** A double booking of the current meeting and the one at position `at`, both names and times. */
interface Pair {
  readonly j: number
  readonly other: MeetingView
  readonly current: MeetingView
  readonly overlapEnd: number
  readonly params: Params
}

/**
 * The current meeting and the one at position `at`, with the message parameters every double
 * booking has (titles, day and overlap); `undefined` when they are the same meeting.
 */
function pairAt(s: Sweep, at: number): Pair | undefined {
  const j = s.records.data[s.recordAt[at] ?? 0] ?? 0
  const other = s.meetings[j]
  const current = load(s)
  if (other === undefined || other.id === current.id) return undefined
  const overlapEnd = Math.min(s.end, s.endAt[at] ?? 0)
  when(s, s.start, overlapEnd)
  const { date, from, to, zone } = s
  const params: Params = {
    first: other.title ?? other.id,
    second: current.title ?? current.id,
    date,
    from,
    to,
    timeZone: zone,
  }
  return { j, other, current, overlapEnd, params }
}

/** The current meeting and the one at position `at` both want person `resource`. */
function personClash(s: Sweep, at: number, resource: number, slot: number): void {
  const pair = pairAt(s, at)
  if (pair === undefined) return
  const { j, other, current, overlapEnd, params } = pair
  // Most meetings name everyone: look for posts only in those that have some.
  const post = (hasPosts(s, s.record) ? postAt(s, slot) : undefined) ?? postOf(s, at, resource)
  params.person = nameOf(s.people, resource, s.context.personName)
  if (post !== undefined) {
    params.role = post.role
    params.organization = s.context.organizationName(post.organizationId)
  }
  s.conflicts.push(
    conflictOf(
      s,
      'person-double-booked',
      severityOf('error', other, current),
      post === undefined ? 'person-double-booked' : 'person-double-booked-via-post',
      [other.id, current.id],
      [j, s.index],
      'person',
      s.people.ids[resource] ?? '',
      s.start,
      overlapEnd,
      params,
    ),
  )
}

/** Checks the time between a person's meeting that ended last (at `lastAt`) and the current one. */
function travel(s: Sweep, resource: number, lastAt: number): void {
  // Most people had time enough, or stay in one place: decide that from the numbers, before
  // reading any meeting.
  const leave = s.endAt[lastAt] ?? 0
  const gap = s.start - leave
  if (gap >= s.travelBuffer) return
  const { data } = s.records
  const lastRecord = s.recordAt[lastAt] ?? 0
  const fromVenue = data[lastRecord + 1] ?? -1
  const toVenue = data[s.record + 1] ?? -1
  if (fromVenue < 0 || toVenue < 0 || fromVenue === toVenue) return
  const last = data[lastRecord] ?? 0
  const previous = s.meetings[last]
  const current = load(s)
  if (previous === undefined || previous.id === current.id) return
  const personId = s.people.ids[resource] ?? ''
  const arrive = leave + s.travelBuffer
  when(s, leave, arrive)
  const params: Params = {
    first: previous.title ?? previous.id,
    second: current.title ?? current.id,
    date: s.date,
    from: s.from,
    to: s.to,
    timeZone: s.zone,
    person: nameOf(s.people, resource, s.context.personName),
    firstVenue: nameOf(s.venues, fromVenue, s.context.venueName),
    secondVenue: nameOf(s.venues, toVenue, s.context.venueName),
    gap: Math.round(gap / MS_PER_MINUTE),
    buffer: s.travelBufferMinutes,
  }
  s.conflicts.push(
    conflictOf(
      s,
      'travel-time',
      severityOf('warning', previous, current),
      'travel-time',
      [previous.id, current.id],
      [last, s.index],
      'person',
      personId,
      leave,
      arrive,
      params,
    ),
  )
}

/** The current meeting and the one at position `at` both want venue or body `resource`. */
function sharedClash(s: Sweep, which: number, at: number, resource: number): void {
  const pair = pairAt(s, at)
  if (pair === undefined) return
  const { j, other, current, overlapEnd, params } = pair
  const venue = which === VENUE
  const kind = venue ? 'venue-double-booked' : 'body-double-booked'
  if (venue) params.venue = nameOf(s.venues, resource, s.context.venueName)
  else params.organization = nameOf(s.bodies, resource, s.context.organizationName)
  const resources = venue ? s.venues : s.bodies
  s.conflicts.push(
    conflictOf(
      s,
      kind,
      severityOf('error', other, current),
      kind,
      [other.id, current.id],
      [j, s.index],
      venue ? 'venue' : 'organization',
      resources.ids[resource] ?? '',
      s.start,
      overlapEnd,
      params,
    ),
  )
}

/** Sweeps the current meeting's uses of people, venues and bodies. */
function sweepMeeting(s: Sweep): void {
  const { at, record, kinds } = s
  const { data } = s.records
  const header = data[record + 2] ?? 0
  const first = record + HEADER
  const last = first + (header & COUNT_MASK)
  for (let slot = first; slot < last; slot++) {
    const member = data[slot] ?? 0
    const kind = member & 3
    const resource = member >> 2
    const resources = kinds[kind] ?? s.people
    const active = resources.active[resource] ?? []
    const kept = prune(s, resources, resource, active)
    if (kind !== PERSON || s.wantPerson) {
      for (let a = 0; a < kept; a++) {
        const at = active[a] ?? 0
        if (kind === PERSON) personClash(s, at, resource, slot)
        else sharedClash(s, kind, at, resource)
      }
    }
    active[kept] = at
    resources.count[resource] = kept + 1
    if (kind === PERSON && s.wantTravel) {
      const ended = resources.lastEnded[resource] ?? -1
      if (ended >= 0) travel(s, resource, ended)
    }
  }
  if (((header >>> FLAG_SHIFT) & HAS_OWN) !== 0) {
    for (const conflict of s.own.get(record) ?? []) s.conflicts.push(conflict)
  }
}

/**
 * Finds every conflict among `meetings` (see `detectConflicts`). Conflicts come in the order of
 * the later meeting's start. With `collector`, each meeting is checked in the same pass that
 * reads it (a million meetings are walked through once, not twice) and the result is `undefined`
 * when any is malformed, its problems in `collector`.
 */
export function sweepConflicts(
  meetings: readonly MeetingView[],
  context: ResolvedContext,
  settings: SweepSettings,
  collector?: IssueCollector,
): Conflict[] | undefined {
  const scratch = borrowScratch()
  try {
    return sweepIn(scratch, meetings, context, settings, collector)
  } finally {
    returnScratch(scratch)
  }
}

function sweepIn(
  scratch: Scratch,
  meetings: readonly MeetingView[],
  context: ResolvedContext,
  settings: SweepSettings,
  collector: IssueCollector | undefined,
): Conflict[] | undefined {
  const { kinds } = settings
  const n = meetings.length
  const wantPerson = kinds.has('person-double-booked')
  const wantTravel = kinds.has('travel-time') && settings.travelBufferMinutes > 0
  const wantVenue = kinds.has('venue-double-booked')
  const wantBody = kinds.has('body-double-booked')
  const wantUses = wantPerson || wantTravel || wantVenue || wantBody
  const people = createResources()
  const venues = createResources()
  const bodies = createResources()
  const s: Sweep = {
    meetings,
    context,
    clock: context.clock,
    messages: conflictMessages[settings.locale],
    wantPerson,
    wantTravel,
    wantVenue,
    wantBody,
    wantOutside: kinds.has('outside-working-hours'),
    wantRestDay: kinds.has('weekly-rest-day'),
    wantCapacity: kinds.has('over-capacity'),
    wantHoliday: kinds.has('holiday'),
    isWorkingDay: context.isWorkingDay,
    travelBufferMinutes: settings.travelBufferMinutes,
    travelBuffer: settings.travelBufferMinutes * MS_PER_MINUTE,
    workingByHost: new Map(),
    starts: float64s(scratch, 'starts', n),
    recordOf: int32s(scratch, 'recordOf', n),
    count: 0,
    recordAt: new Int32Array(0),
    endAt: float64s(scratch, 'endAt', n),
    people,
    venues,
    capacities: [],
    bodies,
    kinds: [people, venues, bodies],
    records: {
      // A header and about six uses a meeting (a chair, a few participants, a room).
      data: int32s(scratch, 'records', Math.max(16, n * (HEADER + (wantUses ? 6 : 0)))),
      size: 0,
      via: new Map(),
    },
    posts: [],
    own: new Map(),
    conflicts: [],
    index: 0,
    k: 0,
    record: 0,
    at: 0,
    start: 0,
    end: 0,
    current: meetings[0] ?? { id: '', start: new Date(0), end: new Date(0) },
    loaded: -1,
    zone: DEFAULT_TIME_ZONE,
    date: '',
    from: '',
    to: '',
  }
  firstPass(s, collector)
  // The records may have grown: keep the larger memory for the next call.
  keepBuffer(scratch, 'records', s.records.data)
  if (collector !== undefined && collector.issues.length > 0) return undefined

  const { count, endAt } = s
  const recordAt = sortValuesByStart(s.starts, s.recordOf, count, scratch)
  s.recordAt = recordAt
  const { data } = s.records
  for (let at = 0; at < count; at++) {
    s.at = at
    s.record = recordAt[at] ?? 0
    s.index = data[s.record] ?? 0
    s.start = readTime(data, s.record + START)
    s.end = readTime(data, s.record + END)
    // Only meetings already swept are looked up by position: their ends are written on the way.
    endAt[at] = s.end
    sweepMeeting(s)
  }
  return s.conflicts
}

function firstPass(s: Sweep, collector: IssueCollector | undefined): void {
  const { meetings, starts, recordOf, records } = s
  const n = meetings.length
  let valid = true
  for (let i = 0; i < n; i++) {
    const meeting = meetings[i]
    if (collector !== undefined && !isCheckedMeeting(meeting)) {
      // Report it (and go on checking the rest, up to the limit), but do no more work.
      if (!isFull(collector)) checkMeeting(collector, meeting, ['meetings', i])
      valid = false
      continue
    }
    if (!valid || meeting === undefined || meeting.status === 'cancelled') continue
    const start = meeting.start.getTime()
    const end = meeting.end.getTime()
    // A zero-length meeting occupies no time: it can never overlap anything.
    if (end <= start) continue
    const k = s.count++
    reserve(records, HEADER)
    const record = records.size
    records.data[record] = i
    records.data[record + 1] = -1
    records.data[record + 2] = 0
    writeTime(records.data, record + START, start)
    writeTime(records.data, record + END, end)
    records.size += HEADER
    starts[k] = start
    recordOf[k] = record
    s.index = i
    s.k = k
    s.record = record
    s.current = meeting
    s.loaded = i
    s.start = start
    s.end = end
    s.zone = meeting.timeZone ?? DEFAULT_TIME_ZONE
    readMeeting(s, meeting)
    records.data[record + 2] = (records.data[record + 2] ?? 0) | (records.size - record - HEADER)
  }
}

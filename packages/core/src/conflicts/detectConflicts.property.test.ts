import { TZDate } from '@date-fns/tz'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Meeting, MeetingStatus } from '../meeting/meeting.schema.js'
import { meetingStatuses } from '../meeting/meeting.schema.js'
import type { Organization, Person } from '../office/office.schema.js'
import { parseOrganization } from '../office/parseOrganization.js'
import { parsePerson } from '../office/parsePerson.js'
import type { Conflict } from './conflicts.schema.js'
import { detectConflicts } from './detectConflicts.js'

// The oracle: the naive pairwise algorithm, written independently of the sweep (its own post
// resolution, its own wall-clock reading through TZDate), on random schedules with touching
// intervals, zero-length and all-day meetings, mixed zones around daylight-saving changes,
// duplicate entries and ids, and every status.

const MINUTE = 60_000
const zones = ['Asia/Ho_Chi_Minh', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo'] as const
const personIds = ['p1', 'p2', 'p3', 'p4', 'p5']
const venueIds = ['v1', 'v2', 'v3']
const orgIds = ['tu', 'ubnd', 'hdnd', 'vp-berlin', 'unknown-org']
const posts = [
  { organizationId: 'ubnd', role: 'chair' },
  { organizationId: 'tu', role: 'secretary' },
  { organizationId: 'ubnd', role: 'vice-chair' },
] as const
/** Around Berlin's spring change (29 March 2026), its autumn one (25 October), and midwinter. */
const bases = [Date.UTC(2026, 2, 27), Date.UTC(2026, 9, 23), Date.UTC(2026, 0, 8)]

const organizations: Organization[] = [
  parseOrganization({ id: 'tu', name: 'Thành ủy', kind: 'party-committee', level: 'province' }),
  parseOrganization({
    id: 'ubnd',
    name: 'UBND',
    kind: 'peoples-committee',
    level: 'province',
    workingHours: {
      periods: [
        { start: '13:30', end: '17:00' },
        { start: '07:30', end: '11:30' },
      ],
      days: [1, 2, 3, 4, 5, 6],
    },
  }),
  parseOrganization({
    id: 'hdnd',
    name: 'HĐND',
    kind: 'peoples-council',
    level: 'province',
    timeZone: 'America/New_York',
  }),
  parseOrganization({
    id: 'vp-berlin',
    name: 'Văn phòng Berlin',
    kind: 'office',
    level: 'province',
    timeZone: 'Europe/Berlin',
    workingHours: { periods: [{ start: '00:30', end: '03:30' }], days: [7, 1] },
  }),
]

/** The chair of the UBND changes mid-window; the vice-chair post has two holders. */
function peopleFor(base: number): Person[] {
  const day = (offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10)
  return [
    parsePerson({
      id: 'p1',
      name: 'Nguyễn Văn An',
      posts: [
        { organizationId: 'ubnd', role: 'chair', until: day(1) },
        { organizationId: 'tu', role: 'secretary' },
      ],
    }),
    parsePerson({
      id: 'p2',
      name: 'Trần Thị Bình',
      posts: [{ organizationId: 'ubnd', role: 'chair', from: day(2) }],
    }),
    parsePerson({
      id: 'p3',
      name: 'Lê Văn Cường',
      posts: [{ organizationId: 'ubnd', role: 'vice-chair' }],
    }),
    parsePerson({
      id: 'p4',
      name: 'Phạm Thị Dung',
      posts: [{ organizationId: 'ubnd', role: 'vice-chair' }],
    }),
  ]
}

const isNonWorkingDay = (date: string) => Number(date.slice(8)) % 5 === 0

const subset = <T>(items: readonly T[]) => fc.subarray([...items])

function meetingArbitrary(base: number): fc.Arbitrary<Meeting> {
  return fc
    .record({
      id: fc.integer({ min: 1, max: 12 }),
      // Quarter hours over four days; zero-length and touching intervals come up often.
      slot: fc.integer({ min: 0, max: 4 * 96 }),
      // Now and then a start off the whole second (a feed with milliseconds).
      jitter: fc.option(fc.integer({ min: 1, max: 999 }), { freq: 8, nil: 0 }),
      length: fc.oneof(
        fc.constant(0),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 40 }),
      ),
      allDay: fc.option(
        fc.record({ day: fc.integer({ min: 0, max: 3 }), days: fc.integer({ min: 1, max: 2 }) }),
        {
          freq: 4,
        },
      ),
      timeZone: fc.constantFrom(...zones),
      status: fc.constantFrom<MeetingStatus>(...meetingStatuses),
      importance: fc.constantFrom<'major' | 'normal'>('major', 'normal'),
      hostId: fc.constantFrom(...orgIds),
      coHostIds: subset(orgIds),
      requiredOrganizationIds: subset(orgIds),
      chairId: fc.option(fc.constantFrom(...personIds), { nil: undefined }),
      participantIds: subset(personIds),
      requiredPosts: subset(posts),
      venueId: fc.option(fc.constantFrom(...venueIds), { nil: undefined }),
      bridgeVenues: fc.option(
        fc.array(fc.option(fc.constantFrom(...venueIds), { nil: undefined }), { maxLength: 3 }),
        {
          nil: undefined,
        },
      ),
    })
    .map((r): Meeting => {
      let start: number
      let end: number
      if (r.allDay !== null) {
        const local = new TZDate(base, r.timeZone)
        const y = local.getFullYear()
        const m = local.getMonth()
        const d = local.getDate() + r.allDay.day
        start = new TZDate(y, m, d, r.timeZone).getTime()
        end = new TZDate(y, m, d + r.allDay.days, r.timeZone).getTime()
      } else {
        start = base + r.slot * 15 * MINUTE + r.jitter
        end = start + r.length * 15 * MINUTE
      }
      return {
        id: `m${r.id}`,
        title: `Cuộc họp ${r.id}`,
        kind: 'working-session',
        hostId: r.hostId,
        coHostIds: r.coHostIds,
        ...(r.chairId === undefined ? {} : { chairId: r.chairId }),
        participantIds: r.participantIds,
        requiredPosts: r.requiredPosts.map((post) => ({ ...post })),
        requiredOrganizationIds: r.requiredOrganizationIds,
        ...(r.venueId === undefined ? {} : { venueId: r.venueId }),
        start: new Date(start),
        end: new Date(end),
        allDay: r.allDay !== null,
        timeZone: r.timeZone,
        status: r.status,
        importance: r.importance,
        ...(r.bridgeVenues === undefined
          ? {}
          : {
              online: {
                bridgePoints: r.bridgeVenues.map((venueId, index) => ({
                  name: `Điểm cầu ${index}`,
                  delegates: 10,
                  ...(venueId === undefined ? {} : { venueId }),
                })),
              },
            }),
        documents: [],
      }
    })
}

/** Random schedules, with some entries listed twice (the same object again). */
const scheduleArbitrary = fc.constantFrom(...bases).chain((base) =>
  fc
    .tuple(
      fc.array(meetingArbitrary(base), { maxLength: 24 }),
      fc.array(fc.nat(), { maxLength: 3 }),
      fc.constantFrom(0, 15, 30, 90),
    )
    .map(([meetings, repeats, buffer]) => ({
      base,
      buffer,
      meetings: [
        ...meetings,
        ...repeats.flatMap((r) =>
          meetings.flatMap((m, index) => (index === r % meetings.length ? [m] : [])),
        ),
      ],
    })),
)

// ---------------------------------------------------------------------------------------------
// The oracle

function localDate(time: number, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(time))
}

function holderOf(people: Person[], organizationId: string, role: string, date: string) {
  const holders = new Set(
    people
      .filter((person) =>
        person.posts.some(
          (post) =>
            post.organizationId === organizationId &&
            post.role === role &&
            (post.from === undefined || post.from <= date) &&
            (post.until === undefined || post.until >= date),
        ),
      )
      .map((person) => person.id),
  )
  return holders.size === 1 ? [...holders][0] : undefined
}

function peopleIn(meeting: Meeting, people: Person[]): Set<string> {
  const found = new Set<string>(meeting.participantIds)
  if (meeting.chairId !== undefined) found.add(meeting.chairId)
  const date = localDate(meeting.start.getTime(), meeting.timeZone)
  for (const post of meeting.requiredPosts) {
    const holder = holderOf(people, post.organizationId, post.role, date)
    if (holder !== undefined) found.add(holder)
  }
  return found
}

function venuesIn(meeting: Meeting): Set<string> {
  const found = new Set<string>()
  if (meeting.venueId !== undefined) found.add(meeting.venueId)
  for (const point of meeting.online?.bridgePoints ?? []) {
    if (point.venueId !== undefined) found.add(point.venueId)
  }
  return found
}

function bodiesIn(meeting: Meeting): Set<string> {
  if (meeting.importance !== 'major') return new Set()
  return new Set([meeting.hostId, ...meeting.coHostIds, ...meeting.requiredOrganizationIds])
}

function severity(base: 'error' | 'warning', ...meetings: Meeting[]): string {
  if (meetings.every((m) => m.status === 'held')) return 'info'
  if (
    base === 'error' &&
    meetings.some((m) => m.status === 'tentative' || m.status === 'postponed')
  ) {
    return 'warning'
  }
  return base
}

const row = (
  kind: string,
  resource: string,
  indexes: number[],
  start: number,
  end: number,
  level: string,
) =>
  `${kind} ${resource} [${indexes.join(',')}] ${new Date(start).toISOString()}–${new Date(end).toISOString()} ${level}`

function naivePairs(meetings: Meeting[], people: Person[], buffer: number): string[] {
  const rows: string[] = []
  const live = meetings
    .map((meeting, index) => ({
      meeting,
      index,
      start: meeting.start.getTime(),
      end: meeting.end.getTime(),
    }))
    .filter((m) => m.meeting.status !== 'cancelled' && m.end > m.start)
  const before = (a: (typeof live)[number], b: (typeof live)[number]) =>
    a.start < b.start || (a.start === b.start && a.index < b.index)
  for (const a of live) {
    for (const b of live) {
      if (!before(a, b) || a.meeting.id === b.meeting.id) continue
      if (!(a.start < b.end && b.start < a.end)) continue
      const from = Math.max(a.start, b.start)
      const to = Math.min(a.end, b.end)
      const level = severity('error', a.meeting, b.meeting)
      const pa = peopleIn(a.meeting, people)
      for (const id of peopleIn(b.meeting, people)) {
        if (pa.has(id))
          rows.push(row('person-double-booked', id, [a.index, b.index], from, to, level))
      }
      const va = venuesIn(a.meeting)
      for (const id of venuesIn(b.meeting)) {
        if (va.has(id))
          rows.push(row('venue-double-booked', id, [a.index, b.index], from, to, level))
      }
      const ba = bodiesIn(a.meeting)
      for (const id of bodiesIn(b.meeting)) {
        if (ba.has(id))
          rows.push(row('body-double-booked', id, [a.index, b.index], from, to, level))
      }
    }
  }
  if (buffer > 0) {
    // Travel: for each person and meeting, the meeting of theirs that ended last before it.
    for (const b of live) {
      for (const person of peopleIn(b.meeting, people)) {
        let previous: (typeof live)[number] | undefined
        for (const a of live) {
          if (a === b || a.end > b.start || !peopleIn(a.meeting, people).has(person)) continue
          if (
            previous === undefined ||
            a.end > previous.end ||
            (a.end === previous.end && before(a, previous))
          ) {
            previous = a
          }
        }
        if (previous === undefined || previous.meeting.id === b.meeting.id) continue
        const from = previous.meeting.venueId
        const to = b.meeting.venueId
        if (from === undefined || to === undefined || from === to) continue
        if (b.start - previous.end >= buffer * MINUTE) continue
        rows.push(
          row(
            'travel-time',
            person,
            [previous.index, b.index],
            previous.end,
            previous.end + buffer * MINUTE,
            severity('warning', previous.meeting, b.meeting),
          ),
        )
      }
    }
  }
  return rows.sort()
}

function naiveWorkingTime(meetings: Meeting[]): string[] {
  const rows: string[] = []
  meetings.forEach((meeting, index) => {
    const start = meeting.start.getTime()
    const end = meeting.end.getTime()
    if (meeting.status === 'cancelled' || end <= start) return
    const organization = organizations.find((o) => o.id === meeting.hostId)
    const hours = organization?.workingHours ?? {
      periods: [
        { start: '07:30', end: '11:30' },
        { start: '13:30', end: '17:00' },
      ],
      days: [1, 2, 3, 4, 5],
    }
    const zone = meeting.allDay ? meeting.timeZone : (organization?.timeZone ?? meeting.timeZone)
    const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3))
    const periods = hours.periods.map((p) => [minutes(p.start), minutes(p.end)] as const)
    const level = severity('warning', meeting)
    let off = false
    const first = new TZDate(start, zone)
    let day = new TZDate(first.getFullYear(), first.getMonth(), first.getDate(), zone)
    while (day.getTime() < end) {
      const next = new TZDate(day.getFullYear(), day.getMonth(), day.getDate() + 1, zone)
      const weekday = day.getDay() === 0 ? 7 : day.getDay()
      const date = localDate(day.getTime() + 12 * 3_600_000, zone)
      const kind = !hours.days.includes(weekday)
        ? 'weekly-rest-day'
        : isNonWorkingDay(date)
          ? 'holiday'
          : undefined
      if (kind !== undefined) {
        off = true
        rows.push(
          row(
            kind,
            meeting.hostId,
            [index],
            Math.max(start, day.getTime()),
            Math.min(end, next.getTime()),
            level,
          ),
        )
      }
      day = next
    }
    if (off || meeting.allDay) return
    const s = new TZDate(start, zone)
    const e = new TZDate(end, zone)
    const minutesOf = (d: TZDate) =>
      d.getHours() * 60 + d.getMinutes() + d.getSeconds() / 60 + d.getMilliseconds() / 60_000
    const startMinute = minutesOf(s)
    let endMinute = minutesOf(e)
    const sameDay = localDate(start, zone) === localDate(end, zone)
    if (!sameDay && endMinute === 0) endMinute = 1440
    const startsIn = periods.some(([a, b]) => startMinute >= a && startMinute < b)
    const endsIn = periods.some(([a, b]) => endMinute > a && endMinute <= b)
    if (!(startsIn && endsIn))
      rows.push(row('outside-working-hours', meeting.hostId, [index], start, end, level))
  })
  return rows.sort()
}

function rowsOf(conflicts: Conflict[]): string[] {
  return conflicts
    .map((c) =>
      row(
        c.kind,
        c.personId ?? c.venueId ?? c.organizationId ?? '',
        c.meetingIndexes,
        c.interval.start.getTime(),
        c.interval.end.getTime(),
        c.severity,
      ),
    )
    .sort()
}

describe('detectConflicts against the naive pairwise algorithm', () => {
  it('finds exactly the double bookings and travel-time shortfalls the naive algorithm finds', () => {
    fc.assert(
      fc.property(scheduleArbitrary, ({ base, meetings, buffer }) => {
        const people = peopleFor(base)
        const found = detectConflicts(meetings, {
          people,
          organizations,
          options: {
            travelBufferMinutes: buffer,
            kinds: [
              'person-double-booked',
              'venue-double-booked',
              'body-double-booked',
              'travel-time',
            ],
          },
        })
        expect(rowsOf(found)).toEqual(naivePairs(meetings, people, buffer))
      }),
      { numRuns: 300 },
    )
  })

  it('reads working hours, rest days and holidays in each zone as TZDate does', () => {
    fc.assert(
      fc.property(scheduleArbitrary, ({ meetings }) => {
        const found = detectConflicts(meetings, {
          organizations,
          options: {
            kinds: ['outside-working-hours', 'weekly-rest-day', 'holiday'],
            isNonWorkingDay,
          },
        })
        expect(rowsOf(found)).toEqual(naiveWorkingTime(meetings))
      }),
      { numRuns: 300 },
    )
  })
})

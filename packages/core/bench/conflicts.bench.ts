// Benchmark of conflict detection and free-slot search: a script, not a test. Run it with
// `pnpm --filter @lienthong/core bench` (tsx runs the TypeScript sources directly).
//
// Generated data: 2,000 people (the first 40 hold chair/secretary posts), 300 venues (the last
// 50 are bridge points), 30 bodies; meetings of 30 minutes to 3 hours on the quarter hour inside
// a working period on weekdays (2% are evening events), at about 400 a working day (so
// 1,000,000 meetings span about ten years at the same density as 100,000 over one), each with a
// chair and 1–6 participants, 70% with a room (1% over its capacity), 5% requiring a post, 10%
// major with a required body, 1% online with 5–20 bridge points, 5% tentative and 3% cancelled;
// shuffled. Two schedules: "planned" (a person, room or body already booked at that time is
// swapped for a free one 97 times in 100, as a secretariat would) and "random" (everyone drawn
// at random: about one conflict per meeting, a stress test).
//
// 1. All conflicts (every kind) among 100,000 and 1,000,000 meetings.
// 2. The same 10,000 meetings through the naive pairwise algorithm, an interval tree
//    (@flatten-js/interval-tree) per resource, and detectConflicts, for the double bookings
//    (person, venue, body): each time, the ratios, and a check that all three agree.
// 3. findFreeSlots over 100,000 meetings with a prebuilt index: p50/p95/max per query.
//
// Only the call is timed: the data is generated before, and the input checks are inside it.
// Beside the wall time of 1., the CPU time of the process (the garbage collector's helper threads
// included), which varies less on a busy machine, and the time of the first call on that input
// (detectConflicts keeps its working memory between calls, weakly: the first call of a size asks
// for it afresh, and the garbage collector may run on that account).
import IntervalTree from '@flatten-js/interval-tree'
import type { Meeting } from '../src/meeting/index.js'
import type { Organization, Person, Venue } from '../src/office/index.js'
import { parseOrganization, parsePerson, parseVenue } from '../src/office/index.js'
import { detectConflicts, findFreeSlots, indexBusyTimes } from '../src/conflicts/index.js'
import {
  bodiesOf,
  indexPosts,
  peopleOf,
  venuesOf,
  type PostIndex,
} from '../src/conflicts/meetingResources.js'

const PEOPLE = 2_000
const VENUES = 300
const BODIES = 30
const PER_WORKING_DAY = 400

/** A small seeded generator (mulberry32), so every run measures the same data. */
function createRandom(seed: number) {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return { next, int }
}

const roles = ['chair', 'secretary'] as const

function generateCity(): { people: Person[]; venues: Venue[]; organizations: Organization[] } {
  const organizations = Array.from({ length: BODIES }, (_, i) =>
    parseOrganization({
      id: `org-${i}`,
      name: `Cơ quan ${i}`,
      kind: 'department',
      level: 'province',
    }),
  )
  const people = Array.from({ length: PEOPLE }, (_, i) =>
    parsePerson({
      id: `p-${i}`,
      name: `Cán bộ ${i}`,
      posts: i < 40 ? [{ organizationId: `org-${i % BODIES}`, role: roles[i % 2] }] : [],
    }),
  )
  const venues = Array.from({ length: VENUES }, (_, i) =>
    parseVenue({
      id: `v-${i}`,
      name: `Phòng họp ${i}`,
      kind: i >= VENUES - 50 ? 'bridge-point' : 'room',
      capacity: 20 + (i % 10) * 20,
    }),
  )
  return { people, venues, organizations }
}

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** Monday 5 January 2026, 00:00 in Hanoi. */
const FIRST_DAY = Date.parse('2026-01-05T00:00:00+07:00')
const NO_IDS: string[] = []
const NO_POSTS: Meeting['requiredPosts'] = []
const NO_DOCUMENTS: Meeting['documents'] = []

/** Working periods (minutes after midnight) in which meetings are placed. */
const PERIODS = [
  [450, 690],
  [810, 1020],
] as const

/** Quarter hours of one day in which each person, room and body is already booked. */
interface Occupancy {
  readonly people: Uint8Array
  readonly venues: Uint8Array
  readonly bodies: Uint8Array
}

const QUARTERS = 96

function isFree(busy: Uint8Array, resource: number, from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (busy[resource * QUARTERS + q] === 1) return false
  return true
}

function book(busy: Uint8Array, resource: number, from: number, to: number): void {
  for (let q = from; q < to; q++) busy[resource * QUARTERS + q] = 1
}

/**
 * Meetings over consecutive working days, shuffled. `planned`: like a real schedule, a person,
 * room or body already booked at that time is swapped for a free one 97 times in 100 (so about
 * 3% of the clashes a random draw makes are left); otherwise everything is drawn at random.
 */
function generateMeetings(count: number, seed: number, planned: boolean): Meeting[] {
  const random = createRandom(seed)
  const meetings: Meeting[] = []
  let occupancy: Occupancy | undefined
  /** Draws a resource in `[min, max]`, avoiding booked ones when planning. */
  const draw = (busy: Uint8Array, min: number, max: number, from: number, to: number) => {
    let resource = random.int(min, max)
    if (planned && random.next() < 0.97) {
      for (let tries = 0; tries < 20 && !isFree(busy, resource, from, to); tries++) {
        resource = random.int(min, max)
      }
    }
    book(busy, resource, from, to)
    return resource
  }
  for (let i = 0; i < count; i++) {
    const workingDay = Math.floor(i / PER_WORKING_DAY)
    if (i % PER_WORKING_DAY === 0) {
      occupancy = {
        people: new Uint8Array(PEOPLE * QUARTERS),
        venues: new Uint8Array(VENUES * QUARTERS),
        bodies: new Uint8Array(BODIES * QUARTERS),
      }
    }
    const busy = occupancy ?? {
      people: new Uint8Array(0),
      venues: new Uint8Array(0),
      bodies: new Uint8Array(0),
    }
    const day = FIRST_DAY + (Math.floor(workingDay / 5) * 7 + (workingDay % 5)) * DAY
    // Mostly inside one working period, on the quarter hour; 2% are evening events.
    const length = random.int(2, 12) * 15
    let startMinute: number
    if (random.next() < 0.02) startMinute = 18 * 60
    else {
      const [from, to] = PERIODS[random.int(0, 1)] ?? PERIODS[0]
      startMinute = from + random.int(0, Math.max(0, (to - from - length) / 15)) * 15
    }
    const from = startMinute / 15
    const to = from + length / 15
    const start = day + startMinute * 60_000
    const end = start + length * 60_000
    const chair = draw(busy.people, 0, PEOPLE - 1, from, to)
    const participants = new Set<string>()
    const wanted = random.int(1, 6)
    while (participants.size < wanted) {
      const person = draw(busy.people, 0, PEOPLE - 1, from, to)
      if (person !== chair) participants.add(`p-${person}`)
    }
    const major = random.next() < 0.1
    const online = random.next() < 0.01
    const roll = random.next()
    const hasRoom = random.next() < 0.7
    const room = hasRoom ? draw(busy.venues, 0, VENUES - 51, from, to) : random.int(0, VENUES - 51)
    const capacity = 20 + (room % 10) * 20
    const host = major ? draw(busy.bodies, 0, BODIES - 1, from, to) : random.int(0, BODIES - 1)
    meetings.push({
      id: `m-${i}`,
      title: `Cuộc họp số ${i}`,
      kind: online ? 'online-conference' : 'working-session',
      hostId: `org-${host}`,
      coHostIds: NO_IDS,
      chairId: `p-${chair}`,
      participantIds: [...participants],
      requiredPosts:
        random.next() < 0.05
          ? [
              {
                organizationId: `org-${random.int(0, 39) % BODIES}`,
                role: random.next() < 0.5 ? 'chair' : 'secretary',
              },
            ]
          : NO_POSTS,
      requiredOrganizationIds: major
        ? [`org-${draw(busy.bodies, 0, BODIES - 1, from, to)}`]
        : NO_IDS,
      ...(hasRoom ? { venueId: `v-${room}` } : {}),
      // 1% expect more people than the room holds.
      expectedAttendees: random.next() < 0.01 ? capacity + 10 : random.int(5, capacity),
      start: new Date(start),
      end: new Date(end),
      allDay: false,
      timeZone: 'Asia/Ho_Chi_Minh',
      status: roll < 0.05 ? 'tentative' : roll < 0.08 ? 'cancelled' : 'planned',
      importance: major ? 'major' : 'normal',
      ...(online
        ? {
            online: {
              bridgePoints: Array.from({ length: random.int(5, 20) }, (_, b) => ({
                name: `Điểm cầu ${b}`,
                venueId: `v-${draw(busy.venues, VENUES - 50, VENUES - 1, from, to)}`,
                delegates: random.int(10, 40),
              })),
            },
          }
        : {}),
      documents: NO_DOCUMENTS,
    })
  }
  // Shuffle, so the input is not already in order of start; then copy in that order, so the
  // objects lie in memory in list order, as when a back end parses a JSON list.
  for (let i = meetings.length - 1; i > 0; i--) {
    const j = random.int(0, i)
    const a = meetings[i]
    const b = meetings[j]
    if (a !== undefined && b !== undefined) {
      meetings[i] = b
      meetings[j] = a
    }
  }
  return structuredClone(meetings)
}

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now()
  const value = run()
  return { ms: performance.now() - start, value }
}

/** Times one call, with the CPU time the process spent meanwhile. */
function timeWithCpu<T>(run: () => T): { ms: number; cpu: number; value: T } {
  const cpu = process.cpuUsage()
  const { ms, value } = time(run)
  const used = process.cpuUsage(cpu)
  return { ms, cpu: (used.user + used.system) / 1000, value }
}

const fmt = (ms: number): string =>
  ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(3)
const pad = (text: string, width: number): string => text.padEnd(width)

// ---------------------------------------------------------------------------------------------
// The two approaches we compare against, finding the same double bookings (half-open).

interface Resources {
  readonly keys: string[]
  readonly start: number
  readonly end: number
}

/** Who and what each meeting occupies, as `person:`, `venue:` and `body:` keys. */
function resourcesOf(meetings: readonly Meeting[], posts: PostIndex): (Resources | undefined)[] {
  return meetings.map((meeting) => {
    const start = meeting.start.getTime()
    const end = meeting.end.getTime()
    if (meeting.status === 'cancelled' || end <= start) return undefined
    const date = () => new Date(start + 7 * HOUR).toISOString().slice(0, 10)
    const keys = [
      ...peopleOf(meeting, posts, date).map((need) => `person:${need.personId}`),
      ...venuesOf(meeting).map((id) => `venue:${id}`),
      ...bodiesOf(meeting).map((id) => `body:${id}`),
    ]
    return { keys, start, end }
  })
}

/** Every pair of meetings compared: O(n²). */
function naivePairwise(meetings: readonly Meeting[], people: readonly Person[]): number {
  const resources = resourcesOf(meetings, indexPosts(people))
  const sets = resources.map((r) => (r === undefined ? undefined : new Set(r.keys)))
  let found = 0
  for (let i = 0; i < resources.length; i++) {
    const a = resources[i]
    if (a === undefined) continue
    for (let j = i + 1; j < resources.length; j++) {
      const b = resources[j]
      if (b === undefined || !(a.start < b.end && b.start < a.end)) continue
      if (meetings[i]?.id === meetings[j]?.id) continue
      const shared = sets[j]
      for (const key of a.keys) if (shared?.has(key) === true) found++
    }
  }
  return found
}

/**
 * One interval tree per resource: each meeting queries the trees of its resources, then is
 * inserted. The trees' intervals are closed, so a half-open `[start, end)` of whole milliseconds
 * is stored as `[start, end - 1]` (storing `[start, end]` would make back-to-back meetings clash).
 */
function intervalTrees(meetings: readonly Meeting[], people: readonly Person[]): number {
  const resources = resourcesOf(meetings, indexPosts(people))
  const trees = new Map<string, IntervalTree<number>>()
  let found = 0
  resources.forEach((r, index) => {
    if (r === undefined) return
    const key: [number, number] = [r.start, r.end - 1]
    for (const resource of r.keys) {
      let tree = trees.get(resource)
      if (tree === undefined) {
        tree = new IntervalTree<number>()
        trees.set(resource, tree)
      }
      for (const other of tree.search(key)) {
        if (meetings[other]?.id !== meetings[index]?.id) found++
      }
      tree.insert(key, index)
    }
  })
  return found
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const city = generateCity()
  console.log(
    `lienthong conflicts benchmark — Node ${process.version}, ${PEOPLE} people, ${VENUES} venues, ${BODIES} bodies`,
  )

  // Warm up the JIT on a separate input.
  detectConflicts(generateMeetings(20_000, 99, true), city)
  detectConflicts(generateMeetings(20_000, 98, false), city)

  console.log('\n1. detectConflicts, every kind (input checks included)')
  for (const count of [100_000, 1_000_000]) {
    for (const planned of [true, false]) {
      const meetings = generateMeetings(count, count, planned)
      const runs = count >= 1_000_000 ? 3 : 7
      const times: number[] = []
      const cpus: number[] = []
      const byKind = new Map<string, number>()
      let conflicts = 0
      for (let r = 0; r < runs; r++) {
        const result = timeWithCpu(() => detectConflicts(meetings, city))
        times.push(result.ms)
        cpus.push(result.cpu)
        conflicts = result.value.length
        if (r === runs - 1) {
          for (const conflict of result.value) {
            byKind.set(conflict.kind, (byKind.get(conflict.kind) ?? 0) + 1)
          }
        }
      }
      const sorted = [...times].sort((a, b) => a - b)
      const median = sorted[Math.floor(sorted.length / 2)] ?? 0
      const cpuSorted = [...cpus].sort((a, b) => a - b)
      console.log(
        `   ${pad(count.toLocaleString('en-US'), 9)} meetings, ${pad(planned ? 'planned' : 'random', 7)}: best ${pad(`${fmt(sorted[0] ?? 0)} ms`, 9)} median ${pad(`${fmt(median)} ms`, 9)} (${runs} runs; CPU best ${fmt(cpuSorted[0] ?? 0)} ms; first ${fmt(times[0] ?? 0)} ms), ${conflicts.toLocaleString('en-US')} conflicts`,
      )
      console.log(
        `      ${[...byKind].map(([kind, n]) => `${kind} ${n.toLocaleString('en-US')}`).join(', ')}`,
      )
    }
  }

  console.log('\n2. 10,000 meetings (random), double bookings only (person, venue, body)')
  const sample = generateMeetings(10_000, 10_000, false)
  const doubleBookings = {
    kinds: ['person-double-booked', 'venue-double-booked', 'body-double-booked'] as const,
  }
  for (let r = 0; r < 3; r++) {
    detectConflicts(sample, { ...city, options: { kinds: [...doubleBookings.kinds] } })
    intervalTrees(sample, city.people)
  }
  naivePairwise(sample.slice(0, 2_000), city.people)
  const ours = time(
    () =>
      detectConflicts(sample, { ...city, options: { kinds: [...doubleBookings.kinds] } }).length,
  )
  const tree = time(() => intervalTrees(sample, city.people))
  const naive = time(() => naivePairwise(sample, city.people))
  const agree = ours.value === tree.value && tree.value === naive.value
  console.log(`   naive pairwise          ${pad(`${fmt(naive.ms)} ms`, 11)} ${naive.value} pairs`)
  console.log(`   interval tree           ${pad(`${fmt(tree.ms)} ms`, 11)} ${tree.value} pairs`)
  console.log(
    `   detectConflicts (sweep) ${pad(`${fmt(ours.ms)} ms`, 11)} ${ours.value} conflicts (full objects with messages)`,
  )
  console.log(
    `   ratios: naive/sweep ${(naive.ms / ours.ms).toFixed(1)}×, interval tree/sweep ${(tree.ms / ours.ms).toFixed(1)}×; all agree: ${agree ? 'yes' : 'NO'}`,
  )
  if (!agree || ours.ms >= tree.ms || ours.ms >= naive.ms) process.exitCode = 1

  console.log('\n3. findFreeSlots over 100,000 meetings (planned)')
  const year = generateMeetings(100_000, 100_000, true)
  const built = time(() => indexBusyTimes(year, { people: city.people }))
  console.log(`   indexBusyTimes (once): ${fmt(built.ms)} ms`)
  const random = createRandom(7)
  const spanDays = Math.ceil(100_000 / PER_WORKING_DAY / 5) * 7
  const query = () => {
    const people = Array.from({ length: random.int(2, 4) }, () => `p-${random.int(0, PEOPLE - 1)}`)
    const start = FIRST_DAY + random.int(0, spanDays - 7) * DAY
    return findFreeSlots({
      personIds: [...new Set(people)],
      organizationIds: random.next() < 0.5 ? [`org-${random.int(0, BODIES - 1)}`] : [],
      ...(random.next() < 0.5 ? { venueId: `v-${random.int(0, VENUES - 51)}` } : {}),
      ...(random.next() < 0.3
        ? { posts: [{ organizationId: 'org-0', role: 'chair' as const }] }
        : {}),
      durationMinutes: random.int(2, 12) * 15,
      window: { start: new Date(start), end: new Date(start + 7 * DAY) },
      busy: built.value,
      count: 5,
    })
  }
  for (let i = 0; i < 500; i++) query()
  const samples: number[] = []
  let slots = 0
  for (let i = 0; i < 2_000; i++) {
    const result = time(query)
    samples.push(result.ms)
    slots += result.value.length
  }
  samples.sort((a, b) => a - b)
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0
  console.log(
    `   2,000 queries (2–4 people, half with a body, half with a room, 30% with a post; one-week window; 5 slots): p50 ${fmt(at(0.5))} ms, p95 ${fmt(at(0.95))} ms, max ${fmt(at(1))} ms; ${(slots / samples.length).toFixed(1)} slots per query`,
  )
}

main()

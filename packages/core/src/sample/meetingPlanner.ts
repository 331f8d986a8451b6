import type { BridgePoint, MeetingKind, MeetingStatus, RequiredPost } from '../meeting/index.js'
import {
  absoluteMinute,
  icalLocalOf,
  isWorkingDay,
  lunarFeastsOf,
  minutesOf,
  weekdayOf,
} from './calendar.js'
import type { SampleContext } from './context.js'
import { createOccupancy } from './occupancy.js'
import type { Topic } from './topics.js'

/**
 * What a meeting is, before it has a time: the fields of its wire form the generator fills, plus
 * the body whose program plans it and the subjects discussed.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { MeetingSpec } from './meetingPlanner.js'
 *
 * const spec: MeetingSpec = { kind: 'working-session', title: 'Làm việc với Sở Y tế', hostId: 'ubnd', participantIds: [] }
 * ```
 */
export interface MeetingSpec {
  kind: MeetingKind
  title: string
  description?: string
  hostId: string
  coHostIds?: string[]
  chairId?: string
  participantIds: string[]
  requiredPosts?: RequiredPost[]
  requiredOrganizationIds?: string[]
  venueId?: string
  expectedAttendees?: number
  importance?: 'major' | 'normal'
  mainBridgeVenueId?: string
  bridgePoints?: BridgePoint[]
  preparingUnitId?: string
  documents?: { title: string; symbol?: string }[]
  allDay?: boolean
  /** Body whose work program plans it: `tu`, `hdnd` or `ubnd`. */
  owner?: string
  topics?: Topic[]
}

/**
 * A booked meeting: its spec, its times as absolute wall-clock minutes, and who it involves.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { MeetingDraft } from './meetingPlanner.js'
 *
 * const minutes = (draft: MeetingDraft) => draft.end - draft.start
 * ```
 */
export interface MeetingDraft extends MeetingSpec {
  /** Booking order, the owner key in the occupancy table. */
  readonly order: number
  readonly start: number
  readonly end: number
  /** Every occurrence `[start, end)`; one for a single meeting. */
  readonly occurrences: readonly [number, number][]
  recurrence?: string[]
  /** Named people and holders of required posts on the day. */
  readonly people: readonly string[]
  status?: MeetingStatus
  /** True for the two meetings of an intentional clash. */
  clash: boolean
}

/**
 * A time slot `[start, end)` of a day as `HH:mm` clock times.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { Slot } from './meetingPlanner.js'
 *
 * const morning: Slot = ['08:00', '11:30']
 * ```
 */
export type Slot = readonly [string, string]

/**
 * Books meetings so that no person, venue (bridge points included) or required organisation is
 * ever booked twice at overlapping times, unless the caller asks for it.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { MeetingPlanner } from './meetingPlanner.js'
 *
 * const count = (planner: MeetingPlanner) => planner.drafts.length
 * ```
 */
export interface MeetingPlanner {
  /** The meetings booked so far, in booking order. */
  readonly drafts: readonly MeetingDraft[]
  /** Days around Tết on which nothing is scheduled. */
  readonly tetDays: ReadonlySet<number>
  /** True for a working day of the sample's year. */
  readonly working: (day: number) => boolean
  /** Named people plus the holders, on `day`, of the spec's required posts. */
  readonly peopleOf: (spec: MeetingSpec, day: number) => string[]
  /** `person:…`, `venue:…` and `org:…` resources a spec books. */
  readonly resourcesOf: (spec: MeetingSpec, people: readonly string[]) => string[]
  /** Owners of the bookings of `resource` overlapping `[start, end)`. */
  readonly overlapping: (resource: string, start: number, end: number) => number[]
  /** True when none of `resources` is booked during `[start, end)`. */
  readonly isFree: (resources: readonly string[], start: number, end: number) => boolean
  /** Books a spec for the given occurrences, without checking. */
  readonly commit: (
    spec: MeetingSpec,
    occurrences: [number, number][],
    people: string[],
  ) => MeetingDraft
  /** Books the first free candidate; undefined when none is free. */
  readonly place: (
    spec: MeetingSpec,
    candidates: readonly (readonly [number, number])[],
  ) => MeetingDraft | undefined
  /** Books a weekly or monthly series for the whole year, excluding (EXDATE) busy days. */
  readonly series: (
    spec: MeetingSpec,
    slot: Slot,
    rule: string,
    occursOn: (day: number) => boolean,
  ) => void
  /** `[start, end)` of a slot on a day. */
  readonly at: (day: number, slot: Slot) => [number, number]
  /** Every slot on the working days near `target`, nearest first. */
  readonly around: (
    target: number,
    slots: readonly Slot[],
    offsets?: readonly number[],
  ) => [number, number][]
  /** `count` days with the given ISO weekday spread evenly over the year, skipping Tết. */
  readonly spreadDays: (count: number, weekday: number) => number[]
}

const NEARBY = [0, 1, -1, 2, -2, 3, -3, 4, -4, 7, -7] as const

/**
 * The distinct defined values of a list, in first-seen order.
 *
 * @category Sample data
 * @param items - Values, some possibly undefined.
 * @returns The distinct defined values.
 * @example
 * ```ts
 * import { unique } from './meetingPlanner.js'
 *
 * unique(['a', undefined, 'b', 'a']) // ['a', 'b']
 * ```
 */
export function unique<T>(items: readonly (T | undefined)[]): T[] {
  const seen: T[] = []
  for (const item of items) if (item !== undefined && !seen.includes(item)) seen.push(item)
  return seen
}

/**
 * Creates an empty {@link MeetingPlanner} for the sample's year.
 *
 * @category Sample data
 * @param context - Year, holidays and the directory of posts.
 * @returns A planner.
 * @example
 * ```ts
 * import { createMeetingPlanner } from './meetingPlanner.js'
 *
 * // const planner = createMeetingPlanner(context)
 * // planner.place(spec, planner.around(day, [['08:00', '11:30']]))
 * ```
 */
export function createMeetingPlanner(context: SampleContext): MeetingPlanner {
  const { year, directory, holidays, first, last } = context
  const occupancy = createOccupancy()
  const drafts: MeetingDraft[] = []
  const feasts = lunarFeastsOf(year)
  const tetDays = new Set<number>()
  if (feasts !== undefined) for (let d = feasts.tet - 3; d <= feasts.tet + 6; d++) tetDays.add(d)

  const working = (day: number) => day >= first && day <= last && isWorkingDay(day, holidays)

  function peopleOf(spec: MeetingSpec, day: number): string[] {
    const holders = (spec.requiredPosts ?? []).flatMap((post) =>
      directory.holders(post.organizationId, post.role, day),
    )
    return unique([spec.chairId, ...spec.participantIds, ...holders])
  }

  function resourcesOf(spec: MeetingSpec, people: readonly string[]): string[] {
    const venues = unique([
      spec.venueId,
      spec.mainBridgeVenueId,
      ...(spec.bridgePoints ?? []).map((point) => point.venueId),
    ])
    return [
      ...people.map((id) => `person:${id}`),
      ...venues.map((id) => `venue:${id}`),
      ...(spec.requiredOrganizationIds ?? []).map((id) => `org:${id}`),
    ]
  }

  function commit(
    spec: MeetingSpec,
    occurrences: [number, number][],
    people: string[],
  ): MeetingDraft {
    const [firstOccurrence] = occurrences
    if (firstOccurrence === undefined) throw new RangeError('a meeting needs an occurrence')
    const draft: MeetingDraft = {
      ...spec,
      order: drafts.length,
      start: firstOccurrence[0],
      end: firstOccurrence[1],
      occurrences,
      people,
      clash: false,
    }
    occupancy.add(resourcesOf(spec, people), occurrences, draft.order)
    drafts.push(draft)
    return draft
  }

  const isFree = (resources: readonly string[], start: number, end: number) =>
    occupancy.isFree(resources, [[start, end]])

  function at(day: number, slot: Slot): [number, number] {
    return [absoluteMinute(day, minutesOf(slot[0])), absoluteMinute(day, minutesOf(slot[1]))]
  }

  return {
    drafts,
    tetDays,
    working,
    peopleOf,
    resourcesOf,
    overlapping: occupancy.overlapping,
    isFree,
    commit,
    at,
    place(spec, candidates) {
      for (const [start, end] of candidates) {
        const people = peopleOf(spec, Math.floor(start / 1440))
        if (isFree(resourcesOf(spec, people), start, end)) {
          return commit(spec, [[start, end]], people)
        }
      }
      return undefined
    },
    series(spec, slot, rule, occursOn) {
      const occurrences: [number, number][] = []
      const excluded: number[] = []
      const people = peopleOf(spec, first)
      const resources = resourcesOf(spec, people)
      for (let day = first; day <= last; day++) {
        if (!occursOn(day)) continue
        const [start, end] = at(day, slot)
        if (working(day) && isFree(resources, start, end)) occurrences.push([start, end])
        else if (occurrences.length > 0) excluded.push(start)
      }
      const draft = commit(spec, occurrences, people)
      draft.recurrence = [
        `RRULE:${rule};UNTIL=${String(year)}1231T165959Z`,
        ...excluded.map((minute) => `EXDATE;TZID=Asia/Ho_Chi_Minh:${icalLocalOf(minute)}`),
      ]
    },
    around(target, slots, offsets = NEARBY) {
      return offsets
        .map((offset) => target + offset)
        .filter(working)
        .flatMap((day) => slots.map((slot) => at(day, slot)))
    },
    spreadDays(count, weekday) {
      const days: number[] = []
      const firstMonday = first - ((weekdayOf(first) + 6) % 7)
      for (let monday = firstMonday; monday <= last; monday += 7) {
        const day = monday + weekday - 1
        if (day >= first && day <= last && !tetDays.has(day)) days.push(day)
      }
      const step = days.length / count
      return Array.from({ length: count }, (_, i) => days[Math.floor(i * step + step / 2)]).filter(
        (day): day is number => day !== undefined,
      )
    },
  }
}

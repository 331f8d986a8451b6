import type { BridgePoint } from '../meeting/index.js'
import type { VenueInput } from '../office/index.js'
import { weekdayOf } from './calendar.js'
import type { SampleContext } from './context.js'
import { createMeetingPlanner, type MeetingPlanner, type Slot } from './meetingPlanner.js'
import { ORG, WARDS } from './organizations.js'
import type { Random } from './random.js'
import { wardVenueId } from './venues.js'

/** A morning session. */
export const MORNING: readonly Slot[] = [['08:00', '11:30']]

/** A morning or an afternoon session. */
export const HALF_DAYS: readonly Slot[] = [
  ['08:00', '11:30'],
  ['14:00', '17:00'],
]

/** Slots of short working sessions, inside working hours. */
export const SHORT: readonly Slot[] = [
  ['08:00', '10:00'],
  ['08:30', '10:30'],
  ['09:00', '11:00'],
  ['09:30', '11:30'],
  ['10:00', '11:30'],
  ['14:00', '16:00'],
  ['14:30', '16:30'],
  ['15:00', '17:00'],
  ['07:30', '09:30'],
  ['13:30', '15:30'],
]

/**
 * What every meeting family's generator shares: the seeded source, the context, the planner
 * that books without accidental clashes, and lookups of leaders by post.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { MeetingKit } from './meetingKit.js'
 *
 * const booked = (kit: MeetingKit) => kit.planner.drafts.length
 * ```
 */
export interface MeetingKit {
  readonly random: Random
  readonly context: SampleContext
  readonly planner: MeetingPlanner
  /** The People's Committee's vice chairs (standing one included) in office on a day. */
  readonly viceChairsOn: (day: number) => string[]
  /** The head of an advisory agency, department or office, by organisation id. */
  readonly headOf: (organizationId: string) => string | undefined
  /**
   * A head count for a meeting at `venueId`: between `low` and `high`, never more than the
   * venue holds (no venue: no limit).
   */
  readonly attendance: (venueId: string | undefined, low: number, high: number) => number
  /** A day test for an ISO weekday (1 = Monday). */
  readonly onWeekday: (weekday: number) => (day: number) => boolean
  /** `count` months of the year (1–12), evenly spread; all twelve when `count` is 12 or more. */
  readonly pickMonths: (count: number) => number[]
  /**
   * One bridge point in every ward's hall, plus up to `extraPerWard` points in its villages or
   * residential groups (without a venue).
   */
  readonly wardBridgePoints: (extraPerWard: number, delegates: [number, number]) => BridgePoint[]
}

/**
 * Creates the {@link MeetingKit} of a sample.
 *
 * @category Sample data
 * @param random - The seeded source of the meetings.
 * @param context - Year, `asOf`, scale, holidays, leaders.
 * @param venues - The venues, for their capacities.
 * @returns The kit, with an empty planner.
 * @example
 * ```ts
 * import { createMeetingKit } from './meetingKit.js'
 *
 * // const kit = createMeetingKit(random.fork('meetings'), context, venues)
 * ```
 */
export function createMeetingKit(
  random: Random,
  context: SampleContext,
  venues: readonly VenueInput[],
): MeetingKit {
  const { leaders, directory } = context
  const capacities = new Map(venues.map((venue) => [venue.id, venue.capacity]))
  const attendance = (venueId: string | undefined, low: number, high: number) => {
    const capacity = venueId === undefined ? undefined : capacities.get(venueId)
    const top = Math.min(high, capacity ?? high)
    return random.int(Math.min(low, top), top)
  }
  const unitHeads: Readonly<Record<string, string>> = {
    ...leaders.advisoryHeads,
    ...leaders.directors,
    ...leaders.officeChiefs,
  }
  return {
    random,
    context,
    planner: createMeetingPlanner(context),
    viceChairsOn: (day) =>
      directory.holders(ORG.committee, ['standing-vice-chair', 'vice-chair'], day),
    headOf: (organizationId) => unitHeads[organizationId],
    attendance,
    onWeekday: (weekday) => (day) => weekdayOf(day) === weekday,
    pickMonths(count) {
      const step = Math.round(12 / count)
      return Array.from({ length: 12 }, (_, i) => i + 1).filter(
        (month) => count >= 12 || month % step === 0,
      )
    },
    wardBridgePoints: (extraPerWard, delegates) =>
      WARDS.flatMap((ward) => {
        const venueId = wardVenueId(ward.id)
        const main: BridgePoint = {
          venueId,
          name: `Điểm cầu ${ward.name}`,
          hostUnitId: ward.id,
          delegates: attendance(venueId, delegates[0], delegates[1]),
        }
        const subPoints = Array.from(
          { length: random.int(0, extraPerWard) },
          (_, k): BridgePoint => ({
            name: `Điểm cầu ${ward.name} - ${ward.rural ? 'thôn' : 'tổ dân phố'} số ${String(k + 1)}`,
            hostUnitId: ward.id,
            delegates: random.int(10, 40),
          }),
        )
        return [main, ...subPoints]
      }),
  }
}

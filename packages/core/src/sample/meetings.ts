import type { MeetingInput } from '../meeting/index.js'
import type { VenueInput } from '../office/index.js'
import { absoluteMinute, instantOf } from './calendar.js'
import { addCitizenMeetings } from './citizenMeetings.js'
import { addCityEvents } from './cityEvents.js'
import type { SampleContext } from './context.js'
import { plantClashes, type PlantedClashReason } from './intentionalClashes.js'
import { addMajorMeetings } from './majorMeetings.js'
import { createMeetingKit } from './meetingKit.js'
import type { MeetingStatus } from '../meeting/index.js'
import { addOnlineConferences } from './onlineConferences.js'
import { optional } from './optional.js'
import type { Random } from './random.js'
import { addRecurringMeetings } from './recurringMeetings.js'
import { overfillOneRoom, plantBodyAndTravelConflicts } from './plantedConflicts.js'
import { addRegularMeetings } from './regularMeetings.js'
import type { Topic } from './topics.js'
import { addWorkingSessions, createWorkingSessions } from './workingSessions.js'

const PLATFORM = 'Hệ thống hội nghị truyền hình trực tuyến thành phố'

/**
 * Two meetings the generator booked on purpose at overlapping times for the same person or the
 * same venue, so that conflict detection has something real to find.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { IntentionalClash } from './meetings.js'
 *
 * const clash: IntentionalClash = { meetingIds: ['mtg-2026-0001', 'mtg-2026-0002'], reason: 'venue', id: 'hoi-truong-tu' }
 * ```
 */
export interface IntentionalClash {
  /** The two meetings; both are held, confirmed or planned (never cancelled or tentative). */
  meetingIds: [string, string]
  /** Whether they share a person, a venue or a body, or leave a person too little travel time. */
  reason: PlantedClashReason
  /** The person's, the venue's or the body's id. */
  id: string
}

/**
 * A generated meeting in wire form with the facts the other generators use.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { GeneratedMeeting } from './meetings.js'
 *
 * const isSession = (m: GeneratedMeeting) => m.input.kind === 'council-session'
 * ```
 */
export interface GeneratedMeeting {
  /** The meeting as JSON; `workProgramItemId` is filled in later. */
  input: MeetingInput
  /** Day numbers of its first occurrence's start and end. */
  readonly startDay: number
  readonly endDay: number
  readonly status: MeetingStatus
  readonly recurring: boolean
  /** Body whose work program plans it: `tu`, `hdnd` or `ubnd`, if any. */
  readonly owner?: string
  /** Subjects discussed, for the documents that follow. */
  readonly topics: readonly Topic[]
}

/**
 * The generated meetings (sorted by start) and the clashes booked on purpose.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { MeetingsData } from './meetings.js'
 *
 * const count = (data: MeetingsData) => data.meetings.length
 * ```
 */
export interface MeetingsData {
  readonly meetings: GeneratedMeeting[]
  readonly clashes: IntentionalClash[]
  /** The meeting expecting more people than its room seats, on purpose (none when none fit). */
  readonly overCapacity: { meetingId: string; venueId: string }[]
}

/**
 * Generates a year of meetings in a realistic rhythm, never double-booking a person or venue by
 * accident: weekly Standing Board conferences, Standing Committee conferences twice a month,
 * Executive Committee conferences, People's Council sessions and its Standing Committee's monthly
 * meetings, the People's Committee's monthly regular meetings, quarterly joint meetings and online
 * conferences with bridge points in the wards, leaders' working sessions, monthly citizen
 * receptions by leaders, voter contacts and city events; recurring series (`RRULE`, with `EXDATE`
 * on holidays) for weekly briefings, the daily citizen reception and the wards' weekly reception
 * days. Then books about 3% more meetings on purpose over an existing meeting's person or venue
 * and returns those pairs.
 *
 * Meetings before `asOf` are mostly held (a few cancelled or postponed); later ones planned,
 * confirmed or tentative.
 *
 * @category Sample data
 * @param random - The seeded source.
 * @param context - Year, `asOf`, scale, holidays, leaders.
 * @param venues - The venues (their capacities bound head counts).
 * @returns The meetings sorted by start, the intentional clashes and the overfilled room.
 * @example
 * ```ts
 * import { buildMeetings } from './meetings.js'
 *
 * // inside generateSampleData:
 * // const { meetings, clashes } = buildMeetings(random.fork('meetings'), context, venues)
 * ```
 */
export function buildMeetings(
  random: Random,
  context: SampleContext,
  venues: readonly VenueInput[],
): MeetingsData {
  const kit = createMeetingKit(random, context, venues)
  const asOfMinute = absoluteMinute(context.asOf, 0)
  // Fixed series first, then what has a date, then what can move: each books around the others.
  addRecurringMeetings(kit)
  addMajorMeetings(kit)
  addCityEvents(kit)
  addRegularMeetings(kit)
  addOnlineConferences(kit)
  addCitizenMeetings(kit)
  const sessions = createWorkingSessions(kit)
  addWorkingSessions(kit, sessions)

  // ----- statuses -----

  for (const draft of kit.planner.drafts) {
    if (draft.recurrence !== undefined) {
      draft.status = 'confirmed'
    } else if (draft.start < asOfMinute) {
      draft.status = random.weighted([
        ['held', 94],
        ['cancelled', 3],
        ['postponed', 3],
      ] as const)
    } else if (draft.start < asOfMinute + 14 * 1440) {
      draft.status = random.chance(0.85) ? 'confirmed' : 'planned'
    } else {
      draft.status = random.weighted([
        ['planned', 78],
        ['confirmed', 10],
        ['tentative', 8],
        ['cancelled', 2],
        ['postponed', 2],
      ] as const)
    }
  }
  const planted = [...plantClashes(kit, sessions), ...plantBodyAndTravelConflicts(kit, sessions, 2)]
  const overfilled = overfillOneRoom(kit, venues)

  // ----- ids and wire form -----

  const sorted = [...kit.planner.drafts].sort((x, y) => x.start - y.start || x.order - y.order)
  const idOf = new Map<number, string>()
  sorted.forEach((draft, index) =>
    idOf.set(draft.order, `mtg-${String(context.year)}-${String(index + 1).padStart(4, '0')}`),
  )

  const meetings = sorted.map((draft): GeneratedMeeting => {
    const id = idOf.get(draft.order) ?? ''
    const status = draft.status ?? 'planned'
    const online =
      draft.bridgePoints === undefined
        ? undefined
        : {
            ...optional('mainBridgeVenueId', draft.mainBridgeVenueId),
            platform: PLATFORM,
            bridgePoints: draft.bridgePoints,
          }
    const input: MeetingInput = {
      id,
      title: draft.title,
      kind: draft.kind,
      ...optional('description', draft.description),
      hostId: draft.hostId,
      ...optional('coHostIds', draft.coHostIds),
      ...optional('chairId', draft.chairId),
      participantIds: draft.participantIds,
      ...optional('requiredPosts', draft.requiredPosts),
      ...optional('requiredOrganizationIds', draft.requiredOrganizationIds),
      ...optional('venueId', draft.venueId),
      ...optional('expectedAttendees', draft.expectedAttendees),
      start: instantOf(draft.start),
      end: instantOf(draft.end),
      ...(draft.allDay === true ? { allDay: true } : {}),
      timeZone: 'Asia/Ho_Chi_Minh',
      ...optional('recurrence', draft.recurrence),
      status,
      importance: draft.importance ?? 'normal',
      ...optional('online', online),
      ...optional('preparingUnitId', draft.preparingUnitId),
      ...optional('documents', draft.documents),
    }
    return {
      input,
      startDay: Math.floor(draft.start / 1440),
      endDay: Math.floor((draft.end - 1) / 1440),
      status,
      recurring: draft.recurrence !== undefined,
      ...optional('owner', draft.owner),
      topics: draft.topics ?? [],
    }
  })
  const clashes = planted.map(({ a, b, reason, id }): IntentionalClash => ({
    meetingIds: [idOf.get(a.order) ?? '', idOf.get(b.order) ?? ''],
    reason,
    id,
  }))
  const overCapacity =
    overfilled?.venueId === undefined
      ? []
      : [{ meetingId: idOf.get(overfilled.order) ?? '', venueId: overfilled.venueId }]
  return { meetings, clashes, overCapacity }
}

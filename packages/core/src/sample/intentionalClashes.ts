import type { MeetingStatus } from '../meeting/index.js'
import { absoluteMinute } from './calendar.js'
import type { MeetingKit } from './meetingKit.js'
import { unique, type MeetingDraft, type MeetingSpec } from './meetingPlanner.js'
import { ORG } from './organizations.js'
import type { OfficeId } from './people.js'
import { CITY_TOPICS, PARTY_TOPICS } from './topics.js'
import { VENUE } from './venues.js'
import type { WorkingSessions } from './workingSessions.js'

/**
 * Why a pair of meetings was planted: they share a person or a venue at overlapping times, they
 * are two overlapping major meetings requiring the same body, or one person has too little time
 * to travel between them.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { PlantedClashReason } from './intentionalClashes.js'
 *
 * const reason: PlantedClashReason = 'travel-time'
 * ```
 */
export type PlantedClashReason = 'person' | 'venue' | 'body' | 'travel-time'

/**
 * A pair of meetings booked on purpose to conflict over the same person, venue or body.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { PlantedClash } from './intentionalClashes.js'
 *
 * const shared = (clash: PlantedClash) => clash.id
 * ```
 */
export interface PlantedClash {
  readonly a: MeetingDraft
  readonly b: MeetingDraft
  readonly reason: PlantedClashReason
  readonly id: string
}

/** Which office manages each city room, and books it for its own meetings. */
const ROOM_OFFICES: Readonly<Record<string, OfficeId>> = {
  [VENUE.partyHall]: ORG.partyOffice,
  [VENUE.standingCommitteeRoom]: ORG.partyOffice,
  [VENUE.standingBoardRoom]: ORG.partyOffice,
  [VENUE.partyOfficeRoom]: ORG.partyOffice,
  [VENUE.councilHall]: ORG.councilOffice,
  [VENUE.councilStandingRoom]: ORG.councilOffice,
  [VENUE.delegationRoom]: ORG.councilOffice,
  [VENUE.committeeRoom2]: ORG.committeeOffice,
  [VENUE.committeeOnlineRoom]: ORG.committeeOffice,
  [VENUE.committeeRoom4]: ORG.committeeOffice,
  [VENUE.committeeOfficeRoom]: ORG.committeeOffice,
}

const OFFICE_NAMES: Readonly<Record<OfficeId, string>> = {
  [ORG.partyOffice]: 'Văn phòng Thành ủy',
  [ORG.councilOffice]: 'Văn phòng Đoàn ĐBQH và HĐND thành phố',
  [ORG.committeeOffice]: 'Văn phòng UBND thành phố',
}

/**
 * Books about 3% more meetings, each over one existing meeting (not a series, not all day):
 * either a working session of one of its leaders at an overlapping time (`person`), or an
 * internal meeting of the office that manages its room, in that room (`venue`). The new meeting
 * shares nothing else with any booked meeting, so each planted pair is the only clash either
 * meeting takes part in. Both are then marked held (before `asOf`), confirmed or planned.
 *
 * @category Sample data
 * @param kit - The seeded source, context and planner shared by the meeting generators.
 * @param sessions - The leaders' working sessions, to draw the `person` clashes from.
 * @returns The planted pairs.
 * @example
 * ```ts
 * import { plantClashes } from './intentionalClashes.js'
 *
 * // const clashes = plantClashes(kit, createWorkingSessions(kit))
 * ```
 */
export function plantClashes(kit: MeetingKit, sessions: WorkingSessions): PlantedClash[] {
  const { random, context, planner } = kit
  const { leaders } = context
  const { drafts } = planner
  const asOfMinute = absoluteMinute(context.asOf, 0)

  const clashPairs: PlantedClash[] = []
  const firmStatus = (draft: MeetingDraft): MeetingStatus =>
    draft.start < asOfMinute ? 'held' : random.chance(0.5) ? 'confirmed' : 'planned'
  const wanted = Math.max(1, Math.round(0.03 * drafts.length))
  const eligible = drafts.filter(
    (draft) =>
      draft.recurrence === undefined &&
      draft.allDay !== true &&
      draft.end - draft.start <= 600 &&
      draft.start % 1440 < 1020,
  )
  for (let attempt = 0; attempt < wanted * 40 && clashPairs.length < wanted; attempt++) {
    const a = random.pick(eligible)
    if (a.clash) continue
    const reason = random.chance(0.65) ? 'person' : 'venue'
    const shift = random.pick([0, 30, 60, 90])
    const length = random.pick([60, 90, 120])
    const start = Math.min(a.start + shift, a.end - 30)
    const interval: [number, number] = [start, start + length]
    const day = Math.floor(start / 1440)
    const planted = reason === 'person' ? personClash(a, day) : venueClash(a)
    if (planted === undefined) continue
    const { spec, shared } = planted
    const people = planner.peopleOf(spec, day)
    const sharedResource = reason === 'person' ? `person:${shared}` : `venue:${shared}`
    const others = planner
      .resourcesOf(spec, people)
      .filter((resource) => resource !== sharedResource)
    const hits = planner.overlapping(sharedResource, interval[0], interval[1])
    const alone = hits.length === 1 && hits[0] === a.order
    if (!alone || !planner.isFree(others, interval[0], interval[1])) continue
    const b = planner.commit(spec, [interval], people)
    a.clash = true
    b.clash = true
    a.status = firmStatus(a)
    b.status = a.status === 'held' ? 'held' : firmStatus(b)
    clashPairs.push({ a, b, reason, id: shared })
  }

  /** A working session of one of `a`'s leaders, to book over `a`. */
  function personClash(
    a: MeetingDraft,
    day: number,
  ): { spec: MeetingSpec; shared: string } | undefined {
    const leader = random.pick(a.people)
    const worker = sessions.workers.find((w) => w.people(day).includes(leader))
    return worker === undefined
      ? undefined
      : { spec: sessions.sessionFor(worker, leader, true), shared: leader }
  }

  /** An internal meeting of the office that manages `a`'s room, booked into it over `a`. */
  function venueClash(a: MeetingDraft): { spec: MeetingSpec; shared: string } | undefined {
    const venueId = a.venueId
    const office = venueId === undefined ? undefined : ROOM_OFFICES[venueId]
    if (venueId === undefined || office === undefined) return undefined
    const chair = random.pick(leaders.officeDeputies[office])
    const staff = random.sample(leaders.staff[office] ?? [], 2)
    const topic = random.pick(office === ORG.committeeOffice ? CITY_TOPICS : PARTY_TOPICS)
    return {
      spec: {
        kind: 'working-session',
        title: random.pick([
          `${OFFICE_NAMES[office]} họp chuẩn bị tài liệu phục vụ hội nghị về ${topic.subject}`,
          `${OFFICE_NAMES[office]} giao ban công tác tham mưu, tổng hợp`,
          `Tổ biên tập họp hoàn thiện dự thảo báo cáo về ${topic.subject}`,
        ]),
        hostId: office,
        chairId: chair,
        participantIds: unique([chair, ...staff]),
        venueId,
        preparingUnitId: office,
      },
      shared: venueId,
    }
  }
  return clashPairs
}

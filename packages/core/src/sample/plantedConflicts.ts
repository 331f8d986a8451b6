import type { MeetingStatus } from '../meeting/index.js'
import { absoluteMinute } from './calendar.js'
import type { PlantedClash } from './intentionalClashes.js'
import type { MeetingKit } from './meetingKit.js'
import { unique, type MeetingDraft, type MeetingSpec } from './meetingPlanner.js'
import { DEPARTMENTS } from './organizations.js'
import { VENUE } from './venues.js'
import type { WorkingSessions } from './workingSessions.js'

/** Halls a department hires for a city-wide conference. */
const CONFERENCE_HALLS = [
  VENUE.nationalConventionCenter,
  VENUE.friendshipPalace,
  VENUE.operaHouse,
] as const

const FIRM: readonly (MeetingStatus | undefined)[] = ['held', 'planned', 'confirmed', undefined]

/** The bodies `detectConflicts` counts for a meeting: host, co-hosts, required, if major. */
function bodiesOf(draft: MeetingSpec): string[] {
  if (draft.importance !== 'major') return []
  return unique([
    draft.hostId,
    ...(draft.coHostIds ?? []),
    ...(draft.requiredOrganizationIds ?? []),
  ])
}

/**
 * Plants the conflicts the person and venue clashes do not show, `count` of each (fewer when
 * no free slot is found):
 *
 * - `body`: a department's major conference, in a hired hall, that requires the host body of a
 *   major meeting held at an overlapping time (a `body-double-booked` conflict, the clash a
 *   planner sees before names are known); it shares no person or venue with any meeting.
 * - `travel-time`: a working session of a leader at a ward hall or another room, starting 0–15
 *   minutes after one of their meetings ends elsewhere (a `travel-time` conflict); it overlaps
 *   nothing.
 *
 * Draws from a forked source, so the rest of the sample does not change.
 *
 * @category Sample data
 * @param kit - The seeded source, context and planner shared by the meeting generators.
 * @param sessions - The leaders' working sessions, to draw the travel-time sessions from.
 * @param count - How many of each to plant.
 * @returns The planted pairs, `a` the existing meeting and `b` the new one.
 * @example
 * ```ts
 * import { plantBodyAndTravelConflicts } from './plantedConflicts.js'
 *
 * // const planted = plantBodyAndTravelConflicts(kit, sessions, 2)
 * ```
 */
export function plantBodyAndTravelConflicts(
  kit: MeetingKit,
  sessions: WorkingSessions,
  count: number,
): PlantedClash[] {
  const { context, planner } = kit
  const random = kit.random.fork('body-and-travel-conflicts')
  const { leaders } = context
  const asOfMinute = absoluteMinute(context.asOf, 0)
  const firmStatus = (draft: MeetingDraft): MeetingStatus =>
    draft.start < asOfMinute ? 'held' : random.chance(0.5) ? 'confirmed' : 'planned'
  const single = planner.drafts.filter(
    (draft) =>
      draft.recurrence === undefined &&
      draft.allDay !== true &&
      !draft.clash &&
      FIRM.includes(draft.status) &&
      draft.end - draft.start <= 600,
  )
  const planted: PlantedClash[] = []

  /** True when no major meeting but `except` uses one of `bodies` during `[start, end)`. */
  function bodiesFree(bodies: readonly string[], start: number, end: number, except: number) {
    return planner.drafts.every(
      (draft) =>
        draft.order === except ||
        !bodiesOf(draft).some((body) => bodies.includes(body)) ||
        draft.occurrences.every(([s, e]) => e <= start || end <= s),
    )
  }

  // ----- body-double-booked -----
  const majors = single.filter((draft) => draft.importance === 'major' && draft.start % 1440 < 1020)
  let bodies = 0
  for (let attempt = 0; attempt < count * 40 && bodies < count && majors.length > 0; attempt++) {
    const a = random.pick(majors)
    if (a.clash) continue
    const department = random.pick(DEPARTMENTS)
    const director = leaders.directors[department.id]
    const shared = a.hostId
    if (director === undefined || bodiesOf(a).includes(department.id)) continue
    const start = Math.min(a.start + random.pick([0, 30, 60]), a.end - 30)
    const end = start + random.pick([120, 150, 180])
    const spec: MeetingSpec = {
      kind: 'other',
      title: `${department.name} tổ chức hội nghị triển khai nhiệm vụ trọng tâm lĩnh vực ${department.topic}`,
      hostId: department.id,
      chairId: director,
      participantIds: [director],
      requiredOrganizationIds: [shared],
      venueId: random.pick(CONFERENCE_HALLS),
      importance: 'major',
      preparingUnitId: department.id,
    }
    const day = Math.floor(start / 1440)
    const people = planner.peopleOf(spec, day)
    const others = planner
      .resourcesOf(spec, people)
      .filter((resource) => resource !== `org:${shared}`)
    const hits = planner.overlapping(`org:${shared}`, start, end)
    if (hits.some((order) => order !== a.order)) continue
    if (!planner.isFree(others, start, end)) continue
    if (!bodiesFree([shared, department.id], start, end, a.order)) continue
    const b = planner.commit(spec, [[start, end]], people)
    a.clash = true
    b.clash = true
    a.status = firmStatus(a)
    b.status = a.status === 'held' ? 'held' : firmStatus(b)
    planted.push({ a, b, reason: 'body', id: shared })
    bodies++
  }

  // ----- travel-time -----
  const ends = single.filter(
    (draft) => draft.venueId !== undefined && draft.end % 1440 <= 15 * 60 + 30,
  )
  let travels = 0
  for (let attempt = 0; attempt < count * 60 && travels < count && ends.length > 0; attempt++) {
    const a = random.pick(ends)
    if (a.clash) continue
    const day = Math.floor(a.start / 1440)
    const named = unique([a.chairId, ...a.participantIds])
    if (named.length === 0) continue
    const leader = random.pick(named)
    const worker = sessions.workers.find((w) => w.people(day).includes(leader))
    if (worker === undefined) continue
    const spec = sessions.sessionFor(worker, leader)
    if (spec.venueId === undefined || spec.venueId === a.venueId) continue
    const start = a.end + random.pick([0, 10, 15])
    const end = start + 60
    const people = planner.peopleOf(spec, day)
    // Nobody of the session is busy within 45 minutes of it, but the leader in `a`.
    const near = planner
      .resourcesOf(spec, people)
      .flatMap((resource) => planner.overlapping(resource, start - 45, end + 45))
    if (near.some((order) => order !== a.order)) continue
    if (!planner.isFree(planner.resourcesOf(spec, people), start, end)) continue
    if (!bodiesFree(bodiesOf(spec), start, end, -1)) continue
    const b = planner.commit(spec, [[start, end]], people)
    a.clash = true
    b.clash = true
    a.status = firmStatus(a)
    b.status = a.status === 'held' ? 'held' : firmStatus(b)
    planted.push({ a, b, reason: 'travel-time', id: leader })
    travels++
  }
  return planted
}

/**
 * Overfills one room on purpose: a firm, single working session in a city room gets more
 * expected attendees than the room seats (an `over-capacity` conflict), as when a session is
 * opened to every department. Draws from a forked source, so the rest of the sample does not
 * change.
 *
 * @category Sample data
 * @param kit - The seeded source, context and planner shared by the meeting generators.
 * @param venues - The venues with their capacities.
 * @returns The overfilled meeting, or undefined when none fits.
 * @example
 * ```ts
 * import { overfillOneRoom } from './plantedConflicts.js'
 *
 * // const overfilled = overfillOneRoom(kit, venues)
 * ```
 */
export function overfillOneRoom(
  kit: MeetingKit,
  venues: readonly { readonly id: string; readonly capacity?: number | undefined }[],
): MeetingDraft | undefined {
  const random = kit.random.fork('over-capacity')
  const capacities = new Map(venues.map((venue) => [venue.id, venue.capacity]))
  const candidates = kit.planner.drafts.filter(
    (draft) =>
      draft.recurrence === undefined &&
      draft.allDay !== true &&
      !draft.clash &&
      draft.bridgePoints === undefined &&
      draft.kind === 'working-session' &&
      FIRM.includes(draft.status) &&
      draft.venueId !== undefined &&
      (capacities.get(draft.venueId) ?? 0) > 0,
  )
  if (candidates.length === 0) return undefined
  const draft = random.pick(candidates)
  const capacity = capacities.get(draft.venueId ?? '') ?? 0
  draft.expectedAttendees = capacity + random.int(5, 20)
  draft.description =
    `${draft.description ?? ''} Mở rộng thành phần: mời đại diện lãnh đạo các sở, ngành.`.trim()
  return draft
}

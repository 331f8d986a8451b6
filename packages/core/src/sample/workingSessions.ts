import { scaled } from './context.js'
import { SHORT, type MeetingKit } from './meetingKit.js'
import { unique, type MeetingSpec } from './meetingPlanner.js'
import { optional } from './optional.js'
import { DEPARTMENTS, ORG, WARDS } from './organizations.js'
import type { OfficeId } from './people.js'
import { CITY_TOPICS, PARTY_TOPICS } from './topics.js'
import { VENUE, wardVenueId } from './venues.js'

/**
 * A kind of leader who holds working sessions: their title, body, serving office and how often.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { SessionWorker } from './workingSessions.js'
 *
 * const heavy = (worker: SessionWorker) => worker.weight > 30
 * ```
 */
export interface SessionWorker {
  /** Relative share of the working sessions. */
  readonly weight: number
  /** Title as written in schedules, e.g. `Phó Chủ tịch UBND thành phố`. */
  readonly title: string
  /** Body that hosts the sessions. */
  readonly host: string
  /** Office whose deputy chief attends. */
  readonly office: OfficeId
  /** Who holds this role on a day. */
  readonly people: (day: number) => readonly string[]
}

/**
 * The leaders who hold working sessions and a way to draw one of their sessions.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { WorkingSessions } from './workingSessions.js'
 *
 * const titles = (sessions: WorkingSessions) => sessions.workers.map((w) => w.title)
 * ```
 */
export interface WorkingSessions {
  readonly workers: readonly SessionWorker[]
  /**
   * A working session of `leader` in `worker`'s role: in a ward (its hall) or with a department
   * (in a city room or at the department); `roomOnly` keeps it in a city room.
   */
  readonly sessionFor: (worker: SessionWorker, leader: string, roomOnly?: boolean) => MeetingSpec
}

/**
 * The leaders who hold working sessions — the Party Secretary and Standing Deputy Secretary, the
 * chairs and vice chairs of the People's Council and People's Committee, the delegation's deputy
 * head — and the sessions they hold with wards and departments.
 *
 * @category Sample data
 * @param kit - The seeded source, context and planner shared by the meeting generators.
 * @returns The {@link WorkingSessions}.
 * @example
 * ```ts
 * import { createWorkingSessions } from './workingSessions.js'
 *
 * // const sessions = createWorkingSessions(kit)
 * ```
 */
export function createWorkingSessions(kit: MeetingKit): WorkingSessions {
  const { random, context, viceChairsOn } = kit
  const { leaders } = context

  const workers: SessionWorker[] = [
    {
      weight: 30,
      title: 'Bí thư Thành ủy',
      host: ORG.partyCommittee,
      office: ORG.partyOffice,
      people: () => [leaders.secretary],
    },
    {
      weight: 15,
      title: 'Phó Bí thư Thường trực Thành ủy',
      host: ORG.partyCommittee,
      office: ORG.partyOffice,
      people: () => [leaders.standingDeputySecretary],
    },
    {
      weight: 15,
      title: 'Chủ tịch HĐND thành phố',
      host: ORG.council,
      office: ORG.councilOffice,
      people: () => [leaders.councilChair],
    },
    {
      weight: 40,
      title: 'Chủ tịch UBND thành phố',
      host: ORG.committee,
      office: ORG.committeeOffice,
      people: () => [leaders.committeeChair],
    },
    {
      weight: 60,
      title: 'Phó Chủ tịch UBND thành phố',
      host: ORG.committee,
      office: ORG.committeeOffice,
      people: viceChairsOn,
    },
    {
      weight: 15,
      title: 'Phó Chủ tịch HĐND thành phố',
      host: ORG.council,
      office: ORG.councilOffice,
      people: () => leaders.councilViceChairs,
    },
    {
      weight: 8,
      title: 'Phó Trưởng Đoàn ĐBQH thành phố',
      host: ORG.naDelegation,
      office: ORG.councilOffice,
      people: () => [leaders.delegationDeputyHead],
    },
  ]
  function sessionFor(worker: SessionWorker, leader: string, roomOnly = false): MeetingSpec {
    const aide = random.pick(leaders.officeDeputies[worker.office])
    const party = worker.host === ORG.partyCommittee
    const council = worker.host === ORG.council
    const base = {
      kind: 'working-session' as const,
      hostId: worker.host,
      chairId: leader,
      preparingUnitId: worker.office,
      ...optional('owner', worker.host === ORG.naDelegation ? undefined : worker.host),
    }
    if (!roomOnly && random.chance(0.55)) {
      const ward = random.pick(WARDS)
      const topic = random.pick(party ? PARTY_TOPICS : CITY_TOPICS)
      const title = party
        ? `${worker.title} làm việc với Ban Thường vụ Đảng ủy ${ward.name}`
        : council
          ? `${worker.title} giám sát việc thực hiện ${topic.subject} tại ${ward.name}`
          : random.chance(0.5)
            ? `${worker.title} kiểm tra tình hình thực hiện nhiệm vụ kinh tế - xã hội tại ${ward.name}`
            : `${worker.title} kiểm tra công tác ${topic.subject} tại ${ward.name}`
      return {
        ...base,
        title,
        participantIds: unique([leader, leaders.wardChairs[ward.id], aide]),
        venueId: wardVenueId(ward.id),
        topics: [topic],
      }
    }
    const department = random.pick(DEPARTMENTS)
    const topic =
      CITY_TOPICS.find((t) => t.leadUnitId === department.id) ?? random.pick(CITY_TOPICS)
    const room = random.pick(
      party
        ? [VENUE.partyOfficeRoom]
        : council
          ? [VENUE.delegationRoom, VENUE.councilStandingRoom]
          : [VENUE.committeeRoom4, VENUE.committeeOfficeRoom, VENUE.committeeRoom2],
    )
    const atHome = !roomOnly && random.chance(0.4)
    return {
      ...base,
      title: council
        ? `${worker.title} làm việc với ${department.name} về ${topic.subject}`
        : `${worker.title} làm việc với ${department.name} về lĩnh vực ${department.topic}`,
      ...(atHome ? { description: `Tại trụ sở ${department.name}.` } : { venueId: room }),
      participantIds: unique([leader, leaders.directors[department.id], aide]),
      topics: [topic],
    }
  }

  return { workers, sessionFor }
}

/**
 * Books about 190 working sessions at scale 1, on working days outside Tết, each at the first
 * free short slot near its day.
 *
 * @category Sample data
 * @param kit - The seeded source, context and planner shared by the meeting generators.
 * @param sessions - Who holds them.
 * @example
 * ```ts
 * import { addWorkingSessions, createWorkingSessions } from './workingSessions.js'
 *
 * // addWorkingSessions(kit, createWorkingSessions(kit))
 * ```
 */
export function addWorkingSessions(kit: MeetingKit, sessions: WorkingSessions): void {
  const { random, context, planner } = kit
  const { first, last, scale } = context
  const { working, tetDays, place, around } = planner
  const workingDays: number[] = []
  for (let day = first; day <= last; day++)
    if (working(day) && !tetDays.has(day)) workingDays.push(day)

  const sessionCount = scaled(190, scale)
  const workerTable = sessions.workers.map((worker) => [worker, worker.weight] as const)
  for (let i = 0; i < sessionCount; i++) {
    const worker = random.weighted(workerTable)
    const day = random.pick(workingDays)
    const people = worker.people(day)
    if (people.length === 0) continue
    const spec = sessions.sessionFor(worker, random.pick(people))
    place(spec, around(day, random.shuffle(SHORT), [0, 1, -1, 2, -2]))
  }
}

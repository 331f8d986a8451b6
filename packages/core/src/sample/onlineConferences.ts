import type { BridgePoint } from '../meeting/index.js'
import { scaled } from './context.js'
import { type MeetingKit } from './meetingKit.js'
import { unique } from './meetingPlanner.js'
import { DEPARTMENTS, ORG } from './organizations.js'
import { CITY_TOPICS, COUNCIL_TOPICS, fillYear, PARTY_TOPICS, type Topic } from './topics.js'
import { VENUE } from './venues.js'

/**
 * Books the year's online conferences (about two a month at scale 1), most with a bridge point
 * in every ward hall plus points in villages and residential groups, some with the departments
 * only.
 *
 * @category Sample data
 * @param kit - The seeded source, context and planner shared by the meeting generators.
 * @example
 * ```ts
 * import { createMeetingKit } from './meetingKit.js'
 * import { addOnlineConferences } from './onlineConferences.js'
 *
 * // addOnlineConferences(createMeetingKit(random, context))
 * ```
 */
export function addOnlineConferences(kit: MeetingKit): void {
  const { random, context, planner, viceChairsOn, headOf, wardBridgePoints, attendance } = kit
  const { year, leaders, scale } = context
  const { place, around, spreadDays } = planner

  const onlineTitles: {
    host: string
    weight: number
    title: (topic: Topic) => string
    topics: readonly Topic[]
  }[] = [
    {
      host: ORG.partyCommittee,
      weight: 3,
      title: (topic) =>
        `Hội nghị trực tuyến học tập, quán triệt, triển khai các văn bản của Trung ương và Thành ủy về ${topic.subject}`,
      topics: PARTY_TOPICS,
    },
    {
      host: ORG.partyCommittee,
      weight: 2,
      title: (topic) => `Hội nghị trực tuyến toàn thành phố sơ kết ${topic.subject}`,
      topics: PARTY_TOPICS,
    },
    {
      host: ORG.committee,
      weight: 4,
      title: (topic) => `Hội nghị trực tuyến triển khai nhiệm vụ ${topic.subject}`,
      topics: CITY_TOPICS,
    },
    {
      host: ORG.council,
      weight: 1,
      title: (topic) =>
        `Hội nghị trực tuyến triển khai các nghị quyết của HĐND thành phố về ${fillYear(topic.subject, year)}`,
      topics: COUNCIL_TOPICS,
    },
  ]
  for (const target of spreadDays(scaled(26, scale), 3)) {
    const template = random.weighted(onlineTitles.map((t) => [t, t.weight] as const))
    const topic = random.pick(template.topics)
    const toWards = random.chance(0.8)
    const bridgePoints: BridgePoint[] = toWards
      ? wardBridgePoints(2, [20, 80])
      : DEPARTMENTS.map((department) => ({
          name: `Điểm cầu ${department.name}`,
          hostUnitId: department.id,
          delegates: random.int(15, 50),
        }))
    const party = template.host === ORG.partyCommittee
    const council = template.host === ORG.council
    const mainVenue = party
      ? VENUE.partyHall
      : council
        ? VENUE.councilHall
        : VENUE.committeeOnlineRoom
    place(
      {
        kind: 'online-conference',
        title: template.title(topic),
        hostId: template.host,
        chairId: party
          ? leaders.secretary
          : council
            ? leaders.councilChair
            : leaders.committeeChair,
        participantIds: party
          ? [
              leaders.secretary,
              leaders.standingDeputySecretary,
              ...Object.values(leaders.advisoryHeads),
            ]
          : council
            ? [leaders.councilChair, ...leaders.councilViceChairs]
            : unique([
                leaders.committeeChair,
                ...viceChairsOn(target).slice(0, 2),
                headOf(topic.leadUnitId),
              ]),
        venueId: mainVenue,
        mainBridgeVenueId: mainVenue,
        bridgePoints,
        // Everyone, at every bridge point, as the conflict checks read it.
        expectedAttendees: bridgePoints.reduce(
          (sum, point) => sum + point.delegates,
          attendance(mainVenue, 60, 300),
        ),
        importance: random.chance(0.3) ? 'major' : 'normal',
        preparingUnitId: party
          ? ORG.partyOffice
          : council
            ? ORG.councilOffice
            : ORG.committeeOffice,
        owner: template.host,
        topics: [topic],
      },
      around(
        target,
        random.chance(0.6)
          ? [
              ['08:00', '11:30'],
              ['14:00', '17:00'],
            ]
          : [
              ['14:00', '17:00'],
              ['08:00', '11:00'],
            ],
      ),
    )
  }
}

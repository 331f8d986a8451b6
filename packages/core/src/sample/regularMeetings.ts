import { dayFromParts } from './calendar.js'
import { scaled } from './context.js'
import { HALF_DAYS, type MeetingKit } from './meetingKit.js'
import { unique } from './meetingPlanner.js'
import { DEPARTMENTS, ORG } from './organizations.js'
import { CITY_TOPICS, COUNCIL_TOPICS, fillYear, PARTY_TOPICS } from './topics.js'
import { VENUE } from './venues.js'

/**
 * Books the regular rhythm: the Standing Board's weekly conferences, the Standing Committee's
 * twice-monthly conferences, the People's Committee's monthly regular and a few thematic
 * meetings, and the People's Council Standing Committee's monthly meetings.
 *
 * @category Sample data
 * @param kit - The seeded source, context and planner shared by the meeting generators.
 * @example
 * ```ts
 * import { createMeetingKit } from './meetingKit.js'
 * import { addRegularMeetings } from './regularMeetings.js'
 *
 * // addRegularMeetings(createMeetingKit(random, context))
 * ```
 */
export function addRegularMeetings(kit: MeetingKit): void {
  const { random, context, planner, viceChairsOn, headOf, pickMonths } = kit
  const { year, leaders, scale } = context
  const { place, around, spreadDays } = planner

  const boardCore = [
    leaders.secretary,
    leaders.standingDeputySecretary,
    leaders.councilChair,
    leaders.committeeChair,
    leaders.officeChiefs[ORG.partyOffice],
  ]

  for (const target of spreadDays(scaled(47, scale), 2)) {
    const topic = random.pick(PARTY_TOPICS)
    place(
      {
        kind: 'standing-board-conference',
        title: `Hội nghị Thường trực Thành ủy cho ý kiến về ${topic.subject}`,
        hostId: ORG.partyStandingBoard,
        chairId: leaders.secretary,
        participantIds: unique([...boardCore, headOf(topic.leadUnitId)]),
        requiredPosts: [{ organizationId: ORG.partyStandingBoard, role: 'secretary' }],
        venueId: VENUE.standingBoardRoom,
        preparingUnitId: ORG.partyOffice,
        owner: ORG.partyCommittee,
        topics: [topic],
      },
      around(
        target,
        random.chance(0.7)
          ? [
              ['08:00', '11:30'],
              ['14:00', '17:00'],
            ]
          : [
              ['08:00', '10:30'],
              ['14:00', '16:30'],
            ],
      ),
    )
  }

  for (const target of spreadDays(scaled(24, scale), 4)) {
    const topics = random.sample(PARTY_TOPICS, random.int(1, 3))
    const fullDay = random.chance(0.25)
    const [topic] = topics
    place(
      {
        kind: 'standing-committee-conference',
        title: `Hội nghị Ban Thường vụ Thành ủy cho ý kiến về ${topics.map((t) => t.subject).join('; ')}`,
        hostId: ORG.partyStandingCommittee,
        chairId: leaders.secretary,
        participantIds: unique([
          ...leaders.standingCommitteeMembers,
          ...topics.map((t) => headOf(t.leadUnitId)),
        ]),
        requiredPosts: [{ organizationId: ORG.partyStandingCommittee, role: 'secretary' }],
        venueId: VENUE.standingCommitteeRoom,
        importance: random.chance(0.25) ? 'major' : 'normal',
        preparingUnitId: ORG.partyOffice,
        owner: ORG.partyCommittee,
        topics,
        documents: topic === undefined ? [] : [{ title: `Tờ trình về ${topic.subject}` }],
      },
      around(
        target,
        fullDay
          ? [
              ['08:00', '17:00'],
              ['08:00', '11:30'],
            ]
          : [
              ['08:00', '11:30'],
              ['14:00', '17:00'],
            ],
      ),
    )
  }

  for (const month of pickMonths(scaled(12, scale))) {
    const target = dayFromParts(year, month, 26)
    const topics = random.sample(CITY_TOPICS, 3)
    place(
      {
        kind: 'peoples-committee-regular-meeting',
        title: `Phiên họp UBND thành phố thường kỳ tháng ${String(month)}/${String(year)}`,
        description: `Đánh giá tình hình kinh tế - xã hội tháng ${String(month)}; cho ý kiến về ${topics.map((t) => t.subject).join('; ')}.`,
        hostId: ORG.committee,
        chairId: leaders.committeeChair,
        participantIds: unique([
          leaders.committeeChair,
          ...viceChairsOn(target),
          leaders.officeChiefs[ORG.committeeOffice],
          ...Object.values(leaders.directors),
        ]),
        requiredPosts: [{ organizationId: ORG.committee, role: 'chair' }],
        requiredOrganizationIds: DEPARTMENTS.map((department) => department.id),
        venueId: VENUE.committeeRoom2,
        preparingUnitId: ORG.committeeOffice,
        owner: ORG.committee,
        topics,
        documents: [
          {
            title: `Báo cáo tình hình kinh tế - xã hội tháng ${String(month)}/${String(year)}`,
            symbol: `${String(month * 30 + random.int(0, 20))}/BC-UBND`,
          },
        ],
      },
      around(
        target,
        random.chance(0.3)
          ? [
              ['08:00', '17:00'],
              ['08:00', '11:30'],
            ]
          : HALF_DAYS,
      ),
    )
  }
  for (const target of spreadDays(scaled(3, scale), 3)) {
    const topic = random.pick(CITY_TOPICS)
    place(
      {
        kind: 'peoples-committee-regular-meeting',
        title: `Phiên họp chuyên đề UBND thành phố về ${topic.subject}`,
        hostId: ORG.committee,
        chairId: leaders.committeeChair,
        participantIds: unique([
          leaders.committeeChair,
          ...viceChairsOn(target),
          leaders.officeChiefs[ORG.committeeOffice],
          headOf(topic.leadUnitId),
        ]),
        requiredPosts: [{ organizationId: ORG.committee, role: 'chair' }],
        venueId: VENUE.committeeRoom2,
        preparingUnitId: ORG.committeeOffice,
        owner: ORG.committee,
        topics: [topic],
      },
      around(target, HALF_DAYS),
    )
  }

  const councilStanding = [
    leaders.councilChair,
    ...leaders.councilViceChairs,
    ...Object.values(leaders.councilCommitteeHeads),
    leaders.officeChiefs[ORG.councilOffice],
  ]
  for (const month of pickMonths(scaled(12, scale))) {
    const target = dayFromParts(year, month, 15)
    const topic = random.pick(COUNCIL_TOPICS)
    const invited = random.chance(0.4) ? random.pick(viceChairsOn(target)) : undefined
    place(
      {
        kind: 'council-standing-committee-meeting',
        title: `Phiên họp Thường trực HĐND thành phố tháng ${String(month)}/${String(year)}`,
        description: `Cho ý kiến về ${fillYear(topic.subject, year)}; kết quả giám sát và giải quyết kiến nghị cử tri.`,
        hostId: ORG.councilStanding,
        chairId: leaders.councilChair,
        participantIds: unique([...councilStanding, invited]),
        requiredPosts: [{ organizationId: ORG.councilStanding, role: 'chair' }],
        venueId: VENUE.councilStandingRoom,
        preparingUnitId: ORG.councilOffice,
        owner: ORG.council,
        topics: [topic],
      },
      around(target, HALF_DAYS),
    )
  }
}

import { absoluteMinute, dayFromParts, roman, weekdayOf } from './calendar.js'
import { scaled } from './context.js'
import { HALF_DAYS, type MeetingKit } from './meetingKit.js'
import { unique } from './meetingPlanner.js'
import { ORG } from './organizations.js'
import { CITY_TOPICS, COUNCIL_TOPICS, fillYear, PARTY_TOPICS } from './topics.js'
import { VENUE } from './venues.js'

/**
 * Books the year's major meetings: the Executive Committee's conferences (one of two days at
 * year end), the People's Council's regular and thematic sessions (three days for the regular
 * ones), and the quarterly joint meetings of the Party Committee's Standing Board with the
 * People's Council and People's Committee, online to every ward.
 *
 * @category Sample data
 * @param kit - The seeded source, context and planner shared by the meeting generators.
 * @example
 * ```ts
 * import { createMeetingKit } from './meetingKit.js'
 * import { addMajorMeetings } from './majorMeetings.js'
 *
 * // addMajorMeetings(createMeetingKit(random, context))
 * ```
 */
export function addMajorMeetings(kit: MeetingKit): void {
  const { random, context, planner, viceChairsOn, wardBridgePoints, attendance } = kit
  const { year, leaders, scale } = context
  const { working, place, around } = planner

  const partyTerm = Math.floor((year - 2021) / 5)
  const executiveSlots = [
    {
      month: 12,
      day: 8,
      days: 2,
      content: `tổng kết công tác năm ${String(year)}, triển khai nhiệm vụ năm ${String(year + 1)}`,
    },
    {
      month: 7,
      day: 14,
      days: 1,
      content: `sơ kết công tác 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm ${String(year)}`,
    },
    { month: 1, day: 12, days: 1, content: `triển khai nhiệm vụ năm ${String(year)}` },
    { month: 4, day: 21, days: 1, content: 'cho ý kiến về các đề án quan trọng của thành phố' },
    {
      month: 10,
      day: 20,
      days: 1,
      content: 'kiểm điểm tiến độ thực hiện Nghị quyết Đại hội Đảng bộ thành phố',
    },
  ]
  const executiveCount = Math.min(executiveSlots.length, scaled(5, scale))
  const executiveBase = (year - (2021 + partyTerm * 5)) * 6 + 1
  executiveSlots
    .slice(0, executiveCount)
    .sort((a, b) => a.month - b.month)
    .forEach((slot, index) => {
      const target = dayFromParts(year, slot.month, slot.day)
      const topic = random.pick(PARTY_TOPICS)
      const candidates = [0, 1, 2, -1, -2, 3, 4, 7].flatMap((offset) => {
        const startDay = target + offset
        const endDay = startDay + slot.days - 1
        for (let d = startDay; d <= endDay; d++) if (!working(d)) return []
        return [
          [
            absoluteMinute(startDay, 480),
            absoluteMinute(endDay, slot.days > 1 ? 1020 : 690),
          ] as const,
        ]
      })
      place(
        {
          kind: 'executive-committee-conference',
          title: `Hội nghị lần thứ ${String(executiveBase + index)} Ban Chấp hành Đảng bộ thành phố khóa ${roman(18 + partyTerm - 1)}`,
          description: `Hội nghị ${slot.content}; cho ý kiến về ${topic.subject}.`,
          hostId: ORG.partyCommittee,
          chairId: leaders.secretary,
          participantIds: [...leaders.executiveMembers],
          requiredPosts: [{ organizationId: ORG.partyCommittee, role: 'secretary' }],
          venueId: VENUE.partyHall,
          expectedAttendees: random.int(25, 40) * 10,
          importance: 'major',
          preparingUnitId: ORG.partyOffice,
          owner: ORG.partyCommittee,
          topics: [topic],
          documents: [{ title: `Báo cáo ${slot.content}` }],
        },
        candidates,
      )
    })

  const councilTerm = 16 + Math.floor((year - 2021) / 5)
  const sessionSlots = [
    { month: 12, day: 8, days: 3, label: `kỳ họp thường lệ cuối năm ${String(year)}` },
    { month: 7, day: 7, days: 3, label: `kỳ họp thường lệ giữa năm ${String(year)}` },
    { month: 4, day: 22, days: 1, label: 'kỳ họp chuyên đề' },
    { month: 9, day: 23, days: 1, label: 'kỳ họp chuyên đề' },
    { month: 2, day: 25, days: 1, label: 'kỳ họp chuyên đề' },
  ]
  const councilSessionCount = Math.min(sessionSlots.length, scaled(5, scale))
  sessionSlots
    .slice(0, councilSessionCount)
    .sort((a, b) => a.month - b.month)
    .forEach((slot, index) => {
      const target = dayFromParts(year, slot.month, slot.day)
      const topics = random.sample(COUNCIL_TOPICS, slot.days > 1 ? 5 : 2)
      const candidates = [0, 1, -1, 2, -2, 5, 6, 7].flatMap((offset) => {
        const startDay = target + offset
        const endDay = startDay + slot.days - 1
        if (weekdayOf(startDay) + slot.days - 1 > 5) return []
        for (let d = startDay; d <= endDay; d++) if (!working(d)) return []
        return [[absoluteMinute(startDay, 480), absoluteMinute(endDay, 1020)] as const]
      })
      const day = target
      place(
        {
          kind: 'council-session',
          title: `Kỳ họp thứ ${String(index + 1 + (year - 2021 - (councilTerm - 16) * 5) * 6)} HĐND thành phố khóa ${roman(councilTerm)} (${slot.label})`,
          description: `Xem xét, quyết định: ${topics.map((topic) => fillYear(topic.subject, year)).join('; ')}.`,
          hostId: ORG.council,
          chairId: leaders.councilChair,
          participantIds: [
            leaders.councilChair,
            ...leaders.councilViceChairs,
            ...Object.values(leaders.councilCommitteeHeads),
            leaders.committeeChair,
            ...viceChairsOn(day),
          ],
          requiredPosts: [{ organizationId: ORG.council, role: 'chair' }],
          requiredOrganizationIds: [ORG.committee],
          venueId: VENUE.councilHall,
          expectedAttendees: random.int(20, 28) * 10,
          importance: 'major',
          preparingUnitId: ORG.councilOffice,
          owner: ORG.council,
          topics,
          documents: topics.map((topic) => ({
            title: `Tờ trình của UBND thành phố về ${fillYear(topic.subject, year)}`,
            symbol: `${String(random.int(100, 480))}/TTr-UBND`,
          })),
        },
        candidates,
      )
    })

  const quarterTargets = [
    { quarter: 1, day: dayFromParts(year, 4, 8) },
    { quarter: 2, day: dayFromParts(year, 7, 9) },
    { quarter: 3, day: dayFromParts(year, 10, 8) },
    { quarter: 4, day: dayFromParts(year, 12, 22) },
  ].slice(0, Math.min(4, scaled(4, scale)))
  for (const { quarter, day } of quarterTargets) {
    const bridgePoints = wardBridgePoints(0, [10, 30])
    place(
      {
        kind: 'joint-quarterly-meeting',
        title: `Hội nghị giao ban quý ${roman(quarter)}/${String(year)} giữa Thường trực Thành ủy với Thường trực HĐND, UBND thành phố và lãnh đạo các sở, ban, ngành, phường, xã`,
        hostId: ORG.partyCommittee,
        coHostIds: [ORG.council, ORG.committee],
        chairId: leaders.secretary,
        participantIds: unique([
          leaders.secretary,
          leaders.standingDeputySecretary,
          leaders.councilChair,
          leaders.committeeChair,
          ...leaders.councilViceChairs,
          ...viceChairsOn(day),
          ...Object.values(leaders.advisoryHeads),
          ...Object.values(leaders.directors),
          ...Object.values(leaders.officeChiefs),
        ]),
        requiredPosts: [
          { organizationId: ORG.partyCommittee, role: 'secretary' },
          { organizationId: ORG.council, role: 'chair' },
          { organizationId: ORG.committee, role: 'chair' },
        ],
        venueId: VENUE.partyHall,
        mainBridgeVenueId: VENUE.partyHall,
        bridgePoints,
        // Everyone, at every bridge point, as the conflict checks read it.
        expectedAttendees:
          attendance(VENUE.partyHall, 250, 400) +
          bridgePoints.reduce((sum, point) => sum + point.delegates, 0),
        importance: 'major',
        preparingUnitId: ORG.partyOffice,
        owner: ORG.partyCommittee,
        topics: [random.pick(PARTY_TOPICS), random.pick(CITY_TOPICS)],
      },
      around(day, HALF_DAYS),
    )
  }
}

import type { RequiredPost } from '../meeting/index.js'
import { dayFromParts, roman, weekdayOf } from './calendar.js'
import { scaled } from './context.js'
import { MORNING, type MeetingKit } from './meetingKit.js'
import { unique } from './meetingPlanner.js'
import { optional } from './optional.js'
import { ORG, WARDS, type Ward } from './organizations.js'
import { VENUE, wardVenueId } from './venues.js'

/**
 * Books the meetings with citizens: leaders' monthly citizen reception (Party Secretary,
 * People's Committee Chair, People's Council Standing Committee, National Assembly Delegation)
 * and voter contacts in the wards before the National Assembly's and the People's Council's
 * sessions.
 *
 * @category Sample data
 * @param kit - The seeded source, context and planner shared by the meeting generators.
 * @example
 * ```ts
 * import { createMeetingKit } from './meetingKit.js'
 * import { addCitizenMeetings } from './citizenMeetings.js'
 *
 * // addCitizenMeetings(createMeetingKit(random, context))
 * ```
 */
export function addCitizenMeetings(kit: MeetingKit): void {
  const { random, context, planner, pickMonths, attendance } = kit
  const { year, leaders, holidays, scale } = context
  const { working, place, at, around } = planner
  // ----- leaders' citizen reception -----

  const receptionTeam = [
    leaders.receptionHead,
    ...(leaders.staff[ORG.receptionBoard] ?? []).slice(2, 3),
  ]
  const receptions: {
    title: string
    host: string
    leader: () => string
    post?: RequiredPost
    office: keyof typeof leaders.officeDeputies
    target: number
  }[] = [
    {
      title: 'Bí thư Thành ủy tiếp công dân định kỳ',
      host: ORG.partyCommittee,
      leader: () => leaders.secretary,
      post: { organizationId: ORG.partyCommittee, role: 'secretary' },
      office: ORG.partyOffice,
      target: 15,
    },
    {
      title: 'Chủ tịch UBND thành phố tiếp công dân định kỳ',
      host: ORG.committee,
      leader: () => leaders.committeeChair,
      post: { organizationId: ORG.committee, role: 'chair' },
      office: ORG.committeeOffice,
      target: 20,
    },
    {
      title: 'Thường trực HĐND thành phố tiếp công dân định kỳ',
      host: ORG.councilStanding,
      leader: () => random.pick([leaders.councilChair, ...leaders.councilViceChairs]),
      office: ORG.councilOffice,
      target: 10,
    },
    {
      title: 'Đoàn ĐBQH thành phố tiếp công dân định kỳ',
      host: ORG.naDelegation,
      leader: () => leaders.delegationDeputyHead,
      office: ORG.councilOffice,
      target: 25,
    },
  ]
  for (const reception of receptions) {
    for (const month of pickMonths(scaled(12, scale))) {
      const leader = reception.leader()
      place(
        {
          kind: 'citizen-reception',
          title: `${reception.title} tháng ${String(month)}/${String(year)}`,
          hostId: reception.host,
          chairId: leader,
          participantIds: unique([
            leader,
            ...receptionTeam,
            leaders.officeDeputies[reception.office][0],
          ]),
          ...(reception.post === undefined ? {} : { requiredPosts: [reception.post] }),
          venueId: VENUE.receptionLeaders,
          preparingUnitId: ORG.receptionBoard,
          owner: reception.host === ORG.councilStanding ? ORG.council : reception.host,
        },
        around(dayFromParts(year, month, reception.target), MORNING),
      )
    }
  }

  // ----- voter contacts -----

  const naTerm = 15 + Math.floor((year - 2021) / 5)
  const naSession = (year - (2021 + (naTerm - 15) * 5)) * 2
  const contactRounds = [
    {
      from: dayFromParts(year, 4, 13),
      to: dayFromParts(year, 5, 8),
      host: ORG.naDelegation,
      before: `Kỳ họp thứ ${String(naSession + 1)}, Quốc hội khóa ${roman(naTerm)}`,
    },
    {
      from: dayFromParts(year, 9, 21),
      to: dayFromParts(year, 10, 16),
      host: ORG.naDelegation,
      before: `Kỳ họp thứ ${String(naSession + 2)}, Quốc hội khóa ${roman(naTerm)}`,
    },
    {
      from: dayFromParts(year, 6, 8),
      to: dayFromParts(year, 6, 30),
      host: ORG.council,
      before: `kỳ họp thường lệ giữa năm ${String(year)} của HĐND thành phố`,
    },
    {
      from: dayFromParts(year, 11, 9),
      to: dayFromParts(year, 11, 30),
      host: ORG.council,
      before: `kỳ họp thường lệ cuối năm ${String(year)} của HĐND thành phố`,
    },
  ]
  const perRound = scaled(10, scale)
  for (const round of contactRounds) {
    const wards = random.sample(WARDS, perRound)
    wards.forEach((ward: Ward, index) => {
      const na = round.host === ORG.naDelegation
      const pool = na
        ? leaders.delegationMembers
        : [
            leaders.councilChair,
            ...leaders.councilViceChairs,
            ...Object.values(leaders.councilCommitteeHeads),
          ]
      const deputies = random.sample(pool, random.int(1, 2))
      const target = round.from + Math.floor(((round.to - round.from) * index) / perRound)
      const saturday = random.chance(0.2)
      const days = saturday
        ? [0, 1, 2, 3, 4, 5, 6]
            .map((offset) => target + offset)
            .filter((day) => weekdayOf(day) === 6 && !holidays.has(day))
        : [0, 1, -1, 2, -2, 3].map((offset) => target + offset).filter(working)
      const chair = leaders.wardChairs[ward.id]
      place(
        {
          kind: 'voter-contact',
          title: na
            ? `Đoàn ĐBQH thành phố tiếp xúc cử tri ${ward.name} trước ${round.before}`
            : `Tổ đại biểu HĐND thành phố tiếp xúc cử tri ${ward.name} trước ${round.before}`,
          hostId: round.host,
          participantIds: unique([...deputies, chair]),
          venueId: wardVenueId(ward.id),
          expectedAttendees: attendance(wardVenueId(ward.id), 80, 250),
          preparingUnitId: ORG.councilOffice,
          ...optional('owner', na ? undefined : ORG.council),
        },
        days.flatMap((day) =>
          [['08:00', '11:00'] as const, ['14:00', '16:30'] as const].map((slot) => at(day, slot)),
        ),
      )
    })
  }
}

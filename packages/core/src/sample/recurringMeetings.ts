import { partsOf, weekdayOf } from './calendar.js'
import { scaled } from './context.js'
import { HALF_DAYS, type MeetingKit } from './meetingKit.js'
import { unique } from './meetingPlanner.js'
import { ORG, WARDS } from './organizations.js'
import { VENUE } from './venues.js'

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const

/**
 * Books the year's recurring series, as `RRULE` lines with an `EXDATE` for every holiday or busy
 * day: the People's Committee's and the People's Council's weekly briefings, the daily citizen
 * reception at the city's reception office, the three offices' monthly coordination meeting, and
 * every ward chair's weekly citizen-reception day.
 *
 * @category Sample data
 * @param kit - The seeded source, context and planner shared by the meeting generators.
 * @example
 * ```ts
 * import { createMeetingKit } from './meetingKit.js'
 * import { addRecurringMeetings } from './recurringMeetings.js'
 *
 * // addRecurringMeetings(createMeetingKit(random, context))
 * ```
 */
export function addRecurringMeetings(kit: MeetingKit): void {
  const { random, context, planner, onWeekday } = kit
  const { leaders, scale } = context
  const { series } = planner
  const committeeCore = [leaders.committeeChair, ...leaders.committeeViceChairs.slice(0, 6)]
  series(
    {
      kind: 'other',
      title: 'Giao ban Thường trực UBND thành phố',
      hostId: ORG.committee,
      chairId: leaders.committeeChair,
      participantIds: [...committeeCore, leaders.officeChiefs[ORG.committeeOffice]],
      requiredPosts: [{ organizationId: ORG.committee, role: 'chair' }],
      venueId: VENUE.committeeRoom4,
      preparingUnitId: ORG.committeeOffice,
    },
    ['08:00', '09:30'],
    'FREQ=WEEKLY;BYDAY=MO',
    onWeekday(1),
  )
  series(
    {
      kind: 'other',
      title: 'Giao ban Thường trực HĐND thành phố',
      hostId: ORG.councilStanding,
      chairId: leaders.councilChair,
      participantIds: [
        leaders.councilChair,
        ...leaders.councilViceChairs,
        leaders.officeChiefs[ORG.councilOffice],
      ],
      venueId: VENUE.councilStandingRoom,
      preparingUnitId: ORG.councilOffice,
    },
    ['14:00', '15:30'],
    'FREQ=WEEKLY;BYDAY=MO',
    onWeekday(1),
  )
  series(
    {
      kind: 'citizen-reception',
      title: 'Tiếp công dân thường xuyên tại Trụ sở Tiếp công dân thành phố',
      hostId: ORG.receptionBoard,
      participantIds: (leaders.staff[ORG.receptionBoard] ?? []).slice(0, 2),
      venueId: VENUE.receptionRegular,
      preparingUnitId: ORG.receptionBoard,
    },
    ['08:00', '11:30'],
    'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    (day) => weekdayOf(day) <= 5,
  )
  series(
    {
      kind: 'other',
      title: 'Giao ban lãnh đạo ba Văn phòng: Thành ủy, Đoàn ĐBQH và HĐND, UBND thành phố',
      description:
        'Trao đổi lịch công tác, chương trình công tác của các cơ quan để tránh chồng chéo.',
      hostId: ORG.committeeOffice,
      coHostIds: [ORG.partyOffice, ORG.councilOffice],
      participantIds: unique(Object.values(leaders.officeChiefs)),
      venueId: VENUE.committeeOfficeRoom,
    },
    ['14:00', '16:00'],
    'FREQ=MONTHLY;BYDAY=-1FR',
    (day) => weekdayOf(day) === 5 && partsOf(day + 7)[1] !== partsOf(day)[1],
  )
  const receptionWards = random.sample(WARDS, scaled(WARDS.length, scale))
  for (const ward of receptionWards) {
    const weekday = random.weighted([
      [1, 1],
      [2, 2],
      [3, 2],
      [4, 3],
      [5, 2],
    ] as const)
    const chair = leaders.wardChairs[ward.id] ?? ''
    series(
      {
        kind: 'citizen-reception',
        title: `Chủ tịch UBND ${ward.name} tiếp công dân định kỳ`,
        hostId: ward.id,
        chairId: chair,
        participantIds: [chair],
        requiredPosts: [{ organizationId: ward.id, role: 'chair' }],
      },
      random.pick(HALF_DAYS),
      `FREQ=WEEKLY;BYDAY=${BYDAY[weekday - 1] ?? 'MO'}`,
      onWeekday(weekday),
    )
  }
}

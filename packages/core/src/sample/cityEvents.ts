import { absoluteMinute, dayFromParts, lunarFeastsOf, partsOf, weekdayOf } from './calendar.js'
import { scaled } from './context.js'
import { MORNING, type MeetingKit } from './meetingKit.js'
import { unique, type Slot } from './meetingPlanner.js'
import { optional } from './optional.js'
import { ORG } from './organizations.js'
import { VENUE } from './venues.js'

/**
 * Books the city's events on their anniversaries (founding of the Party, liberation of the
 * capital, National Day…), with a few that may move a day or two, one all-day festival and
 * evening performances.
 *
 * @category Sample data
 * @param kit - The seeded source, context and planner shared by the meeting generators.
 * @example
 * ```ts
 * import { createMeetingKit } from './meetingKit.js'
 * import { addCityEvents } from './cityEvents.js'
 *
 * // addCityEvents(createMeetingKit(random, context))
 * ```
 */
export function addCityEvents(kit: MeetingKit): void {
  const { context, planner, attendance } = kit
  const { year, leaders, holidays, first, last, scale } = context
  const { place, at, tetDays } = planner
  const feasts = lunarFeastsOf(year)

  const events: {
    month: number
    day: number
    title: string
    slots: readonly Slot[]
    venueId?: string
    host: string
    major?: boolean
    allDay?: boolean
    onHoliday?: boolean
    flexible?: boolean
  }[] = [
    {
      month: 10,
      day: 10,
      title: `Lễ kỷ niệm ${String(year - 1954)} năm Ngày Giải phóng Thủ đô (10/10/1954 - 10/10/${String(year)})`,
      slots: [
        ['08:00', '10:30'],
        ['19:30', '21:30'],
      ],
      venueId: VENUE.operaHouse,
      host: ORG.partyCommittee,
      major: true,
    },
    {
      month: 2,
      day: 3,
      title: `Lễ kỷ niệm ${String(year - 1930)} năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/${String(year)})`,
      slots: [
        ['09:00', '11:00'],
        ['14:00', '16:00'],
      ],
      venueId: VENUE.operaHouse,
      host: ORG.partyCommittee,
    },
    {
      month: 6,
      day: 16,
      title: `Hội nghị Xúc tiến đầu tư thành phố Hà Nội năm ${String(year)}`,
      slots: MORNING,
      venueId: VENUE.nationalConventionCenter,
      host: ORG.committee,
      major: true,
      flexible: true,
    },
    {
      month: 5,
      day: 19,
      title: `Lễ dâng hương tưởng niệm Chủ tịch Hồ Chí Minh nhân kỷ niệm ${String(year - 1890)} năm Ngày sinh của Người`,
      slots: [
        ['07:30', '09:00'],
        ['09:30', '11:00'],
      ],
      host: ORG.partyCommittee,
    },
    {
      month: 7,
      day: 27,
      title: `Lễ dâng hương tưởng niệm các Anh hùng liệt sĩ nhân kỷ niệm ${String(year - 1947)} năm Ngày Thương binh - Liệt sĩ`,
      slots: [
        ['07:30', '09:00'],
        ['15:00', '16:30'],
      ],
      host: ORG.partyCommittee,
    },
    {
      month: 9,
      day: 1,
      title: `Chương trình nghệ thuật chào mừng ${String(year - 1945)} năm Cách mạng tháng Tám và Quốc khánh 2/9`,
      slots: [['20:00', '22:00']],
      venueId: VENUE.lyThaiToSquare,
      host: ORG.committee,
      onHoliday: true,
    },
    {
      month: 10,
      day: 4,
      title: `Lễ tôn vinh Công dân Thủ đô ưu tú năm ${String(year)}`,
      slots: [
        ['20:00', '22:00'],
        ['08:00', '10:30'],
      ],
      venueId: VENUE.operaHouse,
      host: ORG.committee,
      flexible: true,
    },
    {
      month: 11,
      day: 19,
      title: `Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11/${String(year)}`,
      slots: [
        ['09:00', '11:00'],
        ['15:00', '17:00'],
      ],
      venueId: VENUE.friendshipPalace,
      host: ORG.committee,
      flexible: true,
    },
    {
      month: 11,
      day: 14,
      title: 'Ngày hội Văn hóa các dân tộc Thủ đô',
      slots: [['00:00', '24:00']],
      venueId: VENUE.lyThaiToSquare,
      host: ORG.committee,
      allDay: true,
      flexible: true,
    },
    {
      month: 3,
      day: 26,
      title: `Gặp mặt kỷ niệm ${String(year - 1931)} năm Ngày thành lập Đoàn TNCS Hồ Chí Minh`,
      slots: [
        ['09:00', '11:00'],
        ['14:00', '16:00'],
      ],
      venueId: VENUE.friendshipPalace,
      host: ORG.partyCommittee,
    },
  ]
  if (feasts !== undefined) {
    events.push({
      month: partsOf(feasts.tet + 8)[1],
      day: partsOf(feasts.tet + 8)[2],
      title: `Gặp mặt đầu Xuân ${String(year)} các đồng chí nguyên lãnh đạo thành phố`,
      slots: [['09:00', '11:00']],
      venueId: VENUE.friendshipPalace,
      host: ORG.partyCommittee,
      flexible: true,
    })
  }
  for (const event of events.slice(0, scaled(events.length, scale))) {
    const target = dayFromParts(year, event.month, event.day)
    const offsets = event.flexible === true ? [0, 1, -1, 2, -2, 3] : [0]
    const days = offsets
      .map((offset) => target + offset)
      .filter((day) => day >= first && day <= last && !tetDays.has(day))
      .filter((day) => event.onHoliday === true || !holidays.has(day))
      .filter((day) => event.allDay !== true || weekdayOf(day) >= 6)
    const party = event.host === ORG.partyCommittee
    const allDay = event.allDay === true
    place(
      {
        kind: 'city-event',
        title: event.title,
        hostId: event.host,
        participantIds: allDay
          ? unique([leaders.directors['so-vh-tt']])
          : unique([
              leaders.secretary,
              leaders.councilChair,
              leaders.committeeChair,
              ...(event.major === true ? [leaders.standingDeputySecretary] : []),
            ]),
        ...optional('venueId', event.venueId),
        importance: event.major === true ? 'major' : 'normal',
        preparingUnitId: party ? ORG.partyOffice : ORG.committeeOffice,
        owner: event.host,
        allDay,
        expectedAttendees: attendance(event.venueId, 300, 1200),
      },
      days.flatMap((day) =>
        allDay
          ? [[absoluteMinute(day, 0), absoluteMinute(day + 1, 0)] as const]
          : event.slots.map((slot) => at(day, slot)),
      ),
    )
  }
}

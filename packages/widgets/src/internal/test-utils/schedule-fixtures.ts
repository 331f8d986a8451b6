import { parseMeeting, type Meeting, type MeetingInput } from '@lienthong/core/meeting'
import {
  parseOrganization,
  parsePerson,
  parseVenue,
  type Organization,
  type OrganizationInput,
  type Person,
  type PersonInput,
  type Venue,
  type VenueInput,
} from '@lienthong/core/office'
import type { ScheduleConflict } from '../schedule-data.js'

/**
 * One realistic week of a city's leadership schedule (Monday 2 March – Sunday 8 March 2026), in
 * the JSON wire form a back end sends, for the widget tests. For tests only; not part of the
 * package.
 */

export const organizationsWire: OrganizationInput[] = [
  { id: 'tu', name: 'Thành ủy Hà Nội', kind: 'party-committee', level: 'province' },
  { id: 'hdnd', name: 'HĐND Thành phố', kind: 'peoples-council', level: 'province' },
  { id: 'ubnd', name: 'UBND Thành phố', kind: 'peoples-committee', level: 'province' },
  { id: 'vp-tu', name: 'Văn phòng Thành ủy', kind: 'office', level: 'province', serves: ['tu'] },
  {
    id: 'vp-ubnd',
    name: 'Văn phòng UBND Thành phố',
    kind: 'office',
    level: 'province',
    serves: ['ubnd'],
  },
  { id: 'so-khdt', name: 'Sở Kế hoạch và Đầu tư', kind: 'department', level: 'province' },
  { id: 'so-vhtt', name: 'Sở Văn hóa và Thể thao', kind: 'department', level: 'province' },
  { id: 'ttr-tp', name: 'Thanh tra Thành phố', kind: 'department', level: 'province' },
]

export const peopleWire: PersonInput[] = [
  { id: 'p-an', name: 'Nguyễn Văn An', posts: [{ organizationId: 'tu', role: 'secretary' }] },
  { id: 'p-binh', name: 'Trần Thị Bình', posts: [{ organizationId: 'hdnd', role: 'chair' }] },
  { id: 'p-cuong', name: 'Lê Minh Cường', posts: [{ organizationId: 'ubnd', role: 'chair' }] },
  { id: 'p-dung', name: 'Phạm Thu Dung', posts: [{ organizationId: 'ubnd', role: 'vice-chair' }] },
]

export const venuesWire: VenueInput[] = [
  { id: 'ht-tu', name: 'Hội trường Thành ủy', kind: 'hall', capacity: 300 },
  { id: 'ph-1', name: 'Phòng họp số 1, trụ sở UBND Thành phố', kind: 'room', capacity: 60 },
  { id: 'ht-hdnd', name: 'Hội trường HĐND Thành phố', kind: 'hall', capacity: 250 },
  { id: 'tcd', name: 'Trụ sở Tiếp công dân Thành phố', kind: 'room', capacity: 40 },
  { id: 'nhl', name: 'Nhà hát Lớn Hà Nội', kind: 'hall', capacity: 600 },
]

export const meetingsWire: MeetingInput[] = [
  {
    id: 'm-btv',
    title: 'Hội nghị Ban Thường vụ Thành ủy',
    kind: 'standing-board-conference',
    hostId: 'tu',
    chairId: 'p-an',
    participantIds: ['p-binh', 'p-cuong'],
    venueId: 'ht-tu',
    preparingUnitId: 'vp-tu',
    importance: 'major',
    start: '2026-03-02T08:00:00+07:00',
    end: '2026-03-02T11:30:00+07:00',
  },
  {
    id: 'm-ubnd',
    title: 'Phiên họp UBND Thành phố thường kỳ tháng 3',
    kind: 'peoples-committee-regular-meeting',
    hostId: 'ubnd',
    chairId: 'p-cuong',
    participantIds: ['p-dung'],
    requiredOrganizationIds: ['so-khdt'],
    venueId: 'ph-1',
    preparingUnitId: 'vp-ubnd',
    start: '2026-03-02T14:00:00+07:00',
    end: '2026-03-02T17:00:00+07:00',
  },
  {
    id: 'm-tcd',
    title: 'Tiếp công dân định kỳ tháng 3',
    kind: 'citizen-reception',
    hostId: 'ubnd',
    chairId: 'p-cuong',
    requiredOrganizationIds: ['ttr-tp'],
    venueId: 'tcd',
    preparingUnitId: 'ttr-tp',
    start: '2026-03-03T08:00:00+07:00',
    end: '2026-03-03T11:00:00+07:00',
  },
  {
    id: 'm-ktra',
    title: 'Làm việc với Đoàn kiểm tra của Trung ương',
    kind: 'working-session',
    hostId: 'tu',
    coHostIds: ['ubnd'],
    chairId: 'p-an',
    participantIds: ['p-cuong'],
    venueId: 'ht-tu',
    preparingUnitId: 'vp-tu',
    start: '2026-03-03T10:00:00+07:00',
    end: '2026-03-03T11:30:00+07:00',
  },
  {
    id: 'm-online',
    title: 'Hội nghị trực tuyến triển khai kế hoạch chuyển đổi số năm 2026',
    kind: 'online-conference',
    hostId: 'ubnd',
    chairId: 'p-dung',
    status: 'tentative',
    online: {
      mainBridgeVenueId: 'ph-1',
      bridgePoints: [
        { name: 'Điểm cầu phường Ba Đình', delegates: 40 },
        { name: 'Điểm cầu xã Sóc Sơn', delegates: 35 },
        { name: 'Điểm cầu phường Hà Đông', delegates: 50 },
      ],
    },
    start: '2026-03-04T13:30:00+07:00',
    end: '2026-03-04T16:30:00+07:00',
  },
  {
    id: 'm-giaoban',
    title: 'Giao ban Khối Nội chính',
    kind: 'working-session',
    hostId: 'tu',
    chairId: 'p-an',
    status: 'cancelled',
    venueId: 'ht-tu',
    start: '2026-03-04T08:00:00+07:00',
    end: '2026-03-04T10:00:00+07:00',
  },
  {
    id: 'm-kyhop',
    title: 'Kỳ họp thứ 25 HĐND Thành phố khóa XVI',
    kind: 'council-session',
    hostId: 'hdnd',
    chairId: 'p-binh',
    participantIds: ['p-an', 'p-cuong'],
    venueId: 'ht-hdnd',
    importance: 'major',
    start: '2026-03-05T08:00:00+07:00',
    end: '2026-03-06T11:30:00+07:00',
  },
  {
    id: 'm-berlin',
    title: 'Xúc tiến đầu tư tại Cộng hòa Liên bang Đức',
    kind: 'working-session',
    hostId: 'ubnd',
    participantIds: ['p-dung'],
    requiredOrganizationIds: ['so-khdt'],
    timeZone: 'Europe/Berlin',
    start: '2026-03-06T10:00:00+01:00',
    end: '2026-03-06T12:00:00+01:00',
  },
  {
    id: 'm-8-3',
    title: 'Chương trình nghệ thuật chào mừng Ngày Quốc tế Phụ nữ 8/3',
    kind: 'city-event',
    hostId: 'ubnd',
    participantIds: ['p-binh', 'p-dung'],
    venueId: 'nhl',
    preparingUnitId: 'so-vhtt',
    start: '2026-03-07T19:30:00+07:00',
    end: '2026-03-07T21:30:00+07:00',
  },
  {
    id: 'm-next',
    title: 'Giao ban Thường trực Thành ủy',
    kind: 'working-session',
    hostId: 'tu',
    chairId: 'p-an',
    venueId: 'ht-tu',
    start: '2026-03-09T08:00:00+07:00',
    end: '2026-03-09T09:30:00+07:00',
  },
]

/** The clash in the week: the Chair of the People's Committee is wanted in two places. */
export const conflicts: ScheduleConflict[] = [
  {
    kind: 'person-double-booked',
    severity: 'error',
    meetingIds: ['m-tcd', 'm-ktra'],
    personId: 'p-cuong',
  },
]

export const organizations: Organization[] = organizationsWire.map((item) =>
  parseOrganization(item),
)
export const people: Person[] = peopleWire.map((item) => parsePerson(item))
export const venues: Venue[] = venuesWire.map((item) => parseVenue(item))
export const meetings: Meeting[] = meetingsWire.map((item) => parseMeeting(item))

/**
 * A body with a real, long name (a select is as wide as its longest option) and a meeting it
 * hosts in the week: what a narrow screen must still fit.
 */
export const longNamedBody: Organization = parseOrganization({
  id: 'bql-kcn',
  name: 'Ban Quản lý các khu công nghệ cao và khu công nghiệp Thành phố Hà Nội',
  kind: 'department',
  level: 'province',
})
export const longNamedBodyMeeting: Meeting = parseMeeting({
  id: 'm-kcn',
  title: 'Làm việc với các doanh nghiệp khu công nghệ cao',
  kind: 'working-session',
  hostId: 'bql-kcn',
  start: '2026-03-04T08:00:00+07:00',
  end: '2026-03-04T09:00:00+07:00',
})

/** The whole week as the JSON document a `src` URL returns. */
export const scheduleDocument = {
  meetings: meetingsWire,
  people: peopleWire,
  venues: venuesWire,
  organizations: organizationsWire,
  conflicts,
}

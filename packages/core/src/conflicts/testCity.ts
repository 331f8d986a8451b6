// Test-only: a small city for the conflict tests, built through the real parsers. Never exported
// from the package (nothing in src/index.ts reaches this file).
import { parseMeeting } from '../meeting/parseMeeting.js'
import type { Meeting, MeetingInput } from '../meeting/meeting.schema.js'
import { parseOrganization } from '../office/parseOrganization.js'
import { parsePerson } from '../office/parsePerson.js'
import { parseVenue } from '../office/parseVenue.js'

/** The Party Committee, People's Council, People's Committee, NA Delegation, and a Berlin office. */
export const organizations = [
  parseOrganization({
    id: 'tu',
    name: 'Thành ủy Hà Nội',
    shortName: 'Thành ủy',
    kind: 'party-committee',
    level: 'province',
  }),
  parseOrganization({
    id: 'hdnd',
    name: 'Hội đồng nhân dân thành phố Hà Nội',
    shortName: 'HĐND TP',
    kind: 'peoples-council',
    level: 'province',
  }),
  parseOrganization({
    id: 'ubnd',
    name: 'Ủy ban nhân dân thành phố Hà Nội',
    shortName: 'UBND TP',
    kind: 'peoples-committee',
    level: 'province',
  }),
  parseOrganization({
    id: 'doan-dbqh',
    name: 'Đoàn đại biểu Quốc hội thành phố Hà Nội',
    kind: 'national-assembly-delegation',
    level: 'province',
    // The delegation also meets voters on Saturday mornings.
    workingHours: { periods: [{ start: '07:30', end: '11:30' }], days: [1, 2, 3, 4, 5, 6] },
  }),
  parseOrganization({
    id: 'vp-berlin',
    name: 'Văn phòng đại diện tại Berlin',
    kind: 'office',
    level: 'province',
    timeZone: 'Europe/Berlin',
    workingHours: { periods: [{ start: '09:00', end: '17:00' }], days: [1, 2, 3, 4, 5] },
  }),
]

/** Leaders holding several posts, a change of chair on 1 July 2026, and two vice chairs. */
export const people = [
  parsePerson({
    id: 'bi-thu',
    name: 'Nguyễn Văn An',
    posts: [
      { organizationId: 'tu', role: 'secretary' },
      { organizationId: 'doan-dbqh', role: 'head' },
    ],
  }),
  parsePerson({
    id: 'chu-tich-hdnd',
    name: 'Phạm Thị Hạnh',
    posts: [
      { organizationId: 'tu', role: 'deputy-secretary' },
      { organizationId: 'hdnd', role: 'chair' },
    ],
  }),
  parsePerson({
    id: 'chu-tich-ubnd',
    name: 'Trần Minh Hùng',
    posts: [
      { organizationId: 'tu', role: 'deputy-secretary' },
      { organizationId: 'ubnd', role: 'chair', from: '2021-07-01', until: '2026-06-30' },
    ],
  }),
  parsePerson({
    id: 'chu-tich-ubnd-moi',
    name: 'Lê Thanh Sơn',
    posts: [{ organizationId: 'ubnd', role: 'chair', from: '2026-07-01' }],
  }),
  parsePerson({
    id: 'pct-1',
    name: 'Đỗ Quốc Bình',
    posts: [{ organizationId: 'ubnd', role: 'vice-chair' }],
  }),
  parsePerson({
    id: 'pct-2',
    name: 'Vũ Thu Giang',
    posts: [{ organizationId: 'ubnd', role: 'vice-chair' }],
  }),
  parsePerson({ id: 'cvp-ubnd', name: 'Hoàng Đức Lộc', posts: [] }),
]

/** Halls, rooms and bridge points with their capacities. */
export const venues = [
  parseVenue({ id: 'hoi-truong-tu', name: 'Hội trường Thành ủy', kind: 'hall', capacity: 400 }),
  parseVenue({ id: 'phong-1-ubnd', name: 'Phòng họp số 1 UBND', kind: 'room', capacity: 40 }),
  parseVenue({ id: 'phong-2-ubnd', name: 'Phòng họp số 2 UBND', kind: 'room', capacity: 30 }),
  parseVenue({
    id: 'diem-cau-soc-son',
    name: 'Điểm cầu xã Sóc Sơn',
    kind: 'bridge-point',
    capacity: 100,
  }),
  parseVenue({
    id: 'nha-van-hoa-ba-dinh',
    name: 'Nhà văn hóa phường Ba Đình',
    kind: 'hall',
    capacity: 150,
  }),
]

let next = 0

/**
 * A parsed meeting with sensible defaults; times are `HH:mm` on `date` in Hanoi (+07:00) unless
 * full ISO instants are given.
 */
export function meeting(
  fields: Partial<MeetingInput> & { date?: string; from?: string; to?: string },
): Meeting {
  const { date = '2026-03-02', from = '08:00', to = '10:00', ...rest } = fields
  next += 1
  return parseMeeting({
    id: `m${next}`,
    title: `Cuộc họp ${next}`,
    kind: 'working-session',
    hostId: 'ubnd',
    start: `${date}T${from}:00+07:00`,
    end: `${date}T${to}:00+07:00`,
    ...rest,
  })
}

/** The reference data every test passes. */
export const city = { people, venues, organizations }

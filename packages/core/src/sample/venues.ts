import type { VenueInput } from '../office/index.js'
import { ORG, WARDS } from './organizations.js'
import type { Random } from './random.js'

/**
 * Ids of the city's halls and rooms, by use.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { VENUE } from './venues.js'
 *
 * VENUE.partyHall // 'hoi-truong-tu'
 * ```
 */
export const VENUE = {
  partyHall: 'hoi-truong-tu',
  standingCommitteeRoom: 'phong-hop-btv-tu',
  standingBoardRoom: 'phong-hop-tt-tu',
  partyOfficeRoom: 'phong-hop-vp-tu',
  councilHall: 'hoi-truong-hdnd',
  councilStandingRoom: 'phong-hop-tt-hdnd',
  delegationRoom: 'phong-hop-doan-dbqh',
  committeeRoom2: 'phong-hop-t2-ubnd',
  committeeOnlineRoom: 'phong-hop-truc-tuyen-ubnd',
  committeeRoom4: 'phong-hop-t4-ubnd',
  committeeOfficeRoom: 'phong-hop-vp-ubnd',
  receptionRegular: 'tru-so-tcd-thuong-xuyen',
  receptionLeaders: 'tru-so-tcd-lanh-dao',
  nationalConventionCenter: 'tt-hoi-nghi-quoc-gia',
  friendshipPalace: 'cung-van-hoa-huu-nghi',
  operaHouse: 'nha-hat-lon',
  lyThaiToSquare: 'vuon-hoa-ly-thai-to',
} as const

/**
 * The venue id of a ward's bridge point (its People's Committee's hall).
 *
 * @category Sample data
 * @param wardId - Organisation id of the ward.
 * @returns The venue id.
 * @example
 * ```ts
 * import { wardVenueId } from './venues.js'
 *
 * wardVenueId('ward-00004') // 'diem-cau-ward-00004'
 * ```
 */
export function wardVenueId(wardId: string): string {
  return `diem-cau-${wardId}`
}

/**
 * The sample city's venues: the Party Committee's hall and meeting rooms, the People's Council's
 * session hall, the People's Committee's rooms (with the online-conference room that is the main
 * bridge point), the citizen reception office, the large halls used for city events, and one
 * bridge point (điểm cầu) in the hall of every ward and commune.
 *
 * @category Sample data
 * @param random - The seeded source (capacities of ward halls).
 * @returns Venues in wire form.
 * @example
 * ```ts
 * import { buildVenues } from './venues.js'
 * import { createRandom } from './random.js'
 *
 * buildVenues(createRandom(1)).filter((v) => v.kind === 'bridge-point').length // 126
 * ```
 */
export function buildVenues(random: Random): VenueInput[] {
  const city: VenueInput[] = [
    {
      id: VENUE.partyHall,
      name: 'Hội trường Thành ủy',
      kind: 'hall',
      capacity: 450,
      organizationId: ORG.partyCommittee,
    },
    {
      id: VENUE.standingCommitteeRoom,
      name: 'Phòng họp Ban Thường vụ Thành ủy',
      kind: 'room',
      capacity: 60,
      organizationId: ORG.partyCommittee,
    },
    {
      id: VENUE.standingBoardRoom,
      name: 'Phòng họp Thường trực Thành ủy',
      kind: 'room',
      capacity: 25,
      organizationId: ORG.partyCommittee,
    },
    {
      id: VENUE.partyOfficeRoom,
      name: 'Phòng họp Văn phòng Thành ủy',
      kind: 'room',
      capacity: 40,
      organizationId: ORG.partyOffice,
    },
    {
      id: VENUE.councilHall,
      name: 'Hội trường kỳ họp HĐND thành phố',
      kind: 'hall',
      capacity: 300,
      organizationId: ORG.council,
    },
    {
      id: VENUE.councilStandingRoom,
      name: 'Phòng họp Thường trực HĐND thành phố',
      kind: 'room',
      capacity: 35,
      organizationId: ORG.councilStanding,
    },
    {
      id: VENUE.delegationRoom,
      name: 'Phòng họp Đoàn ĐBQH thành phố',
      kind: 'room',
      capacity: 30,
      organizationId: ORG.naDelegation,
    },
    {
      id: VENUE.committeeRoom2,
      name: 'Phòng họp tầng 2 UBND thành phố',
      kind: 'room',
      capacity: 80,
      organizationId: ORG.committee,
    },
    {
      id: VENUE.committeeOnlineRoom,
      name: 'Phòng họp trực tuyến UBND thành phố',
      kind: 'room',
      capacity: 120,
      organizationId: ORG.committee,
    },
    {
      id: VENUE.committeeRoom4,
      name: 'Phòng họp tầng 4 UBND thành phố',
      kind: 'room',
      capacity: 40,
      organizationId: ORG.committee,
    },
    {
      id: VENUE.committeeOfficeRoom,
      name: 'Phòng họp Văn phòng UBND thành phố',
      kind: 'room',
      capacity: 30,
      organizationId: ORG.committeeOffice,
    },
    {
      id: VENUE.receptionRegular,
      name: 'Trụ sở Tiếp công dân thành phố - phòng tiếp thường xuyên',
      kind: 'room',
      capacity: 40,
      organizationId: ORG.receptionBoard,
    },
    {
      id: VENUE.receptionLeaders,
      name: 'Trụ sở Tiếp công dân thành phố - phòng tiếp của lãnh đạo',
      kind: 'room',
      capacity: 30,
      organizationId: ORG.receptionBoard,
    },
    {
      id: VENUE.nationalConventionCenter,
      name: 'Trung tâm Hội nghị Quốc gia',
      kind: 'hall',
      capacity: 3700,
      address: 'Đại lộ Thăng Long, Hà Nội',
    },
    {
      id: VENUE.friendshipPalace,
      name: 'Cung Văn hóa Hữu nghị Hà Nội',
      kind: 'hall',
      capacity: 1200,
      address: '91 Trần Hưng Đạo, Hà Nội',
    },
    {
      id: VENUE.operaHouse,
      name: 'Nhà hát Lớn Hà Nội',
      kind: 'hall',
      capacity: 600,
      address: 'Số 1 Tràng Tiền, Hà Nội',
    },
    {
      id: VENUE.lyThaiToSquare,
      name: 'Vườn hoa Lý Thái Tổ',
      kind: 'outdoor',
      capacity: 3000,
      address: 'Phố Đinh Tiên Hoàng, Hà Nội',
    },
  ]
  const wards = WARDS.map((ward): VenueInput => ({
    id: wardVenueId(ward.id),
    name: `Điểm cầu ${ward.name} (hội trường UBND)`,
    kind: 'bridge-point',
    capacity: random.int(6, 30) * 10,
    organizationId: ward.id,
    address: `${ward.name}, Thành phố Hà Nội`,
  }))
  return [...city, ...wards]
}

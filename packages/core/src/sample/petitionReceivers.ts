import type { PetitionChannel, PetitionOutcome } from '../petition/index.js'
import { ORG } from './organizations.js'

/**
 * An office or body that receives petitions: its tracking-code prefix, share of the petitions,
 * how it is addressed, whose specialists log them, its channels and its usual outcomes.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { PetitionReceiver } from './petitionReceivers.js'
 *
 * const prefix = (receiver: PetitionReceiver) => receiver.prefix // e.g. 'VPTU'
 * ```
 */
export interface PetitionReceiver {
  readonly id: string
  readonly prefix: string
  readonly weight: number
  readonly addressee: string
  readonly staffOf: string
  readonly channels: readonly (readonly [PetitionChannel, number])[]
  readonly outcomes: readonly (readonly [PetitionOutcome, number])[]
}

/**
 * The four receivers of the seed report: the Party Committee's office (most petitions forwarded
 * to the competent agency), the People's Council's office for its Standing Committee, the
 * National Assembly Delegation (post and voter contacts) and the city's Citizen Reception Board
 * (in person; the People's Committee accepts cases within its competence).
 *
 * @category Sample data
 * @example
 * ```ts
 * import { RECEIVERS } from './petitionReceivers.js'
 *
 * RECEIVERS.map((r) => r.prefix) // ['VPTU', 'HDND', 'DBQH', 'BTCD']
 * ```
 */
export const RECEIVERS: readonly PetitionReceiver[] = [
  {
    id: ORG.partyOffice,
    prefix: 'VPTU',
    weight: 28,
    addressee: 'Thường trực Thành ủy',
    staffOf: ORG.partyOffice,
    channels: [
      ['post', 35],
      ['in-person', 20],
      ['online-portal', 10],
      ['agency-transfer', 10],
      ['leader-referral', 10],
      ['press', 5],
      ['email', 10],
    ],
    outcomes: [
      ['forwarded', 70],
      ['guided', 8],
      ['filed', 10],
      ['answered', 7],
      ['returned', 3],
      ['chased-up', 2],
    ],
  },
  {
    id: ORG.councilOffice,
    prefix: 'HDND',
    weight: 30,
    addressee: 'Thường trực HĐND thành phố',
    staffOf: ORG.councilOffice,
    channels: [
      ['post', 30],
      ['in-person', 20],
      ['voter-contact', 12],
      ['deputy-referral', 10],
      ['fatherland-front', 8],
      ['online-portal', 10],
      ['email', 5],
      ['hotline', 5],
    ],
    outcomes: [
      ['forwarded', 55],
      ['guided', 15],
      ['filed', 12],
      ['answered', 10],
      ['chased-up', 6],
      ['returned', 2],
    ],
  },
  {
    id: ORG.naDelegation,
    prefix: 'DBQH',
    weight: 17,
    addressee: 'Đoàn đại biểu Quốc hội thành phố Hà Nội',
    staffOf: ORG.councilOffice,
    channels: [
      ['post', 50],
      ['voter-contact', 25],
      ['deputy-referral', 10],
      ['in-person', 10],
      ['email', 5],
    ],
    outcomes: [
      ['forwarded', 60],
      ['guided', 18],
      ['filed', 12],
      ['answered', 7],
      ['chased-up', 3],
    ],
  },
  {
    id: ORG.receptionBoard,
    prefix: 'BTCD',
    weight: 25,
    addressee: 'Chủ tịch UBND thành phố',
    staffOf: ORG.receptionBoard,
    channels: [
      ['in-person', 55],
      ['mailbox', 15],
      ['post', 15],
      ['online-portal', 10],
      ['hotline', 5],
    ],
    outcomes: [
      ['accepted', 25],
      ['forwarded', 40],
      ['guided', 18],
      ['answered', 10],
      ['filed', 5],
      ['withdrawn', 2],
    ],
  },
]

/**
 * How each channel is written in a receipt note, in Vietnamese.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { CHANNEL_NAMES } from './petitionReceivers.js'
 *
 * CHANNEL_NAMES.hotline // 'qua đường dây nóng'
 * ```
 */
export const CHANNEL_NAMES: Readonly<Record<PetitionChannel, string>> = {
  'in-person': 'công dân trực tiếp gửi tại nơi tiếp công dân',
  post: 'qua dịch vụ bưu chính',
  mailbox: 'qua hòm thư tiếp nhận đơn',
  'online-portal': 'qua Cổng thông tin điện tử',
  email: 'qua thư điện tử',
  hotline: 'qua đường dây nóng',
  'deputy-referral': 'do đại biểu dân cử chuyển đến',
  'voter-contact': 'qua tiếp xúc cử tri',
  'fatherland-front': 'do Mặt trận Tổ quốc chuyển đến',
  press: 'do cơ quan báo chí chuyển đến',
  'agency-transfer': 'do cơ quan khác chuyển đến',
  'leader-referral': 'do lãnh đạo chuyển đến',
  other: 'qua kênh khác',
}

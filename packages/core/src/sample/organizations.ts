import type { OrganizationInput } from '../office/index.js'
import { HANOI_PROVINCE_CODE, HANOI_WARDS } from './hanoiUnits.js'

/**
 * Ids of the city-level organisations the generator creates, by what they are.
 *
 * The three offices of the seed report serve the four bodies: the Party Committee's office
 * (Văn phòng Thành ủy) serves the Party Committee, its Standing Committee and Standing Board; the
 * office of the National Assembly Delegation and People's Council (Văn phòng Đoàn ĐBQH và HĐND)
 * serves both; the People's Committee's office (Văn phòng UBND) serves the People's Committee.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { ORG } from './organizations.js'
 *
 * ORG.committee // 'ubnd'
 * ```
 */
export const ORG = {
  partyCommittee: 'tu',
  partyStandingBoard: 'tt-tu',
  partyStandingCommittee: 'btv-tu',
  council: 'hdnd',
  councilStanding: 'tt-hdnd',
  committee: 'ubnd',
  naDelegation: 'doan-dbqh',
  partyOffice: 'vp-tu',
  councilOffice: 'vp-doan-dbqh-hdnd',
  committeeOffice: 'vp-ubnd',
  organisationBoard: 'ban-to-chuc-tu',
  propagandaBoard: 'ban-tgdv-tu',
  inspectionCommission: 'ubkt-tu',
  internalAffairsBoard: 'ban-noi-chinh-tu',
  receptionBoard: 'ban-tcd',
  fatherlandFront: 'mttq',
  police: 'cong-an',
  capitalCommand: 'bo-tu-lenh',
} as const

/**
 * A department (sở) or department-level agency of the People's Committee, with the petition
 * fields it is competent for.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { DEPARTMENTS, type Department } from './organizations.js'
 *
 * const first: Department | undefined = DEPARTMENTS[0]
 * ```
 */
export interface Department {
  readonly id: string
  readonly name: string
  readonly shortName: string
  /** What the department is about, as used in titles: `lĩnh vực …`. */
  readonly topic: string
}

/**
 * Hanoi's departments after the 2025 merger of departments, plus the city Inspectorate.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { DEPARTMENTS } from './organizations.js'
 *
 * DEPARTMENTS.some((d) => d.name === 'Sở Xây dựng') // true
 * ```
 */
export const DEPARTMENTS: readonly Department[] = [
  { id: 'so-noi-vu', name: 'Sở Nội vụ', shortName: 'Sở NV', topic: 'tổ chức bộ máy, lao động' },
  { id: 'so-tai-chinh', name: 'Sở Tài chính', shortName: 'Sở TC', topic: 'tài chính, đầu tư' },
  { id: 'so-xay-dung', name: 'Sở Xây dựng', shortName: 'Sở XD', topic: 'xây dựng, giao thông' },
  {
    id: 'so-nn-mt',
    name: 'Sở Nông nghiệp và Môi trường',
    shortName: 'Sở NN&MT',
    topic: 'đất đai, môi trường',
  },
  { id: 'so-cong-thuong', name: 'Sở Công Thương', shortName: 'Sở CT', topic: 'công thương' },
  {
    id: 'so-khcn',
    name: 'Sở Khoa học và Công nghệ',
    shortName: 'Sở KH&CN',
    topic: 'khoa học, công nghệ, chuyển đổi số',
  },
  {
    id: 'so-gddt',
    name: 'Sở Giáo dục và Đào tạo',
    shortName: 'Sở GD&ĐT',
    topic: 'giáo dục, đào tạo',
  },
  { id: 'so-y-te', name: 'Sở Y tế', shortName: 'Sở YT', topic: 'y tế' },
  {
    id: 'so-vh-tt',
    name: 'Sở Văn hóa và Thể thao',
    shortName: 'Sở VH&TT',
    topic: 'văn hóa, thể thao',
  },
  { id: 'so-du-lich', name: 'Sở Du lịch', shortName: 'Sở DL', topic: 'du lịch' },
  { id: 'so-tu-phap', name: 'Sở Tư pháp', shortName: 'Sở TP', topic: 'tư pháp' },
  {
    id: 'so-qh-kt',
    name: 'Sở Quy hoạch - Kiến trúc',
    shortName: 'Sở QH-KT',
    topic: 'quy hoạch, kiến trúc',
  },
  {
    id: 'so-dt-tg',
    name: 'Sở Dân tộc và Tôn giáo',
    shortName: 'Sở DT&TG',
    topic: 'dân tộc, tôn giáo',
  },
  {
    id: 'thanh-tra',
    name: 'Thanh tra thành phố',
    shortName: 'Thanh tra TP',
    topic: 'thanh tra, tiếp công dân',
  },
]

/**
 * The People's Council's committees (ban của HĐND); their heads sit on its Standing Committee.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { COUNCIL_COMMITTEES } from './organizations.js'
 *
 * COUNCIL_COMMITTEES.length // 4
 * ```
 */
export const COUNCIL_COMMITTEES: readonly { readonly id: string; readonly name: string }[] = [
  { id: 'ban-phap-che-hdnd', name: 'Ban Pháp chế HĐND thành phố' },
  { id: 'ban-kt-ns-hdnd', name: 'Ban Kinh tế - Ngân sách HĐND thành phố' },
  { id: 'ban-vh-xh-hdnd', name: 'Ban Văn hóa - Xã hội HĐND thành phố' },
  { id: 'ban-do-thi-hdnd', name: 'Ban Đô thị HĐND thành phố' },
]

/**
 * The Party Committee's advisory agencies (cơ quan tham mưu), without its office.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { ADVISORY_AGENCIES } from './organizations.js'
 *
 * ADVISORY_AGENCIES.map((a) => a.id).includes('ubkt-tu') // true
 * ```
 */
export const ADVISORY_AGENCIES: readonly {
  readonly id: string
  readonly name: string
  readonly shortName: string
  readonly headTitle: string
}[] = [
  {
    id: ORG.organisationBoard,
    name: 'Ban Tổ chức Thành ủy',
    shortName: 'BTC Thành ủy',
    headTitle: 'Trưởng Ban Tổ chức Thành ủy',
  },
  {
    id: ORG.propagandaBoard,
    name: 'Ban Tuyên giáo và Dân vận Thành ủy',
    shortName: 'Ban TG&DV Thành ủy',
    headTitle: 'Trưởng Ban Tuyên giáo và Dân vận Thành ủy',
  },
  {
    id: ORG.inspectionCommission,
    name: 'Ủy ban Kiểm tra Thành ủy',
    shortName: 'UBKT Thành ủy',
    headTitle: 'Chủ nhiệm Ủy ban Kiểm tra Thành ủy',
  },
  {
    id: ORG.internalAffairsBoard,
    name: 'Ban Nội chính Thành ủy',
    shortName: 'Ban Nội chính Thành ủy',
    headTitle: 'Trưởng Ban Nội chính Thành ủy',
  },
]

/**
 * A ward or commune of the city, as the generator uses it.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { WARDS, type Ward } from './organizations.js'
 *
 * const ward: Ward | undefined = WARDS[0] // { id: 'ward-00004', code: '00004', name: 'Phường Ba Đình', … }
 * ```
 */
export interface Ward {
  /** Organisation id of the ward (its People's Committee): `ward-<code>`. */
  readonly id: string
  /** Statistics office code, e.g. `00004`. */
  readonly code: string
  /** Full name, e.g. `Phường Ba Đình` or `Xã Ba Vì`. */
  readonly name: string
  /** True for communes (xã), false for urban wards (phường). */
  readonly rural: boolean
  /**
   * Mountain and island communes the sample treats as remote areas (vùng sâu, vùng xa) — an
   * illustration, not the official list.
   */
  readonly remote: boolean
}

const REMOTE_COMMUNES = new Set(['Xã Ba Vì', 'Xã Yên Bài', 'Xã Suối Hai', 'Xã Minh Châu'])

/**
 * Hanoi's 126 wards and communes.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { WARDS } from './organizations.js'
 *
 * WARDS.length // 126
 * ```
 */
export const WARDS: readonly Ward[] = HANOI_WARDS.map(([code, name]) => ({
  id: `ward-${code}`,
  code,
  name,
  rural: name.startsWith('Xã'),
  remote: REMOTE_COMMUNES.has(name),
}))

/**
 * The organisations of the sample city: the four bodies with the Party Committee's Standing
 * Committee and Standing Board and the People's Council's Standing Committee, the three offices,
 * the Party's advisory agencies, the People's Council's committees, the departments, the Citizen
 * Reception Board, the Fatherland Front, police and military command, and every ward and commune.
 *
 * @category Sample data
 * @returns Organisations in wire form.
 * @example
 * ```ts
 * import { buildOrganizations } from './organizations.js'
 *
 * buildOrganizations().find((o) => o.id === 'vp-tu')?.serves // ['tu', 'btv-tu', 'tt-tu']
 * ```
 */
export function buildOrganizations(): OrganizationInput[] {
  const province = { level: 'province', unitCode: HANOI_PROVINCE_CODE } as const
  const city: OrganizationInput[] = [
    {
      id: ORG.partyCommittee,
      name: 'Thành ủy Hà Nội',
      shortName: 'Thành ủy',
      kind: 'party-committee',
      ...province,
    },
    {
      id: ORG.partyStandingCommittee,
      name: 'Ban Thường vụ Thành ủy Hà Nội',
      shortName: 'BTV Thành ủy',
      kind: 'party-standing-committee',
      parentId: ORG.partyCommittee,
      ...province,
    },
    {
      id: ORG.partyStandingBoard,
      name: 'Thường trực Thành ủy Hà Nội',
      shortName: 'TT Thành ủy',
      kind: 'party-standing-board',
      parentId: ORG.partyCommittee,
      ...province,
    },
    {
      id: ORG.council,
      name: 'Hội đồng nhân dân thành phố Hà Nội',
      shortName: 'HĐND thành phố',
      kind: 'peoples-council',
      ...province,
    },
    {
      id: ORG.councilStanding,
      name: 'Thường trực Hội đồng nhân dân thành phố Hà Nội',
      shortName: 'TT HĐND thành phố',
      kind: 'peoples-council-standing-committee',
      parentId: ORG.council,
      ...province,
    },
    {
      id: ORG.committee,
      name: 'Ủy ban nhân dân thành phố Hà Nội',
      shortName: 'UBND thành phố',
      kind: 'peoples-committee',
      ...province,
    },
    {
      id: ORG.naDelegation,
      name: 'Đoàn đại biểu Quốc hội thành phố Hà Nội',
      shortName: 'Đoàn ĐBQH',
      kind: 'national-assembly-delegation',
      ...province,
    },
    {
      id: ORG.partyOffice,
      name: 'Văn phòng Thành ủy Hà Nội',
      shortName: 'VP Thành ủy',
      kind: 'office',
      parentId: ORG.partyCommittee,
      serves: [ORG.partyCommittee, ORG.partyStandingCommittee, ORG.partyStandingBoard],
      ...province,
    },
    {
      id: ORG.councilOffice,
      name: 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân thành phố Hà Nội',
      shortName: 'VP Đoàn ĐBQH và HĐND',
      kind: 'office',
      parentId: ORG.council,
      serves: [ORG.council, ORG.councilStanding, ORG.naDelegation],
      ...province,
    },
    {
      id: ORG.committeeOffice,
      name: 'Văn phòng Ủy ban nhân dân thành phố Hà Nội',
      shortName: 'VP UBND',
      kind: 'office',
      parentId: ORG.committee,
      serves: [ORG.committee],
      ...province,
    },
    ...ADVISORY_AGENCIES.map((agency): OrganizationInput => ({
      id: agency.id,
      name: agency.name,
      shortName: agency.shortName,
      kind: 'advisory-agency',
      parentId: ORG.partyCommittee,
      ...province,
    })),
    ...COUNCIL_COMMITTEES.map((committee): OrganizationInput => ({
      id: committee.id,
      name: committee.name,
      kind: 'other',
      parentId: ORG.council,
      ...province,
    })),
    ...DEPARTMENTS.map((department): OrganizationInput => ({
      id: department.id,
      name: department.name,
      shortName: department.shortName,
      kind: 'department',
      parentId: ORG.committee,
      ...province,
    })),
    {
      id: ORG.receptionBoard,
      name: 'Ban Tiếp công dân thành phố Hà Nội',
      shortName: 'Ban TCD thành phố',
      kind: 'other',
      parentId: ORG.committeeOffice,
      ...province,
    },
    {
      id: ORG.fatherlandFront,
      name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội',
      shortName: 'UBMTTQ thành phố',
      kind: 'other',
      ...province,
    },
    {
      id: ORG.police,
      name: 'Công an thành phố Hà Nội',
      shortName: 'Công an TP',
      kind: 'other',
      ...province,
    },
    {
      id: ORG.capitalCommand,
      name: 'Bộ Tư lệnh Thủ đô Hà Nội',
      shortName: 'BTL Thủ đô',
      kind: 'other',
      ...province,
    },
  ]
  const wards = WARDS.map((ward): OrganizationInput => ({
    id: ward.id,
    name: ward.name,
    kind: 'commune',
    level: 'commune',
    parentId: ORG.committee,
    unitCode: ward.code,
    address: `${ward.name}, Thành phố Hà Nội`,
  }))
  return [...city, ...wards]
}

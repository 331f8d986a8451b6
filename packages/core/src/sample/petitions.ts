import {
  createTrackingCode,
  type PetitionChannel,
  type PetitionComplexity,
  type PetitionInput,
  type PetitionKind,
} from '../petition/index.js'
import { absoluteMinute, dateOf, instantOf, isWorkingDay, partsOf } from './calendar.js'
import { scaled, type SampleContext } from './context.js'
import { HANOI_PROVINCE_CODE } from './hanoiUnits.js'
import { citizenIdNumber, mobilePhone, vietnameseName, type NameGender } from './names.js'
import { optional } from './optional.js'
import { ORG, WARDS, type Ward } from './organizations.js'
import {
  HOT_SPOT_TEMPLATES,
  PETITION_NAMES,
  PETITION_TEMPLATES,
  type PetitionFacts,
  type PetitionTemplate,
} from './petitionTexts.js'
import { petitionHistory } from './petitionHistory.js'
import { RECEIVERS, type PetitionReceiver } from './petitionReceivers.js'
import type { Random } from './random.js'

/**
 * A "hot spot" the generator created on purpose: many petitions on one matter in one ward
 * within a few weeks.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { HotSpot } from './petitions.js'
 *
 * const size = (spot: HotSpot) => spot.petitionIds.length
 * ```
 */
export interface HotSpot {
  /** The petitions of the cluster, in the order received. */
  petitionIds: string[]
  /** Administrative-unit code of the ward or commune. */
  wardCode: string
  /** The matter, as written in the petitions' subject. */
  subject: string
}

/**
 * Generated petitions in wire form and the hot spots among them.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { PetitionsData } from './petitions.js'
 *
 * const count = (data: PetitionsData) => data.petitions.length
 * ```
 */
export interface PetitionsData {
  readonly petitions: PetitionInput[]
  readonly hotSpots: HotSpot[]
}

const KIND_SETS: readonly (readonly [readonly PetitionKind[], number])[] = [
  [['complaint'], 38],
  [['denunciation'], 14],
  [['recommendation'], 20],
  [['reflection'], 18],
  [['complaint', 'denunciation'], 4],
  [['complaint', 'recommendation'], 3],
  [['recommendation', 'reflection'], 3],
]

/** A sentence for a kind the template's text does not cover (a petition may hold several). */
const EXTRA_KIND_SENTENCES: Readonly<Record<PetitionKind, (ward: string) => string>> = {
  complaint: (ward) => ` Tôi khiếu nại việc UBND ${ward} không giải quyết đúng quy định.`,
  denunciation: (ward) =>
    ` Đồng thời, tôi tố cáo cán bộ UBND ${ward} có dấu hiệu làm sai lệch hồ sơ, bao che sai phạm.`,
  recommendation: () =>
    ' Tôi kiến nghị cơ quan có thẩm quyền rà soát lại toàn bộ quy trình và công khai kết quả.',
  reflection: () =>
    ' Tôi cũng phản ánh việc cán bộ tiếp dân chưa hướng dẫn đầy đủ, người dân phải đi lại nhiều lần.',
}

const ELECTRONIC = new Set<PetitionChannel>(['online-portal', 'email', 'hotline'])

/** Attachments and when they fit: any petition, complaints, land matters, crowd petitions. */
const ATTACHMENTS = [
  ['Ảnh hiện trạng.jpg', 'image/jpeg', 'any'],
  ['Biên bản làm việc.pdf', 'application/pdf', 'any'],
  ['Quyết định bị khiếu nại (bản sao).pdf', 'application/pdf', 'complaint'],
  ['Giấy chứng nhận quyền sử dụng đất (bản sao).pdf', 'application/pdf', 'land'],
  ['Trích lục bản đồ địa chính.pdf', 'application/pdf', 'land'],
  [
    'Danh sách các hộ ký đơn.xlsx',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'crowd',
  ],
] as const

interface Person {
  name: string
  gender: NameGender
  birthYear: number
  idNumber?: string
  address: string
  phone?: string
  email?: string
}

interface Draft {
  received: number
  receiver: PetitionReceiver
  channel: PetitionChannel
  kinds: readonly PetitionKind[]
  template: PetitionTemplate
  subjectIndex: number
  ward: Ward
  facts: PetitionFacts
  decisionIssued: number
  anonymous: boolean
  petitioner?: Person
  coSigners: number
  representatives: Person[]
  complexity: PetitionComplexity
  complaintInstance?: 1 | 2
  duplicateOf?: Draft
  relatedTo?: Draft
  hotSpot?: number
  attachments: { name: string; mediaType: string; size: number }[]
  denounced?: { name?: string; position: string; agency: string }
}

function formatDate(day: number): string {
  const [year, month, dayOfMonth] = partsOf(day)
  return `${String(dayOfMonth).padStart(2, '0')}/${String(month).padStart(2, '0')}/${String(year)}`
}

/**
 * Generates a year's citizen petitions up to `asOf`, at about 1,000 a year at scale 1, received
 * by the Party Committee's office, the People's Council's office, the National Assembly
 * Delegation and the city's Citizen Reception Board through their usual channels: complaints,
 * denunciations (some anonymous), recommendations and reflections, some of several kinds, in
 * Vietnamese from templates, placed in real wards; crowd petitions with representatives;
 * repeated petitions (same petitioner, same matter, reworded; `relatedIds` and a `duplicateOfId`
 * when classified); a few hot spots; complexity and remote-area flags; and processing histories
 * in time order, with working-day gaps, up to `asOf`, and their outcomes.
 *
 * @category Sample data
 * @param random - The seeded source.
 * @param context - Year, `asOf`, scale, holidays, leaders.
 * @returns Petitions sorted by receipt, and the hot spots.
 * @example
 * ```ts
 * import { buildPetitions } from './petitions.js'
 *
 * // inside generateSampleData:
 * // const { petitions, hotSpots } = buildPetitions(random.fork('petitions'), context)
 * ```
 */
export function buildPetitions(random: Random, context: SampleContext): PetitionsData {
  const { year, holidays, first, last, leaders, scale } = context
  const end = Math.min(last + 1, context.asOf)
  const workingDays: number[] = []
  let yearWorkingDays = 0
  for (let day = first; day <= last; day++) {
    if (!isWorkingDay(day, holidays)) continue
    yearWorkingDays++
    if (day < end) workingDays.push(day)
  }
  if (workingDays.length === 0) return { petitions: [], hotSpots: [] }
  const total = Math.round(1000 * scale * (workingDays.length / yearWorkingDays))

  // ----- people and facts -----

  function person(ward: Ward, electronic: boolean): Person {
    const gender: NameGender = random.chance(0.42) ? 'female' : 'male'
    const birthYear = random.int(1940, 2000)
    const place = ward.rural
      ? `Thôn ${random.pick(PETITION_NAMES.villages)}`
      : random.chance(0.5)
        ? `Số ${String(random.int(1, 120))} ngõ ${String(random.int(2, 350))} phố ${random.pick(PETITION_NAMES.streets)}`
        : `Tổ dân phố số ${String(random.int(1, 40))}`
    return {
      name: vietnameseName(random, gender),
      gender,
      birthYear,
      ...(random.chance(0.7) ? { idNumber: citizenIdNumber(random, gender, birthYear) } : {}),
      address: `${place}, ${ward.name}, Thành phố Hà Nội`,
      ...(random.chance(0.8) ? { phone: mobilePhone(random) } : {}),
      ...(electronic && random.chance(0.6)
        ? { email: `nguoidan${String(random.int(1000, 99_999))}@example.vn` }
        : {}),
    }
  }

  function facts(
    ward: Ward,
    receivedDay: number,
    field: string,
  ): PetitionFacts & { issued: number } {
    const issued = receivedDay - random.int(15, 80)
    const landLike = field === 'land' || field === 'compensation-resettlement'
    const amount = random.chance(0.5)
      ? `${String(random.int(3, 95) * 10)} triệu đồng`
      : `${(random.int(11, 48) / 10).toFixed(1).replace('.', ',')} tỷ đồng`
    return {
      ward: ward.name,
      place:
        !landLike && ward.rural
          ? `thôn ${random.pick(PETITION_NAMES.villages)}`
          : landLike || ward.rural
            ? `thửa đất số ${String(random.int(12, 480))}, tờ bản đồ số ${String(random.int(1, 45))}`
            : `nhà số ${String(random.int(1, 120))} ngõ ${String(random.int(2, 350))} phố ${random.pick(PETITION_NAMES.streets)}`,
      symbol: `${String(random.int(12, 2400))}/QĐ-UBND`,
      decisionDate: formatDate(issued),
      project: random.pick(PETITION_NAMES.projects),
      building: random.pick(PETITION_NAMES.buildings),
      company: random.pick(PETITION_NAMES.companies),
      amount,
      months: random.int(3, 30),
      issued,
    }
  }

  function receivedMinute(day: number, channel: PetitionChannel): number {
    if (ELECTRONIC.has(channel) && random.chance(0.15)) {
      const shifted = Math.min(end - 1, day + random.int(0, 2))
      return absoluteMinute(shifted, random.int(6 * 60, 23 * 60))
    }
    return absoluteMinute(day, random.int(7 * 60 + 30, 16 * 60 + 45))
  }

  function denounced(draft: {
    kinds: readonly PetitionKind[]
    ward: Ward
    template: PetitionTemplate
  }) {
    if (!draft.kinds.includes('denunciation')) return undefined
    const position =
      draft.template.field === 'party-discipline'
        ? 'Cán bộ, đảng viên UBND'
        : draft.template.field === 'corruption'
          ? 'Cán bộ tiếp nhận hồ sơ'
          : 'Công chức địa chính - xây dựng'
    return {
      ...(random.chance(0.4)
        ? { name: vietnameseName(random, random.chance(0.3) ? 'female' : 'male') }
        : {}),
      position,
      agency: `UBND ${draft.ward.name}`,
    }
  }

  function crowd(
    ward: Ward,
    electronic: boolean,
  ): { coSigners: number; representatives: Person[] } {
    const coSigners = random.chance(0.6) ? random.int(4, 9) : random.int(10, 120)
    const count = coSigners + 1 <= 10 ? random.int(1, 2) : random.int(2, 5)
    return {
      coSigners,
      representatives: Array.from({ length: count }, () => person(ward, electronic)),
    }
  }

  function attachments(kinds: readonly PetitionKind[], field: string, coSigners: number) {
    if (!random.chance(0.45)) return []
    const fits = {
      any: true,
      complaint: kinds.includes('complaint'),
      land: field === 'land' || field === 'compensation-resettlement',
      crowd: coSigners > 0,
    }
    const list = ATTACHMENTS.filter(([, , when]) => fits[when])
    return random.sample(list, random.int(1, 3)).map(([name, mediaType]) => ({
      name,
      mediaType,
      size: random.int(40, 5000) * 1024,
    }))
  }

  function draftFor(
    template: PetitionTemplate,
    kinds: readonly PetitionKind[],
    ward: Ward,
    day: number,
    receiver: PetitionReceiver,
    crowdChance: number,
    shared?: PetitionFacts & { issued: number },
  ): Draft {
    const channel = random.weighted(receiver.channels)
    const electronic = ELECTRONIC.has(channel)
    const received = receivedMinute(day, channel)
    const details = shared ?? facts(ward, day, template.field)
    const anonymous =
      (kinds.includes('denunciation') && !kinds.includes('complaint') && random.chance(0.25)) ||
      (kinds.includes('reflection') && channel === 'hotline' && random.chance(0.3))
    const group = !anonymous && random.chance(crowdChance) ? crowd(ward, electronic) : undefined
    const complexity: PetitionComplexity = random.weighted([
      ['normal', group === undefined ? 85 : 55],
      ['complex', group === undefined ? 12 : 35],
      ['especially-complex', group === undefined ? 3 : 10],
    ] as const)
    const complaint = kinds.includes('complaint')
    const draft: Draft = {
      received,
      receiver,
      channel,
      kinds,
      template,
      subjectIndex: random.int(0, template.subjects.length - 1),
      ward,
      facts: details,
      decisionIssued: details.issued,
      anonymous,
      coSigners: group?.coSigners ?? 0,
      representatives: group?.representatives ?? [],
      complexity,
      attachments: attachments(kinds, template.field, group?.coSigners ?? 0),
      ...(complaint ? { complaintInstance: random.chance(0.25) ? 2 : 1 } : {}),
    }
    if (!anonymous) draft.petitioner = group?.representatives[0] ?? person(ward, electronic)
    const who = denounced(draft)
    if (who !== undefined) draft.denounced = who
    return draft
  }

  // ----- the petitions -----

  const drafts: Draft[] = []
  const hotSpotDrafts: Draft[][] = []
  const clusterCount = scaled(3, scale)
  for (let c = 0; c < clusterCount; c++) {
    const template = HOT_SPOT_TEMPLATES[c % HOT_SPOT_TEMPLATES.length]
    const windowDays = random.int(21, 42)
    const startIndex = random.int(10, workingDays.length - 1)
    const windowStart = workingDays[startIndex]
    if (template === undefined || windowStart === undefined) continue
    const days = workingDays.filter((day) => day >= windowStart && day < windowStart + windowDays)
    const urban = template.field === 'housing-construction'
    const ward = random.pick(WARDS.filter((w) => w.rural !== urban))
    const shared = facts(ward, windowStart, template.field)
    const size = scaled(random.int(12, 30), scale, 5)
    const cluster = Array.from({ length: size }, () =>
      draftFor(
        template,
        template.kinds,
        ward,
        random.pick(days),
        random.weighted(RECEIVERS.map((r) => [r, r.id === ORG.receptionBoard ? 40 : 20] as const)),
        0.35,
        shared,
      ),
    ).sort((a, b) => a.received - b.received)
    const [head] = cluster
    for (const draft of cluster) {
      draft.hotSpot = c
      if (head !== undefined && draft !== head) draft.relatedTo = head
    }
    hotSpotDrafts.push(cluster)
    drafts.push(...cluster)
  }

  const baseCount = Math.max(0, Math.round((total - drafts.length) / 1.07))
  const receiverTable = RECEIVERS.map((r) => [r, r.weight] as const)
  const base: Draft[] = []
  for (let i = 0; i < baseCount; i++) {
    const kinds = random.weighted(KIND_SETS)
    const primary = kinds[0] ?? 'complaint'
    const templates = PETITION_TEMPLATES.filter(
      (t) =>
        t.kinds.includes(primary) &&
        (kinds.length === 1 || t.kinds.length === 1 || t.kinds.every((k) => kinds.includes(k))),
    )
    const template = random.pick(templates)
    const ward = random.chance(0.55)
      ? random.pick(WARDS.filter((w) => !w.rural))
      : random.pick(WARDS)
    base.push(
      draftFor(
        template,
        kinds,
        ward,
        random.pick(workingDays),
        random.weighted(receiverTable),
        0.04,
      ),
    )
  }
  drafts.push(...base)

  // Repeated petitions: same person, same matter, different words, weeks later.
  for (const original of base) {
    if (original.anonymous || !random.chance(0.07)) continue
    const day = Math.floor(original.received / 1440) + random.int(12, 60)
    const repeatDay = workingDays.find((d) => d >= day)
    if (repeatDay === undefined) continue
    const sameReceiver = random.chance(0.6)
    const receiver = sameReceiver ? original.receiver : random.weighted(receiverTable)
    const channel = random.weighted(receiver.channels)
    drafts.push({
      ...original,
      received: receivedMinute(repeatDay, channel),
      receiver,
      channel,
      subjectIndex: (original.subjectIndex + 1) % original.template.subjects.length,
      relatedTo: original,
      ...(sameReceiver ? { duplicateOf: original } : {}),
      attachments: attachments(original.kinds, original.template.field, original.coSigners),
    })
  }

  drafts.sort((a, b) => a.received - b.received)
  const ids = new Map<Draft, string>()
  drafts.forEach((draft, index) =>
    ids.set(draft, `pet-${String(year)}-${String(index + 1).padStart(5, '0')}`),
  )
  const idOf = (draft: Draft) => ids.get(draft) ?? ''

  // ----- wire form -----

  // Tracking codes as a portal would issue them (createTrackingCode), drawn from a source forked
  // per petition so that they are deterministic and change nothing else the generator draws.
  const codesInUse = new Set<string>()
  const trackingCodeOf = (id: string): string => {
    for (let attempt = 0; ; attempt++) {
      const source = random.fork(`tracking-code:${id}:${String(attempt)}`)
      const code = createTrackingCode((bytes) => {
        for (let i = 0; i < bytes.length; i++) bytes[i] = source.int(0, 255)
        return bytes
      })
      if (!codesInUse.has(code)) {
        codesInUse.add(code)
        return code
      }
    }
  }
  const petitions = drafts.map((draft): PetitionInput => {
    const { events, outcome } = petitionHistory(random, context, {
      ...draft,
      field: draft.template.field,
      ...optional(
        'duplicateOfId',
        draft.duplicateOf === undefined ? undefined : idOf(draft.duplicateOf),
      ),
    })
    const staff = leaders.staff[draft.receiver.staffOf] ?? []
    const subject = (
      draft.template.subjects[draft.subjectIndex] ??
      draft.template.subjects[0] ??
      (() => 'Đơn')
    )(draft.facts)
    const bodyIndex = draft.subjectIndex % draft.template.bodies.length
    const body = (draft.template.bodies[bodyIndex] ?? (() => ''))(draft.facts)
    const crowdSize = draft.coSigners + 1
    const representative = draft.representatives[0]
    const intro = draft.anonymous
      ? `Người dân ${draft.ward.name} ${draft.kinds.includes('denunciation') ? 'tố cáo' : 'phản ánh'}:`
      : representative !== undefined && crowdSize >= 5
        ? `Chúng tôi gồm ${String(crowdSize)} người dân cư trú tại ${draft.ward.name}, cử ${representative.gender === 'female' ? 'bà' : 'ông'} ${representative.name} làm đại diện, trình bày như sau:`
        : `Tôi là ${draft.petitioner?.name ?? ''}, sinh năm ${String(draft.petitioner?.birthYear ?? 1970)}, cư trú tại ${draft.petitioner?.address ?? draft.ward.name}.`
    const repeat =
      draft.relatedTo !== undefined && draft.hotSpot === undefined
        ? ` Tôi đã gửi đơn ngày ${formatDate(Math.floor(draft.relatedTo.received / 1440))} nhưng đến nay vẫn chưa nhận được văn bản trả lời.`
        : ''
    const plural = crowdSize >= 5
    const extra = draft.kinds
      .filter((kind) => !draft.template.kinds.includes(kind))
      .map((kind) => EXTRA_KIND_SENTENCES[kind](draft.ward.name))
      .join('')
    const told = `${body}${extra}`
    const voiced = plural
      ? told.replace(/gia đình tôi|(?<!\p{L})[Tt]ôi(?!\p{L})/gu, (word) =>
          word === 'gia đình tôi'
            ? 'các hộ gia đình chúng tôi'
            : word === 'Tôi'
              ? 'Chúng tôi'
              : 'chúng tôi',
        )
      : told
    const beneficiary = draft.anonymous ? 'người dân' : plural ? 'các hộ dân' : 'gia đình tôi'
    const pledge = draft.anonymous
      ? ''
      : ` ${plural ? 'Chúng tôi' : 'Tôi'} xin cam đoan những nội dung trình bày trên là đúng sự thật.`
    const content = `${intro} ${voiced}${repeat} Kính đề nghị ${draft.receiver.addressee} xem xét, chỉ đạo các cơ quan có thẩm quyền giải quyết dứt điểm, bảo đảm quyền và lợi ích hợp pháp của ${beneficiary}.${pledge}`
    const petitioner = draft.petitioner
    const complaint = draft.complaintInstance !== undefined
    return {
      id: idOf(draft),
      trackingCode: trackingCodeOf(idOf(draft)),
      kinds: [...draft.kinds],
      channel: draft.channel,
      receivedAt: instantOf(draft.received),
      receivedById: draft.receiver.id,
      ...(staff.length > 0 ? { receivedByPersonId: random.pick(staff) } : {}),
      ...(draft.anonymous ? { anonymous: true } : {}),
      ...optional(
        'petitioner',
        petitioner === undefined
          ? undefined
          : {
              name: petitioner.name,
              address: petitioner.address,
              ...optional('idNumber', petitioner.idNumber),
              ...optional('phone', petitioner.phone),
              ...optional('email', petitioner.email),
            },
      ),
      ...(draft.coSigners > 0 ? { coSigners: draft.coSigners } : {}),
      ...(draft.representatives.length > 0
        ? {
            representatives: draft.representatives.map((r) => ({
              name: r.name,
              ...optional('idNumber', r.idNumber),
              ...optional('phone', r.phone),
            })),
          }
        : {}),
      subject,
      content,
      field: draft.template.field,
      place: {
        provinceCode: HANOI_PROVINCE_CODE,
        wardCode: draft.ward.code,
        address: `${draft.facts.place}, ${draft.ward.name}`,
      },
      ...(complaint
        ? {
            complainedDecision: {
              description:
                draft.complaintInstance === 2
                  ? `Quyết định giải quyết khiếu nại lần đầu số ${draft.facts.symbol} của Chủ tịch UBND ${draft.ward.name}`
                  : `Quyết định số ${draft.facts.symbol} của UBND ${draft.ward.name}`,
              symbol: draft.facts.symbol,
              issuedOn: dateOf(draft.decisionIssued),
              issuedBy: `${draft.complaintInstance === 2 ? 'Chủ tịch ' : ''}UBND ${draft.ward.name}`,
              learnedOn: dateOf(draft.decisionIssued + random.int(2, 10)),
            },
            complaintInstance: draft.complaintInstance,
          }
        : {}),
      ...optional('denounced', draft.denounced),
      complexity: draft.complexity,
      ...(draft.ward.remote ? { remoteArea: true } : {}),
      attachments: draft.attachments,
      ...(draft.relatedTo === undefined ? {} : { relatedIds: [idOf(draft.relatedTo)] }),
      history: events,
      ...optional('outcome', outcome),
    }
  })

  const hotSpots = hotSpotDrafts.map((cluster): HotSpot => {
    const [head] = cluster
    return {
      petitionIds: cluster.map(idOf),
      wardCode: head?.ward.code ?? '',
      subject: head === undefined ? '' : (head.template.subjects[0]?.(head.facts) ?? ''),
    }
  })
  return { petitions, hotSpots }
}

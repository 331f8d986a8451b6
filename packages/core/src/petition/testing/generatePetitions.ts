// Test-only: a fast, deterministic generator of petitions with planted duplicates, hot spots and
// "beyond the level" cases, for the tests and the benchmark. Never exported from the package.
import type { AdministrativeLevel } from '../../office/office.schema.js'
import type { Petition, PetitionField, PetitionKind } from '../petition.schema.js'

/** mulberry32: a small, fast, seedable PRNG (not for security). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const families = 'Nguyễn Trần Lê Phạm Hoàng Huỳnh Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý'.split(' ')
const middles = 'Văn Thị Hữu Đức Ngọc Minh Thanh Quốc Xuân Thu'.split(' ')
const givens =
  'An Bình Cường Dung Đạt Giang Hạnh Hùng Khánh Lộc Mỹ Nguyệt Phúc Quỳnh Sơn Thủy Tuấn Uyên Yến Vinh'.split(
    ' ',
  )
const streets =
  'Hàng Bạc|Hàng Đào|Phố Huế|Đội Cấn|Kim Mã|Láng Hạ|Giảng Võ|Nguyễn Trãi|Trường Chinh|Lạc Long Quân|Âu Cơ|Xuân Thủy|Cầu Giấy|Tây Sơn|Minh Khai'.split(
    '|',
  )
const fields: readonly PetitionField[] = [
  'land',
  'compensation-resettlement',
  'housing-construction',
  'administration',
  'justice',
  'social-policy',
  'labour',
  'environment',
  'corruption',
  'other',
]
const topics: Record<PetitionField, readonly string[]> = {
  land: [
    'cấp giấy chứng nhận quyền sử dụng đất',
    'tranh chấp ranh giới thửa đất',
    'lấn chiếm đất công',
  ],
  'compensation-resettlement': [
    'mức bồi thường khi thu hồi đất',
    'bố trí tái định cư',
    'hỗ trợ chuyển đổi nghề',
  ],
  'housing-construction': ['xây dựng trái phép', 'nứt nhà do thi công', 'cấp phép xây dựng chậm'],
  administration: [
    'thủ tục hành chính kéo dài',
    'thái độ cán bộ tiếp dân',
    'hồ sơ bị trả lại nhiều lần',
  ],
  justice: ['thi hành án dân sự chậm', 'bản án chưa được thi hành', 'xử phạt vi phạm hành chính'],
  'social-policy': ['chế độ người có công', 'trợ cấp xã hội', 'bảo hiểm y tế cho người nghèo'],
  labour: ['nợ lương công nhân', 'bảo hiểm xã hội chưa đóng', 'sa thải trái luật'],
  environment: ['xả thải gây ô nhiễm', 'tiếng ồn công trình ban đêm', 'rác thải tồn đọng'],
  corruption: ['nhận tiền khi giải quyết hồ sơ', 'sai phạm trong đấu thầu', 'lợi dụng chức vụ'],
  'party-discipline': ['vi phạm quy định đảng viên'],
  other: ['đề nghị sửa chữa đường ngõ', 'lắp đèn chiếu sáng', 'cải tạo kênh mương'],
}
const fillers =
  'đề nghị cơ quan có thẩm quyền xem xét giải quyết dứt điểm cho gia đình tôi theo đúng quy định của pháp luật vì việc này kéo dài nhiều năm gây bức xúc trong nhân dân khu dân cư'.split(
    ' ',
  )

/** The agencies of the generated city and their levels. */
export interface GeneratedCity {
  readonly wardCodes: readonly string[]
  readonly levels: Readonly<Record<string, AdministrativeLevel>>
  readonly wardOffice: (wardCode: string) => string
  readonly provinceOffices: readonly string[]
  readonly centralOffice: string
}

/** What the generator planted, to check that it is found. */
export interface Planted {
  /** Petition ids of each planted group of duplicates (the same petitioner re-sending). */
  readonly duplicates: readonly (readonly string[])[]
  /** Each planted crowd: ward, field and petition ids, all within `days` days. */
  readonly hotspots: readonly {
    readonly wardCode: string
    readonly field: PetitionField
    readonly petitionIds: readonly string[]
    readonly people: number
  }[]
  /** Petition ids of each planted "beyond the level" case (one person, ward → province → centre). */
  readonly beyondTheLevel: readonly (readonly string[])[]
}

export interface GeneratedPetitions {
  readonly petitions: Petition[]
  readonly planted: Planted
  readonly city: GeneratedCity
}

export interface GenerateOptions {
  readonly seed?: number
  /** Number of wards; default max(50, count / 300). */
  readonly wards?: number
  /** First receipt; default 2025-01-01T00:00:00+07:00. */
  readonly start?: number
  /** Span of receipts in days; default 730. */
  readonly days?: number
  /** Share of petitions that are re-sent (duplicates); default 0.02. */
  readonly duplicateShare?: number
  /** Planted crowds; default max(3, count / 20,000). */
  readonly hotspots?: number
  /** Petitions in one planted crowd; default 30, all within 10 days. */
  readonly hotspotSize?: number
  /** Planted "beyond the level" cases; default max(3, count / 50,000). */
  readonly beyondTheLevel?: number
}

const DAY = 86_400_000

function variant(text: string, pick: number): string {
  switch (pick) {
    case 0:
      return text.toUpperCase()
    case 1:
      return text.normalize('NFD')
    case 2:
      return text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D')
    default:
      return `  ${text} `
  }
}

/**
 * Generates `count` petitions received in time order, with duplicates, hot spots and "beyond the
 * level" cases planted among them (the plants are part of `count`). Deterministic for a seed.
 */
export function generatePetitions(
  count: number,
  options: GenerateOptions = {},
): GeneratedPetitions {
  const random = seededRandom(options.seed ?? 1)
  const int = (n: number) => Math.floor(random() * n)
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T
  const wardCount = options.wards ?? Math.max(50, Math.round(count / 300))
  const wardCodes = Array.from({ length: wardCount }, (_, i) =>
    String(10000 + i * 7).padStart(5, '0'),
  )
  const levels: Record<string, AdministrativeLevel> = {}
  const wardOffice = (code: string) => `ubnd-${code}`
  for (const code of wardCodes) levels[wardOffice(code)] = 'commune'
  const provinceOffices = ['vp-tu', 'vp-hdnd', 'vp-ubnd', 'doan-dbqh']
  for (const id of provinceOffices) levels[id] = 'province'
  const centralOffice = 'ban-tiep-cong-dan-tw'
  levels[centralOffice] = 'central'

  const start = options.start ?? Date.parse('2025-01-01T00:00:00+07:00')
  const span = (options.days ?? 730) * DAY
  const step = span / Math.max(1, count)
  const hotspotCount = options.hotspots ?? Math.max(3, Math.round(count / 20_000))
  const hotspotSize = options.hotspotSize ?? 30
  const beyondCount = options.beyondTheLevel ?? Math.max(3, Math.round(count / 50_000))
  const duplicateShare = options.duplicateShare ?? 0.02

  const petitions: Petition[] = []
  const duplicates = new Map<string, string[]>()
  const hotspots: {
    wardCode: string
    field: PetitionField
    petitionIds: string[]
    people: number
  }[] = []
  const beyond: string[][] = []
  let person = 0

  const newPetitioner = () => {
    person++
    const name = `${pick(families)} ${pick(middles)} ${pick(givens)}`
    const house = 1 + int(200)
    const address = `Số ${house} ngõ ${1 + int(90)} phố ${pick(streets)}, phường ${person % 97}, Hà Nội`
    return {
      name,
      address,
      ...(random() < 0.6
        ? { idNumber: String(1_000_000_000_00 + person * 7919).padStart(12, '0') }
        : {}),
      ...(random() < 0.5
        ? { phone: `09${String(10_000_000 + ((person * 48271) % 89_999_999))}` }
        : {}),
    }
  }

  const text = (field: PetitionField, kind: PetitionKind, ward: string) => {
    const topic = pick(topics[field])
    const words: string[] = []
    const length = 12 + int(20)
    for (let i = 0; i < length; i++) words.push(pick(fillers))
    const verb =
      kind === 'complaint' ? 'Khiếu nại' : kind === 'denunciation' ? 'Tố cáo' : 'Kiến nghị'
    return {
      subject: `${verb} về ${topic}`,
      content: `${verb} về ${topic} tại phường ${ward} số ${int(1000)}. ${words.join(' ')}.`,
    }
  }

  const make = (
    index: number,
    at: number,
    fields: {
      petitioner?: Petition['petitioner']
      anonymous?: boolean
      ward: string
      field: PetitionField
      kind: PetitionKind
      receivedById: string
      coSigners?: number
      subject?: string
      content?: string
      complainedDecision?: Petition['complainedDecision']
    },
  ): Petition => {
    const words =
      fields.subject === undefined ? text(fields.field, fields.kind, fields.ward) : undefined
    const kind = fields.kind
    return {
      id: `p${index}`,
      trackingCode: `T${index}`,
      kinds: [kind],
      channel: 'post',
      receivedAt: new Date(at),
      receivedById: fields.receivedById,
      anonymous: fields.anonymous ?? false,
      ...(fields.anonymous === true ? {} : { petitioner: fields.petitioner }),
      coSigners: fields.coSigners ?? 0,
      representatives: [],
      subject: fields.subject ?? words?.subject ?? '',
      content: fields.content ?? words?.content ?? '',
      field: fields.field,
      place: { provinceCode: '01', wardCode: fields.ward },
      ...(kind === 'denunciation'
        ? { denounced: { position: 'Cán bộ', agency: `UBND phường ${fields.ward}` } }
        : {}),
      ...(fields.complainedDecision === undefined
        ? {}
        : { complainedDecision: fields.complainedDecision }),
      complexity: 'normal',
      remoteArea: false,
      attachments: [],
      relatedIds: [],
      history: [],
    }
  }

  // Plan where the plants go: positions in the sequence.
  const plantAt = new Map<number, () => void>()
  const reserve = (position: number, plant: () => void) => {
    let p = Math.max(0, Math.min(count - 1, position))
    while (plantAt.has(p) && p < count - 1) p++
    plantAt.set(p, plant)
  }
  for (let h = 0; h < hotspotCount && hotspotSize <= count; h++) {
    const ward = wardCodes[(h * 13) % wardCodes.length] ?? '00000'
    const field = fields[h % fields.length] ?? 'land'
    const first = Math.floor(((h + 0.5) / hotspotCount) * (count - hotspotSize * 2))
    const spot = { wardCode: ward, field, petitionIds: [] as string[], people: 0 }
    hotspots.push(spot)
    const spacing = Math.max(1, Math.floor((10 * DAY) / step / hotspotSize))
    for (let k = 0; k < hotspotSize; k++) {
      reserve(first + k * spacing, () => {
        const index = petitions.length
        const coSigners = k % 5 === 0 ? 4 + int(10) : 0
        spot.people += 1 + coSigners
        spot.petitionIds.push(`p${index}`)
        petitions.push(
          make(index, start + index * step, {
            petitioner: newPetitioner(),
            ward,
            field,
            kind: 'complaint',
            receivedById: wardOffice(ward),
            coSigners,
            complainedDecision: {
              description: 'Quyết định thu hồi đất',
              symbol: `${100 + h}/QĐ-UBND`,
            },
          }),
        )
      })
    }
  }
  for (let b = 0; b < beyondCount && count >= 10; b++) {
    const first = Math.floor(((b + 0.3) / beyondCount) * (count - 10))
    const ward = wardCodes[(b * 7 + 3) % wardCodes.length] ?? '00000'
    const field = fields[(b + 4) % fields.length] ?? 'land'
    let who: Petition['petitioner']
    let words: { subject: string; content: string } | undefined
    const ids: string[] = []
    beyond.push(ids)
    const receivers = [
      wardOffice(ward),
      provinceOffices[b % provinceOffices.length] ?? 'vp-tu',
      centralOffice,
    ]
    const spacing = Math.max(1, Math.floor((5 * DAY) / step))
    receivers.forEach((receivedById, k) => {
      reserve(first + k * spacing, () => {
        const index = petitions.length
        who ??= newPetitioner()
        words ??= text(field, 'complaint', ward)
        ids.push(`p${index}`)
        petitions.push(
          make(index, start + index * step, {
            petitioner: who,
            ward,
            field,
            kind: 'complaint',
            receivedById,
            subject: words.subject,
            content: words.content,
          }),
        )
      })
    })
  }

  const recent: Petition[] = []
  for (let index = 0; index < count; index++) {
    const plant = plantAt.get(index)
    if (plant) {
      plant()
      continue
    }
    const at = start + index * step
    const earlier = recent.length > 0 && random() < duplicateShare ? pick(recent) : undefined
    if (earlier?.petitioner !== undefined) {
      // The same petitioner re-sends the same matter, written a little differently.
      const name = earlier.petitioner.name ?? ''
      const address = earlier.petitioner.address ?? ''
      const form = int(4)
      const petitioner = {
        ...earlier.petitioner,
        name: variant(name, form).trim(),
        address: variant(address, form).trim(),
      }
      const resent = make(index, at, {
        petitioner,
        ward: earlier.place?.wardCode ?? '00000',
        field: earlier.field ?? 'other',
        kind: earlier.kinds[0] ?? 'complaint',
        receivedById: random() < 0.5 ? earlier.receivedById : pick(provinceOffices),
        subject: variant(earlier.subject, form).trim(),
        content: `${variant(earlier.content, form).trim()} Tôi gửi đơn lần ${2 + int(3)}.`,
      })
      petitions.push(resent)
      const group = duplicates.get(earlier.id) ?? [earlier.id]
      group.push(resent.id)
      duplicates.set(earlier.id, group)
      duplicates.set(resent.id, group)
      continue
    }
    const ward = pick(wardCodes)
    const field = pick(fields)
    const roll = random()
    const kind: PetitionKind =
      roll < 0.45
        ? 'complaint'
        : roll < 0.6
          ? 'denunciation'
          : roll < 0.85
            ? 'recommendation'
            : 'reflection'
    const anonymous = random() < 0.05
    const petition = make(index, at, {
      ...(anonymous ? { anonymous: true } : { petitioner: newPetitioner() }),
      ward,
      field,
      kind,
      receivedById: random() < 0.7 ? wardOffice(ward) : pick(provinceOffices),
    })
    petitions.push(petition)
    if (!anonymous) {
      if (recent.length < 2000) recent.push(petition)
      else recent[int(recent.length)] = petition
    }
  }

  return {
    petitions,
    planted: {
      duplicates: [...new Set(duplicates.values())],
      hotspots,
      beyondTheLevel: beyond,
    },
    city: { wardCodes, levels, wardOffice, provinceOffices, centralOffice },
  }
}

import type { PersonInput, PostRole } from '../office/index.js'
import { dateOf, dayFromParts } from './calendar.js'
import { uniqueNames, type NameGender } from './names.js'
import { ADVISORY_AGENCIES, COUNCIL_COMMITTEES, DEPARTMENTS, ORG, WARDS } from './organizations.js'
import type { Random } from './random.js'

/**
 * The people the other generators need by position, as person ids. Lists are in a stable order.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { buildPeople, type Leaders } from './people.js'
 * import { createRandom } from './random.js'
 *
 * const leaders: Leaders = buildPeople(createRandom(1), 2026).leaders
 * ```
 */
export interface Leaders {
  /** Bí thư Thành ủy, also Head of the National Assembly Delegation. */
  readonly secretary: string
  /** Phó Bí thư Thường trực Thành ủy. */
  readonly standingDeputySecretary: string
  /** Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố. */
  readonly councilChair: string
  /** Phó Bí thư Thành ủy, Chủ tịch UBND thành phố, also a National Assembly deputy. */
  readonly committeeChair: string
  /** Phó Chủ tịch Thường trực UBND thành phố. */
  readonly committeeStandingViceChair: string
  /** Every vice chair of the People's Committee who serves at some time in the year. */
  readonly committeeViceChairs: readonly string[]
  /** Vice chairs of the People's Council (the first one is the standing vice chair). */
  readonly councilViceChairs: readonly string[]
  /** Heads of the People's Council's committees, by committee id. */
  readonly councilCommitteeHeads: Readonly<Record<string, string>>
  /** Phó Trưởng Đoàn ĐBQH chuyên trách. */
  readonly delegationDeputyHead: string
  /** Every member of the National Assembly Delegation, head first. */
  readonly delegationMembers: readonly string[]
  /** Heads of the Party's advisory agencies, by agency id. */
  readonly advisoryHeads: Readonly<Record<string, string>>
  /** Chiefs of the three offices (chánh văn phòng), by office id. */
  readonly officeChiefs: Readonly<Record<OfficeId, string>>
  /** Deputy chiefs of the three offices, by office id. */
  readonly officeDeputies: Readonly<Record<OfficeId, readonly string[]>>
  /** Directors of departments, by department id. */
  readonly directors: Readonly<Record<string, string>>
  /** Deputy directors of departments, by department id. */
  readonly deputyDirectors: Readonly<Record<string, readonly string[]>>
  /** Chairs of the wards' and communes' People's Committees, by ward organisation id. */
  readonly wardChairs: Readonly<Record<string, string>>
  /** Head of the city's Citizen Reception Board (also a deputy chief of the People's Committee's office). */
  readonly receptionHead: string
  /** Specialists (chuyên viên), by organisation id. */
  readonly staff: Readonly<Record<string, readonly string[]>>
  /** Members of the Party Committee's Standing Committee (Ban Thường vụ). */
  readonly standingCommitteeMembers: readonly string[]
  /** Members of the Party Committee (Ban Chấp hành) among the sample's people. */
  readonly executiveMembers: readonly string[]
}

/**
 * Looks people up by the posts they hold on a given day.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { buildPeople, type Directory } from './people.js'
 * import { createRandom } from './random.js'
 *
 * const directory: Directory = buildPeople(createRandom(1), 2026).directory
 * ```
 */
export interface Directory {
  /** Ids of the people holding `role` (or one of `roles`) in `organizationId` on `day`. */
  holders(organizationId: string, roles: PostRole | readonly PostRole[], day: number): string[]
}

/**
 * The generated people with the two ways of finding them.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { buildPeople, type PeopleData } from './people.js'
 * import { createRandom } from './random.js'
 *
 * const data: PeopleData = buildPeople(createRandom(1), 2026)
 * data.people.length > 200 // true
 * ```
 */
export interface PeopleData {
  readonly people: PersonInput[]
  readonly leaders: Leaders
  readonly directory: Directory
}

/**
 * Ids of the three offices.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { OfficeId } from './people.js'
 *
 * const office: OfficeId = 'vp-ubnd'
 * ```
 */
export type OfficeId =
  typeof ORG.partyOffice | typeof ORG.councilOffice | typeof ORG.committeeOffice

interface PostSpec {
  organizationId: string
  role: PostRole
  title?: string
  from?: string
  until?: string
}

/** Removes Vietnamese diacritics: `Nguyễn Thị Hương` → `Nguyen Thi Huong`. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
}

function buildDirectory(people: readonly PersonInput[]): Directory {
  const index = new Map<string, { personId: string; from?: string; until?: string }[]>()
  for (const person of people) {
    for (const post of person.posts ?? []) {
      const key = `${post.organizationId}|${post.role}`
      const list = index.get(key) ?? []
      list.push({
        personId: person.id,
        ...(post.from === undefined ? {} : { from: post.from }),
        ...(post.until === undefined ? {} : { until: post.until }),
      })
      index.set(key, list)
    }
  }
  return {
    holders(organizationId, roles, day) {
      const date = dateOf(day)
      const wanted: readonly PostRole[] = typeof roles === 'string' ? [roles] : roles
      const found: string[] = []
      for (const role of wanted) {
        for (const entry of index.get(`${organizationId}|${role}`) ?? []) {
          const started = entry.from === undefined || entry.from <= date
          const ended = entry.until !== undefined && entry.until < date
          if (started && !ended && !found.includes(entry.personId)) found.push(entry.personId)
        }
      }
      return found
    },
  }
}

/**
 * Creates the sample city's people: the Party Secretary (also Head of the National Assembly
 * Delegation); the Standing Deputy Secretary; a Deputy Secretary who chairs the People's Council
 * and another who chairs the People's Committee; the People's Committee's vice chairs (the
 * standing one sits on the Party's Standing Committee; one is replaced in May of `year`); the
 * People's Council's vice chairs and committee heads; the delegation's deputy head and members;
 * heads of the Party's advisory agencies; chiefs and deputy chiefs of the three offices;
 * department directors and deputies; the chair of every ward and commune; and office specialists.
 * Each leader holds all their posts at once, as in real schedules.
 *
 * @category Sample data
 * @param random - The seeded source.
 * @param year - The sample's year; posts start before it.
 * @returns People in wire form, the {@link Leaders} index and a {@link Directory}.
 * @example
 * ```ts
 * import { buildPeople } from './people.js'
 * import { createRandom } from './random.js'
 *
 * const { people, leaders } = buildPeople(createRandom(1), 2026)
 * people.find((p) => p.id === leaders.councilChair)?.posts?.length // 5
 * ```
 */
export function buildPeople(random: Random, year: number): PeopleData {
  const people: PersonInput[] = []
  const nextName = uniqueNames(random.fork('names'))
  const since = () =>
    dateOf(dayFromParts(year - random.int(1, 4), random.int(1, 12), random.int(1, 28)))

  function add(posts: PostSpec[], options: { gender?: NameGender; email?: boolean } = {}): string {
    const { name, gender } = nextName(options.gender)
    const id = `p-${String(people.length + 1).padStart(4, '0')}`
    const start = since()
    const person: PersonInput = {
      id,
      name,
      honorific: gender === 'female' ? 'Bà' : 'Ông',
      posts: posts.map((post) => ({ from: start, ...post })),
    }
    if (options.email === true) {
      const parts = fold(name).toLowerCase().split(' ')
      const given = parts.at(-1) ?? 'cb'
      const initials = parts
        .slice(0, -1)
        .map((part) => part.charAt(0))
        .join('')
      person.email = `${given}${initials}${people.length + 1}@hanoi.gov.vn`
    }
    people.push(person)
    return id
  }

  const tu = ORG.partyCommittee
  const btv = ORG.partyStandingCommittee
  const ttr = ORG.partyStandingBoard
  const member = (title = 'Thành ủy viên'): PostSpec => ({
    organizationId: tu,
    role: 'member',
    title,
  })
  const btvMember: PostSpec = {
    organizationId: btv,
    role: 'standing-member',
    title: 'Ủy viên Ban Thường vụ Thành ủy',
  }

  const secretary = add([
    { organizationId: tu, role: 'secretary', title: 'Bí thư Thành ủy' },
    { organizationId: btv, role: 'secretary', title: 'Bí thư Thành ủy' },
    { organizationId: ttr, role: 'secretary', title: 'Bí thư Thành ủy' },
    { organizationId: ORG.naDelegation, role: 'head', title: 'Trưởng Đoàn ĐBQH thành phố' },
  ])
  const standingDeputySecretary = add([
    {
      organizationId: tu,
      role: 'standing-deputy-secretary',
      title: 'Phó Bí thư Thường trực Thành ủy',
    },
    { organizationId: btv, role: 'standing-deputy-secretary' },
    { organizationId: ttr, role: 'standing-deputy-secretary' },
  ])
  const councilChair = add([
    { organizationId: tu, role: 'deputy-secretary', title: 'Phó Bí thư Thành ủy' },
    { organizationId: btv, role: 'deputy-secretary' },
    { organizationId: ttr, role: 'deputy-secretary' },
    { organizationId: ORG.council, role: 'chair', title: 'Chủ tịch HĐND thành phố' },
    { organizationId: ORG.councilStanding, role: 'chair', title: 'Chủ tịch HĐND thành phố' },
  ])
  const committeeChair = add([
    { organizationId: tu, role: 'deputy-secretary', title: 'Phó Bí thư Thành ủy' },
    { organizationId: btv, role: 'deputy-secretary' },
    { organizationId: ttr, role: 'deputy-secretary' },
    { organizationId: ORG.committee, role: 'chair', title: 'Chủ tịch UBND thành phố' },
    { organizationId: ORG.naDelegation, role: 'delegate', title: 'Đại biểu Quốc hội' },
  ])
  const committeeStandingViceChair = add([
    member(),
    btvMember,
    {
      organizationId: ORG.committee,
      role: 'standing-vice-chair',
      title: 'Phó Chủ tịch Thường trực UBND thành phố',
    },
  ])
  const viceChairTitle = 'Phó Chủ tịch UBND thành phố'
  const committeeViceChairs = [committeeStandingViceChair]
  for (let i = 0; i < 6; i++) {
    const post: PostSpec = {
      organizationId: ORG.committee,
      role: 'vice-chair',
      title: viceChairTitle,
      ...(i === 5 ? { until: `${year}-05-15` } : {}),
    }
    committeeViceChairs.push(add(i < 4 ? [member(), post] : [post]))
  }
  // The vice chair who leaves in May is replaced a few days later.
  committeeViceChairs.push(
    add([
      {
        organizationId: ORG.committee,
        role: 'vice-chair',
        title: viceChairTitle,
        from: `${year}-05-20`,
      },
    ]),
  )

  const councilViceChairs = [
    add([
      member(),
      btvMember,
      {
        organizationId: ORG.council,
        role: 'standing-vice-chair',
        title: 'Phó Chủ tịch Thường trực HĐND thành phố',
      },
      { organizationId: ORG.councilStanding, role: 'standing-vice-chair' },
    ]),
    ...[0, 1].map(() =>
      add([
        member(),
        { organizationId: ORG.council, role: 'vice-chair', title: 'Phó Chủ tịch HĐND thành phố' },
        { organizationId: ORG.councilStanding, role: 'vice-chair' },
      ]),
    ),
  ]
  const councilCommitteeHeads: Record<string, string> = {}
  COUNCIL_COMMITTEES.forEach((committee, index) => {
    const posts: PostSpec[] = [
      { organizationId: committee.id, role: 'head', title: `Trưởng ${committee.name}` },
      { organizationId: ORG.councilStanding, role: 'member', title: 'Ủy viên Thường trực HĐND' },
    ]
    if (index < 2) posts.unshift(member())
    councilCommitteeHeads[committee.id] = add(posts)
  })

  const delegationDeputyHead = add([
    member(),
    {
      organizationId: ORG.naDelegation,
      role: 'deputy-head',
      title: 'Phó Trưởng Đoàn ĐBQH chuyên trách',
    },
  ])
  const otherDelegates = [0, 1, 2].map(() =>
    add([{ organizationId: ORG.naDelegation, role: 'delegate', title: 'Đại biểu Quốc hội' }]),
  )

  const advisoryHeads: Record<string, string> = {}
  for (const agency of ADVISORY_AGENCIES) {
    advisoryHeads[agency.id] = add([
      member(),
      btvMember,
      { organizationId: agency.id, role: 'head', title: agency.headTitle },
    ])
  }
  const sectorLeaders = [
    { organizationId: ORG.police, title: 'Giám đốc Công an thành phố', role: 'director' },
    { organizationId: ORG.capitalCommand, title: 'Tư lệnh Bộ Tư lệnh Thủ đô', role: 'head' },
    {
      organizationId: ORG.fatherlandFront,
      title: 'Chủ tịch Ủy ban MTTQ Việt Nam thành phố',
      role: 'chair',
    },
  ] as const
  const sectorHeads = sectorLeaders.map((post) => add([member(), btvMember, { ...post }]))

  const offices: { id: OfficeId; chiefTitle: string; deputies: number; btv: boolean }[] = [
    { id: ORG.partyOffice, chiefTitle: 'Chánh Văn phòng Thành ủy', deputies: 3, btv: true },
    {
      id: ORG.councilOffice,
      chiefTitle: 'Chánh Văn phòng Đoàn ĐBQH và HĐND thành phố',
      deputies: 3,
      btv: false,
    },
    {
      id: ORG.committeeOffice,
      chiefTitle: 'Chánh Văn phòng UBND thành phố',
      deputies: 3,
      btv: false,
    },
  ]
  const officeChiefs: Partial<Record<OfficeId, string>> = {}
  const officeDeputies: Partial<Record<OfficeId, string[]>> = {}
  for (const office of offices) {
    const posts: PostSpec[] = [
      member(),
      { organizationId: office.id, role: 'chief-of-office', title: office.chiefTitle },
    ]
    if (office.btv) posts.splice(1, 0, btvMember)
    officeChiefs[office.id] = add(posts, { email: true })
    const deputyTitle = office.chiefTitle.replace('Chánh', 'Phó Chánh')
    officeDeputies[office.id] = Array.from({ length: office.deputies }, () =>
      add([{ organizationId: office.id, role: 'deputy-chief-of-office', title: deputyTitle }], {
        email: true,
      }),
    )
  }
  const receptionHead = add(
    [
      {
        organizationId: ORG.receptionBoard,
        role: 'head',
        title: 'Trưởng Ban Tiếp công dân thành phố',
      },
      {
        organizationId: ORG.committeeOffice,
        role: 'deputy-chief-of-office',
        title: 'Phó Chánh Văn phòng UBND thành phố',
      },
    ],
    { email: true },
  )

  const directors: Record<string, string> = {}
  const deputyDirectors: Record<string, string[]> = {}
  DEPARTMENTS.forEach((department, index) => {
    const inspectorate = department.id === 'thanh-tra'
    const title = inspectorate ? 'Chánh Thanh tra thành phố' : `Giám đốc ${department.name}`
    const posts: PostSpec[] = [
      { organizationId: department.id, role: inspectorate ? 'head' : 'director', title },
    ]
    if (index % 2 === 0) posts.unshift(member())
    directors[department.id] = add(posts)
    const deputyTitle = inspectorate
      ? 'Phó Chánh Thanh tra thành phố'
      : `Phó Giám đốc ${department.name}`
    deputyDirectors[department.id] = [0, 1].map(() =>
      add([
        {
          organizationId: department.id,
          role: inspectorate ? 'deputy-head' : 'deputy-director',
          title: deputyTitle,
        },
      ]),
    )
  })

  const wardChairs: Record<string, string> = {}
  for (const ward of WARDS) {
    wardChairs[ward.id] = add([
      { organizationId: ward.id, role: 'chair', title: `Chủ tịch UBND ${ward.name}` },
    ])
  }

  const staff: Record<string, string[]> = {}
  for (const [organizationId, count] of [
    [ORG.partyOffice, 8],
    [ORG.councilOffice, 8],
    [ORG.committeeOffice, 8],
    [ORG.receptionBoard, 6],
  ] as const) {
    staff[organizationId] = Array.from({ length: count }, () =>
      add([{ organizationId, role: 'staff', title: 'Chuyên viên' }], { email: true }),
    )
  }

  const standingCommitteeMembers = [
    secretary,
    standingDeputySecretary,
    councilChair,
    committeeChair,
    committeeStandingViceChair,
    councilViceChairs[0] ?? councilChair,
    ...Object.values(advisoryHeads),
    ...sectorHeads,
    officeChiefs[ORG.partyOffice] ?? secretary,
  ]
  const chiefs = officeChiefs as Record<OfficeId, string>
  const deputies = officeDeputies as Record<OfficeId, string[]>
  const directory = buildDirectory(people)
  const executiveMembers = people
    .filter((person) => (person.posts ?? []).some((post) => post.organizationId === tu))
    .map((person) => person.id)

  return {
    people,
    directory,
    leaders: {
      secretary,
      standingDeputySecretary,
      councilChair,
      committeeChair,
      committeeStandingViceChair,
      committeeViceChairs,
      councilViceChairs,
      councilCommitteeHeads,
      delegationDeputyHead,
      delegationMembers: [secretary, delegationDeputyHead, committeeChair, ...otherDelegates],
      advisoryHeads,
      officeChiefs: chiefs,
      officeDeputies: deputies,
      directors,
      deputyDirectors,
      wardChairs,
      receptionHead,
      staff,
      standingCommitteeMembers,
      executiveMembers,
    },
  }
}

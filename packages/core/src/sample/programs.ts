import type { DirectiveInput } from '../directive/index.js'
import type { MeetingKind } from '../meeting/index.js'
import type { ProgramItemKind, ProgramPeriodKind, WorkProgramInput } from '../program/index.js'
import { dateOf, dayFromParts, dayOf, partsOf, roman, weekdayOf } from './calendar.js'
import { scaled, type SampleContext } from './context.js'
import type { GeneratedMeeting } from './meetings.js'
import { optional } from './optional.js'
import { ORG } from './organizations.js'
import type { Random } from './random.js'
import { CITY_TOPICS, COUNCIL_TOPICS, fillYear, PARTY_TOPICS, type Topic } from './topics.js'

/**
 * The same document planned in two bodies' monthly programs — the overlap the three offices are
 * asked to prevent.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { ProgramOverlap } from './programs.js'
 *
 * const twice = (overlap: ProgramOverlap) => overlap.itemIds.length === 2
 * ```
 */
export interface ProgramOverlap {
  /** The two work programs (of different bodies, same month). */
  programIds: [string, string]
  /** The two items, in the same order. */
  itemIds: [string, string]
  /** The title both items share. */
  title: string
}

/**
 * Generated work programs in wire form, the overlaps planted in them, and for each meeting the
 * item of its host body's weekly program that plans it.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { ProgramsData } from './programs.js'
 *
 * const itemOf = (data: ProgramsData, meetingId: string) => data.meetingItems.get(meetingId)
 * ```
 */
export interface ProgramsData {
  readonly programs: WorkProgramInput[]
  readonly overlaps: ProgramOverlap[]
  readonly meetingItems: ReadonlyMap<string, string>
}

interface Owner {
  readonly id: string
  readonly short: string
  readonly name: string
  readonly issuers: readonly string[]
  readonly topics: readonly Topic[]
}

const OWNERS: readonly Owner[] = [
  {
    id: ORG.partyCommittee,
    short: 'tu',
    name: 'Ban Chấp hành, Ban Thường vụ Thành ủy',
    issuers: [ORG.partyCommittee, ORG.partyStandingCommittee, ORG.partyStandingBoard],
    topics: PARTY_TOPICS,
  },
  {
    id: ORG.council,
    short: 'hdnd',
    name: 'HĐND thành phố',
    issuers: [ORG.council, ORG.councilStanding],
    topics: COUNCIL_TOPICS,
  },
  {
    id: ORG.committee,
    short: 'ubnd',
    name: 'UBND thành phố',
    issuers: [ORG.committee],
    topics: CITY_TOPICS,
  },
]

/** Meeting kinds each level of program lists; weekly schedules list every meeting. */
const LEVEL_KINDS: Readonly<
  Record<Exclude<ProgramPeriodKind, 'term' | 'week'>, readonly MeetingKind[]>
> = {
  year: [
    'executive-committee-conference',
    'council-session',
    'joint-quarterly-meeting',
    'peoples-committee-regular-meeting',
  ],
  quarter: [
    'executive-committee-conference',
    'council-session',
    'joint-quarterly-meeting',
    'peoples-committee-regular-meeting',
    'standing-committee-conference',
    'council-standing-committee-meeting',
    'online-conference',
    'city-event',
  ],
  month: [
    'executive-committee-conference',
    'council-session',
    'joint-quarterly-meeting',
    'peoples-committee-regular-meeting',
    'standing-committee-conference',
    'standing-board-conference',
    'council-standing-committee-meeting',
    'online-conference',
    'city-event',
  ],
}

const MAJOR_DOCUMENTS = new Set(['resolution', 'directive', 'program', 'project'])

interface Period {
  kind: Exclude<ProgramPeriodKind, 'term'>
  id: string
  title: string
  start: number
  end: number
}

/**
 * Generates the work programs (chương trình công tác) of the Party Committee, the People's Council
 * and the People's Committee for the year: one yearly, four quarterly, twelve monthly and a
 * weekly schedule for every week touching the year. Items plan the bodies' meetings (linked by
 * `meetingId`; done, postponed or cancelled as the meeting was) and the documents they issue
 * (linked by `directiveId` once issued), plus documents still to come; some past items were
 * never done and are marked postponed. A few documents are planned by two bodies in the same
 * month: those pairs are returned as overlaps.
 *
 * @category Sample data
 * @param random - The seeded source.
 * @param context - Year, `asOf`, scale.
 * @param meetings - The generated meetings.
 * @param directives - The generated directives.
 * @returns Programs, planted overlaps, and the weekly item of each meeting.
 * @example
 * ```ts
 * import { buildPrograms } from './programs.js'
 *
 * // inside generateSampleData:
 * // const { programs, overlaps, meetingItems } = buildPrograms(random.fork('programs'), context, meetings, directives)
 * ```
 */
export function buildPrograms(
  random: Random,
  context: SampleContext,
  meetings: readonly GeneratedMeeting[],
  directives: readonly DirectiveInput[],
): ProgramsData {
  const { year, first, last, scale, leaders } = context
  const yearText = String(year)
  const heads: Readonly<Record<string, string>> = {
    ...leaders.advisoryHeads,
    ...leaders.directors,
    ...leaders.officeChiefs,
  }

  function periodsOf(owner: Owner): Period[] {
    const base = `prg-${owner.short}-${yearText}`
    const list: Period[] = [
      {
        kind: 'year',
        id: base,
        title: `Chương trình công tác năm ${yearText} của ${owner.name}`,
        start: first,
        end: last,
      },
    ]
    for (let q = 1; q <= 4; q++) {
      list.push({
        kind: 'quarter',
        id: `${base}-q${String(q)}`,
        title: `Chương trình công tác quý ${roman(q)}/${yearText} của ${owner.name}`,
        start: dayFromParts(year, q * 3 - 2, 1),
        end: dayFromParts(year, q * 3 + 1, 0),
      })
    }
    for (let m = 1; m <= 12; m++) {
      list.push({
        kind: 'month',
        id: `${base}-m${String(m).padStart(2, '0')}`,
        title: `Chương trình công tác tháng ${String(m)}/${yearText} của ${owner.name}`,
        start: dayFromParts(year, m, 1),
        end: dayFromParts(year, m + 1, 0),
      })
    }
    for (let monday = first - (weekdayOf(first) - 1); monday <= last; monday += 7) {
      const sunday = monday + 6
      const [, m1, d1] = partsOf(monday)
      const [y2, m2, d2] = partsOf(sunday)
      list.push({
        kind: 'week',
        id: `prg-${owner.short}-wk-${dateOf(monday)}`,
        title: `Lịch công tác tuần của ${owner.name} (từ ${String(d1)}/${String(m1)} đến ${String(d2)}/${String(m2)}/${String(y2)})`,
        start: monday,
        end: sunday,
      })
    }
    return list
  }

  const meetingItems = new Map<string, string>()
  const programs: WorkProgramInput[] = []
  const monthlyPrograms = new Map<string, WorkProgramInput>()
  const asOf = context.asOf

  for (const owner of OWNERS) {
    const owned = meetings.filter(
      (meeting) =>
        !meeting.recurring &&
        (meeting.owner === owner.id || (meeting.input.coHostIds ?? []).includes(owner.id)),
    )
    const documents = directives.filter(
      (directive) =>
        owner.issuers.includes(directive.issuerId) && directive.type !== 'notice-of-conclusions',
    )
    // Documents the body planned but has not issued (yet): future ones, and a few past ones
    // that slipped.
    const plannedDocuments = Array.from({ length: scaled(30, scale) }, () => {
      const topic = random.pick(owner.topics)
      const day = random.int(first, last)
      const type = random.pick(
        owner.id === ORG.council ? ['resolution'] : ['resolution', 'plan', 'directive', 'project'],
      )
      const label = {
        resolution: 'Nghị quyết',
        plan: 'Kế hoạch',
        directive: 'Chỉ thị',
        project: 'Đề án',
      }[type]
      return {
        day,
        type,
        title: `${label ?? 'Văn bản'} về ${fillYear(topic.subject, year)}`,
        leadUnitId: topic.leadUnitId,
        status: day >= asOf ? ('planned' as const) : ('postponed' as const),
      }
    })
      .filter((planned) => planned.day >= asOf || random.chance(0.3))
      .filter(
        (planned, index, list) =>
          list.findIndex(
            (other) =>
              other.title === planned.title && partsOf(other.day)[1] === partsOf(planned.day)[1],
          ) === index,
      )

    for (const period of periodsOf(owner)) {
      const items: NonNullable<WorkProgramInput['items']> = []
      const nextId = () => `${period.id}-${String(items.length + 1).padStart(3, '0')}`
      const clampStart = (day: number) => dateOf(Math.max(day, period.start))
      const clampEnd = (day: number) => dateOf(Math.min(day, period.end))
      const kinds = period.kind === 'week' ? undefined : LEVEL_KINDS[period.kind]
      for (const meeting of owned) {
        if (meeting.startDay < period.start || meeting.endDay > period.end) continue
        if (kinds !== undefined && !kinds.includes(meeting.input.kind)) continue
        const id = nextId()
        const kind: ProgramItemKind = meeting.input.kind === 'city-event' ? 'event' : 'meeting'
        const [topic] = meeting.topics
        items.push({
          id,
          kind,
          title: meeting.input.title,
          planned: { start: dateOf(meeting.startDay), end: dateOf(meeting.endDay) },
          ...optional('leadUnitId', topic?.leadUnitId ?? meeting.input.preparingUnitId),
          ...optional('presenterId', topic === undefined ? undefined : heads[topic.leadUnitId]),
          meetingId: meeting.input.id,
          status:
            meeting.status === 'held'
              ? 'done'
              : meeting.status === 'cancelled'
                ? 'cancelled'
                : meeting.status === 'postponed'
                  ? 'postponed'
                  : 'planned',
        })
        if (period.kind === 'week' && meeting.owner === owner.id)
          meetingItems.set(meeting.input.id, id)
      }
      if (period.kind !== 'week') {
        for (const directive of documents) {
          const issued = dayOf(directive.issuedOn)
          if (issued < period.start || issued > period.end) continue
          if (period.kind !== 'month' && !MAJOR_DOCUMENTS.has(directive.type)) continue
          const [y, m] = partsOf(issued)
          const lead = directive.tasks?.[0]?.leadUnitId
          items.push({
            id: nextId(),
            kind: 'document',
            title: directive.title,
            documentType: directive.type,
            planned:
              period.kind === 'month'
                ? { start: clampStart(issued - 10), end: directive.issuedOn }
                : {
                    start: clampStart(dayFromParts(y, m, 1)),
                    end: clampEnd(dayFromParts(y, m + 1, 0)),
                  },
            ...optional('leadUnitId', lead),
            ...optional('presenterId', lead === undefined ? undefined : heads[lead]),
            directiveId: directive.id,
            status: 'done',
          })
        }
        for (const planned of plannedDocuments) {
          if (planned.day < period.start || planned.day > period.end) continue
          if (period.kind !== 'month' && !MAJOR_DOCUMENTS.has(planned.type)) continue
          const [y, m] = partsOf(planned.day)
          items.push({
            id: nextId(),
            kind: 'document',
            title: planned.title,
            documentType: planned.type,
            planned: {
              start: clampStart(dayFromParts(y, m, 1)),
              end: clampEnd(dayFromParts(y, m + 1, 0)),
            },
            leadUnitId: planned.leadUnitId,
            ...optional('presenterId', heads[planned.leadUnitId]),
            status: planned.status,
            ...(planned.status === 'postponed'
              ? { note: 'Lùi thời gian trình do chưa hoàn thiện hồ sơ' }
              : {}),
          })
        }
      }
      const program: WorkProgramInput = {
        id: period.id,
        ownerId: owner.id,
        title: period.title,
        periodKind: period.kind,
        period: { start: dateOf(period.start), end: dateOf(period.end) },
        items,
      }
      programs.push(program)
      if (period.kind === 'month')
        monthlyPrograms.set(`${owner.id}|${dateOf(period.start)}`, program)
    }
  }

  // ----- the same document planned by two bodies in the same month -----

  const overlaps: ProgramOverlap[] = []
  const pairs = [
    [ORG.partyCommittee, ORG.committee],
    [ORG.council, ORG.committee],
    [ORG.partyCommittee, ORG.council],
  ] as const
  for (let i = scaled(5, scale); i > 0; i--) {
    const [ownerA, ownerB] = random.pick(pairs)
    const month = random.int(1, 12)
    const start = dayFromParts(year, month, 1)
    const a = monthlyPrograms.get(`${ownerA}|${dateOf(start)}`)
    const b = monthlyPrograms.get(`${ownerB}|${dateOf(start)}`)
    if (a === undefined || b === undefined) continue
    const topic = random.pick(CITY_TOPICS)
    const title = `Kế hoạch triển khai ${topic.subject} năm ${yearText}`
    const planned = { start: dateOf(start), end: dateOf(dayFromParts(year, month + 1, 0)) }
    const status = start + 31 < asOf ? ('postponed' as const) : ('planned' as const)
    const itemIds = [a, b].map((program) => {
      const items = program.items ?? []
      const id = `${program.id}-${String(items.length + 1).padStart(3, '0')}`
      items.push({
        id,
        kind: 'document',
        title,
        documentType: 'plan',
        planned,
        leadUnitId: program.ownerId === ORG.partyCommittee ? ORG.propagandaBoard : topic.leadUnitId,
        status,
      })
      program.items = items
      return id
    })
    overlaps.push({
      programIds: [a.id, b.id],
      itemIds: [itemIds[0] ?? '', itemIds[1] ?? ''],
      title,
    })
  }

  return { programs, overlaps, meetingItems }
}

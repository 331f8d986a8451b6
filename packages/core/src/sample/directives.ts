import type { DirectiveInput, DocumentType, TaskInput } from '../directive/index.js'
import { dateOf, dayFromParts, isWorkingDay, nextWorkingDay, partsOf, roman } from './calendar.js'
import { scaled, type SampleContext } from './context.js'
import type { GeneratedMeeting } from './meetings.js'
import { optional } from './optional.js'
import { ADVISORY_AGENCIES, DEPARTMENTS, ORG, WARDS } from './organizations.js'
import type { Random } from './random.js'
import { CITY_TOPICS, fillYear, PARTY_TOPICS, type Topic } from './topics.js'

type System = 'party' | 'council' | 'committee'

interface DirectiveDraft {
  system: System
  type: DocumentType
  /** Register the number is drawn from, e.g. `TB/TU`. */
  register: string
  issuerId: string
  signerId: string
  issued: number
  title: string
  topics: readonly Topic[]
  taskCount: number
  sourceMeetingId?: string
  /** State legal documents carry their year in the symbol. */
  legal?: boolean
}

/** How numbers grow in each register: a base at the start of the year and documents per day. */
const REGISTERS: Readonly<Record<string, { code: string; base: number; perDay: number }>> = {
  'NQ/TU': { code: 'NQ', base: 2, perDay: 0.03 },
  'CT/TU': { code: 'CT', base: 1, perDay: 0.02 },
  'KL/TU': { code: 'KL', base: 6, perDay: 0.12 },
  'KH/TU': { code: 'KH', base: 12, perDay: 0.25 },
  'TB/TU': { code: 'TB', base: 25, perDay: 0.6 },
  'NQ-HĐND': { code: 'NQ', base: 0, perDay: 0.15 },
  'NQ-HĐND/legal': { code: 'NQ', base: 0, perDay: 0.08 },
  'QĐ-UBND': { code: 'QĐ', base: 0, perDay: 17 },
  'KH-UBND': { code: 'KH', base: 0, perDay: 1.1 },
  'CT-UBND': { code: 'CT', base: 0, perDay: 0.05 },
  'TB-VP': { code: 'TB', base: 0, perDay: 2.2 },
}

const TASK_WORDINGS: readonly ((topic: Topic, approver: string) => string)[] = [
  (t, a) =>
    `Chủ trì tham mưu thực hiện ${t.subject}; hoàn thành ${t.product.toLowerCase()}, báo cáo ${a}`,
  (t) => `Rà soát, đánh giá kết quả ${t.subject}; đề xuất giải pháp khắc phục tồn tại, hạn chế`,
  (t) => `Tổ chức kiểm tra việc thực hiện ${t.subject} tại các phường, xã`,
  (t, a) => `Nghiên cứu, đề xuất cơ chế, chính sách về ${t.subject}, trình ${a} xem xét`,
  (t) => `Tổng hợp, báo cáo kết quả thực hiện ${t.subject} định kỳ hằng quý`,
  (t) => `Đẩy nhanh tiến độ ${t.subject}; kịp thời tháo gỡ khó khăn, vướng mắc`,
  (t) => `Tăng cường tuyên truyền, phổ biến về ${t.subject} đến cán bộ, đảng viên và nhân dân`,
]

const EXTENSION_REASONS = [
  'Chờ ý kiến thẩm định của các bộ, ngành Trung ương',
  'Phát sinh nội dung mới cần xin ý kiến các sở, ngành liên quan',
  'Cần thêm thời gian khảo sát, lấy ý kiến các phường, xã',
  'Điều chỉnh theo văn bản mới của Trung ương',
]

/**
 * Generates the directing documents issued in the year up to `asOf`, with the tasks they assign:
 * the Party Committee's resolutions, directives, conclusions, plans and notices of conclusions of
 * its Standing Committee and Standing Board (`15-NQ/TU`, `45-TB/TU`, following the conferences
 * held); the People's Council's resolutions from its sessions (`12/NQ-HĐND`, `05/2026/NQ-HĐND`);
 * the People's Committee's decisions, plans and directives (`156/QĐ-UBND`, `12/KH-UBND`) and its
 * office's notices of the Chair's conclusions (`45/TB-VP`). Numbers grow with the date in each
 * register. Most tasks meet the "5 clear" rule; about one in six misses one part (no deadline,
 * product, leader in charge or lead unit). Task statuses follow `asOf`: completed on time or late,
 * overdue, in progress, not started, a few cancelled; some deadlines were extended and many late
 * tasks were urged by the offices.
 *
 * @category Sample data
 * @param random - The seeded source.
 * @param context - Year, `asOf`, scale, holidays, leaders.
 * @param meetings - The generated meetings (conferences and sessions lead to documents).
 * @returns Directives in wire form, sorted by date of issue.
 * @example
 * ```ts
 * import { buildDirectives } from './directives.js'
 *
 * // inside generateSampleData:
 * // const directives = buildDirectives(random.fork('directives'), context, meetings)
 * ```
 */
export function buildDirectives(
  random: Random,
  context: SampleContext,
  meetings: readonly GeneratedMeeting[],
): DirectiveInput[] {
  const { year, holidays, first, last, leaders, directory, scale } = context
  const end = Math.min(last + 1, context.asOf)
  const drafts: DirectiveDraft[] = []
  const partyTerm = Math.floor((year - 2021) / 5)
  const partyRules = `Quy chế làm việc của Ban Chấp hành Đảng bộ thành phố khóa ${roman(17 + partyTerm)}`
  const viceChairsOn = (day: number) =>
    directory.holders(ORG.committee, ['standing-vice-chair', 'vice-chair'], day)
  const partyOfficeChief = leaders.officeChiefs[ORG.partyOffice]
  const committeeOfficeChief = leaders.officeChiefs[ORG.committeeOffice]

  /** A working day `count` working days after `day`, or undefined when that is not before `end`. */
  function after(day: number, count: number): number | undefined {
    let current = day
    for (let left = count; left > 0;) {
      current++
      if (isWorkingDay(current, holidays)) left--
    }
    return current < end ? current : undefined
  }
  const workingDays: number[] = []
  for (let day = first; day < end; day++) if (isWorkingDay(day, holidays)) workingDays.push(day)
  const someDay = () => random.pick(workingDays)

  // ----- documents that follow meetings -----

  for (const meeting of meetings) {
    if (meeting.status !== 'held' || meeting.recurring) continue
    const kind = meeting.input.kind
    const topics = meeting.topics.length > 0 ? meeting.topics : [random.pick(PARTY_TOPICS)]
    if (
      kind === 'standing-committee-conference' ||
      (kind === 'standing-board-conference' && random.chance(0.6))
    ) {
      const issued = after(meeting.endDay, random.int(2, 6))
      if (issued === undefined) continue
      const body =
        kind === 'standing-committee-conference' ? 'Ban Thường vụ Thành ủy' : 'Thường trực Thành ủy'
      drafts.push({
        system: 'party',
        type: 'notice-of-conclusions',
        register: 'TB/TU',
        issuerId:
          kind === 'standing-committee-conference'
            ? ORG.partyStandingCommittee
            : ORG.partyStandingBoard,
        signerId: partyOfficeChief,
        issued,
        title: `Thông báo kết luận của ${body} về ${topics.map((t) => t.subject).join('; ')}`,
        topics,
        taskCount: random.int(2, 5),
        sourceMeetingId: meeting.input.id,
      })
      if (kind === 'standing-committee-conference' && random.chance(0.3)) {
        const topic = random.pick(topics)
        const conclusionDay = after(meeting.endDay, random.int(5, 12))
        if (conclusionDay !== undefined) {
          drafts.push({
            system: 'party',
            type: 'conclusion',
            register: 'KL/TU',
            issuerId: ORG.partyStandingCommittee,
            signerId: random.pick([leaders.secretary, leaders.standingDeputySecretary]),
            issued: conclusionDay,
            title: `Kết luận của Ban Thường vụ Thành ủy về tiếp tục đẩy mạnh ${topic.subject}`,
            topics: [topic],
            taskCount: random.int(3, 5),
            sourceMeetingId: meeting.input.id,
          })
        }
      }
    } else if (kind === 'executive-committee-conference') {
      const issued = after(meeting.endDay, random.int(3, 8))
      const [topic] = topics
      if (issued === undefined || topic === undefined) continue
      drafts.push({
        system: 'party',
        type: 'resolution',
        register: 'NQ/TU',
        issuerId: ORG.partyCommittee,
        signerId: leaders.secretary,
        issued,
        title: `Nghị quyết của Ban Chấp hành Đảng bộ thành phố về ${topic.subject}`,
        topics: [topic],
        taskCount: random.int(5, 9),
        sourceMeetingId: meeting.input.id,
      })
    } else if (kind === 'council-session') {
      for (const topic of topics) {
        const legal = random.chance(0.5)
        const issued = after(meeting.endDay, random.int(0, 3))
        if (issued === undefined) continue
        drafts.push({
          system: 'council',
          type: 'resolution',
          register: legal ? 'NQ-HĐND/legal' : 'NQ-HĐND',
          legal,
          issuerId: ORG.council,
          signerId: leaders.councilChair,
          issued,
          title: `Nghị quyết của HĐND thành phố về ${fillYear(topic.subject, year)}`,
          topics: [topic],
          taskCount: random.int(1, 3),
          sourceMeetingId: meeting.input.id,
        })
      }
    } else if (
      kind === 'peoples-committee-regular-meeting' ||
      (kind === 'working-session' &&
        meeting.input.chairId === leaders.committeeChair &&
        random.chance(0.3))
    ) {
      const issued = after(meeting.endDay, random.int(2, 7))
      if (issued === undefined) continue
      drafts.push({
        system: 'committee',
        type: 'notice-of-conclusions',
        register: 'TB-VP',
        issuerId: ORG.committeeOffice,
        signerId: random.pick([
          committeeOfficeChief,
          ...leaders.officeDeputies[ORG.committeeOffice],
        ]),
        issued,
        title: `Thông báo kết luận của Chủ tịch UBND thành phố tại ${meeting.input.title.charAt(0).toLowerCase()}${meeting.input.title.slice(1)}`,
        topics: meeting.topics.length > 0 ? meeting.topics : [random.pick(CITY_TOPICS)],
        taskCount: random.int(2, 5),
        sourceMeetingId: meeting.input.id,
      })
    }
  }

  // ----- documents issued between meetings (at the year's rate, up to asOf) -----

  const share = workingDays.length / 250
  const many = (count: number) => (workingDays.length === 0 ? 0 : scaled(count * share, scale, 0))
  for (let i = many(3); i > 0; i--) {
    const topic = random.pick(PARTY_TOPICS)
    drafts.push({
      system: 'party',
      type: 'directive',
      register: 'CT/TU',
      issuerId: ORG.partyStandingCommittee,
      signerId: leaders.secretary,
      issued: someDay(),
      title: `Chỉ thị của Ban Thường vụ Thành ủy về tăng cường sự lãnh đạo của Đảng đối với ${topic.subject}`,
      topics: [topic],
      taskCount: random.int(3, 6),
    })
  }
  for (let i = many(8); i > 0; i--) {
    const topic = random.pick(PARTY_TOPICS)
    drafts.push({
      system: 'party',
      type: 'plan',
      register: 'KH/TU',
      issuerId: ORG.partyStandingCommittee,
      signerId: leaders.standingDeputySecretary,
      issued: someDay(),
      title: `Kế hoạch của Ban Thường vụ Thành ủy triển khai thực hiện ${topic.subject}`,
      topics: [topic],
      taskCount: random.int(4, 8),
    })
  }
  for (let i = many(20); i > 0; i--) {
    const topic = random.pick(CITY_TOPICS)
    const issued = someDay()
    drafts.push({
      system: 'committee',
      type: 'decision',
      register: 'QĐ-UBND',
      issuerId: ORG.committee,
      signerId: random.pick([leaders.committeeChair, ...viceChairsOn(issued)]),
      issued,
      title: random.pick([
        `Quyết định ban hành Kế hoạch thực hiện ${topic.subject} năm ${String(year)}`,
        `Quyết định thành lập Tổ công tác chỉ đạo ${topic.subject}`,
        `Quyết định phê duyệt Đề án ${topic.subject}`,
      ]),
      topics: [topic],
      taskCount: random.int(1, 3),
    })
  }
  for (let i = many(24); i > 0; i--) {
    const topic = random.pick(CITY_TOPICS)
    const issued = someDay()
    drafts.push({
      system: 'committee',
      type: 'plan',
      register: 'KH-UBND',
      issuerId: ORG.committee,
      signerId: random.pick([leaders.committeeChair, ...viceChairsOn(issued)]),
      issued,
      title: `Kế hoạch ${topic.subject} trên địa bàn thành phố năm ${String(year)}`,
      topics: [topic],
      taskCount: random.int(4, 10),
    })
  }
  for (let i = many(4); i > 0; i--) {
    const topic = random.pick(CITY_TOPICS)
    drafts.push({
      system: 'committee',
      type: 'directive',
      register: 'CT-UBND',
      issuerId: ORG.committee,
      signerId: leaders.committeeChair,
      issued: someDay(),
      title: `Chỉ thị của UBND thành phố về tăng cường ${topic.subject}`,
      topics: [topic],
      taskCount: random.int(3, 6),
    })
  }

  // ----- numbers, ids and tasks -----

  drafts.sort((a, b) => a.issued - b.issued)
  const lastNumber = new Map<string, number>()
  const symbolOf = (draft: DirectiveDraft): string => {
    const register = REGISTERS[draft.register] ?? { code: 'CV', base: 0, perDay: 0.1 }
    const expected = Math.round(register.base + (draft.issued - first + 1) * register.perDay)
    const number = Math.max((lastNumber.get(draft.register) ?? 0) + 1, expected + random.int(0, 2))
    lastNumber.set(draft.register, number)
    const n = String(number).padStart(2, '0')
    switch (draft.register) {
      case 'TB-VP':
        return `${n}/TB-VP`
      case 'NQ-HĐND/legal':
        return `${n}/${String(year)}/NQ-HĐND`
      default:
        return draft.system === 'party'
          ? `${n}-${register.code}/TU`
          : `${n}/${register.code}-${draft.system === 'council' ? 'HĐND' : 'UBND'}`
    }
  }

  return drafts.map((draft, index): DirectiveInput => {
    const id = `dir-${String(year)}-${String(index + 1).padStart(4, '0')}`
    return {
      id,
      type: draft.type,
      symbol: symbolOf(draft),
      issuerId: draft.issuerId,
      signerId: draft.signerId,
      issuedOn: dateOf(draft.issued),
      title: draft.title,
      ...optional('sourceMeetingId', draft.sourceMeetingId),
      tasks: random
        .shuffle(TASK_WORDINGS)
        .concat(random.shuffle(TASK_WORDINGS))
        .slice(0, draft.taskCount)
        .map((wording, i) => task(draft, `${id}-t${String(i + 1)}`, wording)),
    }
  })

  // ----- one task -----

  function task(
    draft: DirectiveDraft,
    id: string,
    wording: (topic: Topic, approver: string) => string,
  ): TaskInput {
    const topic = random.pick(draft.topics)
    const approver =
      draft.system === 'party'
        ? 'Ban Thường vụ Thành ủy'
        : draft.system === 'council'
          ? 'Thường trực HĐND thành phố'
          : 'UBND thành phố'
    const content = fillYear(wording(topic, approver), year)
    const lead =
      draft.system === 'council'
        ? random.chance(0.5)
          ? ORG.committee
          : topic.leadUnitId
        : random.chance(0.1) && draft.system === 'committee'
          ? random.pick(WARDS).id
          : topic.leadUnitId
    const pool =
      draft.system === 'party'
        ? [...ADVISORY_AGENCIES.map((a) => a.id), ORG.committee, ORG.fatherlandFront]
        : DEPARTMENTS.map((d) => d.id)
    const coordinating = random.sample(
      pool.filter((unit) => unit !== lead),
      random.int(0, 3),
    )
    const leader =
      draft.system === 'party'
        ? lead === ORG.committee
          ? leaders.committeeChair
          : random.pick(leaders.standingCommitteeMembers)
        : random.pick(
            viceChairsOn(draft.issued).length > 0
              ? viceChairsOn(draft.issued)
              : [leaders.committeeChair],
          )
    const horizon = random.pick([15, 30, 45, 60, 90, 120, 180])
    let deadline = draft.issued + horizon
    if (random.chance(0.4)) {
      const [y, m] = partsOf(deadline)
      deadline = dayFromParts(y, m + 1, 0)
    }
    const missing = random.weighted([
      [undefined, 82],
      ['deadline', 6],
      ['product', 5],
      ['leader', 4],
      ['lead', 3],
    ] as const)

    // Extensions are granted a few days before the deadline, by the leader in charge.
    const extensions: NonNullable<TaskInput['extensions']> = []
    if (missing !== 'deadline' && random.chance(0.08)) {
      const approvedOn = deadline - random.int(3, 10)
      if (approvedOn > draft.issued && approvedOn < context.asOf) {
        const newDeadline = deadline + random.pick([30, 45, 60])
        extensions.push({
          previousDeadline: dateOf(deadline),
          newDeadline: dateOf(newDeadline),
          reason: random.pick(EXTENSION_REASONS),
          approvedById: missing === 'leader' ? draft.signerId : leader,
          approvedOn: dateOf(approvedOn),
        })
        deadline = newDeadline
      }
    }

    const asOf = context.asOf
    const hasDeadline = missing !== 'deadline'
    const due = hasDeadline && deadline < asOf
    type Status =
      | 'not-started'
      | 'in-progress'
      | 'completed-on-time'
      | 'completed-late'
      | 'overdue'
      | 'cancelled'
    let status: Status
    if (!hasDeadline) {
      status = random.weighted([
        ['completed-on-time', 20],
        ['in-progress', 65],
        ['not-started', 15],
      ] as const)
    } else if (due) {
      status = random.weighted([
        ['completed-on-time', 55],
        ['completed-late', 17],
        ['overdue', 25],
        ['cancelled', 3],
      ] as const)
    } else {
      status = random.weighted([
        ['completed-on-time', 12],
        ['in-progress', 58],
        ['not-started', asOf - draft.issued < 60 ? 30 : 0],
      ] as const)
    }
    let completedOn: number | undefined
    if (status === 'completed-on-time') {
      const from = draft.issued + 3
      const to = Math.min(hasDeadline ? deadline : asOf - 1, asOf - 1)
      if (to >= from) completedOn = random.int(Math.max(from, to - 30), to)
      else status = 'in-progress'
    } else if (status === 'completed-late') {
      if (deadline + 1 <= asOf - 1) completedOn = random.int(deadline + 1, asOf - 1)
      else status = 'overdue'
    }

    const office =
      draft.system === 'party'
        ? ORG.partyOffice
        : draft.system === 'council'
          ? ORG.councilOffice
          : ORG.committeeOffice
    const urgings: NonNullable<TaskInput['urgings']> = []
    const urge = (day: number, note: string) => {
      const workDay = nextWorkingDay(day, holidays)
      if (workDay >= asOf || workDay <= draft.issued) return
      const number = String(random.int(50, 4000))
      urgings.push({
        at: `${dateOf(workDay)}T09:00:00+07:00`,
        byId: office,
        documentSymbol:
          draft.system === 'party'
            ? `${number}-CV/VPTU`
            : draft.system === 'council'
              ? `${number}/HĐND-VP`
              : `${number}/VP-TH`,
        note,
      })
    }
    if (status === 'overdue' && hasDeadline) {
      let day = deadline + random.int(3, 15)
      for (let k = random.int(1, 3); k > 0 && day < asOf; k--) {
        urge(day, 'Đôn đốc thực hiện nhiệm vụ đã quá hạn')
        day += random.int(15, 30)
      }
    } else if (status === 'completed-late' && completedOn !== undefined && random.chance(0.6)) {
      urge(random.int(deadline + 1, completedOn), 'Đôn đốc thực hiện nhiệm vụ đã quá hạn')
    } else if (
      (status === 'in-progress' || status === 'not-started') &&
      hasDeadline &&
      deadline - asOf <= 10 &&
      random.chance(0.4)
    ) {
      urge(asOf - random.int(1, 5), 'Nhắc hạn hoàn thành nhiệm vụ sắp đến hạn')
    }

    const wireStatus =
      status === 'completed-on-time' || status === 'completed-late' ? 'completed' : status
    return {
      id,
      content,
      ...(missing === 'lead' ? {} : { leadUnitId: lead }),
      coordinatingUnitIds: coordinating,
      ...(missing === 'leader' ? {} : { leaderInChargeId: leader }),
      ...(hasDeadline ? { deadline: dateOf(deadline) } : {}),
      ...(missing === 'product' ? {} : { product: topic.product }),
      ...(random.chance(0.1)
        ? {
            authority:
              draft.system === 'party'
                ? `Theo ${partyRules}`
                : 'Theo Quy chế làm việc của UBND thành phố',
          }
        : {}),
      status: wireStatus,
      ...(wireStatus === 'in-progress' || wireStatus === 'overdue'
        ? { progress: random.int(2, 9) * 10 }
        : {}),
      ...(completedOn === undefined ? {} : { completedOn: dateOf(completedOn) }),
      extensions,
      urgings,
    }
  }
}

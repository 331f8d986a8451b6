import { isoDateFromDayNumber } from '../calendar/dayNumber.js'
import type { Task } from '../directive/directive.schema.js'
import { LienthongError } from '../errors/LienthongError.js'
import type { LienthongIssue, MessageLocale, SafeParseResult } from '../errors/issue.js'
import { meetingKinds } from '../meeting/meeting.schema.js'
import { createParsers } from '../_lib/createParsers.js'
import type { Accumulator } from '../stats/accumulator.js'
import { groupedAccumulator } from '../stats/groupedAccumulator.js'
import {
  meetingAccumulator,
  type MeetingStats,
  type MeetingStatsInput,
} from '../stats/meetingAccumulator.js'
import { localDay, rangePeriod, type Period } from '../stats/period.js'
import {
  petitionAccumulator,
  type PetitionStats,
  type PetitionStatsInput,
} from '../stats/petitionAccumulator.js'
import { statsError } from '../stats/statsError.js'
import { taskAccumulator } from '../stats/taskAccumulator.js'
import {
  coordinationReportOptionsSchema,
  organizationRefSchema,
  type CoordinationReport,
  type CoordinationReportOptions,
  type MeetingReportRow,
  type OfficeRow,
  type PetitionOfficeFigures,
  type ProcessingFigures,
  type ReceptionFigures,
  type Span,
} from './report.schema.js'

/**
 * What a coordination report is built from. Every list is optional; a missing one gives zeros.
 * Petitions must be public, redacted ones (`redactPetition(petition, 'public')`): the report
 * never sees personal data.
 *
 * @category Report
 * @example
 * ```ts
 * import { redactPetition } from '@lienthong/core/petition'
 * import { generateSampleData } from '@lienthong/core/sample'
 * import type { CoordinationReportData } from '@lienthong/core/report'
 *
 * const city = generateSampleData({ scale: 0.1 })
 * const data: CoordinationReportData = {
 *   organizations: city.organizations,
 *   meetings: city.meetings,
 *   petitions: city.petitions.map((p) => redactPetition(p, 'public')),
 *   tasks: city.directives.flatMap((d) => d.tasks),
 * }
 * ```
 */
export interface CoordinationReportData {
  /** To name bodies, offices and units (only `id`, `name` and `shortName` are read). */
  readonly organizations?: readonly { readonly id: string; readonly name: string }[]
  readonly meetings?: readonly MeetingStatsInput[]
  readonly petitions?: readonly PetitionStatsInput[]
  readonly tasks?: readonly Task[]
}

const SUBJECT = 'CoordinationReport'
const optionsParsers = createParsers('CoordinationReportOptions', coordinationReportOptionsSchema)
type Options = ReturnType<typeof optionsParsers.parse>

/** A period's `start` and `end` are the options' `from` and `to`. */
const SPAN_NAMES: Readonly<Record<string, string>> = { start: 'from', end: 'to' }

/** The error, its issues' paths prefixed with `at` (and their first part renamed by `rename`). */
function relocated(
  error: LienthongError,
  at: readonly (string | number)[],
  locale: MessageLocale,
  rename: Readonly<Record<string, string>> = {},
): LienthongError {
  const issues: LienthongIssue[] = error.issues.map((issue) => ({
    ...issue,
    path: [
      ...at,
      ...issue.path.map((part, index) =>
        index === 0 && typeof part === 'string' ? (rename[part] ?? part) : part,
      ),
    ],
  }))
  return new LienthongError({ code: error.code, subject: SUBJECT, issues, locale })
}

function periodOfSpan(
  span: Span,
  timeZone: string,
  at: readonly string[],
  locale: MessageLocale,
): Period {
  try {
    return rangePeriod(span.from, span.to, timeZone)
  } catch (error) {
    if (error instanceof LienthongError) throw relocated(error, at, locale, SPAN_NAMES)
    throw error
  }
}

/** Runs an accumulator over a list, naming the list and the index of an item it refuses. */
function accumulateList<In, State, Out>(
  accumulator: Accumulator<In, State, Out>,
  items: readonly In[],
  list: string,
  locale: MessageLocale,
): Out {
  let state = accumulator.create()
  for (let index = 0; index < items.length; index++) {
    try {
      state = accumulator.add(state, items[index] as In)
    } catch (error) {
      if (error instanceof LienthongError) throw relocated(error, [list, index], locale)
      throw error
    }
  }
  return accumulator.finish(state)
}

const EXPECTED = {
  object: { en: 'an object', vi: 'một đối tượng' },
  array: { en: 'an array', vi: 'một danh sách' },
  organization: {
    en: 'an organisation with an id and a name',
    vi: 'một tổ chức có id và tên',
  },
} as const

function checkData(data: unknown, locale: MessageLocale): CoordinationReportData {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw statsError(SUBJECT, 'invalid_type', [], { expected: EXPECTED.object[locale] }, locale)
  }
  const record = data as Record<string, unknown>
  for (const list of ['organizations', 'meetings', 'petitions', 'tasks']) {
    const value = record[list]
    if (value !== undefined && !Array.isArray(value)) {
      throw statsError(
        SUBJECT,
        'invalid_type',
        [list],
        { expected: EXPECTED.array[locale] },
        locale,
      )
    }
  }
  const organizations = (record.organizations ?? []) as unknown[]
  organizations.forEach((organization, index) => {
    if (!organizationRefSchema.safeParse(organization).success) {
      throw statsError(
        SUBJECT,
        'invalid_type',
        ['organizations', index],
        { expected: EXPECTED.organization[locale] },
        locale,
      )
    }
  })
  return data
}

/** True for an item shaped enough to be grouped; anything else goes to the accumulator, which names the problem. */
function readable(item: unknown, fields: readonly string[]): item is Record<string, unknown> {
  return (
    typeof item === 'object' &&
    item !== null &&
    fields.every((field) => (item as Record<string, unknown>)[field] !== undefined)
  )
}

const CONTENTS = ['complaint', 'denunciation', 'recommendationReflection'] as const

/** The 01/XLD content of a petition: a complaint first, then a denunciation, else the rest. */
function contentOf(kinds: readonly string[]): (typeof CONTENTS)[number] {
  if (kinds.includes('complaint')) return 'complaint'
  if (kinds.includes('denunciation')) return 'denunciation'
  return 'recommendationReflection'
}

const count = (counts: Readonly<Record<string, number>>, key: string): number => counts[key] ?? 0

function officeFigures(stats: PetitionStats | undefined): PetitionOfficeFigures {
  if (stats === undefined) {
    return {
      received: 0,
      carriedOver: 0,
      new: 0,
      handled: 0,
      forwarded: 0,
      guided: 0,
      accepted: 0,
      documents: 0,
      open: 0,
    }
  }
  return {
    received: stats.received,
    carriedOver: stats.carriedOver,
    new: stats.new,
    handled: stats.handled.total,
    forwarded: count(stats.outcomes, 'forwarded'),
    guided: count(stats.outcomes, 'guided'),
    accepted: count(stats.outcomes, 'accepted'),
    documents: stats.documents,
    open: stats.open.total,
  }
}

function receptionFigures(stats: PetitionStats | undefined): ReceptionFigures {
  const visits = stats?.new ?? 0
  const repeat = stats === undefined ? 0 : count(stats.classification, 'duplicate')
  return {
    visits,
    people: stats?.people ?? 0,
    firstCases: visits - repeat,
    repeatCases: repeat,
    crowdGroups: stats?.crowd.petitions ?? 0,
    crowdPeople: stats?.crowd.people ?? 0,
  }
}

function processingFigures(
  stats: PetitionStats | undefined,
  byContent: (content: (typeof CONTENTS)[number]) => PetitionStats | undefined,
): ProcessingFigures {
  const outcomes = stats?.outcomes ?? {}
  const eligible = (s: PetitionStats | undefined) =>
    s === undefined ? 0 : count(s.classification, 'eligible')
  return {
    total: stats?.received ?? 0,
    carriedOver: stats?.carriedOver ?? 0,
    new: stats?.new ?? 0,
    processed: Object.values(outcomes).reduce((a, b) => a + b, 0),
    pending: stats?.open.total ?? 0,
    eligible: eligible(stats),
    complaint: eligible(byContent('complaint')),
    denunciation: eligible(byContent('denunciation')),
    recommendationReflection: eligible(byContent('recommendationReflection')),
    withinCompetence: count(outcomes, 'accepted'),
    guided: count(outcomes, 'guided'),
    forwarded: count(outcomes, 'forwarded'),
    chasedUp: count(outcomes, 'chased-up'),
    replies: stats?.repliesReceived ?? 0,
  }
}

function meetingRows(
  byBody: Readonly<Record<string, MeetingStats>>,
  bodies: readonly string[],
  nameOf: (id: string) => string,
): MeetingReportRow[] {
  const rows: MeetingReportRow[] = []
  for (const bodyId of bodies) {
    const stats = byBody[bodyId]
    if (stats === undefined) continue
    for (const kind of meetingKinds) {
      const meetings = count(stats.byKind, kind)
      if (meetings === 0) continue
      rows.push({
        bodyId,
        name: nameOf(bodyId),
        kind,
        meetings,
        hours: count(stats.hoursByKind, kind),
      })
    }
  }
  return rows
}

function build(data: CoordinationReportData, options: Options): CoordinationReport {
  const zone = options.timeZone
  const locale = options.locale ?? 'en'
  const main: Span = { from: options.from, to: options.to }
  const period = periodOfSpan(main, zone, [], locale)
  const sections = options.sections ?? {}
  const meetingsPeriod = sections.meetings
    ? periodOfSpan(sections.meetings, zone, ['sections', 'meetings'], locale)
    : period
  const onlinePeriod = sections.onlineConferences
    ? periodOfSpan(sections.onlineConferences, zone, ['sections', 'onlineConferences'], locale)
    : period
  const petitionsPeriod = sections.petitions
    ? periodOfSpan(sections.petitions, zone, ['sections', 'petitions'], locale)
    : period
  let asOf: string
  try {
    asOf =
      options.asOf === undefined
        ? isoDateFromDayNumber(localDay(period.end, zone, 'to') - 1)
        : isoDateFromDayNumber(localDay(options.asOf, zone, 'asOf'))
  } catch (error) {
    if (error instanceof LienthongError) throw relocated(error, [], locale)
    throw error
  }

  const names = new Map<string, string>()
  for (const organization of data.organizations ?? []) names.set(organization.id, organization.name)
  const nameOf = (id: string): string => names.get(id) ?? id

  // Meetings: one grouped pass per section period.
  const meetings = data.meetings ?? []
  const bodyFilter = options.bodies === undefined ? undefined : new Set(options.bodies)
  const byBody = accumulateList(
    groupedAccumulator(meetingAccumulator({ period: meetingsPeriod }), (m) =>
      !readable(m, ['hostId'])
        ? '?'
        : bodyFilter === undefined || bodyFilter.has(m.hostId)
          ? m.hostId
          : undefined,
    ),
    meetings,
    'meetings',
    locale,
  )
  const bodies = options.bodies ?? Object.keys(byBody)
  const rows = meetingRows(byBody, bodies, nameOf)
  const online = accumulateList(
    groupedAccumulator(meetingAccumulator({ period: onlinePeriod }), (m) =>
      !readable(m, ['hostId']) || bodyFilter === undefined || bodyFilter.has(m.hostId)
        ? 'all'
        : undefined,
    ),
    meetings,
    'meetings',
    locale,
  ).all?.online ?? { conferences: 0, bridgePoints: 0, delegates: 0 }
  const sessions =
    accumulateList(meetingAccumulator({ period: petitionsPeriod }), meetings, 'meetings', locale)
      .byKind['citizen-reception'] ?? 0

  // Petitions: one pass, grouped by office, by office and content, and in-person receipts.
  const officeFilter = options.offices === undefined ? undefined : new Set(options.offices)
  const receptionFirst = localDay(petitionsPeriod.start, zone, 'from')
  const petitionStats = accumulateList(
    groupedAccumulator(
      petitionAccumulator({
        period: petitionsPeriod,
        ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
        ...(options.handlingLimitWorkingDays === undefined
          ? {}
          : { handlingLimitWorkingDays: options.handlingLimitWorkingDays }),
        ...(options.crowdSize === undefined ? {} : { crowdSize: options.crowdSize }),
        ...(options.documentEvents === undefined ? {} : { documentEvents: options.documentEvents }),
      }),
      (p) => {
        if (
          !readable(p, ['receivedById', 'receivedAt']) ||
          typeof p.receivedById !== 'string' ||
          !Array.isArray(p.kinds)
        ) {
          return 'all'
        }
        const office = p.receivedById
        if (officeFilter !== undefined && !officeFilter.has(office)) return undefined
        const content = contentOf(p.kinds)
        const keys = ['all', `o:${office}`, `c:all:${content}`, `c:${office}:${content}`]
        // A visit counts in 01/TCD in the period it happened, never carried over.
        if (
          p.channel === 'in-person' &&
          localDay(p.receivedAt, zone, 'receivedAt') >= receptionFirst
        ) {
          keys.push('t:all', `t:${office}`)
        }
        return keys
      },
    ),
    data.petitions ?? [],
    'petitions',
    locale,
  )
  const offices =
    options.offices ??
    Object.keys(petitionStats)
      .filter((key) => key.startsWith('o:'))
      .map((key) => key.slice(2))
  const group = (key: string): PetitionStats | undefined => petitionStats[key]
  const all = group('all')

  const tasks = accumulateList(
    taskAccumulator({
      asOf,
      timeZone: zone,
      ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
    }),
    data.tasks ?? [],
    'tasks',
    locale,
  )

  const officeRow = <F>(officeId: string, figures: F): OfficeRow<F> => ({
    officeId,
    name: nameOf(officeId),
    ...figures,
  })

  return {
    period,
    meetings: {
      period: meetingsPeriod,
      rows,
      total: {
        meetings: rows.reduce((n, row) => n + row.meetings, 0),
        hours: rows.reduce((n, row) => n + row.hours, 0),
      },
    },
    onlineConferences: { period: onlinePeriod, ...online },
    petitions: {
      period: petitionsPeriod,
      rows: offices.map((id) => officeRow(id, officeFigures(group(`o:${id}`)))),
      total: officeFigures(all),
    },
    complaints: {
      period: petitionsPeriod,
      handled: all?.handled ?? { total: 0, onTime: 0, late: 0 },
      handlingTime: {
        median: all?.handlingTime.median,
        p90: all?.handlingTime.p90,
      },
      resolved: all?.resolved ?? { total: 0, onTime: 0, late: 0 },
      verdicts: {
        right: count(all?.complaintVerdicts ?? {}, 'right'),
        wrong: count(all?.complaintVerdicts ?? {}, 'wrong'),
        partlyRight: count(all?.complaintVerdicts ?? {}, 'partly-right'),
      },
    },
    tasks: {
      asOf,
      assigned: tasks.assigned,
      completedOnTime: tasks.completed.onTime,
      completedLate: tasks.completed.late,
      overdue: tasks.overdue,
      inProgress: tasks.inProgress,
      overdueByUnit: tasks.ranking
        .filter((unit) => unit.overdue > 0)
        .sort((a, b) => b.overdue - a.overdue || (a.unitId < b.unitId ? -1 : 1))
        .map((unit) => ({
          unitId: unit.unitId,
          name: nameOf(unit.unitId),
          assigned: unit.assigned,
          overdue: unit.overdue,
        })),
    },
    forms: {
      tcd: {
        rows: offices.map((id) => officeRow(id, receptionFigures(group(`t:${id}`)))),
        total: receptionFigures(group('t:all')),
        sessions,
      },
      xld: {
        rows: offices.map((id) =>
          officeRow(
            id,
            processingFigures(group(`o:${id}`), (content) => group(`c:${id}:${content}`)),
          ),
        ),
        total: processingFigures(all, (content) => group(`c:all:${content}`)),
      },
    },
  }
}

/**
 * Builds the coordination report of the offices for a period: meetings served by body and kind
 * (with hours); online conferences with their bridge points and delegates; petitions received,
 * advised on, forwarded and still open per receiving office, with the handling documents
 * issued; handling times and complaint resolutions; overdue tasks by lead unit; and the 01/TCD
 * (citizen reception) and 01/XLD (petition processing) tables per office.
 *
 * Every figure comes from the statistics area's accumulators — `meetingAccumulator`,
 * `petitionAccumulator`, `taskAccumulator`, grouped with `groupedAccumulator` — with their
 * definitions (cancelled and postponed meetings are not counted; a petition is received in a
 * period when it is new or carried over; see the statistics guide). A section may be given its
 * own span (`sections`), as the seed report does.
 *
 * Performance: one pass over the petitions and three over the meetings, O(total history
 * length + meetings × bridge points + tasks).
 *
 * @category Report
 * @param data - Organisations, meetings, public petitions and tasks (see {@link CoordinationReportData}).
 * @param options - `from`, `to` (excluded) and the rest of {@link CoordinationReportOptions}.
 * @returns The {@link CoordinationReport}.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for invalid options
 *   (path in the options, e.g. `sections.petitions.to`), data that is not an object of arrays,
 *   or an item that is not a parsed meeting, a public petition or a task (path `petitions.12`).
 * @example
 * ```ts
 * import { redactPetition } from '@lienthong/core/petition'
 * import { buildCoordinationReport } from '@lienthong/core/report'
 * import { generateSampleData } from '@lienthong/core/sample'
 *
 * const city = generateSampleData({ scale: 0.2 })
 * const report = buildCoordinationReport(
 *   {
 *     organizations: city.organizations,
 *     meetings: city.meetings,
 *     petitions: city.petitions.map((p) => redactPetition(p, 'public')),
 *     tasks: city.directives.flatMap((d) => d.tasks),
 *   },
 *   { from: '2026-01-01', to: '2026-07-01', offices: ['vp-tu', 'doan-dbqh'] },
 * )
 * report.petitions.rows[0]?.forwarded // petitions the Party Committee's office forwarded
 * ```
 */
export function buildCoordinationReport(
  data: CoordinationReportData,
  options: CoordinationReportOptions,
): CoordinationReport {
  const parsed = optionsParsers.parse(options, { locale: localeOf(options) })
  return build(checkData(data, parsed.locale ?? 'en'), parsed)
}

function localeOf(options: unknown): MessageLocale {
  try {
    const locale =
      typeof options === 'object' && options !== null
        ? (options as { locale?: unknown }).locale
        : undefined
    return locale === 'vi' ? 'vi' : 'en'
  } catch {
    return 'en'
  }
}

/**
 * Like {@link buildCoordinationReport} for untrusted input, and never throws: returns
 * `{ ok: true, value }` with the report or `{ ok: false, error }` with the
 * {@link errors!LienthongError | LienthongError} that the throwing form would throw.
 *
 * @category Report
 * @param data - Anything; meant to be {@link CoordinationReportData}.
 * @param options - Anything; meant to be {@link CoordinationReportOptions}.
 * @returns The report, or the error.
 * @throws Never.
 * @example
 * ```ts
 * import { safeBuildCoordinationReport } from '@lienthong/core/report'
 *
 * const result = safeBuildCoordinationReport({}, { from: '2024-07-01', to: '2024-01-01' })
 * if (!result.ok) result.error.issues[0]?.path // ['to']
 * ```
 */
export function safeBuildCoordinationReport(
  data: unknown,
  options: unknown,
): SafeParseResult<CoordinationReport> {
  const locale = localeOf(options)
  try {
    return {
      ok: true,
      value: buildCoordinationReport(
        data as CoordinationReportData,
        options as CoordinationReportOptions,
      ),
    }
  } catch (error) {
    if (error instanceof LienthongError) return { ok: false, error }
    // Hostile input (a getter that throws, a proxy) still gives an error value.
    return {
      ok: false,
      error: statsError(
        SUBJECT,
        'invalid',
        [],
        {
          detail: 'could not be read',
          detailVi: 'không đọc được',
        },
        locale,
      ),
    }
  }
}

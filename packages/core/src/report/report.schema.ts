import * as z from 'zod/mini'
import type { HolidayCalendarInput } from '../calendar/holidayCalendar.schema.js'
import { defaultTimeZoneSchema, idListSchema, idSchema } from '../_lib/primitives.js'
import { petitionEventTypes, type PetitionEventType } from '../petition/petition.schema.js'
import type { Period } from '../stats/period.js'

/** A date, an instant or a `Date` (read as an instant); the period functions check the text. */
const dateInput = z.pipe(
  z.transform((value: unknown) =>
    value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value,
  ),
  z.string({ error: 'expected a date YYYY-MM-DD, an ISO 8601 instant with an offset, or a Date' }),
)

const spanSchema = z.strictObject({ from: dateInput, to: dateInput })

/**
 * The options of {@link buildCoordinationReport}, as a zod schema (the JSON form a back end
 * sends). `from` and `to` are local dates in `timeZone`, `to` excluded (the day after the last
 * day), like every period in lienthong.
 *
 * @category Report
 * @example
 * ```ts
 * import { coordinationReportOptionsSchema } from '@lienthong/core/report'
 *
 * coordinationReportOptionsSchema.parse({ from: '2023-01-01', to: '2024-07-01' }).timeZone
 * // 'Asia/Ho_Chi_Minh'
 * ```
 */
export const coordinationReportOptionsSchema = z.strictObject({
  /** First day of the report (included). */
  from: dateInput,
  /** The day after the last day (excluded). */
  to: dateInput,
  timeZone: defaultTimeZoneSchema,
  /** Receiving offices reported one row each, in this order; default every office that received a petition. */
  offices: z.optional(idListSchema.check(z.maxLength(1000))),
  /** Bodies whose meetings are reported (the meetings' hosts), in this order; default every host. */
  bodies: z.optional(idListSchema.check(z.maxLength(1000))),
  /**
   * A different span for a section, when its figures were collected over another period (the
   * seed report counts meetings from January 2023, online conferences from 3 October 2022 and
   * petitions from October 2022, all to 30 June 2024).
   */
  sections: z.optional(
    z.strictObject({
      meetings: z.optional(spanSchema),
      onlineConferences: z.optional(spanSchema),
      petitions: z.optional(spanSchema),
    }),
  ),
  /** The day tasks are evaluated on; default the last day of the report. */
  asOf: z.optional(dateInput),
  /** Working days within which handling a petition is on time; default 10 (see `petitionAccumulator`). */
  handlingLimitWorkingDays: z.optional(z.int().check(z.gte(0), z.lte(10_000))),
  /** Head count from which a petition or a delegation is a crowd one; default 5. */
  crowdSize: z.optional(z.int().check(z.gte(1), z.lte(1_000_000))),
  /** Petition events counted as a handling document issued; default `handlingDocumentEvents`. */
  documentEvents: z.optional(z.array(z.enum(petitionEventTypes)).check(z.maxLength(100))),
  /** Working calendar; default Vietnam's state offices. Checked when compiled. */
  calendar: z.optional(
    z.custom<HolidayCalendarInput>(
      (value: unknown) => typeof value === 'object' && value !== null,
      {
        error: 'expected a holiday calendar object',
      },
    ),
  ),
  /** Language of error messages; default `'en'`. */
  locale: z.optional(z.enum(['en', 'vi'])),
})

/**
 * A span of local dates for one section: `from` included, `to` excluded.
 *
 * @category Report
 * @example
 * ```ts
 * import type { ReportSpan } from '@lienthong/core/report'
 *
 * const online: ReportSpan = { from: '2022-10-03', to: '2024-07-01' }
 * ```
 */
export interface ReportSpan {
  readonly from: string | Date
  readonly to: string | Date
}

/**
 * The options of {@link buildCoordinationReport} (what {@link coordinationReportOptionsSchema}
 * accepts). Dates are `YYYY-MM-DD` local dates, ISO 8601 instants with an offset, or `Date`s,
 * read in `timeZone`.
 *
 * @category Report
 * @example
 * ```ts
 * import type { CoordinationReportOptions } from '@lienthong/core/report'
 *
 * const options: CoordinationReportOptions = {
 *   from: '2023-01-01',
 *   to: '2024-07-01',
 *   offices: ['vp-tu', 'vp-doan-dbqh-hdnd', 'doan-dbqh'],
 *   sections: { petitions: { from: '2022-10-01', to: '2024-07-01' } },
 * }
 * ```
 */
export interface CoordinationReportOptions {
  /** First day of the report (included). */
  readonly from: string | Date
  /** The day after the last day (excluded). */
  readonly to: string | Date
  /** IANA zone dates and instants are read in; default `Asia/Ho_Chi_Minh`. */
  readonly timeZone?: string
  /** Receiving offices reported one row each, in this order; default every office that received a petition. */
  readonly offices?: readonly string[]
  /** Bodies whose meetings are reported (the meetings' hosts), in this order; default every host. */
  readonly bodies?: readonly string[]
  /** A different span for a section, when its figures were collected over another period. */
  readonly sections?: {
    readonly meetings?: ReportSpan
    readonly onlineConferences?: ReportSpan
    readonly petitions?: ReportSpan
  }
  /** The day tasks are evaluated on; default the last day of the report. */
  readonly asOf?: string | Date
  /** Working days within which handling a petition is on time; default 10. */
  readonly handlingLimitWorkingDays?: number
  /** Head count from which a petition or a delegation is a crowd one; default 5. */
  readonly crowdSize?: number
  /** Petition events counted as a handling document issued; default `handlingDocumentEvents`. */
  readonly documentEvents?: readonly PetitionEventType[]
  /** Working calendar; default Vietnam's state offices. */
  readonly calendar?: HolidayCalendarInput
  /** Language of error messages; default `'en'`. */
  readonly locale?: 'en' | 'vi'
}

/**
 * A count of the meetings one body hosted of one kind, and their hours.
 *
 * @category Report
 * @example
 * ```ts
 * import type { MeetingReportRow } from '@lienthong/core/report'
 *
 * const row: MeetingReportRow = {
 *   bodyId: 'tt-tu', name: 'Thường trực Thành ủy', kind: 'standing-board-conference',
 *   meetings: 76, hours: 190,
 * }
 * ```
 */
export interface MeetingReportRow {
  readonly bodyId: string
  readonly name: string
  readonly kind: string
  readonly meetings: number
  readonly hours: number
}

/**
 * The petition figures of one receiving office (or of all of them).
 *
 * @category Report
 * @example
 * ```ts
 * import type { PetitionOfficeFigures } from '@lienthong/core/report'
 *
 * const none: PetitionOfficeFigures = {
 *   received: 0, carriedOver: 0, new: 0, handled: 0, forwarded: 0, guided: 0, accepted: 0,
 *   documents: 0, open: 0,
 * }
 * ```
 */
export interface PetitionOfficeFigures {
  /** Carried over + new. */
  readonly received: number
  readonly carriedOver: number
  readonly new: number
  /** Settled in the period (withdrawals excepted). */
  readonly handled: number
  /** Handled by forwarding them to the competent agency. */
  readonly forwarded: number
  readonly guided: number
  /** Accepted for resolution: within the office's body's competence. */
  readonly accepted: number
  /** Handling documents issued in the period. */
  readonly documents: number
  /** Not settled at the end of the period. */
  readonly open: number
}

/**
 * The 01/TCD figures (citizen reception) of one receiving office or of all.
 *
 * @category Report
 * @example
 * ```ts
 * import type { ReceptionFigures } from '@lienthong/core/report'
 *
 * const none: ReceptionFigures = {
 *   visits: 0, people: 0, firstCases: 0, repeatCases: 0, crowdGroups: 0, crowdPeople: 0,
 * }
 * ```
 */
export interface ReceptionFigures {
  /** Petitions received in person in the period. */
  readonly visits: number
  /** People who came with them. */
  readonly people: number
  /** Visits about a matter not brought before. */
  readonly firstCases: number
  /** Visits repeating a petition already received (classified as a duplicate). */
  readonly repeatCases: number
  /** Visits by a crowd delegation (`crowdSize` people or more). */
  readonly crowdGroups: number
  readonly crowdPeople: number
}

/**
 * The 01/XLD figures (petition processing) of one receiving office or of all.
 *
 * @category Report
 * @example
 * ```ts
 * import type { ProcessingFigures } from '@lienthong/core/report'
 *
 * const pendingShare = (f: ProcessingFigures) => (f.total === 0 ? 0 : f.pending / f.total)
 * ```
 */
export interface ProcessingFigures {
  /** Carried over + new. */
  readonly total: number
  readonly carriedOver: number
  readonly new: number
  /** Settled in the period, whatever the outcome. */
  readonly processed: number
  /** Not settled at the end of the period. */
  readonly pending: number
  /** Classified as eligible for handling. */
  readonly eligible: number
  /** Eligible ones by content: a complaint (also when it denounces or recommends)… */
  readonly complaint: number
  /** …a denunciation that is not a complaint… */
  readonly denunciation: number
  /** …or only recommendations and reflections. */
  readonly recommendationReflection: number
  /** Accepted: within the competence of the office's body. */
  readonly withinCompetence: number
  /** Outside it: guided, forwarded, chased up. */
  readonly guided: number
  readonly forwarded: number
  readonly chasedUp: number
  /** Replies received from the agencies petitions went to. */
  readonly replies: number
}

/**
 * One row of a per-office table: the office's id and name with its figures.
 *
 * @category Report
 * @example
 * ```ts
 * import type { OfficeRow, ReceptionFigures } from '@lienthong/core/report'
 *
 * const label = (row: OfficeRow<ReceptionFigures>) => `${row.name}: ${row.visits}`
 * ```
 */
export type OfficeRow<Figures> = { readonly officeId: string; readonly name: string } & Figures

/**
 * A lead unit with overdue tasks.
 *
 * @category Report
 * @example
 * ```ts
 * import type { OverdueUnitRow } from '@lienthong/core/report'
 *
 * const row: OverdueUnitRow = { unitId: 'so-xay-dung', name: 'Sở Xây dựng', assigned: 12, overdue: 3 }
 * ```
 */
export interface OverdueUnitRow {
  readonly unitId: string
  readonly name: string
  readonly assigned: number
  readonly overdue: number
}

/**
 * The coordination report: the sections of the seed report (meetings served by body and kind;
 * online conferences, bridge points and delegates; petitions received, advised on and
 * forwarded per office; complaints handled and handling documents issued; overdue tasks) and
 * the Government Inspectorate's 01/TCD and 01/XLD tables. Plain, JSON-serializable data:
 * counts, hours, working days, organisation ids and names — no personal data.
 *
 * @category Report
 * @example
 * ```ts
 * import { buildCoordinationReport, type CoordinationReport } from '@lienthong/core/report'
 *
 * const report: CoordinationReport = buildCoordinationReport({}, { from: '2026-01-01', to: '2026-04-01' })
 * report.onlineConferences.conferences // 0
 * ```
 */
export interface CoordinationReport {
  /** The report's span `[start, end)` in its zone. */
  readonly period: Period
  readonly meetings: {
    readonly period: Period
    /** One row per body and kind with at least one meeting, bodies in order, kinds in `meetingKinds` order. */
    readonly rows: readonly MeetingReportRow[]
    readonly total: { readonly meetings: number; readonly hours: number }
  }
  readonly onlineConferences: {
    readonly period: Period
    readonly conferences: number
    /** Component bridge points (the main one not counted). */
    readonly bridgePoints: number
    readonly delegates: number
  }
  readonly petitions: {
    readonly period: Period
    readonly rows: readonly OfficeRow<PetitionOfficeFigures>[]
    readonly total: PetitionOfficeFigures
  }
  /** Handling times and complaint resolutions of the offices reported, in the petitions' period. */
  readonly complaints: {
    readonly period: Period
    readonly handled: { readonly total: number; readonly onTime: number; readonly late: number }
    readonly handlingTime: {
      readonly median: number | undefined
      readonly p90: number | undefined
    }
    readonly resolved: { readonly total: number; readonly onTime: number; readonly late: number }
    readonly verdicts: {
      readonly right: number
      readonly wrong: number
      readonly partlyRight: number
    }
  }
  readonly tasks: {
    /** The day tasks were evaluated on, `YYYY-MM-DD`. */
    readonly asOf: string
    readonly assigned: number
    readonly completedOnTime: number
    readonly completedLate: number
    readonly overdue: number
    readonly inProgress: number
    /** Lead units with overdue tasks, most overdue first. */
    readonly overdueByUnit: readonly OverdueUnitRow[]
  }
  readonly forms: {
    /** 01/TCD over the petitions' period. */
    readonly tcd: {
      readonly rows: readonly OfficeRow<ReceptionFigures>[]
      readonly total: ReceptionFigures
      /** Citizen-reception meetings (leaders' reception sessions) held in the period. */
      readonly sessions: number
    }
    /** 01/XLD over the petitions' period. */
    readonly xld: {
      readonly rows: readonly OfficeRow<ProcessingFigures>[]
      readonly total: ProcessingFigures
    }
  }
}

/** Internal: a span's parsed form. */
export type Span = z.output<typeof spanSchema>

/** Internal: the ids lists' schema, re-exported for the builder's checks. */
export const organizationRefSchema = z.object({
  id: idSchema,
  name: z.string().check(z.minLength(1), z.maxLength(1000)),
  shortName: z.optional(z.string().check(z.maxLength(1000))),
})

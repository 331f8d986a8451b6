import * as z from 'zod/mini'
import {
  addIssue,
  calendarDateSchema,
  fieldsAreValid,
  idListSchema,
  idSchema,
  textSchema,
} from '../_lib/primitives.js'

/**
 * Period kinds of a work program (chương trình công tác).
 *
 * @category Program
 * @example
 * ```ts
 * import { programPeriodKinds } from '@lienthong/core/program'
 *
 * programPeriodKinds // ['week', 'month', 'quarter', 'year', 'term']
 * ```
 */
export const programPeriodKinds = ['week', 'month', 'quarter', 'year', 'term'] as const

/**
 * What a work-program item plans: a meeting to hold, a document to issue, a task, an event.
 *
 * @category Program
 * @example
 * ```ts
 * import { programItemKinds } from '@lienthong/core/program'
 *
 * programItemKinds // ['meeting', 'document', 'task', 'event']
 * ```
 */
export const programItemKinds = ['meeting', 'document', 'task', 'event'] as const

/**
 * A range of calendar dates, both ends inclusive.
 *
 * @category Program
 * @example
 * ```ts
 * import { dateRangeSchema } from '@lienthong/core/program'
 *
 * dateRangeSchema.parse({ start: '2026-03-02', end: '2026-03-08' })
 * ```
 */
export const dateRangeSchema = z
  .object({ start: calendarDateSchema, end: calendarDateSchema })
  .check(
    z.superRefine((range, ctx) => {
      if (range.end < range.start) {
        addIssue(ctx, 'end_before_start', ['end'], { start: range.start, end: range.end })
      }
    }),
    z.describe('Calendar dates, both ends inclusive; end on or after start.'),
  )

/**
 * One item of a work program.
 *
 * @category Program
 * @example
 * ```ts
 * import { programItemSchema } from '@lienthong/core/program'
 *
 * programItemSchema.parse({
 *   id: 'i1', kind: 'document', title: 'Nghị quyết về chuyển đổi số', documentType: 'resolution',
 *   planned: { start: '2026-03-01', end: '2026-03-31' }, leadUnitId: 'ban-tuyen-giao',
 * })
 * ```
 */
export const programItemSchema = z.object({
  id: idSchema,
  kind: z.enum(programItemKinds),
  title: textSchema(500),
  planned: dateRangeSchema,
  leadUnitId: z.optional(idSchema),
  coordinatingUnitIds: z._default(idListSchema, []),
  presenterId: z.optional(idSchema),
  meetingId: z.optional(idSchema),
  directiveId: z.optional(idSchema),
  documentType: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(50))),
  status: z._default(z.enum(['planned', 'done', 'postponed', 'cancelled']), 'planned'),
  note: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
})

const DAY_MS = 86_400_000

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Explains why a range does not fit its period kind, or returns undefined when it does. */
function periodProblem(
  kind: ProgramPeriodKind,
  start: string,
  end: string,
): [string, string] | undefined {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number]
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number]
  switch (kind) {
    case 'week': {
      const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
      if (weekday !== 1 || dayNumber(end) - dayNumber(start) !== 6) {
        return [
          'a week runs Monday to Sunday (7 days)',
          'một tuần tính từ thứ Hai đến Chủ nhật (7 ngày)',
        ]
      }
      return undefined
    }
    case 'month':
      if (d !== 1 || ey !== y || em !== m || ed !== lastDayOfMonth(y, m)) {
        return [
          'a month runs from its first to its last day',
          'một tháng tính từ ngày đầu đến ngày cuối tháng',
        ]
      }
      return undefined
    case 'quarter':
      if (
        d !== 1 ||
        (m - 1) % 3 !== 0 ||
        ey !== y ||
        em !== m + 2 ||
        ed !== lastDayOfMonth(y, m + 2)
      ) {
        return [
          'a quarter runs from 1 Jan, 1 Apr, 1 Jul or 1 Oct to the end of its third month',
          'một quý tính từ 1/1, 1/4, 1/7 hoặc 1/10 đến hết tháng thứ ba',
        ]
      }
      return undefined
    case 'year':
      if (m !== 1 || d !== 1 || ey !== y || em !== 12 || ed !== 31) {
        return ['a year runs from 1 January to 31 December', 'một năm tính từ 1/1 đến 31/12']
      }
      return undefined
    case 'term':
      return undefined
  }
}

/**
 * A body's work program for a week, month, quarter, year or full term: meetings to hold and
 * documents to issue, by whom and when. Every item must fall inside the program's period.
 *
 * @category Program
 * @example
 * ```ts
 * import { workProgramSchema } from '@lienthong/core/program'
 *
 * const program = workProgramSchema.parse({
 *   id: 'ctct-2026-03', ownerId: 'tu', periodKind: 'month',
 *   period: { start: '2026-03-01', end: '2026-03-31' },
 *   items: [{ id: 'i1', kind: 'meeting', title: 'Hội nghị BTV', planned: { start: '2026-03-10', end: '2026-03-10' } }],
 * })
 * ```
 */
export const workProgramSchema = z
  .object({
    id: idSchema,
    ownerId: idSchema,
    title: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(500))),
    periodKind: z.enum(programPeriodKinds),
    period: dateRangeSchema.check(
      z.describe(
        'Must fit periodKind: a week runs Monday to Sunday; a month, quarter or year from its first to its last day; end on or after start.',
      ),
    ),
    items: z
      ._default(z.array(programItemSchema).check(z.maxLength(10_000)), [])
      .check(z.describe('Items with unique ids, each planned inside period.')),
  })
  .check(
    z.superRefine(
      (program, ctx) => {
        const problem = periodProblem(program.periodKind, program.period.start, program.period.end)
        if (problem)
          addIssue(ctx, 'invalid_period', ['period'], { detail: problem[0], detailVi: problem[1] })
      },
      { when: fieldsAreValid(['periodKind', 'period']) },
    ),
    z.superRefine(
      (program, ctx) => {
        program.items.forEach((item, index) => {
          if (item.planned.start < program.period.start || item.planned.end > program.period.end) {
            addIssue(ctx, 'invalid_period', ['items', index, 'planned'], {
              detail: `falls outside the program's period ${program.period.start} – ${program.period.end}`,
              detailVi: `nằm ngoài kỳ của chương trình ${program.period.start} – ${program.period.end}`,
            })
          }
        })
        const seen = new Set<string>()
        program.items.forEach((item, index) => {
          if (seen.has(item.id))
            addIssue(ctx, 'duplicate_value', ['items', index, 'id'], { value: item.id })
          seen.add(item.id)
        })
      },
      { when: fieldsAreValid(['period', 'items']) },
    ),
  )

/**
 * One of {@link programPeriodKinds}.
 *
 * @category Program
 * @example
 * ```ts
 * import type { ProgramPeriodKind } from '@lienthong/core/program'
 *
 * const programPeriodKind: ProgramPeriodKind = 'week'
 * ```
 */
export type ProgramPeriodKind = (typeof programPeriodKinds)[number]
/**
 * One of {@link programItemKinds}.
 *
 * @category Program
 * @example
 * ```ts
 * import type { ProgramItemKind } from '@lienthong/core/program'
 *
 * const programItemKind: ProgramItemKind = 'meeting'
 * ```
 */
export type ProgramItemKind = (typeof programItemKinds)[number]
/**
 * A parsed DateRange: what {@link dateRangeSchema} returns.
 *
 * @category Program
 * @example
 * ```ts
 * import { dateRangeSchema, type DateRange } from '@lienthong/core/program'
 *
 * declare const json: unknown
 * const dateRange: DateRange = dateRangeSchema.parse(json)
 * ```
 */
export type DateRange = z.output<typeof dateRangeSchema>
/**
 * A parsed ProgramItem: what {@link programItemSchema} returns.
 *
 * @category Program
 * @example
 * ```ts
 * import { programItemSchema, type ProgramItem } from '@lienthong/core/program'
 *
 * declare const json: unknown
 * const programItem: ProgramItem = programItemSchema.parse(json)
 * ```
 */
export type ProgramItem = z.output<typeof programItemSchema>
/**
 * A parsed WorkProgram: what {@link parseWorkProgram} returns (instants as `Date`).
 *
 * @category Program
 * @example
 * ```ts
 * import { parseWorkProgram, type WorkProgram } from '@lienthong/core/program'
 *
 * declare const json: unknown
 * const workProgram: WorkProgram = parseWorkProgram(json)
 * ```
 */
export type WorkProgram = z.output<typeof workProgramSchema>
/**
 * The wire (JSON) form of a {@link WorkProgram}: what a back end sends and receives (instants as ISO 8601 strings).
 *
 * @category Program
 * @example
 * ```ts
 * import { serializeWorkProgram, type WorkProgram, type WorkProgramInput } from '@lienthong/core/program'
 *
 * declare const workProgram: WorkProgram
 * const wire: WorkProgramInput = serializeWorkProgram(workProgram)
 * ```
 */
export type WorkProgramInput = z.input<typeof workProgramSchema>

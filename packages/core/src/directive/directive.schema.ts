import * as z from 'zod/mini'
import {
  addIssue,
  calendarDateSchema,
  documentRefSchema,
  fieldsAreValid,
  idListSchema,
  idSchema,
  instantSchema,
  textSchema,
} from '../_lib/primitives.js'
import { documentSymbolSchema } from './documentSymbol.schema.js'
import { documentTypes } from './documentTypes.js'

/**
 * States of a task. Whether a completed task was on time or late follows from its
 * `completedOn` and `deadline`.
 *
 * @category Directive
 * @example
 * ```ts
 * import { taskStatuses } from '@lienthong/core/directive'
 *
 * taskStatuses // ['not-started', 'in-progress', 'completed', 'overdue', 'cancelled']
 * ```
 */
export const taskStatuses = [
  'not-started',
  'in-progress',
  'completed',
  'overdue',
  'cancelled',
] as const

/**
 * A deadline extension, with its reason and who approved it.
 *
 * @category Directive
 * @example
 * ```ts
 * import { deadlineExtensionSchema } from '@lienthong/core/directive'
 *
 * deadlineExtensionSchema.parse({
 *   previousDeadline: '2026-03-31', newDeadline: '2026-04-30',
 *   reason: 'Chờ ý kiến của Bộ Tài chính', approvedById: 'p-chu-tich', approvedOn: '2026-03-25',
 * })
 * ```
 */
export const deadlineExtensionSchema = z
  .object({
    previousDeadline: calendarDateSchema,
    newDeadline: calendarDateSchema,
    reason: textSchema(2000),
    approvedById: idSchema,
    approvedOn: calendarDateSchema,
  })
  .check(
    z.superRefine((extension, ctx) => {
      if (extension.newDeadline <= extension.previousDeadline) {
        addIssue(ctx, 'end_before_start', ['newDeadline'], {
          startField: 'previousDeadline',
          start: extension.previousDeadline,
          end: extension.newDeadline,
        })
      }
    }),
  )

/**
 * One time an office urged (đôn đốc) a unit about a task.
 *
 * @category Directive
 * @example
 * ```ts
 * import { urgingSchema } from '@lienthong/core/directive'
 *
 * urgingSchema.parse({ at: '2026-03-20T08:00:00+07:00', byId: 'vp-ubnd', documentSymbol: '123/VP-TH' })
 * ```
 */
export const urgingSchema = z.object({
  at: instantSchema,
  byId: idSchema,
  documentSymbol: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  note: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
})

/**
 * A task assigned by a directive, following the "5 clear" rule: clear content, clear people
 * (lead and coordinating units), clear leader in charge, clear deadline, clear product — and,
 * in some provinces, clear authority. Missing parts are allowed here so incomplete assignments
 * can be recorded and reported; the "5 clear" check says which part is missing.
 *
 * @category Directive
 * @example
 * ```ts
 * import { taskSchema } from '@lienthong/core/directive'
 *
 * taskSchema.parse({
 *   id: 't1', content: 'Rà soát thủ tục hành chính lĩnh vực đất đai',
 *   leadUnitId: 'so-nnmt', leaderInChargeId: 'p-pct', deadline: '2026-06-30',
 *   product: 'Báo cáo kết quả rà soát',
 * })
 * ```
 */
export const taskSchema = z
  .object({
    id: idSchema,
    content: textSchema(5000),
    leadUnitId: z.optional(idSchema),
    coordinatingUnitIds: z._default(idListSchema, []),
    leaderInChargeId: z.optional(idSchema),
    deadline: z.optional(calendarDateSchema),
    product: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(1000))),
    authority: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(1000))),
    status: z._default(z.enum(taskStatuses), 'not-started'),
    progress: z.optional(z.int().check(z.gte(0), z.lte(100))),
    completedOn: z.optional(calendarDateSchema),
    extensions: z._default(z.array(deadlineExtensionSchema).check(z.maxLength(50)), []),
    urgings: z._default(z.array(urgingSchema).check(z.maxLength(500)), []),
  })
  .check(
    z.superRefine(
      (task, ctx) => {
        if (task.status === 'completed' && task.completedOn === undefined) {
          addIssue(ctx, 'required', ['completedOn'])
        }
        if (task.status !== 'completed' && task.completedOn !== undefined) {
          addIssue(ctx, 'invalid', ['completedOn'], {
            detail: `only a completed task has a completion date (status is "${task.status}")`,
            detailVi: `chỉ nhiệm vụ đã hoàn thành mới có ngày hoàn thành (trạng thái là "${task.status}")`,
          })
        }
      },
      { when: fieldsAreValid(['status', 'completedOn']) },
    ),
  )

/**
 * A directing document — resolution, directive, conclusion, decision, notice of conclusions,
 * plan… — and the tasks it assigns.
 *
 * @category Directive
 * @example
 * ```ts
 * import { directiveSchema } from '@lienthong/core/directive'
 *
 * const directive = directiveSchema.parse({
 *   id: 'tb-45', type: 'notice-of-conclusions', symbol: '45-TB/TU', issuerId: 'tu',
 *   issuedOn: '2026-03-05', title: 'Thông báo kết luận của Ban Thường vụ Thành ủy',
 *   tasks: [{ id: 't1', content: 'Hoàn thiện đề án', leadUnitId: 'so-xd', deadline: '2026-04-30' }],
 * })
 * ```
 */
export const directiveSchema = z
  .object({
    id: idSchema,
    type: z.enum(documentTypes),
    symbol: z.optional(documentSymbolSchema),
    issuerId: idSchema,
    signerId: z.optional(idSchema),
    issuedOn: calendarDateSchema,
    title: textSchema(1000),
    summary: z.optional(z.string().check(z.trim(), z.maxLength(10_000))),
    sourceMeetingId: z.optional(idSchema),
    documents: z._default(z.array(documentRefSchema).check(z.maxLength(100)), []),
    tasks: z._default(z.array(taskSchema).check(z.maxLength(5000)), []),
  })
  .check(
    z.superRefine(
      (directive, ctx) => {
        const seen = new Set<string>()
        directive.tasks.forEach((task, index) => {
          if (seen.has(task.id))
            addIssue(ctx, 'duplicate_value', ['tasks', index, 'id'], { value: task.id })
          seen.add(task.id)
        })
      },
      { when: fieldsAreValid(['tasks']) },
    ),
  )

/**
 * One of {@link taskStatuses}.
 *
 * @category Directive
 * @example
 * ```ts
 * import type { TaskStatus } from '@lienthong/core/directive'
 *
 * const taskStatus: TaskStatus = 'not-started'
 * ```
 */
export type TaskStatus = (typeof taskStatuses)[number]
/**
 * A parsed DeadlineExtension: what {@link deadlineExtensionSchema} returns.
 *
 * @category Directive
 * @example
 * ```ts
 * import { deadlineExtensionSchema, type DeadlineExtension } from '@lienthong/core/directive'
 *
 * declare const json: unknown
 * const deadlineExtension: DeadlineExtension = deadlineExtensionSchema.parse(json)
 * ```
 */
export type DeadlineExtension = z.output<typeof deadlineExtensionSchema>
/**
 * A parsed Urging: what {@link urgingSchema} returns.
 *
 * @category Directive
 * @example
 * ```ts
 * import { urgingSchema, type Urging } from '@lienthong/core/directive'
 *
 * declare const json: unknown
 * const urging: Urging = urgingSchema.parse(json)
 * ```
 */
export type Urging = z.output<typeof urgingSchema>
/**
 * A parsed Task: what {@link parseTask} returns (instants as `Date`).
 *
 * @category Directive
 * @example
 * ```ts
 * import { parseTask, type Task } from '@lienthong/core/directive'
 *
 * declare const json: unknown
 * const task: Task = parseTask(json)
 * ```
 */
export type Task = z.output<typeof taskSchema>
/**
 * The wire (JSON) form of a {@link Task}: what a back end sends and receives (instants as ISO 8601 strings).
 *
 * @category Directive
 * @example
 * ```ts
 * import { serializeTask, type Task, type TaskInput } from '@lienthong/core/directive'
 *
 * declare const task: Task
 * const wire: TaskInput = serializeTask(task)
 * ```
 */
export type TaskInput = z.input<typeof taskSchema>
/**
 * A parsed Directive: what {@link parseDirective} returns (instants as `Date`).
 *
 * @category Directive
 * @example
 * ```ts
 * import { parseDirective, type Directive } from '@lienthong/core/directive'
 *
 * declare const json: unknown
 * const directive: Directive = parseDirective(json)
 * ```
 */
export type Directive = z.output<typeof directiveSchema>
/**
 * The wire (JSON) form of a {@link Directive}: what a back end sends and receives (instants as ISO 8601 strings).
 *
 * @category Directive
 * @example
 * ```ts
 * import { serializeDirective, type Directive, type DirectiveInput } from '@lienthong/core/directive'
 *
 * declare const directive: Directive
 * const wire: DirectiveInput = serializeDirective(directive)
 * ```
 */
export type DirectiveInput = z.input<typeof directiveSchema>

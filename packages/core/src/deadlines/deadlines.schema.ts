import * as z from 'zod/mini'
import {
  addIssue,
  calendarDateSchema,
  fieldsAreValid,
  idSchema,
  textSchema,
} from '../_lib/primitives.js'
import { legalBasisSchema } from '../calendar/holidayCalendar.schema.js'
import {
  petitionChannels,
  petitionComplexities,
  petitionEventTypes,
  petitionKinds,
} from '../petition/petition.schema.js'

/**
 * How a time limit is counted: in working days (the day of the triggering event not counted,
 * weekly rest days and holidays skipped), or in calendar days (Civil Code 2015 Arts 147–148: the
 * event day not counted; a period whose last day is not a working day ends on the next one).
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { deadlineUnits } from '@lienthong/core/deadlines'
 *
 * deadlineUnits // ['working-days', 'calendar-days']
 * ```
 */
export const deadlineUnits = ['working-days', 'calendar-days'] as const

/**
 * Petition fields a clock can start from (besides a history event): `receivedAt` (an instant,
 * read as a date in the office's zone) and `complainedDecision.learnedOn` (the date the
 * complainant learned of the decision).
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { deadlineStartFields } from '@lienthong/core/deadlines'
 *
 * deadlineStartFields.includes('receivedAt') // true
 * ```
 */
export const deadlineStartFields = ['receivedAt', 'complainedDecision.learnedOn'] as const

/**
 * Extra conditions under which a rule applies. `not-competent`: the agency found it is not
 * competent (an event with `competent: false`, a `forwarded` event, or the outcome `forwarded`).
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { deadlineConditions } from '@lienthong/core/deadlines'
 *
 * deadlineConditions // ['not-competent']
 * ```
 */
export const deadlineConditions = ['not-competent'] as const

/**
 * Who must act within the limit: the agency, or the petitioner (the time allowed to file a
 * complaint).
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { deadlineDuties } from '@lienthong/core/deadlines'
 *
 * deadlineDuties // ['agency', 'petitioner']
 * ```
 */
export const deadlineDuties = ['agency', 'petitioner'] as const

/**
 * A longer limit that applies to some petitions: complex cases, remote areas, or both. The limit
 * then is `amount` (the whole period, not an addition); when several match, the longest wins.
 * With `byDecision`, it applies only once the history records a `deadline-extended` event for the
 * step (the law allows the extension, a written decision grants it).
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { deadlineRuleExtensionSchema } from '@lienthong/core/deadlines'
 *
 * deadlineRuleExtensionSchema.parse({ complexity: ['complex', 'especially-complex'], remoteArea: true, amount: 60 })
 * ```
 */
export const deadlineRuleExtensionSchema = z.object({
  complexity: z
    .optional(z.array(z.enum(petitionComplexities)).check(z.minLength(1), z.maxLength(3)))
    .check(z.describe('Applies when the petition’s complexity is one of these.')),
  remoteArea: z
    .optional(z.boolean())
    .check(z.describe('Applies when the petition’s remoteArea equals this.')),
  byDecision: z._default(z.boolean(), false),
  amount: z.int().check(z.gte(0), z.lte(3650)),
  note: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
})

/**
 * A statutory time limit as data: which petitions it applies to (`kinds`, complaint `instance`,
 * `channels`, `condition`), which step it times, what starts the clock (`start`: a history event
 * or a petition field) and what stops it (`end`: history events, or `receivedAt` for the
 * petitioner's own filing limit), how long (`amount` in `unit`, with `extensions`), on what legal
 * basis, and when it is in force (`inForceFrom`/`inForceUntil`, inclusive). `confirmed: false`
 * marks limits not checked against the primary text.
 *
 * Versions of one step (same kinds, step and instance) are told apart by their in-force dates;
 * `petitionDeadlines` picks the version in force on the day the clock started.
 *
 * Rules checked: exactly one of `start.event`/`start.field` and of `end.events`/`end.field`;
 * kinds listed once; `inForceUntil` on or after `inForceFrom`.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { deadlineRuleSchema } from '@lienthong/core/deadlines'
 *
 * const rule = deadlineRuleSchema.parse({
 *   id: 'my-answer', title: 'Answer a recommendation', kinds: ['recommendation'], step: 'answer',
 *   start: { field: 'receivedAt' }, end: { events: ['answered'] },
 *   amount: 15, unit: 'working-days', legalBasis: 'Provincial regulation 12/2025/QĐ-UBND, Art 8',
 * })
 * rule.confirmed // true
 * ```
 */
export const deadlineRuleSchema = z
  .object({
    id: idSchema,
    title: textSchema(300),
    titleVi: z.optional(textSchema(300)),
    kinds: z.array(z.enum(petitionKinds)).check(
      z.minLength(1),
      z.maxLength(4),
      z.superRefine((kinds, ctx) => {
        kinds.forEach((kind, index) => {
          if (kinds.indexOf(kind) !== index)
            addIssue(ctx, 'duplicate_value', [index], { value: kind })
        })
      }),
      z.meta({ description: 'Petition kinds the rule applies to, each once.', uniqueItems: true }),
    ),
    step: z
      .string()
      .check(
        z.regex(/^[a-z][a-z0-9-]*$/),
        z.maxLength(60),
        z.describe('Which step it times, in kebab-case: accept, resolve, send-decision…'),
      ),
    instance: z
      .optional(z.union([z.literal(1), z.literal(2)]))
      .check(
        z.describe('Complaints only: first or second instance (a petition without one is first).'),
      ),
    channels: z.optional(z.array(z.enum(petitionChannels)).check(z.minLength(1))),
    condition: z.optional(z.enum(deadlineConditions)),
    duty: z._default(z.enum(deadlineDuties), 'agency'),
    start: z
      .object({
        event: z.optional(z.enum(petitionEventTypes)),
        field: z.optional(z.enum(deadlineStartFields)),
      })
      .check(z.describe('Exactly one of event (the first such history event) and field.')),
    end: z
      .object({
        events: z.optional(
          z.array(z.enum(petitionEventTypes)).check(z.minLength(1), z.maxLength(20)),
        ),
        field: z.optional(z.enum(['receivedAt'])),
      })
      .check(
        z.describe('Exactly one of events (the first of them at or after the start) and field.'),
      ),
    stopEvents: z
      ._default(z.array(z.enum(petitionEventTypes)).check(z.maxLength(20)), ['withdrawn'])
      .check(z.describe('Events after which the step no longer applies if it was not done.')),
    amount: z.int().check(z.gte(0), z.lte(3650)),
    unit: z.enum(deadlineUnits),
    extensions: z._default(z.array(deadlineRuleExtensionSchema).check(z.maxLength(20)), []),
    extendable: z
      ._default(z.boolean(), false)
      .check(z.describe('A deadline-extended event with a newDeadline sets this step’s due date.')),
    legalBasis: legalBasisSchema,
    legalBasisVi: z
      .optional(legalBasisSchema)
      .check(z.describe('The legal basis in Vietnamese, as the documents cite it.')),
    inForceFrom: z.optional(calendarDateSchema),
    inForceUntil: z.optional(calendarDateSchema),
    confirmed: z._default(z.boolean(), true),
    note: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
  })
  .check(
    z.superRefine(
      (rule, ctx) => {
        const exactlyOne = (field: 'start' | 'end', a: boolean, b: boolean, names: string) => {
          if (a === b) {
            addIssue(ctx, 'invalid', [field], {
              detail: `give exactly one of ${names}`,
              detailVi: `cần đúng một trong ${names}`,
            })
          }
        }
        exactlyOne(
          'start',
          rule.start.event !== undefined,
          rule.start.field !== undefined,
          'event, field',
        )
        exactlyOne(
          'end',
          rule.end.events !== undefined,
          rule.end.field !== undefined,
          'events, field',
        )
        if (
          rule.inForceFrom !== undefined &&
          rule.inForceUntil !== undefined &&
          rule.inForceUntil < rule.inForceFrom
        ) {
          addIssue(ctx, 'end_before_start', ['inForceUntil'], {
            startField: 'inForceFrom',
            start: rule.inForceFrom,
            end: rule.inForceUntil,
          })
        }
      },
      { when: fieldsAreValid(['start', 'end', 'inForceFrom', 'inForceUntil']) },
    ),
  )

/** The key that versions of one step share: kinds, step and instance. */
export function ruleStepKey(rule: {
  readonly kinds: readonly string[]
  readonly step: string
  readonly instance?: number | undefined
}): string {
  return `${[...rule.kinds].sort().join('+')}/${rule.step}/${String(rule.instance ?? '')}`
}

/**
 * A set of deadline rules: ids are unique, and versions of one step (same kinds, step and
 * instance) are never in force on the same day.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { deadlineRuleSetSchema, VIETNAM_DEADLINE_RULES } from '@lienthong/core/deadlines'
 *
 * deadlineRuleSetSchema.parse(VIETNAM_DEADLINE_RULES).length // 14
 * ```
 */
export const deadlineRuleSetSchema = z.array(deadlineRuleSchema).check(
  z.maxLength(1000),
  z.superRefine((rules, ctx) => {
    const ids = new Set<string>()
    const versions = new Map<string, { index: number; from: string; until: string }[]>()
    rules.forEach((rule, index) => {
      if (ids.has(rule.id)) addIssue(ctx, 'duplicate_value', [index, 'id'], { value: rule.id })
      ids.add(rule.id)
      const key = ruleStepKey(rule)
      const window = {
        index,
        from: rule.inForceFrom ?? '0000-01-01',
        until: rule.inForceUntil ?? '9999-12-31',
      }
      for (const other of versions.get(key) ?? []) {
        if (window.from <= other.until && other.from <= window.until) {
          addIssue(ctx, 'invalid', [index, 'inForceFrom'], {
            detail: `is in force on the same days as rule ${String(other.index)} for the same step (${key}); give them inForceFrom/inForceUntil dates that do not overlap`,
            detailVi: `có hiệu lực trùng ngày với quy tắc ${String(other.index)} cho cùng bước (${key}); hãy đặt inForceFrom/inForceUntil không chồng nhau`,
          })
        }
      }
      versions.set(key, [...(versions.get(key) ?? []), window])
    })
  }),
)

/**
 * One of {@link deadlineUnits}.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import type { DeadlineUnit } from '@lienthong/core/deadlines'
 *
 * const unit: DeadlineUnit = 'working-days'
 * ```
 */
export type DeadlineUnit = (typeof deadlineUnits)[number]
/**
 * One of {@link deadlineDuties}.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import type { DeadlineDuty } from '@lienthong/core/deadlines'
 *
 * const duty: DeadlineDuty = 'agency'
 * ```
 */
export type DeadlineDuty = (typeof deadlineDuties)[number]
/**
 * A longer limit for some petitions: what {@link deadlineRuleExtensionSchema} returns.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import type { DeadlineRuleExtension } from '@lienthong/core/deadlines'
 *
 * const remote: DeadlineRuleExtension = { remoteArea: true, amount: 45, byDecision: false }
 * ```
 */
export type DeadlineRuleExtension = z.output<typeof deadlineRuleExtensionSchema>
/**
 * A parsed deadline rule: what {@link parseDeadlineRule} returns.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { VIETNAM_DEADLINE_RULES, parseDeadlineRule, type DeadlineRule } from '@lienthong/core/deadlines'
 *
 * const rule: DeadlineRule = parseDeadlineRule(VIETNAM_DEADLINE_RULES[0])
 * ```
 */
export type DeadlineRule = z.output<typeof deadlineRuleSchema>
/**
 * The JSON form of a {@link DeadlineRule}: fields with defaults may be left out.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import type { DeadlineRuleInput } from '@lienthong/core/deadlines'
 *
 * const rule: DeadlineRuleInput = {
 *   id: 'my-answer', title: 'Answer', kinds: ['reflection'], step: 'answer',
 *   start: { field: 'receivedAt' }, end: { events: ['answered'] },
 *   amount: 15, unit: 'working-days', legalBasis: 'Internal regulation 3/QĐ-VP',
 * }
 * ```
 */
export type DeadlineRuleInput = z.input<typeof deadlineRuleSchema>

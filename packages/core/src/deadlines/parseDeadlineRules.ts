import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import type { ParseOptions, SafeParseResult } from '../errors/issue.js'
import {
  deadlineRuleSchema,
  deadlineRuleSetSchema,
  type DeadlineRule,
  type DeadlineRuleInput,
} from './deadlines.schema.js'

const ruleParsers = createParsers('DeadlineRule', deadlineRuleSchema)
const setParsers = createParsers('DeadlineRules', deadlineRuleSetSchema)

/**
 * Reads one deadline rule from outside data (JSON), applying defaults (`duty: 'agency'`,
 * `stopEvents: ['withdrawn']`, `confirmed: true`, no extensions).
 *
 * @category Deadlines
 * @param input - Anything: parsed JSON, a configuration file's contents.
 * @param options - `locale` of the error messages (`'en'` or `'vi'`).
 * @returns The validated rule.
 * @throws {@link errors!LienthongError | LienthongError} with one issue per problem, each naming its field.
 * @example
 * ```ts
 * import { parseDeadlineRule } from '@lienthong/core/deadlines'
 *
 * const rule = parseDeadlineRule({
 *   id: 'hn-answer', title: 'Answer a reflection', kinds: ['reflection'], step: 'answer',
 *   start: { field: 'receivedAt' }, end: { events: ['answered'] },
 *   amount: 15, unit: 'working-days', legalBasis: 'Decision 12/2025/QĐ-UBND, Art 8',
 * })
 * rule.stopEvents // ['withdrawn']
 * ```
 */
export function parseDeadlineRule(input: unknown, options?: ParseOptions): DeadlineRule {
  return ruleParsers.parse(input, options)
}

/**
 * Like {@link parseDeadlineRule} but never throws: returns `{ ok: true, value }` or
 * `{ ok: false, error }`.
 *
 * @category Deadlines
 * @param input - Anything.
 * @param options - `locale` of the error messages.
 * @returns The rule or the {@link errors!LienthongError | LienthongError} describing every problem.
 * @example
 * ```ts
 * import { safeParseDeadlineRule } from '@lienthong/core/deadlines'
 *
 * const result = safeParseDeadlineRule({ id: 'x', start: { field: 'receivedAt', event: 'accepted' } })
 * if (!result.ok) console.log(result.error.format())
 * ```
 */
export function safeParseDeadlineRule(
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<DeadlineRule> {
  return ruleParsers.safeParse(input, options)
}

/**
 * Reads a whole rule set: every rule as {@link parseDeadlineRule} does, plus unique ids and no
 * two versions of one step in force on the same day. `petitionDeadlines` does this itself on
 * first use of a rule array; call it to check a configuration early.
 *
 * @category Deadlines
 * @param input - Anything; an array of rules is expected.
 * @param options - `locale` of the error messages.
 * @returns The validated rules, in order.
 * @throws {@link errors!LienthongError | LienthongError} with one issue per problem, each naming its index and field.
 * @example
 * ```ts
 * import { parseDeadlineRules, VIETNAM_DEADLINE_RULES } from '@lienthong/core/deadlines'
 *
 * const rules = parseDeadlineRules([
 *   ...VIETNAM_DEADLINE_RULES,
 *   {
 *     id: 'hn-answer', title: 'Answer a reflection', kinds: ['reflection'], step: 'answer-online',
 *     channels: ['online-portal'], start: { field: 'receivedAt' }, end: { events: ['answered'] },
 *     amount: 15, unit: 'working-days', legalBasis: 'Decision 12/2025/QĐ-UBND, Art 8',
 *   },
 * ])
 * ```
 */
export function parseDeadlineRules(input: unknown, options?: ParseOptions): DeadlineRule[] {
  return setParsers.parse(input, options)
}

/**
 * Like {@link parseDeadlineRules} but never throws: returns `{ ok: true, value }` or
 * `{ ok: false, error }`.
 *
 * @category Deadlines
 * @param input - Anything.
 * @param options - `locale` of the error messages.
 * @returns The rules or the {@link errors!LienthongError | LienthongError} describing every problem.
 * @example
 * ```ts
 * import { safeParseDeadlineRules, VIETNAM_DEADLINE_RULES } from '@lienthong/core/deadlines'
 *
 * const result = safeParseDeadlineRules([...VIETNAM_DEADLINE_RULES, VIETNAM_DEADLINE_RULES[0]])
 * if (!result.ok) console.log(result.error.issues[0]?.code) // 'duplicate_value'
 * ```
 */
export function safeParseDeadlineRules(
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<DeadlineRule[]> {
  return setParsers.safeParse(input, options)
}

/**
 * Writes a DeadlineRule back to its JSON wire form, with every default written out, so that
 * `parseDeadlineRule(serializeDeadlineRule(x))` equals `x`: to keep a province's rules in a
 * configuration file or share them with another system.
 *
 * @category Deadlines
 * @param rule - A parsed rule, e.g. from {@link parseDeadlineRules}.
 * @returns Plain JSON-safe data (see `docs/schemas/deadline-rule.schema.json`).
 * @example
 * ```ts
 * import {
 *   parseDeadlineRules,
 *   serializeDeadlineRule,
 *   VIETNAM_DEADLINE_RULES,
 * } from '@lienthong/core/deadlines'
 *
 * const rules = parseDeadlineRules(VIETNAM_DEADLINE_RULES)
 * const json = JSON.stringify(rules.map(serializeDeadlineRule), null, 2)
 * ```
 */
export function serializeDeadlineRule(rule: DeadlineRule): DeadlineRuleInput {
  return z.encode(deadlineRuleSchema, rule)
}

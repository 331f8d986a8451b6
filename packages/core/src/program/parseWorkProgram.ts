import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import type { ParseOptions, SafeParseResult } from '../errors/issue.js'
import { workProgramSchema, type WorkProgram, type WorkProgramInput } from './program.schema.js'

const parsers = createParsers('WorkProgram', workProgramSchema)

/**
 * Reads a WorkProgram from outside data (JSON), applying defaults.
 *
 * @category Program
 * @param input - Anything: parsed JSON, a form's values, a database row.
 * @param options - `locale` of the error messages (`'en'` or `'vi'`).
 * @returns The validated workProgram.
 * @throws {@link errors!LienthongError | LienthongError} with one issue per problem, each naming its field.
 * @example
 * ```ts
 * import { parseWorkProgram } from '@lienthong/core/program'
 *
 * const workProgram = parseWorkProgram({
 *   id: 'ctct-w10', ownerId: 'ubnd', periodKind: 'week', period: { start: '2026-03-02', end: '2026-03-08' },
 * })
 * ```
 */
export function parseWorkProgram(input: unknown, options?: ParseOptions): WorkProgram {
  return parsers.parse(input, options)
}

/**
 * Like {@link parseWorkProgram} but never throws: returns `{ ok: true, value }` or
 * `{ ok: false, error }`.
 *
 * @category Program
 * @param input - Anything.
 * @param options - `locale` of the error messages.
 * @returns The workProgram or the {@link errors!LienthongError | LienthongError} describing every problem.
 * @example
 * ```ts
 * import { safeParseWorkProgram } from '@lienthong/core/program'
 *
 * const result = safeParseWorkProgram({}, { locale: 'vi' })
 * if (!result.ok) console.log(result.error.format('vi'))
 * ```
 */
export function safeParseWorkProgram(
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<WorkProgram> {
  return parsers.safeParse(input, options)
}

/**
 * Writes a WorkProgram back to its JSON wire form (instants as ISO 8601 strings), so that
 * `parseWorkProgram(serializeWorkProgram(x))` equals `x`.
 *
 * @category Program
 * @param workProgram - A parsed workProgram.
 * @returns Plain JSON-safe data.
 * @example
 * ```ts
 * import { parseWorkProgram, serializeWorkProgram } from '@lienthong/core/program'
 *
 * const json = JSON.stringify(serializeWorkProgram(parseWorkProgram({
 *   id: 'ctct-w10', ownerId: 'ubnd', periodKind: 'week', period: { start: '2026-03-02', end: '2026-03-08' },
 * })))
 * ```
 */
export function serializeWorkProgram(workProgram: WorkProgram): WorkProgramInput {
  return z.encode(workProgramSchema, workProgram)
}

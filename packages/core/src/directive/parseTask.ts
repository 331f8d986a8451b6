import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import type { ParseOptions, SafeParseResult } from '../errors/issue.js'
import { taskSchema, type Task, type TaskInput } from './directive.schema.js'

const parsers = createParsers('Task', taskSchema)

/**
 * Reads a Task from outside data (JSON), applying defaults.
 *
 * @category Directive
 * @param input - Anything: parsed JSON, a form's values, a database row.
 * @param options - `locale` of the error messages (`'en'` or `'vi'`).
 * @returns The validated task.
 * @throws {@link errors!LienthongError | LienthongError} with one issue per problem, each naming its field.
 * @example
 * ```ts
 * import { parseTask } from '@lienthong/core/directive'
 *
 * const task = parseTask({ id: 't1', content: 'Tổng hợp báo cáo quý I', leadUnitId: 'vp-ubnd', deadline: '2026-03-31' })
 * ```
 */
export function parseTask(input: unknown, options?: ParseOptions): Task {
  return parsers.parse(input, options)
}

/**
 * Like {@link parseTask} but never throws: returns `{ ok: true, value }` or
 * `{ ok: false, error }`.
 *
 * @category Directive
 * @param input - Anything.
 * @param options - `locale` of the error messages.
 * @returns The task or the {@link errors!LienthongError | LienthongError} describing every problem.
 * @example
 * ```ts
 * import { safeParseTask } from '@lienthong/core/directive'
 *
 * const result = safeParseTask({}, { locale: 'vi' })
 * if (!result.ok) console.log(result.error.format('vi'))
 * ```
 */
export function safeParseTask(input: unknown, options?: ParseOptions): SafeParseResult<Task> {
  return parsers.safeParse(input, options)
}

/**
 * Writes a Task back to its JSON wire form (instants as ISO 8601 strings), so that
 * `parseTask(serializeTask(x))` equals `x`.
 *
 * @category Directive
 * @param task - A parsed task.
 * @returns Plain JSON-safe data.
 * @example
 * ```ts
 * import { parseTask, serializeTask } from '@lienthong/core/directive'
 *
 * const json = JSON.stringify(serializeTask(parseTask({ id: 't1', content: 'Tổng hợp báo cáo quý I', leadUnitId: 'vp-ubnd', deadline: '2026-03-31' })))
 * ```
 */
export function serializeTask(task: Task): TaskInput {
  return z.encode(taskSchema, task)
}

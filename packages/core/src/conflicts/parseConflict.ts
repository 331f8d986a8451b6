import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import type { ParseOptions, SafeParseResult } from '../errors/issue.js'
import { conflictSchema, type Conflict, type ConflictInput } from './conflicts.schema.js'

const parsers = createParsers('Conflict', conflictSchema)

/**
 * Reads a Conflict from its JSON wire form, e.g. conflicts a back end computed and sent to a
 * widget.
 *
 * @category Conflicts
 * @param input - Anything: parsed JSON.
 * @param options - `locale` of the error messages (`'en'` or `'vi'`).
 * @returns The conflict, with its interval as `Date`s.
 * @throws {@link errors!LienthongError | LienthongError} with one issue per problem, each naming its field.
 * @example
 * ```ts
 * import { parseConflict } from '@lienthong/core/conflicts'
 *
 * const conflict = parseConflict({
 *   kind: 'holiday', severity: 'warning', meetingIds: ['m1'],
 *   interval: { start: '2026-09-02T08:00:00+07:00', end: '2026-09-02T10:00:00+07:00' },
 *   messageCode: 'holiday', params: { title: 'Giao ban', date: '2026-09-02' },
 *   message: '“Giao ban” falls on 2026-09-02, a holiday',
 * })
 * conflict.interval.start instanceof Date // true
 * ```
 */
export function parseConflict(input: unknown, options?: ParseOptions): Conflict {
  return parsers.parse(input, options)
}

/**
 * Like {@link parseConflict} but never throws: returns `{ ok: true, value }` or
 * `{ ok: false, error }`.
 *
 * @category Conflicts
 * @param input - Anything.
 * @param options - `locale` of the error messages.
 * @returns The conflict or the {@link errors!LienthongError | LienthongError} describing every problem.
 * @example
 * ```ts
 * import { safeParseConflict } from '@lienthong/core/conflicts'
 *
 * const result = safeParseConflict({ kind: 'nap-time' })
 * if (!result.ok) console.log(result.error.format())
 * ```
 */
export function safeParseConflict(
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<Conflict> {
  return parsers.safeParse(input, options)
}

/**
 * Writes a Conflict to its JSON wire form (instants as ISO 8601 strings), so that
 * `parseConflict(serializeConflict(x))` equals `x`.
 *
 * @category Conflicts
 * @param conflict - A conflict, e.g. from {@link detectConflicts}.
 * @returns Plain JSON-safe data.
 * @example
 * ```ts
 * import { detectConflicts, serializeConflict } from '@lienthong/core/conflicts'
 * import type { Meeting } from '@lienthong/core/meeting'
 *
 * declare const meetings: Meeting[]
 * const json = JSON.stringify(detectConflicts(meetings).map(serializeConflict))
 * ```
 */
export function serializeConflict(conflict: Conflict): ConflictInput {
  return z.encode(conflictSchema, conflict)
}

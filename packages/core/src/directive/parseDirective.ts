import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import type { ParseOptions, SafeParseResult } from '../errors/issue.js'
import { directiveSchema, type Directive, type DirectiveInput } from './directive.schema.js'

const parsers = createParsers('Directive', directiveSchema)

/**
 * Reads a Directive from outside data (JSON), applying defaults.
 *
 * @category Directive
 * @param input - Anything: parsed JSON, a form's values, a database row.
 * @param options - `locale` of the error messages (`'en'` or `'vi'`).
 * @returns The validated directive.
 * @throws {@link errors!LienthongError | LienthongError} with one issue per problem, each naming its field.
 * @example
 * ```ts
 * import { parseDirective } from '@lienthong/core/directive'
 *
 * const directive = parseDirective({
 *   id: 'ct-05', type: 'directive', symbol: '05-CT/TU', issuerId: 'tu', issuedOn: '2026-02-10',
 *   title: 'Chỉ thị về công tác tiếp công dân',
 * })
 * ```
 */
export function parseDirective(input: unknown, options?: ParseOptions): Directive {
  return parsers.parse(input, options)
}

/**
 * Like {@link parseDirective} but never throws: returns `{ ok: true, value }` or
 * `{ ok: false, error }`.
 *
 * @category Directive
 * @param input - Anything.
 * @param options - `locale` of the error messages.
 * @returns The directive or the {@link errors!LienthongError | LienthongError} describing every problem.
 * @example
 * ```ts
 * import { safeParseDirective } from '@lienthong/core/directive'
 *
 * const result = safeParseDirective({}, { locale: 'vi' })
 * if (!result.ok) console.log(result.error.format('vi'))
 * ```
 */
export function safeParseDirective(
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<Directive> {
  return parsers.safeParse(input, options)
}

/**
 * Writes a Directive back to its JSON wire form (instants as ISO 8601 strings), so that
 * `parseDirective(serializeDirective(x))` equals `x`.
 *
 * @category Directive
 * @param directive - A parsed directive.
 * @returns Plain JSON-safe data.
 * @example
 * ```ts
 * import { parseDirective, serializeDirective } from '@lienthong/core/directive'
 *
 * const json = JSON.stringify(serializeDirective(parseDirective({
 *   id: 'ct-05', type: 'directive', symbol: '05-CT/TU', issuerId: 'tu', issuedOn: '2026-02-10',
 *   title: 'Chỉ thị về công tác tiếp công dân',
 * })))
 * ```
 */
export function serializeDirective(directive: Directive): DirectiveInput {
  return z.encode(directiveSchema, directive)
}

import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import type { ParseOptions, SafeParseResult } from '../errors/issue.js'
import { petitionSchema, type Petition, type PetitionInput } from './petition.schema.js'

const parsers = createParsers('Petition', petitionSchema)

/**
 * Reads a Petition from outside data (JSON), applying defaults.
 *
 * @category Petition
 * @param input - Anything: parsed JSON, a form's values, a database row.
 * @param options - `locale` of the error messages (`'en'` or `'vi'`).
 * @returns The validated petition.
 * @throws {@link errors!LienthongError | LienthongError} with one issue per problem, each naming its field.
 * @example
 * ```ts
 * import { parsePetition } from '@lienthong/core/petition'
 *
 * const petition = parsePetition({
 *   id: 'd1', trackingCode: 'HN-2026-000123', kinds: ['recommendation'], channel: 'email',
 *   receivedAt: '2026-03-02T10:15:00+07:00', receivedById: 'vp-hdnd', anonymous: true,
 *   subject: 'Kiến nghị sửa chữa đường', content: 'Đường ngõ 12 bị hỏng nặng sau mưa.',
 * })
 * ```
 */
export function parsePetition(input: unknown, options?: ParseOptions): Petition {
  return parsers.parse(input, options)
}

/**
 * Like {@link parsePetition} but never throws: returns `{ ok: true, value }` or
 * `{ ok: false, error }`.
 *
 * @category Petition
 * @param input - Anything.
 * @param options - `locale` of the error messages.
 * @returns The petition or the {@link errors!LienthongError | LienthongError} describing every problem.
 * @example
 * ```ts
 * import { safeParsePetition } from '@lienthong/core/petition'
 *
 * const result = safeParsePetition({}, { locale: 'vi' })
 * if (!result.ok) console.log(result.error.format('vi'))
 * ```
 */
export function safeParsePetition(
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<Petition> {
  return parsers.safeParse(input, options)
}

/**
 * Writes a Petition back to its JSON wire form (instants as ISO 8601 strings), so that
 * `parsePetition(serializePetition(x))` equals `x`.
 *
 * @category Petition
 * @param petition - A parsed petition.
 * @returns Plain JSON-safe data.
 * @example
 * ```ts
 * import { parsePetition, serializePetition } from '@lienthong/core/petition'
 *
 * const json = JSON.stringify(serializePetition(parsePetition({
 *   id: 'd1', trackingCode: 'HN-2026-000123', kinds: ['recommendation'], channel: 'email',
 *   receivedAt: '2026-03-02T10:15:00+07:00', receivedById: 'vp-hdnd', anonymous: true,
 *   subject: 'Kiến nghị sửa chữa đường', content: 'Đường ngõ 12 bị hỏng nặng sau mưa.',
 * })))
 * ```
 */
export function serializePetition(petition: Petition): PetitionInput {
  return z.encode(petitionSchema, petition)
}

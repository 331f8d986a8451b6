import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import type { ParseOptions, SafeParseResult } from '../errors/issue.js'
import { personSchema, type Person, type PersonInput } from './office.schema.js'

const parsers = createParsers('Person', personSchema)

/**
 * Reads a Person from outside data (JSON), applying defaults.
 *
 * @category Office
 * @param input - Anything: parsed JSON, a form's values, a database row.
 * @param options - `locale` of the error messages (`'en'` or `'vi'`).
 * @returns The validated person.
 * @throws {@link errors!LienthongError | LienthongError} with one issue per problem, each naming its field.
 * @example
 * ```ts
 * import { parsePerson } from '@lienthong/core/office'
 *
 * const person = parsePerson({ id: 'p1', name: 'Trần Thị Bình', posts: [{ organizationId: 'ubnd', role: 'vice-chair' }] })
 * ```
 */
export function parsePerson(input: unknown, options?: ParseOptions): Person {
  return parsers.parse(input, options)
}

/**
 * Like {@link parsePerson} but never throws: returns `{ ok: true, value }` or
 * `{ ok: false, error }`.
 *
 * @category Office
 * @param input - Anything.
 * @param options - `locale` of the error messages.
 * @returns The person or the {@link errors!LienthongError | LienthongError} describing every problem.
 * @example
 * ```ts
 * import { safeParsePerson } from '@lienthong/core/office'
 *
 * const result = safeParsePerson({}, { locale: 'vi' })
 * if (!result.ok) console.log(result.error.format('vi'))
 * ```
 */
export function safeParsePerson(input: unknown, options?: ParseOptions): SafeParseResult<Person> {
  return parsers.safeParse(input, options)
}

/**
 * Writes a Person back to its JSON wire form (instants as ISO 8601 strings), so that
 * `parsePerson(serializePerson(x))` equals `x`.
 *
 * @category Office
 * @param person - A parsed person.
 * @returns Plain JSON-safe data.
 * @example
 * ```ts
 * import { parsePerson, serializePerson } from '@lienthong/core/office'
 *
 * const json = JSON.stringify(serializePerson(parsePerson({ id: 'p1', name: 'Trần Thị Bình', posts: [{ organizationId: 'ubnd', role: 'vice-chair' }] })))
 * ```
 */
export function serializePerson(person: Person): PersonInput {
  return z.encode(personSchema, person)
}

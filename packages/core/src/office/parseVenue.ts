import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import type { ParseOptions, SafeParseResult } from '../errors/issue.js'
import { venueSchema, type Venue, type VenueInput } from './office.schema.js'

const parsers = createParsers('Venue', venueSchema)

/**
 * Reads a Venue from outside data (JSON), applying defaults.
 *
 * @category Office
 * @param input - Anything: parsed JSON, a form's values, a database row.
 * @param options - `locale` of the error messages (`'en'` or `'vi'`).
 * @returns The validated venue.
 * @throws {@link errors!LienthongError | LienthongError} with one issue per problem, each naming its field.
 * @example
 * ```ts
 * import { parseVenue } from '@lienthong/core/office'
 *
 * const venue = parseVenue({ id: 'r1', name: 'Phòng họp số 1', kind: 'room', capacity: 40 })
 * ```
 */
export function parseVenue(input: unknown, options?: ParseOptions): Venue {
  return parsers.parse(input, options)
}

/**
 * Like {@link parseVenue} but never throws: returns `{ ok: true, value }` or
 * `{ ok: false, error }`.
 *
 * @category Office
 * @param input - Anything.
 * @param options - `locale` of the error messages.
 * @returns The venue or the {@link errors!LienthongError | LienthongError} describing every problem.
 * @example
 * ```ts
 * import { safeParseVenue } from '@lienthong/core/office'
 *
 * const result = safeParseVenue({}, { locale: 'vi' })
 * if (!result.ok) console.log(result.error.format('vi'))
 * ```
 */
export function safeParseVenue(input: unknown, options?: ParseOptions): SafeParseResult<Venue> {
  return parsers.safeParse(input, options)
}

/**
 * Writes a Venue back to its JSON wire form (instants as ISO 8601 strings), so that
 * `parseVenue(serializeVenue(x))` equals `x`.
 *
 * @category Office
 * @param venue - A parsed venue.
 * @returns Plain JSON-safe data.
 * @example
 * ```ts
 * import { parseVenue, serializeVenue } from '@lienthong/core/office'
 *
 * const json = JSON.stringify(serializeVenue(parseVenue({ id: 'r1', name: 'Phòng họp số 1', kind: 'room', capacity: 40 })))
 * ```
 */
export function serializeVenue(venue: Venue): VenueInput {
  return z.encode(venueSchema, venue)
}

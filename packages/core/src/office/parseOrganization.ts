import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import type { ParseOptions, SafeParseResult } from '../errors/issue.js'
import { organizationSchema, type Organization, type OrganizationInput } from './office.schema.js'

const parsers = createParsers('Organization', organizationSchema)

/**
 * Reads a Organization from outside data (JSON), applying defaults.
 *
 * @category Office
 * @param input - Anything: parsed JSON, a form's values, a database row.
 * @param options - `locale` of the error messages (`'en'` or `'vi'`).
 * @returns The validated organization.
 * @throws {@link errors!LienthongError | LienthongError} with one issue per problem, each naming its field.
 * @example
 * ```ts
 * import { parseOrganization } from '@lienthong/core/office'
 *
 * const organization = parseOrganization({ id: 'ubnd', name: 'UBND thành phố', kind: 'peoples-committee', level: 'province' })
 * ```
 */
export function parseOrganization(input: unknown, options?: ParseOptions): Organization {
  return parsers.parse(input, options)
}

/**
 * Like {@link parseOrganization} but never throws: returns `{ ok: true, value }` or
 * `{ ok: false, error }`.
 *
 * @category Office
 * @param input - Anything.
 * @param options - `locale` of the error messages.
 * @returns The organization or the {@link errors!LienthongError | LienthongError} describing every problem.
 * @example
 * ```ts
 * import { safeParseOrganization } from '@lienthong/core/office'
 *
 * const result = safeParseOrganization({}, { locale: 'vi' })
 * if (!result.ok) console.log(result.error.format('vi'))
 * ```
 */
export function safeParseOrganization(
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<Organization> {
  return parsers.safeParse(input, options)
}

/**
 * Writes a Organization back to its JSON wire form (instants as ISO 8601 strings), so that
 * `parseOrganization(serializeOrganization(x))` equals `x`.
 *
 * @category Office
 * @param organization - A parsed organization.
 * @returns Plain JSON-safe data.
 * @example
 * ```ts
 * import { parseOrganization, serializeOrganization } from '@lienthong/core/office'
 *
 * const json = JSON.stringify(serializeOrganization(parseOrganization({ id: 'ubnd', name: 'UBND thành phố', kind: 'peoples-committee', level: 'province' })))
 * ```
 */
export function serializeOrganization(organization: Organization): OrganizationInput {
  return z.encode(organizationSchema, organization)
}

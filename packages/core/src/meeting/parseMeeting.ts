import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import type { ParseOptions, SafeParseResult } from '../errors/issue.js'
import { meetingSchema, type Meeting, type MeetingInput } from './meeting.schema.js'

const parsers = createParsers('Meeting', meetingSchema)

/**
 * Reads a Meeting from outside data (JSON), applying defaults.
 *
 * @category Meeting
 * @param input - Anything: parsed JSON, a form's values, a database row.
 * @param options - `locale` of the error messages (`'en'` or `'vi'`).
 * @returns The validated meeting.
 * @throws {@link errors!LienthongError | LienthongError} with one issue per problem, each naming its field.
 * @example
 * ```ts
 * import { parseMeeting } from '@lienthong/core/meeting'
 *
 * const meeting = parseMeeting({
 *   id: 'm1', title: 'Phiên họp UBND thành phố thường kỳ tháng 3', kind: 'peoples-committee-regular-meeting',
 *   hostId: 'ubnd', start: '2026-03-26T08:00:00+07:00', end: '2026-03-26T11:30:00+07:00',
 * })
 * ```
 */
export function parseMeeting(input: unknown, options?: ParseOptions): Meeting {
  return parsers.parse(input, options)
}

/**
 * Like {@link parseMeeting} but never throws: returns `{ ok: true, value }` or
 * `{ ok: false, error }`.
 *
 * @category Meeting
 * @param input - Anything.
 * @param options - `locale` of the error messages.
 * @returns The meeting or the {@link errors!LienthongError | LienthongError} describing every problem.
 * @example
 * ```ts
 * import { safeParseMeeting } from '@lienthong/core/meeting'
 *
 * const result = safeParseMeeting({}, { locale: 'vi' })
 * if (!result.ok) console.log(result.error.format('vi'))
 * ```
 */
export function safeParseMeeting(input: unknown, options?: ParseOptions): SafeParseResult<Meeting> {
  return parsers.safeParse(input, options)
}

/**
 * Writes a Meeting back to its JSON wire form (instants as ISO 8601 strings), so that
 * `parseMeeting(serializeMeeting(x))` equals `x`.
 *
 * @category Meeting
 * @param meeting - A parsed meeting.
 * @returns Plain JSON-safe data.
 * @example
 * ```ts
 * import { parseMeeting, serializeMeeting } from '@lienthong/core/meeting'
 *
 * const json = JSON.stringify(serializeMeeting(parseMeeting({
 *   id: 'm1', title: 'Phiên họp UBND thành phố thường kỳ tháng 3', kind: 'peoples-committee-regular-meeting',
 *   hostId: 'ubnd', start: '2026-03-26T08:00:00+07:00', end: '2026-03-26T11:30:00+07:00',
 * })))
 * ```
 */
export function serializeMeeting(meeting: Meeting): MeetingInput {
  return z.encode(meetingSchema, meeting)
}

import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import type { ParseOptions, SafeParseResult } from '../errors/issue.js'
import {
  holidayCalendarSchema,
  type HolidayCalendar,
  type HolidayCalendarInput,
} from './holidayCalendar.schema.js'

const parsers = createParsers('HolidayCalendar', holidayCalendarSchema)

/**
 * Reads a working calendar from outside data (JSON), applying defaults (weekly rest days
 * Saturday and Sunday, empty lists) and checking its rules (see {@link holidayCalendarSchema}).
 * The working-day functions accept unparsed calendars too and validate them on first use.
 *
 * @category Calendar
 * @param input - Anything: parsed JSON, a configuration file's contents.
 * @param options - `locale` of the error messages (`'en'` or `'vi'`).
 * @returns The validated calendar.
 * @throws {@link errors!LienthongError | LienthongError} with one issue per problem, each naming its field.
 * @example
 * ```ts
 * import { parseHolidayCalendar } from '@lienthong/core/calendar'
 *
 * const calendar = parseHolidayCalendar({ name: 'Plain weeks', from: '2026-01-01', to: '2026-12-31' })
 * calendar.weeklyRestDays // [6, 7]
 * ```
 */
export function parseHolidayCalendar(input: unknown, options?: ParseOptions): HolidayCalendar {
  return parsers.parse(input, options)
}

/**
 * Like {@link parseHolidayCalendar} but never throws: returns `{ ok: true, value }` or
 * `{ ok: false, error }`.
 *
 * @category Calendar
 * @param input - Anything.
 * @param options - `locale` of the error messages.
 * @returns The calendar or the {@link errors!LienthongError | LienthongError} describing every problem.
 * @example
 * ```ts
 * import { safeParseHolidayCalendar } from '@lienthong/core/calendar'
 *
 * const result = safeParseHolidayCalendar({ name: 'X', from: '2026-12-31', to: '2026-01-01' })
 * if (!result.ok) console.log(result.error.format())
 * // 'to: must be after from (2026-01-01 is not after 2026-12-31)'
 * ```
 */
export function safeParseHolidayCalendar(
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<HolidayCalendar> {
  return parsers.safeParse(input, options)
}

/**
 * Writes a HolidayCalendar back to its JSON wire form, with every default written out, so that
 * `parseHolidayCalendar(serializeHolidayCalendar(x))` equals `x`: to publish the calendar an
 * office works by, or to store it beside its data.
 *
 * @category Calendar
 * @param calendar - A parsed calendar, e.g. from {@link vietnamWorkingCalendar}.
 * @returns Plain JSON-safe data (see `docs/schemas/holiday-calendar.schema.json`).
 * @example
 * ```ts
 * import { serializeHolidayCalendar, vietnamWorkingCalendar } from '@lienthong/core/calendar'
 *
 * const json = JSON.stringify(serializeHolidayCalendar(vietnamWorkingCalendar({ from: 2026, to: 2026 })))
 * ```
 */
export function serializeHolidayCalendar(calendar: HolidayCalendar): HolidayCalendarInput {
  return z.encode(holidayCalendarSchema, calendar)
}

import { createParsers } from '../_lib/createParsers.js'
import type { ParseOptions, SafeParseResult } from '../errors/issue.js'
import { lunarDateSchema, type LunarDate, type LunarDateInput } from './calendar.schema.js'
import { isoDateFromDayNumber } from './dayNumber.js'
import { monthsOfLunarYear } from './lunarMonths.js'

const parsers = createParsers('LunarDate', lunarDateSchema)

function toSolar(date: LunarDate): string {
  const month = monthsOfLunarYear(date.year).find(
    (span) => span.month === date.month && span.leap === date.leap,
  )
  // The schema has already checked that the month exists and is long enough.
  return isoDateFromDayNumber((month?.start ?? Number.NaN) + date.day - 1)
}

/**
 * Converts a date of the Vietnamese lunar calendar (âm lịch) to the solar (Gregorian) date.
 *
 * The lunar calendar is computed as in {@link solarToLunar}. The date must exist: a leap month
 * only where the year has one (2025 has a leap 6th month, 2026 none), day 30 only in a 30-day month.
 *
 * Performance: O(1) once the lunar year is cached (a few µs, mostly input validation); the first
 * call for a year computes it (about 0.3 ms).
 *
 * @category Calendar
 * @param date - `{ day, month, year, leap }`; `leap` defaults to `false`; `year` is the lunar year
 *   (the Gregorian year of its Tết), 1900–2100.
 * @param options - `locale` of the error messages (`'en'` or `'vi'`).
 * @returns The solar date `YYYY-MM-DD`.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) naming the field at fault: a value out of range
 *   (`month: 13`), a leap month the year does not have (`leap`), a day the month does not have
 *   (`day`), or an unknown key.
 * @example
 * ```ts
 * import { lunarToSolar } from '@lienthong/core/calendar'
 *
 * lunarToSolar({ day: 1, month: 1, year: 2026 }) // '2026-02-17' (Tết Bính Ngọ)
 * lunarToSolar({ day: 10, month: 3, year: 2025 }) // '2025-04-07' (Hùng Kings' day)
 * lunarToSolar({ day: 1, month: 6, year: 2025, leap: true }) // '2025-07-25'
 * ```
 */
export function lunarToSolar(date: LunarDateInput, options?: ParseOptions): string {
  return toSolar(parsers.parse(date, options))
}

/**
 * Like {@link lunarToSolar} but never throws: returns `{ ok: true, value }` or
 * `{ ok: false, error }`.
 *
 * @category Calendar
 * @param date - Anything; `{ day, month, year, leap? }` is expected.
 * @param options - `locale` of the error messages.
 * @returns The solar date `YYYY-MM-DD`, or the {@link errors!LienthongError | LienthongError} listing every problem.
 * @example
 * ```ts
 * import { safeLunarToSolar } from '@lienthong/core/calendar'
 *
 * const result = safeLunarToSolar({ day: 1, month: 4, year: 2025, leap: true })
 * if (!result.ok) console.log(result.error.format())
 * // 'leap: lunar year 2025 has no leap month 4 (its leap month is 6)'
 * ```
 */
export function safeLunarToSolar(date: unknown, options?: ParseOptions): SafeParseResult<string> {
  const result = parsers.safeParse(date, options)
  return result.ok ? { ok: true, value: toSolar(result.value) } : result
}

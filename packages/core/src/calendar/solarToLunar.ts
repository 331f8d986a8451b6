import { createParsers } from '../_lib/createParsers.js'
import type { ParseOptions, SafeParseResult } from '../errors/issue.js'
import { solarDateInLunarRangeSchema, type LunarDate } from './calendar.schema.js'
import { dayNumberFromIsoDate } from './dayNumber.js'
import { monthContainingDay } from './lunarMonths.js'

const parsers = createParsers('SolarDate', solarDateInLunarRangeSchema)

function toLunar(date: string): LunarDate {
  const dayNumber = dayNumberFromIsoDate(date)
  const month = monthContainingDay(dayNumber)
  return {
    day: dayNumber - month.start + 1,
    month: month.month,
    year: month.year,
    leap: month.leap,
  }
}

/**
 * Converts a solar (Gregorian) date to the Vietnamese lunar calendar (âm lịch).
 *
 * Computed as Vietnam does: a month starts on the day of the astronomical new moon in Vietnamese
 * time (UTC+7, UTC+8 before 1968), month 11 holds the winter solstice, and in a 13-month year the
 * first month without a major solar term is the leap month. The new moons and solar terms come from
 * Meeus's algorithms, not from a table. So it can differ from the Chinese calendar, computed at
 * UTC+8 (Tết 2007: 17 February in Vietnam, 18 February in China).
 *
 * Performance: the first date of a lunar year computes that year from a few dozen new-moon and
 * solar-longitude evaluations (about 0.3 ms); years stay cached (the whole supported range fits,
 * about 200 small entries), so later dates cost O(1) plus a scan of at most 13 months (a few µs,
 * mostly input validation).
 *
 * @category Calendar
 * @param date - A date `YYYY-MM-DD` within {@link LUNAR_CALENDAR_RANGE} (1900-01-31 to 2101-01-28).
 * @param options - `locale` of the error messages (`'en'` or `'vi'`).
 * @returns The lunar date: `day` 1–30, `month` 1–12, lunar `year` (the Gregorian year of its Tết)
 *   and `leap`, true in a leap month.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) when `date` is not a `YYYY-MM-DD` string, does
 *   not exist (2025-02-30) or lies outside the supported range.
 * @example
 * ```ts
 * import { solarToLunar } from '@lienthong/core/calendar'
 *
 * solarToLunar('2025-07-25') // { day: 1, month: 6, year: 2025, leap: true }
 * solarToLunar('2026-02-16') // { day: 29, month: 12, year: 2025, leap: false }
 * ```
 */
export function solarToLunar(date: string, options?: ParseOptions): LunarDate {
  return toLunar(parsers.parse(date, options))
}

/**
 * Like {@link solarToLunar} but never throws: returns `{ ok: true, value }` or
 * `{ ok: false, error }`.
 *
 * @category Calendar
 * @param date - Anything; a `YYYY-MM-DD` string is expected.
 * @param options - `locale` of the error messages.
 * @returns The lunar date, or the {@link errors!LienthongError | LienthongError} describing why the input was refused.
 * @example
 * ```ts
 * import { safeSolarToLunar } from '@lienthong/core/calendar'
 *
 * const result = safeSolarToLunar('2025-02-30', { locale: 'vi' })
 * if (!result.ok) console.log(result.error.format('vi'))
 * // '"2025-02-30" không tồn tại: tháng 2/2025 có 28 ngày'
 * ```
 */
export function safeSolarToLunar(
  date: unknown,
  options?: ParseOptions,
): SafeParseResult<LunarDate> {
  const result = parsers.safeParse(date, options)
  return result.ok ? { ok: true, value: toLunar(result.value) } : result
}

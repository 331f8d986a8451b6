import type { ParseOptions } from '../errors/issue.js'
import { isoDateFromDayNumber } from './dayNumber.js'
import { monthsOfLunarYear } from './lunarMonths.js'
import { parseLunarYear } from './parseLunarYear.js'

/**
 * The solar date of Tết Nguyên Đán (day 1 of month 1 of the lunar calendar) in `year`, computed
 * the Vietnamese way: it differs from the Chinese New Year in some years (1985, 2007, 2030).
 *
 * Performance: O(1) once the year is cached; the first call for a year computes it (about
 * 0.3 ms).
 *
 * @category Calendar
 * @param year - Gregorian year 1900–2100.
 * @param options - `locale` of the error messages (`'en'` or `'vi'`).
 * @returns The date `YYYY-MM-DD`, always between 21 January and 20 February.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) when `year` is not a whole number in 1900–2100.
 * @example
 * ```ts
 * import { tetDate } from '@lienthong/core/calendar'
 *
 * tetDate(2026) // '2026-02-17'
 * tetDate(2007) // '2007-02-17' (China: 2007-02-18)
 * ```
 */
export function tetDate(year: number, options?: ParseOptions): string {
  const first = monthsOfLunarYear(parseLunarYear(year, options))[0]
  return first ? isoDateFromDayNumber(first.start) : ''
}

import type { ParseOptions } from '../errors/issue.js'
import { isoDateFromDayNumber } from './dayNumber.js'
import { monthsOfLunarYear } from './lunarMonths.js'
import { parseLunarYear } from './parseLunarYear.js'

/**
 * One month of a lunar year, as listed by {@link lunarYearInfo}.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { lunarYearInfo, type LunarMonthInfo } from '@lienthong/core/calendar'
 *
 * const leapMonth: LunarMonthInfo | undefined = lunarYearInfo(2025).months.find((m) => m.leap)
 * // { month: 6, leap: true, start: '2025-07-25', length: 29 }
 * ```
 */
export interface LunarMonthInfo {
  /** Month number 1–12; a leap month repeats the number of the month before it. */
  readonly month: number
  /** True for the leap month (tháng nhuận). */
  readonly leap: boolean
  /** Solar date `YYYY-MM-DD` of day 1 (the day of the new moon in Vietnam). */
  readonly start: string
  /** 29 days (tháng thiếu) or 30 days (tháng đủ). */
  readonly length: number
}

/**
 * The shape of a lunar year, as returned by {@link lunarYearInfo}.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { lunarYearInfo, type LunarYearInfo } from '@lienthong/core/calendar'
 *
 * const info: LunarYearInfo = lunarYearInfo(2033)
 * info.leapMonth // 11 (the rare leap 11th month)
 * ```
 */
export interface LunarYearInfo {
  /** The lunar year: the Gregorian year in which its Tết falls. */
  readonly year: number
  /** Solar date of Tết Nguyên Đán, day 1 of month 1. */
  readonly tet: string
  /** Number of the leap month, or `undefined` in a 12-month year. */
  readonly leapMonth: number | undefined
  /** The 12 or 13 months in order, from month 1 to month 12. */
  readonly months: readonly LunarMonthInfo[]
  /** Days in the year: 353–355 for 12 months, 383–385 for 13. */
  readonly days: number
}

/**
 * Describes one lunar year of the Vietnamese calendar: its Tết, its leap month if any, and the
 * first day and length of every month.
 *
 * Performance: the first call for a year evaluates a few dozen new moons and solar longitudes
 * (about 0.3 ms); the months are cached, so later calls are O(13). Every call returns fresh
 * objects.
 *
 * @category Calendar
 * @param year - Lunar year 1900–2100 (the Gregorian year of its Tết).
 * @param options - `locale` of the error messages (`'en'` or `'vi'`).
 * @returns Tết, the leap month number (or `undefined`), the months with their start dates and
 *   lengths, and the number of days in the year.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) when `year` is not a whole number in 1900–2100.
 * @example
 * ```ts
 * import { lunarYearInfo } from '@lienthong/core/calendar'
 *
 * const year = lunarYearInfo(2025)
 * year.tet // '2025-01-29'
 * year.leapMonth // 6
 * year.months.length // 13
 * year.days // 384
 * ```
 */
export function lunarYearInfo(year: number, options?: ParseOptions): LunarYearInfo {
  const valid = parseLunarYear(year, options)
  const months = monthsOfLunarYear(valid).map((span): LunarMonthInfo => ({
    month: span.month,
    leap: span.leap,
    start: isoDateFromDayNumber(span.start),
    length: span.length,
  }))
  return {
    year: valid,
    tet: months[0]?.start ?? '',
    leapMonth: months.find((month) => month.leap)?.month,
    months,
    days: months.reduce((total, month) => total + month.length, 0),
  }
}

import * as z from 'zod/mini'
import { addIssue } from '../_lib/primitives.js'
import { daysInGregorianMonth } from './dayNumber.js'
import { monthsOfLunarYear } from './lunarMonths.js'

/**
 * The span the Vietnamese lunar calendar functions accept: lunar years 1900–2100, that is every
 * solar date from Tết 1900 (1900-01-31) to the eve of Tết 2101 (2101-01-28).
 *
 * Lunar years 1968–2100 match the reference table of Tết, Hùng Kings' day and leap months computed
 * with Hồ Ngọc Đức's method. Years 1900–1967 follow the same rule at UTC+8; almanacs printed then
 * (before 1929 China reckoned at Beijing's meridian) can differ by a day in a few months. Dates
 * after about 2050 depend on the predicted ΔT (the slowing of the Earth's rotation): a month whose
 * new moon falls within a minute of midnight (none before 2054) may end up published a day apart.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { LUNAR_CALENDAR_RANGE } from '@lienthong/core/calendar'
 *
 * LUNAR_CALENDAR_RANGE.firstSolarDate // '1900-01-31'
 * LUNAR_CALENDAR_RANGE.lastYear // 2100
 * ```
 */
export const LUNAR_CALENDAR_RANGE = {
  firstYear: 1900,
  lastYear: 2100,
  firstSolarDate: '1900-01-31',
  lastSolarDate: '2101-01-28',
} as const

/**
 * A lunar year number inside {@link LUNAR_CALENDAR_RANGE}: the Gregorian year in which its Tết
 * falls (lunar year 2025, Ất Tỵ, runs from 2025-01-29 to 2026-02-16).
 *
 * @category Calendar
 * @example
 * ```ts
 * import { lunarYearSchema } from '@lienthong/core/calendar'
 *
 * lunarYearSchema.safeParse(2025).success // true
 * lunarYearSchema.safeParse(1850).success // false
 * ```
 */
export const lunarYearSchema = z
  .int()
  .check(z.gte(LUNAR_CALENDAR_RANGE.firstYear), z.lte(LUNAR_CALENDAR_RANGE.lastYear))

/**
 * A date of the Vietnamese lunar calendar (âm lịch): `day` 1–30 of `month` 1–12 of lunar `year`;
 * `leap` is true in the leap month (tháng nhuận), which repeats the number of the month before it.
 *
 * Besides the shape, the date must exist: the year must have that leap month and the month must
 * have that many days (months have 29 or 30 days). Unknown keys (say `isLeap`) are refused rather
 * than silently ignored. `leap` defaults to `false`.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { lunarDateSchema } from '@lienthong/core/calendar'
 *
 * lunarDateSchema.parse({ day: 1, month: 6, year: 2025, leap: true }) // leap 6th month of 2025
 * lunarDateSchema.safeParse({ day: 1, month: 5, year: 2025, leap: true }).success // false
 * ```
 */
export const lunarDateSchema = z
  .strictObject({
    day: z.int().check(z.gte(1), z.lte(30)),
    month: z.int().check(z.gte(1), z.lte(12)),
    year: lunarYearSchema,
    leap: z._default(z.boolean(), false),
  })
  .check(
    z.superRefine((date, ctx) => {
      const months = monthsOfLunarYear(date.year)
      const match = months.find((span) => span.month === date.month && span.leap === date.leap)
      if (!match) {
        const leapMonth = months.find((span) => span.leap)?.month
        addIssue(ctx, 'leap_month_not_in_year', ['leap'], {
          year: date.year,
          month: date.month,
          ...(leapMonth === undefined ? {} : { leapMonth }),
        })
        return
      }
      if (date.day > match.length) {
        addIssue(ctx, 'day_not_in_month', ['day'], {
          day: date.day,
          month: date.month,
          year: date.year,
          leap: date.leap,
          length: match.length,
        })
      }
    }),
  )

/**
 * A solar (Gregorian) calendar date `YYYY-MM-DD` that exists (no 2025-02-30) and lies inside
 * {@link LUNAR_CALENDAR_RANGE}, so it can be converted to the lunar calendar.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { solarDateInLunarRangeSchema } from '@lienthong/core/calendar'
 *
 * solarDateInLunarRangeSchema.safeParse('2025-07-25').success // true
 * solarDateInLunarRangeSchema.safeParse('2025-02-30').success // false
 * ```
 */
export const solarDateInLunarRangeSchema = z.string().check(
  z.meta({
    format: 'date',
    description: `A date YYYY-MM-DD from ${LUNAR_CALENDAR_RANGE.firstSolarDate} to ${LUNAR_CALENDAR_RANGE.lastSolarDate}`,
  }),
  z.superRefine((text, ctx) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
    if (!match) {
      addIssue(ctx, 'invalid_format', [], { format: 'date' })
      return
    }
    const year = Number(match[1])
    const month = Number(match[2])
    const day = Number(match[3])
    if (month < 1 || month > 12) {
      addIssue(ctx, 'nonexistent_date', [], { value: text, reason: 'month', month })
      return
    }
    const daysInMonth = daysInGregorianMonth(year, month)
    if (day < 1 || day > daysInMonth) {
      addIssue(ctx, 'nonexistent_date', [], {
        value: text,
        reason: 'day',
        year,
        month,
        daysInMonth,
      })
      return
    }
    if (text < LUNAR_CALENDAR_RANGE.firstSolarDate || text > LUNAR_CALENDAR_RANGE.lastSolarDate) {
      addIssue(ctx, 'date_out_of_range', [], {
        value: text,
        minimum: LUNAR_CALENDAR_RANGE.firstSolarDate,
        maximum: LUNAR_CALENDAR_RANGE.lastSolarDate,
      })
    }
  }),
)

/**
 * A date of the Vietnamese lunar calendar, as returned by `solarToLunar`.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { solarToLunar, type LunarDate } from '@lienthong/core/calendar'
 *
 * const date: LunarDate = solarToLunar('2025-01-29') // { day: 1, month: 1, year: 2025, leap: false }
 * ```
 */
export type LunarDate = z.output<typeof lunarDateSchema>

/**
 * The input form of a {@link LunarDate}: `leap` may be left out (not a leap month).
 *
 * @category Calendar
 * @example
 * ```ts
 * import { lunarToSolar, type LunarDateInput } from '@lienthong/core/calendar'
 *
 * const hungKings: LunarDateInput = { day: 10, month: 3, year: 2026 }
 * lunarToSolar(hungKings) // '2026-04-26'
 * ```
 */
export type LunarDateInput = z.input<typeof lunarDateSchema>

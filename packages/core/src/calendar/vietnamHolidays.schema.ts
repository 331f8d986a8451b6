import * as z from 'zod/mini'
import { addIssue, calendarDateSchema, fieldsAreValid } from '../_lib/primitives.js'
import {
  calendarDayChangeSchema,
  isoWeekdaySchema,
  legalBasisSchema,
} from './holidayCalendar.schema.js'

/**
 * The years `vietnamHolidayCalendar` can build: from 2014, the first full year under the Labor
 * Code 10/2012/QH13 (in force 1 May 2013: five days of Tết, one day for National Day), through
 * 2100, the end of the lunar calendar's range. From 2021 the Labor Code 45/2019/QH14 applies
 * (National Day gets an adjacent day).
 *
 * @category Calendar
 * @example
 * ```ts
 * import { VIETNAM_CALENDAR_YEARS } from '@lienthong/core/calendar'
 *
 * VIETNAM_CALENDAR_YEARS.first // 2014
 * ```
 */
export const VIETNAM_CALENDAR_YEARS = { first: 2014, last: 2100, laborCode2019From: 2021 } as const

/**
 * How `vietnamHolidayCalendar` picks the day next to National Day (2 September) that the Labor
 * Code 2019 adds "before or after" (Art 112(1)(đ)) when no Prime Minister's decision is recorded
 * for the year:
 *
 * - `'bridge'` (default): a working day next to 2 September, preferring the one that joins the
 *   holiday to the weekly rest days, and the day before when neither does (a Wednesday). It gives
 *   the day the Prime Minister chose in every year we could check: 3 Sep 2021 (2 Sep a Thursday),
 *   3 Sep 2024 (a Monday), 1 Sep 2025 (a Tuesday) and 1 Sep 2026 (a Wednesday).
 * - `'before'`: always 1 September; `'after'`: always 3 September (made up on the next working
 *   day when it is a weekly rest day).
 *
 * @category Calendar
 * @example
 * ```ts
 * import { nationalDayAdjacentRules } from '@lienthong/core/calendar'
 *
 * nationalDayAdjacentRules // ['bridge', 'before', 'after']
 * ```
 */
export const nationalDayAdjacentRules = ['bridge', 'before', 'after'] as const

function yearOf(date: string): number {
  return Number(date.slice(0, 4))
}

/**
 * One year's decisions that change the statutory Vietnamese calendar: the Prime Minister's choice
 * of the five Tết days and of the day next to National Day (Labor Code 45/2019/QH14 Art 112(3)),
 * and working-day swaps (a working day taken off, a weekly rest day worked instead). Make-up days
 * for holidays that fall on a weekly rest day are still computed (Art 111(3)) from the decided
 * dates. Each entry carries the decision as its legal basis.
 *
 * Rules checked: every date lies in `year`; Tết dates are distinct; the National Day adjacent day
 * is 1 or 3 September and only from 2021.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { vietnamHolidayOverrideSchema } from '@lienthong/core/calendar'
 *
 * vietnamHolidayOverrideSchema.parse({
 *   year: 2027,
 *   nationalDayAdjacentDay: { date: '2027-09-03', legalBasis: 'Official Letter …/VPCP-KGVX' },
 * })
 * ```
 */
export const vietnamHolidayOverrideSchema = z
  .object({
    year: z.int().check(z.gte(VIETNAM_CALENDAR_YEARS.first), z.lte(VIETNAM_CALENDAR_YEARS.last)),
    tet: z
      .optional(
        z.object({
          dates: z.array(calendarDateSchema).check(z.minLength(1), z.maxLength(10)),
          legalBasis: legalBasisSchema,
        }),
      )
      .check(z.describe('The Tết days decided for the year, replacing the default rule.')),
    nationalDayAdjacentDay: z
      .optional(z.object({ date: calendarDateSchema, legalBasis: legalBasisSchema }))
      .check(z.describe('1 or 3 September of the year (from 2021).')),
    extraDaysOff: z._default(z.array(calendarDayChangeSchema).check(z.maxLength(50)), []),
    extraWorkingDays: z._default(z.array(calendarDayChangeSchema).check(z.maxLength(50)), []),
  })
  .check(
    z.superRefine(
      (override, ctx) => {
        const check = (date: string, path: (string | number)[]) => {
          if (yearOf(date) !== override.year) {
            addIssue(ctx, 'invalid', path, {
              detail: `${date} is not in ${override.year}, the year of this override`,
              detailVi: `${date} không thuộc năm ${override.year} của quyết định này`,
            })
          }
        }
        override.tet?.dates.forEach((date, index) => {
          check(date, ['tet', 'dates', index])
          if (override.tet?.dates.indexOf(date) !== index)
            addIssue(ctx, 'duplicate_value', ['tet', 'dates', index], { value: date })
        })
        const adjacent = override.nationalDayAdjacentDay
        if (adjacent) {
          const allowed = [`${override.year}-09-01`, `${override.year}-09-03`]
          if (override.year < VIETNAM_CALENDAR_YEARS.laborCode2019From) {
            addIssue(ctx, 'invalid', ['nationalDayAdjacentDay'], {
              detail: 'National Day has an adjacent day only from 2021 (Labor Code 45/2019/QH14)',
              detailVi: 'Quốc khánh chỉ có thêm ngày liền kề từ năm 2021 (Bộ luật Lao động 2019)',
            })
          } else if (!allowed.includes(adjacent.date)) {
            addIssue(ctx, 'invalid_value', ['nationalDayAdjacentDay', 'date'], { values: allowed })
          }
        }
        override.extraDaysOff.forEach((day, index) => {
          check(day.date, ['extraDaysOff', index, 'date'])
        })
        override.extraWorkingDays.forEach((day, index) => {
          check(day.date, ['extraWorkingDays', index, 'date'])
        })
      },
      {
        when: fieldsAreValid([
          'year',
          'tet',
          'nationalDayAdjacentDay',
          'extraDaysOff',
          'extraWorkingDays',
        ]),
      },
    ),
  )

/**
 * Options of `vietnamHolidayCalendar` and `vietnamWorkingCalendar`.
 *
 * - `overrides`: the decisions to apply, default {@link VIETNAM_HOLIDAY_DECISIONS}; pass `[]` for
 *   the statutory rule alone, or the defaults plus your own. Several overrides of one year apply
 *   in order: a later `tet` or `nationalDayAdjacentDay` replaces an earlier one, swaps add up.
 * - `nationalDayAdjacentDay`: the rule for years without a decision, default `'bridge'` (see
 *   {@link nationalDayAdjacentRules}).
 * - `tetDaysBeforeNewYear`: how many of the five Tết days fall before lunar New Year's Day when no
 *   decision is recorded, default 1 (the last day of the old year and the first four of the new).
 * - `weeklyRestDays`: ISO weekdays not worked, default Saturday and Sunday (the 40-hour week of
 *   state offices).
 *
 * @category Calendar
 * @example
 * ```ts
 * import { vietnamHolidayOptionsSchema } from '@lienthong/core/calendar'
 *
 * vietnamHolidayOptionsSchema.parse({}).nationalDayAdjacentDay // 'bridge'
 * ```
 */
export const vietnamHolidayOptionsSchema = z.object({
  overrides: z.optional(z.array(vietnamHolidayOverrideSchema).check(z.maxLength(10_000))),
  nationalDayAdjacentDay: z._default(z.enum(nationalDayAdjacentRules), 'bridge'),
  tetDaysBeforeNewYear: z._default(z.int().check(z.gte(0), z.lte(4)), 1),
  weeklyRestDays: z
    ._default(z.array(isoWeekdaySchema).check(z.minLength(1), z.maxLength(6)), [6, 7])
    .check(
      z.superRefine((days, ctx) => {
        days.forEach((day, index) => {
          if (days.indexOf(day) !== index) addIssue(ctx, 'duplicate_value', [index], { value: day })
        })
      }),
    ),
})

/**
 * One of {@link nationalDayAdjacentRules}.
 *
 * @category Calendar
 * @example
 * ```ts
 * import type { NationalDayAdjacentRule } from '@lienthong/core/calendar'
 *
 * const rule: NationalDayAdjacentRule = 'after'
 * ```
 */
export type NationalDayAdjacentRule = (typeof nationalDayAdjacentRules)[number]
/**
 * A parsed year of decisions: what {@link vietnamHolidayOverrideSchema} returns.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { VIETNAM_HOLIDAY_DECISIONS, vietnamHolidayOverrideSchema, type VietnamHolidayOverride } from '@lienthong/core/calendar'
 *
 * const decisions2026: VietnamHolidayOverride = vietnamHolidayOverrideSchema.parse(
 *   VIETNAM_HOLIDAY_DECISIONS.find((decision) => decision.year === 2026),
 * )
 * ```
 */
export type VietnamHolidayOverride = z.output<typeof vietnamHolidayOverrideSchema>
/**
 * The JSON form of a {@link VietnamHolidayOverride}: the lists may be left out.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { vietnamHolidayCalendar, type VietnamHolidayOverrideInput } from '@lienthong/core/calendar'
 *
 * const swap: VietnamHolidayOverrideInput = {
 *   year: 2027,
 *   extraDaysOff: [{ date: '2027-04-29', reason: 'Example', legalBasis: 'Decision …' }],
 * }
 * vietnamHolidayCalendar(2027, { overrides: [swap] })
 * ```
 */
export type VietnamHolidayOverrideInput = z.input<typeof vietnamHolidayOverrideSchema>
/**
 * Options of `vietnamHolidayCalendar` and `vietnamWorkingCalendar` (see
 * {@link vietnamHolidayOptionsSchema}).
 *
 * @category Calendar
 * @example
 * ```ts
 * import { vietnamHolidayCalendar, type VietnamHolidayOptions } from '@lienthong/core/calendar'
 *
 * const statutoryOnly: VietnamHolidayOptions = { overrides: [] }
 * vietnamHolidayCalendar(2026, statutoryOnly)
 * ```
 */
export type VietnamHolidayOptions = z.input<typeof vietnamHolidayOptionsSchema>

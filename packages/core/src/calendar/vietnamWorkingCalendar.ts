import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import { addIssue } from '../_lib/primitives.js'
import type { ParseOptions } from '../errors/issue.js'
import { holidayCalendarSchema, type HolidayCalendar } from './holidayCalendar.schema.js'
import { buildVietnamYear } from './vietnamHolidayCalendar.js'
import {
  VIETNAM_CALENDAR_YEARS,
  vietnamHolidayOptionsSchema,
  type VietnamHolidayOptions,
} from './vietnamHolidays.schema.js'

const yearSchema = z
  .int()
  .check(z.gte(VIETNAM_CALENDAR_YEARS.first), z.lte(VIETNAM_CALENDAR_YEARS.last))

const argumentParsers = createParsers(
  'vietnamWorkingCalendar options',
  z
    .extend(vietnamHolidayOptionsSchema, {
      from: z._default(yearSchema, VIETNAM_CALENDAR_YEARS.first),
      to: z._default(yearSchema, VIETNAM_CALENDAR_YEARS.last),
    })
    .check(
      z.superRefine((options, ctx) => {
        if (options.to < options.from) {
          addIssue(ctx, 'end_before_start', ['to'], {
            startField: 'from',
            start: options.from,
            end: options.to,
          })
        }
      }),
    ),
)
const calendarParsers = createParsers('VietnamWorkingCalendar', holidayCalendarSchema)

/**
 * Options of {@link vietnamWorkingCalendar}: the years to cover and the options of
 * {@link vietnamHolidayCalendar}.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { vietnamWorkingCalendar, type VietnamWorkingCalendarOptions } from '@lienthong/core/calendar'
 *
 * const options: VietnamWorkingCalendarOptions = { from: 2025, to: 2027 }
 * vietnamWorkingCalendar(options).to // '2027-12-31'
 * ```
 */
export interface VietnamWorkingCalendarOptions extends VietnamHolidayOptions, ParseOptions {
  /** First Gregorian year covered, default 2014. */
  readonly from?: number
  /** Last Gregorian year covered (inclusive), default 2100. */
  readonly to?: number
}

/**
 * One working calendar for Vietnam's state offices covering several whole years, so that counting
 * across New Year (and across the Tết break that straddles it in the lunar calendar) works: the
 * {@link vietnamHolidayCalendar} of each year from `from` to `to`, joined.
 *
 * Performance: about 1 ms per year the first time a year is computed; the default span 2014–2100
 * takes well under a second and compiles (on first use) to about 32,000 days of lookup tables.
 * Build it once and reuse the object: the working-day functions cache its compiled form per object.
 *
 * @category Calendar
 * @param options - `from` and `to` (Gregorian years, default 2014 and 2100) and the options of
 *   {@link vietnamHolidayCalendar} (`overrides`, `nationalDayAdjacentDay`, `tetDaysBeforeNewYear`,
 *   `weeklyRestDays`, `locale`).
 * @returns A {@link HolidayCalendar} from 1 January of `from` to 31 December of `to`.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for years out of
 *   2014–2100, `to` before `from`, or invalid options or overrides.
 * @example
 * ```ts
 * import { addWorkingDays, vietnamWorkingCalendar } from '@lienthong/core/calendar'
 *
 * const calendar = vietnamWorkingCalendar({ from: 2025, to: 2026 })
 * addWorkingDays('2025-12-30', 3, calendar) // '2026-01-06' (1 Jan and the swapped 2 Jan are off)
 * ```
 */
export function vietnamWorkingCalendar(options?: VietnamWorkingCalendarOptions): HolidayCalendar {
  const { locale, ...rest } = options ?? {}
  const parseOptions: ParseOptions = locale ? { locale } : {}
  const parsed = argumentParsers.parse(rest, parseOptions)
  const years: HolidayCalendar[] = []
  for (let year = parsed.from; year <= parsed.to; year++) {
    years.push(buildVietnamYear(year, parsed, parseOptions))
  }
  return calendarParsers.parse(
    {
      name:
        parsed.from === parsed.to
          ? `Vietnam ${parsed.from}`
          : `Vietnam ${parsed.from}–${parsed.to}`,
      from: `${parsed.from}-01-01`,
      to: `${parsed.to}-12-31`,
      weeklyRestDays: [...parsed.weeklyRestDays],
      holidays: years.flatMap((year) => year.holidays),
      extraDaysOff: years.flatMap((year) => year.extraDaysOff),
      extraWorkingDays: years.flatMap((year) => year.extraWorkingDays),
    },
    parseOptions,
  )
}

import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import { defaultTimeZoneSchema, instantSchema } from '../_lib/primitives.js'
import type { ParseOptions } from '../errors/issue.js'
import { DEFAULT_WORKING_HOURS, workingHoursSchema } from '../office/office.schema.js'
import {
  beyondCalendarError,
  compileCalendar,
  isoDateIn,
  isWorkingDayNumber,
} from './compiledCalendar.js'
import { isoWeekdayOfDayNumber, type HolidayCalendarInput } from './holidayCalendar.schema.js'
import { zonedDayNumber, zonedMinuteOfDay } from './zonedDay.js'

const argumentParsers = createParsers(
  'isWithinWorkingHours arguments',
  z.object({
    instant: z.union([z.date(), instantSchema]),
    organization: z.object({
      timeZone: defaultTimeZoneSchema,
      workingHours: z._default(workingHoursSchema, {
        periods: DEFAULT_WORKING_HOURS.periods.map((period) => ({ ...period })),
        days: [...DEFAULT_WORKING_HOURS.days],
      }),
    }),
  }),
)

/**
 * The office whose hours {@link isWithinWorkingHours} checks: an `Organization`, or any object
 * with its `timeZone` (default `Asia/Ho_Chi_Minh`) and `workingHours` (default 07:30–11:30 and
 * 13:30–17:00, Monday to Friday).
 *
 * @category Calendar
 * @example
 * ```ts
 * import type { OfficeHours } from '@lienthong/core/calendar'
 *
 * const office: OfficeHours = {
 *   timeZone: 'Asia/Ho_Chi_Minh',
 *   workingHours: { periods: [{ start: '08:00', end: '17:00' }], days: [1, 2, 3, 4, 5] },
 * }
 * ```
 */
export interface OfficeHours {
  readonly timeZone?: string
  readonly workingHours?: {
    readonly periods: readonly { readonly start: string; readonly end: string }[]
    readonly days: readonly number[]
  }
}

/**
 * Options of {@link isWithinWorkingHours}.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { vietnamHolidayCalendar, type WorkingHoursOptions } from '@lienthong/core/calendar'
 *
 * const options: WorkingHoursOptions = { calendar: vietnamHolidayCalendar(2026) }
 * ```
 */
export interface WorkingHoursOptions extends ParseOptions {
  /**
   * The working calendar that decides which days are worked (holidays, make-up days, swapped
   * Saturdays). Without it, the office's `workingHours.days` decide.
   */
  readonly calendar?: HolidayCalendarInput
}

function minutesOf(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))
}

/**
 * Whether an instant falls within an office's working hours, on the office's wall clock: the
 * instant is converted to the office's IANA time zone (with `@date-fns/tz`), then its date must be
 * a working day and its time inside one of the daily periods, each half-open `[start, end)` — at
 * 11:30 sharp the morning period of 07:30–11:30 is over.
 *
 * Which days are worked: with `options.calendar`, the calendar decides (so holidays are off and a
 * Saturday worked by a swap is on); without it, the office's `workingHours.days`.
 *
 * @category Calendar
 * @param instant - A `Date`, or an ISO 8601 date-time with an offset.
 * @param organization - An `Organization`, or any object with `timeZone` and `workingHours`
 *   (both optional, defaulting as an organization does).
 * @param options - `calendar` to decide working days; `locale` of the error messages.
 * @returns `true` when the office is at work at that instant.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for an invalid instant,
 *   time zone, working hours or calendar, or a date outside the calendar (`beyond_calendar`).
 * @example
 * ```ts
 * import { isWithinWorkingHours, vietnamHolidayCalendar } from '@lienthong/core/calendar'
 *
 * const office = { timeZone: 'Asia/Ho_Chi_Minh' }
 * isWithinWorkingHours('2026-03-02T02:00:00Z', office) // true (09:00 in Hà Nội, a Monday)
 * isWithinWorkingHours('2026-03-02T05:00:00Z', office) // false (12:00, the lunch break)
 * isWithinWorkingHours('2026-04-30T02:00:00Z', office, { calendar: vietnamHolidayCalendar(2026) }) // false
 * ```
 */
export function isWithinWorkingHours(
  instant: Date | string,
  organization: OfficeHours,
  options?: WorkingHoursOptions,
): boolean {
  const { locale } = options ?? {}
  const parsed = argumentParsers.parse({ instant, organization }, locale ? { locale } : {})
  const { timeZone, workingHours } = parsed.organization
  const day = zonedDayNumber(parsed.instant, timeZone)
  if (options?.calendar === undefined) {
    if (!workingHours.days.includes(isoWeekdayOfDayNumber(day))) return false
  } else {
    const compiled = compileCalendar(options.calendar, options)
    if (day < compiled.first || day > compiled.last) {
      throw beyondCalendarError(
        compiled,
        'isWithinWorkingHours',
        ['instant'],
        { value: isoDateIn(compiled, day) },
        locale,
      )
    }
    if (!isWorkingDayNumber(compiled, day)) return false
  }
  const minute = zonedMinuteOfDay(parsed.instant, timeZone)
  return workingHours.periods.some(
    (period) => minutesOf(period.start) <= minute && minute < minutesOf(period.end),
  )
}

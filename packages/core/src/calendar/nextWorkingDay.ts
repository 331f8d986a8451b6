import type { ParseOptions } from '../errors/issue.js'
import {
  addWorkingDayNumbers,
  beyondCalendarError,
  compileCalendar,
  isoDateIn,
  isWorkingDayNumber,
  readDateIn,
} from './compiledCalendar.js'
import type { HolidayCalendarInput } from './holidayCalendar.schema.js'

/**
 * Options of {@link nextWorkingDay} and {@link previousWorkingDay}.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { nextWorkingDay, vietnamHolidayCalendar, type WorkingDaySearchOptions } from '@lienthong/core/calendar'
 *
 * const options: WorkingDaySearchOptions = { includeStart: true }
 * nextWorkingDay('2026-03-02', vietnamHolidayCalendar(2026), options) // '2026-03-02' (a Monday)
 * ```
 */
export interface WorkingDaySearchOptions extends ParseOptions {
  /** Return the date itself when it is a working day; default `false` (strictly after/before). */
  readonly includeStart?: boolean
}

function search(
  subject: string,
  direction: 1 | -1,
  date: string,
  calendar: HolidayCalendarInput,
  options: WorkingDaySearchOptions = {},
): string {
  const compiled = compileCalendar(calendar, options)
  const day = readDateIn(compiled, date, subject, 'date', options)
  if (options.includeStart === true && isWorkingDayNumber(compiled, day)) return date
  const found = addWorkingDayNumbers(compiled, day, direction)
  if (found === undefined) {
    throw beyondCalendarError(
      compiled,
      subject,
      ['date'],
      { start: date, amount: direction, unit: 'working-days' },
      options.locale,
    )
  }
  return isoDateIn(compiled, found)
}

/**
 * The first working day after `date` (the date itself is not considered unless
 * `includeStart` is set) — the "next working day" of the Labor Code's make-up rule and of the
 * Civil Code's end-of-period rule.
 *
 * Performance: O(1) once the calendar is compiled (see {@link isWorkingDay}).
 *
 * @category Calendar
 * @param date - A date `YYYY-MM-DD` inside the calendar's span.
 * @param calendar - A {@link HolidayCalendar}.
 * @param options - `includeStart: true` to return `date` itself when it is a working day;
 *   `locale` of the error messages.
 * @returns The working day `YYYY-MM-DD`.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for an invalid
 *   calendar or date, or when no working day follows inside the calendar (`beyond_calendar`).
 * @example
 * ```ts
 * import { nextWorkingDay, vietnamHolidayCalendar } from '@lienthong/core/calendar'
 *
 * const calendar = vietnamHolidayCalendar(2026)
 * nextWorkingDay('2026-04-29', calendar) // '2026-05-04' (30 Apr, 1 May, then the weekend)
 * nextWorkingDay('2026-04-29', calendar, { includeStart: true }) // '2026-04-29'
 * ```
 */
export function nextWorkingDay(
  date: string,
  calendar: HolidayCalendarInput,
  options?: WorkingDaySearchOptions,
): string {
  return search('nextWorkingDay', 1, date, calendar, options)
}

/**
 * The last working day before `date` (the date itself is not considered unless `includeStart`
 * is set).
 *
 * Performance: O(1) once the calendar is compiled (see {@link isWorkingDay}).
 *
 * @category Calendar
 * @param date - A date `YYYY-MM-DD` inside the calendar's span.
 * @param calendar - A {@link HolidayCalendar}.
 * @param options - `includeStart: true` to return `date` itself when it is a working day;
 *   `locale` of the error messages.
 * @returns The working day `YYYY-MM-DD`.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for an invalid
 *   calendar or date, or when no working day precedes it inside the calendar (`beyond_calendar`).
 * @example
 * ```ts
 * import { previousWorkingDay, vietnamHolidayCalendar } from '@lienthong/core/calendar'
 *
 * previousWorkingDay('2026-02-23', vietnamHolidayCalendar(2026)) // '2026-02-13' (before Tết)
 * ```
 */
export function previousWorkingDay(
  date: string,
  calendar: HolidayCalendarInput,
  options?: WorkingDaySearchOptions,
): string {
  return search('previousWorkingDay', -1, date, calendar, options)
}

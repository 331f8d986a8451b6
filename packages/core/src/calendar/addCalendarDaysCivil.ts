import type { ParseOptions } from '../errors/issue.js'
import {
  addCalendarDayNumbersCivil,
  beyondCalendarError,
  compileCalendar,
  isoDateIn,
  readDateIn,
  readInteger,
} from './compiledCalendar.js'
import type { HolidayCalendarInput } from './holidayCalendar.schema.js'

/** Longest period accepted, in calendar days (about 270 years). */
const MAX_DAYS = 100_000

/**
 * The last day of a period of `n` calendar days counted the Civil Code's way:
 *
 * - the day of the triggering event is not counted; the period starts the next day
 *   (Civil Code 2015, Law 91/2015/QH13, Art 147(2)–(3)), so the period ends on `date + n`;
 * - when that last day is a weekly rest day or a holiday, the period ends at the end of the next
 *   working day (Art 148(5)).
 *
 * Laws that set limits in "days" (the Law on Complaints' 30 days to resolve, 90 days to file)
 * count this way.
 *
 * Performance: O(1) once the calendar is compiled (see {@link isWorkingDay}).
 *
 * @category Calendar
 * @param date - The day of the triggering event `YYYY-MM-DD`, inside the calendar.
 * @param n - Whole number of calendar days, 0–100,000.
 * @param calendar - A {@link HolidayCalendar}; it must also cover the end of the period.
 * @param options - `locale` of the error messages.
 * @returns The working day `YYYY-MM-DD` on which the period ends.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for an invalid
 *   calendar, date or `n`, or when the period ends past the calendar (`beyond_calendar`).
 * @example
 * ```ts
 * import { addCalendarDaysCivil, vietnamHolidayCalendar } from '@lienthong/core/calendar'
 *
 * const calendar = vietnamHolidayCalendar(2026)
 * // Accepted 2026-04-01; 30 days end on Friday 1 May, Labour Day, then the weekend:
 * addCalendarDaysCivil('2026-04-01', 30, calendar) // '2026-05-04'
 * ```
 */
export function addCalendarDaysCivil(
  date: string,
  n: number,
  calendar: HolidayCalendarInput,
  options?: ParseOptions,
): string {
  const compiled = compileCalendar(calendar, options)
  const start = readDateIn(compiled, date, 'addCalendarDaysCivil', 'date', options)
  const days = readInteger(n, 'addCalendarDaysCivil', 'n', { min: 0, max: MAX_DAYS }, options)
  const end = addCalendarDayNumbersCivil(compiled, start, days)
  if (end === undefined) {
    throw beyondCalendarError(
      compiled,
      'addCalendarDaysCivil',
      ['n'],
      { start: date, amount: days, unit: 'calendar-days' },
      options?.locale,
    )
  }
  return isoDateIn(compiled, end)
}

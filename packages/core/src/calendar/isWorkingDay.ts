import type { ParseOptions } from '../errors/issue.js'
import { compileCalendar, isWorkingDayNumber, readDateIn } from './compiledCalendar.js'
import type { HolidayCalendarInput } from './holidayCalendar.schema.js'

/**
 * Whether `date` is a working day of `calendar`: an extra working day (a swapped weekly rest day),
 * or else a day that is neither a weekly rest day, nor a holiday, nor an extra day off.
 *
 * Performance: O(1) — one array read — once the calendar is compiled. The first call with a
 * calendar object validates and compiles it (O(days covered)); later calls reuse the compiled
 * form, cached per object in a WeakMap. Do not change a calendar object after using it.
 *
 * @category Calendar
 * @param date - A date `YYYY-MM-DD` inside the calendar's span.
 * @param calendar - A {@link HolidayCalendar}, e.g. from {@link vietnamWorkingCalendar}.
 * @param options - `locale` of the error messages (`'en'` or `'vi'`).
 * @returns `true` on a working day.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) when the calendar is
 *   invalid, `date` is not a date (`invalid_format`) or lies outside the calendar
 *   (`beyond_calendar`).
 * @example
 * ```ts
 * import { isWorkingDay, vietnamHolidayCalendar } from '@lienthong/core/calendar'
 *
 * const calendar = vietnamHolidayCalendar(2026)
 * isWorkingDay('2026-04-30', calendar) // false (Victory Day)
 * isWorkingDay('2026-01-10', calendar) // true (a Saturday worked in exchange for 2 January)
 * ```
 */
export function isWorkingDay(
  date: string,
  calendar: HolidayCalendarInput,
  options?: ParseOptions,
): boolean {
  const compiled = compileCalendar(calendar, options)
  return isWorkingDayNumber(compiled, readDateIn(compiled, date, 'isWorkingDay', 'date', options))
}

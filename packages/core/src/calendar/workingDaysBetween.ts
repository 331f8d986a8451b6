import type { ParseOptions } from '../errors/issue.js'
import { compileCalendar, readDateIn, workingDaysBetweenNumbers } from './compiledCalendar.js'
import type { HolidayCalendarInput } from './holidayCalendar.schema.js'

/**
 * Counts the working days between two dates over the half-open span `(a, b]`: `a` is not counted
 * (the day of the triggering event, Civil Code 2015 Art 147), `b` is. When `b` is before `a` the
 * result is the negative count over `(b, a]`. So the count is additive
 * (`between(a, b) + between(b, c) === between(a, c)`), antisymmetric, 0 when `a === b`, and
 * answers "how many working days are left until the due date" (`between(today, due)`: 0 on the due
 * date itself, negative once it has passed).
 *
 * Performance: O(1) — two array reads on the compiled calendar's prefix sums, however far apart
 * the dates are — once the calendar is compiled (see {@link isWorkingDay}).
 *
 * @category Calendar
 * @param a - A date `YYYY-MM-DD` inside the calendar (not counted).
 * @param b - A date `YYYY-MM-DD` inside the calendar (counted).
 * @param calendar - A {@link HolidayCalendar}.
 * @param options - `locale` of the error messages.
 * @returns The signed number of working days in `(a, b]`.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for an invalid
 *   calendar or date, or a date outside the calendar (`beyond_calendar`).
 * @example
 * ```ts
 * import { vietnamHolidayCalendar, workingDaysBetween } from '@lienthong/core/calendar'
 *
 * const calendar = vietnamHolidayCalendar(2026)
 * workingDaysBetween('2026-02-13', '2026-02-23', calendar) // 1 (Tết 14–22 February)
 * workingDaysBetween('2026-03-06', '2026-03-02', calendar) // -4
 * ```
 */
export function workingDaysBetween(
  a: string,
  b: string,
  calendar: HolidayCalendarInput,
  options?: ParseOptions,
): number {
  const compiled = compileCalendar(calendar, options)
  const from = readDateIn(compiled, a, 'workingDaysBetween', 'a', options)
  const to = readDateIn(compiled, b, 'workingDaysBetween', 'b', options)
  return workingDaysBetweenNumbers(compiled, from, to)
}

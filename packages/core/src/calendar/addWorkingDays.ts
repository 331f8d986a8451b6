import type { ParseOptions } from '../errors/issue.js'
import {
  addWorkingDayNumbers,
  beyondCalendarError,
  compileCalendar,
  isoDateIn,
  readDateIn,
  readInteger,
} from './compiledCalendar.js'
import type { HolidayCalendarInput } from './holidayCalendar.schema.js'

/** Largest |n| accepted: far more working days than any calendar covers. */
const MAX_STEPS = 1_000_000

/**
 * Counts `n` working days from `date`: the `n`-th working day after it (n > 0) or before it
 * (n < 0). The start date itself is never counted, whether or not it is a working day — the Civil
 * Code's rule that the day of the triggering event does not count (Civil Code 2015 Art 147) — so a
 * petition received on a Saturday with 10 working days to answer counts Monday as day 1. With
 * `n = 0` the date comes back unchanged, even on a non-working day (use {@link nextWorkingDay}
 * with `includeStart` to roll it).
 *
 * It is the inverse of {@link workingDaysBetween} going forward:
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every n ≥ 0; going back, the same holds
 * when `d` is a working day (from a non-working day it gives `n + 1`, because the span `(b, d]`
 * holds no working day at `d`).
 *
 * Performance: O(1) — two array reads on the compiled calendar's prefix sums, whatever `n` —
 * once the calendar is compiled (see {@link isWorkingDay}).
 *
 * @category Calendar
 * @param date - The start `YYYY-MM-DD` (the day of the triggering event), inside the calendar.
 * @param n - Whole number of working days, negative to count back (|n| ≤ 1,000,000).
 * @param calendar - A {@link HolidayCalendar}.
 * @param options - `locale` of the error messages.
 * @returns The working day `YYYY-MM-DD` reached (or `date` itself when `n` is 0).
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for an invalid
 *   calendar, date or `n`, or when the count runs past either end of the calendar
 *   (`beyond_calendar`).
 * @example
 * ```ts
 * import { addWorkingDays, vietnamWorkingCalendar } from '@lienthong/core/calendar'
 *
 * const calendar = vietnamWorkingCalendar({ from: 2025, to: 2026 })
 * // Received Wednesday 2026-02-11; 10 working days, across the Tết break of 14–22 February:
 * addWorkingDays('2026-02-11', 10, calendar) // '2026-03-04'
 * addWorkingDays('2026-01-05', -3, calendar) // '2025-12-29' (2 January 2026 was swapped off)
 * ```
 */
export function addWorkingDays(
  date: string,
  n: number,
  calendar: HolidayCalendarInput,
  options?: ParseOptions,
): string {
  const compiled = compileCalendar(calendar, options)
  const start = readDateIn(compiled, date, 'addWorkingDays', 'date', options)
  const steps = readInteger(n, 'addWorkingDays', 'n', { min: -MAX_STEPS, max: MAX_STEPS }, options)
  const end = addWorkingDayNumbers(compiled, start, steps)
  if (end === undefined) {
    throw beyondCalendarError(
      compiled,
      'addWorkingDays',
      ['n'],
      { start: date, amount: steps, unit: 'working-days' },
      options?.locale,
    )
  }
  return isoDateIn(compiled, end)
}

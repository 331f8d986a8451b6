import type { ParseOptions } from '../errors/issue.js'
import { compileCalendar, isWorkingDayNumber, readDateIn } from './compiledCalendar.js'
import {
  isoWeekdayOfDayNumber,
  type CalendarDayChange,
  type Holiday,
  type HolidayCalendarInput,
} from './holidayCalendar.schema.js'

/**
 * Why a day is, or is not, a working day: what {@link describeDay} returns.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { describeDay, vietnamHolidayCalendar, type DayDescription } from '@lienthong/core/calendar'
 *
 * const day: DayDescription = describeDay('2026-04-27', vietnamHolidayCalendar(2026))
 * day.dayOff?.reason // 'Make-up day for Hùng Kings’ Commemoration Day (2026-04-26, a weekly rest day)'
 * ```
 */
export interface DayDescription {
  readonly date: string
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday: number
  readonly working: boolean
  /** True on one of the calendar's weekly rest days (even if it is worked by a swap). */
  readonly weeklyRestDay: boolean
  /** The public holiday on this date, if any. */
  readonly holiday?: Holiday
  /** The extra day off (make-up day, swapped day, decision) on this date, if any. */
  readonly dayOff?: CalendarDayChange
  /** The extra working day (a weekly rest day worked by a swap) on this date, if any. */
  readonly workingDay?: CalendarDayChange
}

/**
 * Explains a date of a calendar: whether it is worked, and the holiday, extra day off or extra
 * working day that makes it so, with their legal bases — for showing a person why a deadline
 * moved.
 *
 * Performance: O(1) for the working-day flag; O(entries) to find the entries.
 *
 * @category Calendar
 * @param date - A date `YYYY-MM-DD` inside the calendar's span.
 * @param calendar - A {@link HolidayCalendar}.
 * @param options - `locale` of the error messages.
 * @returns The description; fresh objects on every call.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for an invalid
 *   calendar or date, or a date outside the calendar (`beyond_calendar`).
 * @example
 * ```ts
 * import { describeDay, vietnamHolidayCalendar } from '@lienthong/core/calendar'
 *
 * const day = describeDay('2026-09-01', vietnamHolidayCalendar(2026))
 * day.working // false
 * day.holiday?.legalBasis // 'Labor Code 45/2019/QH14, Art 112(1)(đ), (3); Notice 9441/TB-BNV of 2025-10-16 …'
 * ```
 */
export function describeDay(
  date: string,
  calendar: HolidayCalendarInput,
  options?: ParseOptions,
): DayDescription {
  const compiled = compileCalendar(calendar, options)
  const day = readDateIn(compiled, date, 'describeDay', 'date', options)
  const weekday = isoWeekdayOfDayNumber(day)
  const { holidays, extraDaysOff, extraWorkingDays, weeklyRestDays } = compiled.calendar
  const holiday = holidays.find((entry) => entry.date === date)
  const dayOff = extraDaysOff.find((entry) => entry.date === date)
  const workingDay = extraWorkingDays.find((entry) => entry.date === date)
  return {
    date,
    weekday,
    working: isWorkingDayNumber(compiled, day),
    weeklyRestDay: weeklyRestDays.includes(weekday),
    ...(holiday ? { holiday: { ...holiday } } : {}),
    ...(dayOff ? { dayOff: { ...dayOff } } : {}),
    ...(workingDay ? { workingDay: { ...workingDay } } : {}),
  }
}

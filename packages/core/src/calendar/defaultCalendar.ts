/**
 * The calendar the deadline and task functions use when none is given: Vietnam's state offices,
 * 2014–2100, with the shipped decisions. Built on first use and kept (it is a value, not a
 * setting). Internal.
 */
import type { HolidayCalendar } from './holidayCalendar.schema.js'
import { vietnamWorkingCalendar } from './vietnamWorkingCalendar.js'

let calendar: HolidayCalendar | undefined

/** The default Vietnamese working calendar, built once. */
export function defaultVietnamCalendar(): HolidayCalendar {
  calendar ??= vietnamWorkingCalendar()
  return calendar
}

// Which local days an office works: its weekly working days, corrected by a holiday calendar
// (holidays, days off decided by the Government, and weekly rest days worked in exchange) and by
// a caller's own list of days off.
import { compileCalendar } from '../calendar/compiledCalendar.js'
import type { HolidayCalendarInput } from '../calendar/holidayCalendar.schema.js'
import { isoWeekday } from './zoneClock.js'

/**
 * Whether an office works on local day `day` (days since 1970-01-01), given whether its weekly
 * working days say it does (`weekly`).
 */
export type DayRule = (day: number, weekly: boolean) => boolean

/** Julian Day Number of 1970-01-01: the calendar area counts days from there. */
const UNIX_EPOCH_DAY = 2_440_588

/**
 * The rule for a calendar (checked already: an invalid one throws) and a callback of days off, or `undefined` when
 * there is neither (the weekly working days decide alone). Inside the calendar's span a working
 * rest weekday (a Saturday worked in exchange for a bridge day) is worked and a holiday or day
 * off on a working weekday is not; anywhere else the weekly days decide, and the callback is asked
 * only about days they call working, each date once.
 */
export function createDayRule(
  calendar: HolidayCalendarInput | undefined,
  isNonWorkingDay: ((date: string) => boolean) | undefined,
  dateOf: (day: number) => string,
): DayRule | undefined {
  if (calendar === undefined && isNonWorkingDay === undefined) return undefined
  const compiled = calendar === undefined ? undefined : compileCalendar(calendar)
  const rest = [false, false, false, false, false, false, false, false]
  for (const weekday of compiled?.calendar.weeklyRestDays ?? []) rest[weekday] = true
  const asked = new Map<number, boolean>()
  return (day, weekly) => {
    if (compiled !== undefined) {
      const offset = day + UNIX_EPOCH_DAY - compiled.first
      if (offset >= 0 && offset < compiled.working.length) {
        const restDay = rest[isoWeekday(day)] === true
        const works = compiled.working[offset] === 1
        if (restDay && works) return true
        if (!restDay && !works) return false
      }
    }
    if (!weekly) return false
    if (isNonWorkingDay === undefined) return true
    let off = asked.get(day)
    if (off === undefined) {
      off = isNonWorkingDay(dateOf(day))
      asked.set(day, off)
    }
    return !off
  }
}

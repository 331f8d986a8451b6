import { TZDate } from '@date-fns/tz'
// `lightFormat`, not `format`: the numeric `yyyy-MM-dd` needs no locale data (a third of the
// calendar's date-fns bytes otherwise).
import { addDays, addMonths, getISOWeek, lightFormat, startOfISOWeek } from 'date-fns'
import { defaultTimeZone } from './i18n.js'

/**
 * Calendar and wall-clock helpers for the widgets, on `date-fns` and `@date-fns/tz`. Calendar
 * dates are `YYYY-MM-DD` strings (never `Date`s); instants are `Date`s. Internal: not exported
 * from the package.
 */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/

/** True when `zone` is an IANA time zone name this browser knows. */
export function isTimeZone(zone: string | null | undefined): zone is string {
  if (!zone || !/^[A-Za-z]/.test(zone)) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/**
 * A calendar date as a `TZDate` at midnight UTC, for pure calendar arithmetic; `undefined` when
 * `date` is not an existing `YYYY-MM-DD` date. Accepts a longer ISO string and reads its date.
 */
function calendarDay(date: string): TZDate | undefined {
  const match = isoDate.exec(date.trim().slice(0, 10))
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const value = new TZDate(year, month - 1, day, 'UTC')
  return value.getDate() === day && value.getMonth() === month - 1 ? value : undefined
}

/** True when `date` is an existing calendar date (`YYYY-MM-DD`, or an ISO string starting so). */
export function isCalendarDate(date: string | null | undefined): date is string {
  return date ? calendarDay(date) !== undefined : false
}

/** `date` plus `days` days (negative goes back). `date` must be a valid calendar date. */
export function addCalendarDays(date: string, days: number): string {
  const day = calendarDay(date)
  if (!day) throw new RangeError(`not a calendar date: ${date}`)
  return lightFormat(addDays(day, days), 'yyyy-MM-dd')
}

/** `date` plus `months` months, the day clamped to the end of a shorter month (31 Jan + 1 → 28/29 Feb). */
export function addCalendarMonths(date: string, months: number): string {
  const day = calendarDay(date)
  if (!day) throw new RangeError(`not a calendar date: ${date}`)
  return lightFormat(addMonths(day, months), 'yyyy-MM-dd')
}

/** The first day of the month of `date`. */
export function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`
}

/** The last day of the month of `date`. */
export function lastOfMonth(date: string): string {
  return addCalendarDays(addCalendarMonths(firstOfMonth(date), 1), -1)
}

/** The Monday of the ISO week (Monday → Sunday) that contains `date`. */
export function mondayOf(date: string): string {
  const day = calendarDay(date)
  if (!day) throw new RangeError(`not a calendar date: ${date}`)
  return lightFormat(startOfISOWeek(day), 'yyyy-MM-dd')
}

/** The ISO week number (1–53) of `date`. */
export function isoWeekOf(date: string): number {
  const day = calendarDay(date)
  if (!day) throw new RangeError(`not a calendar date: ${date}`)
  return getISOWeek(day)
}

/** Today's date on the wall calendar of `timeZone`. */
export function todayIn(timeZone: string = defaultTimeZone, now: Date = new Date()): string {
  return lightFormat(new TZDate(now, timeZone), 'yyyy-MM-dd')
}

/** The wall-clock date and minutes after midnight of an instant in `timeZone`. */
export function wallClock(instant: Date, timeZone: string): { date: string; minutes: number } {
  const local = new TZDate(instant, timeZone)
  return {
    date: lightFormat(local, 'yyyy-MM-dd'),
    minutes: local.getHours() * 60 + local.getMinutes(),
  }
}

/** The instant at which `date` begins (00:00) in `timeZone`. */
export function startOfDateIn(date: string, timeZone: string): Date {
  const day = calendarDay(date)
  if (!day) throw new RangeError(`not a calendar date: ${date}`)
  return new Date(new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), timeZone).getTime())
}

/** A `Date` for formatting a calendar date with `Intl` in UTC (noon, safe in any zone). */
export function calendarDateForFormatting(date: string): Date {
  const day = calendarDay(date)
  if (!day) throw new RangeError(`not a calendar date: ${date}`)
  return new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate(), 12))
}

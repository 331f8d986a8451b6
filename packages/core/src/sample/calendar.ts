import { isWorkingDay as isCalendarWorkingDay } from '../calendar/isWorkingDay.js'
import { lunarToSolar } from '../calendar/lunarToSolar.js'
import { tetDate } from '../calendar/tetDate.js'
import { vietnamHolidayCalendar } from '../calendar/vietnamHolidayCalendar.js'
import { VIETNAM_CALENDAR_YEARS } from '../calendar/vietnamHolidays.schema.js'
/**
 * Calendar arithmetic for the sample generator: dates as day numbers (days since 1970-01-01),
 * times as minutes, all in Vietnam's wall-clock time (UTC+7 all year, no daylight saving time),
 * so the generator never depends on the machine's own time zone.
 */

const MINUTES_PER_DAY = 1440

/** Offset written on every generated instant: Asia/Ho_Chi_Minh is UTC+7 all year. */
const VIETNAM_OFFSET = '+07:00'

/**
 * The day number of a `YYYY-MM-DD` date (days since 1970-01-01).
 *
 * @category Sample data
 * @param date - A calendar date.
 * @returns Its day number.
 * @example
 * ```ts
 * import { dayOf } from './calendar.js'
 *
 * dayOf('1970-01-02') // 1
 * ```
 */
export function dayOf(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000)
}

/**
 * The day number of a year, month (1–12) and day of month; days past the month's end roll over.
 *
 * @category Sample data
 * @param year - Full year.
 * @param month - Month, 1 = January.
 * @param day - Day of the month.
 * @returns Its day number.
 * @example
 * ```ts
 * import { dayFromParts } from './calendar.js'
 *
 * dayFromParts(1970, 1, 1) // 0
 * ```
 */
export function dayFromParts(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000)
}

/**
 * The `YYYY-MM-DD` text of a day number.
 *
 * @category Sample data
 * @param day - A day number.
 * @returns The calendar date.
 * @example
 * ```ts
 * import { dateOf } from './calendar.js'
 *
 * dateOf(0) // '1970-01-01'
 * ```
 */
export function dateOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10)
}

/**
 * Year, month (1–12) and day of month of a day number.
 *
 * @category Sample data
 * @param day - A day number.
 * @returns `[year, month, dayOfMonth]`.
 * @example
 * ```ts
 * import { partsOf } from './calendar.js'
 *
 * partsOf(31) // [1970, 2, 1]
 * ```
 */
export function partsOf(day: number): [number, number, number] {
  const date = new Date(day * 86_400_000)
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
}

/**
 * ISO weekday of a day number: 1 = Monday … 7 = Sunday.
 *
 * @category Sample data
 * @param day - A day number.
 * @returns The weekday.
 * @example
 * ```ts
 * import { weekdayOf } from './calendar.js'
 *
 * weekdayOf(0) // 4 (1 January 1970 was a Thursday)
 * ```
 */
export function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1
}

/**
 * Minutes after midnight of a `HH:mm` clock time.
 *
 * @category Sample data
 * @param clock - A time such as `'08:30'`.
 * @returns Minutes after midnight.
 * @example
 * ```ts
 * import { minutesOf } from './calendar.js'
 *
 * minutesOf('08:30') // 510
 * ```
 */
export function minutesOf(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number)
  return hours * 60 + minutes
}

/**
 * An absolute wall-clock minute (day number × 1440 + minutes after midnight), the unit the
 * generator compares times in.
 *
 * @category Sample data
 * @param day - A day number.
 * @param minutes - Minutes after midnight (may exceed a day).
 * @returns The absolute minute.
 * @example
 * ```ts
 * import { absoluteMinute } from './calendar.js'
 *
 * absoluteMinute(1, 60) // 1500
 * ```
 */
export function absoluteMinute(day: number, minutes: number): number {
  return day * MINUTES_PER_DAY + minutes
}

/**
 * The ISO 8601 instant, with Vietnam's `+07:00` offset, of an absolute wall-clock minute.
 *
 * @category Sample data
 * @param minute - An absolute minute (see {@link absoluteMinute}).
 * @returns Text such as `2026-03-02T08:00:00+07:00`.
 * @example
 * ```ts
 * import { absoluteMinute, dayOf, instantOf } from './calendar.js'
 *
 * instantOf(absoluteMinute(dayOf('2026-03-02'), 480)) // '2026-03-02T08:00:00+07:00'
 * ```
 */
export function instantOf(minute: number): string {
  const day = Math.floor(minute / MINUTES_PER_DAY)
  const inDay = minute - day * MINUTES_PER_DAY
  const hh = String(Math.floor(inDay / 60)).padStart(2, '0')
  const mm = String(inDay % 60).padStart(2, '0')
  return `${dateOf(day)}T${hh}:${mm}:00${VIETNAM_OFFSET}`
}

/**
 * The compact iCalendar local form (`20260302T080000`) of an absolute wall-clock minute, as
 * written in `EXDATE;TZID=Asia/Ho_Chi_Minh:` lines.
 *
 * @category Sample data
 * @param minute - An absolute minute.
 * @returns The iCalendar date-time text.
 * @example
 * ```ts
 * import { absoluteMinute, dayOf, icalLocalOf } from './calendar.js'
 *
 * icalLocalOf(absoluteMinute(dayOf('2026-03-02'), 480)) // '20260302T080000'
 * ```
 */
export function icalLocalOf(minute: number): string {
  return instantOf(minute).slice(0, 19).replace(/[-:]/g, '')
}

/** Years the sample can be generated for: those of Vietnam's statutory calendar. */
export const LUNAR_YEARS = {
  first: VIETNAM_CALENDAR_YEARS.first,
  last: VIETNAM_CALENDAR_YEARS.last,
} as const

/**
 * Tết and Hùng Kings day of a year, from the calendar area's lunar calendar.
 *
 * @category Sample data
 * @param year - Gregorian year.
 * @returns Day numbers of Tết and Hùng Kings day, or undefined outside {@link LUNAR_YEARS}.
 * @example
 * ```ts
 * import { dateOf, lunarFeastsOf } from './calendar.js'
 *
 * const feasts = lunarFeastsOf(2026)
 * feasts && dateOf(feasts.tet) // '2026-02-17'
 * ```
 */
export function lunarFeastsOf(year: number): { tet: number; hungKings: number } | undefined {
  if (year < LUNAR_YEARS.first || year > LUNAR_YEARS.last) return undefined
  return {
    tet: dayOf(tetDate(year)),
    hungKings: dayOf(lunarToSolar({ day: 10, month: 3, year, leap: false })),
  }
}

/**
 * The weekdays from `from` to `to` (whole years) on which state offices do not work, from
 * Vietnam's statutory calendar with the Government's cited decisions (`vietnamHolidayCalendar`):
 * holidays, make-up days and decided days off. Saturdays swapped into working days are not used
 * for sample meetings.
 *
 * @category Sample data
 * @param from - First Gregorian year.
 * @param to - Last Gregorian year (default `from`).
 * @returns Day numbers of the weekdays off.
 * @example
 * ```ts
 * import { dayOf, holidaysOf } from './calendar.js'
 *
 * holidaysOf(2026).has(dayOf('2026-01-02')) // true: a day off decided for 2026
 * ```
 */
export function holidaysOf(from: number, to: number = from): Set<number> {
  const holidays = new Set<number>()
  for (let year = from; year <= to; year++) {
    const calendar = vietnamHolidayCalendar(year)
    for (let day = dayFromParts(year, 1, 1); day <= dayFromParts(year, 12, 31); day++) {
      if (weekdayOf(day) < 6 && !isCalendarWorkingDay(dateOf(day), calendar)) holidays.add(day)
    }
  }
  return holidays
}

/**
 * True for Monday–Friday days that are not holidays.
 *
 * @category Sample data
 * @param day - A day number.
 * @param holidays - Days off, from {@link holidaysOf}.
 * @returns Whether state offices work that day.
 * @example
 * ```ts
 * import { dayOf, holidaysOf, isWorkingDay } from './calendar.js'
 *
 * isWorkingDay(dayOf('2026-03-02'), holidaysOf(2026)) // true
 * ```
 */
export function isWorkingDay(day: number, holidays: ReadonlySet<number>): boolean {
  return weekdayOf(day) < 6 && !holidays.has(day)
}

/**
 * The day `count` working days after `day` (the start day itself is not counted).
 *
 * @category Sample data
 * @param day - Start day number.
 * @param count - Working days to add (0 returns `day`).
 * @param holidays - Days off.
 * @returns The resulting day number.
 * @example
 * ```ts
 * import { addWorkingDays, dateOf, dayOf } from './calendar.js'
 *
 * dateOf(addWorkingDays(dayOf('2026-03-06'), 1, new Set())) // '2026-03-09'
 * ```
 */
export function addWorkingDays(day: number, count: number, holidays: ReadonlySet<number>): number {
  let current = day
  let left = count
  while (left > 0) {
    current++
    if (isWorkingDay(current, holidays)) left--
  }
  return current
}

/**
 * The first working day on or after `day`.
 *
 * @category Sample data
 * @param day - A day number.
 * @param holidays - Days off.
 * @returns A working day number.
 * @example
 * ```ts
 * import { dateOf, dayOf, nextWorkingDay } from './calendar.js'
 *
 * dateOf(nextWorkingDay(dayOf('2026-03-07'), new Set())) // '2026-03-09'
 * ```
 */
export function nextWorkingDay(day: number, holidays: ReadonlySet<number>): number {
  let current = day
  while (!isWorkingDay(current, holidays)) current++
  return current
}

/**
 * Writes a number in Roman numerals, as Vietnamese terms are numbered (`khóa XVIII`).
 *
 * @category Sample data
 * @param value - A positive integer below 4000.
 * @returns The Roman numeral.
 * @example
 * ```ts
 * import { roman } from './calendar.js'
 *
 * roman(18) // 'XVIII'
 * ```
 */
export function roman(value: number): string {
  const numerals: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ]
  let left = value
  let text = ''
  for (const [size, numeral] of numerals) {
    while (left >= size) {
      text += numeral
      left -= size
    }
  }
  return text
}

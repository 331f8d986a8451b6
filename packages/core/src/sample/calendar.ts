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

/**
 * Tết (first day of the lunar year) and Hùng Kings day (10th day of the 3rd lunar month) for
 * 2000–2100, as `MMDDMMDD` per year, taken from the project's `domain/lunar-reference.csv`
 * (Vietnam's lunar calendar computed at UTC+7).
 */
const LUNAR_DAYS =
  '02050414 01240403 02120422 02010411 01220428 02090418 01290407 02170426 02070415 01260404 ' +
  '02140423 02030412 01230331 02100419 01310409 02190428 02080416 01280406 02160425 02050414 ' +
  '01250402 02120421 02010410 01220429 02100418 01290407 02170426 02060416 01260404 02130423 ' +
  '02020412 01230401 02110419 01310409 02190428 02080417 01280406 02150424 02040413 01240403 ' +
  '02120420 02010410 01220429 02100419 01300407 02170426 02060415 01260404 02140422 02020411 ' +
  '01230401 02110420 02010409 02180428 02080417 01280406 02150424 02040413 01240402 02120421 ' +
  '02020410 01210331 02090419 01290408 02170426 02050415 01260404 02140423 02030411 01230401 ' +
  '02110420 01310409 02190427 02070416 01270405 02150424 02050413 01240402 02120421 02020411 ' +
  '01220330 02090418 01290407 02170426 02060414 01260403 02140422 02030412 01240401 02100420 ' +
  '01300409 02180428 02070416 01270405 02150424 02050413 01250402 02120421 02010411 01210429 ' +
  '02090418'

/** First and last year {@link LUNAR_DAYS} covers. */
export const LUNAR_YEARS = { first: 2000, last: 2100 } as const

/**
 * Tết and Hùng Kings day of a year from {@link LUNAR_DAYS}, or undefined outside 2000–2100.
 *
 * @category Sample data
 * @param year - Gregorian year.
 * @returns Day numbers of Tết and Hùng Kings day.
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
  const entry = LUNAR_DAYS.split(' ')[year - LUNAR_YEARS.first] ?? ''
  const part = (from: number) => Number(entry.slice(from, from + 2))
  return {
    tet: dayFromParts(year, part(0), part(2)),
    hungKings: dayFromParts(year, part(4), part(6)),
  }
}

/**
 * Public holidays of a year, close enough to space sample meetings and deadlines: 1 January;
 * Tết (the last day of the old lunar year and the first four of the new); Hùng Kings day; 30 April;
 * 1 May; 1–2 September. A holiday falling on a weekend is made up on the next working day. The
 * Prime Minister's yearly decisions (longer Tết breaks, swapped days) are not modelled.
 *
 * @category Sample data
 * @param year - Gregorian year.
 * @returns Day numbers of the days off that fall on weekdays or are made-up days.
 * @example
 * ```ts
 * import { dayOf, holidaysOf } from './calendar.js'
 *
 * holidaysOf(2026).has(dayOf('2026-04-30')) // true
 * ```
 */
export function holidaysOf(year: number): Set<number> {
  const feasts = lunarFeastsOf(year)
  const fixed = [
    dayFromParts(year, 1, 1),
    dayFromParts(year, 4, 30),
    dayFromParts(year, 5, 1),
    dayFromParts(year, 9, 1),
    dayFromParts(year, 9, 2),
  ]
  const lunar =
    feasts === undefined
      ? []
      : [
          feasts.tet - 1,
          feasts.tet,
          feasts.tet + 1,
          feasts.tet + 2,
          feasts.tet + 3,
          feasts.hungKings,
        ]
  const days = [...fixed, ...lunar].sort((x, y) => x - y)
  const holidays = new Set<number>(days)
  for (const day of days) {
    if (weekdayOf(day) < 6) continue
    let substitute = day + 1
    while (weekdayOf(substitute) >= 6 || holidays.has(substitute)) substitute++
    holidays.add(substitute)
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

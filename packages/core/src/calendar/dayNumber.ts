/**
 * Calendar dates as Julian Day Numbers (whole days; JDN 2451545 is 2000-01-01), the integer
 * timeline the lunar calendar is computed on. Internal to the calendar area.
 */

const MS_PER_DAY = 86_400_000
/** Julian Day Number of 1970-01-01, the epoch of `Date`. */
const UNIX_EPOCH_DAY = 2_440_588

/** The Julian Day Number of a Gregorian date given by its parts (month 1–12). */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_DAY
}

/** The Julian Day Number of a valid `YYYY-MM-DD` date. */
export function dayNumberFromIsoDate(date: string): number {
  return dayNumberFromParts(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    Number(date.slice(8, 10)),
  )
}

/** The `YYYY-MM-DD` date of a Julian Day Number (years 1000–9999). */
export function isoDateFromDayNumber(dayNumber: number): string {
  return new Date((dayNumber - UNIX_EPOCH_DAY) * MS_PER_DAY).toISOString().slice(0, 10)
}

/** The Gregorian year a Julian Day Number falls in. */
export function gregorianYearOfDayNumber(dayNumber: number): number {
  return new Date((dayNumber - UNIX_EPOCH_DAY) * MS_PER_DAY).getUTCFullYear()
}

/** Number of days in a Gregorian month (month 1–12). */
export function daysInGregorianMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

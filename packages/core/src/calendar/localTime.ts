/**
 * Vietnamese civil time for the lunar calendar: UTC+8 until the end of 1967, UTC+7 from
 * 1968-01-01T00:00+07:00 on (the calendar reform of 1967 that moved Tết Mậu Thân 1968 to
 * 29 January in the North). Instants are Julian Days in UT; days are Julian Day Numbers.
 * Internal to the calendar area.
 */
import { dayNumberFromParts } from './dayNumber.js'

/** First day computed at UTC+7. */
const FIRST_UTC7_DAY = dayNumberFromParts(1968, 1, 1)
/** 1968-01-01T00:00+07:00 (1967-12-31T17:00Z) as a Julian Day in UT. */
const FIRST_UTC7_INSTANT = FIRST_UTC7_DAY - 0.5 - 7 / 24

/** The offset from UTC, in hours, of the lunar calendar at an instant. */
export function offsetHoursAt(jdUt: number): number {
  return jdUt < FIRST_UTC7_INSTANT ? 8 : 7
}

/** The local civil day (Julian Day Number) on which an instant falls. */
export function localDayOfInstant(jdUt: number): number {
  return Math.floor(jdUt + 0.5 + offsetHoursAt(jdUt) / 24)
}

/** The instant (Julian Day, UT) at which a local civil day begins. */
export function startOfLocalDay(dayNumber: number): number {
  const offset = dayNumber < FIRST_UTC7_DAY ? 8 : 7
  return dayNumber - 0.5 - offset / 24
}

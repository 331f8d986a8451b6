// Working time of an office read as data: its zone, daily periods and working weekdays, and
// whether a span of wall-clock time lies within them.
import { DEFAULT_TIME_ZONE } from '../_lib/timeZone.js'
import { DEFAULT_WORKING_HOURS, type WorkingHours } from '../office/office.schema.js'
import { clockMinutes } from './checkInput.js'
import type { DayRule } from './dayRule.js'
import { isoWeekday, type ZoneClock } from './zoneClock.js'

/** One working period as minutes since local midnight, half-open `[start, end)`. */
export interface PeriodMinutes {
  readonly start: number
  readonly end: number
}

/** Working time ready for checks: periods in minutes (sorted), working ISO weekdays, the zone. */
export interface WorkingTime {
  readonly timeZone: string
  readonly periods: readonly PeriodMinutes[]
  /** `workingDays[d]` for ISO weekday `d` (1 = Monday … 7 = Sunday). */
  readonly workingDays: readonly boolean[]
  /** The periods as people write them: `07:30–11:30, 13:30–17:00`. */
  readonly text: string
}

/** Reads working hours (already checked) into a {@link WorkingTime}. */
export function toWorkingTime(
  hours: WorkingHours | undefined,
  timeZone: string | undefined,
): WorkingTime {
  const source = hours ?? DEFAULT_WORKING_HOURS
  const periods = source.periods
    .map((period) => ({
      start: clockMinutes(period.start) ?? 0,
      end: clockMinutes(period.end) ?? 0,
      text: `${period.start}–${period.end}`,
    }))
    .sort((a, b) => a.start - b.start)
  const workingDays: boolean[] = new Array<boolean>(8).fill(false)
  for (const day of source.days) workingDays[day] = true
  return {
    timeZone: timeZone ?? DEFAULT_TIME_ZONE,
    periods: periods.map(({ start, end }) => ({ start, end })),
    workingDays,
    text: periods.map((period) => period.text).join(', '),
  }
}

/**
 * True when a meeting from `start` to `end` (minutes since midnight of one day) is within
 * working hours: it starts inside a period and ends inside the same or a later period. So
 * 08:00–11:00 and a full day 08:00–17:00 through the lunch break are within; 11:00–12:00 (into
 * the break) and 17:00–18:30 are not.
 */
export function isWithinWorkingHours(
  start: number,
  end: number,
  periods: readonly PeriodMinutes[],
): boolean {
  return end > start && startsInPeriod(start, periods) && endsInPeriod(end, periods)
}

/** True when a meeting starting `minute` minutes after midnight starts inside a period. */
export function startsInPeriod(minute: number, periods: readonly PeriodMinutes[]): boolean {
  for (const period of periods) if (minute >= period.start && minute < period.end) return true
  return false
}

/** True when a meeting ending `minute` minutes after midnight ends inside a period. */
export function endsInPeriod(minute: number, periods: readonly PeriodMinutes[]): boolean {
  for (const period of periods) if (minute > period.start && minute <= period.end) return true
  return false
}

/** A day (or a part of one) of a meeting that falls on a weekly rest day or a holiday. */
export interface DayOff {
  readonly kind: 'weekly-rest-day' | 'holiday'
  readonly day: number
  /** The part of the meeting on that day, epoch milliseconds, half-open. */
  readonly start: number
  readonly end: number
}

/** What {@link readWorkingTime} found about one meeting. */
export interface WorkingTimeReading {
  /** The zone the meeting was read in: the office's, or its own for an all-day meeting. */
  readonly zone: string
  /** Local day and minutes of the start and of the end, in the zone the checks used. */
  readonly firstDay: number
  readonly lastDay: number
  readonly startMinute: number
  /** Minutes since midnight of `lastDay` at which it ends (1440 when it ends at midnight). */
  readonly endMinute: number
  readonly daysOff: readonly DayOff[]
  /** True when the meeting is not all-day, has no day off, and is outside working hours. */
  readonly outside: boolean
}

/**
 * Reads one meeting against an office's working time: the days it falls on that are not worked
 * — weekly rest days (by the office's working weekdays, unless `isWorkingDay` says the day is
 * worked in exchange) or holidays (working weekdays that `isWorkingDay` says are off) — and
 * whether its hours are outside the working periods. All-day meetings are read in their own zone
 * and never count as outside working hours.
 */
export function readWorkingTime(
  start: number,
  end: number,
  allDay: boolean,
  meetingZone: string,
  working: WorkingTime,
  clock: ZoneClock,
  isWorkingDay: DayRule | undefined,
): WorkingTimeReading {
  const zone = allDay ? meetingZone : working.timeZone
  const first = clock.local(zone, start)
  const last = clock.local(zone, end)
  let lastDay = last.day
  let endMinute = last.minute
  if (endMinute === 0 && lastDay > first.day) {
    lastDay -= 1
    endMinute = 1440
  }
  const daysOff: DayOff[] = []
  for (let day = first.day; day <= lastDay; day++) {
    const weekly = working.workingDays[isoWeekday(day)] === true
    if (isWorkingDay === undefined ? weekly : isWorkingDay(day, weekly)) continue
    const kind: DayOff['kind'] = weekly ? 'holiday' : 'weekly-rest-day'
    const dayStart = day === first.day ? start : clock.instant(zone, day, 0)
    const dayEnd = day === lastDay ? end : clock.instant(zone, day + 1, 0)
    daysOff.push({ kind, day, start: dayStart, end: dayEnd })
  }
  // A meeting over several days (a three-day council session from 08:00 on the first day to
  // 17:00 on the last) is read as held in working hours each day: only its start and its end
  // are compared with the periods, and the nights between are not held against it.
  const outside =
    !allDay &&
    daysOff.length === 0 &&
    !(lastDay === first.day
      ? isWithinWorkingHours(first.minute, endMinute, working.periods)
      : startsInPeriod(first.minute, working.periods) && endsInPeriod(endMinute, working.periods))
  return {
    zone,
    firstDay: first.day,
    lastDay,
    startMinute: first.minute,
    endMinute,
    daysOff,
    outside,
  }
}

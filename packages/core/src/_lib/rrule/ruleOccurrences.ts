import type { RecurrenceRule } from './recurrenceRule.js'

const DAY = 86_400_000
const [YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY, MINUTELY, SECONDLY] = [0, 1, 2, 3, 4, 5, 6]
/** Length of one step of each sub-daily frequency, in milliseconds. */
const UNIT = [0, 0, 0, DAY, 3_600_000, 60_000, 1000]

/** The day number (days since 1970-01-01) of a date. */
const dayNumber = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY
/** Monday 0 … Sunday 6. */
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7
const yearOf = (day: number) => new Date(day * DAY).getUTCFullYear()

/** The first day of week 1 of `year` (RFC 5545: the first week with four days in the year). */
function firstWeekStart(year: number, wkst: number): number {
  const jan4 = dayNumber(year, 1, 4)
  return jan4 - ((weekdayOf(jan4) - wkst + 7) % 7)
}

/** True when `day`'s week number (from 1, or from -1 counting back) is in `weeks`. */
function inWeeks(day: number, weeks: readonly number[], wkst: number): boolean {
  const weekStart = day - ((weekdayOf(day) - wkst + 7) % 7)
  const year = yearOf(weekStart + 3)
  const first = firstWeekStart(year, wkst)
  const week = (weekStart - first) / 7 + 1
  const count = (firstWeekStart(year + 1, wkst) - first) / 7
  return weeks.includes(week) || weeks.includes(week - count - 1)
}

/** True when `value` is the `n`th of `length` (n from 1, or from -1 counting back). */
const matches = (list: readonly number[], value: number, length: number) =>
  list.some((n) => (n > 0 ? n === value : length + n + 1 === value))

/** The days `[from, to)` that are the `n`th such weekday of that span, for each `[weekday, n]`. */
function nthWeekdays(
  from: number,
  to: number,
  nth: readonly (readonly [number, number])[],
  into: Set<number>,
): void {
  for (const [weekday, n] of nth) {
    const day =
      n > 0
        ? from + (n - 1) * 7 + ((weekday - weekdayOf(from) + 7) % 7)
        : to - 1 + (n + 1) * 7 - ((weekdayOf(to - 1) - weekday + 7) % 7)
    if (day >= from && day < to) into.add(day)
  }
}

/** Sorted, without duplicates. */
const sortedSet = (values: readonly number[]) => [...new Set(values)].sort((a, b) => a - b)

/**
 * Calls `visit` with each occurrence of `rule` from `dtstart` on (floating milliseconds), in
 * order, as RFC 5545 §3.3.10 defines them: the BY parts expand or limit the set of each period
 * of the frequency (the table of that section), impossible dates (30 February) are skipped,
 * BYSETPOS picks within each period, COUNT counts the occurrences given and UNTIL is inclusive.
 * `DTSTART` itself is an occurrence only when the rule gives it (the caller adds it).
 *
 * Stops when `visit` returns false, after the last occurrence (COUNT, UNTIL), or once a period
 * starts after `stopAfter`: a rule that gives nothing ends too. `startNear`, when the rule has no
 * COUNT, lets the daily and shorter frequencies jump to the periods near it instead of walking
 * from DTSTART (occurrences before it may then be missed).
 *
 * One difference with the `rrule` package, on purpose: BYDAY mixing plain and ordinal weekdays
 * (`BYDAY=MO,1FR`) gives the union of both, as RFC 5545 lists them; `rrule` gives nothing.
 */
export function ruleOccurrences(
  rule: RecurrenceRule,
  dtstart: number,
  stopAfter: number,
  visit: (time: number) => boolean,
  startNear?: number,
): void {
  const { freq, interval, count, until, wkst } = rule
  const start = new Date(dtstart)
  const startYear = start.getUTCFullYear()
  const startMonth = start.getUTCMonth() + 1
  const startDay = dayNumber(startYear, startMonth, start.getUTCDate())

  // Defaults from DTSTART (RFC 5545: the rule parts not given take DTSTART's values).
  const noDays =
    rule.byWeekNo === undefined &&
    rule.byYearDay === undefined &&
    rule.byMonthDay === undefined &&
    rule.byDay === undefined
  let byMonth = rule.byMonth
  let byMonthDay = rule.byMonthDay
  let weekdays: number[] | undefined
  const nth: (readonly [number, number])[] = []
  for (const [weekday, n] of rule.byDay ?? []) {
    // An ordinal means something only within a month or a year.
    if (n === 0 || freq > MONTHLY) (weekdays ??= []).push(weekday)
    else nth.push([weekday, n])
  }
  if (noDays && freq === YEARLY) {
    byMonth ??= [startMonth]
    byMonthDay = [start.getUTCDate()]
  } else if (noDays && freq === MONTHLY) byMonthDay = [start.getUTCDate()]
  else if (noDays && freq === WEEKLY) weekdays = [weekdayOf(startDay)]
  const seconds = (time: number) => Math.floor(time / 1000)
  const byHour = rule.byHour ?? (freq < HOURLY ? [start.getUTCHours()] : undefined)
  const byMinute = rule.byMinute ?? (freq < MINUTELY ? [start.getUTCMinutes()] : undefined)
  const bySecond = rule.bySecond ?? (freq < SECONDLY ? [start.getUTCSeconds()] : undefined)

  /** The times of day of a period starting at `time` of its day (milliseconds from midnight). */
  function timesOf(time: number): number[] {
    const hour = Math.floor(time / 3_600_000)
    const minute = Math.floor(time / 60_000) % 60
    const second = seconds(time) % 60
    const hours = freq < HOURLY ? (byHour ?? []) : [hour]
    const minutes = freq < MINUTELY ? (byMinute ?? []) : [minute]
    const secondsList = freq < SECONDLY ? (bySecond ?? []) : [second]
    const times: number[] = []
    for (const h of hours) {
      for (const m of minutes)
        for (const s of secondsList) times.push((h * 3600 + m * 60 + s) * 1000)
    }
    return sortedSet(times)
  }

  /** The days of the period `[from, to)` the rule keeps. */
  function daysOf(from: number, to: number, year: number, month: number): number[] {
    const nthDays = new Set<number>()
    if (nth.length > 0 && freq === YEARLY && byMonth !== undefined) {
      for (const m of byMonth)
        nthWeekdays(dayNumber(year, m, 1), dayNumber(year, m + 1, 1), nth, nthDays)
    } else if (nth.length > 0 && freq === YEARLY) {
      nthWeekdays(from, to, nth, nthDays)
    } else if (nth.length > 0) {
      nthWeekdays(dayNumber(year, month, 1), dayNumber(year, month + 1, 1), nth, nthDays)
    }
    const kept: number[] = []
    for (let day = from; day < to; day++) {
      const date = new Date(day * DAY)
      const y = date.getUTCFullYear()
      const m = date.getUTCMonth() + 1
      if (byMonth !== undefined && !byMonth.includes(m)) continue
      if (rule.byWeekNo !== undefined && !inWeeks(day, rule.byWeekNo, wkst)) continue
      if (
        (weekdays !== undefined || nth.length > 0) &&
        !(weekdays?.includes(weekdayOf(day)) ?? false) &&
        !nthDays.has(day)
      ) {
        continue
      }
      if (byMonthDay !== undefined) {
        const monthLength = dayNumber(y, m + 1, 1) - dayNumber(y, m, 1)
        if (!matches(byMonthDay, date.getUTCDate(), monthLength)) continue
      }
      if (rule.byYearDay !== undefined) {
        const first = dayNumber(y, 1, 1)
        if (!matches(rule.byYearDay, day - first + 1, dayNumber(y + 1, 1, 1) - first)) continue
      }
      kept.push(day)
    }
    return kept
  }

  let given = 0
  /** Gives the candidates of one period, sorted; false when the iteration is over. */
  function give(candidates: readonly number[]): boolean {
    for (const time of candidates) {
      if (until !== undefined && time > until) return false
      if (time < dtstart) continue
      given += 1
      if (!visit(time)) return false
      if (count !== undefined && given >= count) return false
    }
    return true
  }

  /** The occurrences of a period: its days × its times, narrowed by BYSETPOS. */
  function period(days: readonly number[], times: readonly number[]): number[] {
    const all: number[] = []
    for (const day of days) for (const time of times) all.push(day * DAY + time)
    if (rule.bySetPos === undefined) return all
    return sortedSet(
      rule.bySetPos
        .map((n) => all[n > 0 ? n - 1 : all.length + n])
        .filter((time): time is number => time !== undefined),
    )
  }

  if (freq <= WEEKLY) {
    const dayTimes = timesOf(0)
    let year = startYear
    let month = startMonth
    let weekStart = startDay - ((weekdayOf(startDay) - wkst + 7) % 7)
    for (;;) {
      let from: number
      let to: number
      if (freq === YEARLY) [from, to] = [dayNumber(year, 1, 1), dayNumber(year + 1, 1, 1)]
      else if (freq === MONTHLY)
        [from, to] = [dayNumber(year, month, 1), dayNumber(year, month + 1, 1)]
      else [from, to] = [weekStart, weekStart + 7]
      if (from * DAY > stopAfter || (until !== undefined && from * DAY > until)) return
      if (!give(period(daysOf(from, to, year, month), dayTimes))) return
      if (freq === YEARLY) year += interval
      else if (freq === MONTHLY) {
        month += interval
        year += Math.floor((month - 1) / 12)
        month = ((month - 1) % 12) + 1
      } else weekStart += 7 * interval
      if (year > 9999) return
    }
  }

  // Daily and shorter: each period is one step of `interval` units from DTSTART.
  const step = interval * (UNIT[freq] ?? DAY)
  let time = dtstart
  if (count === undefined && startNear !== undefined && startNear - DAY > time) {
    time += Math.floor((startNear - DAY - time) / step) * step
  }
  /** Moves `time` to its first step at or after `boundary`. */
  const jumpTo = (boundary: number) => {
    time += Math.max(1, Math.ceil((boundary - time) / step)) * step
  }
  for (;;) {
    // The period is the whole day, hour, minute or second holding `time`.
    const periodStart = time - (time % (UNIT[freq] ?? DAY))
    if (periodStart > stopAfter || (until !== undefined && periodStart > until)) return
    const day = Math.floor(time / DAY)
    const ofDay = time - day * DAY
    const date = new Date(day * DAY)
    const kept = daysOf(day, day + 1, date.getUTCFullYear(), date.getUTCMonth() + 1)
    if (kept.length === 0 && freq > DAILY) {
      jumpTo((day + 1) * DAY)
      continue
    }
    const hour = Math.floor(ofDay / 3_600_000)
    if (freq > HOURLY && byHour !== undefined && !byHour.includes(hour)) {
      jumpTo(day * DAY + (hour + 1) * 3_600_000)
      continue
    }
    const minute = Math.floor(ofDay / 60_000) % 60
    if (freq > MINUTELY && byMinute !== undefined && !byMinute.includes(minute)) {
      jumpTo(day * DAY + hour * 3_600_000 + (minute + 1) * 60_000)
      continue
    }
    const filtered =
      (freq >= HOURLY && byHour !== undefined && !byHour.includes(hour)) ||
      (freq >= MINUTELY && byMinute !== undefined && !byMinute.includes(minute)) ||
      (freq >= SECONDLY && bySecond !== undefined && !bySecond.includes(seconds(ofDay) % 60))
    if (!filtered && !give(period(kept, timesOf(ofDay)))) return
    time += step
  }
}

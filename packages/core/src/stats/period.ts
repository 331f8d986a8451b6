import {
  dayNumberFromIsoDate,
  dayNumberFromParts,
  isoDateFromDayNumber,
} from '../calendar/dayNumber.js'
import { zonedDayNumber } from '../calendar/zonedDay.js'
import { dayNumberOfDate } from '../calendar/compiledCalendar.js'
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../_lib/timeZone.js'
import { statsError } from './statsError.js'

/**
 * Kinds of reporting period: an ISO week (Monday to Sunday), a calendar month, quarter or year,
 * and a five-year term (nhiệm kỳ). Any other span is a `range` (see {@link rangePeriod}).
 *
 * @category Statistics
 * @example
 * ```ts
 * import { periodKinds } from '@lienthong/core/stats'
 *
 * periodKinds // ['week', 'month', 'quarter', 'year', 'term']
 * ```
 */
export const periodKinds = ['week', 'month', 'quarter', 'year', 'term'] as const

/**
 * One of {@link periodKinds}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { PeriodKind } from '@lienthong/core/stats'
 *
 * const kind: PeriodKind = 'quarter'
 * ```
 */
export type PeriodKind = (typeof periodKinds)[number]

/**
 * A reporting period: the local dates `[start, end)` in the office's time zone (`end` is the day
 * after the last day), with a key that sorts in time order within one kind and names it:
 * `2026-W10`, `2026-03`, `2026-Q1`, `2026`, `2021-2026` (a term), `2026-03-02..2026-03-16` (a range).
 * Plain data: JSON-serializable.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { periodOf, type Period } from '@lienthong/core/stats'
 *
 * const period: Period = periodOf('2026-03-04', 'week')
 * // { kind: 'week', key: '2026-W10', start: '2026-03-02', end: '2026-03-09', timeZone: 'Asia/Ho_Chi_Minh' }
 * ```
 */
export interface Period {
  readonly kind: PeriodKind | 'range'
  readonly key: string
  /** First day, `YYYY-MM-DD`. */
  readonly start: string
  /** The day after the last day, `YYYY-MM-DD` (exclusive). */
  readonly end: string
  /** The IANA zone instants are read in. */
  readonly timeZone: string
}

/**
 * Options of {@link periodOf} and {@link periodsBetween}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { PeriodOptions } from '@lienthong/core/stats'
 *
 * // Party Committee terms run 2020–2025, 2025–2030…
 * const options: PeriodOptions = { termStartYear: 2020 }
 * ```
 */
export interface PeriodOptions {
  /**
   * A year in which a five-year term starts; terms are the calendar years
   * `[termStartYear + 5k, termStartYear + 5k + 5)`. Default 2021 (the People's Councils' and the
   * National Assembly's 2021–2026 term).
   */
  readonly termStartYear?: number
}

const SUBJECT = 'Period'
/** A Julian Day Number is 0 modulo 7 on Mondays. */
const MONDAY_OFFSET = 0

function checkZone(timeZone: string): void {
  if (typeof timeZone !== 'string' || !isValidTimeZone(timeZone)) {
    throw statsError(SUBJECT, 'invalid_time_zone', ['timeZone'], { value: timeZone })
  }
}

function checkKind(kind: unknown, path: string): asserts kind is PeriodKind {
  if (!(periodKinds as readonly unknown[]).includes(kind)) {
    throw statsError(SUBJECT, 'invalid_value', [path], { values: periodKinds })
  }
}

/** The local day number of an instant, or of a `YYYY-MM-DD` date. */
export function localDay(value: Date | string, timeZone: string, path: string): number {
  if (typeof value === 'string') {
    const day = dayNumberOfDate(value)
    if (day !== undefined) return day
    const time = Date.parse(value)
    if (/[zZ]|[+-]\d\d:?\d\d$/.test(value) && !Number.isNaN(time)) {
      return zonedDayNumber(new Date(time), timeZone)
    }
  } else if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return zonedDayNumber(value, timeZone)
  }
  throw statsError(SUBJECT, 'invalid_period', [path], {
    detail: 'must be a Date, an ISO 8601 instant with an offset, or a date YYYY-MM-DD',
    detailVi: 'phải là một Date, một thời điểm ISO 8601 có múi giờ, hoặc một ngày YYYY-MM-DD',
  })
}

function termStart(options: PeriodOptions): number {
  const year = options.termStartYear ?? 2021
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw statsError(SUBJECT, 'invalid_period', ['termStartYear'], {
      detail: 'termStartYear must be a whole year between 1000 and 9999',
      detailVi: 'termStartYear phải là một năm từ 1000 đến 9999',
    })
  }
  return year
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

/** The period of `kind` holding the local day `day`, as day numbers and a key. */
export function periodOfDay(
  day: number,
  kind: PeriodKind,
  timeZone: string,
  anchorYear: number,
): Period {
  const iso = isoDateFromDayNumber(day)
  const year = Number(iso.slice(0, 4))
  const month = Number(iso.slice(5, 7))
  let start: number
  let end: number
  let key: string
  switch (kind) {
    case 'week': {
      start = day - ((((day - MONDAY_OFFSET) % 7) + 7) % 7)
      end = start + 7
      // ISO week-numbering: the week belongs to the year of its Thursday.
      const thursday = start + 3
      const weekYear = Number(isoDateFromDayNumber(thursday).slice(0, 4))
      const week = Math.floor((thursday - dayNumberFromParts(weekYear, 1, 1)) / 7) + 1
      key = `${String(weekYear)}-W${pad(week)}`
      break
    }
    case 'month':
      start = dayNumberFromParts(year, month, 1)
      end = dayNumberFromParts(year, month + 1, 1)
      key = `${String(year)}-${pad(month)}`
      break
    case 'quarter': {
      const quarter = Math.floor((month - 1) / 3)
      start = dayNumberFromParts(year, quarter * 3 + 1, 1)
      end = dayNumberFromParts(year, quarter * 3 + 4, 1)
      key = `${String(year)}-Q${String(quarter + 1)}`
      break
    }
    case 'year':
      start = dayNumberFromParts(year, 1, 1)
      end = dayNumberFromParts(year + 1, 1, 1)
      key = String(year)
      break
    default: {
      const first = anchorYear + Math.floor((year - anchorYear) / 5) * 5
      start = dayNumberFromParts(first, 1, 1)
      end = dayNumberFromParts(first + 5, 1, 1)
      key = `${String(first)}-${String(first + 5)}`
    }
  }
  return {
    kind,
    key,
    start: isoDateFromDayNumber(start),
    end: isoDateFromDayNumber(end),
    timeZone,
  }
}

/**
 * The period of a kind that holds an instant, read as a local date in the office's time zone:
 * the ISO week (Monday start, key `YYYY-Www` of the ISO week-year), the month, the quarter, the
 * year or the five-year term.
 *
 * Performance: O(1).
 *
 * @category Statistics
 * @param instant - A `Date`, an ISO 8601 instant with an offset, or a local date `YYYY-MM-DD`.
 * @param kind - One of {@link periodKinds}.
 * @param timeZone - IANA zone the instant is read in; default `Asia/Ho_Chi_Minh`.
 * @param options - `termStartYear` for terms (default 2021).
 * @returns The {@link Period}.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for an unknown kind
 *   (`invalid_value`), zone (`invalid_time_zone`), instant or term year (`invalid_period`).
 * @example
 * ```ts
 * import { periodOf } from '@lienthong/core/stats'
 *
 * // 23:30 UTC on 31 March is already 1 April in Hanoi:
 * periodOf(new Date('2026-03-31T23:30:00Z'), 'quarter').key // '2026-Q2'
 * periodOf('2026-01-01', 'week').key // '2026-W01'
 * periodOf('2024-06-30', 'term') // { key: '2021-2026', start: '2021-01-01', end: '2026-01-01', … }
 * ```
 */
export function periodOf(
  instant: Date | string,
  kind: PeriodKind,
  timeZone: string = DEFAULT_TIME_ZONE,
  options: PeriodOptions = {},
): Period {
  checkKind(kind, 'kind')
  checkZone(timeZone)
  const anchor = termStart(options)
  return periodOfDay(localDay(instant, timeZone, 'instant'), kind, timeZone, anchor)
}

/**
 * Every period of a kind that overlaps `[from, to)`, in time order (the first and last may
 * extend beyond the span). Both ends are read as local dates in `timeZone`.
 *
 * Performance: O(number of periods); at most 10,000 periods.
 *
 * @category Statistics
 * @param from - Start (included): a `Date`, an instant with an offset, or `YYYY-MM-DD`.
 * @param to - End (excluded), same forms.
 * @param kind - One of {@link periodKinds}.
 * @param timeZone - IANA zone; default `Asia/Ho_Chi_Minh`.
 * @param options - `termStartYear` for terms.
 * @returns The periods; empty when `to` is not after `from`.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) as {@link periodOf}
 *   does, and for a span of more than 10,000 periods (`invalid_period`).
 * @example
 * ```ts
 * import { periodsBetween } from '@lienthong/core/stats'
 *
 * periodsBetween('2023-01-01', '2024-07-01', 'quarter').map((p) => p.key)
 * // ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2']
 * ```
 */
export function periodsBetween(
  from: Date | string,
  to: Date | string,
  kind: PeriodKind,
  timeZone: string = DEFAULT_TIME_ZONE,
  options: PeriodOptions = {},
): Period[] {
  checkKind(kind, 'kind')
  checkZone(timeZone)
  const anchor = termStart(options)
  const first = localDay(from, timeZone, 'from')
  const last = localDay(to, timeZone, 'to')
  const periods: Period[] = []
  let day = first
  while (day < last) {
    if (periods.length >= 10_000) {
      throw statsError(SUBJECT, 'invalid_period', ['to'], {
        detail: 'spans more than 10,000 periods',
        detailVi: 'trải quá 10.000 kỳ',
      })
    }
    const period = periodOfDay(day, kind, timeZone, anchor)
    periods.push(period)
    day = dayNumberFromIsoDate(period.end)
  }
  return periods
}

/**
 * Any span of local dates `[start, end)` as a period of kind `range`, e.g. the seed report's
 * 1 Jan 2023 – 30 Jun 2024.
 *
 * @category Statistics
 * @param start - First day: a `Date`, an instant with an offset, or `YYYY-MM-DD`.
 * @param end - The day after the last day (excluded), same forms.
 * @param timeZone - IANA zone; default `Asia/Ho_Chi_Minh`.
 * @returns The {@link Period}, key `start..end`.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for an unreadable
 *   date or zone, or an `end` not after `start` (`invalid_period`).
 * @example
 * ```ts
 * import { rangePeriod } from '@lienthong/core/stats'
 *
 * rangePeriod('2023-01-01', '2024-07-01').key // '2023-01-01..2024-07-01'
 * ```
 */
export function rangePeriod(
  start: Date | string,
  end: Date | string,
  timeZone: string = DEFAULT_TIME_ZONE,
): Period {
  checkZone(timeZone)
  const first = localDay(start, timeZone, 'start')
  const last = localDay(end, timeZone, 'end')
  if (last <= first) {
    throw statsError(SUBJECT, 'invalid_period', ['end'], {
      detail: 'must be after start',
      detailVi: 'phải sau ngày bắt đầu',
    })
  }
  const from = isoDateFromDayNumber(first)
  const to = isoDateFromDayNumber(last)
  return { kind: 'range', key: `${from}..${to}`, start: from, end: to, timeZone }
}

/**
 * The compiled form of a working calendar, and the O(1) arithmetic on it. Internal: the exported
 * working-day functions (and the deadlines and task areas) validate their input and call these.
 *
 * A calendar covering N days compiles to three typed arrays over its day numbers (Julian Day
 * Numbers, see `dayNumber.ts`):
 *
 * - `working[i]`: 1 when day `first + i` is a working day;
 * - `rank[i]`: the number of working days in `[first, first + i]` (an inclusive prefix sum);
 * - `workingOffsets[k]`: the offset from `first` of the (k + 1)-th working day.
 *
 * so that "is it a working day", "how many working days between" and "the n-th working day after"
 * are each one or two array reads. Compiling is O(N + entries); compiled calendars are cached in a
 * WeakMap keyed by the calendar object, so a calendar is validated and compiled once.
 */
import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import { calendarDateSchema } from '../_lib/primitives.js'
import { LienthongError } from '../errors/LienthongError.js'
import { formatIssueMessage } from '../errors/formatIssueMessage.js'
import type { MessageLocale, ParseOptions } from '../errors/issue.js'
import {
  dayNumberFromIsoDate,
  dayNumberFromParts,
  daysInGregorianMonth,
  isoDateFromDayNumber,
} from './dayNumber.js'
import {
  holidayCalendarSchema,
  isoWeekdayOfDayNumber,
  type HolidayCalendar,
  type HolidayCalendarInput,
} from './holidayCalendar.schema.js'

/** A validated calendar and its lookup tables. */
export interface CompiledCalendar {
  readonly calendar: HolidayCalendar
  /** Day number of `calendar.from`. */
  readonly first: number
  /** Day number of `calendar.to`. */
  readonly last: number
  readonly working: Uint8Array
  readonly rank: Int32Array
  readonly workingOffsets: Int32Array
  /** `YYYY-MM-DD` of each day, filled on first use. */
  readonly isoDates: (string | undefined)[]
}

const parsers = createParsers('HolidayCalendar', holidayCalendarSchema)
const compiled = new WeakMap<object, CompiledCalendar>()

function build(calendar: HolidayCalendar): CompiledCalendar {
  const first = dayNumberFromIsoDate(calendar.from)
  const last = dayNumberFromIsoDate(calendar.to)
  const size = last - first + 1
  const rest = [false, false, false, false, false, false, false, false]
  for (const day of calendar.weeklyRestDays) rest[day] = true
  const working = new Uint8Array(size)
  for (let i = 0; i < size; i++) working[i] = rest[isoWeekdayOfDayNumber(first + i)] ? 0 : 1
  for (const day of calendar.holidays) working[dayNumberFromIsoDate(day.date) - first] = 0
  for (const day of calendar.extraDaysOff) working[dayNumberFromIsoDate(day.date) - first] = 0
  for (const day of calendar.extraWorkingDays) working[dayNumberFromIsoDate(day.date) - first] = 1
  const rank = new Int32Array(size)
  let count = 0
  for (let i = 0; i < size; i++) {
    count += working[i] ?? 0
    rank[i] = count
  }
  const workingOffsets = new Int32Array(count)
  for (let i = 0, k = 0; i < size; i++) if (working[i] === 1) workingOffsets[k++] = i
  return {
    calendar,
    first,
    last,
    working,
    rank,
    workingOffsets,
    isoDates: new Array<string | undefined>(size),
  }
}

/**
 * The compiled form of `input`, validated and compiled on first use, then taken from the cache.
 * Treat calendars as immutable values: a calendar changed after its first use keeps its old
 * compiled form.
 */
export function compileCalendar(
  input: HolidayCalendarInput | undefined,
  options?: ParseOptions,
): CompiledCalendar {
  const key = typeof input === 'object' && (input as object | null) !== null ? input : undefined
  const hit = key && compiled.get(key)
  if (hit) return hit
  const result = build(parsers.parse(input, options))
  if (key) compiled.set(key, result)
  return result
}

/** Whether the day (inside the calendar) is a working day. */
export function isWorkingDayNumber(calendar: CompiledCalendar, day: number): boolean {
  return calendar.working[day - calendar.first] === 1
}

/** Working days in `[calendar.from, day]`. */
export function rankOf(calendar: CompiledCalendar, day: number): number {
  return calendar.rank[day - calendar.first] ?? 0
}

/** Signed count of working days in `(a, b]` (negative when `b` is before `a`). */
export function workingDaysBetweenNumbers(
  calendar: CompiledCalendar,
  a: number,
  b: number,
): number {
  return rankOf(calendar, b) - rankOf(calendar, a)
}

/**
 * The `n`-th working day after `day` (n > 0) or before it (n < 0), `day` itself never counted;
 * `day` for n = 0; `undefined` when the calendar ends first.
 */
export function addWorkingDayNumbers(
  calendar: CompiledCalendar,
  day: number,
  n: number,
): number | undefined {
  if (n === 0) return day
  const rank = rankOf(calendar, day)
  const index = n > 0 ? rank + n - 1 : rank - (calendar.working[day - calendar.first] ?? 0) + n
  const offset = calendar.workingOffsets[index]
  return offset === undefined ? undefined : calendar.first + offset
}

/** `day` when it is a working day, else the next working day; `undefined` past the end. */
export function workingDayOnOrAfter(calendar: CompiledCalendar, day: number): number | undefined {
  if (day > calendar.last) return undefined
  if (calendar.working[day - calendar.first] === 1) return day
  const offset = calendar.workingOffsets[rankOf(calendar, day)]
  return offset === undefined ? undefined : calendar.first + offset
}

/**
 * Civil Code 2015 Arts 147–148: the last day of a period of `n` calendar days that starts after
 * `day`, moved to the next working day when it is not one; `undefined` past the end.
 */
export function addCalendarDayNumbersCivil(
  calendar: CompiledCalendar,
  day: number,
  n: number,
): number | undefined {
  return workingDayOnOrAfter(calendar, day + n)
}

/** `YYYY-MM-DD` of a day inside the calendar (cached), or computed for a day outside it. */
export function isoDateIn(calendar: CompiledCalendar, day: number): string {
  const index = day - calendar.first
  if (index < 0 || index >= calendar.isoDates.length) return isoDateFromDayNumber(day)
  const cached = calendar.isoDates[index]
  if (cached !== undefined) return cached
  const text = isoDateFromDayNumber(day)
  calendar.isoDates[index] = text
  return text
}

function digitsAt(text: string, start: number, length: number): number {
  let value = 0
  for (let i = start; i < start + length; i++) {
    const code = text.charCodeAt(i) - 48
    if (code < 0 || code > 9) return -1
    value = value * 10 + code
  }
  return value
}

/** The day number of a `YYYY-MM-DD` date that exists, or `undefined` for anything else. */
export function dayNumberOfDate(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length !== 10) return undefined
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined
  const year = digitsAt(value, 0, 4)
  const month = digitsAt(value, 5, 2)
  const day = digitsAt(value, 8, 2)
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInGregorianMonth(year, month)) {
    return undefined
  }
  return dayNumberFromParts(year, month, day)
}

/** An error with one `beyond_calendar` issue at `path`. */
export function beyondCalendarError(
  calendar: CompiledCalendar,
  subject: string,
  path: (string | number)[],
  params: Record<string, unknown>,
  locale: MessageLocale = 'en',
): LienthongError {
  const full = { ...params, minimum: calendar.calendar.from, maximum: calendar.calendar.to }
  const issue = {
    code: 'beyond_calendar' as const,
    path,
    params: full,
    message: formatIssueMessage({ code: 'beyond_calendar', params: full }, locale),
  }
  return new LienthongError({ code: 'invalid_input', subject, issues: [issue], locale })
}

const dateParsers = createParsers('Date', z.object({ date: calendarDateSchema }))

/**
 * The day number of `value`, which must be a `YYYY-MM-DD` date inside the calendar; otherwise a
 * LienthongError naming `field`.
 */
export function readDateIn(
  calendar: CompiledCalendar,
  value: unknown,
  subject: string,
  field: string,
  options?: ParseOptions,
): number {
  const day = dayNumberOfDate(value)
  if (day === undefined) {
    const result = dateParsers.safeParse({ date: value }, options)
    if (!result.ok) {
      const issues = result.error.issues.map((issue) => ({
        ...issue,
        path: [field, ...issue.path.slice(1)],
      }))
      throw new LienthongError({
        code: 'invalid_input',
        subject,
        issues,
        locale: options?.locale ?? 'en',
      })
    }
    return checkInside(
      calendar,
      dayNumberFromIsoDate(result.value.date),
      value,
      subject,
      field,
      options,
    )
  }
  return checkInside(calendar, day, value, subject, field, options)
}

function checkInside(
  calendar: CompiledCalendar,
  day: number,
  value: unknown,
  subject: string,
  field: string,
  options?: ParseOptions,
): number {
  if (day < calendar.first || day > calendar.last) {
    throw beyondCalendarError(calendar, subject, [field], { value }, options?.locale)
  }
  return day
}

const countParsers = new Map<string, ReturnType<typeof createCountParsers>>()

function createCountParsers(min: number, max: number) {
  return createParsers('Count', z.object({ value: z.int().check(z.gte(min), z.lte(max)) }))
}

/** `value` when it is a whole number in `[min, max]`; otherwise a LienthongError naming `field`. */
export function readInteger(
  value: unknown,
  subject: string,
  field: string,
  range: { readonly min: number; readonly max: number },
  options?: ParseOptions,
): number {
  if (
    Number.isSafeInteger(value) &&
    (value as number) >= range.min &&
    (value as number) <= range.max
  ) {
    return value as number
  }
  const key = `${range.min}:${range.max}`
  let parsers = countParsers.get(key)
  if (!parsers) {
    parsers = createCountParsers(range.min, range.max)
    countParsers.set(key, parsers)
  }
  const result = parsers.safeParse({ value }, options)
  if (result.ok) return result.value.value
  const issues = result.error.issues.map((issue) => ({
    ...issue,
    path: [field, ...issue.path.slice(1)],
  }))
  throw new LienthongError({
    code: 'invalid_input',
    subject,
    issues,
    locale: options?.locale ?? 'en',
  })
}

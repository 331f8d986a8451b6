/**
 * Reads the `asOf` option of the status functions (petition deadlines, task status, urging
 * lists): a calendar date, or an instant read as a date on the office's wall clock. Internal.
 */
import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import { calendarDateSchema, instantSchema, timeZoneSchema } from '../_lib/primitives.js'
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../_lib/timeZone.js'
import { LienthongError } from '../errors/LienthongError.js'
import type { MessageLocale, ParseOptions } from '../errors/issue.js'
import { dayNumberOfDate } from './compiledCalendar.js'
import { zonedDayNumber } from './zonedDay.js'

const shape = {
  timeZone: z.optional(timeZoneSchema),
  dueSoonWorkingDays: z.optional(z.int().check(z.gte(0), z.lte(1000))),
}
const parsers = createParsers(
  'Options',
  z.object({ asOf: z.union([calendarDateSchema, z.date(), instantSchema]), ...shape }),
)
/** Reports a missing `asOf` as `required` rather than as a mismatch of every accepted form. */
const missingAsOf = createParsers('Options', z.object({ asOf: z.string(), ...shape }))

/** The `locale` option, if `options` is an object that has a valid one. */
export function localeOf(options: unknown): MessageLocale | undefined {
  if (typeof options !== 'object' || options === null) return undefined
  const locale = (options as { locale?: unknown }).locale
  return locale === 'en' || locale === 'vi' ? locale : undefined
}

/** The last date string read, and its day number (callers pass the same `asOf` many times). */
let lastDate: string | undefined
let lastDay: number | undefined

/** The options every status function shares, read and checked. */
export interface StatusOptions {
  /** Day number of the `asOf` date. */
  readonly asOf: number
  readonly timeZone: string
  readonly dueSoonWorkingDays: number
}

/**
 * Reads `asOf` (a `YYYY-MM-DD` date, a `Date`, or an ISO date-time with an offset, read in
 * `timeZone`), `timeZone` (default `Asia/Ho_Chi_Minh`) and `dueSoonWorkingDays` (default 3).
 * Throws a LienthongError with subject `subject` when one is wrong.
 */
export function readStatusOptions(
  input: unknown,
  subject: string,
  parseOptions?: ParseOptions,
): StatusOptions {
  const options: {
    readonly asOf?: unknown
    readonly timeZone?: unknown
    readonly dueSoonWorkingDays?: unknown
  } = typeof input === 'object' && input !== null ? input : {}
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE
  const dueSoon = options.dueSoonWorkingDays ?? 3
  const zoneOk = typeof zone === 'string' && isValidTimeZone(zone)
  const dueSoonOk =
    Number.isSafeInteger(dueSoon) && (dueSoon as number) >= 0 && (dueSoon as number) <= 1000
  let asOf = options.asOf === lastDate ? lastDay : dayNumberOfDate(options.asOf)
  if (asOf !== undefined && typeof options.asOf === 'string') {
    lastDate = options.asOf
    lastDay = asOf
  }
  if (
    asOf === undefined &&
    zoneOk &&
    options.asOf instanceof Date &&
    !Number.isNaN(options.asOf.getTime())
  ) {
    asOf = zonedDayNumber(options.asOf, zone)
  }
  if (asOf !== undefined && zoneOk && dueSoonOk) {
    return { asOf, timeZone: zone, dueSoonWorkingDays: dueSoon as number }
  }
  const result = (options.asOf === undefined ? missingAsOf : parsers).safeParse(
    {
      asOf: options.asOf,
      timeZone: options.timeZone,
      dueSoonWorkingDays: options.dueSoonWorkingDays,
    },
    parseOptions,
  )
  if (!result.ok) {
    throw new LienthongError({
      code: 'invalid_input',
      subject,
      issues: result.error.issues,
      locale: parseOptions?.locale ?? 'en',
    })
  }
  const value = result.value
  const timeZone = value.timeZone ?? DEFAULT_TIME_ZONE
  const day =
    typeof value.asOf === 'string'
      ? dayNumberOfDate(value.asOf)
      : zonedDayNumber(value.asOf, timeZone)
  return {
    asOf: day ?? 0,
    timeZone,
    dueSoonWorkingDays: value.dueSoonWorkingDays ?? 3,
  }
}

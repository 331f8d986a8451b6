import { TZDate, tzOffset } from '@date-fns/tz'
import { LienthongError } from '../errors/LienthongError.js'
import type { LienthongIssue, MessageLocale } from '../errors/issue.js'
import { formatIssueMessage } from '../errors/formatIssueMessage.js'
import { isValidTimeZone } from '../_lib/timeZone.js'

/** A date or date-time value of an RDATE/EXDATE line, read as far as it can be without a zone. */
export type RecurrenceValue =
  /** `VALUE=DATE`: a calendar day. */
  | { readonly kind: 'date'; readonly year: number; readonly month: number; readonly day: number }
  /** A UTC instant (`…Z`). */
  | { readonly kind: 'instant'; readonly at: Date }
  /** A wall-clock time in `zone` (from `TZID=`), or floating (in the meeting's zone) when none. */
  | {
      readonly kind: 'local'
      readonly zone: string | undefined
      readonly fields: readonly [number, number, number, number, number, number]
    }

/** One recurrence content line, checked and split into its parts. */
export type RecurrenceLine =
  | { readonly name: 'RRULE' | 'EXRULE'; readonly index: number; readonly rule: string }
  | {
      readonly name: 'RDATE' | 'EXDATE'
      readonly index: number
      readonly values: readonly RecurrenceValue[]
    }

const WEEKDAY = '(?:MO|TU|WE|TH|FR|SA|SU)'
const rulePartChecks: Record<string, RegExp> = {
  FREQ: /^(?:SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)$/,
  UNTIL: /^\d{8}(?:T\d{6}Z?)?$/,
  COUNT: /^[1-9]\d{0,5}$/,
  INTERVAL: /^[1-9]\d{0,4}$/,
  BYSECOND: /^(?:[0-5]?\d|60)(?:,(?:[0-5]?\d|60))*$/,
  BYMINUTE: /^[0-5]?\d(?:,[0-5]?\d)*$/,
  BYHOUR: /^(?:[01]?\d|2[0-3])(?:,(?:[01]?\d|2[0-3]))*$/,
  BYDAY: new RegExp(
    `^(?:[+-]?(?:[1-9]|[1-4]\\d|5[0-3])?${WEEKDAY})(?:,[+-]?(?:[1-9]|[1-4]\\d|5[0-3])?${WEEKDAY})*$`,
  ),
  BYMONTHDAY: /^[+-]?(?:[1-9]|[12]\d|3[01])(?:,[+-]?(?:[1-9]|[12]\d|3[01]))*$/,
  BYYEARDAY: /^[+-]?(?:[1-9]\d{0,2})(?:,[+-]?(?:[1-9]\d{0,2}))*$/,
  BYWEEKNO: /^[+-]?(?:[1-9]|[1-4]\d|5[0-3])(?:,[+-]?(?:[1-9]|[1-4]\d|5[0-3]))*$/,
  BYMONTH: /^(?:[1-9]|1[0-2])(?:,(?:[1-9]|1[0-2]))*$/,
  BYSETPOS: /^[+-]?(?:[1-9]\d{0,2})(?:,[+-]?(?:[1-9]\d{0,2}))*$/,
  WKST: new RegExp(`^${WEEKDAY}$`),
}

/** Why a rule is wrong, in both languages, or `undefined` when it is fine. */
function checkRule(rule: string): { detail: string; detailVi: string } | undefined {
  const seen = new Set<string>()
  for (const part of rule.split(';')) {
    const [key = '', value, ...rest] = part.split('=')
    const check = rulePartChecks[key]
    if (check === undefined || value === undefined || rest.length > 0) {
      return {
        detail: `${JSON.stringify(part)} is not a rule part such as FREQ=WEEKLY or BYDAY=MO`,
        detailVi: `${JSON.stringify(part)} không phải thành phần quy tắc như FREQ=WEEKLY hoặc BYDAY=MO`,
      }
    }
    if (seen.has(key)) {
      return { detail: `${key} is given twice`, detailVi: `${key} xuất hiện hai lần` }
    }
    seen.add(key)
    if (!check.test(value)) {
      return {
        detail: `${key}=${value} is out of range or malformed`,
        detailVi: `${key}=${value} sai dạng hoặc ngoài phạm vi`,
      }
    }
  }
  if (!seen.has('FREQ')) {
    return { detail: 'FREQ is required', detailVi: 'cần có FREQ' }
  }
  if (seen.has('COUNT') && seen.has('UNTIL')) {
    return {
      detail: 'COUNT and UNTIL cannot both be given',
      detailVi: 'không dùng cùng lúc COUNT và UNTIL',
    }
  }
  return undefined
}

const dateValue = /^(\d{4})(\d{2})(\d{2})$/
const dateTimeValue = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/

/** Reads one RDATE/EXDATE value (PERIOD values keep only their start). */
function readValue(
  text: string,
  zone: string | undefined,
  isDate: boolean,
): RecurrenceValue | undefined {
  const value = text.split('/')[0] ?? ''
  const date = dateValue.exec(value)
  if (date !== null) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])]
    return validDay(year, month, day) ? { kind: 'date', year, month, day } : undefined
  }
  const dateTime = dateTimeValue.exec(value)
  if (dateTime === null || isDate) return undefined
  const fields = [1, 2, 3, 4, 5, 6].map((i) => Number(dateTime[i])) as unknown as readonly [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const [year, month, day, hour, minute, second] = fields
  if (!validDay(year, month, day) || hour > 23 || minute > 59 || second > 60) return undefined
  if (dateTime[7] === 'Z') {
    return { kind: 'instant', at: new Date(Date.UTC(year, month - 1, day, hour, minute, second)) }
  }
  return { kind: 'local', zone, fields }
}

function validDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day))
  return (
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day
  )
}

const linePattern = /^(RRULE|EXRULE|RDATE|EXDATE)((?:;[^:]*)?):(.+)$/i

/**
 * Checks a meeting's recurrence lines and splits them into rules and dates. Every problem is
 * reported with the line's index, as `['recurrence', index]`.
 */
export function readRecurrenceLines(
  lines: readonly string[],
  locale: MessageLocale = 'en',
): RecurrenceLine[] {
  const issues: LienthongIssue[] = []
  const read: RecurrenceLine[] = []
  const fail = (index: number, line: string, detail?: string, detailVi?: string) => {
    const params = { line, ...(detail === undefined ? {} : { detail, detailVi }) }
    issues.push({
      code: 'invalid_recurrence',
      path: ['recurrence', index],
      message: formatIssueMessage({ code: 'invalid_recurrence', params }, locale),
      params,
    })
  }
  lines.forEach((line, index) => {
    const match = linePattern.exec(line.trim())
    if (match === null) {
      fail(index, line)
      return
    }
    const name = (match[1] ?? '').toUpperCase() as RecurrenceLine['name']
    const params = (match[2] ?? '').toUpperCase()
    const value = (match[3] ?? '').trim()
    if (name === 'RRULE' || name === 'EXRULE') {
      const problem = checkRule(value.toUpperCase())
      if (problem !== undefined) {
        fail(index, line, problem.detail, problem.detailVi)
        return
      }
      read.push({ name, index, rule: value.toUpperCase() })
      return
    }
    const tzid = /;TZID=("?)([^;:"]+)\1/i.exec(match[2] ?? '')?.[2]
    if (tzid !== undefined && !isValidTimeZone(tzid)) {
      fail(
        index,
        line,
        `TZID ${tzid} is not an IANA time zone`,
        `TZID ${tzid} không phải múi giờ IANA`,
      )
      return
    }
    const isDate = /;VALUE=DATE(?:;|$)/.test(params)
    const values = value
      .split(',')
      .map((text) => readValue(text.trim().toUpperCase(), tzid, isDate))
    if (values.some((v) => v === undefined)) {
      fail(
        index,
        line,
        'expected dates YYYYMMDD or date-times YYYYMMDDTHHMMSS[Z], separated by commas',
        'cần ngày YYYYMMDD hoặc thời điểm YYYYMMDDTHHMMSS[Z], cách nhau bằng dấu phẩy',
      )
      return
    }
    read.push({ name, index, values: values as RecurrenceValue[] })
  })
  if (issues.length > 0) {
    throw new LienthongError({ code: 'invalid_input', subject: 'Recurrence', issues, locale })
  }
  return read
}

/**
 * The instant of a wall-clock time in `zone`, as RFC 5545 §3.3.5 reads it: a time skipped when
 * clocks go forward uses the offset before the change (02:30 becomes 03:30), and a time repeated
 * when clocks go back is its first occurrence.
 */
export function zonedInstant(
  fields: readonly [number, number, number, number, number, number],
  zone: string,
): Date {
  const [year, month, day, hour, minute, second] = fields
  const time = new TZDate(year, month - 1, day, hour, minute, second, zone).getTime()
  const before = tzOffset(zone, new Date(time - 86_400_000))
  const after = tzOffset(zone, new Date(time))
  if (before > after) {
    const earlier = time - (before - after) * 60_000
    const wall = new TZDate(earlier, zone)
    if (wall.getHours() === hour && wall.getMinutes() === minute && wall.getDate() === day) {
      return new Date(earlier)
    }
  }
  return new Date(time)
}

// Cheap structural checks of already-parsed values (Meetings with Date instants, People,
// Venues, Organizations), so a caller who passes wire JSON or garbage gets a LienthongError that
// names the field, never a TypeError from deep inside. One pass of property reads: no zod on the
// hot path. The safe entry points parse wire JSON fully with the models' schemas instead.
import { describeType } from '../_lib/zodIssues.js'
import { isValidTimeZone } from '../_lib/timeZone.js'
import { formatIssueMessage } from '../errors/formatIssueMessage.js'
import type { IssueCode, LienthongIssue, MessageLocale, SafeParseResult } from '../errors/issue.js'
import { meetingStatuses } from '../meeting/meeting.schema.js'

type Path = (string | number)[]

/** Stop collecting after this many problems: a million bad meetings need not be listed. */
export const MAX_ISSUES = 100

/** Where problems found so far are kept, in the caller's locale. */
export interface IssueCollector {
  readonly issues: LienthongIssue[]
  readonly locale: MessageLocale
}

/** True once the collector holds {@link MAX_ISSUES} problems. */
export function isFull(collector: IssueCollector): boolean {
  return collector.issues.length >= MAX_ISSUES
}

/** Records one problem. */
export function report(
  collector: IssueCollector,
  code: IssueCode,
  path: Path,
  params: Record<string, unknown> = {},
  extra: { expected?: string; received?: string } = {},
): void {
  if (isFull(collector)) return
  collector.issues.push({
    code,
    path,
    params,
    message: formatIssueMessage({ code, params }, collector.locale),
    ...(extra.expected === undefined ? {} : { expected: extra.expected }),
    ...(extra.received === undefined ? {} : { received: extra.received }),
  })
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reports a value of the wrong type, describing it by type only (never echoing data). */
export function wrongType(
  collector: IssueCollector,
  path: Path,
  expected: string,
  value: unknown,
): void {
  if (value === undefined) {
    report(collector, 'required', path, {}, { expected })
    return
  }
  const received = describeType(value)
  report(collector, 'invalid_type', path, { expected, received }, { expected, received })
}

function checkId(collector: IssueCollector, value: unknown, path: Path, required: boolean): void {
  if (value === undefined && !required) return
  if (typeof value !== 'string' || value.length === 0) wrongType(collector, path, 'string', value)
}

function checkIdList(collector: IssueCollector, value: unknown, path: Path): void {
  if (value === undefined) return
  if (!Array.isArray(value)) {
    wrongType(collector, path, 'array', value)
    return
  }
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i]
    if (typeof item !== 'string') wrongType(collector, [...path, i], 'string', item)
  }
}

function checkCount(collector: IssueCollector, value: unknown, path: Path): void {
  if (value === undefined) return
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    wrongType(collector, path, 'number', value)
  } else if (value < 0) {
    report(collector, 'too_small', path, { minimum: 0, inclusive: true, origin: 'number' })
  }
}

function checkTimeZone(collector: IssueCollector, value: unknown, path: Path): void {
  if (value === undefined) return
  if (typeof value !== 'string') wrongType(collector, path, 'string', value)
  else if (!isValidTimeZone(value)) report(collector, 'invalid_time_zone', path, { value })
}

function checkInstant(collector: IssueCollector, value: unknown, path: Path): boolean {
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return true
    report(collector, 'invalid', path, {
      detail: 'is an Invalid Date',
      detailVi: 'là một ngày không hợp lệ (Invalid Date)',
    })
    return false
  }
  if (typeof value === 'string') {
    // The usual mistake: wire JSON passed where parsed meetings are expected.
    report(
      collector,
      'invalid',
      path,
      {
        detail:
          'is a string, not a Date: read wire JSON with parseMeeting first, or call the safe form (safeDetectConflicts, safeFindFreeSlots), which accepts it',
        detailVi:
          'là chuỗi ký tự, không phải Date: hãy đọc JSON bằng parseMeeting trước, hoặc gọi dạng an toàn (safeDetectConflicts, safeFindFreeSlots) vốn nhận JSON',
      },
      { expected: 'date', received: 'string' },
    )
    return false
  }
  wrongType(collector, path, 'date', value)
  return false
}

const statuses: readonly unknown[] = meetingStatuses

/** True when `value` has Date instants, i.e. was meant as a parsed meeting, not wire JSON. */
export function looksParsed(value: unknown): boolean {
  return isObject(value) && (value.start instanceof Date || value.end instanceof Date)
}

/**
 * Checks that `value` can be read as a parsed Meeting: the fields conflict detection reads have
 * the right types; absent defaulted fields are taken at their defaults.
 */
export function checkMeeting(collector: IssueCollector, value: unknown, path: Path): void {
  if (!isObject(value)) {
    wrongType(collector, path, 'object', value)
    return
  }
  checkId(collector, value.id, [...path, 'id'], true)
  if (value.title !== undefined && typeof value.title !== 'string') {
    wrongType(collector, [...path, 'title'], 'string', value.title)
  }
  const startOk = checkInstant(collector, value.start, [...path, 'start'])
  const endOk = checkInstant(collector, value.end, [...path, 'end'])
  if (startOk && endOk) {
    const start = value.start as Date
    const end = value.end as Date
    // Zero-length meetings are allowed (they never conflict); an end before the start is not.
    if (end.getTime() < start.getTime()) {
      report(collector, 'end_before_start', [...path, 'end'], {
        start: start.toISOString(),
        end: end.toISOString(),
      })
    }
  }
  if (value.status !== undefined && !statuses.includes(value.status)) {
    report(collector, 'invalid_value', [...path, 'status'], { values: [...meetingStatuses] })
  }
  if (
    value.importance !== undefined &&
    value.importance !== 'major' &&
    value.importance !== 'normal'
  ) {
    report(collector, 'invalid_value', [...path, 'importance'], { values: ['major', 'normal'] })
  }
  if (value.allDay !== undefined && typeof value.allDay !== 'boolean') {
    wrongType(collector, [...path, 'allDay'], 'boolean', value.allDay)
  }
  checkTimeZone(collector, value.timeZone, [...path, 'timeZone'])
  checkId(collector, value.hostId, [...path, 'hostId'], false)
  checkId(collector, value.chairId, [...path, 'chairId'], false)
  checkId(collector, value.venueId, [...path, 'venueId'], false)
  checkIdList(collector, value.coHostIds, [...path, 'coHostIds'])
  checkIdList(collector, value.participantIds, [...path, 'participantIds'])
  checkIdList(collector, value.requiredOrganizationIds, [...path, 'requiredOrganizationIds'])
  checkCount(collector, value.expectedAttendees, [...path, 'expectedAttendees'])
  const posts = value.requiredPosts
  if (posts !== undefined) {
    if (!Array.isArray(posts)) wrongType(collector, [...path, 'requiredPosts'], 'array', posts)
    else {
      for (let i = 0; i < posts.length; i++) {
        const post: unknown = posts[i]
        const at = [...path, 'requiredPosts', i]
        if (!isObject(post)) wrongType(collector, at, 'object', post)
        else {
          checkId(collector, post.organizationId, [...at, 'organizationId'], true)
          checkId(collector, post.role, [...at, 'role'], true)
        }
      }
    }
  }
  const online = value.online
  if (online !== undefined) {
    if (!isObject(online)) wrongType(collector, [...path, 'online'], 'object', online)
    else {
      checkId(collector, online.mainBridgeVenueId, [...path, 'online', 'mainBridgeVenueId'], false)
      const points = online.bridgePoints
      if (points !== undefined && !Array.isArray(points)) {
        wrongType(collector, [...path, 'online', 'bridgePoints'], 'array', points)
      } else if (points !== undefined) {
        for (let i = 0; i < points.length; i++) {
          const point: unknown = points[i]
          const at = [...path, 'online', 'bridgePoints', i]
          if (!isObject(point)) wrongType(collector, at, 'object', point)
          else {
            checkId(collector, point.venueId, [...at, 'venueId'], false)
            checkCount(collector, point.delegates, [...at, 'delegates'])
          }
        }
      }
    }
  }
}

function isIdOrAbsent(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.length > 0)
}

function isIdListOrAbsent(value: unknown): boolean {
  if (value === undefined) return true
  if (!Array.isArray(value)) return false
  for (const item of value as unknown[]) if (typeof item !== 'string') return false
  return true
}

function isCountOrAbsent(value: unknown): boolean {
  return value === undefined || (typeof value === 'number' && Number.isFinite(value) && value >= 0)
}

/** The zone of the last meeting checked: a schedule's meetings nearly all share one. */
let lastValidZone: unknown = undefined

/**
 * The fast path of {@link checkMeeting}: true exactly when `checkMeeting` would report nothing,
 * without building a path per field. A million meetings cost a few milliseconds.
 */
export function isCheckedMeeting(value: unknown): boolean {
  if (!isObject(value)) return false
  const { start, end } = value
  if (!(start instanceof Date) || !(end instanceof Date)) return false
  const startTime = start.getTime()
  const endTime = end.getTime()
  if (Number.isNaN(startTime) || Number.isNaN(endTime) || endTime < startTime) return false
  if (typeof value.id !== 'string' || value.id.length === 0) return false
  if (value.title !== undefined && typeof value.title !== 'string') return false
  if (value.status !== undefined && !statuses.includes(value.status)) return false
  const importance = value.importance
  if (importance !== undefined && importance !== 'major' && importance !== 'normal') return false
  if (value.allDay !== undefined && typeof value.allDay !== 'boolean') return false
  const zone = value.timeZone
  if (zone !== undefined && zone !== lastValidZone) {
    if (typeof zone !== 'string' || !isValidTimeZone(zone)) return false
    lastValidZone = zone
  }
  if (!isIdOrAbsent(value.hostId) || !isIdOrAbsent(value.chairId)) return false
  if (!isIdOrAbsent(value.venueId)) return false
  if (!isIdListOrAbsent(value.coHostIds) || !isIdListOrAbsent(value.participantIds)) return false
  if (!isIdListOrAbsent(value.requiredOrganizationIds)) return false
  if (!isCountOrAbsent(value.expectedAttendees)) return false
  const posts = value.requiredPosts
  if (posts !== undefined) {
    if (!Array.isArray(posts)) return false
    for (const post of posts as unknown[]) {
      if (!isObject(post)) return false
      if (typeof post.organizationId !== 'string' || post.organizationId.length === 0) return false
      if (typeof post.role !== 'string' || post.role.length === 0) return false
    }
  }
  const online = value.online
  if (online !== undefined) {
    if (!isObject(online) || !isIdOrAbsent(online.mainBridgeVenueId)) return false
    const points = online.bridgePoints
    if (points !== undefined) {
      if (!Array.isArray(points)) return false
      for (const point of points as unknown[]) {
        if (!isObject(point) || !isIdOrAbsent(point.venueId)) return false
        if (!isCountOrAbsent(point.delegates)) return false
      }
    }
  }
  return true
}

/**
 * Checks a list argument and each of its items with `check`; with `quick` (a test that is true
 * exactly when `check` would report nothing), items that pass it cost no allocation.
 */
export function checkList(
  collector: IssueCollector,
  value: unknown,
  path: Path,
  check: (collector: IssueCollector, item: unknown, path: Path) => void,
  quick?: (item: unknown) => boolean,
): void {
  if (value === undefined) return
  if (!Array.isArray(value)) {
    wrongType(collector, path, 'array', value)
    return
  }
  for (let i = 0; i < value.length && !isFull(collector); i++) {
    const item: unknown = value[i]
    if (quick?.(item) !== true) check(collector, item, [...path, i])
  }
}

function isDateOrAbsent(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && datePattern.test(value))
}

/** The fast path of {@link checkPerson}: true exactly when it would report nothing. */
export function isCheckedPerson(value: unknown): boolean {
  if (!isObject(value) || typeof value.id !== 'string' || value.id.length === 0) return false
  const posts = value.posts
  if (posts === undefined) return true
  if (!Array.isArray(posts)) return false
  for (const post of posts as unknown[]) {
    if (!isObject(post)) return false
    if (typeof post.organizationId !== 'string' || post.organizationId.length === 0) return false
    if (typeof post.role !== 'string' || post.role.length === 0) return false
    if (!isDateOrAbsent(post.from) || !isDateOrAbsent(post.until)) return false
  }
  return true
}

/** The fast path of {@link checkVenue}: true exactly when it would report nothing. */
export function isCheckedVenue(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    value.id.length > 0 &&
    isCountOrAbsent(value.capacity)
  )
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/

/** Checks the fields of a Person that posts are resolved from. */
export function checkPerson(collector: IssueCollector, value: unknown, path: Path): void {
  if (!isObject(value)) {
    wrongType(collector, path, 'object', value)
    return
  }
  checkId(collector, value.id, [...path, 'id'], true)
  checkList(collector, value.posts, [...path, 'posts'], (c, post, at) => {
    if (!isObject(post)) {
      wrongType(c, at, 'object', post)
      return
    }
    checkId(c, post.organizationId, [...at, 'organizationId'], true)
    checkId(c, post.role, [...at, 'role'], true)
    for (const key of ['from', 'until'] as const) {
      const date = post[key]
      if (date !== undefined && (typeof date !== 'string' || !datePattern.test(date))) {
        report(c, 'invalid_format', [...at, key], { format: 'date' }, { expected: 'date' })
      }
    }
  })
}

/** Checks the fields of a Venue that capacity checks read. */
export function checkVenue(collector: IssueCollector, value: unknown, path: Path): void {
  if (!isObject(value)) {
    wrongType(collector, path, 'object', value)
    return
  }
  checkId(collector, value.id, [...path, 'id'], true)
  checkCount(collector, value.capacity, [...path, 'capacity'])
}

const clockPattern = /^(\d{2}):(\d{2})$/

/** Minutes since midnight of `HH:mm`, or `undefined` when it is not such a time. */
export function clockMinutes(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined
  const match = clockPattern.exec(value)
  if (match === null) return undefined
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (minutes >= 60 || hours > 24 || (hours === 24 && minutes > 0)) return undefined
  return hours * 60 + minutes
}

/** Checks working hours: periods of `HH:mm` times with end after start, ISO weekdays 1–7. */
export function checkWorkingHours(collector: IssueCollector, value: unknown, path: Path): void {
  if (!isObject(value)) {
    wrongType(collector, path, 'object', value)
    return
  }
  const periods = value.periods
  if (!Array.isArray(periods) || periods.length === 0) {
    if (Array.isArray(periods)) {
      report(collector, 'too_small', [...path, 'periods'], {
        minimum: 1,
        inclusive: true,
        origin: 'array',
      })
    } else wrongType(collector, [...path, 'periods'], 'array', periods)
  } else {
    for (let i = 0; i < periods.length; i++) {
      const period: unknown = periods[i]
      const at = [...path, 'periods', i]
      if (!isObject(period)) {
        wrongType(collector, at, 'object', period)
        continue
      }
      const start = clockMinutes(period.start)
      const end = clockMinutes(period.end)
      if (start === undefined) {
        report(collector, 'invalid_clock_time', [...at, 'start'], { value: period.start })
      }
      if (end === undefined) {
        report(collector, 'invalid_clock_time', [...at, 'end'], { value: period.end })
      }
      if (start !== undefined && end !== undefined && end <= start) {
        report(collector, 'end_before_start', [...at, 'end'], {
          start: period.start,
          end: period.end,
        })
      }
    }
  }
  const days = value.days
  if (!Array.isArray(days)) wrongType(collector, [...path, 'days'], 'array', days)
  else {
    for (let i = 0; i < days.length; i++) {
      const day: unknown = days[i]
      if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 7) {
        report(collector, 'invalid_value', [...path, 'days', i], { values: [1, 2, 3, 4, 5, 6, 7] })
      }
    }
  }
}

/** Checks the fields of an Organization that working-hours checks read. */
export function checkOrganization(collector: IssueCollector, value: unknown, path: Path): void {
  if (!isObject(value)) {
    wrongType(collector, path, 'object', value)
    return
  }
  checkId(collector, value.id, [...path, 'id'], true)
  checkTimeZone(collector, value.timeZone, [...path, 'timeZone'])
  if (value.workingHours !== undefined) {
    checkWorkingHours(collector, value.workingHours, [...path, 'workingHours'])
  }
}

/** Checks a finite number within `[minimum, maximum]`, optionally a whole number. */
export function checkNumber(
  collector: IssueCollector,
  value: unknown,
  path: Path,
  limits: { minimum: number; maximum: number; integer?: boolean; exclusiveMinimum?: boolean },
): void {
  if (value === undefined) return
  if (typeof value !== 'number' || Number.isNaN(value)) {
    wrongType(collector, path, limits.integer === true ? 'integer' : 'number', value)
    return
  }
  if (limits.integer === true && !Number.isInteger(value)) {
    report(collector, 'invalid_type', path, { expected: 'integer', received: 'number' })
    return
  }
  const tooSmall =
    limits.exclusiveMinimum === true ? value <= limits.minimum : value < limits.minimum
  if (tooSmall) {
    report(collector, 'too_small', path, {
      minimum: limits.minimum,
      inclusive: limits.exclusiveMinimum !== true,
      origin: 'number',
    })
  } else if (value > limits.maximum) {
    report(collector, 'too_big', path, {
      maximum: limits.maximum,
      inclusive: true,
      origin: 'number',
    })
  }
}

/** Adds issues found inside a list item, with the item's path in front of theirs. */
export function prefixed(
  collector: IssueCollector,
  issues: readonly LienthongIssue[],
  prefix: (string | number)[],
): void {
  for (const issue of issues) {
    if (isFull(collector)) return
    collector.issues.push({ ...issue, path: [...prefix, ...issue.path] })
  }
}

/**
 * Parses an optional list of records (people, venues, organisations) with their safe parser,
 * collecting each item's issues under `[name, index]`; `undefined` when absent or not a list.
 */
export function parseList<T>(
  collector: IssueCollector,
  value: unknown,
  name: string,
  parse: (
    input: unknown,
    options: { locale: MessageLocale },
  ) => SafeParseResult<T> | { ok: true; value: T },
): T[] | undefined {
  if (value === undefined) return undefined
  if (!Array.isArray(value)) {
    wrongType(collector, [name], 'array', value)
    return undefined
  }
  const parsed: T[] = []
  value.forEach((item: unknown, index) => {
    if (isFull(collector)) return
    const result = parse(item, { locale: collector.locale })
    if (result.ok) parsed.push(result.value)
    else prefixed(collector, result.error.issues, [name, index])
  })
  return parsed
}

import * as z from 'zod/mini'
import type { IssueCode } from '../errors/issue.js'
import { DEFAULT_TIME_ZONE, isValidTimeZone } from './timeZone.js'

/**
 * Adds one of lienthong's own issues from inside a zod refinement. With `abort`, the issue stops
 * the refinements of the objects around it (those without a `when`), as a wrong type does.
 */
export function addIssue(
  ctx: z.core.$RefinementCtx,
  code: IssueCode,
  path: (string | number)[],
  params: Record<string, unknown> = {},
  options: { abort?: boolean } = {},
): void {
  ctx.addIssue({
    code: 'custom',
    path,
    message: code,
    params: { lienthongCode: code, ...params },
    ...(options.abort === true ? { continue: false } : {}),
  })
}

/** A record identifier: any non-empty string, as most back ends use UUIDs or codes. */
export const idSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(200))

/** Free text a person wrote; trimmed, never empty. */
export const textSchema = (max = 2000) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max))

/** The first and last instants whose UTC form `toISOString()` writes with a four-digit year. */
const FIRST_INSTANT = Date.parse('0000-01-01T00:00:00.000Z')
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z')

/**
 * An instant: ISO 8601 with an offset on the wire, a `Date` once parsed. An instant that falls
 * outside the years 0000–9999 in UTC (`0000-01-01T00:00:00+07:00` is in year -1) is refused,
 * because it could not be written back in the same form.
 */
export const instantSchema = z.codec(
  z.iso.datetime({ offset: true }),
  z.date().check(
    z.superRefine((date, ctx) => {
      const time = date.getTime()
      if (time < FIRST_INSTANT || time > LAST_INSTANT) {
        addIssue(ctx, 'invalid', [], {
          detail: 'falls outside the years 0000–9999 once converted to UTC',
          detailVi: 'nằm ngoài các năm 0000–9999 khi đổi sang giờ UTC',
        })
      }
    }),
  ),
  {
    decode: (text) => new Date(text),
    encode: (date) => date.toISOString(),
  },
)

/**
 * A calendar date `YYYY-MM-DD`; stays a string because a date has no time zone. A malformed
 * date stops the rules that compare it with another field (`abort`), as a wrong type does, so
 * `from: 'soon'` is reported once and not also as "until must be after from".
 */
export const calendarDateSchema = z.iso.date({ abort: true })

/** An IANA time zone name; an unknown name is an error, never a silent UTC. */
export const timeZoneSchema = z.string().check(
  z.superRefine((zone, ctx) => {
    if (!isValidTimeZone(zone)) addIssue(ctx, 'invalid_time_zone', [], { value: zone })
  }),
  z.meta({
    description:
      'An IANA time zone name the runtime knows, e.g. Asia/Ho_Chi_Minh or Europe/Berlin; an offset such as +07:00 is not a zone.',
  }),
)

/** A time zone that defaults to `Asia/Ho_Chi_Minh`. */
export const defaultTimeZoneSchema = z._default(timeZoneSchema, DEFAULT_TIME_ZONE)

/**
 * A wall-clock time `HH:mm` (`24:00` allowed as the end of a day). Like a malformed date, a
 * malformed time stops the rules that compare it (`abort`).
 */
export const clockTimeSchema = z.string().check(
  z.superRefine((text, ctx) => {
    const match = /^(\d{2}):(\d{2})$/.exec(text)
    const hours = Number(match?.[1])
    const minutes = Number(match?.[2])
    const valid = match !== null && minutes < 60 && (hours < 24 || (hours === 24 && minutes === 0))
    if (!valid) addIssue(ctx, 'invalid_clock_time', [], { value: text }, { abort: true })
  }),
  z.meta({
    description: 'A wall-clock time HH:mm from 00:00 to 24:00.',
    pattern: '^(?:[01]\\d|2[0-3]):[0-5]\\d$|^24:00$',
  }),
)

/** A list of ids in which each id appears once. */
export const idListSchema = z.array(idSchema).check(
  z.superRefine((ids, ctx) => {
    const seen = new Set<string>()
    ids.forEach((id, index) => {
      if (seen.has(id)) addIssue(ctx, 'duplicate_value', [index], { value: id })
      seen.add(id)
    })
  }),
  z.meta({ description: 'Ids, each at most once (compared after trimming).', uniqueItems: true }),
)

/** A document attached to a meeting, petition event or directive. */
export const documentRefSchema = z.object({
  title: textSchema(500),
  symbol: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  url: z.optional(z.url()),
})

/**
 * True when none of `fields` already has an issue, so a cross-field rule can still run (and be
 * reported) while other, unrelated fields are wrong.
 */
export function fieldsAreValid(fields: readonly string[]) {
  return (payload: z.core.ParsePayload): boolean =>
    !payload.issues.some((issue) => {
      const head = issue.path?.[0]
      return head === undefined || fields.includes(String(head))
    })
}

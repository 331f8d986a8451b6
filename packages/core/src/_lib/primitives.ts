import { z } from 'zod'
import type { IssueCode } from '../errors/issue.js'
import { DEFAULT_TIME_ZONE, isValidTimeZone } from './timeZone.js'

/** Adds one of lienthong's own issues from inside a zod refinement. */
export function addIssue(
  ctx: z.RefinementCtx,
  code: IssueCode,
  path: (string | number)[],
  params: Record<string, unknown> = {},
): void {
  ctx.addIssue({ code: 'custom', path, message: code, params: { lienthongCode: code, ...params } })
}

/** A record identifier: any non-empty string, as most back ends use UUIDs or codes. */
export const idSchema = z.string().trim().min(1).max(200)

/** Free text a person wrote; trimmed, never empty. */
export const textSchema = (max = 2000) => z.string().trim().min(1).max(max)

/** An instant: ISO 8601 with an offset on the wire, a `Date` once parsed. */
export const instantSchema = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (text) => new Date(text),
  encode: (date) => date.toISOString(),
})

/** A calendar date `YYYY-MM-DD`; stays a string because a date has no time zone. */
export const calendarDateSchema = z.iso.date()

/** An IANA time zone name; an unknown name is an error, never a silent UTC. */
export const timeZoneSchema = z.string().superRefine((zone, ctx) => {
  if (!isValidTimeZone(zone)) addIssue(ctx, 'invalid_time_zone', [], { value: zone })
})

/** A time zone that defaults to `Asia/Ho_Chi_Minh`. */
export const defaultTimeZoneSchema = timeZoneSchema.default(DEFAULT_TIME_ZONE)

/** A wall-clock time `HH:mm` (`24:00` allowed as the end of a day). */
export const clockTimeSchema = z.string().superRefine((text, ctx) => {
  const match = /^(\d{2}):(\d{2})$/.exec(text)
  const hours = Number(match?.[1])
  const minutes = Number(match?.[2])
  const valid = match !== null && minutes < 60 && (hours < 24 || (hours === 24 && minutes === 0))
  if (!valid) addIssue(ctx, 'invalid_clock_time', [], { value: text })
})

/** A list of ids in which each id appears once. */
export const idListSchema = z.array(idSchema).superRefine((ids, ctx) => {
  const seen = new Set<string>()
  ids.forEach((id, index) => {
    if (seen.has(id)) addIssue(ctx, 'duplicate_value', [index], { value: id })
    seen.add(id)
  })
})

/** A document attached to a meeting, petition event or directive. */
export const documentRefSchema = z.object({
  title: textSchema(500),
  symbol: z.string().trim().min(1).max(100).optional(),
  url: z.url().optional(),
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

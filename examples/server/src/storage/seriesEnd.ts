import type { Meeting } from '@lienthong/core/meeting'

const DAY_MS = 86_400_000
const UNTIL = /(?:^|;)UNTIL=(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?/i

/**
 * The latest instant a meeting may still be running, to find the meetings of a range with an
 * index: its `end`, or for a recurring meeting the end of the last occurrence its RRULE's `UNTIL`
 * allows (a day later, as `UNTIL` may be in floating time). A series without `UNTIL` (endless, or
 * ended by `COUNT`) or with RDATE lines is treated as endless: the client expands occurrences.
 */
export function seriesEnd(meeting: Meeting): number {
  const lines = meeting.recurrence ?? []
  if (lines.length === 0) return meeting.end.getTime()
  if (lines.some((line) => line.toUpperCase().startsWith('RDATE'))) return Number.MAX_SAFE_INTEGER
  const rule = lines.find((line) => line.toUpperCase().startsWith('RRULE'))
  const until = rule === undefined ? null : UNTIL.exec(rule)
  if (until === null) return Number.MAX_SAFE_INTEGER
  const [year, month, day] = until.slice(1, 4).map(Number)
  const [hour, minute, second] =
    until[4] === undefined ? [23, 59, 59] : until.slice(4, 7).map(Number)
  const last = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour, minute, second)
  const duration = meeting.end.getTime() - meeting.start.getTime()
  return last + duration + DAY_MS
}

import { unsafeCSS, type CSSResult } from 'lit'
import type { CalendarEntry } from './calendar-model.js'

/**
 * The geometry of the week and day views: which hours the grid shows, and the classes that place
 * a meeting in its hour cell. A strict Content-Security-Policy forbids `style=` attributes, so
 * every position is a class from a stylesheet generated once here. Internal.
 */

/** Minutes per row quarter: meetings are placed to the quarter hour. */
const quarter = 15

/** At most this many meetings side by side; more overlapping ones go behind "+N more". */
export const maxLanes = 4

/** Working periods of a day in minutes after midnight, `[start, end)`, and the working weekdays. */
export interface WorkingHours {
  readonly periods: readonly { readonly start: number; readonly end: number }[]
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  readonly days: readonly number[]
}

/**
 * The working hours of Vietnamese state bodies, as core's `DEFAULT_WORKING_HOURS`: 7:30–11:30
 * and 13:30–17:00, Monday to Friday (copied rather than imported: core's module also builds its
 * zod schemas).
 */
export const defaultWorkingHours: WorkingHours = {
  periods: [
    { start: 7 * 60 + 30, end: 11 * 60 + 30 },
    { start: 13 * 60 + 30, end: 17 * 60 },
  ],
  days: [1, 2, 3, 4, 5],
}

function minutesOf(time: string): number | undefined {
  const match = /^(\d{1,2})(?::(\d{2}))?$/.exec(time.trim())
  if (!match) return undefined
  const minutes = Number(match[1]) * 60 + Number(match[2] ?? 0)
  return minutes <= 24 * 60 ? minutes : undefined
}

/**
 * Reads a `working-hours` attribute: comma-separated periods such as `7:30-11:30, 13:30-17:00`
 * (Monday to Friday); the default for anything it cannot read.
 */
export function parseWorkingHours(value: string): WorkingHours {
  if (!value.trim()) return defaultWorkingHours
  const periods: { start: number; end: number }[] = []
  for (const part of value.split(',')) {
    const [from = '', to = ''] = part.split('-')
    const start = minutesOf(from)
    const end = minutesOf(to)
    if (start === undefined || end === undefined || start >= end) return defaultWorkingHours
    periods.push({ start, end })
  }
  return { periods, days: defaultWorkingHours.days }
}

/**
 * Which halves of the hour starting at `hour` are outside the working hours of an ISO weekday:
 * `off` (the whole hour), `off-a` (the first half), `off-b` (the second half), or `''`.
 */
export function offHoursClass(hour: number, isoWeekday: number, working: WorkingHours): string {
  const works = (minute: number): boolean =>
    working.days.includes(isoWeekday) &&
    working.periods.some((period) => minute >= period.start && minute < period.end)
  const first = works(hour * 60)
  const second = works(hour * 60 + 30)
  if (first && second) return ''
  if (!first && !second) return 'off'
  return first ? 'off-b' : 'off-a'
}

/** The longest part of a meeting over midnight that the grid stretches to show whole. */
const wholePart = 6 * 60

/**
 * The hours the grid shows, `[first, last)`: the working hours with an hour either side, widened
 * to the earliest start and the latest end of the timed meetings shown. A meeting running across
 * midnight has a part on each day; a part of up to six hours (an evening reception until 01:00)
 * is shown whole, a longer one (a day of a two-day conference) widens the grid only to its real
 * start or end and is clipped at the grid's edge, so the week is not stretched to 24 hours.
 */
export function hourRange(
  timed: Iterable<CalendarEntry>,
  working: WorkingHours,
): { first: number; last: number } {
  const starts = working.periods.map((period) => period.start)
  const ends = working.periods.map((period) => period.end)
  let first = Math.max(0, Math.floor(Math.min(...starts) / 60))
  let last = Math.min(24, Math.ceil(Math.max(...ends) / 60) + 1)
  for (const entry of timed) {
    const whole = entry.endMinutes - entry.minutes <= wholePart
    const top = entry.continued && !whole ? entry.endMinutes - 1 : entry.minutes
    const bottom = entry.continues && !whole ? entry.minutes + 1 : entry.endMinutes
    first = Math.min(first, Math.floor(top / 60))
    last = Math.max(last, Math.ceil(bottom / 60))
  }
  return { first, last }
}

/** The hour cell a timed meeting is drawn from: the hour it starts in, or the grid's first. */
export function startRow(entry: CalendarEntry, rows: { first: number }): number {
  return Math.max(Math.floor(entry.minutes / 60), rows.first)
}

/**
 * The classes placing a timed meeting inside the cell of {@link startRow}: its offset in that
 * hour, its length up to the grid's end, its lane, and `cut-start` / `cut-end` when the grid
 * clips it (a part of a meeting running across midnight).
 */
export function placementClasses(
  entry: CalendarEntry,
  rows: { first: number; last: number },
  lane: number,
  lanes: number,
): string {
  const top = Math.max(entry.minutes, rows.first * 60)
  const offset = Math.floor((top % 60) / quarter)
  const end = Math.min(entry.endMinutes, rows.last * 60)
  const length = Math.max(1, Math.ceil((end - top) / quarter))
  const cuts = `${top > entry.minutes ? ' cut-start' : ''}${end < entry.endMinutes ? ' cut-end' : ''}`
  return `at-${offset} len-${Math.min(length, 96)} lane-${lane}-${Math.min(lanes, maxLanes)}${cuts}`
}

/** The stylesheet behind {@link placementClasses}, generated once. */
export const placementStyles: CSSResult = unsafeCSS(
  [
    ...Array.from(
      { length: 4 },
      (_, offset) => `.at-${offset}{inset-block-start:calc(${offset} * var(--_lt-slot))}`,
    ),
    ...Array.from(
      { length: 96 },
      (_, index) => `.len-${index + 1}{block-size:calc(${index + 1} * var(--_lt-slot) - 2px)}`,
    ),
    ...Array.from({ length: maxLanes }, (_, index) => index + 1).flatMap((lanes) =>
      Array.from(
        { length: lanes },
        (_, lane) =>
          `.lane-${lane}-${lanes}{inset-inline-start:${(lane * 100) / lanes}%;inline-size:${100 / lanes}%}`,
      ),
    ),
  ].join('\n'),
)

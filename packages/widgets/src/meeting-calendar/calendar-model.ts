import { tzOffset } from '@date-fns/tz'
import type { Meeting } from '@lienthong/core/meeting'
import type { ScheduleConflict } from '../internal/schedule-data.js'
import {
  involvesLeader,
  involvesOrganization,
  sessionOf,
  type Entry,
} from '../weekly-schedule/week-model.js'

/**
 * The calendar's data model, computed once per data set and filter and then read per visible day:
 * navigating to another period only looks days up in {@link DayIndex}, it never walks the meetings
 * again. Internal to `<lt-meeting-calendar>`.
 */

const minutesPerDay = 24 * 60

/** A meeting on one day of the calendar, with the minutes it ends at on that day. */
export interface CalendarEntry extends Entry {
  /** Minutes after local midnight the meeting ends on this day (1440 when it runs past midnight). */
  readonly endMinutes: number
  /** True when the meeting covers more than one calendar day. */
  readonly multiDay: boolean
  /** True when the meeting goes on after this day (it runs past midnight). */
  readonly continues: boolean
}

/** A meeting placed on the wall calendar of its display zone. */
interface Placement {
  readonly meeting: Meeting
  readonly zone: string
  readonly startDate: string
  readonly startMinutes: number
  /** The day of the last instant inside the half-open `[start, end)`. */
  readonly lastDate: string
  /** Minutes after midnight of `lastDate` the meeting ends at (1–1440). */
  readonly endMinutes: number
}

/** The filters of the calendar; an empty string means "all". */
export interface CalendarFilter {
  readonly person: string
  readonly organization: string
  readonly kind: string
}

/** UTC offsets by zone and UTC day; `null` for a day on which the offset changes. */
const offsetsByDay = new Map<string, Map<number, number | null>>()
const millisecondsPerDay = 86_400_000

/**
 * The UTC offset of `zone` at `time`, in minutes. Offsets change at most once a day (twice a
 * year in practice), so a day whose first and last instants have the same offset has it
 * throughout: two `Intl` look-ups per zone and day instead of one per meeting.
 */
function offsetAt(zone: string, time: number): number {
  let days = offsetsByDay.get(zone)
  if (!days) {
    days = new Map()
    offsetsByDay.set(zone, days)
  }
  const day = Math.floor(time / millisecondsPerDay)
  let offset = days.get(day)
  if (offset === undefined) {
    const first = tzOffset(zone, new Date(day * millisecondsPerDay))
    const last = tzOffset(zone, new Date((day + 1) * millisecondsPerDay - 1))
    offset = first === last ? first : null
    if (days.size > 4000) days.clear()
    days.set(day, offset)
  }
  return offset ?? tzOffset(zone, new Date(time))
}

/**
 * The wall-clock date and minutes of an instant in `zone`. The same result as `wallClock` in
 * `zoned-time.ts`, many times faster (offsets cached by day instead of a `TZDate` per call),
 * which matters for thousands of meetings.
 */
export function fastWallClock(instant: Date, zone: string): { date: string; minutes: number } {
  const time = instant.getTime()
  const local = new Date(time + offsetAt(zone, time) * 60_000)
  return {
    date: local.toISOString().slice(0, 10),
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  }
}

/**
 * `date` (`YYYY-MM-DD`) plus `days` days. The same as `addCalendarDays` in `zoned-time.ts` for
 * valid dates, without date-fns: this runs for every day of every meeting.
 */
export function shiftDate(date: string, days: number): string {
  const time = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)) + days,
  )
  return new Date(time).toISOString().slice(0, 10)
}

/** Places every meeting on the wall calendar of `timeZone`, or of its own zone when undefined. */
export function placeMeetings(
  meetings: readonly Meeting[],
  timeZone: string | undefined,
): Placement[] {
  return meetings.map((meeting) => {
    const zone = timeZone ?? meeting.timeZone
    const start = fastWallClock(meeting.start, zone)
    const last = fastWallClock(new Date(meeting.end.getTime() - 1), zone)
    return {
      meeting,
      zone,
      startDate: start.date,
      startMinutes: start.minutes,
      lastDate: last.date,
      endMinutes: last.minutes + 1,
    }
  })
}

function matches(meeting: Meeting, filter: CalendarFilter): boolean {
  if (filter.kind && meeting.kind !== filter.kind) return false
  if (filter.person && !involvesLeader(meeting, filter.person)) return false
  if (filter.organization && !involvesOrganization(meeting, filter.organization)) return false
  return true
}

const noEntries: readonly CalendarEntry[] = Object.freeze([])
const collator = new Intl.Collator('vi')

function byStart(a: CalendarEntry, b: CalendarEntry): number {
  return (
    a.minutes - b.minutes ||
    a.meeting.start.getTime() - b.meeting.start.getTime() ||
    collator.compare(a.meeting.title, b.meeting.title)
  )
}

/**
 * The filtered meetings bucketed by calendar day, each day sorted by start time then title.
 * Built once (O(n log n)); {@link DayIndex.on} is a map look-up.
 */
export class DayIndex {
  private readonly days = new Map<string, CalendarEntry[]>()

  constructor(
    placements: readonly Placement[],
    conflictsOf: (meeting: Meeting) => readonly ScheduleConflict[],
    filter: CalendarFilter,
  ) {
    for (const placement of placements) {
      const { meeting, startDate, lastDate } = placement
      if (!matches(meeting, filter)) continue
      const shared = {
        meeting,
        zone: placement.zone,
        conflicts: conflictsOf(meeting),
        multiDay: lastDate !== startDate,
      }
      for (let date = startDate; date <= lastDate; date = shiftDate(date, 1)) {
        const continued = date !== startDate
        const minutes = continued || meeting.allDay ? 0 : placement.startMinutes
        const entry: CalendarEntry = {
          ...shared,
          date,
          continued,
          minutes,
          endMinutes: date === lastDate && !meeting.allDay ? placement.endMinutes : minutesPerDay,
          continues: date !== lastDate,
          session: sessionOf(minutes),
        }
        const list = this.days.get(date)
        if (list) list.push(entry)
        else this.days.set(date, [entry])
      }
    }
    for (const list of this.days.values()) list.sort(byStart)
  }

  /** The meetings of `date`, sorted. */
  on(date: string): readonly CalendarEntry[] {
    return this.days.get(date) ?? noEntries
  }
}

/** A timed meeting laid out in a day column of the week or day view. */
export interface LaidOut {
  readonly entry: CalendarEntry
  /** The column it takes among the meetings overlapping it (0-based). */
  readonly lane: number
  /** How many columns its group of overlapping meetings needs. */
  readonly lanes: number
}

/**
 * Lays out a day's timed meetings side by side: meetings that overlap (directly or through a
 * chain) form a group, each takes the first column free at its start, and all of the group share
 * its column count. Half-open intervals: a meeting ending at 10:00 does not overlap one starting
 * at 10:00. `entries` must be sorted by start.
 *
 * @example
 * ```ts
 * layOutDay([a0800to1000, b0900to1100, c1000to1200])
 * // a: lane 0, b: lane 1, c: lane 0 — all three with lanes = 2
 * ```
 */
export function layOutDay(entries: readonly CalendarEntry[]): LaidOut[] {
  const result: LaidOut[] = []
  let group: { entry: CalendarEntry; lane: number }[] = []
  let laneEnds: number[] = []
  let groupEnd = -1
  const flush = (): void => {
    const lanes = laneEnds.length
    for (const item of group) result.push({ ...item, lanes })
    group = []
    laneEnds = []
  }
  for (const entry of entries) {
    if (entry.minutes >= groupEnd) flush()
    let lane = laneEnds.findIndex((end) => end <= entry.minutes)
    if (lane === -1) lane = laneEnds.push(entry.endMinutes) - 1
    else laneEnds[lane] = entry.endMinutes
    group.push({ entry, lane })
    groupEnd = Math.max(groupEnd, entry.endMinutes)
  }
  flush()
  return result
}

/**
 * True when an entry belongs in the all-day row of a time grid rather than at its hours: only
 * all-day meetings do. A timed meeting over midnight, or a conference over several days, is drawn
 * in the hours of each day it touches, clipped to that day.
 */
export function isAllDayEntry(entry: CalendarEntry): boolean {
  return entry.meeting.allDay
}

/**
 * The meetings a crowded day cell has room for (`room`), in time order, chosen so that its
 * clashing meetings are among them first: "+N more" never hides a conflict mark while there is
 * room to show it. Every meeting is shown when there is room for all.
 */
export function entriesShown(
  entries: readonly CalendarEntry[],
  room: number,
): readonly CalendarEntry[] {
  if (entries.length <= room) return entries
  const chosen = new Set<CalendarEntry>()
  for (const entry of entries) {
    if (chosen.size < room && entry.conflicts.length > 0) chosen.add(entry)
  }
  for (const entry of entries) {
    if (chosen.size < room) chosen.add(entry)
  }
  return entries.filter((entry) => chosen.has(entry))
}

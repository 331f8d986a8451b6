import type { Meeting } from '@lienthong/core/meeting'
import type { ScheduleConflict } from '../internal/schedule-data.js'
import { addCalendarDays, wallClock } from '../internal/zoned-time.js'

/**
 * The rows of a weekly schedule table, computed from plain data: which meetings fall on which
 * day and session of the week. Internal to `<lt-weekly-schedule>`.
 */

/** The parts of a day in a Vietnamese weekly schedule: Sáng, Chiều, Tối. */
export const sessions = ['morning', 'afternoon', 'evening'] as const
export type Session = (typeof sessions)[number]

/** Morning before 12:00, afternoon 12:00–18:00, evening from 18:00 (local start time). */
export function sessionOf(minutes: number): Session {
  return minutes < 12 * 60 ? 'morning' : minutes < 18 * 60 ? 'afternoon' : 'evening'
}

/** One line of the table: a meeting on one day (a meeting spanning days gives one per day). */
export interface Entry {
  readonly meeting: Meeting
  /** The zone its times are shown in. */
  readonly zone: string
  readonly date: string
  readonly session: Session
  /** On a later day of a meeting that began on an earlier one. */
  readonly continued: boolean
  /** Minutes after local midnight the entry starts (0 for a continuation), for sorting. */
  readonly minutes: number
  readonly conflicts: readonly ScheduleConflict[]
}

export interface SessionRows {
  readonly session: Session
  readonly entries: readonly Entry[]
}

export interface DayRows {
  readonly date: string
  readonly sessions: readonly SessionRows[]
  readonly count: number
}

export interface WeekFilter {
  readonly leader?: string
  readonly organization?: string
}

/** True when `personId` chairs or takes part in the meeting. */
export function involvesLeader(meeting: Meeting, personId: string): boolean {
  return meeting.chairId === personId || meeting.participantIds.includes(personId)
}

/** True when the organisation hosts, co-hosts, prepares or is required at the meeting. */
export function involvesOrganization(meeting: Meeting, organizationId: string): boolean {
  return (
    meeting.hostId === organizationId ||
    meeting.coHostIds.includes(organizationId) ||
    meeting.requiredOrganizationIds.includes(organizationId) ||
    meeting.preparingUnitId === organizationId
  )
}

function matches(meeting: Meeting, filter: WeekFilter): boolean {
  if (filter.leader && !involvesLeader(meeting, filter.leader)) return false
  if (filter.organization && !involvesOrganization(meeting, filter.organization)) return false
  return true
}

/**
 * The week starting on `monday`, day by day and session by session, sorted by start time then
 * title. Each meeting is placed by its start on the wall clock of `timeZone`, or of its own zone
 * when `timeZone` is undefined; a meeting lasting into later days also appears on them.
 * `conflictsOf` gives the conflicts of a meeting (of an occurrence, for a recurring meeting's).
 * O(n log n) in the number of meetings.
 */
export function buildWeek(
  meetings: readonly Meeting[],
  monday: string,
  timeZone: string | undefined,
  filter: WeekFilter,
  conflictsOf: (meeting: Meeting) => readonly ScheduleConflict[],
): DayRows[] {
  const days = Array.from({ length: 7 }, (_, index) => addCalendarDays(monday, index))
  const sunday = days[6] ?? monday
  const byDay = new Map<string, Entry[]>(days.map((day) => [day, []]))

  for (const meeting of meetings) {
    if (!matches(meeting, filter)) continue
    const zone = timeZone ?? meeting.timeZone
    const start = wallClock(meeting.start, zone)
    // The last instant inside the half-open [start, end): a meeting ending at midnight does not
    // spill onto the next day.
    const last = wallClock(new Date(meeting.end.getTime() - 1), zone).date
    if (last < monday || start.date > sunday) continue
    const shared = { meeting, zone, conflicts: conflictsOf(meeting) }
    for (const day of days) {
      if (day < start.date || day > last) continue
      const continued = day !== start.date
      const minutes = continued || meeting.allDay ? 0 : start.minutes
      byDay.get(day)?.push({
        ...shared,
        date: day,
        continued,
        minutes,
        session: sessionOf(minutes),
      })
    }
  }

  const collator = new Intl.Collator('vi')
  return days.map((date) => {
    const entries = (byDay.get(date) ?? []).sort(
      (a, b) =>
        a.minutes - b.minutes ||
        a.meeting.start.getTime() - b.meeting.start.getTime() ||
        collator.compare(a.meeting.title, b.meeting.title),
    )
    const rows = sessions
      .map((session) => ({
        session,
        entries: entries.filter((entry) => entry.session === session),
      }))
      .filter((group) => group.entries.length > 0)
    return { date, sessions: rows, count: entries.length }
  })
}

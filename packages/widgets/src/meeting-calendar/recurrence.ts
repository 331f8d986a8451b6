import type { Meeting } from '@lienthong/core/meeting'
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import {
  detectScheduleConflicts,
  type ScheduleConflict,
  type ScheduleData,
} from '../internal/schedule-data.js'

/**
 * Recurring meetings in the schedule elements: each series is expanded with core's
 * `expandMeeting` for the period shown (a window of instants), and the conflicts of its
 * occurrences are matched to the right occurrence by their interval. Core's expansion is loaded
 * on first use, and only for data that has a recurring meeting. Internal to
 * `<lt-meeting-calendar>` and `<lt-weekly-schedule>`.
 */

/** The instants `[from, to)` of the period a schedule element shows. */
export interface TimeWindow {
  readonly from: Date
  readonly to: Date
}

type ExpandMeeting = typeof import('./recurrence-lazy.js').expandMeeting

/** The most occurrences one series may have in a window (six weeks of hourly meetings). */
const maxOccurrences = 1000

/** True when the meeting has recurrence lines (RRULE, RDATE…). */
export function isRecurring(meeting: Meeting): boolean {
  return (meeting.recurrence?.length ?? 0) > 0
}

/** The series each occurrence was expanded from. */
const seriesByOccurrence = new WeakMap<Meeting, Meeting>()

/** The meeting given to the element that `meeting` is an occurrence of; itself otherwise. */
export function seriesOf(meeting: Meeting): Meeting {
  return seriesByOccurrence.get(meeting) ?? meeting
}

/** True when `meeting` is one occurrence of a recurring series, as shown by the element. */
export function isOccurrence(meeting: Meeting): boolean {
  return seriesByOccurrence.has(meeting)
}

/**
 * The meetings to show in `window`: the single meetings overlapping it, as given, and each
 * recurring meeting's occurrences overlapping it, sorted by start. A series whose rules cannot
 * be expanded (or that has more than a thousand occurrences in the window) is shown once, at its
 * own start, with a console warning: one bad rule does not hide the rest of the schedule.
 */
export function meetingsInWindow(
  meetings: readonly Meeting[],
  window: TimeWindow,
  expand: ExpandMeeting,
  name: string,
): Meeting[] {
  const from = window.from.getTime()
  const to = window.to.getTime()
  const shown: Meeting[] = []
  for (const meeting of meetings) {
    if (isRecurring(meeting)) {
      try {
        for (const occurrence of expand(meeting, { ...window, maxOccurrences })) {
          const shownOccurrence: Meeting = occurrence
          seriesByOccurrence.set(shownOccurrence, meeting)
          shown.push(shownOccurrence)
        }
        continue
      } catch (error) {
        console.warn(`<${name}>: meeting ${meeting.id} is shown once: ${String(error)}`)
      }
    }
    if (meeting.end.getTime() > from && meeting.start.getTime() < to) shown.push(meeting)
  }
  return shown.sort((a, b) => a.start.getTime() - b.start.getTime())
}

/** The interval a conflict happens in, when its producer gave one (core's conflicts do). */
function intervalOf(conflict: ScheduleConflict): { start: Date; end: Date } | undefined {
  const { interval } = conflict as { interval?: { start?: unknown; end?: unknown } }
  return interval?.start instanceof Date && interval.end instanceof Date
    ? { start: interval.start, end: interval.end }
    : undefined
}

/**
 * A function giving the conflicts of a meeting shown: those naming its id, and for an
 * occurrence of a series only those whose interval touches that occurrence (a conflict without
 * an interval marks the occurrence at the series' own start).
 */
export function conflictLookup(
  conflicts: readonly ScheduleConflict[],
): (meeting: Meeting) => readonly ScheduleConflict[] {
  const byId = new Map<string, ScheduleConflict[]>()
  for (const conflict of conflicts) {
    for (const id of new Set(conflict.meetingIds)) {
      const list = byId.get(id)
      if (list) list.push(conflict)
      else byId.set(id, [conflict])
    }
  }
  const none: readonly ScheduleConflict[] = []
  return (meeting) => {
    const list = byId.get(meeting.id) ?? none
    if (list.length === 0 || !isOccurrence(meeting)) return list
    const start = meeting.start.getTime()
    const end = meeting.end.getTime()
    const seriesStart = seriesOf(meeting).start.getTime()
    return list.filter((conflict) => {
      const interval = intervalOf(conflict)
      // Closed on both ends: a travel-time conflict starts where the meeting ends.
      return interval
        ? interval.start.getTime() <= end && interval.end.getTime() >= start
        : start === seriesStart
    })
  }
}

/** The kinds of conflict the elements find among occurrences themselves (double bookings). */
const redetectedKinds = new Set([
  'person-double-booked',
  'venue-double-booked',
  'body-double-booked',
])

/**
 * The conflicts to mark when the double bookings of the occurrences shown were looked for
 * (`found`): `base`'s, except its double bookings of recurring meetings (found on a series'
 * first occurrence only, which an EXDATE may even have removed), and the double bookings of
 * `found` that concern a recurring meeting.
 */
export function mergeConflicts(
  base: readonly ScheduleConflict[],
  found: readonly ScheduleConflict[],
  recurringIds: ReadonlySet<string>,
): readonly ScheduleConflict[] {
  const concernsSeries = (conflict: ScheduleConflict): boolean =>
    redetectedKinds.has(conflict.kind) && conflict.meetingIds.some((id) => recurringIds.has(id))
  return [...base.filter((conflict) => !concernsSeries(conflict)), ...found.filter(concernsSeries)]
}

let expandMeeting: ExpandMeeting | undefined
let loadingExpansion: Promise<ExpandMeeting> | undefined

/** Loads core's expansion once; after a failure (offline), the next call tries again. */
function loadExpansion(): Promise<ExpandMeeting> {
  loadingExpansion ??= import('./recurrence-lazy.js').then(
    (module) => {
      expandMeeting = module.expandMeeting
      return module.expandMeeting
    },
    (error: unknown) => {
      loadingExpansion = undefined
      throw error
    },
  )
  return loadingExpansion
}

/**
 * The occurrences of an element's recurring meetings in the window it shows, and the double
 * bookings among them, each computed once per data set and window. While core's expansion
 * loads (once per page), the single meetings are shown; the element renders again when it is in.
 */
export class Recurrences implements ReactiveController {
  private shownKey: readonly unknown[] = []
  private shown: readonly Meeting[] = []
  private recurringIds: ReadonlySet<string> = new Set()
  private conflictsKey: readonly unknown[] = []
  private merged: readonly ScheduleConflict[] = []
  private found: { key: readonly unknown[]; conflicts: readonly ScheduleConflict[] } = {
    key: [],
    conflicts: [],
  }
  private connected = true

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly name: string,
  ) {
    host.addController(this)
  }

  hostConnected(): void {
    this.connected = true
  }

  hostDisconnected(): void {
    this.connected = false
  }

  /**
   * The meetings to show in the window named `windowKey` (any string naming it uniquely): as
   * given when none recurs, else {@link meetingsInWindow}.
   */
  meetings(all: readonly Meeting[], window: TimeWindow, windowKey: string): readonly Meeting[] {
    const key = [all, windowKey, expandMeeting]
    if (same(key, this.shownKey)) return this.shown
    const recurring = all.filter(isRecurring)
    this.recurringIds = new Set(recurring.map((meeting) => meeting.id))
    if (recurring.length === 0) {
      this.shown = all
    } else if (expandMeeting) {
      this.shown = meetingsInWindow(all, window, expandMeeting, this.name)
    } else {
      this.shown = all.filter((meeting) => !isRecurring(meeting))
      void loadExpansion().then(
        () => {
          if (this.connected) this.host.requestUpdate()
        },
        (error: unknown) => {
          console.warn(`<${this.name}>: could not load the recurrence expansion`, error)
        },
      )
    }
    this.shownKey = key
    return this.shown
  }

  /**
   * The conflicts to mark among the meetings last returned by {@link meetings}: `data`'s, and,
   * when `detect` is true and a meeting recurs, the double bookings of the occurrences shown
   * (found with core's `detectConflicts` for the window, then the element renders again).
   */
  conflicts(data: ScheduleData, detect: boolean): readonly ScheduleConflict[] {
    const shown = this.shown
    if (!detect || this.recurringIds.size === 0) return data.conflicts
    const inputs = [shown, data.people, data.venues, data.organizations]
    if (!same(inputs, this.found.key)) {
      this.found = { key: inputs, conflicts: [] }
      const expected = this.found
      void detectScheduleConflicts({
        meetings: shown,
        people: data.people,
        venues: data.venues,
        organizations: data.organizations,
      }).then(
        (conflicts) => {
          if (this.found !== expected) return
          this.found = { key: inputs, conflicts }
          if (this.connected) this.host.requestUpdate()
        },
        (error: unknown) => {
          // Core could not be loaded (offline): the occurrences are shown, unmarked.
          console.warn(`<${this.name}>: could not look for the occurrences' conflicts`, error)
        },
      )
    }
    const key = [data.conflicts, this.found.conflicts]
    if (!same(key, this.conflictsKey)) {
      this.merged = mergeConflicts(data.conflicts, this.found.conflicts, this.recurringIds)
      this.conflictsKey = key
    }
    return this.merged
  }

  /**
   * The occurrence of `meeting` (a series) shown at `interval`, for saying when the other meeting
   * of a conflict is; `meeting` itself when it does not recur or no occurrence matches.
   */
  occurrenceAt(meeting: Meeting, conflict: ScheduleConflict): Meeting {
    const interval = intervalOf(conflict)
    if (!isRecurring(meeting) || !interval) return meeting
    return (
      this.shown.find(
        (shown) =>
          shown.id === meeting.id &&
          shown.start.getTime() <= interval.end.getTime() &&
          shown.end.getTime() >= interval.start.getTime(),
      ) ?? meeting
    )
  }
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index])
}

import type { Conflict } from '../conflicts/conflicts.schema.js'
import type { Meeting } from '../meeting/meeting.schema.js'
import type { Accumulator } from './accumulator.js'
import { addCounts, bump, sortedCounts } from './counts.js'
import { localDay, type Period } from './period.js'
import { statsError } from './statsError.js'

/**
 * The fields of a meeting that meeting statistics read: a {@link meeting!Meeting | Meeting}
 * fits. Nobody's name is read; people appear in meetings only as ids and are never counted by.
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { MeetingStatsInput } from '@lienthong/core/stats'
 *
 * const meeting: MeetingStatsInput = {
 *   kind: 'online-conference', hostId: 'tu', status: 'held',
 *   start: new Date('2026-03-02T08:00:00+07:00'), end: new Date('2026-03-02T11:00:00+07:00'),
 *   online: { bridgePoints: [{ name: 'Điểm cầu xã Ba Vì', delegates: 60 }] },
 * }
 * ```
 */
export type MeetingStatsInput = Pick<Meeting, 'kind' | 'hostId' | 'start' | 'end' | 'status'> & {
  readonly online?:
    | {
        readonly bridgePoints: readonly { readonly delegates: number }[]
      }
    | undefined
}

/**
 * Options of {@link meetingAccumulator} and {@link summarizeMeetings}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { rangePeriod, type MeetingStatsOptions } from '@lienthong/core/stats'
 *
 * const options: MeetingStatsOptions = { period: rangePeriod('2023-01-01', '2024-07-01') }
 * ```
 */
export interface MeetingStatsOptions {
  /** Count only meetings starting in this period (local dates in its zone). Default: all. */
  readonly period?: Period
  /** Statuses left out of the headline counts (still in `byStatus`). Default `['cancelled', 'postponed']`. */
  readonly exclude?: readonly Meeting['status'][]
}

/**
 * The plain-data state of {@link meetingAccumulator}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { meetingAccumulator, type MeetingStatsState } from '@lienthong/core/stats'
 *
 * const state: MeetingStatsState = meetingAccumulator().create()
 * JSON.parse(JSON.stringify(state)) // the same state: it travels as JSON
 * ```
 */
export interface MeetingStatsState {
  meetings: number
  byKind: Record<string, number>
  byHost: Record<string, number>
  byStatus: Record<string, number>
  minutes: number
  minutesByKind: Record<string, number>
  onlineConferences: number
  bridgePoints: number
  delegates: number
}

/**
 * What meeting statistics report. Hours are exact (summed in whole minutes, then divided).
 *
 * @category Statistics
 * @example
 * ```ts
 * import { summarizeMeetings, type MeetingStats } from '@lienthong/core/stats'
 *
 * const stats: MeetingStats = summarizeMeetings([])
 * stats.online // { conferences: 0, bridgePoints: 0, delegates: 0 }
 * ```
 */
export interface MeetingStats {
  /** Meetings counted (not of an excluded status). */
  readonly meetings: number
  readonly byKind: Readonly<Record<string, number>>
  readonly byHost: Readonly<Record<string, number>>
  /** Every meeting in the period, excluded statuses included. */
  readonly byStatus: Readonly<Record<string, number>>
  readonly hours: number
  readonly hoursByKind: Readonly<Record<string, number>>
  /**
   * Online conferences (kind `online-conference`, or any meeting with online details), their
   * component bridge points (the main one not counted) and the delegates at those points.
   */
  readonly online: {
    readonly conferences: number
    readonly bridgePoints: number
    readonly delegates: number
  }
}

const SUBJECT = 'meetingAccumulator'
const MS_PER_MINUTE = 60_000

function checkMeeting(item: MeetingStatsInput): void {
  // Callers without types may pass anything.
  const value: unknown = item
  const meeting = item as Partial<MeetingStatsInput>
  const ok =
    typeof value === 'object' &&
    value !== null &&
    typeof meeting.kind === 'string' &&
    typeof meeting.hostId === 'string' &&
    typeof meeting.status === 'string' &&
    meeting.start instanceof Date &&
    meeting.end instanceof Date &&
    !Number.isNaN(meeting.start.getTime()) &&
    !Number.isNaN(meeting.end.getTime()) &&
    (meeting.online === undefined ||
      (typeof meeting.online === 'object' &&
        Array.isArray(meeting.online.bridgePoints) &&
        meeting.online.bridgePoints.every(
          (point: unknown) =>
            typeof point === 'object' &&
            point !== null &&
            Number.isFinite((point as { delegates?: unknown }).delegates),
        )))
  if (!ok) {
    throw statsError(SUBJECT, 'invalid_type', [], {
      expected: 'a parsed meeting (kind, hostId, status, start and end as Date)',
    })
  }
}

/**
 * Meeting statistics as a mergeable {@link Accumulator}: meetings by kind, host and status;
 * hours; online conferences with their bridge points and delegates. Meetings starting outside
 * `period` are skipped; cancelled and postponed ones are only counted in `byStatus`.
 * Conflicts are counted separately by {@link conflictAccumulator}.
 *
 * Performance: O(1 + bridge points) per meeting; the state holds one counter per kind, host and
 * status.
 *
 * @category Statistics
 * @param options - `period` and `exclude` (see {@link MeetingStatsOptions}).
 * @returns The accumulator (its state is JSON-serializable).
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) from `add` for an item
 *   that is not a parsed meeting.
 * @example
 * ```ts
 * import { meetingAccumulator } from '@lienthong/core/stats'
 * import { generateSampleData } from '@lienthong/core/sample'
 *
 * const { meetings } = generateSampleData({ scale: 0.1 })
 * const stats = meetingAccumulator()
 * const half = Math.floor(meetings.length / 2)
 * const a = meetings.slice(0, half).reduce(stats.add, stats.create())
 * const b = meetings.slice(half).reduce(stats.add, stats.create())
 * const merged = stats.finish(stats.merge(a, JSON.parse(JSON.stringify(b))))
 * // merged equals summarizeMeetings(meetings)
 * ```
 */
export function meetingAccumulator(
  options: MeetingStatsOptions = {},
): Accumulator<MeetingStatsInput, MeetingStatsState, MeetingStats> {
  const period = options.period
  const zone = period?.timeZone ?? 'Asia/Ho_Chi_Minh'
  const first = period === undefined ? undefined : localDay(period.start, zone, 'period.start')
  const last = period === undefined ? undefined : localDay(period.end, zone, 'period.end')
  const excluded = new Set<string>(options.exclude ?? ['cancelled', 'postponed'])
  return {
    create: () => ({
      meetings: 0,
      byKind: {},
      byHost: {},
      byStatus: {},
      minutes: 0,
      minutesByKind: {},
      onlineConferences: 0,
      bridgePoints: 0,
      delegates: 0,
    }),
    add(state, meeting) {
      checkMeeting(meeting)
      if (first !== undefined && last !== undefined) {
        const day = localDay(meeting.start, zone, 'start')
        if (day < first || day >= last) return state
      }
      bump(state.byStatus, meeting.status)
      if (excluded.has(meeting.status)) return state
      state.meetings += 1
      bump(state.byKind, meeting.kind)
      bump(state.byHost, meeting.hostId)
      const minutes = Math.round((meeting.end.getTime() - meeting.start.getTime()) / MS_PER_MINUTE)
      state.minutes += minutes
      bump(state.minutesByKind, meeting.kind, minutes)
      if (meeting.kind === 'online-conference' || meeting.online !== undefined) {
        state.onlineConferences += 1
        for (const point of meeting.online?.bridgePoints ?? []) {
          state.bridgePoints += 1
          state.delegates += point.delegates
        }
      }
      return state
    },
    merge(state, other) {
      state.meetings += other.meetings
      addCounts(state.byKind, other.byKind)
      addCounts(state.byHost, other.byHost)
      addCounts(state.byStatus, other.byStatus)
      state.minutes += other.minutes
      addCounts(state.minutesByKind, other.minutesByKind)
      state.onlineConferences += other.onlineConferences
      state.bridgePoints += other.bridgePoints
      state.delegates += other.delegates
      return state
    },
    finish(state) {
      const hoursByKind: Record<string, number> = {}
      const byMinutes = sortedCounts(state.minutesByKind)
      for (const key of Object.keys(byMinutes)) bump(hoursByKind, key, (byMinutes[key] ?? 0) / 60)
      return {
        meetings: state.meetings,
        byKind: sortedCounts(state.byKind),
        byHost: sortedCounts(state.byHost),
        byStatus: sortedCounts(state.byStatus),
        hours: state.minutes / 60,
        hoursByKind,
        online: {
          conferences: state.onlineConferences,
          bridgePoints: state.bridgePoints,
          delegates: state.delegates,
        },
      }
    },
  }
}

/**
 * The conflicts found, counted by kind and by severity.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { summarizeConflicts, type ConflictStats } from '@lienthong/core/stats'
 *
 * const stats: ConflictStats = summarizeConflicts([])
 * stats.total // 0
 * ```
 */
export interface ConflictStats {
  readonly total: number
  readonly byKind: Readonly<Record<string, number>>
  readonly bySeverity: Readonly<Record<string, number>>
}

/**
 * The plain-data state of {@link conflictAccumulator}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { conflictAccumulator, type ConflictStatsState } from '@lienthong/core/stats'
 *
 * const state: ConflictStatsState = conflictAccumulator().create()
 * ```
 */
export interface ConflictStatsState {
  total: number
  byKind: Record<string, number>
  bySeverity: Record<string, number>
}

/**
 * Counts conflicts (what `detectConflicts` returns) by kind and severity, as a mergeable
 * {@link Accumulator}. Only the kind and severity are read.
 *
 * Performance: O(1) per conflict.
 *
 * @category Statistics
 * @returns The accumulator.
 * @throws Never.
 * @example
 * ```ts
 * import { accumulate, conflictAccumulator } from '@lienthong/core/stats'
 *
 * accumulate(conflictAccumulator(), [{ kind: 'venue-double-booked', severity: 'error' }]).total // 1
 * ```
 */
export function conflictAccumulator(): Accumulator<
  Pick<Conflict, 'kind' | 'severity'>,
  ConflictStatsState,
  ConflictStats
> {
  return {
    create: () => ({ total: 0, byKind: {}, bySeverity: {} }),
    add(state, conflict) {
      state.total += 1
      bump(state.byKind, conflict.kind)
      bump(state.bySeverity, conflict.severity)
      return state
    },
    merge(state, other) {
      state.total += other.total
      addCounts(state.byKind, other.byKind)
      addCounts(state.bySeverity, other.bySeverity)
      return state
    },
    finish: (state) => ({
      total: state.total,
      byKind: sortedCounts(state.byKind),
      bySeverity: sortedCounts(state.bySeverity),
    }),
  }
}

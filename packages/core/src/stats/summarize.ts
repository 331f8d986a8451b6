import type { Conflict } from '../conflicts/conflicts.schema.js'
import type { Task } from '../directive/directive.schema.js'
import { accumulate } from './accumulator.js'
import {
  conflictAccumulator,
  meetingAccumulator,
  type ConflictStats,
  type MeetingStats,
  type MeetingStatsInput,
  type MeetingStatsOptions,
} from './meetingAccumulator.js'
import {
  petitionAccumulator,
  type PetitionStats,
  type PetitionStatsInput,
  type PetitionStatsOptions,
} from './petitionAccumulator.js'
import { taskAccumulator, type TaskStats, type TaskStatsOptions } from './taskAccumulator.js'

/**
 * Options of {@link summarizeMeetings}: those of {@link meetingAccumulator}, and the conflicts
 * found (what `detectConflicts` returned) to count with them.
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { SummarizeMeetingsOptions } from '@lienthong/core/stats'
 *
 * const options: SummarizeMeetingsOptions = { conflicts: [] }
 * ```
 */
export interface SummarizeMeetingsOptions extends MeetingStatsOptions {
  readonly conflicts?: Iterable<Pick<Conflict, 'kind' | 'severity'>>
}

/**
 * {@link MeetingStats} with the conflicts counted, when they were given.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { summarizeMeetings, type MeetingSummary } from '@lienthong/core/stats'
 *
 * const summary: MeetingSummary = summarizeMeetings([], { conflicts: [] })
 * summary.conflicts?.total // 0
 * ```
 */
export interface MeetingSummary extends MeetingStats {
  readonly conflicts?: ConflictStats
}

/**
 * Meeting statistics in one pass: {@link meetingAccumulator} over every meeting, with the
 * conflicts counted by {@link conflictAccumulator} when given.
 *
 * Performance: O(meetings + bridge points + conflicts).
 *
 * @category Statistics
 * @param meetings - Parsed meetings (any iterable).
 * @param options - `period`, `exclude`, `conflicts`.
 * @returns The {@link MeetingSummary}.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for an item that is
 *   not a parsed meeting.
 * @example
 * ```ts
 * import { detectConflicts } from '@lienthong/core/conflicts'
 * import { generateSampleData } from '@lienthong/core/sample'
 * import { periodOf, summarizeMeetings } from '@lienthong/core/stats'
 *
 * const data = generateSampleData({ scale: 0.1 })
 * const summary = summarizeMeetings(data.meetings, {
 *   period: periodOf('2026-03-15', 'quarter'),
 *   conflicts: detectConflicts(data.meetings, data),
 * })
 * summary.online.bridgePoints // component bridge points of Q1's online conferences
 * ```
 */
export function summarizeMeetings(
  meetings: Iterable<MeetingStatsInput>,
  options: SummarizeMeetingsOptions = {},
): MeetingSummary {
  const stats = accumulate(meetingAccumulator(options), meetings)
  if (options.conflicts === undefined) return stats
  return { ...stats, conflicts: accumulate(conflictAccumulator(), options.conflicts) }
}

/**
 * Conflicts counted by kind and severity in one pass ({@link conflictAccumulator}).
 *
 * Performance: O(conflicts).
 *
 * @category Statistics
 * @param conflicts - Conflicts (only `kind` and `severity` are read).
 * @returns The {@link ConflictStats}.
 * @throws Never.
 * @example
 * ```ts
 * import { summarizeConflicts } from '@lienthong/core/stats'
 *
 * summarizeConflicts([{ kind: 'person-double-booked', severity: 'error' }]).byKind
 * // { 'person-double-booked': 1 }
 * ```
 */
export function summarizeConflicts(
  conflicts: Iterable<Pick<Conflict, 'kind' | 'severity'>>,
): ConflictStats {
  return accumulate(conflictAccumulator(), conflicts)
}

/**
 * Petition statistics in one pass ({@link petitionAccumulator}) over public, redacted petitions:
 * `redactPetition(petition, 'public')` for each.
 *
 * Performance: O(total history length).
 *
 * @category Statistics
 * @param petitions - Redacted petitions (any iterable).
 * @param options - See {@link PetitionStatsOptions}.
 * @returns The {@link PetitionStats}.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for invalid options,
 *   an item that is not a public petition, or a date outside the calendar.
 * @example
 * ```ts
 * import { redactPetition } from '@lienthong/core/petition'
 * import { generateSampleData } from '@lienthong/core/sample'
 * import { summarizePetitions } from '@lienthong/core/stats'
 *
 * const data = generateSampleData({ scale: 0.1 })
 * const stats = summarizePetitions(
 *   data.petitions.map((p) => redactPetition(p, 'public')),
 *   { asOf: '2026-07-01', organizations: data.organizations },
 * )
 * stats.handlingTime.median // working days from receipt to outcome, half of petitions within
 * ```
 */
export function summarizePetitions(
  petitions: Iterable<PetitionStatsInput>,
  options: PetitionStatsOptions = {},
): PetitionStats {
  return accumulate(petitionAccumulator(options), petitions)
}

/**
 * Task statistics in one pass ({@link taskAccumulator}).
 *
 * Performance: O(tasks).
 *
 * @category Statistics
 * @param tasks - Parsed tasks (any iterable), e.g. `directives.flatMap((d) => d.tasks)`.
 * @param options - `asOf` (required) and the rest of {@link TaskStatsOptions}.
 * @returns The {@link TaskStats}.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for an invalid task,
 *   option, calendar or rule.
 * @example
 * ```ts
 * import { summarizeTasks } from '@lienthong/core/stats'
 *
 * const stats = summarizeTasks(
 *   [{ id: 't1', content: 'Báo cáo quý I', leadUnitId: 'so-tc', deadline: '2026-03-31',
 *      status: 'completed', completedOn: '2026-03-30', coordinatingUnitIds: [], extensions: [], urgings: [] }],
 *   { asOf: '2026-04-15' },
 * )
 * stats.completed // { onTime: 1, late: 0 }
 * ```
 */
export function summarizeTasks(tasks: Iterable<Task>, options: TaskStatsOptions): TaskStats {
  return accumulate(taskAccumulator(options), tasks)
}

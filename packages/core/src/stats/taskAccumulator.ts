import type { HolidayCalendarInput } from '../calendar/holidayCalendar.schema.js'
import type { ClarityRuleInput } from '../directive/clarityRule.schema.js'
import { checkFiveClear } from '../directive/checkFiveClear.js'
import type { Task } from '../directive/directive.schema.js'
import { taskStatus } from '../directive/taskStatus.js'
import type { Accumulator } from './accumulator.js'
import { addCounts, bump, sortedCounts } from './counts.js'
import { statsError } from './statsError.js'

/**
 * Options of {@link taskAccumulator} and {@link summarizeTasks}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { TaskStatsOptions } from '@lienthong/core/stats'
 *
 * const options: TaskStatsOptions = { asOf: '2026-06-30', dueSoonWorkingDays: 5 }
 * ```
 */
export interface TaskStatsOptions {
  /** The day tasks are evaluated on (`YYYY-MM-DD`, or an instant read in `timeZone`). Required. */
  readonly asOf: string | Date
  /** Working calendar; default Vietnam's state offices. */
  readonly calendar?: HolidayCalendarInput
  /** Open tasks with at most this many working days left are `due-soon`; default 3. */
  readonly dueSoonWorkingDays?: number
  /** Zone instants are read in; default `Asia/Ho_Chi_Minh`. */
  readonly timeZone?: string
  /** The clarity rule checked; default the "5 clear" rule. */
  readonly rule?: ClarityRuleInput
}

/**
 * Per-unit counters of {@link TaskStatsState}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { UnitTaskCounts } from '@lienthong/core/stats'
 *
 * const counts: UnitTaskCounts = { assigned: 4, onTime: 2, late: 1, overdue: 1 }
 * ```
 */
export interface UnitTaskCounts {
  assigned: number
  onTime: number
  late: number
  overdue: number
}

/**
 * The plain-data state of {@link taskAccumulator}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { taskAccumulator, type TaskStatsState } from '@lienthong/core/stats'
 *
 * const state: TaskStatsState = taskAccumulator({ asOf: '2026-06-30' }).create()
 * ```
 */
export interface TaskStatsState {
  assigned: number
  byStanding: Record<string, number>
  clear: number
  missing: Record<string, number>
  vague: Record<string, number>
  units: Record<string, UnitTaskCounts>
}

/**
 * One unit's place in the on-time ranking.
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { UnitRanking } from '@lienthong/core/stats'
 *
 * const first: UnitRanking = {
 *   rank: 1, unitId: 'so-tc', assigned: 5, due: 4, onTime: 4, late: 0, overdue: 0, onTimeRate: 1,
 * }
 * ```
 */
export interface UnitRanking {
  /** 1 for the best; units with the same rate and the same number due share a rank. */
  readonly rank: number
  readonly unitId: string
  /** Tasks led by the unit (cancelled ones excepted). */
  readonly assigned: number
  /** Tasks whose deadline has come: completed (on time or late) or overdue. */
  readonly due: number
  readonly onTime: number
  readonly late: number
  readonly overdue: number
  /** `onTime / due`, `undefined` when nothing is due yet (ranked last). */
  readonly onTimeRate: number | undefined
}

/**
 * What task statistics report.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { summarizeTasks, type TaskStats } from '@lienthong/core/stats'
 *
 * const stats: TaskStats = summarizeTasks([], { asOf: '2026-06-30' })
 * stats.assigned // 0
 * ```
 */
export interface TaskStats {
  /** Tasks assigned, cancelled ones excepted. */
  readonly assigned: number
  /** Every task by standing on `asOf` (see `taskStandings`), cancelled included. */
  readonly byStanding: Readonly<Record<string, number>>
  readonly completed: { readonly onTime: number; readonly late: number }
  readonly overdue: number
  /** Open and not overdue: `in-progress` and `due-soon`. */
  readonly inProgress: number
  readonly notStarted: number
  readonly cancelled: number
  /** Compliance with the clarity rule: tasks clear on every criterion, and which are missing or vague. */
  readonly fiveClear: {
    readonly clear: number
    readonly incomplete: number
    /** `clear / assigned`, `undefined` when nothing is assigned. */
    readonly rate: number | undefined
    readonly missing: Readonly<Record<string, number>>
    readonly vague: Readonly<Record<string, number>>
  }
  /** Lead units ranked by on-time completion (the raw material of DDCI-style rankings). */
  readonly ranking: readonly UnitRanking[]
}

const SUBJECT = 'taskAccumulator'
const NO_UNIT = '(none)'

function emptyUnit(): UnitTaskCounts {
  return { assigned: 0, onTime: 0, late: 0, overdue: 0 }
}

function unitOf(state: TaskStatsState, id: string): UnitTaskCounts {
  const found = Object.hasOwn(state.units, id) ? state.units[id] : undefined
  if (found !== undefined) return found
  const unit = emptyUnit()
  Object.defineProperty(state.units, id, {
    value: unit,
    writable: true,
    enumerable: true,
    configurable: true,
  })
  return unit
}

function rankUnits(units: Record<string, UnitTaskCounts>): UnitRanking[] {
  const rows = Object.keys(units).map((unitId) => {
    const u = units[unitId] ?? emptyUnit()
    const due = u.onTime + u.late + u.overdue
    return {
      rank: 0,
      unitId,
      assigned: u.assigned,
      due,
      onTime: u.onTime,
      late: u.late,
      overdue: u.overdue,
      onTimeRate: due === 0 ? undefined : u.onTime / due,
    }
  })
  const rate = (r: UnitRanking) => r.onTimeRate ?? -1
  rows.sort(
    (a, b) =>
      rate(b) - rate(a) ||
      b.due - a.due ||
      (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0),
  )
  let rank = 0
  return rows.map((row, index) => {
    const previous = rows[index - 1]
    if (previous === undefined || rate(previous) !== rate(row) || previous.due !== row.due) {
      rank = index + 1
    }
    return { ...row, rank }
  })
}

/**
 * Task statistics as a mergeable {@link Accumulator}: tasks assigned, completed on time or late,
 * overdue, in progress (each task's standing from `taskStatus` on `asOf`); compliance with the
 * "5 clear" rule (`checkFiveClear`); and lead units ranked by on-time completion. Tasks without a
 * lead unit are ranked under `(none)`.
 *
 * To count by period, directive or issuer, group with {@link groupedAccumulator} on the
 * directive's fields.
 *
 * Performance: O(extensions) per task with O(1) working-day arithmetic; the state holds one
 * counter set per lead unit.
 *
 * @category Statistics
 * @param options - `asOf` (required), `calendar`, `dueSoonWorkingDays`, `timeZone`, `rule`.
 * @returns The accumulator (its state is JSON-serializable).
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) without `asOf`; from
 *   `add`, for an invalid task, option, calendar or rule (as `taskStatus` and `checkFiveClear`).
 * @example
 * ```ts
 * import { generateSampleData } from '@lienthong/core/sample'
 * import { accumulate, taskAccumulator } from '@lienthong/core/stats'
 *
 * const { directives } = generateSampleData({ scale: 0.1 })
 * const stats = accumulate(
 *   taskAccumulator({ asOf: '2026-07-01' }),
 *   directives.flatMap((d) => d.tasks),
 * )
 * stats.ranking[0]?.unitId // the unit with the best on-time rate
 * ```
 */
export function taskAccumulator(
  options: TaskStatsOptions,
): Accumulator<Task, TaskStatsState, TaskStats> {
  // Callers without types may pass anything.
  const value: unknown = options
  if (
    typeof value !== 'object' ||
    value === null ||
    (value as { asOf?: unknown }).asOf === undefined
  ) {
    throw statsError(SUBJECT, 'required', ['asOf'], {})
  }
  const statusOptions = {
    asOf: options.asOf,
    ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
    ...(options.dueSoonWorkingDays === undefined
      ? {}
      : { dueSoonWorkingDays: options.dueSoonWorkingDays }),
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
  }
  const clarityOptions = options.rule === undefined ? {} : { rule: options.rule }
  return {
    create: () => ({ assigned: 0, byStanding: {}, clear: 0, missing: {}, vague: {}, units: {} }),
    add(state, task) {
      const { status } = taskStatus(task, statusOptions)
      bump(state.byStanding, status)
      if (status === 'cancelled') return state
      state.assigned += 1
      const clarity = checkFiveClear(task, clarityOptions)
      if (clarity.clear) state.clear += 1
      for (const criterion of clarity.missing) bump(state.missing, criterion)
      for (const criterion of clarity.vague) bump(state.vague, criterion)
      const unit = unitOf(state, task.leadUnitId ?? NO_UNIT)
      unit.assigned += 1
      if (status === 'completed-on-time') unit.onTime += 1
      else if (status === 'completed-late') unit.late += 1
      else if (status === 'overdue') unit.overdue += 1
      return state
    },
    merge(state, other) {
      state.assigned += other.assigned
      addCounts(state.byStanding, other.byStanding)
      state.clear += other.clear
      addCounts(state.missing, other.missing)
      addCounts(state.vague, other.vague)
      for (const id of Object.keys(other.units)) {
        const into = unitOf(state, id)
        const from = other.units[id] ?? emptyUnit()
        into.assigned += from.assigned
        into.onTime += from.onTime
        into.late += from.late
        into.overdue += from.overdue
      }
      return state
    },
    finish(state) {
      const count = (standing: string) => state.byStanding[standing] ?? 0
      return {
        assigned: state.assigned,
        byStanding: sortedCounts(state.byStanding),
        completed: { onTime: count('completed-on-time'), late: count('completed-late') },
        overdue: count('overdue'),
        inProgress: count('in-progress') + count('due-soon'),
        notStarted: count('not-started'),
        cancelled: count('cancelled'),
        fiveClear: {
          clear: state.clear,
          incomplete: state.assigned - state.clear,
          rate: state.assigned === 0 ? undefined : state.clear / state.assigned,
          missing: sortedCounts(state.missing),
          vague: sortedCounts(state.vague),
        },
        ranking: rankUnits(state.units),
      }
    },
  }
}

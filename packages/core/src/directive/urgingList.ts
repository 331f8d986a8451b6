import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import { compileCalendar } from '../calendar/compiledCalendar.js'
import { isoDateFromDayNumber } from '../calendar/dayNumber.js'
import { defaultVietnamCalendar } from '../calendar/defaultCalendar.js'
import { localeOf, readStatusOptions } from '../calendar/readAsOf.js'
import { zonedDayNumber } from '../calendar/zonedDay.js'
import type { ParseOptions } from '../errors/issue.js'
import type { Task } from './directive.schema.js'
import { readTask } from './readTask.js'
import { statusOfTask, type TaskStatusOptions } from './taskStatus.js'

/**
 * One reminder an office should send: a task that is overdue or due soon.
 *
 * @category Directive
 * @example
 * ```ts
 * import { urgingList, type UrgingReminder } from '@lienthong/core/directive'
 *
 * declare const tasks: unknown[]
 * const first: UrgingReminder | undefined = urgingList(tasks, { asOf: '2026-03-30' })[0]?.reminders[0]
 * ```
 */
export interface UrgingReminder {
  readonly taskId: string
  /** The task, parsed. */
  readonly task: Task
  readonly status: 'overdue' | 'due-soon'
  /** The deadline in force (after extensions). */
  readonly deadline: string
  /** Working days left (0 = due today; negative = that many late). */
  readonly workingDaysLeft: number
  /** Day of the latest urging already sent, if any. */
  readonly lastUrgedOn: string | undefined
}

/**
 * The reminders for one lead unit, most urgent first.
 *
 * @category Directive
 * @example
 * ```ts
 * import { urgingList, type UrgingGroup } from '@lienthong/core/directive'
 *
 * declare const tasks: unknown[]
 * const groups: UrgingGroup[] = urgingList(tasks, { asOf: '2026-03-30' })
 * ```
 */
export interface UrgingGroup {
  /** The lead unit to urge; `undefined` for tasks without one (urge whoever assigned them). */
  readonly leadUnitId: string | undefined
  readonly reminders: readonly UrgingReminder[]
}

const listParsers = createParsers(
  'urgingList tasks',
  z.array(z.unknown()).check(z.maxLength(1_000_000)),
)

/** Negative when `a` is more urgent than `b`. */
function byUrgency(a: UrgingReminder, b: UrgingReminder): number {
  return (
    a.workingDaysLeft - b.workingDaysLeft ||
    (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0) ||
    (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0)
  )
}

/**
 * The urging (đôn đốc) reminders an office should send on `asOf`: every task that is overdue or
 * due soon (see `taskStatus`), except those already urged that day, grouped by lead unit. Within
 * a group the most urgent task comes first — the most working days late, then the fewest left,
 * then the earliest deadline; groups are ordered by their most urgent task. Completed, cancelled
 * and undated tasks are left out.
 *
 * Performance: O(n log n) for n tasks, each validated once.
 *
 * @category Directive
 * @param tasks - Tasks, parsed or in their JSON wire form (e.g. every `directive.tasks`).
 * @param options - `asOf` (required), `dueSoonWorkingDays` (default 3), `calendar`, `timeZone`
 *   (to read urging instants as dates), `locale` (see {@link TaskStatusOptions}).
 * @returns The groups, most urgent first; empty when nothing needs urging.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) when `tasks` is not a
 *   list, a task is invalid (the path starts with its index), an option is invalid, or a deadline
 *   lies outside the calendar.
 * @example
 * ```ts
 * import { urgingList } from '@lienthong/core/directive'
 *
 * const groups = urgingList(
 *   [
 *     { id: 't1', content: 'Báo cáo tình hình giải ngân vốn đầu tư công', leadUnitId: 'so-tc', deadline: '2026-03-20' },
 *     { id: 't2', content: 'Hoàn thiện dự thảo quy chế phối hợp', leadUnitId: 'so-nv', deadline: '2026-04-01' },
 *     { id: 't3', content: 'Rà soát thủ tục hành chính lĩnh vực đất đai', leadUnitId: 'so-tc', deadline: '2026-03-31' },
 *   ],
 *   { asOf: '2026-03-30' },
 * )
 * groups.map((group) => [group.leadUnitId, group.reminders.map((r) => [r.taskId, r.status, r.workingDaysLeft])])
 * // [['so-tc', [['t1', 'overdue', -6], ['t3', 'due-soon', 1]]], ['so-nv', [['t2', 'due-soon', 2]]]]
 * ```
 */
export function urgingList(tasks: readonly unknown[], options: TaskStatusOptions): UrgingGroup[] {
  // Callers without types may pass anything: the options are read defensively.
  const locale = localeOf(options)
  const parseOptions: ParseOptions = locale === undefined ? {} : { locale }
  const status = readStatusOptions(options, 'urgingList options', parseOptions)
  const calendar = compileCalendar(options.calendar ?? defaultVietnamCalendar(), parseOptions)
  const list = listParsers.parse(tasks, parseOptions)
  const groups = new Map<string | undefined, UrgingReminder[]>()
  list.forEach((input, index) => {
    const task = readTask(input, 'urgingList tasks', [index], parseOptions)
    const result = statusOfTask(task, calendar, status, 'urgingList tasks', [index], locale)
    if (result.status !== 'overdue' && result.status !== 'due-soon') return
    let lastUrged: number | undefined
    for (const urging of task.urgings) {
      const day = zonedDayNumber(urging.at, status.timeZone)
      if (day <= status.asOf && (lastUrged === undefined || day > lastUrged)) lastUrged = day
    }
    if (lastUrged === status.asOf) return
    const reminder: UrgingReminder = {
      taskId: task.id,
      task,
      status: result.status,
      deadline: result.deadline ?? '',
      workingDaysLeft: result.workingDaysLeft ?? 0,
      lastUrgedOn: lastUrged === undefined ? undefined : isoDateFromDayNumber(lastUrged),
    }
    const group = groups.get(task.leadUnitId)
    if (group) group.push(reminder)
    else groups.set(task.leadUnitId, [reminder])
  })
  const result = [...groups.entries()].map(([leadUnitId, reminders]) => ({
    leadUnitId,
    reminders: reminders.sort(byUrgency),
  }))
  return result.sort((a, b) => {
    const first = a.reminders[0]
    const second = b.reminders[0]
    const urgency = first && second ? byUrgency(first, second) : 0
    if (urgency !== 0) return urgency
    if (a.leadUnitId === b.leadUnitId) return 0
    if (a.leadUnitId === undefined) return 1
    if (b.leadUnitId === undefined) return -1
    return a.leadUnitId < b.leadUnitId ? -1 : 1
  })
}

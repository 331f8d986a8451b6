import {
  beyondCalendarError,
  compileCalendar,
  dayNumberOfDate,
  isoDateIn,
  workingDaysBetweenNumbers,
  type CompiledCalendar,
} from '../calendar/compiledCalendar.js'
import { defaultVietnamCalendar } from '../calendar/defaultCalendar.js'
import type { HolidayCalendarInput } from '../calendar/holidayCalendar.schema.js'
import { localeOf, readStatusOptions, type StatusOptions } from '../calendar/readAsOf.js'
import type { ParseOptions } from '../errors/issue.js'
import type { Task } from './directive.schema.js'
import { readTask } from './readTask.js'

/**
 * Where a task stands on a given day, as {@link taskStatus} computes it: `not-started`,
 * `in-progress`, `due-soon` (open, at most `dueSoonWorkingDays` working days left), `overdue`
 * (open, past its deadline), `completed-on-time`, `completed-late`, `cancelled`.
 *
 * @category Directive
 * @example
 * ```ts
 * import { taskStandings } from '@lienthong/core/directive'
 *
 * taskStandings.includes('completed-late') // true
 * ```
 */
export const taskStandings = [
  'not-started',
  'in-progress',
  'due-soon',
  'overdue',
  'completed-on-time',
  'completed-late',
  'cancelled',
] as const

/**
 * One of {@link taskStandings}.
 *
 * @category Directive
 * @example
 * ```ts
 * import type { TaskStanding } from '@lienthong/core/directive'
 *
 * const standing: TaskStanding = 'overdue'
 * ```
 */
export type TaskStanding = (typeof taskStandings)[number]

/**
 * What {@link taskStatus} returns.
 *
 * @category Directive
 * @example
 * ```ts
 * import { taskStatus, type TaskStatusResult } from '@lienthong/core/directive'
 *
 * const result: TaskStatusResult = taskStatus(
 *   { id: 't1', content: 'Báo cáo sơ kết quý I', deadline: '2026-03-31' },
 *   { asOf: '2026-03-30' },
 * )
 * result.status // 'due-soon'
 * ```
 */
export interface TaskStatusResult {
  readonly taskId: string
  readonly status: TaskStanding
  /** The deadline in force: the latest extension's new deadline, or the original one. */
  readonly deadline: string | undefined
  /** The deadline first assigned. */
  readonly originalDeadline: string | undefined
  /** True when an extension moved the deadline. */
  readonly extended: boolean
  readonly completedOn: string | undefined
  /**
   * Working days from `asOf` (or from `completedOn` once completed) to the deadline, over
   * `(from, deadline]`: positive = left (or finished that many early), 0 = due that day,
   * negative = that many late. `undefined` without a deadline, or when cancelled.
   */
  readonly workingDaysLeft: number | undefined
}

/**
 * Options of {@link taskStatus} and `urgingList`.
 *
 * @category Directive
 * @example
 * ```ts
 * import { vietnamWorkingCalendar } from '@lienthong/core/calendar'
 * import type { TaskStatusOptions } from '@lienthong/core/directive'
 *
 * const options: TaskStatusOptions = {
 *   asOf: '2026-03-30', calendar: vietnamWorkingCalendar({ from: 2026, to: 2027 }), dueSoonWorkingDays: 5,
 * }
 * ```
 */
export interface TaskStatusOptions extends ParseOptions {
  /** The day to evaluate on: `YYYY-MM-DD`, or an instant read as a date in `timeZone`. */
  readonly asOf: string | Date
  /** Working calendar; default Vietnam's state offices 2014–2100 with the shipped decisions. */
  readonly calendar?: HolidayCalendarInput
  /** An open task with at most this many working days left is `due-soon`; default 3. */
  readonly dueSoonWorkingDays?: number
  /** Zone in which instants are read as dates; default `Asia/Ho_Chi_Minh`. */
  readonly timeZone?: string
}

/** The deadline in force: the latest new deadline of its extensions, else the original. */
export function effectiveDeadline(task: Task): string | undefined {
  let deadline = task.deadline
  for (const extension of task.extensions) {
    if (deadline === undefined || extension.newDeadline > deadline) deadline = extension.newDeadline
  }
  return deadline
}

function dayIn(
  calendar: CompiledCalendar,
  date: string,
  subject: string,
  path: (string | number)[],
  locale: ParseOptions['locale'],
): number {
  const day = dayNumberOfDate(date) ?? 0
  if (day < calendar.first || day > calendar.last) {
    throw beyondCalendarError(calendar, subject, path, { value: date }, locale)
  }
  return day
}

/** The status of a parsed task; shared with `urgingList`. */
export function statusOfTask(
  task: Task,
  calendar: CompiledCalendar,
  status: StatusOptions,
  subject: string,
  path: (string | number)[],
  locale: ParseOptions['locale'],
): TaskStatusResult {
  const deadline = effectiveDeadline(task)
  const base = {
    taskId: task.id,
    deadline,
    originalDeadline: task.deadline,
    extended: deadline !== task.deadline,
    completedOn: task.completedOn,
  }
  if (task.status === 'cancelled')
    return { ...base, status: 'cancelled', workingDaysLeft: undefined }
  const due =
    deadline === undefined
      ? undefined
      : dayIn(calendar, deadline, subject, [...path, 'deadline'], locale)
  if (task.status === 'completed') {
    const done = task.completedOn === undefined ? undefined : dayNumberOfDate(task.completedOn)
    if (due === undefined || done === undefined) {
      return { ...base, status: 'completed-on-time', workingDaysLeft: undefined }
    }
    const doneDay = dayIn(
      calendar,
      task.completedOn ?? '',
      subject,
      [...path, 'completedOn'],
      locale,
    )
    return {
      ...base,
      status: doneDay <= due ? 'completed-on-time' : 'completed-late',
      workingDaysLeft: workingDaysBetweenNumbers(calendar, doneDay, due),
    }
  }
  const started =
    task.status === 'in-progress' || task.status === 'overdue' || (task.progress ?? 0) > 0
  const open = started ? 'in-progress' : 'not-started'
  if (due === undefined) return { ...base, status: open, workingDaysLeft: undefined }
  if (status.asOf < calendar.first || status.asOf > calendar.last) {
    throw beyondCalendarError(
      calendar,
      subject,
      ['asOf'],
      { value: isoDateIn(calendar, status.asOf) },
      locale,
    )
  }
  const left = workingDaysBetweenNumbers(calendar, status.asOf, due)
  const standing =
    status.asOf > due ? 'overdue' : left <= status.dueSoonWorkingDays ? 'due-soon' : open
  return { ...base, status: standing, workingDaysLeft: left }
}

/**
 * Where a task stands on `asOf`, counted in working days against its deadline in force (the
 * latest extension's new deadline, or the original one):
 *
 * - `cancelled` when cancelled;
 * - once completed, `completed-on-time` when `completedOn` is on or before the deadline (or there
 *   is no deadline), else `completed-late`;
 * - while open, `overdue` after the deadline, `due-soon` with at most `dueSoonWorkingDays` working
 *   days left (0 on the deadline itself), else `in-progress` (status `in-progress` or `overdue`,
 *   or some progress recorded) or `not-started`.
 *
 * The stored `status` of an open task is not trusted for timing: a task stored as `overdue` whose
 * deadline was extended is `in-progress` (or `due-soon`) again.
 *
 * @category Directive
 * @param task - A task, parsed or in its JSON wire form.
 * @param options - `asOf` (required), `calendar`, `dueSoonWorkingDays` (default 3), `timeZone`,
 *   `locale` (see {@link TaskStatusOptions}).
 * @returns The standing, the deadline in force and the working days left (negative: late).
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for an invalid task,
 *   option or calendar, or a deadline outside the calendar (`beyond_calendar`).
 * @example
 * ```ts
 * import { taskStatus } from '@lienthong/core/directive'
 *
 * taskStatus(
 *   { id: 't1', content: 'Báo cáo sơ kết quý I', status: 'in-progress', deadline: '2026-04-28' },
 *   { asOf: '2026-05-04' },
 * )
 * // { status: 'overdue', deadline: '2026-04-28', workingDaysLeft: -2, … }
 * // (29 April and 4 May are working days; 30 April, 1 May and the weekend are not)
 * ```
 */
export function taskStatus(task: unknown, options: TaskStatusOptions): TaskStatusResult {
  // Callers without types may pass anything: the options are read defensively.
  const locale = localeOf(options)
  const parseOptions: ParseOptions = locale === undefined ? {} : { locale }
  const status = readStatusOptions(options, 'taskStatus options', parseOptions)
  const calendar = compileCalendar(options.calendar ?? defaultVietnamCalendar(), parseOptions)
  const parsed = readTask(task, 'Task', [], parseOptions)
  return statusOfTask(parsed, calendar, status, 'taskStatus', [], locale)
}

import { describe, expect, it } from 'vitest'
import { vietnamWorkingCalendar } from '../calendar/vietnamWorkingCalendar.js'
import { LienthongError } from '../errors/LienthongError.js'
import { taskStatus } from './taskStatus.js'
import { urgingList } from './urgingList.js'

const calendar = vietnamWorkingCalendar({ from: 2026, to: 2027 })
const task = {
  id: 't1',
  content: 'Báo cáo tình hình giải ngân vốn đầu tư công',
  leadUnitId: 'so-tc',
}

describe('taskStatus', () => {
  const on = (input: object, asOf: string) => taskStatus({ ...task, ...input }, { asOf, calendar })

  it('counts working days to the deadline: not started, in progress, due soon, overdue', () => {
    // Deadline Friday 2026-05-08; 30 April and 1 May are holidays (Labor Code Art 112).
    expect(on({ deadline: '2026-05-08' }, '2026-04-28')).toMatchObject({
      status: 'not-started',
      workingDaysLeft: 6,
    })
    expect(on({ deadline: '2026-05-08', progress: 20 }, '2026-04-28').status).toBe('in-progress')
    expect(on({ deadline: '2026-05-08', status: 'in-progress' }, '2026-05-05')).toMatchObject({
      status: 'due-soon',
      workingDaysLeft: 3,
    })
    expect(on({ deadline: '2026-05-08' }, '2026-05-08')).toMatchObject({
      status: 'due-soon',
      workingDaysLeft: 0,
    })
    expect(on({ deadline: '2026-05-08' }, '2026-05-11')).toMatchObject({
      status: 'overdue',
      workingDaysLeft: -1,
    })
    expect(on({ deadline: '2026-05-08' }, '2026-05-09')).toMatchObject({
      status: 'overdue',
      workingDaysLeft: 0,
    })
  })

  it('uses the deadline in force after extensions', () => {
    const extended = {
      status: 'overdue',
      deadline: '2026-03-31',
      extensions: [
        {
          previousDeadline: '2026-03-31',
          newDeadline: '2026-04-30',
          reason: 'Chờ ý kiến Bộ Tài chính',
          approvedById: 'p-ct',
          approvedOn: '2026-03-25',
        },
      ],
    }
    // 30 April is a holiday, but the deadline is the date decided; on 20 April 6 working days
    // are left (21–24, 28–29 April; 27 April is the make-up day for Hùng Kings' day).
    expect(on(extended, '2026-04-20')).toMatchObject({
      status: 'in-progress',
      deadline: '2026-04-30',
      originalDeadline: '2026-03-31',
      extended: true,
      workingDaysLeft: 6,
    })
  })

  it('judges completed tasks on time or late, and leaves cancelled ones alone', () => {
    const done = { status: 'completed', deadline: '2026-05-08' }
    expect(on({ ...done, completedOn: '2026-05-06' }, '2026-06-01')).toMatchObject({
      status: 'completed-on-time',
      workingDaysLeft: 2,
    })
    expect(on({ ...done, completedOn: '2026-05-12' }, '2026-06-01')).toMatchObject({
      status: 'completed-late',
      workingDaysLeft: -2,
    })
    expect(on({ status: 'completed', completedOn: '2026-05-12' }, '2026-06-01').status).toBe(
      'completed-on-time',
    )
    expect(on({ status: 'cancelled', deadline: '2026-01-05' }, '2026-06-01')).toMatchObject({
      status: 'cancelled',
      workingDaysLeft: undefined,
    })
    expect(on({}, '2026-06-01')).toMatchObject({ status: 'not-started', deadline: undefined })
  })

  it('refuses bad input with a LienthongError', () => {
    expect(() => taskStatus({ id: 't' }, { asOf: '2026-06-01' })).toThrow(LienthongError)
    expect(() => taskStatus(task, { asOf: '1 June' })).toThrow(/taskStatus options/)
    expect(() => on({ deadline: '2030-01-01' }, '2026-06-01')).toThrow(
      /outside the working calendar/,
    )
  })
})

describe('urgingList', () => {
  const tasks = [
    { ...task, id: 't1', deadline: '2026-03-20' },
    { ...task, id: 't2', leadUnitId: 'so-nv', deadline: '2026-04-01' },
    { ...task, id: 't3', deadline: '2026-03-31' },
    { ...task, id: 't4', deadline: '2026-04-30' },
    { ...task, id: 't5', deadline: '2026-03-10', status: 'completed', completedOn: '2026-03-12' },
    { ...task, id: 't6', deadline: '2026-03-10', status: 'cancelled' },
    { ...task, id: 't7', leadUnitId: undefined, deadline: '2026-03-27' },
    {
      ...task,
      id: 't8',
      leadUnitId: 'so-nv',
      deadline: '2026-03-25',
      urgings: [{ at: '2026-03-30T08:00:00+07:00', byId: 'vp-ubnd' }],
    },
    {
      ...task,
      id: 't9',
      leadUnitId: 'so-nv',
      deadline: '2026-03-26',
      urgings: [{ at: '2026-03-27T08:00:00+07:00', byId: 'vp-ubnd' }],
    },
  ]

  it('groups overdue and due-soon tasks by lead unit, most urgent first, skipping those urged today', () => {
    const groups = urgingList(tasks, { asOf: '2026-03-30', calendar })
    expect(
      groups.map((group) => [
        group.leadUnitId,
        group.reminders.map((reminder) => [
          reminder.taskId,
          reminder.status,
          reminder.workingDaysLeft,
        ]),
      ]),
    ).toEqual([
      [
        'so-tc',
        [
          ['t1', 'overdue', -6],
          ['t3', 'due-soon', 1],
        ],
      ],
      [
        'so-nv',
        [
          ['t9', 'overdue', -2],
          ['t2', 'due-soon', 2],
        ],
      ],
      [undefined, [['t7', 'overdue', -1]]],
    ])
    expect(groups[1]?.reminders[0]?.lastUrgedOn).toBe('2026-03-27')
  })

  it('widens the due-soon window on request, and is empty when nothing is due', () => {
    const wide = urgingList(tasks, { asOf: '2026-03-30', calendar, dueSoonWorkingDays: 30 })
    expect(wide[0]?.reminders.map((reminder) => reminder.taskId)).toEqual(['t1', 't3', 't4'])
    expect(urgingList([], { asOf: '2026-03-30', calendar })).toEqual([])
  })

  it('names the task at fault by its index', () => {
    try {
      urgingList([tasks[0], { id: 'x' }], { asOf: '2026-03-30', calendar })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(LienthongError)
      expect((error as LienthongError).issues[0]?.path).toEqual([1, 'content'])
    }
    expect(() => urgingList('t1' as never, { asOf: '2026-03-30' })).toThrow(LienthongError)
  })
})

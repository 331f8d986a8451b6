import { describe, expect, it } from 'vitest'
import { detectConflicts } from '../conflicts/detectConflicts.js'
import { taskStatus } from '../directive/taskStatus.js'
import { parseMeeting } from '../meeting/parseMeeting.js'
import { redactPetition } from '../petition/redactPetition.js'
import { generateSampleData } from '../sample/generateSampleData.js'
import { groupedAccumulator } from './groupedAccumulator.js'
import { accumulate } from './accumulator.js'
import { meetingAccumulator } from './meetingAccumulator.js'
import { periodOf, periodsBetween } from './period.js'
import { summarizeMeetings, summarizePetitions, summarizeTasks } from './summarize.js'

const data = generateSampleData({ seed: 5, scale: 0.2 })

describe('statistics of the sample city', () => {
  it('counts meetings by kind and host, hours and online conferences', () => {
    const counted = data.meetings.filter(
      (m) => m.status !== 'cancelled' && m.status !== 'postponed',
    )
    const summary = summarizeMeetings(data.meetings, {
      conflicts: detectConflicts(data.meetings, data),
    })
    expect(summary.meetings).toBe(counted.length)
    expect(Object.values(summary.byStatus).reduce((a, b) => a + b, 0)).toBe(data.meetings.length)
    expect(Object.values(summary.byKind).reduce((a, b) => a + b, 0)).toBe(counted.length)
    expect(summary.byKind['standing-board-conference']).toBe(
      counted.filter((m) => m.kind === 'standing-board-conference').length,
    )
    const online = counted.filter((m) => m.kind === 'online-conference' || m.online)
    expect(online.length).toBeGreaterThan(0)
    expect(summary.online).toEqual({
      conferences: online.length,
      bridgePoints: online.reduce((n, m) => n + (m.online?.bridgePoints.length ?? 0), 0),
      delegates: online.reduce(
        (n, m) => n + (m.online?.bridgePoints.reduce((d, p) => d + p.delegates, 0) ?? 0),
        0,
      ),
    })
    expect(summary.hours).toBeCloseTo(
      counted.reduce((h, m) => h + (m.end.getTime() - m.start.getTime()) / 3_600_000, 0),
      9,
    )
    // The generator plants clashes; each is found and counted.
    expect(summary.conflicts?.byKind['person-double-booked'] ?? 0).toBeGreaterThan(0)
  })

  it('splits a year into quarters whose counts add up', () => {
    const year = summarizeMeetings(data.meetings, { period: periodOf('2026-06-01', 'year') })
    const quarters = periodsBetween('2026-01-01', '2027-01-01', 'quarter').map(
      (period) => summarizeMeetings(data.meetings, { period }).meetings,
    )
    expect(quarters).toHaveLength(4)
    expect(quarters.reduce((a, b) => a + b, 0)).toBe(year.meetings)
    const byMonth = accumulate(
      groupedAccumulator(meetingAccumulator(), (m) => periodOf(m.start, 'month').key),
      data.meetings,
    )
    expect(Object.keys(byMonth)[0]).toBe('2026-01')
    expect(Object.values(byMonth).reduce((n, s) => n + s.meetings, 0)).toBe(year.meetings)
  })

  it('counts a hand-checked online conference', () => {
    const meeting = parseMeeting({
      id: 'm1',
      title: 'Hội nghị trực tuyến',
      kind: 'online-conference',
      hostId: 'tu',
      start: '2026-03-02T08:00:00+07:00',
      end: '2026-03-02T11:30:00+07:00',
      online: {
        bridgePoints: [
          { name: 'Điểm cầu xã Ba Vì', delegates: 60 },
          { name: 'Điểm cầu phường Hoàn Kiếm', delegates: 45 },
        ],
      },
    })
    const cancelled = { ...meeting, status: 'cancelled' as const }
    expect(summarizeMeetings([meeting, cancelled])).toEqual({
      meetings: 1,
      byKind: { 'online-conference': 1 },
      byHost: { tu: 1 },
      byStatus: { cancelled: 1, planned: 1 },
      hours: 3.5,
      hoursByKind: { 'online-conference': 3.5 },
      online: { conferences: 1, bridgePoints: 2, delegates: 105 },
    })
  })

  it('counts petitions received, classified and handled', () => {
    const stats = summarizePetitions(
      data.petitions.map((p) => redactPetition(p, 'public')),
      { asOf: '2026-07-01', organizations: data.organizations },
    )
    expect(stats.received).toBe(data.petitions.length)
    expect(stats.byChannel.post).toBe(data.petitions.filter((p) => p.channel === 'post').length)
    expect(stats.byKind.complaint).toBe(
      data.petitions.filter((p) => p.kinds.includes('complaint')).length,
    )
    expect(stats.outcomes.forwarded).toBe(
      data.petitions.filter((p) => p.history.find((e) => e.type === 'forwarded')).length,
    )
    expect(stats.handled.total + stats.open.total).toBeLessThanOrEqual(stats.received)
    expect(stats.handled.onTime + stats.handled.late).toBe(stats.handled.total)
    expect(stats.handlingTime.median).toBeLessThanOrEqual(stats.handlingTime.p90 ?? 0)
    expect(stats.crowd.petitions).toBe(data.petitions.filter((p) => 1 + p.coSigners >= 5).length)
    expect(Object.keys(stats.byLevel)).not.toContain('unknown')
  })

  it('counts tasks by standing, 5-clear compliance, and ranks units', () => {
    const tasks = data.directives.flatMap((d) => d.tasks)
    const asOf = '2026-06-15'
    const stats = summarizeTasks(tasks, { asOf })
    const standings = tasks.map((task) => taskStatus(task, { asOf }).status)
    const count = (s: string) => standings.filter((x) => x === s).length
    expect(stats.assigned).toBe(tasks.length - count('cancelled'))
    expect(stats.completed).toEqual({
      onTime: count('completed-on-time'),
      late: count('completed-late'),
    })
    expect(stats.overdue).toBe(count('overdue'))
    expect(stats.inProgress).toBe(count('in-progress') + count('due-soon'))
    expect(stats.fiveClear.clear + stats.fiveClear.incomplete).toBe(stats.assigned)
    const rates = stats.ranking.map((r) => r.onTimeRate ?? -1)
    expect(rates).toEqual([...rates].sort((a, b) => b - a))
    expect(stats.ranking[0]?.rank).toBe(1)
    expect(stats.ranking.reduce((n, r) => n + r.assigned, 0)).toBe(stats.assigned)
  })

  it('ranks units by on-time completion, ties sharing a rank', () => {
    const task = (id: string, unit: string, completedOn?: string) => ({
      id,
      content: 'Báo cáo kết quả thực hiện',
      leadUnitId: unit,
      leaderInChargeId: 'p1',
      deadline: '2026-03-31',
      product: 'Báo cáo',
      ...(completedOn === undefined
        ? { status: 'in-progress' as const }
        : { status: 'completed' as const, completedOn }),
      coordinatingUnitIds: [],
      extensions: [],
      urgings: [],
    })
    const stats = summarizeTasks(
      [
        task('a1', 'so-a', '2026-03-30'),
        task('a2', 'so-a', '2026-04-02'),
        task('b1', 'so-b', '2026-03-20'),
        task('c1', 'so-c', '2026-03-01'),
        task('d1', 'so-d'),
      ],
      { asOf: '2026-04-10' },
    )
    expect(stats.ranking.map((r) => [r.rank, r.unitId, r.onTimeRate])).toEqual([
      [1, 'so-b', 1],
      [1, 'so-c', 1],
      [3, 'so-a', 0.5],
      [4, 'so-d', 0],
    ])
    expect(stats.completed).toEqual({ onTime: 3, late: 1 })
    expect(stats.overdue).toBe(1)
  })
})

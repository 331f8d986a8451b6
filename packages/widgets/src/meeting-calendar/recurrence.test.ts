import { expandMeeting, parseMeeting } from '@lienthong/core/meeting'
import { describe, expect, test } from 'vitest'
import type { ScheduleConflict } from '../internal/schedule-data.js'
import { conflictLookup, meetingsInWindow, mergeConflicts, seriesOf } from './recurrence.js'

const weekly = parseMeeting({
  id: 'giao-ban',
  title: 'Giao ban',
  kind: 'other',
  hostId: 'ubnd',
  start: '2026-03-02T08:00:00+07:00',
  end: '2026-03-02T09:00:00+07:00',
  recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO'],
})
const single = parseMeeting({
  id: 'tiep-dan',
  title: 'Tiếp dân',
  kind: 'citizen-reception',
  hostId: 'ubnd',
  start: '2026-03-16T08:30:00+07:00',
  end: '2026-03-16T10:00:00+07:00',
})
const march = {
  from: new Date('2026-03-01T00:00:00+07:00'),
  to: new Date('2026-04-01T00:00:00+07:00'),
}

describe('meetingsInWindow', () => {
  test('single meetings as given, each series by its occurrences, by start', () => {
    const shown = meetingsInWindow([weekly, single], march, expandMeeting, 'test')
    expect(shown.map((meeting) => [meeting.id, meeting.start.toISOString()])).toEqual([
      ['giao-ban', '2026-03-02T01:00:00.000Z'],
      ['giao-ban', '2026-03-09T01:00:00.000Z'],
      ['giao-ban', '2026-03-16T01:00:00.000Z'],
      ['tiep-dan', '2026-03-16T01:30:00.000Z'],
      ['giao-ban', '2026-03-23T01:00:00.000Z'],
      ['giao-ban', '2026-03-30T01:00:00.000Z'],
    ])
    expect(shown[3]).toBe(single)
    expect(shown.filter((meeting) => meeting.id === 'giao-ban').map(seriesOf)).toEqual(
      Array(5).fill(weekly),
    )
  })

  test('a series with too many occurrences in the window is shown once, with a warning', () => {
    const everyMinute = parseMeeting({
      id: 'every-minute',
      title: 'Trực ban',
      kind: 'other',
      hostId: 'ubnd',
      start: '2026-03-02T08:00:00+07:00',
      end: '2026-03-02T08:01:00+07:00',
      recurrence: ['RRULE:FREQ=MINUTELY'],
    })
    const warnings: unknown[] = []
    const warn = console.warn
    console.warn = (message: unknown) => warnings.push(message)
    try {
      const shown = meetingsInWindow([everyMinute, single], march, expandMeeting, 'test')
      expect(shown).toEqual([everyMinute, single])
    } finally {
      console.warn = warn
    }
    expect(String(warnings[0])).toContain('<test>: meeting every-minute is shown once')
  })
})

describe('conflicts of occurrences', () => {
  const [, second, third] = meetingsInWindow([weekly, single], march, expandMeeting, 'test')
  const clash: ScheduleConflict & { interval: { start: Date; end: Date } } = {
    kind: 'venue-double-booked',
    severity: 'error',
    meetingIds: ['giao-ban', 'tiep-dan'],
    venueId: 'phong-1',
    interval: { start: single.start, end: new Date('2026-03-16T09:00:00+07:00') },
  }

  test('a conflict with an interval marks the occurrence it touches, and the single meeting', () => {
    const conflictsOf = conflictLookup([clash])
    expect(second && conflictsOf(second)).toEqual([])
    expect(third && conflictsOf(third)).toEqual([clash])
    expect(conflictsOf(single)).toEqual([clash])
  })

  test('without an interval, it marks the occurrence at the series’ own start', () => {
    const undated: ScheduleConflict = {
      kind: clash.kind,
      severity: clash.severity,
      meetingIds: clash.meetingIds,
      venueId: clash.venueId,
    }
    const conflictsOf = conflictLookup([undated])
    const [first] = meetingsInWindow([weekly], march, expandMeeting, 'test')
    expect(first && conflictsOf(first)).toEqual([undated])
    expect(third && conflictsOf(third)).toEqual([])
  })

  test('double bookings of a series found on its first occurrence give way to those found per occurrence', () => {
    const outside: ScheduleConflict = {
      kind: 'outside-working-hours',
      severity: 'warning',
      meetingIds: ['giao-ban'],
    }
    const firstOnly = { ...clash, interval: { start: weekly.start, end: weekly.end } }
    const singles: ScheduleConflict = { ...clash, meetingIds: ['a', 'b'] }
    expect(mergeConflicts([firstOnly, outside, singles], [clash], new Set(['giao-ban']))).toEqual([
      outside,
      singles,
      clash,
    ])
  })
})

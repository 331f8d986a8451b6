import { TZDate } from '@date-fns/tz'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { timeZones } from '../_lib/testing/arbitraries.js'
import { detectConflicts } from '../conflicts/detectConflicts.js'
import { LienthongError } from '../errors/LienthongError.js'
import { generateSampleData } from '../sample/generateSampleData.js'
import { expandMeeting, expandMeetings } from './expandRecurrence.js'
import type { MeetingInput } from './meeting.schema.js'
import { parseMeeting } from './parseMeeting.js'

function series(overrides: Partial<MeetingInput> & Pick<MeetingInput, 'start' | 'end'>) {
  return parseMeeting({
    id: 'series',
    title: 'Giao ban',
    kind: 'other',
    hostId: 'ubnd',
    ...overrides,
  })
}

const window = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) })
const starts = (occurrences: { start: Date }[]) => occurrences.map((o) => o.start.toISOString())

describe('expandMeeting', () => {
  it('keeps 08:00 Berlin wall-clock time across both DST changes', () => {
    const weekly = series({
      start: '2026-03-16T08:00:00+01:00',
      end: '2026-03-16T09:30:00+01:00',
      timeZone: 'Europe/Berlin',
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO'],
    })
    const spring = expandMeeting(weekly, window('2026-03-16T00:00:00Z', '2026-04-07T00:00:00Z'))
    // DST starts on Sunday 29 March 2026: 08:00 is 07:00Z before, 06:00Z after.
    expect(starts(spring)).toEqual([
      '2026-03-16T07:00:00.000Z',
      '2026-03-23T07:00:00.000Z',
      '2026-03-30T06:00:00.000Z',
      '2026-04-06T06:00:00.000Z',
    ])
    expect(spring[2]?.end.toISOString()).toBe('2026-03-30T07:30:00.000Z')
    const autumn = expandMeeting(weekly, window('2026-10-19T00:00:00Z', '2026-11-03T00:00:00Z'))
    // DST ends on Sunday 25 October 2026.
    expect(starts(autumn)).toEqual([
      '2026-10-19T06:00:00.000Z',
      '2026-10-26T07:00:00.000Z',
      '2026-11-02T07:00:00.000Z',
    ])
    expect(autumn.every((o) => o.id === 'series' && !('recurrence' in o))).toBe(true)
  })

  it('expands in Asia/Ho_Chi_Minh with COUNT, and the first Monday of each month', () => {
    const monthly = series({
      start: '2026-01-05T14:00:00+07:00',
      end: '2026-01-05T16:00:00+07:00',
      recurrence: ['RRULE:FREQ=MONTHLY;BYDAY=1MO;COUNT=4'],
    })
    const all = expandMeeting(monthly, window('2025-01-01T00:00:00Z', '2028-01-01T00:00:00Z'))
    expect(starts(all)).toEqual([
      '2026-01-05T07:00:00.000Z',
      '2026-02-02T07:00:00.000Z',
      '2026-03-02T07:00:00.000Z',
      '2026-04-06T07:00:00.000Z',
    ])
    expect(all.map((o) => o.recurrenceId.toISOString())).toEqual(starts(all))
  })

  it('counts DTSTART in COUNT even when the rule would not give it', () => {
    // 2 March 2026 is a Monday; the rule names Wednesdays.
    const offRule = series({
      start: '2026-03-02T08:00:00+07:00',
      end: '2026-03-02T09:00:00+07:00',
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=3'],
    })
    expect(
      starts(expandMeeting(offRule, window('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'))),
    ).toEqual(['2026-03-02T01:00:00.000Z', '2026-03-04T01:00:00.000Z', '2026-03-11T01:00:00.000Z'])
  })

  it('stops at UNTIL (UTC), removes an EXDATE and adds an RDATE', () => {
    const weekly = series({
      start: '2026-03-02T08:00:00+07:00',
      end: '2026-03-02T09:00:00+07:00',
      recurrence: [
        'RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20260312T010000Z',
        'EXDATE;TZID=Asia/Ho_Chi_Minh:20260305T080000',
        'RDATE:20260314T020000Z',
      ],
    })
    const all = expandMeeting(weekly, window('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'))
    expect(starts(all)).toEqual([
      '2026-03-02T01:00:00.000Z',
      '2026-03-09T01:00:00.000Z',
      '2026-03-12T01:00:00.000Z',
      '2026-03-14T02:00:00.000Z',
    ])
  })

  it('reads EXDATE with another zone, VALUE=DATE forms and a floating UNTIL', () => {
    const daily = series({
      start: '2026-03-28T08:00:00+01:00',
      end: '2026-03-28T09:00:00+01:00',
      timeZone: 'Europe/Berlin',
      recurrence: [
        'RRULE:FREQ=DAILY;UNTIL=20260402T080000',
        // 08:00 in Berlin on 29 March (summer time) is 13:00 in Ho Chi Minh City.
        'EXDATE;TZID=Asia/Ho_Chi_Minh:20260329T130000',
        'EXDATE;VALUE=DATE:20260331',
        'RDATE;VALUE=DATE:20260405',
      ],
    })
    const all = expandMeeting(daily, window('2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z'))
    expect(starts(all)).toEqual([
      '2026-03-28T07:00:00.000Z',
      '2026-03-30T06:00:00.000Z',
      '2026-04-01T06:00:00.000Z',
      '2026-04-02T06:00:00.000Z',
      '2026-04-05T06:00:00.000Z',
    ])
  })

  it('keeps all-day occurrences at midnight in the zone, and supports EXRULE', () => {
    const allDay = series({
      start: '2026-03-27T00:00:00+01:00',
      end: '2026-03-28T00:00:00+01:00',
      allDay: true,
      timeZone: 'Europe/Berlin',
      recurrence: ['RRULE:FREQ=DAILY;COUNT=4', 'EXRULE:FREQ=DAILY;BYDAY=SA'],
    })
    const all = expandMeeting(allDay, window('2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z'))
    expect(all.map((o) => [o.start.toISOString(), o.end.toISOString()])).toEqual([
      ['2026-03-26T23:00:00.000Z', '2026-03-27T23:00:00.000Z'],
      // Sunday 29 March is 23 hours long.
      ['2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
      ['2026-03-29T22:00:00.000Z', '2026-03-30T22:00:00.000Z'],
    ])
  })

  it('reads skipped and repeated wall-clock times as RFC 5545 does', () => {
    const night = series({
      start: '2026-03-28T02:30:00+01:00',
      end: '2026-03-28T03:00:00+01:00',
      timeZone: 'Europe/Berlin',
      recurrence: ['RRULE:FREQ=DAILY;COUNT=2', 'RDATE;TZID=Europe/Berlin:20261025T023000'],
    })
    expect(
      starts(expandMeeting(night, window('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'))),
    ).toEqual([
      '2026-03-28T01:30:00.000Z',
      // 02:30 does not exist on 29 March: the offset before the change makes it 03:30 CEST.
      '2026-03-29T01:30:00.000Z',
      // 02:30 happens twice on 25 October: the first one, in summer time.
      '2026-10-25T00:30:00.000Z',
    ])
  })

  it('keeps every weekly occurrence at the start’s wall-clock time, in any zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...timeZones),
        fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }),
        fc.integer({ min: 1, max: 60 }),
        (timeZone, minute, count) => {
          const first = new Date(minute * 60_000)
          const local = new TZDate(first.getTime(), timeZone)
          // Times near a DST change may not exist every week; 10:00–16:00 always does.
          fc.pre(local.getHours() >= 10 && local.getHours() < 16)
          const weekly = series({
            start: first.toISOString(),
            end: new Date(first.getTime() + 3_600_000).toISOString(),
            timeZone,
            recurrence: [`RRULE:FREQ=WEEKLY;COUNT=${String(count)}`],
          })
          const all = expandMeeting(weekly, {
            from: first,
            to: new Date(first.getTime() + 62 * 7 * 86_400_000),
          })
          expect(all).toHaveLength(count)
          all.forEach((occurrence, index) => {
            const at = new TZDate(occurrence.start.getTime(), timeZone)
            expect([at.getHours(), at.getMinutes(), at.getDay()]).toEqual([
              local.getHours(),
              local.getMinutes(),
              local.getDay(),
            ])
            expect(occurrence.end.getTime() - occurrence.start.getTime()).toBe(3_600_000)
            if (index > 0) {
              const days =
                (occurrence.start.getTime() - (all[index - 1]?.start.getTime() ?? 0)) / 86_400_000
              expect(Math.abs(days - 7)).toBeLessThan(0.1)
            }
          })
        },
      ),
      { numRuns: 150 },
    )
  })

  it('keeps only the occurrences overlapping the half-open window', () => {
    const daily = series({
      start: '2026-03-02T08:00:00+07:00',
      end: '2026-03-02T10:00:00+07:00',
      recurrence: ['RRULE:FREQ=DAILY'],
    })
    // 09:00 is inside the 3 March occurrence; 4 March starts exactly at `to`.
    const all = expandMeeting(
      daily,
      window('2026-03-03T09:00:00+07:00', '2026-03-04T08:00:00+07:00'),
    )
    expect(starts(all)).toEqual(['2026-03-03T01:00:00.000Z'])
    const single = series({ start: '2026-03-02T08:00:00+07:00', end: '2026-03-02T10:00:00+07:00' })
    expect(
      expandMeeting(single, window('2026-03-02T10:00:00+07:00', '2026-03-03T00:00:00Z')),
    ).toEqual([])
    expect(
      expandMeeting(single, window('2026-03-02T09:00:00+07:00', '2026-03-03T00:00:00Z')),
    ).toEqual([{ ...single, recurrenceId: single.start }])
  })

  it('refuses an unreadable rule, naming the line', () => {
    const bad = series({
      start: '2026-03-02T08:00:00+07:00',
      end: '2026-03-02T10:00:00+07:00',
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=XX', 'EXDATE:2026-03-09'],
    })
    const run = () => expandMeetings([bad], window('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'))
    expect(run).toThrow(LienthongError)
    try {
      run()
    } catch (error) {
      const issues = (error as LienthongError).issues
      expect(issues.map((i) => [i.code, i.path])).toEqual([
        ['invalid_recurrence', [0, 'recurrence', 0]],
        ['invalid_recurrence', [0, 'recurrence', 1]],
      ])
      expect(issues[0]?.message).toContain('BYDAY=XX')
    }
    expect(() =>
      expandMeeting(bad, window('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z')),
    ).toThrow(expect.objectContaining({ path: ['recurrence', 0] }))
  })

  it('refuses a series that would flood the window', () => {
    const secondly = series({
      start: '2026-03-02T08:00:00+07:00',
      end: '2026-03-02T08:00:01+07:00',
      recurrence: ['RRULE:FREQ=SECONDLY'],
    })
    expect(() =>
      expandMeeting(secondly, {
        ...window('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'),
        maxOccurrences: 1000,
      }),
    ).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ code: 'too_big' })] }))
  })
})

describe('expandMeetings with detectConflicts', () => {
  it('finds clashes between two series and between a series and a single meeting', () => {
    const committee = series({
      id: 'giao-ban-ubnd',
      start: '2026-03-02T08:00:00+07:00',
      end: '2026-03-02T09:30:00+07:00',
      chairId: 'chu-tich',
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4'],
    })
    const council = series({
      id: 'giao-ban-hdnd',
      start: '2026-03-02T09:00:00+07:00',
      end: '2026-03-02T10:00:00+07:00',
      participantIds: ['chu-tich'],
      recurrence: ['RRULE:FREQ=MONTHLY;BYDAY=1MO;COUNT=2'],
    })
    const visit = series({
      id: 'tham-xa',
      start: '2026-03-16T08:30:00+07:00',
      end: '2026-03-16T11:00:00+07:00',
      participantIds: ['chu-tich'],
    })
    const occurrences = expandMeetings(
      [committee, council, visit],
      window('2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z'),
    )
    expect(occurrences.filter((o) => o.id === 'giao-ban-ubnd')).toHaveLength(4)
    const clashes = detectConflicts(occurrences, { options: { kinds: ['person-double-booked'] } })
    expect(
      clashes.map((c) => [[...c.meetingIds].sort().join(' + '), c.interval.start.toISOString()]),
    ).toEqual([
      ['giao-ban-hdnd + giao-ban-ubnd', '2026-03-02T02:00:00.000Z'],
      ['giao-ban-ubnd + tham-xa', '2026-03-16T01:30:00.000Z'],
    ])
  })

  it('expands the sample city’s year of series, skipping their EXDATEs', () => {
    const { meetings } = generateSampleData({ seed: 1 })
    const recurring = meetings.filter((m) => m.recurrence !== undefined)
    const year = window('2026-01-01T00:00:00+07:00', '2027-01-01T00:00:00+07:00')
    const occurrences = expandMeetings(recurring, year)
    expect(occurrences.length).toBeGreaterThan(recurring.length * 10)
    for (const meeting of recurring) {
      const excluded = new Set(
        (meeting.recurrence ?? [])
          .filter((line) => line.startsWith('EXDATE;TZID=Asia/Ho_Chi_Minh:'))
          .map((line) => line.slice(-15)),
      )
      const own = occurrences.filter((o) => o.id === meeting.id)
      expect(own[0]?.start).toEqual(meeting.start)
      for (const occurrence of own) {
        const local = new TZDate(occurrence.start.getTime(), 'Asia/Ho_Chi_Minh')
        const stamp = `${String(local.getFullYear())}${String(local.getMonth() + 1).padStart(2, '0')}${String(local.getDate()).padStart(2, '0')}T${String(local.getHours()).padStart(2, '0')}${String(local.getMinutes()).padStart(2, '0')}00`
        expect(excluded.has(stamp)).toBe(false)
      }
    }
    expect(() =>
      detectConflicts([...meetings.filter((m) => m.recurrence === undefined), ...occurrences]),
    ).not.toThrow()
  }, 60_000)
})

import { parseMeeting, type Meeting } from '@lienthong/core/meeting'
import { describe, expect, test } from 'vitest'
import { wallClock } from '../internal/zoned-time.js'
import {
  DayIndex,
  fastWallClock,
  isAllDayEntry,
  layOutDay,
  placeMeetings,
} from './calendar-model.js'

function meeting(id: string, start: string, end: string, extra: Partial<Meeting> = {}): Meeting {
  return parseMeeting({ id, title: id, kind: 'other', hostId: 'ubnd', start, end, ...extra })
}

const noFilter = { person: '', organization: '', kind: '' }

function index(meetings: Meeting[], zone?: string): DayIndex {
  return new DayIndex(placeMeetings(meetings, zone), () => [], noFilter)
}

describe('fastWallClock', () => {
  test('agrees with the TZDate-based wallClock, across the DST change in Berlin', () => {
    const zones = ['Asia/Ho_Chi_Minh', 'Europe/Berlin', 'America/St_Johns', 'Asia/Kathmandu']
    // Every 7 minutes over the night Berlin's clocks go forward (29 March 2026), and a year.
    const instants = [
      ...Array.from({ length: 100 }, (_, i) => Date.UTC(2026, 2, 28, 22) + i * 7 * 60_000),
      ...Array.from({ length: 400 }, (_, i) => Date.UTC(2026, 0, 1) + i * 21.9 * 3_600_000),
    ]
    for (const zone of zones) {
      for (const time of instants) {
        expect(fastWallClock(new Date(time), zone)).toEqual(wallClock(new Date(time), zone))
      }
    }
  })
})

describe('DayIndex', () => {
  test('buckets meetings by day in the display zone, sorted, a meeting over midnight on both days', () => {
    const days = index([
      meeting('late', '2026-03-02T22:00:00+07:00', '2026-03-03T01:00:00+07:00'),
      meeting('b', '2026-03-02T09:00:00+07:00', '2026-03-02T10:00:00+07:00'),
      meeting('a', '2026-03-02T08:00:00+07:00', '2026-03-02T09:00:00+07:00'),
      meeting('midnight', '2026-03-03T23:00:00+07:00', '2026-03-04T00:00:00+07:00'),
    ])
    expect(days.on('2026-03-02').map((entry) => entry.meeting.id)).toEqual(['a', 'b', 'late'])
    expect(days.on('2026-03-03').map((entry) => [entry.meeting.id, entry.continued])).toEqual([
      ['late', true],
      ['midnight', false],
    ])
    // Half-open: a meeting ending at midnight does not spill onto the next day.
    expect(days.on('2026-03-04')).toEqual([])
    // Timed over midnight: at its hours on both days (not in the all-day row), clipped to each.
    const late = days.on('2026-03-02').at(-1)
    expect([late?.minutes, late?.endMinutes, late?.continues, late && isAllDayEntry(late)]).toEqual(
      [22 * 60, 24 * 60, true, false],
    )
    const after = days.on('2026-03-03')[0]
    expect([after?.minutes, after?.endMinutes, after?.continues, after?.continued]).toEqual([
      0,
      60,
      false,
      true,
    ])
  })

  test('an all-day meeting over two days is all-day on each, the only kind that is', () => {
    const days = index([
      meeting('holiday', '2026-04-30T00:00:00+07:00', '2026-05-02T00:00:00+07:00', {
        allDay: true,
      }),
    ])
    const [first] = days.on('2026-04-30')
    const [second] = days.on('2026-05-01')
    expect([first && isAllDayEntry(first), second && isAllDayEntry(second)]).toEqual([true, true])
    expect(days.on('2026-05-02')).toEqual([])
  })

  test('the time-zone attribute moves meetings to other days', () => {
    const berlin = meeting('berlin', '2026-03-06T23:30:00+01:00', '2026-03-07T00:30:00+01:00', {
      timeZone: 'Europe/Berlin',
    })
    expect(
      index([berlin])
        .on('2026-03-06')
        .map((entry) => entry.minutes),
    ).toEqual([23 * 60 + 30])
    expect(index([berlin], 'Asia/Ho_Chi_Minh').on('2026-03-07')[0]?.minutes).toBe(5 * 60 + 30)
  })

  test('filters by person, organisation and kind', () => {
    const list = [
      meeting('x', '2026-03-02T08:00:00+07:00', '2026-03-02T09:00:00+07:00', {
        participantIds: ['p1'],
        kind: 'working-session',
      }),
      meeting('y', '2026-03-02T08:00:00+07:00', '2026-03-02T09:00:00+07:00', {
        coHostIds: ['so'],
      }),
    ]
    const ids = (filter: typeof noFilter): string[] =>
      new DayIndex(placeMeetings(list, undefined), () => [], filter)
        .on('2026-03-02')
        .map((entry) => entry.meeting.id)
    expect(ids({ ...noFilter, person: 'p1' })).toEqual(['x'])
    expect(ids({ ...noFilter, organization: 'so' })).toEqual(['y'])
    expect(ids({ ...noFilter, kind: 'working-session' })).toEqual(['x'])
  })
})

describe('layOutDay', () => {
  test('overlapping meetings side by side; back-to-back ones share a column', () => {
    const days = index([
      meeting('a', '2026-03-02T08:00:00+07:00', '2026-03-02T10:00:00+07:00'),
      meeting('b', '2026-03-02T09:00:00+07:00', '2026-03-02T11:00:00+07:00'),
      meeting('c', '2026-03-02T10:00:00+07:00', '2026-03-02T12:00:00+07:00'),
      meeting('d', '2026-03-02T14:00:00+07:00', '2026-03-02T15:00:00+07:00'),
      meeting('e', '2026-03-02T15:00:00+07:00', '2026-03-02T16:00:00+07:00'),
    ])
    expect(
      layOutDay(days.on('2026-03-02')).map((item) => [
        item.entry.meeting.id,
        item.lane,
        item.lanes,
      ]),
    ).toEqual([
      ['a', 0, 2],
      ['b', 1, 2],
      ['c', 0, 2],
      ['d', 0, 1],
      ['e', 0, 1],
    ])
  })
})

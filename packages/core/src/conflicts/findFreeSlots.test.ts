import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { vietnamWorkingCalendar } from '../calendar/vietnamWorkingCalendar.js'
import { LienthongError } from '../errors/LienthongError.js'
import type { Meeting } from '../meeting/meeting.schema.js'
import { serializeMeeting } from '../meeting/parseMeeting.js'
import { findFreeSlots, safeFindFreeSlots, type FreeSlotRequest } from './findFreeSlots.js'
import { indexBusyTimes } from './indexBusyTimes.js'
import { city, meeting, organizations, people, venues } from './testCity.js'

/** Monday 9 to Saturday 14 March 2026, Hanoi. */
const week = {
  start: new Date('2026-03-09T00:00:00+07:00'),
  end: new Date('2026-03-14T00:00:00+07:00'),
}

/** Slots as local `YYYY-MM-DD HH:mm–HH:mm` in Hanoi, to read tests at a glance. */
function hanoi(slots: { start: Date; end: Date }[]): string[] {
  const format = (date: Date) =>
    new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')
  return slots.map((slot) => `${format(slot.start)}–${format(slot.end).slice(11)}`)
}

describe('findFreeSlots', () => {
  const busyMonday = [
    meeting({ chairId: 'bi-thu', date: '2026-03-09', from: '07:30', to: '09:00' }),
    meeting({ participantIds: ['chu-tich-hdnd'], date: '2026-03-09', from: '08:30', to: '10:10' }),
    meeting({ venueId: 'phong-1-ubnd', date: '2026-03-09', from: '10:00', to: '11:00' }),
  ]

  it('returns the earliest slots when everyone and the room are free, not overlapping each other', () => {
    const slots = findFreeSlots({
      personIds: ['bi-thu', 'chu-tich-hdnd'],
      venueId: 'phong-1-ubnd',
      durationMinutes: 60,
      window: week,
      meetings: busyMonday,
      ...city,
      count: 4,
    })
    expect(hanoi(slots)).toEqual([
      '2026-03-09 13:30–14:30',
      '2026-03-09 14:30–15:30',
      '2026-03-09 15:30–16:30',
      '2026-03-10 07:30–08:30',
    ])
    expect(slots[0]).toMatchObject({ date: '2026-03-09', timeZone: 'Asia/Ho_Chi_Minh' })
  })

  it('starts slots on the step grid once a meeting ends off it, and may start as one ends', () => {
    const slots = findFreeSlots({
      personIds: ['chu-tich-hdnd'],
      durationMinutes: 45,
      window: week,
      meetings: busyMonday,
      count: 2,
    })
    expect(hanoi(slots)).toEqual(['2026-03-09 07:30–08:15', '2026-03-09 10:15–11:00'])
    const hourly = findFreeSlots({
      personIds: ['bi-thu'],
      durationMinutes: 30,
      window: week,
      meetings: busyMonday,
      count: 1,
      stepMinutes: 60,
    })
    expect(hanoi(hourly)).toEqual(['2026-03-09 09:00–09:30'])
  })

  it('skips weekends and holidays, and keeps within the window', () => {
    const slots = findFreeSlots({
      durationMinutes: 240,
      window: {
        start: new Date('2026-04-29T09:00:00+07:00'),
        end: new Date('2026-05-05T00:00:00+07:00'),
      },
      meetings: [],
      isNonWorkingDay: (date) => date === '2026-04-30' || date === '2026-05-01',
      count: 3,
    })
    expect(hanoi(slots)).toEqual(['2026-05-04 07:30–11:30'])
  })

  it('follows a holiday calendar: no slot on the bridge day, one on the Saturday worked for it', () => {
    const request: FreeSlotRequest = {
      durationMinutes: 240,
      // Thursday 1 to Monday 12 January 2026; 1 January is New Year's Day, Friday 2 January a
      // bridge day off, worked on Saturday 10 January.
      window: {
        start: new Date('2026-01-01T00:00:00+07:00'),
        end: new Date('2026-01-12T00:00:00+07:00'),
      },
      meetings: [],
      calendar: vietnamWorkingCalendar({ from: 2026, to: 2026 }),
      count: 20,
    }
    const days = hanoi(findFreeSlots(request)).map((slot) => slot.slice(0, 10))
    expect([...new Set(days)]).toEqual([
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
      '2026-01-10',
    ])
    const invalid = safeFindFreeSlots({ ...request, calendar: { name: 'X', from: 'hôm qua' } })
    expect(invalid.ok ? [] : invalid.error.issues.map((issue) => issue.path[0])).toContain(
      'calendar',
    )
  })

  it('fits each slot in one working period unless acrossBreaks allows the lunch break', () => {
    const busy = [meeting({ chairId: 'bi-thu', date: '2026-03-09', from: '07:30', to: '10:00' })]
    const request: FreeSlotRequest = {
      personIds: ['bi-thu'],
      durationMinutes: 180,
      window: week,
      meetings: busy,
      count: 1,
    }
    expect(hanoi(findFreeSlots(request))).toEqual(['2026-03-09 13:30–16:30'])
    expect(hanoi(findFreeSlots({ ...request, acrossBreaks: true }))).toEqual([
      '2026-03-09 10:45–13:45',
    ])
  })

  it('waits for whoever holds a required post on each day', () => {
    // The Chair of the UBND changes on 1 July 2026: Tuesday 30 June is Hùng's, Wednesday Sơn's.
    const meetings = [
      meeting({ chairId: 'chu-tich-ubnd', date: '2026-06-30', from: '07:30', to: '11:30' }),
      meeting({ chairId: 'chu-tich-ubnd-moi', date: '2026-07-01', from: '07:30', to: '11:30' }),
      meeting({ chairId: 'chu-tich-ubnd', date: '2026-07-01', from: '13:30', to: '17:00' }),
    ]
    const slots = findFreeSlots({
      posts: [{ organizationId: 'ubnd', role: 'chair' }],
      durationMinutes: 120,
      window: {
        start: new Date('2026-06-30T00:00:00+07:00'),
        end: new Date('2026-07-02T00:00:00+07:00'),
      },
      meetings,
      people,
      count: 3,
    })
    expect(hanoi(slots)).toEqual(['2026-06-30 13:30–15:30', '2026-07-01 13:30–15:30'])
    // A prebuilt index remembers who held which post, so queries need not pass the people.
    const busy = indexBusyTimes(meetings, { people })
    const fromIndex = findFreeSlots({
      posts: [{ organizationId: 'ubnd', role: 'chair' }],
      durationMinutes: 120,
      window: {
        start: new Date('2026-06-30T00:00:00+07:00'),
        end: new Date('2026-07-02T00:00:00+07:00'),
      },
      busy,
      count: 3,
    })
    expect(fromIndex).toEqual(slots)
  })

  it('keeps a body free of major meetings only, and a venue free of its bridge-point uses', () => {
    const meetings = [
      meeting({
        hostId: 'hdnd',
        importance: 'major',
        date: '2026-03-09',
        from: '07:30',
        to: '11:30',
      }),
      meeting({ hostId: 'hdnd', date: '2026-03-09', from: '13:30', to: '15:00' }),
      meeting({
        kind: 'online-conference',
        online: {
          bridgePoints: [
            { name: 'Điểm cầu xã Sóc Sơn', venueId: 'diem-cau-soc-son', delegates: 80 },
          ],
        },
        date: '2026-03-09',
        from: '13:30',
        to: '14:30',
      }),
    ]
    const slots = findFreeSlots({
      organizationIds: ['hdnd'],
      venueId: 'diem-cau-soc-son',
      durationMinutes: 60,
      window: week,
      meetings,
      ...city,
      count: 1,
    })
    expect(hanoi(slots)).toEqual(['2026-03-09 14:30–15:30'])
  })

  it("uses the first required organisation's working hours and zone, right across a clock change", () => {
    const slots = findFreeSlots({
      organizationIds: ['vp-berlin'],
      durationMinutes: 480,
      window: { start: new Date('2026-03-27T00:00:00Z'), end: new Date('2026-03-31T00:00:00Z') },
      meetings: [],
      organizations,
      count: 2,
    })
    // 09:00 in Berlin: 08:00Z on Friday 27 March (+01:00), 07:00Z on Monday 30 March (+02:00).
    expect(slots.map((slot) => [slot.start.toISOString(), slot.date, slot.timeZone])).toEqual([
      ['2026-03-27T08:00:00.000Z', '2026-03-27', 'Europe/Berlin'],
      ['2026-03-30T07:00:00.000Z', '2026-03-30', 'Europe/Berlin'],
    ])
  })

  it('gives the same slots from a prebuilt busy index as from the meetings', () => {
    const busy = indexBusyTimes(busyMonday, { people })
    const request = {
      personIds: ['bi-thu', 'chu-tich-hdnd'],
      durationMinutes: 30,
      window: week,
      count: 10,
    }
    expect(findFreeSlots({ ...request, busy })).toEqual(
      findFreeSlots({ ...request, meetings: busyMonday }),
    )
  })
})

describe('findFreeSlots: input', () => {
  const base = { durationMinutes: 60, window: week, meetings: [] as Meeting[] }

  it('explains what is wrong with a request, never throwing a TypeError', () => {
    const cases: [unknown, (string | number)[]][] = [
      [{ ...base, meetings: undefined }, ['meetings']],
      [{ ...base, busy: indexBusyTimes([]) }, ['busy']],
      [{ ...base, meetings: undefined, busy: { people: {} } }, ['busy']],
      [{ ...base, durationMinutes: 0 }, ['durationMinutes']],
      [{ ...base, durationMinutes: '60' }, ['durationMinutes']],
      [{ ...base, window: { start: week.end, end: week.start } }, ['window', 'end']],
      [{ ...base, window: { start: '2026-03-09', end: week.end } }, ['window', 'start']],
      [{ ...base, count: 2.5 }, ['count']],
      [{ ...base, timeZone: 'Asia/Hanoi' }, ['timeZone']],
      [{ ...base, personIds: ['bi-thu', 'bi-thu-typo'], people }, ['personIds', 1]],
      [{ ...base, venueId: 'phong-9', venues }, ['venueId']],
      [{ ...base, meetings: [serializeMeeting(meeting({}))] }, ['meetings', 0, 'start']],
      [null, []],
    ]
    for (const [request, path] of cases) {
      let error: unknown
      try {
        findFreeSlots(request as FreeSlotRequest)
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(LienthongError)
      expect((error as LienthongError).path).toEqual(path)
    }
  })

  it('safeFindFreeSlots takes wire JSON and never throws', () => {
    const wire = JSON.parse(
      JSON.stringify({
        personIds: ['bi-thu'],
        durationMinutes: 60,
        window: week,
        meetings: [
          serializeMeeting(
            meeting({ chairId: 'bi-thu', date: '2026-03-09', from: '07:30', to: '11:30' }),
          ),
        ],
        people,
        count: 1,
      }),
    ) as unknown
    const result = safeFindFreeSlots(wire)
    expect(result.ok && hanoi(result.value)).toEqual(['2026-03-09 13:30–14:30'])
    const bad = safeFindFreeSlots({ ...base, durationMinutes: -1, locale: 'vi' })
    expect(bad.ok ? '' : bad.error.format('vi')).toBe('durationMinutes: phải lớn hơn 0')
    expect(safeFindFreeSlots(undefined).ok).toBe(false)
  })
})

describe('findFreeSlots against brute force', () => {
  it('returns exactly the slots a minute-by-minute scan of the step grid finds', () => {
    const day0 = Date.parse('2026-03-09T00:00:00+07:00')
    const interval = fc
      .record({
        from: fc.integer({ min: 0, max: 3 * 96 }),
        length: fc.integer({ min: 1, max: 20 }),
        who: fc.constantFrom('a', 'b', 'c'),
      })
      .map(({ from, length, who }) => ({
        start: day0 + from * 15 * 60_000 + (who === 'b' ? 7 * 60_000 : 0),
        length,
        who,
      }))
    fc.assert(
      fc.property(
        fc.array(interval, { maxLength: 20 }),
        fc.integer({ min: 1, max: 16 }),
        fc.constantFrom(5, 15, 30),
        (bookings, quarters, step) => {
          const meetings = bookings.map((b, index) =>
            meeting({
              id: `b${index}`,
              participantIds: [b.who],
              start: new Date(b.start).toISOString(),
              end: new Date(b.start + b.length * 15 * 60_000).toISOString(),
            }),
          )
          const duration = quarters * 15
          const window = { start: new Date(day0), end: new Date(day0 + 3 * 86_400_000) }
          const slots = findFreeSlots({
            personIds: ['a', 'b'],
            durationMinutes: duration,
            window,
            meetings,
            count: 1000,
            stepMinutes: step,
          })
          // Brute force: every grid start (period starts and multiples of the step), in order.
          const expected: string[] = []
          let notBefore = window.start.getTime()
          for (let day = 0; day < 3; day++) {
            for (const [from, to] of [
              [450, 690],
              [810, 1020],
            ] as const) {
              for (let minute = from; minute + duration <= to; minute++) {
                if (minute !== from && minute % step !== 0) continue
                const start = day0 + day * 86_400_000 + minute * 60_000
                const end = start + duration * 60_000
                if (start < notBefore) continue
                const busy = meetings.some(
                  (m) =>
                    m.participantIds.some((p) => p === 'a' || p === 'b') &&
                    m.start.getTime() < end &&
                    start < m.end.getTime(),
                )
                if (busy) continue
                expected.push(`${new Date(start).toISOString()}/${new Date(end).toISOString()}`)
                notBefore = end
              }
            }
          }
          expect(slots.map((s) => `${s.start.toISOString()}/${s.end.toISOString()}`)).toEqual(
            expected,
          )
        },
      ),
      { numRuns: 200 },
    )
  })
})

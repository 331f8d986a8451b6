import { TZDate } from '@date-fns/tz'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createZoneClock, isoWeekday } from './zoneClock.js'

const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000

describe('createZoneClock', () => {
  it('reads wall-clock times as TZDate does, in zones with and without daylight saving', () => {
    const zones = ['Asia/Ho_Chi_Minh', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe']
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        (zone, time) => {
          const clock = createZoneClock()
          const local = clock.local(zone, time)
          const expected = new TZDate(time, zone)
          expect(clock.date(local.day)).toBe(
            `${String(expected.getFullYear())}-${String(expected.getMonth() + 1).padStart(2, '0')}-${String(expected.getDate()).padStart(2, '0')}`,
          )
          const minutes =
            expected.getHours() * 60 +
            expected.getMinutes() +
            expected.getSeconds() / 60 +
            expected.getMilliseconds() / 60_000
          expect(local.minute).toBeCloseTo(minutes, 6)
          // And back: the wall-clock reading maps to the same instant (or, in the hour repeated in
          // autumn, to its first occurrence).
          const back = clock.instant(zone, local.day, local.minute)
          expect(back === time || clock.local(zone, back).minute === local.minute).toBe(true)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('places a skipped time after the gap and a repeated one at its first occurrence (RFC 5545)', () => {
    const clock = createZoneClock()
    // Berlin, 29 March 2026: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist.
    expect(new Date(clock.instant('Europe/Berlin', day('2026-03-29'), 150)).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    )
    // Berlin, 25 October 2026: 03:00 CEST goes back to 02:00 CET; 02:30 happens twice.
    expect(new Date(clock.instant('Europe/Berlin', day('2026-10-25'), 150)).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    )
    expect(new Date(clock.instant('Asia/Ho_Chi_Minh', day('2026-03-02'), 450)).toISOString()).toBe(
      '2026-03-02T00:30:00.000Z',
    )
  })

  it('numbers ISO weekdays from Monday, before 1970 too', () => {
    expect(isoWeekday(day('2026-03-02'))).toBe(1)
    expect(isoWeekday(day('2026-03-08'))).toBe(7)
    expect(isoWeekday(day('1969-12-31'))).toBe(3)
  })
})

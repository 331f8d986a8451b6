import { describe, expect, it } from 'vitest'
import { LienthongError } from '../errors/LienthongError.js'
import { isWithinWorkingHours } from './isWithinWorkingHours.js'
import { vietnamHolidayCalendar } from './vietnamHolidayCalendar.js'

const hanoi = { timeZone: 'Asia/Ho_Chi_Minh' }

describe('isWithinWorkingHours', () => {
  it('reads the instant on the office’s wall clock, periods half-open [start, end)', () => {
    expect(isWithinWorkingHours('2026-03-02T07:30:00+07:00', hanoi)).toBe(true)
    expect(isWithinWorkingHours('2026-03-02T07:29:59+07:00', hanoi)).toBe(false)
    expect(isWithinWorkingHours('2026-03-02T11:29:59+07:00', hanoi)).toBe(true)
    expect(isWithinWorkingHours('2026-03-02T11:30:00+07:00', hanoi)).toBe(false)
    expect(isWithinWorkingHours('2026-03-02T13:30:00+07:00', hanoi)).toBe(true)
    expect(isWithinWorkingHours('2026-03-02T17:00:00+07:00', hanoi)).toBe(false)
    // 2026-03-02T01:00Z is 08:00 in Hà Nội; the same instant written in UTC.
    expect(isWithinWorkingHours(new Date('2026-03-02T01:00:00Z'), hanoi)).toBe(true)
    // Friday 23:30 UTC is Saturday 06:30 in Hà Nội.
    expect(isWithinWorkingHours('2026-03-06T23:30:00Z', hanoi)).toBe(false)
  })

  it('follows the office’s own zone, days and hours', () => {
    const berlin = {
      timeZone: 'Europe/Berlin',
      workingHours: { periods: [{ start: '09:00', end: '18:00' }], days: [1, 2, 3, 4, 5, 6] },
    }
    // 2026-03-29 is the switch to summer time in Berlin (UTC+2 from 01:00Z).
    expect(isWithinWorkingHours('2026-03-28T16:30:00Z', berlin)).toBe(true) // Saturday 17:30
    expect(isWithinWorkingHours('2026-03-30T16:30:00Z', berlin)).toBe(false) // Monday 18:30
    expect(isWithinWorkingHours('2026-03-30T07:00:00Z', berlin)).toBe(true) // Monday 09:00
  })

  it('lets a working calendar decide the day: holidays off, swapped Saturdays on', () => {
    const calendar = vietnamHolidayCalendar(2026)
    expect(isWithinWorkingHours('2026-04-30T09:00:00+07:00', hanoi, { calendar })).toBe(false)
    expect(isWithinWorkingHours('2026-01-10T09:00:00+07:00', hanoi, { calendar })).toBe(true)
    expect(isWithinWorkingHours('2026-01-10T09:00:00+07:00', hanoi)).toBe(false)
  })

  it('refuses bad instants, zones and dates outside the calendar with a LienthongError', () => {
    expect(() => isWithinWorkingHours('tomorrow', hanoi)).toThrow(LienthongError)
    expect(() => isWithinWorkingHours('2026-03-02T09:00:00', hanoi)).toThrow(LienthongError)
    expect(() =>
      isWithinWorkingHours('2026-03-02T09:00:00+07:00', { timeZone: 'Mars/Olympus' }),
    ).toThrow(/organization.timeZone/)
    expect(() =>
      isWithinWorkingHours('2027-03-02T09:00:00+07:00', hanoi, {
        calendar: vietnamHolidayCalendar(2026),
      }),
    ).toThrow(/outside the working calendar/)
    expect(() => isWithinWorkingHours(null as never, null as never)).toThrow(LienthongError)
  })
})

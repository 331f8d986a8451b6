import { describe, expect, it } from 'vitest'
import { LienthongError } from '../errors/LienthongError.js'
import { addCalendarDaysCivil } from './addCalendarDaysCivil.js'
import { addWorkingDays } from './addWorkingDays.js'
import { describeDay } from './describeDay.js'
import { isWorkingDay } from './isWorkingDay.js'
import { nextWorkingDay, previousWorkingDay } from './nextWorkingDay.js'
import { vietnamWorkingCalendar } from './vietnamWorkingCalendar.js'
import { workingDaysBetween } from './workingDaysBetween.js'

const vietnam = vietnamWorkingCalendar({ from: 2024, to: 2027 })

/** A made-up jurisdiction: Friday–Saturday weekend, one holiday, one swap. */
const ruritania = {
  name: 'Ruritania 2026',
  from: '2026-01-01',
  to: '2026-12-31',
  weeklyRestDays: [5, 6],
  holidays: [{ date: '2026-03-15', name: 'Founders Day', legalBasis: 'Holidays Act 1921, s 2' }],
  extraDaysOff: [{ date: '2026-03-16', reason: 'Bridge day', legalBasis: 'Order 7/2026' }],
  extraWorkingDays: [
    { date: '2026-03-21', reason: 'Worked for 16 March', legalBasis: 'Order 7/2026' },
  ],
}

describe('worked examples, each with its legal basis', () => {
  it('a calendar-day period ending on 1 May rolls to the next working day (Civil Code 2015 Arts 147–148)', () => {
    // A complaint accepted on Wednesday 2026-04-01 is resolved within 30 days of acceptance
    // (Law on Complaints 02/2011/QH13 Art 28). The acceptance day is not counted (Civil Code Art
    // 147(3)), so day 30 is Friday 1 May — Labour Day, followed by the weekend — and the period
    // ends on Monday 4 May (Art 148(5)).
    expect(addCalendarDaysCivil('2026-04-01', 30, vietnam)).toBe('2026-05-04')
    // 2025: day 30 after 2025-04-01 is Thursday 1 May; 2 May was swapped off (Notice
    // 6150/TB-BLĐTBXH), 3–4 May a weekend: the period ends on Monday 5 May.
    expect(addCalendarDaysCivil('2025-04-01', 30, vietnam)).toBe('2025-05-05')
    // A period whose last day is a working day ends on it.
    expect(addCalendarDaysCivil('2026-04-02', 30, vietnam)).toBe('2026-05-04')
    expect(addCalendarDaysCivil('2026-03-02', 30, vietnam)).toBe('2026-04-01')
  })

  it('a working-day period spanning Tết skips the whole break (Law 02/2011/QH13 Art 27)', () => {
    // A complaint received on Wednesday 2026-02-11 must be accepted or refused within 10 working
    // days (Circular 07/2013/TT-TTCP). Thursday 12 and Friday 13 count, then the Tết break of
    // 14–22 February (Notice 9441/TB-BNV) counts nothing: day 10 is Wednesday 4 March.
    expect(addWorkingDays('2026-02-11', 10, vietnam)).toBe('2026-03-04')
    expect(workingDaysBetween('2026-02-11', '2026-03-04', vietnam)).toBe(10)
    // 2027 by the statutory rule alone (no decision yet): Tết days 5–9 February plus make-up days
    // 10 and 11 February; 7 working days from Tuesday 2 February: 3, 4, 12, 15, 16, 17, 18.
    expect(addWorkingDays('2027-02-02', 7, vietnam)).toBe('2027-02-18')
  })

  it('counts across New Year with a multi-year calendar', () => {
    // 1 January 2026 is a holiday and 2 January was swapped off (Official Letter 12729/VPCP-KGVX).
    expect(addWorkingDays('2025-12-30', 3, vietnam)).toBe('2026-01-06')
    expect(workingDaysBetween('2025-12-31', '2026-01-05', vietnam)).toBe(1)
    expect(addWorkingDays('2026-01-05', -3, vietnam)).toBe('2025-12-29')
  })

  it('never counts the start day, working or not (Civil Code 2015 Art 147)', () => {
    // Received on Saturday 2026-03-07: Monday 9 March is day 1, Friday 13 March day 5.
    expect(addWorkingDays('2026-03-07', 1, vietnam)).toBe('2026-03-09')
    expect(addWorkingDays('2026-03-07', 5, vietnam)).toBe('2026-03-13')
    // Received on Monday 2026-03-09: Tuesday is day 1.
    expect(addWorkingDays('2026-03-09', 1, vietnam)).toBe('2026-03-10')
    // Counting back from Saturday: the Friday before is day 1.
    expect(addWorkingDays('2026-03-07', -1, vietnam)).toBe('2026-03-06')
    // n = 0 returns the date unchanged, even on a Saturday.
    expect(addWorkingDays('2026-03-07', 0, vietnam)).toBe('2026-03-07')
  })

  it('workingDaysBetween counts (a, b]: 0 on the due date, negative once it has passed', () => {
    expect(workingDaysBetween('2026-03-09', '2026-03-09', vietnam)).toBe(0)
    expect(workingDaysBetween('2026-03-09', '2026-03-13', vietnam)).toBe(4)
    expect(workingDaysBetween('2026-03-13', '2026-03-16', vietnam)).toBe(1)
    expect(workingDaysBetween('2026-03-16', '2026-03-13', vietnam)).toBe(-1)
    expect(workingDaysBetween('2026-03-14', '2026-03-13', vietnam)).toBe(0)
  })

  it('nextWorkingDay and previousWorkingDay, optionally including the start', () => {
    expect(nextWorkingDay('2026-04-29', vietnam)).toBe('2026-05-04')
    expect(nextWorkingDay('2026-04-29', vietnam, { includeStart: true })).toBe('2026-04-29')
    expect(nextWorkingDay('2026-05-01', vietnam, { includeStart: true })).toBe('2026-05-04')
    expect(previousWorkingDay('2026-05-04', vietnam)).toBe('2026-04-29')
    expect(previousWorkingDay('2026-02-23', vietnam)).toBe('2026-02-13')
  })
})

describe('another jurisdiction, with the same functions', () => {
  it('uses its own weekend, holidays and swaps', () => {
    expect(isWorkingDay('2026-03-13', ruritania)).toBe(false) // a Friday
    expect(isWorkingDay('2026-03-15', ruritania)).toBe(false) // Founders Day (a Sunday)
    expect(isWorkingDay('2026-03-21', ruritania)).toBe(true) // a Saturday worked
    expect(isWorkingDay('2026-03-22', ruritania)).toBe(true) // a Sunday
    // From Thursday 12 March: Sunday 15 and Monday 16 are off, Saturday 21 is worked.
    expect(addWorkingDays('2026-03-12', 3, ruritania)).toBe('2026-03-19')
    expect(addWorkingDays('2026-03-12', 4, ruritania)).toBe('2026-03-21')
    expect(describeDay('2026-03-16', ruritania)).toMatchObject({
      working: false,
      dayOff: { legalBasis: 'Order 7/2026' },
    })
  })
})

describe('errors are LienthongErrors naming the argument, never TypeErrors', () => {
  function caught(run: () => unknown): LienthongError {
    try {
      run()
    } catch (error) {
      if (error instanceof LienthongError) return error
      throw error
    }
    throw new Error('did not throw')
  }

  it('a date outside the calendar, or a count that runs past it', () => {
    const outside = caught(() => isWorkingDay('2030-01-01', ruritania))
    expect(outside.issues[0]).toMatchObject({ code: 'beyond_calendar', path: ['date'] })
    expect(outside.issues[0]?.message).toBe(
      '"2030-01-01" is outside the working calendar, which covers 2026-01-01 to 2026-12-31: use a calendar that covers it',
    )
    const past = caught(() => addWorkingDays('2026-12-20', 30, ruritania, { locale: 'vi' }))
    expect(past.format('vi')).toBe(
      'n: tính 30 ngày làm việc từ 2026-12-20 vượt quá lịch làm việc (từ 2026-01-01 đến 2026-12-31): hãy dùng lịch bao quát nhiều năm hơn',
    )
    expect(caught(() => addCalendarDaysCivil('2026-12-30', 5, ruritania)).issueCodes).toEqual([
      'beyond_calendar',
    ])
  })

  it('malformed dates, counts and calendars', () => {
    expect(caught(() => addWorkingDays('2026-02-30', 1, ruritania)).issues[0]).toMatchObject({
      code: 'invalid_format',
      path: ['date'],
    })
    expect(caught(() => addWorkingDays('2026-03-02', 1.5, ruritania)).issues[0]?.path).toEqual([
      'n',
    ])
    expect(
      caught(() => workingDaysBetween('2026-03-02', 20260303 as unknown as string, ruritania))
        .issues[0]?.path,
    ).toEqual(['b'])
    expect(caught(() => isWorkingDay('2026-03-02', null as never)).subject).toBe('HolidayCalendar')
    expect(
      caught(() => isWorkingDay('2026-03-02', { ...ruritania, weeklyRestDays: 'Sunday' } as never))
        .issues[0]?.path,
    ).toEqual(['weeklyRestDays'])
  })
})

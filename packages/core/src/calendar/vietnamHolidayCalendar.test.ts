import { describe, expect, it } from 'vitest'
import { LienthongError } from '../errors/LienthongError.js'
import { describeDay } from './describeDay.js'
import type { HolidayCalendar } from './holidayCalendar.schema.js'
import { isWorkingDay } from './isWorkingDay.js'
import { vietnamHolidayCalendar } from './vietnamHolidayCalendar.js'
import { VIETNAM_HOLIDAY_DECISIONS } from './vietnamHolidayDecisions.js'
import { vietnamWorkingCalendar } from './vietnamWorkingCalendar.js'

/** Every date from `from` to `to` that is not worked. */
function daysOff(calendar: HolidayCalendar, from: string, to: string): string[] {
  const result: string[] = []
  for (let time = Date.parse(from); time <= Date.parse(to); time += 86_400_000) {
    const date = new Date(time).toISOString().slice(0, 10)
    if (!isWorkingDay(date, calendar)) result.push(date)
  }
  return result
}

const dates = (entries: readonly { date: string }[]) => entries.map((entry) => entry.date)

describe('vietnamHolidayCalendar: the statutory rule (Labor Code 45/2019/QH14 Arts 111–112)', () => {
  const statutory = (year: number) => vietnamHolidayCalendar(year, { overrides: [] })

  it('lists the eleven public holidays of Art 112(1), each with its legal basis', () => {
    const calendar = statutory(2027)
    expect(calendar.holidays.map((day) => [day.date, day.legalBasis])).toEqual([
      ['2027-01-01', 'Labor Code 45/2019/QH14, Art 112(1)(a)'],
      // Tết Đinh Mùi is 2027-02-06: the last day of the old year and the first four of the new.
      ...['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'].map((date) => [
        date,
        expect.stringContaining('Labor Code 45/2019/QH14, Art 112(1)(b)') as unknown,
      ]),
      ['2027-04-16', 'Labor Code 45/2019/QH14, Art 112(1)(e)'], // 10th day of the 3rd lunar month
      ['2027-04-30', 'Labor Code 45/2019/QH14, Art 112(1)(c)'],
      ['2027-05-01', 'Labor Code 45/2019/QH14, Art 112(1)(d)'],
      ['2027-09-02', 'Labor Code 45/2019/QH14, Art 112(1)(đ)'],
      ['2027-09-03', expect.stringContaining('Art 112(1)(đ)')],
    ])
    expect(calendar.holidays[1]?.localName).toBe('Tết Âm lịch (ngày 29 tháng Chạp âm lịch)')
    expect(calendar).toMatchObject({ from: '2027-01-01', to: '2027-12-31', weeklyRestDays: [6, 7] })
  })

  it('makes up a holiday that falls on a weekly rest day on the next working day (Art 111(3))', () => {
    // Tết 2027: Saturday 6 and Sunday 7 February are made up on Wednesday 10 and Thursday 11
    // (Monday 8 and Tuesday 9 are Tết days themselves); 1 May 2027 is a Saturday → Monday 3 May.
    const calendar = statutory(2027)
    expect(calendar.extraDaysOff.map((day) => [day.date, day.legalBasis])).toEqual([
      ['2027-02-10', 'Labor Code 45/2019/QH14, Art 111(3)'],
      ['2027-02-11', 'Labor Code 45/2019/QH14, Art 111(3)'],
      ['2027-05-03', 'Labor Code 45/2019/QH14, Art 111(3)'],
    ])
    expect(daysOff(calendar, '2027-02-04', '2027-02-12')).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ])
  })

  it('makes up Hùng Kings’ day 2026, a Sunday, on Monday 27 April', () => {
    const calendar = vietnamHolidayCalendar(2026)
    expect(describeDay('2026-04-26', calendar)).toMatchObject({
      weekday: 7,
      working: false,
      holiday: { name: 'Hùng Kings’ Commemoration Day' },
    })
    expect(describeDay('2026-04-27', calendar)).toMatchObject({
      working: false,
      dayOff: {
        reason: 'Make-up day for Hùng Kings’ Commemoration Day (2026-04-26, a weekly rest day)',
        legalBasis: 'Labor Code 45/2019/QH14, Art 111(3)',
      },
    })
  })

  it('chains make-up days past other holidays: 2023, Hùng Kings’ day on Saturday 29 April', () => {
    // Saturday 29 April → Tuesday 2 May (Monday 1 May is a holiday); Sunday 30 April → 3 May.
    expect(daysOff(statutory(2023), '2023-04-28', '2023-05-04')).toEqual([
      '2023-04-29',
      '2023-04-30',
      '2023-05-01',
      '2023-05-02',
      '2023-05-03',
    ])
  })

  it('picks the day next to 2 September by the bridge rule when no decision is recorded', () => {
    const adjacent = (year: number, rule?: 'bridge' | 'before' | 'after') =>
      vietnamHolidayCalendar(year, {
        overrides: [],
        ...(rule ? { nationalDayAdjacentDay: rule } : {}),
      }).holidays.find((day) => day.name === 'National Day (adjacent day)')?.date
    // The years the Prime Minister decided, by the weekday of 2 September:
    expect(adjacent(2021)).toBe('2021-09-03') // Thursday → Friday 3 Sep (decided: 2–5 Sep)
    expect(adjacent(2024)).toBe('2024-09-03') // Monday → Tuesday (decided: 3 Sep)
    expect(adjacent(2025)).toBe('2025-09-01') // Tuesday → Monday (decided: 1 Sep)
    expect(adjacent(2026)).toBe('2026-09-01') // Wednesday → Tuesday (decided: 1 Sep)
    expect(adjacent(2022)).toBe('2022-09-01') // Friday → Thursday (Saturday is a rest day)
    expect(adjacent(2023)).toBe('2023-09-01') // Saturday → Friday
    expect(adjacent(2029)).toBe('2029-09-03') // Sunday → Monday
    expect(adjacent(2024, 'before')).toBe('2024-09-01')
    expect(adjacent(2025, 'after')).toBe('2025-09-03')
  })

  it('makes up 2 September and its adjacent day when they fall on the weekend', () => {
    // 2029: 2 September is a Sunday; the adjacent day is Monday 3 September, so Sunday is made up
    // on Tuesday 4 September.
    expect(daysOff(statutory(2029), '2029-08-31', '2029-09-05')).toEqual([
      '2029-09-01',
      '2029-09-02',
      '2029-09-03',
      '2029-09-04',
    ])
    // With the day after chosen in 2023, Sunday 3 September and Saturday 2 September are made up
    // on Monday 4 and Tuesday 5 September.
    const after = vietnamHolidayCalendar(2023, { overrides: [], nationalDayAdjacentDay: 'after' })
    expect(daysOff(after, '2023-09-01', '2023-09-06')).toEqual([
      '2023-09-02',
      '2023-09-03',
      '2023-09-04',
      '2023-09-05',
    ])
  })

  it('gives National Day a single day before 2021 (Labor Code 10/2012/QH13 Art 115)', () => {
    const calendar = statutory(2019)
    expect(calendar.holidays.filter((day) => day.date.startsWith('2019-09'))).toEqual([
      expect.objectContaining({
        date: '2019-09-02',
        legalBasis: 'Labor Code 10/2012/QH13, Art 115(1)(đ)',
      }),
    ])
    expect(calendar.holidays).toHaveLength(10)
  })

  it('moves the default Tết split with tetDaysBeforeNewYear', () => {
    const calendar = vietnamHolidayCalendar(2027, { overrides: [], tetDaysBeforeNewYear: 2 })
    expect(dates(calendar.holidays).filter((date) => date.startsWith('2027-02'))).toEqual([
      '2027-02-04',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
    ])
  })
})

describe('vietnamHolidayCalendar: the Prime Minister’s decisions', () => {
  it('ships only decisions cited by number and date', () => {
    expect(VIETNAM_HOLIDAY_DECISIONS.map((decision) => decision.year)).toEqual([2024, 2025, 2026])
    for (const decision of VIETNAM_HOLIDAY_DECISIONS) {
      const bases = [
        decision.tet?.legalBasis,
        decision.nationalDayAdjacentDay?.legalBasis,
        ...(decision.extraDaysOff ?? []).map((day) => day.legalBasis),
        ...(decision.extraWorkingDays ?? []).map((day) => day.legalBasis),
      ]
      for (const basis of bases) expect(basis).toMatch(/\d+\/[\w-]+ of \d{4}-\d{2}-\d{2}/)
    }
  })

  it('2026 (Notice 9441/TB-BNV, Official Letters 9859 and 12729/VPCP-KGVX)', () => {
    const calendar = vietnamHolidayCalendar(2026)
    // New Year: Thursday 1 to Sunday 4 January; Saturday 10 January is worked instead.
    expect(daysOff(calendar, '2026-01-01', '2026-01-04')).toHaveLength(4)
    expect(isWorkingDay('2026-01-10', calendar)).toBe(true)
    // Tết: nine days, Saturday 14 to Sunday 22 February.
    expect(daysOff(calendar, '2026-02-13', '2026-02-23')).toEqual(
      Array.from({ length: 9 }, (_, i) => `2026-02-${String(14 + i)}`),
    )
    // National Day: five days, Saturday 29 August to Wednesday 2 September; 22 August worked.
    expect(daysOff(calendar, '2026-08-28', '2026-09-03')).toEqual([
      '2026-08-29',
      '2026-08-30',
      '2026-08-31',
      '2026-09-01',
      '2026-09-02',
    ])
    expect(describeDay('2026-08-22', calendar).workingDay?.legalBasis).toContain(
      'Notice 9441/TB-BNV of 2025-10-16',
    )
  })

  it('2025 (Notice 6150/TB-BLĐTBXH): Tết 27–31 January, 30 April–4 May, 30 August–2 September', () => {
    const calendar = vietnamHolidayCalendar(2025)
    expect(daysOff(calendar, '2025-01-24', '2025-02-03')).toEqual(
      ['25', '26', '27', '28', '29', '30', '31']
        .map((day) => `2025-01-${day}`)
        .concat(['2025-02-01', '2025-02-02']),
    )
    expect(daysOff(calendar, '2025-04-29', '2025-05-05')).toEqual([
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-05-03',
      '2025-05-04',
    ])
    expect(isWorkingDay('2025-04-26', calendar)).toBe(true)
    expect(daysOff(calendar, '2025-08-29', '2025-09-03')).toEqual([
      '2025-08-30',
      '2025-08-31',
      '2025-09-01',
      '2025-09-02',
    ])
  })

  it('2024 (Notice 5015/TB-LĐTBXH, Official Letter 2450/VPCP-KGVX)', () => {
    const calendar = vietnamHolidayCalendar(2024)
    // Tết 8–14 February: five Tết days and two make-up days for the weekend (Art 111(3)).
    expect(daysOff(calendar, '2024-02-07', '2024-02-15')).toEqual(
      ['08', '09', '10', '11', '12', '13', '14'].map((day) => `2024-02-${day}`),
    )
    expect(daysOff(calendar, '2024-04-26', '2024-05-05')).toEqual([
      '2024-04-27',
      '2024-04-28',
      '2024-04-29',
      '2024-04-30',
      '2024-05-01',
      '2024-05-05',
    ])
    expect(daysOff(calendar, '2024-08-30', '2024-09-04')).toEqual([
      '2024-08-31',
      '2024-09-01',
      '2024-09-02',
      '2024-09-03',
    ])
  })

  it('applies user overrides after the shipped ones, and the statute alone with overrides: []', () => {
    const tet2025 = ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01']
    expect(dates(vietnamHolidayCalendar(2025, { overrides: [] }).holidays)).toEqual(
      expect.arrayContaining(tet2025),
    )
    const extended = vietnamHolidayCalendar(2027, {
      overrides: [
        ...VIETNAM_HOLIDAY_DECISIONS,
        {
          year: 2027,
          tet: {
            dates: ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'],
            legalBasis: 'Official Letter 1/VPCP-KGVX of 2026-11-01 (an example)',
          },
          extraDaysOff: [
            { date: '2027-11-24', reason: 'Vietnam Culture Day', legalBasis: 'An amended law' },
          ],
        },
      ],
    })
    expect(daysOff(extended, '2027-02-03', '2027-02-12')).toEqual([
      '2027-02-04',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
    ])
    expect(isWorkingDay('2027-11-24', extended)).toBe(false)
  })

  it('refuses overrides that do not fit their year or the calendar, naming the field', () => {
    const wrongYear = () =>
      vietnamHolidayCalendar(2027, {
        overrides: [
          { year: 2027, nationalDayAdjacentDay: { date: '2027-09-04', legalBasis: 'X' } },
        ],
      })
    expect(wrongYear).toThrow(LienthongError)
    try {
      wrongYear()
    } catch (error) {
      expect((error as LienthongError).issues[0]).toMatchObject({
        code: 'invalid_value',
        path: ['options', 'overrides', 0, 'nationalDayAdjacentDay', 'date'],
      })
    }
    const workedHoliday = () =>
      vietnamHolidayCalendar(2027, {
        overrides: [
          {
            year: 2027,
            extraWorkingDays: [{ date: '2027-05-01', reason: 'Swap', legalBasis: 'X' }],
          },
        ],
      })
    expect(workedHoliday).toThrow(
      /extraWorkingDays\[0\]\.date: 2027-05-01 is also listed as a holiday/,
    )
  })

  it('refuses years outside 2014–2100 and garbage options with a LienthongError', () => {
    expect(() => vietnamHolidayCalendar(2013)).toThrow(/year: must be at least 2014/)
    expect(() => vietnamHolidayCalendar(Number.NaN)).toThrow(LienthongError)
    // @ts-expect-error: garbage on purpose
    expect(() => vietnamHolidayCalendar(2026, { weeklyRestDays: 'weekend' })).toThrow(
      LienthongError,
    )
  })
})

describe('vietnamWorkingCalendar', () => {
  it('joins whole years so counting crosses New Year', () => {
    const calendar = vietnamWorkingCalendar({ from: 2025, to: 2026 })
    expect(calendar).toMatchObject({
      name: 'Vietnam 2025–2026',
      from: '2025-01-01',
      to: '2026-12-31',
    })
    expect(daysOff(calendar, '2025-12-31', '2026-01-05')).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
    ])
  })

  it('covers 2014–2100 by default and refuses to before from', () => {
    const calendar = vietnamWorkingCalendar()
    expect([calendar.from, calendar.to]).toEqual(['2014-01-01', '2100-12-31'])
    expect(() => vietnamWorkingCalendar({ from: 2030, to: 2029 })).toThrow(/to: must be after from/)
  })
})

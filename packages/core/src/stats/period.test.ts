import { describe, expect, it } from 'vitest'
import { LienthongError } from '../errors/LienthongError.js'
import { periodOf, periodsBetween, rangePeriod } from './period.js'

describe('periodOf', () => {
  it('starts weeks on Monday and numbers them as ISO weeks', () => {
    expect(periodOf('2026-03-04', 'week')).toEqual({
      kind: 'week',
      key: '2026-W10',
      start: '2026-03-02',
      end: '2026-03-09',
      timeZone: 'Asia/Ho_Chi_Minh',
    })
    // Sunday belongs to the week that started the Monday before.
    expect(periodOf('2026-03-08', 'week').start).toBe('2026-03-02')
    expect(periodOf('2026-03-09', 'week').start).toBe('2026-03-09')
    // 1 January 2026 is a Thursday: week 1 of 2026 starts on 29 December 2025.
    expect(periodOf('2025-12-29', 'week').key).toBe('2026-W01')
    // 1 January 2027 is a Friday: it is in the 53rd week of 2026.
    expect(periodOf('2027-01-01', 'week').key).toBe('2026-W53')
  })

  it('reads instants in the office time zone', () => {
    const instant = new Date('2026-03-31T23:30:00Z') // 06:30 on 1 April in Hanoi
    expect(periodOf(instant, 'quarter').key).toBe('2026-Q2')
    expect(periodOf(instant, 'quarter', 'UTC').key).toBe('2026-Q1')
    expect(periodOf('2026-04-01T06:30:00+07:00', 'month').key).toBe('2026-04')
  })

  it('gives months, quarters, years and five-year terms', () => {
    expect(periodOf('2024-02-29', 'month')).toMatchObject({
      start: '2024-02-01',
      end: '2024-03-01',
    })
    expect(periodOf('2024-12-31', 'quarter')).toMatchObject({
      key: '2024-Q4',
      start: '2024-10-01',
      end: '2025-01-01',
    })
    expect(periodOf('2024-06-30', 'year')).toMatchObject({ key: '2024', end: '2025-01-01' })
    expect(periodOf('2024-06-30', 'term')).toMatchObject({
      key: '2021-2026',
      start: '2021-01-01',
      end: '2026-01-01',
    })
    expect(periodOf('2026-01-01', 'term').key).toBe('2026-2031')
    expect(periodOf('2019-05-01', 'term').key).toBe('2016-2021')
    expect(periodOf('2024-06-30', 'term', undefined, { termStartYear: 2020 }).key).toBe('2020-2025')
  })

  it('refuses an unknown kind, zone or instant with a coded error', () => {
    const codeOf = (run: () => unknown) => {
      try {
        run()
      } catch (error) {
        expect(error).toBeInstanceOf(LienthongError)
        return (error as LienthongError).issues[0]?.code
      }
      return undefined
    }
    expect(codeOf(() => periodOf('2026-01-01', 'decade' as never))).toBe('invalid_value')
    expect(codeOf(() => periodOf('2026-01-01', 'week', 'Mars/Olympus'))).toBe('invalid_time_zone')
    expect(codeOf(() => periodOf('2026-02-30', 'week'))).toBe('invalid_period')
    expect(codeOf(() => periodOf(new Date(Number.NaN), 'week'))).toBe('invalid_period')
  })
})

describe('periodsBetween and rangePeriod', () => {
  it('lists the periods overlapping a span, in order', () => {
    expect(periodsBetween('2023-01-01', '2024-07-01', 'quarter').map((p) => p.key)).toEqual([
      '2023-Q1',
      '2023-Q2',
      '2023-Q3',
      '2023-Q4',
      '2024-Q1',
      '2024-Q2',
    ])
    const weeks = periodsBetween('2026-03-04', '2026-03-17', 'week')
    expect(weeks.map((w) => w.start)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16'])
    expect(periodsBetween('2026-03-04', '2026-03-04', 'month')).toEqual([])
    expect(periodsBetween('2022-10-03', '2024-07-01', 'month')).toHaveLength(21)
  })

  it('makes any span a period', () => {
    expect(rangePeriod('2023-01-01', '2024-07-01')).toEqual({
      kind: 'range',
      key: '2023-01-01..2024-07-01',
      start: '2023-01-01',
      end: '2024-07-01',
      timeZone: 'Asia/Ho_Chi_Minh',
    })
    expect(() => rangePeriod('2024-07-01', '2024-07-01')).toThrow(LienthongError)
  })
})

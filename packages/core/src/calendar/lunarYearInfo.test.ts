import { describe, expect, it } from 'vitest'
import { LienthongError } from '../errors/LienthongError.js'
import { lunarYearInfo } from './lunarYearInfo.js'
import { tetDate } from './tetDate.js'

describe('lunarYearInfo', () => {
  it('describes Ất Tỵ (2025): 13 months with a leap 6th month, 384 days', () => {
    const year = lunarYearInfo(2025)
    expect(year).toMatchObject({ year: 2025, tet: '2025-01-29', leapMonth: 6, days: 384 })
    const names = year.months.map((m) => `${m.month}${m.leap ? '+' : ''}`).join(' ')
    expect(names).toBe('1 2 3 4 5 6 6+ 7 8 9 10 11 12')
    expect(year.months[6]).toEqual({ month: 6, leap: true, start: '2025-07-25', length: 29 })
    expect(year.months[12]).toEqual({ month: 12, leap: false, start: '2026-01-19', length: 29 })
  })

  it('describes a 12-month year without a leap month', () => {
    const year = lunarYearInfo(2026)
    expect(year.leapMonth).toBeUndefined()
    expect(year.months).toHaveLength(12)
    expect(year.days).toBeGreaterThanOrEqual(353)
    expect(year.days).toBeLessThanOrEqual(355)
  })

  it('has the leap 11th month of 2033 (the "2033 problem")', () => {
    const year = lunarYearInfo(2033)
    expect(year.leapMonth).toBe(11)
    const names = year.months.map((m) => `${m.month}${m.leap ? '+' : ''}`).join(' ')
    expect(names).toBe('1 2 3 4 5 6 7 8 9 10 11 11+ 12')
  })

  it('lists months back to back, each 29 or 30 days, ending on the eve of the next Tết', () => {
    for (const y of [1900, 1968, 2000, 2033, 2100]) {
      const { months, days, tet } = lunarYearInfo(y)
      let expected = tet
      for (const month of months) {
        expect(month.start).toBe(expected)
        expect([29, 30]).toContain(month.length)
        expected = addDays(month.start, month.length)
      }
      expect(addDays(tet, days)).toBe(y < 2100 ? tetDate(y + 1) : '2101-01-29')
    }
  })

  it('returns fresh objects: changing one does not change the calendar', () => {
    const first = lunarYearInfo(2025) as unknown as { months: { start: string }[] }
    const month = first.months[0]
    if (month) month.start = '1999-01-01'
    expect(lunarYearInfo(2025).months[0]?.start).toBe('2025-01-29')
  })

  it('refuses a year outside 1900–2100 or not a whole number', () => {
    expect(() => lunarYearInfo(1899)).toThrow(LienthongError)
    expect(() => tetDate(2101)).toThrow('year: must be at most 2100')
    for (const bad of [2025.5, Number.NaN, '2025'] as unknown[]) {
      expect(() => lunarYearInfo(bad as number)).toThrow(LienthongError)
    }
    expect(() => tetDate(1850, { locale: 'vi' })).toThrow('year: phải lớn hơn hoặc bằng 1900')
  })
})

function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`)
  next.setUTCDate(next.getUTCDate() + days)
  return next.toISOString().slice(0, 10)
}

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LienthongError } from '../errors/LienthongError.js'
import { lunarToSolar, safeLunarToSolar } from './lunarToSolar.js'

describe('lunarToSolar', () => {
  it('gives Tết, Hùng Kings’ day and the leap month of 2025–2026', () => {
    expect(lunarToSolar({ day: 1, month: 1, year: 2026 })).toBe('2026-02-17')
    expect(lunarToSolar({ day: 10, month: 3, year: 2025 })).toBe('2025-04-07')
    expect(lunarToSolar({ day: 1, month: 6, year: 2025, leap: true })).toBe('2025-07-25')
    expect(lunarToSolar({ day: 1, month: 6, year: 2025, leap: false })).toBe('2025-06-25')
    expect(lunarToSolar({ day: 10, month: 3, year: 2026 })).toBe('2026-04-26')
  })

  it('places the rare leap 11th month of 2033 right after month 11', () => {
    const month11 = lunarToSolar({ day: 1, month: 11, year: 2033 })
    const leap11 = lunarToSolar({ day: 1, month: 11, year: 2033, leap: true })
    expect(month11 < leap11).toBe(true)
    expect(lunarToSolar({ day: 1, month: 12, year: 2033 }) > leap11).toBe(true)
  })

  describe('refuses dates that do not exist, naming the field', () => {
    it('a leap month the year does not have', () => {
      expect(() => lunarToSolar({ day: 1, month: 4, year: 2025, leap: true })).toThrow(
        LienthongError,
      )
      const result = safeLunarToSolar({ day: 1, month: 4, year: 2025, leap: true })
      expect(result.ok ? undefined : result.error.issues[0]).toMatchObject({
        code: 'leap_month_not_in_year',
        path: ['leap'],
        message: 'lunar year 2025 has no leap month 4 (its leap month is 6)',
      })
      const none = safeLunarToSolar({ day: 1, month: 4, year: 2026, leap: true }, { locale: 'vi' })
      expect(none.ok ? '' : none.error.format('vi')).toBe(
        'leap: năm âm lịch 2026 không có tháng 4 nhuận (năm này không có tháng nhuận)',
      )
    })

    it('day 30 of a 29-day month', () => {
      // Month 12 of Giáp Thìn (2024) ran from 2024-12-31 to 2025-01-28: 29 days.
      expect(lunarToSolar({ day: 29, month: 12, year: 2024 })).toBe('2025-01-28')
      const result = safeLunarToSolar({ day: 30, month: 12, year: 2024 })
      expect(result.ok ? undefined : result.error.issues[0]).toMatchObject({
        code: 'day_not_in_month',
        path: ['day'],
        message: 'lunar month 12 of 2024 has 29 days, so there is no day 30',
      })
      const vi = safeLunarToSolar({ day: 30, month: 6, year: 2025, leap: true }, { locale: 'vi' })
      expect(vi.ok ? '' : vi.error.format('vi')).toBe(
        'day: tháng 6 nhuận năm 2025 âm lịch có 29 ngày, không có ngày 30',
      )
    })

    it('values out of range and wrong types, every one reported', () => {
      const result = safeLunarToSolar({ day: 0, month: 13, year: 1899, leap: 'yes' })
      expect(result.ok ? undefined : result.error.issues.map((i) => [i.path, i.code])).toEqual([
        [['day'], 'too_small'],
        [['month'], 'too_big'],
        [['year'], 'too_small'],
        [['leap'], 'invalid_type'],
      ])
      const fraction = safeLunarToSolar({ day: 1.5, month: 1, year: 2025 })
      expect(fraction.ok ? undefined : fraction.error.issues[0]?.path).toEqual(['day'])
      const late = safeLunarToSolar({ day: 1, month: 1, year: 2101 })
      expect(late.ok ? '' : late.error.format()).toBe('year: must be at most 2100')
    })

    it('a missing field or an unknown key (no silent "isLeap")', () => {
      const missing = safeLunarToSolar({ day: 1, month: 1 })
      expect(missing.ok ? undefined : missing.error.issues[0]).toMatchObject({
        code: 'required',
        path: ['year'],
      })
      const typo = safeLunarToSolar({ day: 1, month: 6, year: 2025, isLeap: true })
      expect(typo.ok ? undefined : typo.error.issues[0]?.code).toBe('unrecognized_keys')
    })

    it('never throws from the safe form, whatever it is given', () => {
      fc.assert(
        fc.property(fc.anything(), (input) => {
          const result = safeLunarToSolar(input)
          if (!result.ok) expect(result.error).toBeInstanceOf(LienthongError)
        }),
      )
      const near = fc.record({
        day: fc.integer({ min: -1, max: 31 }),
        month: fc.integer({ min: 0, max: 13 }),
        year: fc.integer({ min: 1899, max: 2101 }),
        leap: fc.boolean(),
      })
      fc.assert(
        fc.property(near, (input) => {
          const result = safeLunarToSolar(input)
          if (result.ok) expect(result.value).toMatch(/^\d{4}-\d{2}-\d{2}$/)
          else expect(result.error.issues.length).toBeGreaterThan(0)
        }),
      )
    })
  })
})

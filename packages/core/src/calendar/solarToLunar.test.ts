import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LienthongError } from '../errors/LienthongError.js'
import { safeSolarToLunar, solarToLunar } from './solarToLunar.js'

describe('solarToLunar', () => {
  it('finds the leap 6th month of Ất Tỵ (2025-07-25 to 2025-08-22)', () => {
    expect(solarToLunar('2025-07-24')).toEqual({ day: 30, month: 6, year: 2025, leap: false })
    expect(solarToLunar('2025-07-25')).toEqual({ day: 1, month: 6, year: 2025, leap: true })
    expect(solarToLunar('2025-08-22')).toEqual({ day: 29, month: 6, year: 2025, leap: true })
    expect(solarToLunar('2025-08-23')).toEqual({ day: 1, month: 7, year: 2025, leap: false })
  })

  it('gives the festivals of 2025: Vu Lan (15/7) on 6 September, Mid-Autumn (15/8) on 6 October', () => {
    expect(solarToLunar('2025-09-06')).toEqual({ day: 15, month: 7, year: 2025, leap: false })
    expect(solarToLunar('2025-10-06')).toEqual({ day: 15, month: 8, year: 2025, leap: false })
  })

  it('ends Ất Tỵ on the 29th of the 12th month (no "30 Tết" in 2026)', () => {
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false })
    expect(solarToLunar('2026-02-17')).toEqual({ day: 1, month: 1, year: 2026, leap: false })
  })

  it('keeps months 11 and 12 in the old lunar year across 1 January', () => {
    expect(solarToLunar('2025-01-01')).toEqual({ day: 2, month: 12, year: 2024, leap: false })
    expect(solarToLunar('2024-12-31')).toEqual({ day: 1, month: 12, year: 2024, leap: false })
  })

  describe('computes Vietnamese, not Chinese, dates (UTC+7)', () => {
    it('Tết 1985 is 21 January (China: 20 February, a month later)', () => {
      expect(solarToLunar('1985-01-21')).toEqual({ day: 1, month: 1, year: 1985, leap: false })
      expect(solarToLunar('1985-02-20')).toEqual({ day: 1, month: 2, year: 1985, leap: false })
    })

    it('Tết 2007 is 17 February (China: 18 February)', () => {
      expect(solarToLunar('2007-02-17')).toEqual({ day: 1, month: 1, year: 2007, leap: false })
      expect(solarToLunar('2007-02-18')).toEqual({ day: 2, month: 1, year: 2007, leap: false })
    })

    it('Tết 2030 is 2 February (China: 3 February)', () => {
      expect(solarToLunar('2030-02-02')).toEqual({ day: 1, month: 1, year: 2030, leap: false })
      expect(solarToLunar('2030-02-01').year).toBe(2029)
    })

    it('Tết Mậu Thân 1968 is 29 January, the first Tết computed at UTC+7', () => {
      expect(solarToLunar('1968-01-29')).toEqual({ day: 1, month: 1, year: 1968, leap: false })
    })
  })

  it('covers the whole supported range', () => {
    expect(solarToLunar('1900-01-31')).toEqual({ day: 1, month: 1, year: 1900, leap: false })
    expect(solarToLunar('2101-01-28')).toMatchObject({ month: 12, year: 2100, leap: false })
  })

  describe('refuses bad input with a LienthongError', () => {
    it('a date that does not exist', () => {
      expect(() => solarToLunar('2025-02-30')).toThrow(LienthongError)
      const result = safeSolarToLunar('2025-02-30')
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.error.code).toBe('invalid_input')
      expect(result.error.issues).toEqual([
        expect.objectContaining({
          code: 'nonexistent_date',
          path: [],
          message: '"2025-02-30" does not exist: month 2 of 2025 has 28 days',
        }),
      ])
    })

    it('29 February of a common year, and month 13', () => {
      const leapDay = safeSolarToLunar('2023-02-29')
      expect(leapDay.ok ? undefined : leapDay.error.issueCodes).toEqual(['nonexistent_date'])
      const month13 = safeSolarToLunar('2025-13-01')
      expect(month13.ok ? undefined : month13.error.format()).toBe(
        '"2025-13-01" does not exist: there is no month 13',
      )
    })

    it('a malformed date', () => {
      for (const text of ['2025-7-25', '25/07/2025', '2025-07-25T00:00', ' 2025-07-25', '']) {
        const result = safeSolarToLunar(text)
        expect(result.ok ? undefined : result.error.issues[0]?.code).toBe('invalid_format')
      }
      const result = safeSolarToLunar('25/07/2025')
      expect(result.ok ? '' : result.error.format()).toBe(
        'must be a calendar date YYYY-MM-DD, e.g. 2026-03-02',
      )
    })

    it('a date outside 1900-01-31 … 2101-01-28', () => {
      for (const text of ['1900-01-30', '2101-01-29', '1800-06-01']) {
        const result = safeSolarToLunar(text)
        expect(result.ok ? undefined : result.error.issues[0]).toMatchObject({
          code: 'date_out_of_range',
          params: { minimum: '1900-01-31', maximum: '2101-01-28' },
        })
      }
    })

    it('something that is not a string', () => {
      const result = safeSolarToLunar(new Date('2025-07-25'))
      expect(result.ok ? undefined : result.error.issues[0]).toMatchObject({
        code: 'invalid_type',
        expected: 'string',
      })
    })

    it('in Vietnamese', () => {
      const result = safeSolarToLunar('2025-02-30', { locale: 'vi' })
      expect(result.ok ? '' : result.error.format('vi')).toBe(
        '"2025-02-30" không tồn tại: tháng 2/2025 có 28 ngày',
      )
      const outside = safeSolarToLunar('2200-01-01', { locale: 'vi' })
      expect(outside.ok ? '' : outside.error.format('vi')).toBe(
        '"2200-01-01" nằm ngoài khoảng được hỗ trợ, từ 1900-01-31 đến 2101-01-28',
      )
    })

    it('never throws from the safe form, whatever it is given', () => {
      fc.assert(
        fc.property(fc.anything(), (input) => {
          const result = safeSolarToLunar(input)
          if (!result.ok) expect(result.error).toBeInstanceOf(LienthongError)
        }),
      )
    })
  })
})

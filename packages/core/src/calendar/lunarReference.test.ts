import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lunarToSolar } from './lunarToSolar.js'
import { lunarYearInfo } from './lunarYearInfo.js'
import { solarToLunar } from './solarToLunar.js'
import { tetDate } from './tetDate.js'

// Tết, Hùng Kings' day (10th day of the 3rd month) and the leap month of every lunar year
// 1968–2100, computed independently with Hồ Ngọc Đức's method and spot-checked against the
// official holiday dates 2020–2026.
const rows = readFileSync(new URL('./__fixtures__/lunar-reference.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [year = '', tet = '', hungKingsDay = '', leapMonth = ''] = line.trim().split(',')
    return {
      year: Number(year),
      tet,
      hungKingsDay,
      leapMonth: leapMonth === '' ? undefined : Number(leapMonth),
    }
  })

describe('the Vietnamese reference table 1968–2100', () => {
  it('has every lunar year from 1968 to 2100', () => {
    expect(rows.map((row) => row.year)).toEqual(Array.from({ length: 133 }, (_, i) => 1968 + i))
  })

  it.each(rows)('lunar year $year', ({ year, tet, hungKingsDay, leapMonth }) => {
    expect(tetDate(year)).toBe(tet)
    expect(lunarToSolar({ day: 10, month: 3, year })).toBe(hungKingsDay)
    expect(solarToLunar(tet)).toEqual({ day: 1, month: 1, year, leap: false })
    expect(solarToLunar(hungKingsDay)).toEqual({ day: 10, month: 3, year, leap: false })
    const info = lunarYearInfo(year)
    expect(info.tet).toBe(tet)
    expect(info.leapMonth).toBe(leapMonth)
    expect(info.months).toHaveLength(leapMonth === undefined ? 12 : 13)
  })
})

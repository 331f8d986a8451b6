import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LUNAR_CALENDAR_RANGE } from './calendar.schema.js'
import { lunarToSolar } from './lunarToSolar.js'
import { lunarYearInfo } from './lunarYearInfo.js'
import { solarToLunar } from './solarToLunar.js'

const DAY = 86_400_000
const first = Date.parse(`${LUNAR_CALENDAR_RANGE.firstSolarDate}T00:00:00Z`)
const last = Date.parse(`${LUNAR_CALENDAR_RANGE.lastSolarDate}T00:00:00Z`)

/** Any solar date in the supported range, as `YYYY-MM-DD`. */
const solarDate = fc
  .integer({ min: 0, max: (last - first) / DAY })
  .map((offset) => new Date(first + offset * DAY).toISOString().slice(0, 10))

/** Any lunar date that exists, built from the calendar's own month list. */
const lunarDate = fc
  .integer({ min: LUNAR_CALENDAR_RANGE.firstYear, max: LUNAR_CALENDAR_RANGE.lastYear })
  .chain((year) => {
    const { months } = lunarYearInfo(year)
    return fc.constantFrom(...months).chain((month) =>
      fc.integer({ min: 1, max: month.length }).map((day) => ({
        day,
        month: month.month,
        year,
        leap: month.leap,
      })),
    )
  })

describe('solar ↔ lunar conversion', () => {
  it('lunarToSolar(solarToLunar(d)) === d for any date in range', () => {
    fc.assert(
      fc.property(solarDate, (date) => {
        expect(lunarToSolar(solarToLunar(date))).toBe(date)
      }),
      { numRuns: 2000 },
    )
  })

  it('solarToLunar(lunarToSolar(l)) equals l for any lunar date that exists', () => {
    fc.assert(
      fc.property(lunarDate, (date) => {
        expect(solarToLunar(lunarToSolar(date))).toEqual(date)
      }),
      { numRuns: 2000 },
    )
  })

  it('walks every day of the range: the lunar date advances by one day or starts a month', () => {
    let previous = solarToLunar(LUNAR_CALENDAR_RANGE.firstSolarDate)
    expect(previous).toEqual({ day: 1, month: 1, year: 1900, leap: false })
    let monthsInYear = 1
    for (let time = first + DAY; time <= last; time += DAY) {
      const current = solarToLunar(new Date(time).toISOString().slice(0, 10))
      if (current.day === previous.day + 1) {
        expect([current.month, current.year, current.leap]).toEqual([
          previous.month,
          previous.year,
          previous.leap,
        ])
      } else {
        expect(current.day).toBe(1)
        expect([29, 30]).toContain(previous.day)
        monthsInYear += 1
        if (current.leap) {
          expect([current.month, current.year]).toEqual([previous.month, previous.year])
        } else if (current.month === 1) {
          expect([previous.month, current.year, monthsInYear - 1]).toEqual([
            12,
            previous.year + 1,
            lunarYearInfo(previous.year).months.length,
          ])
          monthsInYear = 1
        } else {
          expect([current.month, current.year]).toEqual([previous.month + 1, previous.year])
        }
      }
      previous = current
    }
    expect(previous).toMatchObject({ month: 12, year: 2100 })
  })
})

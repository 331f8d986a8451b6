import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import {
  LUNAR_CALENDAR_RANGE,
  lunarDateSchema,
  lunarYearSchema,
  solarDateInLunarRangeSchema,
} from './calendar.schema.js'

describe('calendar schemas', () => {
  it('accept what exists and refuse what does not', () => {
    expect(lunarYearSchema.safeParse(2025).success).toBe(true)
    expect(lunarYearSchema.safeParse(1850).success).toBe(false)
    expect(lunarDateSchema.parse({ day: 1, month: 6, year: 2025, leap: true })).toEqual({
      day: 1,
      month: 6,
      year: 2025,
      leap: true,
    })
    expect(lunarDateSchema.parse({ day: 30, month: 1, year: 2025 }).leap).toBe(false)
    expect(lunarDateSchema.safeParse({ day: 1, month: 5, year: 2025, leap: true }).success).toBe(
      false,
    )
    expect(solarDateInLunarRangeSchema.safeParse('2025-07-25').success).toBe(true)
    expect(solarDateInLunarRangeSchema.safeParse('2024-02-29').success).toBe(true)
    expect(solarDateInLunarRangeSchema.safeParse('2025-02-30').success).toBe(false)
  })

  it('keep the range constants consistent with each other', () => {
    expect(solarDateInLunarRangeSchema.safeParse(LUNAR_CALENDAR_RANGE.firstSolarDate).success).toBe(
      true,
    )
    expect(solarDateInLunarRangeSchema.safeParse(LUNAR_CALENDAR_RANGE.lastSolarDate).success).toBe(
      true,
    )
    expect(lunarYearSchema.safeParse(LUNAR_CALENDAR_RANGE.lastYear + 1).success).toBe(false)
  })

  it('turn into JSON Schema for back ends in other languages', () => {
    expect(z.toJSONSchema(lunarDateSchema, { io: 'input' })).toMatchObject({
      type: 'object',
      properties: {
        day: { type: 'integer', minimum: 1, maximum: 30 },
        month: { type: 'integer', minimum: 1, maximum: 12 },
        year: { type: 'integer', minimum: 1900, maximum: 2100 },
        leap: { type: 'boolean', default: false },
      },
      required: ['day', 'month', 'year'],
      additionalProperties: false,
    })
    expect(z.toJSONSchema(solarDateInLunarRangeSchema)).toMatchObject({
      type: 'string',
      format: 'date',
    })
  })
})

import { describe, expect, it } from 'vitest'
import { parseHolidayCalendar, safeParseHolidayCalendar } from './parseHolidayCalendar.js'

const base = { name: 'Test', from: '2026-01-01', to: '2026-12-31' }

describe('HolidayCalendar schema', () => {
  it('defaults to a Saturday–Sunday weekend and empty lists', () => {
    expect(parseHolidayCalendar(base)).toEqual({
      ...base,
      weeklyRestDays: [6, 7],
      holidays: [],
      extraDaysOff: [],
      extraWorkingDays: [],
    })
  })

  it('refuses an end before the start, dates outside the span, and duplicates', () => {
    const reversed = safeParseHolidayCalendar({ ...base, to: '2025-12-31' })
    expect(reversed.ok ? '' : reversed.error.format()).toBe(
      'to: must be after from (2025-12-31 is not after 2026-01-01)',
    )
    const result = safeParseHolidayCalendar({
      ...base,
      weeklyRestDays: [7, 7],
      holidays: [
        { date: '2027-01-01', name: 'New Year', legalBasis: 'X' },
        { date: '2026-05-01', name: 'Labour Day', legalBasis: 'X' },
        { date: '2026-05-01', name: 'Again', legalBasis: 'X' },
      ],
    })
    expect(result.ok ? [] : result.error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['duplicate_value', ['weeklyRestDays', 1]],
    ])
    const lists = safeParseHolidayCalendar({
      ...base,
      holidays: [
        { date: '2027-01-01', name: 'New Year', legalBasis: 'X' },
        { date: '2026-05-01', name: 'Labour Day', legalBasis: 'X' },
        { date: '2026-05-01', name: 'Again', legalBasis: 'X' },
      ],
    })
    expect(lists.ok ? [] : lists.error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['date_out_of_range', ['holidays', 0, 'date']],
      ['duplicate_value', ['holidays', 2, 'date']],
    ])
  })

  it('accepts an extra working day only on a weekly rest day that is not a day off', () => {
    const result = safeParseHolidayCalendar(
      {
        ...base,
        holidays: [{ date: '2026-05-02', name: 'X', legalBasis: 'X' }],
        extraWorkingDays: [
          { date: '2026-05-02', reason: 'Swap', legalBasis: 'X' },
          { date: '2026-05-04', reason: 'Swap', legalBasis: 'X' },
          { date: '2026-05-09', reason: 'Swap', legalBasis: 'X' },
        ],
      },
      { locale: 'vi' },
    )
    expect(result.ok ? '' : result.error.format('vi')).toBe(
      [
        'extraWorkingDays[0].date: 2026-05-02 cũng có trong danh sách ngày lễ hoặc ngày nghỉ thêm',
        'extraWorkingDays[1].date: 2026-05-04 không phải ngày nghỉ hằng tuần nên vốn đã là ngày làm việc',
      ].join('\n'),
    )
  })

  it('refuses a span of more than about 500 years', () => {
    const result = safeParseHolidayCalendar({ ...base, from: '1500-01-01' })
    expect(result.ok ? undefined : result.error.issues[0]?.path).toEqual(['to'])
  })
})

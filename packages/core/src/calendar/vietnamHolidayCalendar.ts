import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import type { ParseOptions } from '../errors/issue.js'
import { dayNumberFromIsoDate, dayNumberFromParts, isoDateFromDayNumber } from './dayNumber.js'
import {
  holidayCalendarSchema,
  isoWeekdayOfDayNumber,
  type CalendarDayChange,
  type Holiday,
  type HolidayCalendar,
} from './holidayCalendar.schema.js'
import { lunarToSolar } from './lunarToSolar.js'
import { solarToLunar } from './solarToLunar.js'
import { tetDate } from './tetDate.js'
import { VIETNAM_HOLIDAY_DECISIONS } from './vietnamHolidayDecisions.js'
import {
  VIETNAM_CALENDAR_YEARS,
  vietnamHolidayOptionsSchema,
  vietnamHolidayOverrideSchema,
  type VietnamHolidayOptions,
  type VietnamHolidayOverride,
} from './vietnamHolidays.schema.js'

const argumentParsers = createParsers(
  'vietnamHolidayCalendar arguments',
  z.object({
    year: z.int().check(z.gte(VIETNAM_CALENDAR_YEARS.first), z.lte(VIETNAM_CALENDAR_YEARS.last)),
    options: z._default(vietnamHolidayOptionsSchema, {
      nationalDayAdjacentDay: 'bridge',
      tetDaysBeforeNewYear: 1,
      weeklyRestDays: [6, 7],
    }),
  }),
)
const calendarParsers = createParsers('VietnamHolidayCalendar', holidayCalendarSchema)

let shipped: VietnamHolidayOverride[] | undefined

/** The shipped decisions, parsed once (which also checks them). */
function shippedDecisions(): VietnamHolidayOverride[] {
  shipped ??= z.array(vietnamHolidayOverrideSchema).parse(VIETNAM_HOLIDAY_DECISIONS)
  return shipped
}

type ParsedOptions = z.output<typeof vietnamHolidayOptionsSchema>

/** What one year's overrides amount to once merged in order. */
interface YearDecisions {
  tet?: NonNullable<VietnamHolidayOverride['tet']>
  nationalDayAdjacentDay?: NonNullable<VietnamHolidayOverride['nationalDayAdjacentDay']>
  extraDaysOff: CalendarDayChange[]
  extraWorkingDays: CalendarDayChange[]
}

function mergeDecisions(overrides: readonly VietnamHolidayOverride[], year: number): YearDecisions {
  const merged: YearDecisions = { extraDaysOff: [], extraWorkingDays: [] }
  for (const override of overrides) {
    if (override.year !== year) continue
    if (override.tet) merged.tet = override.tet
    if (override.nationalDayAdjacentDay)
      merged.nationalDayAdjacentDay = override.nationalDayAdjacentDay
    for (const day of override.extraDaysOff) {
      merged.extraDaysOff = [...merged.extraDaysOff.filter((d) => d.date !== day.date), day]
    }
    for (const day of override.extraWorkingDays) {
      merged.extraWorkingDays = [...merged.extraWorkingDays.filter((d) => d.date !== day.date), day]
    }
  }
  return merged
}

/** Citations of the Labor Code in force in `year`. */
function laborCode(year: number) {
  if (year >= VIETNAM_CALENDAR_YEARS.laborCode2019From) {
    const code = 'Labor Code 45/2019/QH14'
    return {
      holiday: (point: string) => `${code}, Art 112(1)(${point})`,
      decided: (point: string) => `${code}, Art 112(1)(${point}), (3)`,
      makeUp: `${code}, Art 111(3)`,
    }
  }
  const code = 'Labor Code 10/2012/QH13'
  return {
    holiday: (point: string) => `${code}, Art 115(1)(${point})`,
    decided: (point: string) => `${code}, Art 115(1)(${point}), (3)`,
    makeUp: `${code}, Art 115(3)`,
  }
}

function lunarMonthName(month: number): string {
  if (month === 1) return 'tháng Giêng'
  if (month === 12) return 'tháng Chạp'
  return `tháng ${month}`
}

function tetHolidays(year: number, options: ParsedOptions, decisions: YearDecisions): Holiday[] {
  const cite = laborCode(year)
  const newYearsDay = dayNumberFromIsoDate(tetDate(year))
  const dates = decisions.tet
    ? [...decisions.tet.dates].sort()
    : Array.from({ length: 5 }, (_, i) =>
        isoDateFromDayNumber(newYearsDay - options.tetDaysBeforeNewYear + i),
      )
  const legalBasis = decisions.tet
    ? `${cite.decided('b')}; ${decisions.tet.legalBasis}`
    : `${cite.holiday('b')} (default days: ${options.tetDaysBeforeNewYear} before lunar New Year’s Day, ${5 - options.tetDaysBeforeNewYear} from it; no decision recorded for ${year})`
  return dates.map((date, index) => {
    const lunar = solarToLunar(date)
    return {
      date,
      name: `Lunar New Year (Tết), day ${index + 1} of ${dates.length}`,
      localName: `Tết Âm lịch (ngày ${lunar.day} ${lunarMonthName(lunar.month)} âm lịch)`,
      legalBasis,
    }
  })
}

/** The day next to 2 September chosen by `rule` (see `nationalDayAdjacentRules`). */
function adjacentDay(year: number, options: ParsedOptions): string {
  const nationalDay = dayNumberFromParts(year, 9, 2)
  if (options.nationalDayAdjacentDay === 'before') return isoDateFromDayNumber(nationalDay - 1)
  if (options.nationalDayAdjacentDay === 'after') return isoDateFromDayNumber(nationalDay + 1)
  const rest = (day: number) => options.weeklyRestDays.includes(isoWeekdayOfDayNumber(day))
  const score = (day: number, beyond: number) => (rest(day) ? -1 : rest(beyond) ? 1 : 0)
  const before = score(nationalDay - 1, nationalDay - 2)
  const after = score(nationalDay + 1, nationalDay + 2)
  return isoDateFromDayNumber(after > before ? nationalDay + 1 : nationalDay - 1)
}

function statutoryHolidays(
  year: number,
  options: ParsedOptions,
  decisions: YearDecisions,
): Holiday[] {
  const cite = laborCode(year)
  const holidays: Holiday[] = [
    {
      date: `${year}-01-01`,
      name: 'New Year’s Day',
      localName: 'Tết Dương lịch',
      legalBasis: cite.holiday('a'),
    },
    ...tetHolidays(year, options, decisions),
    {
      date: lunarToSolar({ day: 10, month: 3, year }),
      name: 'Hùng Kings’ Commemoration Day',
      localName: 'Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch)',
      legalBasis: cite.holiday('e'),
    },
    {
      date: `${year}-04-30`,
      name: 'Victory Day',
      localName: 'Ngày Chiến thắng',
      legalBasis: cite.holiday('c'),
    },
    {
      date: `${year}-05-01`,
      name: 'International Labour Day',
      localName: 'Ngày Quốc tế lao động',
      legalBasis: cite.holiday('d'),
    },
    {
      date: `${year}-09-02`,
      name: 'National Day',
      localName: 'Quốc khánh',
      legalBasis: cite.holiday('đ'),
    },
  ]
  if (year >= VIETNAM_CALENDAR_YEARS.laborCode2019From) {
    const decided = decisions.nationalDayAdjacentDay
    holidays.push({
      date: decided ? decided.date : adjacentDay(year, options),
      name: 'National Day (adjacent day)',
      localName: 'Quốc khánh (ngày liền kề)',
      legalBasis: decided
        ? `${cite.decided('đ')}; ${decided.legalBasis}`
        : `${cite.holiday('đ')} (adjacent day by lienthong’s "${options.nationalDayAdjacentDay}" rule; no decision recorded for ${year})`,
    })
  }
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

/**
 * Art 111(3) (Art 115(3) before 2021): a holiday that falls on a weekly rest day is made up on
 * the next working day — the next day that is not a rest day (unless worked by a swap), not a
 * holiday, not a day off already, and not another holiday's make-up day.
 */
function makeUpDays(
  year: number,
  holidays: readonly Holiday[],
  options: ParsedOptions,
  decisions: YearDecisions,
): CalendarDayChange[] {
  const cite = laborCode(year)
  const weeklyRest = (day: number) => options.weeklyRestDays.includes(isoWeekdayOfDayNumber(day))
  const worked = new Set(decisions.extraWorkingDays.map((day) => dayNumberFromIsoDate(day.date)))
  const off = new Set([
    ...holidays.map((day) => dayNumberFromIsoDate(day.date)),
    ...decisions.extraDaysOff.map((day) => dayNumberFromIsoDate(day.date)),
  ])
  const result: CalendarDayChange[] = []
  for (const holiday of holidays) {
    const day = dayNumberFromIsoDate(holiday.date)
    if (!weeklyRest(day)) continue
    let makeUp = day + 1
    while ((weeklyRest(makeUp) && !worked.has(makeUp)) || off.has(makeUp)) makeUp += 1
    off.add(makeUp)
    result.push({
      date: isoDateFromDayNumber(makeUp),
      reason: `Make-up day for ${holiday.name} (${holiday.date}, a weekly rest day)`,
      legalBasis: cite.makeUp,
    })
  }
  return result
}

/**
 * The statutory working calendar of Vietnam's state offices for one Gregorian year, with the
 * Prime Minister's recorded decisions applied.
 *
 * Public holidays (Labor Code 45/2019/QH14 Art 112(1); from 2014 to 2020 the Labor Code
 * 10/2012/QH13 Art 115(1), the same days but National Day without an adjacent day):
 *
 * - New Year's Day, 1 January;
 * - Tết, five days: by default the last day of the old lunar year and the first four of the new
 *   (`tetDaysBeforeNewYear` moves the split), or the days decided for the year;
 * - Hùng Kings' Commemoration Day, the 10th day of the 3rd lunar month;
 * - Victory Day, 30 April, and International Labour Day, 1 May;
 * - National Day, 2 September, plus from 2021 one adjacent day: the decided one, or by default the
 *   `'bridge'` rule (see {@link nationalDayAdjacentRules}).
 *
 * A holiday that falls on a weekly rest day is made up on the next working day (Art 111(3)), and
 * the decisions' swaps (a working day off, a Saturday worked) are added, each with its legal
 * basis. The shipped decisions are {@link VIETNAM_HOLIDAY_DECISIONS} (2024–2026); other years
 * follow the statutory rule alone. Not included: the 24 November "Vietnam Culture Day" chosen by
 * Politburo Resolution 80-NQ/TW (January 2026), because the Labor Code had not yet been amended
 * to make it a day off — add it as an override's `extraDaysOff` once it is.
 *
 * Performance: about 1 ms for a year not seen before (the lunar year is computed once and cached).
 *
 * @category Calendar
 * @param year - Gregorian year 2014–2100.
 * @param options - `overrides` (default {@link VIETNAM_HOLIDAY_DECISIONS}; `[]` for the statute
 *   alone), `nationalDayAdjacentDay`, `tetDaysBeforeNewYear`, `weeklyRestDays` (see
 *   {@link vietnamHolidayOptionsSchema}) and `locale` of the error messages.
 * @returns A {@link HolidayCalendar} covering 1 January to 31 December of `year`.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for a year out of range,
 *   invalid options or overrides, or overrides that contradict the calendar (a Saturday "worked"
 *   on a holiday).
 * @example
 * ```ts
 * import { vietnamHolidayCalendar } from '@lienthong/core/calendar'
 *
 * const calendar = vietnamHolidayCalendar(2026)
 * calendar.holidays.map((day) => day.date)
 * // ['2026-01-01', '2026-02-16', …, '2026-02-20', '2026-04-26', '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02']
 * calendar.extraDaysOff.map((day) => day.date) // ['2026-01-02', '2026-04-27', '2026-08-31']
 * ```
 */
export function vietnamHolidayCalendar(
  year: number,
  options?: VietnamHolidayOptions & ParseOptions,
): HolidayCalendar {
  const { locale, ...rest } = options ?? {}
  const parsed = argumentParsers.parse({ year, options: rest }, locale ? { locale } : {})
  return buildVietnamYear(parsed.year, parsed.options, locale ? { locale } : {})
}

/** Builds a year from parsed options; shared with `vietnamWorkingCalendar`. */
export function buildVietnamYear(
  year: number,
  options: ParsedOptions,
  parseOptions: ParseOptions,
): HolidayCalendar {
  const overrides = options.overrides ?? shippedDecisions()
  const decisions = mergeDecisions(overrides, year)
  const holidays = statutoryHolidays(year, options, decisions)
  const madeUp = makeUpDays(year, holidays, options, decisions)
  const byDate = (a: { date: string }, b: { date: string }) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0
  return calendarParsers.parse(
    {
      name: `Vietnam ${year}`,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      weeklyRestDays: [...options.weeklyRestDays],
      holidays,
      extraDaysOff: [...decisions.extraDaysOff, ...madeUp].sort(byDate),
      extraWorkingDays: [...decisions.extraWorkingDays].sort(byDate),
    },
    parseOptions,
  )
}

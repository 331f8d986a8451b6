import * as z from 'zod/mini'
import { addIssue, calendarDateSchema, fieldsAreValid, textSchema } from '../_lib/primitives.js'
import { dayNumberFromIsoDate } from './dayNumber.js'

/** Most days a calendar may cover (about 500 years): its compiled form stays small. */
export const MAX_CALENDAR_DAYS = 183_000

/**
 * A day of the week in ISO numbering: 1 = Monday … 7 = Sunday.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { isoWeekdaySchema } from '@lienthong/core/calendar'
 *
 * isoWeekdaySchema.parse(6) // Saturday
 * isoWeekdaySchema.safeParse(0).success // false
 * ```
 */
export const isoWeekdaySchema = z.int().check(z.gte(1), z.lte(7))

/**
 * The law or decision a day off or a working day rests on, as people cite it: document, number,
 * article. Free text, so any jurisdiction can write its own.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { legalBasisSchema } from '@lienthong/core/calendar'
 *
 * legalBasisSchema.parse('Labor Code 45/2019/QH14, Art 112(1)(a)')
 * ```
 */
export const legalBasisSchema = textSchema(1000).check(
  z.describe('The law or decision this rests on: document, number and article.'),
)

/**
 * A public holiday: a named day off fixed by law, with its legal basis.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { holidaySchema } from '@lienthong/core/calendar'
 *
 * holidaySchema.parse({
 *   date: '2026-09-02', name: 'National Day', localName: 'Quốc khánh',
 *   legalBasis: 'Labor Code 45/2019/QH14, Art 112(1)(đ)',
 * })
 * ```
 */
export const holidaySchema = z.object({
  date: calendarDateSchema,
  name: textSchema(200),
  localName: z.optional(textSchema(200)),
  legalBasis: legalBasisSchema,
})

/**
 * A day whose status a decision or a rule changes: an extra day off (a make-up day, a swapped
 * day) or an extra working day (the weekly rest day worked in exchange), with why and on what
 * legal basis.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { calendarDayChangeSchema } from '@lienthong/core/calendar'
 *
 * calendarDayChangeSchema.parse({
 *   date: '2026-01-10', reason: 'Worked in exchange for Friday 2026-01-02',
 *   legalBasis: 'Official Letter 12729/VPCP-KGVX of 2025-12-25',
 * })
 * ```
 */
export const calendarDayChangeSchema = z.object({
  date: calendarDateSchema,
  reason: textSchema(500),
  legalBasis: legalBasisSchema,
})

function checkUniqueDates(
  ctx: z.core.$RefinementCtx,
  field: string,
  entries: readonly { readonly date: string }[],
): void {
  const seen = new Set<string>()
  entries.forEach((entry, index) => {
    if (seen.has(entry.date))
      addIssue(ctx, 'duplicate_value', [field, index, 'date'], { value: entry.date })
    seen.add(entry.date)
  })
}

/**
 * A working calendar as data: the span of dates it covers, the weekly rest days, the public
 * holidays, and the days that decisions or rules turn into days off (`extraDaysOff`) or into
 * working days (`extraWorkingDays`), each with its legal basis.
 *
 * A date inside `[from, to]` is a working day when it is an extra working day, or else when it is
 * neither a weekly rest day, nor a holiday, nor an extra day off. Dates outside the span are
 * refused by the working-day functions rather than guessed.
 *
 * Rules checked: `to` is on or after `from` and the span is at most about 500 years; every listed
 * date lies in the span; a date is listed at most once per list; an extra working day is a weekly
 * rest day that is not also a holiday or an extra day off; at least one weekday is not a rest day.
 *
 * The Vietnamese calendar is built by `vietnamHolidayCalendar` and `vietnamWorkingCalendar`;
 * another jurisdiction writes its own value of this shape.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { holidayCalendarSchema } from '@lienthong/core/calendar'
 *
 * const ruritania = holidayCalendarSchema.parse({
 *   name: 'Ruritania 2026', from: '2026-01-01', to: '2026-12-31',
 *   weeklyRestDays: [5, 6], // Friday and Saturday
 *   holidays: [{ date: '2026-03-14', name: 'Founders Day', legalBasis: 'Holidays Act 1921, s 2' }],
 * })
 * ruritania.extraDaysOff // []
 * ```
 */
export const holidayCalendarSchema = z
  .object({
    name: textSchema(200),
    from: calendarDateSchema.check(z.describe('First day the calendar covers.')),
    to: calendarDateSchema.check(
      z.describe('Last day the calendar covers (inclusive), on or after from.'),
    ),
    weeklyRestDays: z._default(z.array(isoWeekdaySchema).check(z.maxLength(6)), [6, 7]).check(
      z.superRefine((days, ctx) => {
        days.forEach((day, index) => {
          if (days.indexOf(day) !== index) addIssue(ctx, 'duplicate_value', [index], { value: day })
        })
      }),
      z.meta({
        description:
          'ISO weekdays (1 = Monday … 7 = Sunday) that are not worked, each at most once; default Saturday and Sunday.',
        uniqueItems: true,
      }),
    ),
    holidays: z._default(z.array(holidaySchema).check(z.maxLength(100_000)), []),
    extraDaysOff: z._default(z.array(calendarDayChangeSchema).check(z.maxLength(100_000)), []),
    extraWorkingDays: z
      ._default(z.array(calendarDayChangeSchema).check(z.maxLength(100_000)), [])
      .check(
        z.describe('Weekly rest days worked instead (swaps); never a holiday or an extra day off.'),
      ),
  })
  .check(
    z.superRefine(
      (calendar, ctx) => {
        if (calendar.to < calendar.from) {
          addIssue(ctx, 'end_before_start', ['to'], {
            startField: 'from',
            start: calendar.from,
            end: calendar.to,
          })
          return
        }
        const span = dayNumberFromIsoDate(calendar.to) - dayNumberFromIsoDate(calendar.from) + 1
        if (span > MAX_CALENDAR_DAYS) {
          addIssue(ctx, 'invalid', ['to'], {
            detail: `the calendar would cover ${span} days; at most ${MAX_CALENDAR_DAYS} (about 500 years)`,
            detailVi: `lịch sẽ bao gồm ${span} ngày; tối đa ${MAX_CALENDAR_DAYS} ngày (khoảng 500 năm)`,
          })
        }
        const lists = ['holidays', 'extraDaysOff', 'extraWorkingDays'] as const
        for (const field of lists) {
          const entries = calendar[field]
          entries.forEach((entry, index) => {
            if (entry.date < calendar.from || entry.date > calendar.to) {
              addIssue(ctx, 'date_out_of_range', [field, index, 'date'], {
                value: entry.date,
                minimum: calendar.from,
                maximum: calendar.to,
              })
            }
          })
          checkUniqueDates(ctx, field, entries)
        }
        const off = new Set([
          ...calendar.holidays.map((day) => day.date),
          ...calendar.extraDaysOff.map((day) => day.date),
        ])
        calendar.extraWorkingDays.forEach((day, index) => {
          if (off.has(day.date)) {
            addIssue(ctx, 'invalid', ['extraWorkingDays', index, 'date'], {
              detail: `${day.date} is also listed as a holiday or an extra day off`,
              detailVi: `${day.date} cũng có trong danh sách ngày lễ hoặc ngày nghỉ thêm`,
            })
          } else if (!calendar.weeklyRestDays.includes(isoWeekdayOf(day.date))) {
            addIssue(ctx, 'invalid', ['extraWorkingDays', index, 'date'], {
              detail: `${day.date} is not a weekly rest day, so it is a working day already`,
              detailVi: `${day.date} không phải ngày nghỉ hằng tuần nên vốn đã là ngày làm việc`,
            })
          }
        })
      },
      {
        when: fieldsAreValid([
          'from',
          'to',
          'weeklyRestDays',
          'holidays',
          'extraDaysOff',
          'extraWorkingDays',
        ]),
      },
    ),
  )

/** ISO weekday (1 = Monday … 7 = Sunday) of a valid `YYYY-MM-DD` date. */
export function isoWeekdayOf(date: string): number {
  return isoWeekdayOfDayNumber(dayNumberFromIsoDate(date))
}

/** ISO weekday of a Julian Day Number (JDN 0 was a Monday). */
export function isoWeekdayOfDayNumber(dayNumber: number): number {
  return (dayNumber % 7) + 1
}

/**
 * A day of the week in ISO numbering, 1 = Monday … 7 = Sunday.
 *
 * @category Calendar
 * @example
 * ```ts
 * import type { IsoWeekday } from '@lienthong/core/calendar'
 *
 * const saturday: IsoWeekday = 6
 * ```
 */
export type IsoWeekday = z.output<typeof isoWeekdaySchema>
/**
 * A public holiday: what {@link holidaySchema} returns.
 *
 * @category Calendar
 * @example
 * ```ts
 * import type { Holiday } from '@lienthong/core/calendar'
 *
 * const newYear: Holiday = {
 *   date: '2026-01-01', name: "New Year's Day", legalBasis: 'Labor Code 45/2019/QH14, Art 112(1)(a)',
 * }
 * ```
 */
export type Holiday = z.output<typeof holidaySchema>
/**
 * An extra day off or an extra working day: what {@link calendarDayChangeSchema} returns.
 *
 * @category Calendar
 * @example
 * ```ts
 * import type { CalendarDayChange } from '@lienthong/core/calendar'
 *
 * const swap: CalendarDayChange = {
 *   date: '2026-01-02', reason: 'Day off in exchange for Saturday 2026-01-10',
 *   legalBasis: 'Official Letter 12729/VPCP-KGVX of 2025-12-25',
 * }
 * ```
 */
export type CalendarDayChange = z.output<typeof calendarDayChangeSchema>
/**
 * A parsed working calendar: what {@link parseHolidayCalendar} returns.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { vietnamHolidayCalendar, type HolidayCalendar } from '@lienthong/core/calendar'
 *
 * const calendar: HolidayCalendar = vietnamHolidayCalendar(2026)
 * ```
 */
export type HolidayCalendar = z.output<typeof holidayCalendarSchema>
/**
 * The JSON form of a {@link HolidayCalendar}: `weeklyRestDays` and the lists may be left out.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { isWorkingDay, type HolidayCalendarInput } from '@lienthong/core/calendar'
 *
 * const calendar: HolidayCalendarInput = { name: 'Plain weeks', from: '2026-01-01', to: '2026-12-31' }
 * isWorkingDay('2026-01-03', calendar) // false (a Saturday)
 * ```
 */
export type HolidayCalendarInput = z.input<typeof holidayCalendarSchema>

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addCalendarDaysCivil } from './addCalendarDaysCivil.js'
import { addWorkingDays } from './addWorkingDays.js'
import type { HolidayCalendar } from './holidayCalendar.schema.js'
import { isWorkingDay } from './isWorkingDay.js'
import { nextWorkingDay, previousWorkingDay } from './nextWorkingDay.js'
import { workingDaysBetween } from './workingDaysBetween.js'

const DAY = 86_400_000
const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10)
const timeOf = (date: string) => Date.parse(`${date}T00:00:00Z`)
const weekdayOf = (date: string) => ((new Date(timeOf(date)).getUTCDay() + 6) % 7) + 1

/** The naive oracle: a calendar read day by day, with no precomputation at all. */
function oracle(calendar: Omit<HolidayCalendar, 'name'>) {
  const holidays = new Set(calendar.holidays.map((day) => day.date))
  const off = new Set(calendar.extraDaysOff.map((day) => day.date))
  const worked = new Set(calendar.extraWorkingDays.map((day) => day.date))
  const working = (date: string) =>
    worked.has(date) ||
    (!calendar.weeklyRestDays.includes(weekdayOf(date)) && !holidays.has(date) && !off.has(date))
  const inside = (date: string) => date >= calendar.from && date <= calendar.to
  return {
    working,
    /** Step one day at a time, counting working days, the start day not counted. */
    add(date: string, n: number): string | undefined {
      let time = timeOf(date)
      let left = Math.abs(n)
      while (left > 0) {
        time += Math.sign(n) * DAY
        const current = isoOf(time)
        if (!inside(current)) return undefined
        if (working(current)) left -= 1
      }
      return isoOf(time)
    },
    between(a: string, b: string): number {
      const [low, high, sign] = a <= b ? [a, b, 1] : [b, a, -1]
      let count = 0
      for (let time = timeOf(low) + DAY; time <= timeOf(high); time += DAY) {
        if (working(isoOf(time))) count += 1
      }
      return count === 0 ? 0 : sign * count
    },
    civil(date: string, n: number): string | undefined {
      let time = timeOf(date) + n * DAY
      while (inside(isoOf(time)) && !working(isoOf(time))) time += DAY
      return inside(isoOf(time)) ? isoOf(time) : undefined
    },
  }
}

/** A random calendar of up to three years with random rest days, holidays and swaps. */
const calendarArbitrary = fc
  .record({
    start: fc.integer({ min: timeOf('1990-01-01') / DAY, max: timeOf('2090-01-01') / DAY }),
    length: fc.integer({ min: 1, max: 1100 }),
    weeklyRestDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 6 }),
    offsets: fc.array(fc.tuple(fc.nat(), fc.constantFrom('holiday', 'off', 'work')), {
      maxLength: 120,
    }),
  })
  .map(({ start, length, weeklyRestDays, offsets }) => {
    const from = isoOf(start * DAY)
    const to = isoOf((start + length - 1) * DAY)
    const used = new Set<string>()
    const holidays: { date: string; name: string; legalBasis: string }[] = []
    const extraDaysOff: { date: string; reason: string; legalBasis: string }[] = []
    const extraWorkingDays: { date: string; reason: string; legalBasis: string }[] = []
    for (const [offset, kind] of offsets) {
      const date = isoOf((start + (offset % length)) * DAY)
      if (used.has(date)) continue
      if (kind === 'work' && !weeklyRestDays.includes(weekdayOf(date))) continue
      used.add(date)
      if (kind === 'holiday') holidays.push({ date, name: 'Holiday', legalBasis: 'Test' })
      else if (kind === 'off') extraDaysOff.push({ date, reason: 'Off', legalBasis: 'Test' })
      else extraWorkingDays.push({ date, reason: 'Swap', legalBasis: 'Test' })
    }
    return { from, to, weeklyRestDays, holidays, extraDaysOff, extraWorkingDays, length, start }
  })

/** A calendar, two dates inside it and a count. */
const caseArbitrary = calendarArbitrary.chain((calendar) =>
  fc.record({
    calendar: fc.constant(calendar),
    a: fc.nat({ max: calendar.length - 1 }).map((i) => isoOf((calendar.start + i) * DAY)),
    b: fc.nat({ max: calendar.length - 1 }).map((i) => isoOf((calendar.start + i) * DAY)),
    n: fc.integer({ min: -400, max: 400 }),
  }),
)

function attempt<T>(run: () => T): T | undefined {
  try {
    return run()
  } catch {
    return undefined
  }
}

describe('working-day arithmetic against a day-by-day walk', () => {
  it('isWorkingDay, addWorkingDays, workingDaysBetween, addCalendarDaysCivil, next/previous agree', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ calendar, a, b, n }) => {
        const input = { name: 'Random', ...calendar }
        const naive = oracle(calendar)
        expect(isWorkingDay(a, input)).toBe(naive.working(a))
        expect(workingDaysBetween(a, b, input)).toBe(naive.between(a, b))
        expect(attempt(() => addWorkingDays(a, n, input))).toBe(naive.add(a, n))
        expect(attempt(() => nextWorkingDay(a, input))).toBe(naive.add(a, 1))
        expect(attempt(() => previousWorkingDay(a, input))).toBe(naive.add(a, -1))
        const days = Math.abs(n)
        expect(attempt(() => addCalendarDaysCivil(a, days, input))).toBe(naive.civil(a, days))
      }),
      { numRuns: 400 },
    )
  })

  it('addWorkingDays and workingDaysBetween are inverse: forward always, back from a working day', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ calendar, a, n }) => {
        const input = { name: 'Random', ...calendar }
        const reached = attempt(() => addWorkingDays(a, n, input))
        if (reached === undefined) return
        const expected = n >= 0 || isWorkingDay(a, input) ? n : n + 1
        expect(workingDaysBetween(a, reached, input)).toBe(expected)
      }),
      { numRuns: 400 },
    )
  })

  it('workingDaysBetween is additive and antisymmetric', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.nat(), ({ calendar, a, b }, k) => {
        const input = { name: 'Random', ...calendar }
        const c = isoOf((calendar.start + (k % calendar.length)) * DAY)
        expect(workingDaysBetween(a, b, input) + workingDaysBetween(b, c, input)).toBe(
          workingDaysBetween(a, c, input),
        )
        expect(workingDaysBetween(b, a, input) + workingDaysBetween(a, b, input)).toBe(0)
      }),
      { numRuns: 300 },
    )
  })
})

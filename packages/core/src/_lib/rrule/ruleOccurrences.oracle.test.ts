import fc from 'fast-check'
import * as rruleModule from 'rrule'
import { describe, expect, it } from 'vitest'
import { FREQUENCIES, readRecurrenceRule, WEEKDAYS } from './recurrenceRule.js'
import { ruleOccurrences } from './ruleOccurrences.js'

// The `rrule` package as the oracle: random rules expanded by both must give the same
// occurrences. Not compared, where rrule is wrong (ruleOccurrences.test.ts has examples):
// - BYDAY mixing plain and ordinal weekdays (rrule gives nothing, RFC 5545 the union);
// - BYWEEKNO of the weeks that cross a new year (1, 52, 53, negative): rrule misnumbers the days
//   of the last week of the year before (it counts that year's weeks with the new year's length);
//   ruleOccurrences.test.ts checks these against ISO 8601 week numbers instead;
// - hourly, minutely and secondly rules limited to some days (BYMONTH, BYMONTHDAY, BYDAY): rrule
//   skips the filtered days wrongly, giving nothing or looping forever
//   (`FREQ=MINUTELY;BYMONTH=4;BYHOUR=1` from January), and limited to hours or minutes that
//   their steps never reach (`FREQ=MINUTELY;INTERVAL=3;BYMINUTE=11` from minute 7): it loops;
// - BYSETPOS in a weekly rule: rrule's first week starts at DTSTART, not at the week start, so
//   it picks among fewer days;
// - a negative BYSETPOS beyond the size of the period's set: rrule picks the first instead of
//   nothing (`FREQ=MINUTELY;BYSECOND=20;BYSETPOS=-4`).
const loaded = rruleModule as Partial<typeof rruleModule> & { default?: typeof rruleModule }
const { RRule } = loaded.RRule === undefined ? (loaded.default ?? rruleModule) : rruleModule

const DAY = 86_400_000
/** How far to compare, per frequency (yearly … secondly). */
const horizon = [
  40 * 366 * DAY,
  8 * 366 * DAY,
  2 * 366 * DAY,
  200 * DAY,
  6 * DAY,
  6 * 3_600_000,
  600_000,
]
const MAX = 120

// Ascending: rrule uses a list's order as the order of a period's times.
const list = (values: fc.Arbitrary<number>, max: number) =>
  fc.uniqueArray(values, { minLength: 1, maxLength: max }).map((v) => v.sort((a, b) => a - b))
const signed = (max: number) => fc.integer({ min: 1, max }).chain((n) => fc.constantFrom(n, -n))
const weekday = fc.constantFrom(...WEEKDAYS)

const rules = fc
  .record({
    freq: fc.integer({ min: 0, max: 6 }),
    interval: fc.integer({ min: 1, max: 4 }),
    end: fc.oneof(
      fc.constant(''),
      fc.integer({ min: 1, max: 40 }).map((n) => `COUNT=${String(n)}`),
      fc.integer({ min: 0, max: 5000 }).map((n) => `UNTIL@${String(n)}`),
    ),
    byMonth: fc.option(list(fc.integer({ min: 1, max: 12 }), 3), { nil: undefined }),
    byMonthDay: fc.option(list(signed(31), 3), { nil: undefined }),
    byYearDay: fc.option(list(signed(366), 3), { nil: undefined }),
    byWeekNo: fc.option(list(fc.integer({ min: 2, max: 51 }), 2), { nil: undefined }),
    plainDays: fc.option(fc.uniqueArray(weekday, { minLength: 1, maxLength: 4 }), {
      nil: undefined,
    }),
    nthDays: fc.option(
      fc.uniqueArray(fc.tuple(signed(5), weekday), {
        minLength: 1,
        maxLength: 2,
        selector: ([, day]) => day,
      }),
      { nil: undefined },
    ),
    byHour: fc.option(list(fc.integer({ min: 0, max: 23 }), 3), { nil: undefined }),
    byMinute: fc.option(list(fc.integer({ min: 0, max: 59 }), 3), { nil: undefined }),
    bySecond: fc.option(list(fc.integer({ min: 0, max: 59 }), 2), { nil: undefined }),
    bySetPos: fc.option(list(fc.integer({ min: 1, max: 4 }), 2), { nil: undefined }),
    wkst: fc.option(weekday, { nil: undefined }),
    dtstart: fc.integer({ min: Date.UTC(1995, 0, 1) / 1000, max: Date.UTC(2030, 0, 1) / 1000 }),
  })
  .map((r) => {
    const parts = [`FREQ=${FREQUENCIES[r.freq] ?? 'DAILY'}`, `INTERVAL=${String(r.interval)}`]
    const dtstart = r.dtstart * 1000
    if (r.end.startsWith('UNTIL@')) {
      const until = new Date(dtstart + (Number(r.end.slice(6)) / 5000) * (horizon[r.freq] ?? DAY))
      parts.push(
        `UNTIL=${until
          .toISOString()
          .replace(/\.\d{3}Z$/, 'Z')
          .replace(/[-:]/g, '')}`,
      )
    } else if (r.end !== '') parts.push(r.end)
    const add = (name: string, values: readonly (number | string)[] | undefined) => {
      if (values !== undefined) parts.push(`${name}=${values.join(',')}`)
    }
    const daily = r.freq <= 3
    add('BYMONTH', daily ? r.byMonth : undefined)
    add('BYMONTHDAY', daily ? r.byMonthDay : undefined)
    add('BYYEARDAY', r.freq === 0 ? r.byYearDay : undefined)
    add('BYWEEKNO', r.freq === 0 ? r.byWeekNo : undefined)
    // Ordinals only where they mean something (monthly, yearly), never mixed with plain days.
    const nth = r.freq <= 1 ? r.nthDays?.map(([n, day]) => `${String(n)}${day}`) : undefined
    add('BYDAY', daily ? (nth ?? r.plainDays) : undefined)
    // Sub-daily rules only with the parts that expand them (rrule loops on unreachable limits).
    add('BYHOUR', r.freq <= 3 ? r.byHour : undefined)
    add('BYMINUTE', r.freq <= 4 ? r.byMinute : undefined)
    add('BYSECOND', r.freq === 4 || r.freq === 5 ? r.bySecond : undefined)
    const hasBy = parts.some((part) => part.startsWith('BY'))
    add('BYSETPOS', hasBy && r.freq <= 3 && r.freq !== 2 ? r.bySetPos : undefined)
    if (r.wkst !== undefined) parts.push(`WKST=${r.wkst}`)
    return { text: parts.join(';'), dtstart, stop: dtstart + (horizon[r.freq] ?? DAY) }
  })

function ours(text: string, dtstart: number, stop: number): number[] {
  const found: number[] = []
  ruleOccurrences(readRecurrenceRule(text), dtstart, stop, (time) => {
    if (time > stop) return false
    found.push(time)
    return found.length < MAX
  })
  return found
}

/** True when the rule gives nothing before 2200: rrule would walk on to the year 9999. */
const never = (text: string, dtstart: number) =>
  ours(text, dtstart, Date.UTC(2200, 0, 1)).length === 0

function oracle(text: string, dtstart: number, stop: number): number[] {
  if (never(text, dtstart)) return []
  const rule = new RRule({ ...RRule.parseString(text), dtstart: new Date(dtstart) })
  return rule
    .between(new Date(dtstart), new Date(stop), true, (_, count) => count < MAX)
    .map((date) => date.getTime())
    .sort((a, b) => a - b) // rrule gives a day's times in the order of the rule's lists
}

describe('ruleOccurrences against the rrule package', () => {
  it('gives the same occurrences for random rules of every frequency', () => {
    fc.assert(
      fc.property(rules, ({ text, dtstart, stop }) => {
        expect(ours(text, dtstart, stop), text).toEqual(oracle(text, dtstart, stop))
      }),
      { numRuns: 2000 },
    )
  }, 120_000)
})

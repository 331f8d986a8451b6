/**
 * An RFC 5545 recurrence rule (the value of an RRULE or EXRULE line), read into numbers. Times
 * are "floating": milliseconds whose UTC fields are the wall clock of the meeting's zone.
 *
 * Frequencies are numbered from the longest: 0 yearly … 6 secondly. Weekdays from Monday: 0 …
 * 6 Sunday. Lists are `undefined` when the rule does not have the part.
 */
export interface RecurrenceRule {
  readonly freq: number
  readonly interval: number
  readonly count?: number | undefined
  /** Last possible occurrence, floating time, inclusive. */
  readonly until?: number | undefined
  readonly bySecond?: readonly number[] | undefined
  readonly byMinute?: readonly number[] | undefined
  readonly byHour?: readonly number[] | undefined
  /** Weekdays with their ordinal (0: every such weekday in the period). */
  readonly byDay?: readonly (readonly [weekday: number, n: number])[] | undefined
  readonly byMonthDay?: readonly number[] | undefined
  readonly byYearDay?: readonly number[] | undefined
  readonly byWeekNo?: readonly number[] | undefined
  readonly byMonth?: readonly number[] | undefined
  readonly bySetPos?: readonly number[] | undefined
  readonly wkst: number
}

export const FREQUENCIES = [
  'YEARLY',
  'MONTHLY',
  'WEEKLY',
  'DAILY',
  'HOURLY',
  'MINUTELY',
  'SECONDLY',
] as const
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const

const numbers = (value: string) => value.split(',').map(Number)

/** Floating time of an UNTIL value: a date alone means the end of that day. */
function untilOf(value: string): number {
  const [, y, mo, d, h = '23', mi = '59', s = '59'] =
    /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value) ?? []
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
}

/**
 * Reads the text of a rule already checked by `readRecurrenceLines` (known parts, values in
 * range, FREQ present). A UNTIL in UTC (`Z`) is read as floating time: the caller moves it to the
 * wall clock first.
 */
export function readRecurrenceRule(text: string): RecurrenceRule {
  const parts = new Map<string, string>()
  for (const part of text.toUpperCase().split(';')) {
    const at = part.indexOf('=')
    if (at > 0) parts.set(part.slice(0, at), part.slice(at + 1))
  }
  const list = (name: string) => {
    const value = parts.get(name)
    return value === undefined ? undefined : numbers(value)
  }
  const until = parts.get('UNTIL')
  const count = parts.get('COUNT')
  const byDay = parts.get('BYDAY')
  return {
    freq: Math.max(0, FREQUENCIES.indexOf(parts.get('FREQ') as (typeof FREQUENCIES)[number])),
    interval: Number(parts.get('INTERVAL') ?? 1),
    count: count === undefined ? undefined : Number(count),
    until: until === undefined ? undefined : untilOf(until),
    bySecond: list('BYSECOND'),
    byMinute: list('BYMINUTE'),
    byHour: list('BYHOUR'),
    byDay: byDay?.split(',').map((day) => {
      const weekday = WEEKDAYS.indexOf(day.slice(-2) as (typeof WEEKDAYS)[number])
      return [weekday, Number(day.slice(0, -2) || 0)] as const
    }),
    byMonthDay: list('BYMONTHDAY'),
    byYearDay: list('BYYEARDAY'),
    byWeekNo: list('BYWEEKNO'),
    byMonth: list('BYMONTH'),
    bySetPos: list('BYSETPOS'),
    wkst: Math.max(0, WEEKDAYS.indexOf((parts.get('WKST') ?? 'MO') as (typeof WEEKDAYS)[number])),
  }
}

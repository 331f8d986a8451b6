import { getISOWeek } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { readRecurrenceRule } from './recurrenceRule.js'
import { ruleOccurrences } from './ruleOccurrences.js'

/** Floating time of `YYYYMMDDTHHMMSS`. */
function at(text: string): number {
  const [, y, mo, d, h = '0', mi = '0', s = '0'] =
    /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?$/.exec(text) ?? []
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
}

/** The occurrences as `YYYY-MM-DD HH:MM:SS`, at most `max`, up to the year 2030. */
function occurrences(rule: string, dtstart: string, max = 100): string[] {
  const found: string[] = []
  ruleOccurrences(readRecurrenceRule(rule), at(dtstart), at('20300101'), (time) => {
    found.push(new Date(time).toISOString().slice(0, 19).replace('T', ' '))
    return found.length < max
  })
  return found
}

const days = (list: string[]) => list.map((time) => time.slice(0, 10))

// The examples of RFC 5545 §3.8.5.3, with the dates the RFC lists.
describe('ruleOccurrences, the examples of RFC 5545', () => {
  it('daily for 10 occurrences', () => {
    expect(days(occurrences('FREQ=DAILY;COUNT=10', '19970902T090000'))).toEqual(
      Array.from({ length: 10 }, (_, i) => `1997-09-${String(2 + i).padStart(2, '0')}`),
    )
  })

  it('weekly on Tuesday and Thursday for five weeks', () => {
    expect(
      days(
        occurrences('FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH', '19970902T090000'),
      ),
    ).toEqual([
      '1997-09-02',
      '1997-09-04',
      '1997-09-09',
      '1997-09-11',
      '1997-09-16',
      '1997-09-18',
      '1997-09-23',
      '1997-09-25',
      '1997-09-30',
      '1997-10-02',
    ])
  })

  it('monthly on the first Friday, and on the second-to-last Monday', () => {
    expect(days(occurrences('FREQ=MONTHLY;COUNT=10;BYDAY=1FR', '19970905T090000'))).toEqual([
      '1997-09-05',
      '1997-10-03',
      '1997-11-07',
      '1997-12-05',
      '1998-01-02',
      '1998-02-06',
      '1998-03-06',
      '1998-04-03',
      '1998-05-01',
      '1998-06-05',
    ])
    expect(days(occurrences('FREQ=MONTHLY;COUNT=6;BYDAY=-2MO', '19970922T090000'))).toEqual([
      '1997-09-22',
      '1997-10-20',
      '1997-11-17',
      '1997-12-22',
      '1998-01-19',
      '1998-02-16',
    ])
  })

  it('every Friday the 13th (DTSTART itself is not one)', () => {
    expect(days(occurrences('FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13', '19970902T090000', 5))).toEqual([
      '1998-02-13',
      '1998-03-13',
      '1998-11-13',
      '1999-08-13',
      '2000-10-13',
    ])
  })

  it('the last work day of the month, and the third of Tue–Thu (BYSETPOS)', () => {
    expect(
      days(occurrences('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', '19970929T090000', 6)),
    ).toEqual(['1997-09-30', '1997-10-31', '1997-11-28', '1997-12-31', '1998-01-30', '1998-02-27'])
    expect(
      days(occurrences('FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3', '19970904T090000')),
    ).toEqual(['1997-09-04', '1997-10-07', '1997-11-06'])
  })

  it('Monday of week number 20, and every 20th Monday of the year', () => {
    expect(days(occurrences('FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO', '19970512T090000', 3))).toEqual([
      '1997-05-12',
      '1998-05-11',
      '1999-05-17',
    ])
    expect(days(occurrences('FREQ=YEARLY;BYDAY=20MO', '19970519T090000', 3))).toEqual([
      '1997-05-19',
      '1998-05-18',
      '1999-05-17',
    ])
  })

  it('every Thursday in March, and days 1, 100 and 200 of every third year', () => {
    expect(days(occurrences('FREQ=YEARLY;BYMONTH=3;BYDAY=TH', '19970313T090000', 7))).toEqual([
      '1997-03-13',
      '1997-03-20',
      '1997-03-27',
      '1998-03-05',
      '1998-03-12',
      '1998-03-19',
      '1998-03-26',
    ])
    expect(
      days(occurrences('FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200', '19970101T090000')),
    ).toEqual([
      '1997-01-01',
      '1997-04-10',
      '1997-07-19',
      '2000-01-01',
      '2000-04-09',
      '2000-07-18',
      '2003-01-01',
      '2003-04-10',
      '2003-07-19',
      '2006-01-01',
    ])
  })

  it('every day in January for three years', () => {
    const january = occurrences(
      'FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA',
      '19980101T090000',
    )
    expect(january).toHaveLength(93)
    expect(january.at(-1)).toBe('2000-01-31 09:00:00')
  })

  it('every three hours, and every 20 minutes from 9:00 to 16:40 both ways', () => {
    expect(occurrences('FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z', '19970902T090000')).toEqual(
      ['1997-09-02 09:00:00', '1997-09-02 12:00:00', '1997-09-02 15:00:00'],
    )
    const daily = occurrences(
      'FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40',
      '19970902T090000',
      48,
    )
    const minutely = occurrences(
      'FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16',
      '19970902T090000',
      48,
    )
    expect(daily).toEqual(minutely)
    expect(daily.slice(22, 26)).toEqual([
      '1997-09-02 16:20:00',
      '1997-09-02 16:40:00',
      '1997-09-03 09:00:00',
      '1997-09-03 09:20:00',
    ])
  })

  it('the week start changes which days a biweekly rule gives', () => {
    expect(
      days(occurrences('FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO', '19970805T090000')),
    ).toEqual(['1997-08-05', '1997-08-10', '1997-08-19', '1997-08-24'])
    expect(
      days(occurrences('FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU', '19970805T090000')),
    ).toEqual(['1997-08-05', '1997-08-17', '1997-08-19', '1997-08-31'])
  })

  it('skips dates that do not exist (30 February)', () => {
    expect(days(occurrences('FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5', '20070115T090000'))).toEqual([
      '2007-01-15',
      '2007-01-30',
      '2007-02-15',
      '2007-03-15',
      '2007-03-30',
    ])
  })
})

describe('ruleOccurrences', () => {
  it('gives plain and ordinal weekdays of one BYDAY together, as RFC 5545 lists them', () => {
    // Every Monday of September 1997, and its first Friday.
    expect(
      days(occurrences('FREQ=MONTHLY;BYDAY=MO,1FR;UNTIL=19970930T235959Z', '19970901T090000')),
    ).toEqual(['1997-09-01', '1997-09-05', '1997-09-08', '1997-09-15', '1997-09-22', '1997-09-29'])
  })

  it('picks BYSETPOS among the whole first week, days before DTSTART included', () => {
    // The week from Thursday 23 November 2028 holds Sunday 26 and Monday 27 (DTSTART): the first
    // is Sunday, before DTSTART, so the first occurrence is the next week's Sunday.
    expect(
      days(occurrences('FREQ=WEEKLY;COUNT=1;BYDAY=MO,SU;BYSETPOS=1;WKST=TH', '20281127T000000')),
    ).toEqual(['2028-12-03'])
  })

  it('numbers weeks as ISO 8601 does with WKST=MO, across new years', () => {
    const found = new Set<number>()
    ruleOccurrences(
      readRecurrenceRule('FREQ=YEARLY;BYWEEKNO=1,52,-1'),
      at('19991227T000000'),
      at('20300101'),
      (time) => time <= at('20300101') && found.add(time).size > 0,
    )
    const expected = new Set<number>()
    for (let time = at('19991227T000000'); time <= at('20300101'); time += 86_400_000) {
      const date = new Date(time)
      const week = getISOWeek(
        new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()),
      )
      const next = new Date(time + 7 * 86_400_000)
      const lastOfYear =
        getISOWeek(new Date(next.getUTCFullYear(), next.getUTCMonth(), next.getUTCDate())) === 1
      if (week === 1 || week === 52 || lastOfYear) expected.add(time)
    }
    expect([...found].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b))
    // Saturday 1 January 2022 is in week 52 of 2021.
    expect(found.has(at('20220101T000000'))).toBe(true)
  })

  it('ends, with nothing, for a rule that can never occur', () => {
    expect(occurrences('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', '20000101T090000')).toEqual([])
    expect(
      occurrences('FREQ=SECONDLY;BYHOUR=7;BYMONTH=2;BYMONTHDAY=31', '20000101T090000'),
    ).toEqual([])
  })

  it('jumps to the periods near the window when there is no COUNT', () => {
    const found: number[] = []
    const near = at('20250301T000000')
    ruleOccurrences(
      readRecurrenceRule('FREQ=MINUTELY;INTERVAL=7'),
      at('19990101T000300'),
      near + 3_600_000,
      (time) => found.push(time) < 1000,
      near,
    )
    const inWindow = found.filter((time) => time >= near)
    expect(inWindow).toHaveLength(8) // an hour of seven-minute steps
    // Still on the series' steps: seven minutes apart from DTSTART.
    for (const time of inWindow) expect((time - at('19990101T000300')) % 420_000).toBe(0)
  })
})

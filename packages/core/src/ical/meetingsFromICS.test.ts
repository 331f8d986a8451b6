import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LienthongError } from '../errors/LienthongError.js'
import { expandMeetings } from '../meeting/expandRecurrence.js'
import { meetingsFromICS, safeMeetingsFromICS } from './meetingsFromICS.js'

const fixtures = new URL('./__fixtures__/', import.meta.url)
const fixture = (name: string) => readFileSync(new URL(name, fixtures), 'utf8')
const read = (name: string) => meetingsFromICS(fixture(name), { hostId: 'ubnd' })

/** The error a fixture is refused with, as `line N, PROPERTY: detail` lines. */
function refusal(name: string): string {
  const result = safeMeetingsFromICS(fixture(name), { hostId: 'ubnd' })
  if (result.ok) throw new Error(`${name} was expected to be refused`)
  expect(result.error).toBeInstanceOf(LienthongError)
  expect(result.error.issueCodes.every((code) => code === 'invalid_ics')).toBe(true)
  return result.error.format()
}

describe('meetingsFromICS on real-world files (ical.js samples)', () => {
  it('tests every fixture by name', () => {
    const tested = [
      'blank_description.ics',
      'blank_line_end.ics',
      'blank_line_mid.ics',
      'daily_recur.ics',
      'day_long_recur_yearly.ics',
      'duration_instead_of_dtend.ics',
      'forced_types.ics',
      'google_birthday.ics',
      'minimal.ics',
      'multiple_rrules.ics',
      'only_dtstart_date.ics',
      'only_dtstart_time.ics',
      'parserv2.ics',
      'rdate_exdate.ics',
      'recur_instances.ics',
      'recur_instances_finite.ics',
      'timezone_from_file.ics',
      'utc_negative_zero.ics',
    ]
    expect(
      readdirSync(fixtures)
        .filter((name) => name.endsWith('.ics'))
        .sort(),
    ).toEqual(tested)
  })

  it('minimal.ics and blank_description.ics: one timed meeting in Los Angeles', () => {
    for (const name of ['minimal.ics', 'blank_description.ics']) {
      const { meetings, warnings } = read(name)
      expect(meetings).toHaveLength(1)
      expect(meetings[0]).toMatchObject({
        id: 'dn4vrfmfn5p05roahsopg57h48@google.com',
        title: 'Really long event name thing',
        hostId: 'ubnd',
        kind: 'other',
        timeZone: 'America/Los_Angeles',
        status: 'confirmed',
        allDay: false,
        description: '',
      })
      expect(meetings[0]?.start.toISOString()).toBe('2012-06-30T13:00:00.000Z')
      expect(meetings[0]?.end.toISOString()).toBe('2012-06-30T14:00:00.000Z')
      expect(warnings).toEqual([])
    }
  })

  it('blank_line_end.ics and blank_line_mid.ics: an empty calendar, blank lines skipped', () => {
    expect(read('blank_line_end.ics').meetings).toEqual([])
    const mid = read('blank_line_mid.ics')
    expect(mid.meetings).toEqual([])
    expect(mid.warnings).toEqual([
      { line: 3, property: '(blank line)', message: 'blank line skipped' },
    ])
  })

  it('daily_recur.ics: a daily series that expands at 05:00 Los Angeles time across DST', () => {
    const { meetings } = read('daily_recur.ics')
    expect(meetings.map((m) => [m.title, m.recurrence])).toEqual([
      ['Every day recurring', ['RRULE:FREQ=DAILY']],
    ])
    const around = expandMeetings(meetings, {
      from: new Date('2012-11-03T00:00:00Z'),
      to: new Date('2012-11-06T00:00:00Z'),
    })
    // US DST ended on 4 November 2012: 05:00 PDT is 12:00Z, 05:00 PST is 13:00Z.
    expect(around.map((o) => o.start.toISOString())).toEqual([
      '2012-11-03T12:00:00.000Z',
      '2012-11-04T13:00:00.000Z',
      '2012-11-05T13:00:00.000Z',
    ])
  })

  it('day_long_recur_yearly.ics, forced_types.ics, only_dtstart_date.ics: all-day meetings', () => {
    const weekdays = read('day_long_recur_yearly.ics').meetings[0]
    expect(weekdays).toMatchObject({ title: 'Day Long Event', allDay: true })
    expect(weekdays?.start.toISOString()).toBe('2012-08-03T07:00:00.000Z')
    expect(weekdays?.recurrence).toEqual(['RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'])
    const forced = read('forced_types.ics').meetings[0]
    expect([forced?.title, forced?.allDay, forced?.end.toISOString()]).toEqual([
      'Event',
      true,
      '2012-09-05T07:00:00.000Z',
    ])
    // A date with no end lasts one day.
    const onlyDate = read('only_dtstart_date.ics').meetings[0]
    expect([onlyDate?.start.toISOString(), onlyDate?.end.toISOString()]).toEqual([
      '2012-06-30T07:00:00.000Z',
      '2012-07-01T07:00:00.000Z',
    ])
  })

  it('duration_instead_of_dtend.ics: DURATION P1D ends a day later', () => {
    const meeting = read('duration_instead_of_dtend.ics').meetings[0]
    expect(meeting?.end.toISOString()).toBe('2012-07-01T13:00:00.000Z')
  })

  it('only_dtstart_time.ics: a start alone gets the default length, with a warning', () => {
    const { meetings, warnings } = read('only_dtstart_time.ics')
    expect(meetings[0]?.end.toISOString()).toBe('2012-06-30T14:00:00.000Z')
    expect(warnings).toEqual([
      {
        line: 26,
        property: 'DTEND',
        message: 'no DTEND or DURATION: the meeting lasts 60 minutes',
      },
    ])
  })

  it('parserv2.ics: attendees become participants', () => {
    const meeting = read('parserv2.ics').meetings[0]
    expect(meeting).toMatchObject({
      id: '44c10eaa-db0b-4223-8653-cf2b63f26326',
      title: 'Calendar',
      description: 'desc',
      participantIds: ['foo@bar.com', 'x@bar.com'],
      recurrence: ['RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR'],
    })
    expect(meeting?.start.toISOString()).toBe('2012-09-11T17:30:00.000Z')
  })

  it('recur_instances.ics: RDATE/EXDATE kept, changed occurrences become their own meetings', () => {
    const { meetings, warnings } = read('recur_instances.ics')
    expect(meetings.map((m) => m.id)).toEqual([
      '623c13c0-6c2b-45d6-a12b-c33ad61c4868',
      '623c13c0-6c2b-45d6-a12b-c33ad61c4868#20121002T100000',
      '623c13c0-6c2b-45d6-a12b-c33ad61c4868#20121105T180000Z',
    ])
    const [first, moved] = meetings
    expect(first?.recurrence).toContain('RDATE;VALUE=PERIOD:20231125T090000Z/20231125T123000Z')
    expect(first?.recurrence?.slice(-2)).toEqual([
      'EXDATE;TZID=America/Los_Angeles:20121002T100000',
      'EXDATE:20121105T180000Z',
    ])
    expect(moved?.start.toISOString()).toBe('2012-10-02T22:00:00.000Z')
    const october = expandMeetings(meetings, {
      from: new Date('2012-10-01T00:00:00Z'),
      to: new Date('2012-11-08T00:00:00Z'),
    })
    const series = '623c13c0-6c2b-45d6-a12b-c33ad61c4868'
    expect(october.map((o) => [o.id, o.start.toISOString()])).toEqual([
      [`${series}#20121002T100000`, '2012-10-02T22:00:00.000Z'],
      // 5 November (an RDATE) was moved to the 6th at 20:00; 6 November is the first Tuesday.
      [series, '2012-11-06T18:00:00.000Z'],
      [`${series}#20121105T180000Z`, '2012-11-07T04:00:00.000Z'],
    ])
    expect(warnings.map((w) => [w.line, w.property])).toEqual([
      [21, 'VTIMEZONE'],
      [37, 'LOCATION'],
      [59, 'RECURRENCE-ID'],
      [79, 'RECURRENCE-ID'],
      [98, 'X-UNKNOWN'],
    ])
  })

  it('recur_instances_finite.ics: a finite monthly series with two RDATEs', () => {
    const { meetings } = read('recur_instances_finite.ics')
    const all = expandMeetings(meetings, {
      from: new Date('2012-01-01T00:00:00Z'),
      to: new Date('2014-01-01T00:00:00Z'),
    })
    expect(all.map((o) => o.start.toISOString())).toEqual([
      '2012-10-02T17:00:00.000Z',
      '2012-11-05T18:00:00.000Z',
      '2012-11-06T18:00:00.000Z',
      '2012-11-10T18:00:00.000Z',
      '2012-12-04T18:00:00.000Z',
    ])
  })

  it('timezone_from_file.ics: a non-IANA zone with one fixed offset, and no UID', () => {
    const { meetings, warnings } = read('timezone_from_file.ics')
    expect(meetings[0]).toMatchObject({
      id: 'event-line-12',
      title: 'A test event',
      timeZone: 'Asia/Ho_Chi_Minh',
    })
    // 13:42 at UTC−07:41 is 21:23 UTC.
    expect(meetings[0]?.start.toISOString()).toBe('2023-03-06T21:23:00.000Z')
    expect(warnings.map((w) => [w.line, w.property])).toEqual([
      [12, 'UID'],
      [14, 'DTSTART'],
      [15, 'DTEND'],
    ])
  })

  it('utc_negative_zero.ics: Etc/GMT with offset -0000', () => {
    const meeting = read('utc_negative_zero.ics').meetings[0]
    expect([meeting?.title, meeting?.timeZone, meeting?.start.toISOString()]).toEqual([
      'And another',
      'Etc/GMT',
      '2012-08-21T21:00:00.000Z',
    ])
  })

  it('rdate_exdate.ics: no SUMMARY (titled "(No title)"), UTC start recurring in UTC, date EXDATE', () => {
    const { meetings, warnings } = read('rdate_exdate.ics')
    expect(meetings[0]).toMatchObject({ id: '123', title: '(No title)', timeZone: 'UTC' })
    expect(warnings.map((w) => [w.line, w.property])).toEqual([
      [2, 'SUMMARY'],
      [4, 'DTEND'],
    ])
    const all = expandMeetings(meetings, {
      from: new Date('2024-06-01T00:00:00Z'),
      to: new Date('2024-07-01T00:00:00Z'),
    })
    expect(all.map((o) => o.start.toISOString())).toEqual([
      '2024-06-09T03:00:00.000Z',
      '2024-06-10T03:00:00.000Z',
      '2024-06-12T03:00:00.000Z',
    ])
  })

  it('multiple_rrules.ics is refused: a meeting takes one RRULE', () => {
    expect(refusal('multiple_rrules.ics')).toBe(
      'line 24, RRULE: a meeting takes one RRULE (RFC 5545 recommends it), and this VEVENT already has one on line 23; add dates with RDATE',
    )
  })

  it('google_birthday.ics is refused: RDATE:20131210Z is neither a date nor a date-time', () => {
    expect(refusal('google_birthday.ics')).toBe(
      'line 12, RDATE: "RDATE:20131210Z": expected dates YYYYMMDD or date-times YYYYMMDDTHHMMSS[Z], separated by commas',
    )
  })
})

describe('meetingsFromICS on broken input', () => {
  const wrap = (...lines: string[]) =>
    ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR'].join('\r\n')
  const event = (...lines: string[]) =>
    wrap('BEGIN:VEVENT', 'UID:x', 'SUMMARY:Họp', ...lines, 'END:VEVENT')
  const refused = (text: unknown) => {
    const result = safeMeetingsFromICS(text, { hostId: 'ubnd', locale: 'en' })
    return result.ok ? 'imported' : result.error.format()
  }

  it('names the line and property of each problem, never throwing anything else', () => {
    expect(refused('hello')).toBe(
      'line 1, hello: "hello" is not a content line NAME;PARAM=VALUE:VALUE',
    )
    expect(refused(42)).toBe(
      'line 0, VCALENDAR: expected the text of an .ics file, received number',
    )
    expect(refused('')).toBe(
      'line 1, BEGIN: no BEGIN:VCALENDAR found: this is not an iCalendar file',
    )
    expect(refused(wrap('BEGIN:VEVENT'))).toBe(
      'line 4, END: END:VCALENDAR does not close BEGIN:VEVENT of line 3',
    )
    expect(refused('BEGIN:VCALENDAR')).toBe(
      'line 1, BEGIN: BEGIN:VCALENDAR is never closed by END:VCALENDAR',
    )
    expect(refused(event('DTSTART:2026-03-02'))).toBe(
      'line 6, DTSTART: "2026-03-02" is not a date YYYYMMDD or a date-time YYYYMMDDTHHMMSS[Z]',
    )
    expect(refused(event())).toBe('line 3, DTSTART: the VEVENT starting here has no DTSTART')
    expect(refused(event('DTSTART;TZID=Mars/Olympus:20260302T080000'))).toContain(
      'line 6, DTSTART: TZID "Mars/Olympus"',
    )
    expect(refused(event('DTSTART:20260302T080000Z', 'DTEND:20260302T070000Z'))).toBe(
      'line 7, DTEND: the event ends before it starts (or when it starts)',
    )
    expect(refused(event('DTSTART:20260302T080000Z', 'DURATION:-PT1H'))).toContain(
      'line 7, DURATION',
    )
    expect(refused(event('DTSTART:20260302T080000Z', 'RRULE:FREQ=WEEKLY;BYDAY=XX'))).toBe(
      'line 7, RRULE: "RRULE:FREQ=WEEKLY;BYDAY=XX": BYDAY=XX is out of range or malformed',
    )
    expect(refused(event('DTSTART:20260302T080000Z', 'X-LIENTHONG-MEETING:{oops'))).toBe(
      'line 7, X-LIENTHONG-MEETING: is not the JSON object lienthong writes',
    )
    expect(
      refused(event('DTSTART:20260302T080000Z', 'X-LIENTHONG-MEETING:{"kind":"party"}')),
    ).toContain('line 7, X-LIENTHONG-MEETING: kind: must be one of')
    expect(() => meetingsFromICS('nope', { hostId: 'ubnd' })).toThrow(LienthongError)
  })

  it('reports in Vietnamese', () => {
    const result = safeMeetingsFromICS(event(), { hostId: 'ubnd', locale: 'vi' })
    expect(result.ok ? '' : result.error.format('vi')).toBe(
      'dòng 3, DTSTART: VEVENT bắt đầu ở dòng này không có DTSTART',
    )
  })

  it('maps attendees by email, the chair by ROLE=CHAIR, and a venue by name', () => {
    const { meetings } = meetingsFromICS(
      event(
        'DTSTART;TZID=Asia/Ho_Chi_Minh:20260302T080000',
        'DURATION:PT1H30M',
        'LOCATION:Phòng họp số 4',
        'STATUS:TENTATIVE',
        'ATTENDEE;ROLE=CHAIR;CN="Nguyễn Văn A":mailto:A@hanoi.gov.vn',
        'ATTENDEE:mailto:khach@example.org',
        'ATTENDEE;CUTYPE=ROOM:mailto:room4@hanoi.gov.vn',
      ),
      {
        hostId: 'ubnd',
        kind: 'working-session',
        people: [{ id: 'chu-tich', name: 'Nguyễn Văn A', email: 'a@hanoi.gov.vn', posts: [] }],
        venues: [
          { id: 'phong-4', name: 'Phòng họp số 4', kind: 'room', timeZone: 'Asia/Ho_Chi_Minh' },
        ],
      },
    )
    expect(meetings[0]).toMatchObject({
      kind: 'working-session',
      chairId: 'chu-tich',
      participantIds: ['chu-tich', 'khach@example.org'],
      venueId: 'phong-4',
      status: 'tentative',
    })
    expect(meetings[0]?.end.toISOString()).toBe('2026-03-02T02:30:00.000Z')
  })
})

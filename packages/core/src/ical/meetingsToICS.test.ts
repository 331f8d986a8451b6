import { describe, expect, it } from 'vitest'
import { parseMeeting } from '../meeting/parseMeeting.js'
import type { MeetingInput } from '../meeting/meeting.schema.js'
import { unescapeText } from './contentLines.js'
import { meetingsFromICS } from './meetingsFromICS.js'
import { meetingsToICS } from './meetingsToICS.js'

const now = new Date('2026-03-01T00:00:00Z')
const meeting = (overrides: Partial<MeetingInput> = {}) =>
  parseMeeting({
    id: 'phien-hop-3',
    title: 'Phiên họp UBND thành phố thường kỳ tháng 3',
    kind: 'peoples-committee-regular-meeting',
    hostId: 'ubnd',
    start: '2026-03-26T08:00:00+07:00',
    end: '2026-03-26T11:30:00+07:00',
    ...overrides,
  })

/** The unfolded content lines of a calendar. */
const unfolded = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)

describe('meetingsToICS', () => {
  it('writes a VEVENT with a stable UID, DTSTAMP, zoned times, people, place, status and URL', () => {
    const ics = meetingsToICS(
      [
        meeting({
          chairId: 'chu-tich',
          participantIds: ['chu-tich', 'pct-1'],
          venueId: 'phong-4',
          status: 'postponed',
          description: 'Nội dung: kinh tế, xã hội; dự toán\nPhần 2 \\ phụ lục',
        }),
      ],
      {
        now,
        domain: 'hanoi.gov.vn',
        calendarName: 'Lịch công tác',
        people: [
          { id: 'chu-tich', name: 'Trần Văn A', email: 'a@hanoi.gov.vn', posts: [] },
          { id: 'pct-1', name: 'Lê Thị B', posts: [] },
        ],
        venues: [
          {
            id: 'phong-4',
            name: 'Phòng họp số 4',
            address: '79 Đinh Tiên Hoàng',
            kind: 'room',
            timeZone: 'Asia/Ho_Chi_Minh',
          },
        ],
        organizations: [
          {
            id: 'ubnd',
            name: 'Ủy ban nhân dân thành phố Hà Nội',
            kind: 'peoples-committee',
            level: 'province',
            serves: [],
            timeZone: 'Asia/Ho_Chi_Minh',
            workingHours: { periods: [{ start: '08:00', end: '17:00' }], days: [1, 2, 3, 4, 5] },
            active: true,
          },
        ],
        url: (m) => `https://hanoi.gov.vn/lich/${m.id}`,
      },
    )
    const lines = unfolded(ics)
    expect(lines).toEqual(
      expect.arrayContaining([
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'X-WR-CALNAME:Lịch công tác',
        'TZID:Asia/Ho_Chi_Minh',
        'UID:phien-hop-3@hanoi.gov.vn',
        'DTSTAMP:20260301T000000Z',
        'DTSTART;TZID=Asia/Ho_Chi_Minh:20260326T080000',
        'DTEND;TZID=Asia/Ho_Chi_Minh:20260326T113000',
        'SUMMARY:Phiên họp UBND thành phố thường kỳ tháng 3',
        'DESCRIPTION:Nội dung: kinh tế\\, xã hội\\; dự toán\\nPhần 2 \\\\ phụ lục',
        'LOCATION:Phòng họp số 4\\, 79 Đinh Tiên Hoàng',
        'ORGANIZER;CN=Ủy ban nhân dân thành phố Hà Nội:urn:x-lienthong:organization:ubnd',
        'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=CHAIR;CN=Trần Văn A:mailto:a@hanoi.gov.vn',
        'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=Lê Thị B:urn:x-lienthong:person:pct-1',
        'STATUS:TENTATIVE',
        'URL:https://hanoi.gov.vn/lich/phien-hop-3',
        'END:VCALENDAR',
      ]),
    )
    expect(unescapeText(lines.find((l) => l.startsWith('DESCRIPTION:'))?.slice(12) ?? '')).toBe(
      'Nội dung: kinh tế, xã hội; dự toán\nPhần 2 \\ phụ lục',
    )
  })

  it('folds lines at 75 octets without splitting a character, with CRLF endings', () => {
    const ics = meetingsToICS([meeting({ title: 'Hội nghị '.repeat(40).trim() })], { now })
    const physical = ics.split('\r\n')
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of physical) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
      expect(line).not.toContain('\uFFFD')
    }
    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3)
    expect(meetingsFromICS(ics, { hostId: 'x' }).meetings[0]?.title).toBe(
      'Hội nghị '.repeat(40).trim(),
    )
  })

  it('writes a VTIMEZONE with Berlin’s DST changes, recurrence lines, and all-day dates', () => {
    const ics = meetingsToICS(
      [
        meeting({
          start: '2026-03-16T08:00:00+01:00',
          end: '2026-03-16T09:00:00+01:00',
          timeZone: 'Europe/Berlin',
          recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO', 'EXDATE;TZID=Europe/Berlin:20260330T080000'],
        }),
        meeting({
          id: 'le',
          start: '2026-04-30T00:00:00+07:00',
          end: '2026-05-02T00:00:00+07:00',
          allDay: true,
        }),
      ],
      { now },
    )
    const lines = unfolded(ics)
    const zone = lines.slice(lines.indexOf('TZID:Europe/Berlin'), lines.indexOf('END:VTIMEZONE'))
    expect(zone).toEqual(
      expect.arrayContaining([
        'BEGIN:DAYLIGHT',
        'DTSTART:20260329T020000',
        'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0200',
        'BEGIN:STANDARD',
        'DTSTART:20261025T030000',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
      ]),
    )
    expect(lines).toEqual(
      expect.arrayContaining([
        'DTSTART;TZID=Europe/Berlin:20260316T080000',
        'RRULE:FREQ=WEEKLY;BYDAY=MO',
        'EXDATE;TZID=Europe/Berlin:20260330T080000',
        'DTSTART;VALUE=DATE:20260430',
        'DTEND;VALUE=DATE:20260502',
      ]),
    )
    expect(lines.filter((l) => l === 'TZID:Asia/Ho_Chi_Minh')).toEqual([])
  })

  it('maps every status to CONFIRMED, TENTATIVE or CANCELLED', () => {
    const statuses = [
      'planned',
      'confirmed',
      'held',
      'tentative',
      'postponed',
      'cancelled',
    ] as const
    const ics = meetingsToICS(
      statuses.map((status) => meeting({ id: status, status })),
      { now },
    )
    expect(unfolded(ics).filter((l) => l.startsWith('STATUS:'))).toEqual([
      'STATUS:CONFIRMED',
      'STATUS:CONFIRMED',
      'STATUS:CONFIRMED',
      'STATUS:TENTATIVE',
      'STATUS:TENTATIVE',
      'STATUS:CANCELLED',
    ])
    // Another app changing STATUS wins over the status lienthong wrote.
    const edited = ics.replace('STATUS:TENTATIVE', 'STATUS:CANCELLED')
    expect(meetingsFromICS(edited, { hostId: 'x' }).meetings.map((m) => m.status)).toEqual([
      'planned',
      'confirmed',
      'held',
      'cancelled',
      'postponed',
      'cancelled',
    ])
  })

  it('writes the second of two equal wall-clock times (clocks going back) in UTC', () => {
    const late = meeting({
      start: '2026-10-25T02:30:00+01:00',
      end: '2026-10-25T03:30:00+01:00',
      timeZone: 'Europe/Berlin',
    })
    const early = meeting({
      id: 'early',
      start: '2026-10-25T02:30:00+02:00',
      end: '2026-10-25T03:30:00+01:00',
      timeZone: 'Europe/Berlin',
    })
    const lines = unfolded(meetingsToICS([late, early], { now }))
    expect(lines).toContain('DTSTART:20261025T013000Z')
    expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20261025T023000')
    expect(meetingsFromICS(lines.join('\r\n'), { hostId: 'x' }).meetings).toEqual([late, early])
  })
})

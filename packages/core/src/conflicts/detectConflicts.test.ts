import { describe, expect, it } from 'vitest'
import { vietnamWorkingCalendar } from '../calendar/vietnamWorkingCalendar.js'
import { LienthongError } from '../errors/LienthongError.js'
import type { Meeting } from '../meeting/meeting.schema.js'
import { serializeMeeting } from '../meeting/parseMeeting.js'
import type { Conflict, ConflictKind } from './conflicts.schema.js'
import { detectConflicts, safeDetectConflicts } from './detectConflicts.js'
import { formatConflictMessage } from './formatConflictMessage.js'
import { parseConflict, serializeConflict } from './parseConflict.js'
import { city, meeting } from './testCity.js'

function only(kind: ConflictKind, meetings: Meeting[], options = {}): Conflict[] {
  return detectConflicts(meetings, { ...city, options: { ...options, kinds: [kind] } })
}

const iso = (conflict: Conflict | undefined) =>
  conflict && [conflict.interval.start.toISOString(), conflict.interval.end.toISOString()]

describe('detectConflicts: people', () => {
  it('finds a leader booked into two overlapping meetings, with the exact overlap', () => {
    const briefing = meeting({
      title: 'Giao ban Thường trực Thành ủy',
      hostId: 'tu',
      chairId: 'bi-thu',
      venueId: 'hoi-truong-tu',
      from: '08:00',
      to: '10:00',
    })
    const voters = meeting({
      title: 'Tiếp xúc cử tri phường Ba Đình',
      kind: 'voter-contact',
      hostId: 'doan-dbqh',
      participantIds: ['bi-thu', 'cvp-ubnd'],
      venueId: 'nha-van-hoa-ba-dinh',
      from: '09:30',
      to: '11:00',
    })
    const [clash, ...rest] = only('person-double-booked', [voters, briefing])
    expect(rest).toEqual([])
    expect(clash).toMatchObject({
      kind: 'person-double-booked',
      severity: 'error',
      personId: 'bi-thu',
      meetingIds: [briefing.id, voters.id],
      meetingIndexes: [1, 0],
      messageCode: 'person-double-booked',
      params: { person: 'Nguyễn Văn An', date: '2026-03-02', from: '09:30', to: '10:00' },
    })
    expect(iso(clash)).toEqual(['2026-03-02T02:30:00.000Z', '2026-03-02T03:00:00.000Z'])
    expect(clash?.message).toBe(
      'Nguyễn Văn An is booked into “Giao ban Thường trực Thành ủy” and “Tiếp xúc cử tri phường Ba Đình” at the same time (2026-03-02 09:30–10:00)',
    )
    expect(clash && formatConflictMessage(clash, 'vi')).toBe(
      'Nguyễn Văn An bị trùng lịch: “Giao ban Thường trực Thành ủy” và “Tiếp xúc cử tri phường Ba Đình” cùng lúc (09:30–10:00 ngày 02/03/2026)',
    )
  })

  it('treats intervals as half-open: back to back is no clash, and zero-length never clashes', () => {
    const first = meeting({ chairId: 'bi-thu', from: '08:00', to: '10:00' })
    const second = meeting({ chairId: 'bi-thu', from: '10:00', to: '11:00' })
    const instant: Meeting = { ...meeting({ chairId: 'bi-thu' }), end: first.start }
    const inside: Meeting = {
      ...meeting({ chairId: 'bi-thu' }),
      start: new Date('2026-03-02T09:00:00+07:00'),
      end: new Date('2026-03-02T09:00:00+07:00'),
    }
    expect(only('person-double-booked', [first, second, instant, inside])).toEqual([])
  })

  it('resolves a required post to whoever holds it on the day', () => {
    const session = (date: string) =>
      meeting({
        title: 'Phiên họp UBND thành phố thường kỳ',
        kind: 'peoples-committee-regular-meeting',
        requiredPosts: [{ organizationId: 'ubnd', role: 'chair' }],
        date,
      })
    const partyMeeting = (date: string) =>
      meeting({
        title: 'Hội nghị Ban Thường vụ Thành ủy',
        hostId: 'tu',
        participantIds: ['chu-tich-ubnd', 'chu-tich-ubnd-moi'],
        date,
      })
    const before = only('person-double-booked', [session('2026-06-30'), partyMeeting('2026-06-30')])
    expect(before.map((c) => [c.personId, c.messageCode, c.params.role])).toEqual([
      ['chu-tich-ubnd', 'person-double-booked-via-post', 'chair'],
    ])
    expect(before[0]?.message).toContain(
      'Trần Minh Hùng, Chair of Ủy ban nhân dân thành phố Hà Nội',
    )
    expect(before[0] && formatConflictMessage(before[0], 'vi')).toContain(
      'Trần Minh Hùng (Chủ tịch Ủy ban nhân dân thành phố Hà Nội)',
    )
    const after = only('person-double-booked', [session('2026-07-01'), partyMeeting('2026-07-01')])
    expect(after.map((c) => c.personId)).toEqual(['chu-tich-ubnd-moi'])
  })

  it('does not guess which of several holders a post means', () => {
    const needsViceChair = meeting({
      requiredPosts: [{ organizationId: 'ubnd', role: 'vice-chair' }],
    })
    const withViceChair = meeting({ participantIds: ['pct-1'] })
    expect(only('person-double-booked', [needsViceChair, withViceChair])).toEqual([])
  })

  it('names a person once per pair even when chair, participant and post holder at once', () => {
    const a = meeting({
      chairId: 'bi-thu',
      participantIds: ['bi-thu'],
      requiredPosts: [{ organizationId: 'tu', role: 'secretary' }],
    })
    const b = meeting({ participantIds: ['bi-thu'] })
    expect(only('person-double-booked', [a, b])).toHaveLength(1)
  })

  it('takes any id as given, even one that names a property of every object or a number', () => {
    const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '0', '1e3']
    const first = meeting({ participantIds: ids, venueId: '__proto__' })
    const second = meeting({ participantIds: [...ids].reverse(), venueId: '__proto__' })
    const people = only('person-double-booked', [first, second])
    expect(people.map((conflict) => conflict.personId).sort()).toEqual([...ids].sort())
    const venues = only('venue-double-booked', [first, second])
    expect(venues.map((conflict) => conflict.venueId)).toEqual(['__proto__'])
  })
})

describe('detectConflicts: venues and bodies', () => {
  it('finds a room booked twice and a bridge point used by two online conferences', () => {
    const a = meeting({ venueId: 'phong-1-ubnd', from: '14:00', to: '16:00' })
    const b = meeting({ venueId: 'phong-1-ubnd', from: '15:00', to: '17:00' })
    const online = (from: string, to: string) =>
      meeting({
        kind: 'online-conference',
        venueId: 'hoi-truong-tu',
        online: {
          bridgePoints: [
            { name: 'Điểm cầu xã Sóc Sơn', venueId: 'diem-cau-soc-son', delegates: 50 },
          ],
        },
        date: '2026-03-03',
        from,
        to,
      })
    const c = online('08:00', '11:00')
    const d = online('10:30', '11:30')
    const found = only('venue-double-booked', [a, b, c, d])
    expect(found.map((x) => [x.venueId, x.meetingIds, iso(x)])).toEqual([
      ['phong-1-ubnd', [a.id, b.id], ['2026-03-02T08:00:00.000Z', '2026-03-02T09:00:00.000Z']],
      ['hoi-truong-tu', [c.id, d.id], ['2026-03-03T03:30:00.000Z', '2026-03-03T04:00:00.000Z']],
      ['diem-cau-soc-son', [c.id, d.id], ['2026-03-03T03:30:00.000Z', '2026-03-03T04:00:00.000Z']],
    ])
    expect(found[2]?.message).toContain('Điểm cầu xã Sóc Sơn is booked')
  })

  it('finds two major meetings requiring the same body, before anyone is named', () => {
    const council = meeting({
      title: 'Kỳ họp thứ 25 HĐND thành phố',
      kind: 'council-session',
      hostId: 'hdnd',
      requiredOrganizationIds: ['ubnd'],
      importance: 'major',
      from: '08:00',
      to: '11:30',
    })
    const committee = meeting({
      title: 'Phiên họp UBND thành phố tháng 3',
      kind: 'peoples-committee-regular-meeting',
      hostId: 'ubnd',
      importance: 'major',
      from: '09:00',
      to: '11:00',
    })
    const minor = meeting({ hostId: 'ubnd', from: '09:00', to: '10:00' })
    const found = only('body-double-booked', [council, committee, minor])
    expect(found.map((c) => [c.organizationId, c.meetingIds, c.severity])).toEqual([
      ['ubnd', [council.id, committee.id], 'error'],
    ])
    expect(found[0]?.message).toBe(
      'Ủy ban nhân dân thành phố Hà Nội is required by two major meetings at once: “Kỳ họp thứ 25 HĐND thành phố” and “Phiên họp UBND thành phố tháng 3” (2026-03-02 09:00–11:00)',
    )
  })
})

describe('detectConflicts: working time', () => {
  it('warns about a meeting after hours or into the lunch break, not one through it', () => {
    const evening = meeting({ hostId: 'ubnd', from: '17:30', to: '19:00' })
    const intoLunch = meeting({ hostId: 'ubnd', from: '11:00', to: '12:00' })
    const fullDay = meeting({ hostId: 'ubnd', from: '08:00', to: '17:00' })
    const morning = meeting({ hostId: 'ubnd', from: '07:30', to: '11:30' })
    const found = only('outside-working-hours', [evening, intoLunch, fullDay, morning])
    expect(found.map((c) => [c.meetingIds[0], c.severity, c.organizationId])).toEqual([
      [intoLunch.id, 'warning', 'ubnd'],
      [evening.id, 'warning', 'ubnd'],
    ])
    expect(found[1]?.message).toBe(
      `“${evening.title}” (2026-03-02 17:30–19:00) is outside the working hours of Ủy ban nhân dân thành phố Hà Nội (07:30–11:30, 13:30–17:00)`,
    )
  })

  it("uses the host's own working days: Saturday is a rest day for the UBND, not the delegation", () => {
    const committee = meeting({ hostId: 'ubnd', date: '2026-03-07' })
    const voters = meeting({ hostId: 'doan-dbqh', kind: 'voter-contact', date: '2026-03-07' })
    const found = detectConflicts([committee, voters], city)
    expect(found.map((c) => [c.kind, c.meetingIds[0], c.params.date])).toEqual([
      ['weekly-rest-day', committee.id, '2026-03-07'],
    ])
    expect(found[0]?.message).toBe(
      `“${committee.title}” falls on 2026-03-07, a weekly rest day of Ủy ban nhân dân thành phố Hà Nội`,
    )
  })

  it('reports holidays through isNonWorkingDay, and the part of an all-day meeting on them', () => {
    const holidays = new Set(['2026-04-30', '2026-05-01'])
    const exhibition = meeting({
      title: 'Triển lãm kỷ niệm 51 năm Ngày Giải phóng miền Nam',
      kind: 'city-event',
      hostId: 'tu',
      allDay: true,
      start: '2026-04-29T00:00:00+07:00',
      end: '2026-05-02T00:00:00+07:00',
    })
    const asked: string[] = []
    const found = only('holiday', [exhibition], {
      isNonWorkingDay: (date: string) => {
        asked.push(date)
        return holidays.has(date)
      },
    })
    expect(found.map((c) => [c.params.date, iso(c)])).toEqual([
      ['2026-04-30', ['2026-04-29T17:00:00.000Z', '2026-04-30T17:00:00.000Z']],
      ['2026-05-01', ['2026-04-30T17:00:00.000Z', '2026-05-01T17:00:00.000Z']],
    ])
    expect(asked).toEqual(['2026-04-29', '2026-04-30', '2026-05-01'])
    expect(only('holiday', [exhibition])).toEqual([])
    expect(found[0] && formatConflictMessage(found[0], 'vi')).toBe(
      '“Triển lãm kỷ niệm 51 năm Ngày Giải phóng miền Nam” rơi vào ngày nghỉ lễ 30/04/2026',
    )
  })

  it('reads holidays and Saturdays worked in exchange from a holiday calendar', () => {
    const calendar = vietnamWorkingCalendar({ from: 2026, to: 2026 })
    // 10 January 2026 is a Saturday worked in exchange for Friday 2 January; 17 January is not.
    const makeUp = meeting({ hostId: 'ubnd', date: '2026-01-10' })
    const saturday = meeting({ hostId: 'ubnd', date: '2026-01-17' })
    const bridgeDay = meeting({ hostId: 'ubnd', date: '2026-01-02' })
    const victoryDay = meeting({ hostId: 'ubnd', date: '2026-04-30' })
    const found = detectConflicts([makeUp, saturday, bridgeDay, victoryDay], { ...city, calendar })
    expect(found.map((c) => [c.kind, c.params.date])).toEqual([
      ['holiday', '2026-01-02'],
      ['weekly-rest-day', '2026-01-17'],
      ['holiday', '2026-04-30'],
    ])
    // Without the calendar the Saturday worked in exchange is a rest day, and no holiday is known.
    expect(detectConflicts([makeUp, bridgeDay], city).map((c) => [c.kind, c.params.date])).toEqual([
      ['weekly-rest-day', '2026-01-10'],
    ])
  })

  it('names the problem of a malformed holiday calendar under `calendar`', () => {
    const calendar = { name: 'Lịch sai', from: '2026-12-31', to: '2026-01-01' }
    const result = safeDetectConflicts([], { calendar })
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.error.issues.map((issue) => issue.path)).toContainEqual([
      'calendar',
      'to',
    ])
    expect(() => detectConflicts([], { ...city, calendar })).toThrow(LienthongError)
  })

  it("reads working hours on the host's wall clock, across daylight-saving changes", () => {
    // Berlin moves from +01:00 to +02:00 on 29 March 2026; 09:00 local is 08:00Z before, 07:00Z after.
    const before = meeting({
      hostId: 'vp-berlin',
      timeZone: 'Europe/Berlin',
      start: '2026-03-27T09:00:00+01:00',
      end: '2026-03-27T10:00:00+01:00',
    })
    const after = meeting({
      hostId: 'vp-berlin',
      timeZone: 'Europe/Berlin',
      start: '2026-03-30T09:00:00+02:00',
      end: '2026-03-30T10:00:00+02:00',
    })
    const early = meeting({
      hostId: 'vp-berlin',
      timeZone: 'Europe/Berlin',
      start: '2026-03-30T08:00:00+01:00', // written with last week's offset: 09:00 CEST
      end: '2026-03-30T10:00:00+02:00',
    })
    const tooEarly = meeting({
      hostId: 'vp-berlin',
      timeZone: 'Europe/Berlin',
      start: '2026-03-30T07:00:00+01:00', // 08:00 CEST: before 09:00
      end: '2026-03-30T08:30:00+01:00',
    })
    const found = only('outside-working-hours', [before, after, early, tooEarly])
    expect(found.map((c) => [c.meetingIds[0], c.params.from, c.params.to])).toEqual([
      [tooEarly.id, '08:00', '09:30'],
    ])
  })
})

describe('detectConflicts: capacity and travel', () => {
  it('compares the people expected at each venue with what it holds', () => {
    const crowded = meeting({
      title: 'Họp triển khai',
      venueId: 'phong-2-ubnd',
      expectedAttendees: 45,
    })
    const fits = meeting({ venueId: 'phong-1-ubnd', expectedAttendees: 40 })
    const online = meeting({
      title: 'Hội nghị trực tuyến toàn thành phố',
      kind: 'online-conference',
      venueId: 'hoi-truong-tu',
      expectedAttendees: 350,
      online: {
        bridgePoints: [
          { name: 'Điểm cầu xã Sóc Sơn', venueId: 'diem-cau-soc-son', delegates: 120 },
          { name: 'Điểm cầu chính', venueId: 'hoi-truong-tu', delegates: 350 },
        ],
      },
      date: '2026-03-03',
    })
    const found = only('over-capacity', [crowded, fits, online])
    expect(found.map((c) => [c.venueId, c.params.expected, c.params.capacity, c.severity])).toEqual(
      [
        ['phong-2-ubnd', 45, 30, 'error'],
        ['diem-cau-soc-son', 120, 100, 'error'],
      ],
    )
    expect(found[0]?.message).toBe(
      '“Họp triển khai” expects 45 people at Phòng họp số 2 UBND, which holds 30',
    )
  })

  it('warns when a person has too little time to go from one venue to the next', () => {
    const atParty = meeting({
      title: 'Hội nghị Ban Thường vụ',
      chairId: 'bi-thu',
      venueId: 'hoi-truong-tu',
      from: '08:00',
      to: '10:00',
    })
    const atWard = meeting({
      title: 'Tiếp xúc cử tri',
      participantIds: ['bi-thu'],
      venueId: 'nha-van-hoa-ba-dinh',
      from: '10:15',
      to: '11:00',
    })
    const found = only('travel-time', [atParty, atWard])
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({
      severity: 'warning',
      personId: 'bi-thu',
      meetingIds: [atParty.id, atWard.id],
      params: { gap: 15, buffer: 30 },
    })
    expect(iso(found[0])).toEqual(['2026-03-02T03:00:00.000Z', '2026-03-02T03:30:00.000Z'])
    expect(found[0]?.message).toBe(
      'Nguyễn Văn An has 15 min between “Hội nghị Ban Thường vụ” at Hội trường Thành ủy and “Tiếp xúc cử tri” at Nhà văn hóa phường Ba Đình; 30 min are needed to travel',
    )
    expect(only('travel-time', [atParty, atWard], { travelBufferMinutes: 15 })).toEqual([])
    expect(only('travel-time', [atParty, atWard], { travelBufferMinutes: 0 })).toEqual([])
    const sameVenue = meeting({
      chairId: 'bi-thu',
      venueId: 'hoi-truong-tu',
      from: '10:00',
      to: '11:00',
    })
    expect(only('travel-time', [atParty, sameVenue])).toEqual([])
  })
})

describe('detectConflicts: statuses and duplicates', () => {
  const at = (status: Meeting['status'], fields = {}) =>
    meeting({ venueId: 'phong-1-ubnd', status, ...fields })

  it('ignores cancelled meetings, and warns (not errs) about tentative or postponed ones', () => {
    const firm = at('confirmed')
    expect(only('venue-double-booked', [firm, at('cancelled')])).toEqual([])
    expect(only('venue-double-booked', [firm, at('tentative')])[0]?.severity).toBe('warning')
    expect(only('venue-double-booked', [firm, at('postponed')])[0]?.severity).toBe('warning')
    expect(only('venue-double-booked', [firm, at('planned')])[0]?.severity).toBe('error')
    expect(only('venue-double-booked', [at('held'), at('held')])[0]?.severity).toBe('info')
  })

  it('never reports a meeting against itself, even when it is listed twice', () => {
    const once = at('planned')
    const other = at('planned')
    const found = only('venue-double-booked', [once, once, other])
    expect(found.map((c) => c.meetingIds)).toEqual([
      [once.id, other.id],
      [once.id, other.id],
    ])
  })

  it('answers each call afresh: again with other meetings, and from inside its own callback', () => {
    // Calls share working memory one after another; a call from a callback must not share it.
    const day = (date: string, n: number) =>
      Array.from({ length: n }, (_, i) =>
        meeting({
          date,
          chairId: i % 2 === 0 ? 'bi-thu' : 'cvp-ubnd',
          participantIds: ['ct-ubnd'],
          venueId: i % 3 === 0 ? 'phong-1-ubnd' : 'hoi-truong-tu',
          from: `${String(8 + (i % 4)).padStart(2, '0')}:00`,
          to: `${String(9 + (i % 4)).padStart(2, '0')}:30`,
        }),
      )
    const monday = day('2026-03-02', 12)
    const tuesday = day('2026-03-03', 7)
    const alone = { monday: detectConflicts(monday, city), tuesday: detectConflicts(tuesday, city) }
    expect(alone.monday.length).toBeGreaterThan(10)
    expect(detectConflicts(tuesday, city)).toEqual(alone.tuesday)
    expect(detectConflicts(monday, city)).toEqual(alone.monday)
    let inner: Conflict[] | undefined
    const outer = detectConflicts(monday, {
      ...city,
      options: {
        isNonWorkingDay: () => {
          inner ??= detectConflicts(tuesday, city)
          return false
        },
      },
    })
    expect(inner).toEqual(alone.tuesday)
    expect(outer).toEqual(alone.monday)
  })
})

describe('detectConflicts: input', () => {
  it('tells a caller who passed wire JSON to parse it first, naming the field', () => {
    const wire = serializeMeeting(meeting({}))
    const run = () => detectConflicts([wire] as unknown as Meeting[])
    expect(run).toThrow(LienthongError)
    try {
      run()
    } catch (error) {
      const problem = error as LienthongError
      expect(problem.code).toBe('invalid_input')
      expect(problem.issues.map((issue) => issue.path)).toEqual([
        ['meetings', 0, 'start'],
        ['meetings', 0, 'end'],
      ])
      expect(problem.message).toContain(
        'meetings[0].start: is a string, not a Date: read wire JSON with parseMeeting first',
      )
    }
  })

  it('gives a LienthongError, never a TypeError, for garbage', () => {
    const garbage: unknown[] = [
      null,
      42,
      'meetings',
      [null],
      [{}],
      [{ id: 'x', start: new Date('nope'), end: new Date() }],
      [{ ...meeting({}), participantIds: 'bi-thu' }],
      [{ ...meeting({}), online: { bridgePoints: [{ venueId: 7, delegates: -1 }] } }],
      [{ ...meeting({}), end: new Date('2020-01-01') }],
    ]
    for (const input of garbage) {
      expect(() => detectConflicts(input as Meeting[])).toThrow(LienthongError)
    }
    const badContext: unknown[] = [
      { people: [{ id: 'p', posts: [{ organizationId: 'ubnd', role: 'chair', from: 'soon' }] }] },
      {
        organizations: [
          { id: 'o', workingHours: { periods: [{ start: '17:00', end: '08:00' }], days: [9] } },
        ],
      },
      { venues: [{ id: 'v', capacity: 'big' }] },
      { options: { travelBufferMinutes: -5 } },
      { options: { kinds: ['double-trouble'] } },
      { options: { isNonWorkingDay: 'Sundays' } },
      'context',
    ]
    for (const context of badContext) {
      expect(() => detectConflicts([], context as never)).toThrow(LienthongError)
    }
  })

  it('lists every problem with its path, in the locale asked for', () => {
    const result = safeDetectConflicts([{ id: 'm1', start: new Date(), end: 'tomorrow' }], {
      options: { locale: 'vi' },
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.format('vi')).toBe(
      'meetings[0].end: là chuỗi ký tự, không phải Date: hãy đọc JSON bằng parseMeeting trước, hoặc gọi dạng an toàn (safeDetectConflicts, safeFindFreeSlots) vốn nhận JSON',
    )
  })

  it('safeDetectConflicts accepts wire JSON as well as parsed meetings', () => {
    const a = meeting({ venueId: 'phong-1-ubnd' })
    const b = meeting({ venueId: 'phong-1-ubnd' })
    const wire = JSON.parse(JSON.stringify([serializeMeeting(a), b])) as unknown
    const context = JSON.parse(JSON.stringify(city)) as unknown
    const result = safeDetectConflicts(wire, context)
    expect(result.ok && result.value.map((c) => [c.kind, c.meetingIds])).toEqual([
      ['venue-double-booked', [a.id, b.id]],
    ])
    const bad = safeDetectConflicts([{ ...serializeMeeting(a), end: '2026-03-01T00:00:00+07:00' }])
    expect(bad.ok ? [] : bad.error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['meetings', 0, 'end'], 'end_before_start'],
    ])
    expect(safeDetectConflicts('nope').ok).toBe(false)
  })

  it('does not change its input', () => {
    const meetings = [meeting({ chairId: 'bi-thu' }), meeting({ chairId: 'bi-thu' })]
    const copy = structuredClone(meetings)
    detectConflicts(meetings, city)
    expect(meetings).toEqual(copy)
  })
})

describe('conflicts on the wire', () => {
  it('serializes a conflict and parses it back to the same value', () => {
    const conflicts = detectConflicts(
      [meeting({ venueId: 'phong-1-ubnd' }), meeting({ venueId: 'phong-1-ubnd' })],
      city,
    )
    expect(conflicts).toHaveLength(1)
    for (const conflict of conflicts) {
      const wire = JSON.parse(JSON.stringify(serializeConflict(conflict))) as unknown
      expect(parseConflict(wire)).toEqual(conflict)
    }
  })
})

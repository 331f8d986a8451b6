import { describe, expect, it } from 'vitest'
import { parseMeeting, safeParseMeeting, serializeMeeting } from './parseMeeting.js'

const valid = {
  id: 'm1',
  title: 'Hội nghị Ban Thường vụ Thành ủy',
  kind: 'standing-committee-conference',
  hostId: 'tu',
  participantIds: ['p1', 'p2'],
  start: '2026-03-02T08:00:00+07:00',
  end: '2026-03-02T11:30:00+07:00',
}

describe('parseMeeting', () => {
  it('turns wire instants into Dates and fills defaults', () => {
    const meeting = parseMeeting(valid)
    expect(meeting.start.toISOString()).toBe('2026-03-02T01:00:00.000Z')
    expect(meeting).toMatchObject({
      status: 'planned',
      importance: 'normal',
      timeZone: 'Asia/Ho_Chi_Minh',
      allDay: false,
    })
  })

  it('gives one readable message per problem, each naming its field', () => {
    const result = safeParseMeeting({
      ...valid,
      end: '2026-03-02T07:00:00+07:00',
      timeZone: 'Asia/Hanoi',
      participantIds: ['p1', 42],
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.format().split('\n')).toEqual([
      'participantIds[1]: expected a string, received a number',
      'timeZone: "Asia/Hanoi" is not an IANA time zone (e.g. Asia/Ho_Chi_Minh)',
      'end: must be after start (2026-03-02T00:00:00.000Z is not after 2026-03-02T01:00:00.000Z)',
    ])
    expect(result.error.format('vi').split('\n')[0]).toBe(
      'participantIds[1]: cần một chuỗi ký tự, nhận được một số',
    )
  })

  it('refuses local times without an offset, which would be ambiguous', () => {
    const result = safeParseMeeting({ ...valid, start: '2026-03-02T08:00:00' })
    expect(result.ok ? [] : result.error.issues.map((i) => [i.path, i.code])).toEqual([
      [['start'], 'invalid_format'],
    ])
  })

  it('treats a missing field as required, not as a type mismatch', () => {
    const result = safeParseMeeting({ ...valid, hostId: undefined })
    expect(result.ok ? undefined : result.error.issues[0]).toMatchObject({
      code: 'required',
      path: ['hostId'],
      message: 'is required',
    })
  })

  it('checks recurrence lines', () => {
    const result = safeParseMeeting({
      ...valid,
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO', 'every monday'],
    })
    expect(result.ok ? [] : result.error.issues.map((i) => [i.path, i.code])).toEqual([
      [['recurrence', 1], 'invalid_recurrence'],
    ])
    expect(
      parseMeeting({
        ...valid,
        recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO', 'EXDATE;TZID=Asia/Ho_Chi_Minh:20260309T080000'],
      }).recurrence,
    ).toHaveLength(2)
  })

  it('refuses the same participant twice', () => {
    const result = safeParseMeeting({ ...valid, participantIds: ['p1', 'p1'] })
    expect(result.ok ? undefined : result.error.issues[0]).toMatchObject({
      code: 'duplicate_value',
      path: ['participantIds', 1],
    })
  })

  it('serializes back to wire form that parses to the same meeting', () => {
    const meeting = parseMeeting({
      ...valid,
      online: { bridgePoints: [{ name: 'Điểm cầu xã A', delegates: 30 }] },
    })
    const wire = serializeMeeting(meeting)
    expect(wire.start).toBe('2026-03-02T01:00:00.000Z')
    expect(parseMeeting(JSON.parse(JSON.stringify(wire)))).toEqual(meeting)
  })
})

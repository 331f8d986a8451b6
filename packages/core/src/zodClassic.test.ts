// Core's schemas are built with zod/mini (for the widgets' size). An application that uses zod
// classic must still be able to embed them, extend them and parse with them.
import { describe, expect, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import { extend } from 'zod/mini'
import {
  meetingSchema,
  parseMeeting,
  petitionSchema,
  type Meeting,
  type MeetingInput,
  type Petition,
} from './index.js'

const wire = {
  id: 'm1',
  title: 'Hội nghị Ban Thường vụ Thành ủy',
  kind: 'standing-committee-conference',
  hostId: 'tu',
  start: '2026-03-02T08:00:00+07:00',
  end: '2026-03-02T11:30:00+07:00',
} satisfies MeetingInput

const envelope = z.object({ meeting: meetingSchema, note: z.string().trim().min(1).optional() })

describe('core schemas inside zod classic', () => {
  it('parses an embedded schema with its codec and defaults', () => {
    const parsed = envelope.parse({ meeting: wire, note: ' ok ' })
    expect(parsed.meeting.start).toEqual(new Date('2026-03-02T01:00:00.000Z'))
    expect(parsed.meeting).toMatchObject({ status: 'planned', timeZone: 'Asia/Ho_Chi_Minh' })
    expect(parsed.note).toBe('ok')
    expect(parsed.meeting).toEqual(parseMeeting(wire))
    expectTypeOf(parsed.meeting).toEqualTypeOf<Meeting>()
  })

  it("reports core's rules at the embedded path with safeParse", () => {
    const result = envelope.safeParse({
      meeting: { ...wire, end: wire.start, timeZone: 'Asia/Hanoi' },
    })
    expect(result.success).toBe(false)
    const issues = result.error?.issues.map((issue) => ({
      path: issue.path,
      code: issue.code === 'custom' ? (issue.params?.lienthongCode as unknown) : issue.code,
    }))
    expect(issues).toEqual([
      { path: ['meeting', 'timeZone'], code: 'invalid_time_zone' },
      { path: ['meeting', 'end'], code: 'end_before_start' },
    ])
  })

  it('writes the embedded schema back to the wire with encode', () => {
    const parsed = envelope.parse({ meeting: wire })
    const encoded = envelope.encode(parsed)
    expect(encoded.meeting.start).toBe('2026-03-02T01:00:00.000Z')
    expect(parseMeeting(encoded.meeting)).toEqual(parsed.meeting)
  })

  it("extends a schema with zod/mini's extend, keeping its rules", () => {
    const withRoom = extend(meetingSchema, { room: z.string().min(1) })
    expect(withRoom.parse({ ...wire, room: 'A' }).room).toBe('A')
    expect(withRoom.safeParse({ ...wire, room: '' }).success).toBe(false)
    const wrongEnd = withRoom.safeParse({ ...wire, end: wire.start, room: 'A' })
    expect(wrongEnd.error?.issues[0]?.path).toEqual(['end'])
  })

  it("spreads a schema's shape into a classic object, which has classic methods", () => {
    const submission = z
      .object({ ...petitionSchema.shape, reference: z.string().optional() })
      .pick({ kinds: true, content: true, reference: true })
    expect(submission.parse({ kinds: ['reflection'], content: ' Đèn đường hỏng ' })).toEqual({
      kinds: ['reflection'],
      content: 'Đèn đường hỏng',
    })
    expect(
      submission.safeParse({ kinds: ['reflection', 'reflection'], content: 'x' }).success,
    ).toBe(false)
    expectTypeOf<z.output<typeof submission>['kinds']>().toEqualTypeOf<Petition['kinds']>()
  })

  it('wraps a schema with classic functions and generates its JSON Schema', () => {
    const list = z.array(meetingSchema).max(2).describe('Up to two meetings.')
    expect(list.parse([wire])[0]?.end).toEqual(new Date('2026-03-02T04:30:00.000Z'))
    expect(list.safeParse([wire, wire, wire]).success).toBe(false)
    const jsonSchema = z.toJSONSchema(list, { io: 'input' })
    expect(jsonSchema).toMatchObject({
      type: 'array',
      maxItems: 2,
      description: 'Up to two meetings.',
      items: { type: 'object', required: ['id', 'title', 'kind', 'hostId', 'start', 'end'] },
    })
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { meetingSchema, type Meeting } from '../meeting/meeting.schema.js'
import { generateSampleData } from '../sample/generateSampleData.js'
import { meetingInput } from '../_lib/testing/arbitraries.js'
import { meetingsFromICS } from './meetingsFromICS.js'
import { meetingsToICS } from './meetingsToICS.js'

const now = new Date('2026-01-01T00:00:00Z')

/** iCalendar writes times to the second. */
function toSeconds(meeting: Meeting): Meeting {
  const second = (date: Date) => new Date(Math.floor(date.getTime() / 1000) * 1000)
  return { ...meeting, start: second(meeting.start), end: second(meeting.end) }
}

describe('meetingsToICS then meetingsFromICS', () => {
  it('gives back the same meetings (generated)', () => {
    fc.assert(
      fc.property(
        fc.array(meetingInput, { maxLength: 5 }),
        fc.string({ minLength: 1, maxLength: 20 }),
        (inputs, domain) => {
          fc.pre(!/[\r\n]/.test(domain) && domain.trim() === domain)
          const meetings = inputs.map((input, index) =>
            toSeconds(meetingSchema.parse({ ...input, id: `${input.id}-${index}` })),
          )
          const ics = meetingsToICS(meetings, { now, domain })
          const back = meetingsFromICS(ics, { hostId: 'someone-else', kind: 'other', domain })
          expect(back.meetings).toEqual(meetings)
          expect(back.warnings).toEqual([])
        },
      ),
      { numRuns: 100 },
    )
  }, 60_000)

  it('gives back the same meetings (a sample city’s year)', () => {
    const sample = generateSampleData({ seed: 1 })
    const ics = meetingsToICS(sample.meetings, {
      now,
      domain: 'hanoi.gov.vn',
      people: sample.people,
      venues: sample.venues,
      organizations: sample.organizations,
    })
    const back = meetingsFromICS(ics, { hostId: 'x', domain: 'hanoi.gov.vn' })
    expect(back.meetings).toEqual(sample.meetings.map(toSeconds))
    expect(sample.meetings.some((m) => m.recurrence !== undefined)).toBe(true)
  }, 60_000)
})

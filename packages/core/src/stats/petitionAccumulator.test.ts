import { describe, expect, it } from 'vitest'
import { LienthongError } from '../errors/LienthongError.js'
import { parsePetition } from '../petition/parsePetition.js'
import type { PetitionInput } from '../petition/petition.schema.js'
import { redactPetition } from '../petition/redactPetition.js'
import { periodOf } from './period.js'
import { petitionAccumulator } from './petitionAccumulator.js'
import { summarizePetitions } from './summarize.js'

const base = {
  trackingCode: 'HN-2026-0001',
  channel: 'post',
  receivedById: 'vp-hdnd',
  petitioner: { name: 'Lê Văn Cường', address: 'Số 5 phố Hàng Bạc, Hà Nội', phone: '0912345678' },
  subject: 'Đơn',
  content: 'Nội dung đơn.',
} as const

const at = (date: string) => `${date}T09:00:00+07:00`

function petition(input: Partial<PetitionInput> & Pick<PetitionInput, 'id' | 'receivedAt'>) {
  return redactPetition(parsePetition({ ...base, kinds: ['recommendation'], ...input }), 'public')
}

// March 2026 in Hanoi: no holiday; Tết 2026 was 14–22 February.
const petitions = [
  // Received before March, forwarded in March: carried over. (25 Feb, 3 Mar] = 4 working days.
  petition({
    id: 'p1',
    receivedAt: at('2026-02-25'),
    history: [
      { type: 'classified', at: at('2026-02-26'), eligible: true },
      { type: 'forwarded', at: at('2026-03-03'), forwardedToId: 'ubnd-hk' },
    ],
  }),
  // Settled in February: not in March's figures.
  petition({
    id: 'p2',
    receivedAt: at('2026-02-10'),
    history: [{ type: 'guided', at: at('2026-02-12') }],
  }),
  // A complaint accepted after 14 working days (late against 10), then resolved partly right.
  petition({
    id: 'p3',
    kinds: ['complaint'],
    receivedAt: at('2026-03-02'),
    history: [
      { type: 'classified', at: at('2026-03-03'), eligible: true },
      { type: 'accepted', at: at('2026-03-20') },
      { type: 'resolved', at: at('2026-03-27'), verdict: 'partly-right', instance: 1 },
    ],
  }),
  // A crowd petition of 10 people still open on 31 March: (16 Mar, 31 Mar] = 11 working days.
  petition({ id: 'p4', receivedAt: at('2026-03-16'), coSigners: 9, channel: 'in-person' }),
  // Received in April: after the period.
  petition({ id: 'p5', receivedAt: at('2026-04-02') }),
  // A duplicate denunciation filed the next working day.
  petition({
    id: 'p6',
    kinds: ['denunciation'],
    receivedAt: at('2026-03-05'),
    receivedById: 'vp-tu',
    history: [
      { type: 'classified', at: at('2026-03-06'), duplicateOfId: 'p0' },
      { type: 'filed', at: at('2026-03-06') },
    ],
  }),
  // Accepted in January (so not among March's received), resolved in March: 30 days from
  // acceptance ended on Sunday 8 February, so the due date was Monday 9 February — late.
  petition({
    id: 'p7',
    kinds: ['complaint'],
    receivedAt: at('2026-01-05'),
    history: [
      { type: 'accepted', at: at('2026-01-09') },
      { type: 'verification-started', at: at('2026-01-12') },
      { type: 'resolved', at: at('2026-03-10'), verdict: 'right', instance: 1 },
    ],
  }),
]

describe('petition statistics', () => {
  it('counts a hand-checked month', () => {
    const stats = summarizePetitions(petitions, {
      period: periodOf('2026-03-10', 'month'),
      organizations: [
        { id: 'vp-hdnd', level: 'province' },
        { id: 'vp-tu', level: 'province' },
      ],
    })
    expect(stats).toEqual({
      received: 4,
      carriedOver: 1,
      new: 3,
      people: 13,
      byKind: { complaint: 1, denunciation: 1, recommendation: 2 },
      byChannel: { 'in-person': 1, post: 3 },
      byLevel: { province: 4 },
      byOffice: { 'vp-hdnd': 3, 'vp-tu': 1 },
      classification: { duplicate: 1, eligible: 2, unclassified: 1 },
      byStage: { filed: 1, forwarded: 1, received: 1, resolved: 1 },
      outcomes: { accepted: 1, filed: 1, forwarded: 1 },
      forwardedTo: { 'ubnd-hk': 1 },
      documents: 4,
      repliesReceived: 0,
      handled: { total: 3, onTime: 2, late: 1 },
      resolved: { total: 2, onTime: 1, late: 1 },
      handlingTime: { count: 3, median: 4, p90: 14 },
      open: { total: 1, byAge: { '11-30': 1 } },
      crowd: { petitions: 1, people: 10 },
      complaintVerdicts: { 'partly-right': 1, right: 1 },
    })
  })

  it('counts the replies received from the agencies petitions went to, in the period', () => {
    const forwarded = petition({
      id: 'r1',
      receivedAt: at('2026-02-25'),
      history: [
        { type: 'forwarded', at: at('2026-02-26'), forwardedToId: 'ubnd-hk' },
        { type: 'reply-received', at: at('2026-02-27') },
        { type: 'reply-received', at: at('2026-03-04') },
      ],
    })
    expect(
      summarizePetitions([forwarded], { period: periodOf('2026-03-01', 'month') }).repliesReceived,
    ).toBe(1)
    expect(summarizePetitions([forwarded]).repliesReceived).toBe(2)
  })

  it('counts everything as new without a period, and ages open petitions to asOf', () => {
    const stats = summarizePetitions(petitions, { asOf: '2026-04-03' })
    expect(stats.received).toBe(7)
    expect(stats.carriedOver).toBe(0)
    expect(stats.byLevel).toEqual({ unknown: 7 })
    // p4: (16 Mar, 3 Apr] = 14 working days; p5: (2 Apr, 3 Apr] = 1.
    expect(stats.open).toEqual({ total: 2, byAge: { '0-10': 1, '11-30': 1 } })
    expect(summarizePetitions(petitions).open).toEqual({ total: 2, byAge: {} })
  })

  it('refuses what is not a public petition, and bad options', () => {
    const accumulator = petitionAccumulator()
    expect(() => accumulator.add(accumulator.create(), { id: 'x' } as never)).toThrow(
      LienthongError,
    )
    expect(() => petitionAccumulator({ ageBuckets: [30, 10] })).toThrow(LienthongError)
    expect(() => petitionAccumulator({ crowdSize: -1 })).toThrow(LienthongError)
  })
})

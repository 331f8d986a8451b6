// What every `Storage` must do, as tests: run `storageContract('PostgreSQL', open)` against
// another implementation (see the README) and it is held to the same rules as SQLite.
import { parseMeeting, type Meeting } from '@lienthong/core/meeting'
import { parseOrganization } from '@lienthong/core/office'
import { parsePetition, type Petition } from '@lienthong/core/petition'
import { afterEach, describe, expect, it } from 'vitest'
import type { PetitionReceipt } from '../src/contract.js'
import type { SeedData } from '../src/storage/sqlite.js'
import type { NewPetition, Storage } from '../src/storage/types.js'

const organizations = [
  parseOrganization({ id: 'vp-tu', name: 'Văn phòng Thành ủy', kind: 'office', level: 'province' }),
  parseOrganization({
    id: 'ubnd',
    name: 'UBND thành phố',
    kind: 'peoples-committee',
    level: 'province',
  }),
]

const meeting = (id: string, start: string, end: string, extra: object = {}): Meeting =>
  parseMeeting({ id, title: id, kind: 'working-session', hostId: 'ubnd', start, end, ...extra })

/** A small city: three meetings (one recurring weekly until June), one petition. */
export const contractSeed: SeedData = {
  organizations,
  people: [],
  venues: [],
  meetings: [
    meeting('morning', '2026-03-02T08:00:00+07:00', '2026-03-02T10:00:00+07:00'),
    meeting('afternoon', '2026-03-02T14:00:00+07:00', '2026-03-02T16:00:00+07:00'),
    meeting('weekly', '2026-01-05T08:00:00+07:00', '2026-01-05T09:00:00+07:00', {
      recurrence: ['RRULE:FREQ=WEEKLY;UNTIL=20260630T010000Z'],
    }),
  ],
  petitions: [petition('pet-seed', 'K7M4-X9QP-R2Y', '2026-02-10T09:00:00+07:00')],
}

function petition(id: string, trackingCode: string, receivedAt: string): Petition {
  return parsePetition({
    id,
    trackingCode,
    kinds: ['recommendation'],
    channel: 'online-portal',
    petitioner: { name: 'Phạm Thị Dung' },
    subject: 'Đèn đường',
    content: 'Ngõ 12 không có đèn.',
    receivedAt,
    receivedById: 'vp-tu',
    history: [{ type: 'received', at: receivedAt }],
  })
}

function submission(id: string, trackingCode: string, key: string, fingerprint = 'a'): NewPetition {
  const value = petition(id, trackingCode, '2026-03-03T09:00:00+07:00')
  const receipt = { trackingCode, stage: 'received' } as unknown as PetitionReceipt
  return { petition: value, receipt, idempotencyKey: key, fingerprint }
}

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id)

/** The rules of `Storage`, for an implementation opened on `contractSeed`. */
export function storageContract(name: string, open: () => Storage | Promise<Storage>): void {
  describe(`Storage contract: ${name}`, () => {
    const opened: Storage[] = []
    const fresh = async () => {
      const storage = await open()
      opened.push(storage)
      return storage
    }
    afterEach(async () => {
      for (const storage of opened.splice(0)) await storage.close()
    })

    it('finds meetings overlapping a half-open range, sorted by start, with a series that may still run', async () => {
      const storage = await fresh()
      const day = await storage.meetingsBetween(
        new Date('2026-03-02T00:00:00+07:00'),
        new Date('2026-03-03T00:00:00+07:00'),
      )
      expect(ids(day)).toEqual(['weekly', 'morning', 'afternoon'])
      // Ending at `from` is not overlapping; starting at `to` is not either.
      const between = await storage.meetingsBetween(
        new Date('2026-03-02T10:00:00+07:00'),
        new Date('2026-03-02T14:00:00+07:00'),
      )
      expect(ids(between)).toEqual(['weekly'])
      const afterSeries = await storage.meetingsBetween(
        new Date('2026-08-01T00:00:00+07:00'),
        new Date('2026-08-08T00:00:00+07:00'),
      )
      expect(afterSeries).toEqual([])
      expect(day[1]?.start).toBeInstanceOf(Date)
    })

    it('gives the directory and knows its organisations', async () => {
      const storage = await fresh()
      expect(ids((await storage.directory()).organizations)).toEqual(['ubnd', 'vp-tu'])
      expect(await storage.hasOrganization('vp-tu')).toBe(true)
      expect(await storage.hasOrganization('nobody')).toBe(false)
    })

    it('stores a submission once per key: created, then replayed, or refused for another body', async () => {
      const storage = await fresh()
      const first = await storage.submitPetition(submission('pet-1', 'AAAA-BBBB-CC1', 'key-00001'))
      expect(first).toMatchObject({
        outcome: 'created',
        receipt: { trackingCode: 'AAAA-BBBB-CC1' },
      })
      const again = await storage.submitPetition(submission('pet-2', 'AAAA-BBBB-CC2', 'key-00001'))
      // The first receipt comes back, not one made for the second attempt.
      if (first.outcome !== 'created') throw new Error(`expected created, got ${first.outcome}`)
      expect(again).toEqual({ outcome: 'replayed', receipt: first.receipt })
      const other = await storage.submitPetition(
        submission('pet-3', 'AAAA-BBBB-CC3', 'key-00001', 'b'),
      )
      expect(other).toEqual({ outcome: 'key-reused' })
      expect(await storage.petitionByTrackingCode('AAAA-BBBB-CC2')).toBeUndefined()
      expect((await storage.tallies()).petitions.total).toBe(2)
    })

    it('stores one petition when the same key arrives twice at once', async () => {
      const storage = await fresh()
      const results = await Promise.all([
        storage.submitPetition(submission('pet-1', 'AAAA-BBBB-CC1', 'key-00002')),
        storage.submitPetition(submission('pet-2', 'AAAA-BBBB-CC2', 'key-00002')),
      ])
      expect(results.map((result) => result.outcome).sort()).toEqual(['created', 'replayed'])
      expect((await storage.tallies()).petitions.total).toBe(2)
    })

    it('refuses a tracking code in use, storing nothing', async () => {
      const storage = await fresh()
      const taken = await storage.submitPetition(submission('pet-1', 'K7M4-X9QP-R2Y', 'key-00003'))
      expect(taken).toEqual({ outcome: 'tracking-code-taken' })
      // The key was not kept either: a retry with a new code goes through.
      const retry = await storage.submitPetition(submission('pet-1', 'AAAA-BBBB-CC1', 'key-00003'))
      expect(retry.outcome).toBe('created')
    })

    it('finds a petition by its exact code, and the petitions received in a half-open range', async () => {
      const storage = await fresh()
      await storage.submitPetition(submission('pet-1', 'AAAA-BBBB-CC1', 'key-00004'))
      const found = await storage.petitionByTrackingCode('AAAA-BBBB-CC1')
      expect(found?.petitioner?.name).toBe('Phạm Thị Dung')
      expect(found?.receivedAt).toBeInstanceOf(Date)
      expect(await storage.petitionByTrackingCode('aaaa-bbbb-cc1')).toBeUndefined()
      const received = await storage.petitionsReceivedBetween(
        new Date('2026-02-10T09:00:00+07:00'),
        new Date('2026-03-03T09:00:00+07:00'),
      )
      expect(ids(received)).toEqual(['pet-seed'])
      const both = await storage.petitionsReceivedBetween(
        new Date('2026-01-01T00:00:00+07:00'),
        new Date('2026-04-01T00:00:00+07:00'),
      )
      expect(ids(both)).toEqual(['pet-seed', 'pet-1'])
    })

    it('counts petitions and meetings', async () => {
      const storage = await fresh()
      const { petitions, meetings } = await storage.tallies()
      expect(petitions).toMatchObject({
        total: 1,
        byKind: { recommendation: 1 },
        byChannel: { 'online-portal': 1 },
        byStage: { received: 1 },
      })
      expect(meetings).toMatchObject({
        total: 3,
        byKind: { 'working-session': 3 },
        byStatus: { planned: 3 },
      })
    })
  })
}

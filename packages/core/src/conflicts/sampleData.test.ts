import { describe, expect, it } from 'vitest'
import { generateSampleData } from '../sample/index.js'
import { detectConflicts } from './detectConflicts.js'

describe('detectConflicts on the sample city', () => {
  const data = generateSampleData({ seed: 1 })
  const conflicts = detectConflicts(data.meetings, {
    people: data.people,
    venues: data.venues,
    organizations: data.organizations,
  })
  const doubleBookings = conflicts.filter(
    (c) =>
      c.kind === 'person-double-booked' ||
      c.kind === 'venue-double-booked' ||
      c.kind === 'body-double-booked',
  )
  const key = (ids: readonly string[], resource: string | undefined) =>
    `${[...ids].sort().join(' & ')} @ ${resource ?? '?'}`

  it('finds every clash the generator planted, for the person or venue it planted it on', () => {
    expect(data.intentionalClashes.length).toBeGreaterThan(0)
    const found = new Set(doubleBookings.map((c) => key(c.meetingIds, c.personId ?? c.venueId)))
    const missing = data.intentionalClashes.filter(
      (clash) => !found.has(key(clash.meetingIds, clash.id)),
    )
    expect(missing).toEqual([])
  })

  it('finds no other double booking, as the generator promises', () => {
    const planted = new Set(data.intentionalClashes.map((c) => key(c.meetingIds, c.id)))
    const extra = doubleBookings.filter(
      (c) => !planted.has(key(c.meetingIds, c.personId ?? c.venueId ?? c.organizationId)),
    )
    expect(extra.map((c) => c.message)).toEqual([])
  })

  it('rates planted clashes as errors, or info once both meetings were held', () => {
    for (const conflict of doubleBookings) {
      const statuses = conflict.meetingIds.map(
        (id) => data.meetings.find((m) => m.id === id)?.status,
      )
      expect(conflict.severity).toBe(statuses.every((s) => s === 'held') ? 'info' : 'error')
    }
  })
})

import { describe, expect, it } from 'vitest'
import { vietnamWorkingCalendar } from '../calendar/index.js'
import { generateSampleData } from '../sample/index.js'
import { conflictKinds } from './conflicts.schema.js'
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

  it('finds every clash the generator planted, for the person, venue or body it planted it on', () => {
    expect(data.intentionalClashes.length).toBeGreaterThan(0)
    const found = new Set(
      doubleBookings.map((c) => key(c.meetingIds, c.personId ?? c.venueId ?? c.organizationId)),
    )
    const tooClose = new Set(
      conflicts.filter((c) => c.kind === 'travel-time').map((c) => key(c.meetingIds, c.personId)),
    )
    const missing = data.intentionalClashes.filter((clash) =>
      clash.reason === 'travel-time'
        ? !tooClose.has(key(clash.meetingIds, clash.id))
        : !found.has(key(clash.meetingIds, clash.id)),
    )
    expect(missing).toEqual([])
    const reasons = new Set(data.intentionalClashes.map((clash) => clash.reason))
    expect([...reasons].sort()).toEqual(['body', 'person', 'travel-time', 'venue'])
  })

  it('shows every conflict kind at least once with the Vietnamese working calendar', () => {
    const calendar = vietnamWorkingCalendar({ from: 2026, to: 2026 })
    const all = detectConflicts(data.meetings, {
      people: data.people,
      venues: data.venues,
      organizations: data.organizations,
      calendar,
    })
    const shown = new Set(all.map((c) => c.kind))
    expect(conflictKinds.filter((kind) => !shown.has(kind))).toEqual([])
    const overfull = all.filter((c) => c.kind === 'over-capacity')
    expect(overfull.map((c) => [c.meetingIds[0], c.venueId])).toEqual(
      data.overCapacity.map((o) => [o.meetingId, o.venueId]),
    )
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

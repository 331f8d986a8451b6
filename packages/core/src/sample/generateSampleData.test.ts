import { describe, expect, it } from 'vitest'
import { safeParseDirective, serializeDirective } from '../directive/index.js'
import { LienthongError } from '../errors/index.js'
import { safeParseMeeting, serializeMeeting, type Meeting } from '../meeting/index.js'
import {
  safeParseOrganization,
  safeParsePerson,
  safeParseVenue,
  serializeOrganization,
  serializePerson,
  serializeVenue,
  type Person,
} from '../office/index.js'
import { safeParsePetition, serializePetition } from '../petition/index.js'
import { safeParseWorkProgram, serializeWorkProgram } from '../program/index.js'
import { generateSampleData, type SampleData } from './index.js'

const DAY = 86_400_000
const HOUR = 3_600_000
const VIETNAM = 7 * HOUR

const small = generateSampleData({ scale: 0.1 })
const midYear = generateSampleData()
const fullYear = generateSampleData({ asOf: '2027-01-01' })

/** Local (UTC+7) date of an instant, `YYYY-MM-DD`. */
function localDate(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM).toISOString().slice(0, 10)
}

/** Local minutes after midnight of an instant. */
function localMinutes(instant: Date): number {
  const local = new Date(instant.getTime() + VIETNAM)
  return local.getUTCHours() * 60 + local.getUTCMinutes()
}

/** The people holding a post on a date. */
function holders(people: readonly Person[], organizationId: string, role: string, date: string) {
  return people
    .filter((person) =>
      person.posts.some(
        (post) =>
          post.organizationId === organizationId &&
          post.role === role &&
          (post.from === undefined || post.from <= date) &&
          (post.until === undefined || post.until >= date),
      ),
    )
    .map((person) => person.id)
}

/**
 * Occurrences of a meeting as `[start, end)` milliseconds, expanding the recurrence forms the
 * generator writes (weekly BYDAY lists, monthly last weekday, UNTIL, EXDATE) — an independent
 * reading of the RRULE lines, not the generator's own list.
 */
function occurrences(meeting: Meeting): [number, number][] {
  const start = meeting.start.getTime()
  const length = meeting.end.getTime() - start
  const lines = meeting.recurrence ?? []
  const rule = lines.find((line) => line.startsWith('RRULE:'))
  if (rule === undefined) return [[start, start + length]]
  const parts = new Map(
    rule
      .slice(6)
      .split(';')
      .map((part) => part.split('=') as [string, string]),
  )
  const until = Date.parse(
    (parts.get('UNTIL') ?? '').replace(
      /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/,
      '$1-$2-$3T$4:$5:$6Z',
    ),
  )
  const excluded = new Set(
    lines
      .filter((line) => line.startsWith('EXDATE'))
      .map((line) => line.slice(line.indexOf(':') + 1))
      .map((text) =>
        Date.parse(
          text.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/, '$1-$2-$3T$4:$5:$6+07:00'),
        ),
      ),
  )
  const codes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']
  const byDay = (parts.get('BYDAY') ?? '').split(',')
  const list: [number, number][] = []
  for (let at = start; at <= until; at += DAY) {
    const local = new Date(at + VIETNAM)
    const code = codes[local.getUTCDay()] ?? ''
    let matches: boolean
    if (parts.get('FREQ') === 'WEEKLY') {
      matches = byDay.includes(code)
    } else {
      const nextWeek = new Date(at + VIETNAM + 7 * DAY)
      matches = byDay.includes(`-1${code}`) && nextWeek.getUTCMonth() !== local.getUTCMonth()
    }
    if (matches && !excluded.has(at)) list.push([at, at + length])
  }
  return list
}

/** Every pair of meetings sharing a person, venue or required organisation at overlapping times. */
function overlappingPairs(data: SampleData): Set<string> {
  const bookings = new Map<string, [number, number, string][]>()
  const book = (resource: string, interval: [number, number], id: string) => {
    const list = bookings.get(resource) ?? []
    list.push([interval[0], interval[1], id])
    bookings.set(resource, list)
  }
  for (const meeting of data.meetings) {
    for (const interval of occurrences(meeting)) {
      const date = localDate(new Date(interval[0]))
      const people = new Set([
        ...(meeting.chairId === undefined ? [] : [meeting.chairId]),
        ...meeting.participantIds,
        ...meeting.requiredPosts.flatMap((post) =>
          holders(data.people, post.organizationId, post.role, date),
        ),
      ])
      const venues = new Set(
        [
          meeting.venueId,
          meeting.online?.mainBridgeVenueId,
          ...(meeting.online?.bridgePoints ?? []).map((point) => point.venueId),
        ].filter((id) => id !== undefined),
      )
      for (const id of people) book(`person:${id}`, interval, meeting.id)
      for (const id of venues) book(`venue:${id}`, interval, meeting.id)
      const bodies = new Set(meeting.requiredOrganizationIds)
      if (meeting.importance === 'major') {
        // detectConflicts' body-double-booked: a major meeting's host and co-hosts too.
        for (const id of [meeting.hostId, ...meeting.coHostIds]) bodies.add(id)
      }
      for (const id of bodies) book(`org:${id}`, interval, meeting.id)
    }
  }
  const pairs = new Set<string>()
  for (const list of bookings.values()) {
    list.sort((a, b) => a[0] - b[0])
    const active: [number, number, string][] = []
    for (const booking of list) {
      for (let i = active.length - 1; i >= 0; i--) {
        const other = active[i]
        if (other === undefined) continue
        if (other[1] <= booking[0]) active.splice(i, 1)
        else if (other[2] !== booking[2]) pairs.add([other[2], booking[2]].sort().join(' & '))
      }
      active.push(booking)
    }
  }
  return pairs
}

describe('generateSampleData', () => {
  it('is deterministic: the same options give deep-equal data, another seed other data', () => {
    expect(generateSampleData({ scale: 0.1 })).toEqual(small)
    expect(generateSampleData({ seed: 1, year: 2026, city: 'hanoi', scale: 1 })).toEqual(midYear)
    const other = generateSampleData({ seed: 2, scale: 0.1 })
    expect(other.people.map((p) => p.name)).not.toEqual(small.people.map((p) => p.name))
    expect(other.meetings.map((m) => m.start)).not.toEqual(small.meetings.map((m) => m.start))
    expect(other.petitions.map((p) => p.subject)).not.toEqual(small.petitions.map((p) => p.subject))
  })

  it('gives values that survive serialize → safeParse unchanged', () => {
    for (const data of [small, fullYear]) {
      for (const value of data.organizations) {
        expect(safeParseOrganization(serializeOrganization(value))).toEqual({ ok: true, value })
      }
      for (const value of data.people) {
        expect(safeParsePerson(serializePerson(value))).toEqual({ ok: true, value })
      }
      for (const value of data.venues) {
        expect(safeParseVenue(serializeVenue(value))).toEqual({ ok: true, value })
      }
      for (const value of data.meetings) {
        expect(safeParseMeeting(JSON.parse(JSON.stringify(serializeMeeting(value))))).toEqual({
          ok: true,
          value,
        })
      }
      for (const value of data.petitions) {
        expect(safeParsePetition(JSON.parse(JSON.stringify(serializePetition(value))))).toEqual({
          ok: true,
          value,
        })
      }
      for (const value of data.directives) {
        expect(safeParseDirective(serializeDirective(value))).toEqual({ ok: true, value })
      }
      for (const value of data.workPrograms) {
        expect(safeParseWorkProgram(serializeWorkProgram(value))).toEqual({ ok: true, value })
      }
    }
  })

  it('refers only to ids that exist', () => {
    for (const data of [small, midYear, fullYear]) {
      const orgs = new Set(data.organizations.map((o) => o.id))
      const people = new Set(data.people.map((p) => p.id))
      const venues = new Set(data.venues.map((v) => v.id))
      const meetings = new Map(data.meetings.map((m) => [m.id, m]))
      const petitions = new Map(data.petitions.map((p) => [p.id, p]))
      const directives = new Set(data.directives.map((d) => d.id))
      const items = new Map(
        data.workPrograms.flatMap((program) => program.items.map((item) => [item.id, item])),
      )
      const wardCodes = new Set(
        data.organizations.filter((o) => o.kind === 'commune').map((o) => o.unitCode),
      )
      const missing: string[] = []
      const check = (set: { has(id: string): boolean }, id: string | undefined, where: string) => {
        if (id !== undefined && !set.has(id)) missing.push(`${where}: ${id}`)
      }

      for (const org of data.organizations) {
        check(orgs, org.parentId, `${org.id}.parentId`)
        for (const id of org.serves) check(orgs, id, `${org.id}.serves`)
      }
      for (const person of data.people) {
        for (const post of person.posts) check(orgs, post.organizationId, `${person.id}.posts`)
      }
      for (const venue of data.venues) check(orgs, venue.organizationId, venue.id)
      for (const m of data.meetings) {
        check(orgs, m.hostId, `${m.id}.hostId`)
        for (const id of m.coHostIds) check(orgs, id, `${m.id}.coHostIds`)
        check(people, m.chairId, `${m.id}.chairId`)
        for (const id of m.participantIds) check(people, id, `${m.id}.participantIds`)
        for (const post of m.requiredPosts) {
          check(orgs, post.organizationId, `${m.id}.requiredPosts`)
          if (
            holders(data.people, post.organizationId, post.role, localDate(m.start)).length === 0
          ) {
            missing.push(`${m.id}: nobody holds ${post.organizationId}/${post.role}`)
          }
        }
        for (const id of m.requiredOrganizationIds)
          check(orgs, id, `${m.id}.requiredOrganizationIds`)
        check(venues, m.venueId, `${m.id}.venueId`)
        check(venues, m.online?.mainBridgeVenueId, `${m.id}.mainBridgeVenueId`)
        for (const point of m.online?.bridgePoints ?? []) {
          check(venues, point.venueId, `${m.id}.bridgePoints.venueId`)
          check(orgs, point.hostUnitId, `${m.id}.bridgePoints.hostUnitId`)
        }
        check(orgs, m.preparingUnitId, `${m.id}.preparingUnitId`)
        check(items, m.workProgramItemId, `${m.id}.workProgramItemId`)
        if (m.workProgramItemId !== undefined) {
          expect(items.get(m.workProgramItemId)?.meetingId).toBe(m.id)
        }
      }
      for (const p of data.petitions) {
        check(orgs, p.receivedById, `${p.id}.receivedById`)
        check(people, p.receivedByPersonId, `${p.id}.receivedByPersonId`)
        check(
          petitions,
          p.history.find((e) => e.duplicateOfId)?.duplicateOfId,
          `${p.id}.duplicateOfId`,
        )
        for (const id of p.relatedIds) check(petitions, id, `${p.id}.relatedIds`)
        for (const event of p.history) {
          if (event.byId !== undefined && !orgs.has(event.byId) && !people.has(event.byId)) {
            missing.push(`${p.id}.history.byId: ${event.byId}`)
          }
          check(orgs, event.forwardedToId, `${p.id}.history.forwardedToId`)
        }
        check(wardCodes, p.place?.wardCode, `${p.id}.place.wardCode`)
      }
      for (const d of data.directives) {
        check(orgs, d.issuerId, `${d.id}.issuerId`)
        check(people, d.signerId, `${d.id}.signerId`)
        check(meetings, d.sourceMeetingId, `${d.id}.sourceMeetingId`)
        for (const task of d.tasks) {
          check(orgs, task.leadUnitId, `${task.id}.leadUnitId`)
          for (const id of task.coordinatingUnitIds) check(orgs, id, `${task.id}.coordinating`)
          check(people, task.leaderInChargeId, `${task.id}.leaderInChargeId`)
          for (const extension of task.extensions) check(people, extension.approvedById, task.id)
          for (const urging of task.urgings) check(orgs, urging.byId, `${task.id}.urgings`)
        }
      }
      for (const program of data.workPrograms) {
        check(orgs, program.ownerId, `${program.id}.ownerId`)
        for (const item of program.items) {
          check(orgs, item.leadUnitId, `${item.id}.leadUnitId`)
          for (const id of item.coordinatingUnitIds) check(orgs, id, `${item.id}.coordinating`)
          check(people, item.presenterId, `${item.id}.presenterId`)
          check(meetings, item.meetingId, `${item.id}.meetingId`)
          check(directives, item.directiveId, `${item.id}.directiveId`)
        }
      }
      for (const spot of data.hotSpots) {
        for (const id of spot.petitionIds) {
          expect(petitions.get(id)?.place?.wardCode).toBe(spot.wardCode)
        }
      }
      for (const overlap of data.programOverlaps) {
        const [a, b] = overlap.itemIds.map((id) => items.get(id))
        expect(a?.title).toBe(overlap.title)
        expect(b?.title).toBe(overlap.title)
      }
      expect(missing).toEqual([])
    }
  })

  it('plants clashes that really overlap and share the person, venue or body, and no others', () => {
    for (const data of [small, fullYear]) {
      const byId = new Map(data.meetings.map((m) => [m.id, m]))
      expect(data.intentionalClashes.length).toBeGreaterThan(0)
      for (const clash of data.intentionalClashes) {
        const [a, b] = clash.meetingIds.map((id) => byId.get(id))
        if (a === undefined || b === undefined) throw new Error(`unknown meeting in ${clash.id}`)
        if (clash.reason === 'travel-time') {
          // Consecutive, 0–15 minutes apart, at different venues.
          const [first, second] = a.start < b.start ? [a, b] : [b, a]
          const gap = second.start.getTime() - first.end.getTime()
          expect(gap >= 0 && gap <= 15 * 60_000).toBe(true)
          expect(first.venueId).not.toBe(second.venueId)
        } else {
          expect(a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime()).toBe(
            true,
          )
        }
        for (const meeting of [a, b]) {
          expect(['held', 'planned', 'confirmed']).toContain(meeting.status)
          if (clash.reason === 'venue') expect(meeting.venueId).toBe(clash.id)
          else if (clash.reason === 'body') {
            expect(meeting.importance).toBe('major')
            expect([
              meeting.hostId,
              ...meeting.coHostIds,
              ...meeting.requiredOrganizationIds,
            ]).toContain(clash.id)
          } else expect([meeting.chairId, ...meeting.participantIds]).toContain(clash.id)
        }
      }
      const planted = new Set(
        data.intentionalClashes
          .filter((c) => c.reason !== 'travel-time')
          .map((c) => [...c.meetingIds].sort().join(' & ')),
      )
      expect(overlappingPairs(data)).toEqual(planted)
    }
  })

  it('writes Vietnamese names and texts with diacritics', () => {
    const diacritics = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i
    // Some real names have no diacritics at all ("Phan Minh Anh"); nearly all do.
    const marked = midYear.people.filter((person) => diacritics.test(person.name))
    expect(marked.length / midYear.people.length).toBeGreaterThan(0.9)
    expect(midYear.people.every((person) => person.name.split(' ').length === 3)).toBe(true)
    expect(new Set(midYear.people.map((p) => p.name)).size).toBe(midYear.people.length)
    expect(midYear.meetings.every((m) => diacritics.test(m.title))).toBe(true)
    expect(
      midYear.petitions.every((p) => diacritics.test(p.subject) && diacritics.test(p.content)),
    ).toBe(true)
    expect(midYear.organizations.map((o) => o.name)).toContain('Văn phòng Thành ủy Hà Nội')
  })

  it('models leaders holding several posts', () => {
    const postsOf = (role: string, organizationId: string) =>
      midYear.people.find((p) =>
        p.posts.some((post) => post.role === role && post.organizationId === organizationId),
      )?.posts
    expect(
      postsOf('chair', 'hdnd')?.some(
        (post) => post.organizationId === 'tu' && post.role === 'deputy-secretary',
      ),
    ).toBe(true)
    expect(
      postsOf('chair', 'ubnd')?.some(
        (post) => post.organizationId === 'tu' && post.role === 'deputy-secretary',
      ),
    ).toBe(true)
    expect(postsOf('secretary', 'tu')?.some((post) => post.organizationId === 'doan-dbqh')).toBe(
      true,
    )
    const offices = midYear.organizations.filter((o) => o.kind === 'office')
    expect(offices.map((o) => o.serves.length)).toEqual([3, 3, 1])
    expect(midYear.organizations.filter((o) => o.kind === 'commune')).toHaveLength(126)
  })

  it('has realistic counts at scale 1', () => {
    const byKind = (data: SampleData) => {
      const counts: Record<string, number> = {}
      for (const m of data.meetings) counts[m.kind] = (counts[m.kind] ?? 0) + 1
      return counts
    }
    const kinds = byKind(fullYear)
    expect(fullYear.meetings.length).toBeGreaterThanOrEqual(500)
    expect(fullYear.meetings.length).toBeLessThanOrEqual(700)
    expect(kinds['standing-board-conference']).toBeGreaterThanOrEqual(40)
    expect(kinds['standing-board-conference']).toBeLessThanOrEqual(52)
    expect(kinds['standing-committee-conference']).toBeGreaterThanOrEqual(20)
    expect(kinds['standing-committee-conference']).toBeLessThanOrEqual(26)
    expect(kinds['executive-committee-conference']).toBeGreaterThanOrEqual(4)
    expect(kinds['council-session']).toBeGreaterThanOrEqual(4)
    expect(kinds['peoples-committee-regular-meeting']).toBeGreaterThanOrEqual(12)
    expect(kinds['joint-quarterly-meeting']).toBe(4)
    expect(kinds['online-conference']).toBeGreaterThanOrEqual(20)
    expect(kinds['voter-contact']).toBeGreaterThanOrEqual(30)
    expect(kinds['city-event']).toBeGreaterThanOrEqual(8)
    expect(kinds['working-session']).toBeGreaterThanOrEqual(150)
    expect(kinds['citizen-reception']).toBeGreaterThanOrEqual(150)
    const share = fullYear.intentionalClashes.length / fullYear.meetings.length
    expect(share).toBeGreaterThanOrEqual(0.02)
    expect(share).toBeLessThanOrEqual(0.05)

    const points = fullYear.meetings.flatMap((m) => m.online?.bridgePoints ?? [])
    expect(points.length).toBeGreaterThanOrEqual(4000)
    expect(points.length).toBeLessThanOrEqual(9000)
    const delegates = points.reduce((sum, point) => sum + point.delegates, 0)
    expect(delegates).toBeGreaterThanOrEqual(150_000)
    expect(delegates).toBeLessThanOrEqual(350_000)
    expect(fullYear.meetings.filter((m) => m.recurrence !== undefined).length).toBeGreaterThan(100)

    expect(fullYear.petitions.length).toBeGreaterThanOrEqual(900)
    expect(fullYear.petitions.length).toBeLessThanOrEqual(1100)
    expect(midYear.petitions.length).toBeGreaterThanOrEqual(420)
    expect(midYear.petitions.length).toBeLessThanOrEqual(580)
    expect(fullYear.directives.length).toBeGreaterThanOrEqual(120)
    expect(fullYear.directives.length).toBeLessThanOrEqual(230)
    const tasks = fullYear.directives.flatMap((d) => d.tasks)
    expect(tasks.length).toBeGreaterThanOrEqual(450)
    expect(tasks.length).toBeLessThanOrEqual(900)
    expect(fullYear.workPrograms.length).toBeGreaterThanOrEqual(3 * (1 + 4 + 12 + 52))
    expect(fullYear.people.length).toBeGreaterThanOrEqual(200)
    expect(fullYear.people.length).toBeLessThanOrEqual(300)
  })

  it('keeps meetings in working hours, in Vietnam time, with statuses that follow asOf', () => {
    const timed = midYear.meetings.filter((m) => !m.allDay)
    const inHours = timed.filter((m) => {
      const start = localMinutes(m.start)
      return (
        start >= 7 * 60 + 30 && start < 17 * 60 && m.end.getTime() - m.start.getTime() <= 10 * HOUR
      )
    })
    expect(inHours.length / timed.length).toBeGreaterThan(0.95)
    expect(midYear.meetings.every((m) => m.timeZone === 'Asia/Ho_Chi_Minh')).toBe(true)
    const asOf = Date.parse(`${midYear.asOf}T00:00:00+07:00`)
    const single = midYear.meetings.filter((m) => m.recurrence === undefined)
    const past = single.filter((m) => m.start.getTime() < asOf)
    const future = single.filter((m) => m.start.getTime() >= asOf)
    expect(past.filter((m) => m.status === 'held').length / past.length).toBeGreaterThan(0.85)
    expect(future.some((m) => m.status === 'held')).toBe(false)
    expect(
      future.filter((m) => m.status === 'planned' || m.status === 'confirmed').length /
        future.length,
    ).toBeGreaterThan(0.8)
  })

  it('never expects more people in a room or at a bridge point than it holds, but once', () => {
    const capacity = new Map(fullYear.venues.map((venue) => [venue.id, venue.capacity ?? 0]))
    const overfull: string[] = []
    for (const meeting of fullYear.meetings) {
      for (const point of meeting.online?.bridgePoints ?? []) {
        if (point.venueId !== undefined && point.delegates > (capacity.get(point.venueId) ?? 0)) {
          overfull.push(`${meeting.id} @ ${point.venueId}`)
        }
      }
      const { venueId, expectedAttendees } = meeting
      if (
        meeting.online === undefined &&
        venueId !== undefined &&
        expectedAttendees !== undefined
      ) {
        if (expectedAttendees > (capacity.get(venueId) ?? 0))
          overfull.push(`${meeting.id} @ ${venueId}`)
      }
    }
    expect(overfull).toEqual(fullYear.overCapacity.map((o) => `${o.meetingId} @ ${o.venueId}`))
    expect(fullYear.overCapacity).toHaveLength(1)
  })

  it('makes petitions with every kind of case the domain has', () => {
    const asOf = Date.parse(`${fullYear.asOf}T00:00:00+07:00`)
    const petitions = fullYear.petitions
    expect(petitions.every((p) => p.history[0]?.type === 'received')).toBe(true)
    expect(petitions.every((p) => p.history.every((e) => e.at.getTime() < asOf))).toBe(true)
    expect(petitions.filter((p) => p.kinds.length > 1).length).toBeGreaterThan(20)
    expect(petitions.some((p) => p.anonymous && p.kinds.includes('denunciation'))).toBe(true)
    const crowds = petitions.filter((p) => p.coSigners >= 4)
    expect(crowds.length).toBeGreaterThan(20)
    for (const crowd of crowds) {
      expect(crowd.representatives.length).toBeGreaterThanOrEqual(1)
      expect(crowd.representatives.length).toBeLessThanOrEqual(crowd.coSigners + 1 <= 10 ? 2 : 5)
    }
    const duplicates = petitions.filter((p) => p.history.some((e) => e.duplicateOfId !== undefined))
    expect(duplicates.length).toBeGreaterThan(10)
    const byId = new Map(petitions.map((p) => [p.id, p]))
    for (const duplicate of duplicates) {
      const original = byId.get(duplicate.history.find((e) => e.duplicateOfId)?.duplicateOfId ?? '')
      expect(original?.petitioner?.name).toBe(duplicate.petitioner?.name)
      expect(original?.subject).not.toBe(duplicate.subject)
      expect(original?.receivedAt.getTime()).toBeLessThan(duplicate.receivedAt.getTime())
    }
    expect(fullYear.hotSpots.length).toBeGreaterThanOrEqual(3)
    for (const spot of fullYear.hotSpots) {
      const received = spot.petitionIds.map((id) => byId.get(id)?.receivedAt.getTime() ?? 0)
      expect(spot.petitionIds.length).toBeGreaterThanOrEqual(10)
      expect(Math.max(...received) - Math.min(...received)).toBeLessThanOrEqual(60 * DAY)
    }
    expect(petitions.some((p) => p.remoteArea)).toBe(true)
    expect(new Set(petitions.map((p) => p.complexity)).size).toBe(3)
    expect(new Set(petitions.map((p) => p.receivedById)).size).toBe(4)
    expect(new Set(petitions.map((p) => p.outcome)).size).toBeGreaterThanOrEqual(8)
    const forwarded = petitions.filter((p) => p.outcome === 'forwarded').length / petitions.length
    expect(forwarded).toBeGreaterThan(0.35)
    expect(forwarded).toBeLessThan(0.7)
  })

  it('assigns tasks that mostly meet the "5 clear" rule, with realistic statuses', () => {
    const asOf = fullYear.asOf
    const tasks = fullYear.directives.flatMap((d) => d.tasks)
    const incomplete = tasks.filter(
      (t) =>
        t.leadUnitId === undefined ||
        t.leaderInChargeId === undefined ||
        t.deadline === undefined ||
        t.product === undefined,
    )
    expect(incomplete.length / tasks.length).toBeGreaterThan(0.08)
    expect(incomplete.length / tasks.length).toBeLessThan(0.3)
    expect(tasks.some((t) => t.status === 'overdue')).toBe(true)
    expect(
      tasks.some(
        (t) =>
          t.status === 'completed' &&
          t.deadline !== undefined &&
          t.completedOn !== undefined &&
          t.completedOn > t.deadline,
      ),
    ).toBe(true)
    expect(tasks.some((t) => t.extensions.length > 0)).toBe(true)
    expect(tasks.some((t) => t.urgings.length > 0)).toBe(true)
    expect(tasks.every((t) => t.completedOn === undefined || t.completedOn < asOf)).toBe(true)
    expect(
      tasks
        .filter((t) => t.status === 'overdue')
        .every((t) => t.deadline !== undefined && t.deadline < asOf),
    ).toBe(true)
    const symbols = fullYear.directives.map((d) => d.symbol ?? '')
    expect(symbols.some((s) => /^\d+-TB\/TU$/.test(s))).toBe(true)
    expect(symbols.some((s) => /^\d+-NQ\/TU$/.test(s))).toBe(true)
    expect(symbols.some((s) => /^\d+\/QĐ-UBND$/.test(s))).toBe(true)
    expect(symbols.some((s) => /^\d+\/KH-UBND$/.test(s))).toBe(true)
    expect(new Set(symbols).size).toBe(symbols.length)
    for (const directive of fullYear.directives) {
      expect(directive.issuedOn < asOf).toBe(true)
    }
  })

  it("plans the bodies' work by year, quarter, month and week, with a few overlaps", () => {
    for (const owner of ['tu', 'hdnd', 'ubnd']) {
      const kinds = new Set(
        fullYear.workPrograms.filter((p) => p.ownerId === owner).map((p) => p.periodKind),
      )
      expect([...kinds].sort()).toEqual(['month', 'quarter', 'week', 'year'])
    }
    expect(fullYear.programOverlaps.length).toBeGreaterThanOrEqual(3)
    const ownerOf = new Map(fullYear.workPrograms.map((p) => [p.id, p.ownerId]))
    for (const overlap of fullYear.programOverlaps) {
      expect(ownerOf.get(overlap.programIds[0])).not.toBe(ownerOf.get(overlap.programIds[1]))
    }
    const linked = fullYear.workPrograms
      .flatMap((p) => p.items)
      .filter((i) => i.directiveId !== undefined)
    expect(linked.length).toBeGreaterThan(50)
  })

  it('refuses invalid options with a LienthongError', () => {
    expect(() => generateSampleData({ scale: 0 })).toThrow(LienthongError)
    expect(() => generateSampleData({ year: 1800 })).toThrow(LienthongError)
    expect(() => generateSampleData({ asOf: '2026-13-01' })).toThrow(LienthongError)
    expect(() => generateSampleData({ city: 'saigon' as 'hanoi' })).toThrow(LienthongError)
  })
})

// Who and what a meeting occupies: people (named, or holding a required post on the day),
// venues (the room and every bridge point with a venue) and bodies (for major meetings).
// Shared by conflict detection and the busy-time index so both read a meeting the same way.
import type { Meeting, OnlineDetails, RequiredPost } from '../meeting/meeting.schema.js'
import type { Person } from '../office/office.schema.js'

/**
 * A meeting as conflict detection reads it: a parsed {@link Meeting}, except that fields the
 * schema defaults may be absent (a hand-built object in JavaScript), and are then taken at their
 * defaults.
 */
export type MeetingView = Pick<Meeting, 'id' | 'start' | 'end'> &
  Partial<Omit<Meeting, 'id' | 'start' | 'end'>>

/** A person as post resolution reads it; `posts` may be absent. */
export type PersonView = Pick<Person, 'id'> & Partial<Omit<Person, 'id'>>

/** One person holding a post from one date until another (inclusive, `YYYY-MM-DD`). */
export interface PostHolder {
  readonly personId: string
  readonly from: string | undefined
  readonly until: string | undefined
}

/** Holders of each post, by `organizationId` and `role`. */
export type PostIndex = ReadonlyMap<string, readonly PostHolder[]>

function postKey(organizationId: string, role: string): string {
  return `${organizationId}\u0000${role}`
}

/** Indexes who holds which post, for {@link postHolder}. */
export function indexPosts(people: readonly PersonView[] | undefined): PostIndex {
  const index = new Map<string, PostHolder[]>()
  for (const person of people ?? []) {
    for (const post of person.posts ?? []) {
      const key = postKey(post.organizationId, post.role)
      let holders = index.get(key)
      if (holders === undefined) {
        holders = []
        index.set(key, holders)
      }
      holders.push({ personId: person.id, from: post.from, until: post.until })
    }
  }
  return index
}

/**
 * The one person who holds `role` in `organizationId` on `date` (`YYYY-MM-DD`), or `undefined`
 * when nobody or several people do: a post with several holders (the vice chairs) names nobody
 * in particular, so it cannot make anyone double-booked.
 */
export function postHolder(
  index: PostIndex,
  organizationId: string,
  role: string,
  date: string,
): string | undefined {
  const holders = index.get(postKey(organizationId, role))
  if (holders === undefined) return undefined
  let found: string | undefined
  for (const holder of holders) {
    if (holder.from !== undefined && date < holder.from) continue
    if (holder.until !== undefined && date > holder.until) continue
    if (found !== undefined && found !== holder.personId) return undefined
    found = holder.personId
  }
  return found
}

/** A person a meeting needs; `post` is set when they are wanted only through that post. */
export interface PersonNeed {
  readonly personId: string
  readonly post: RequiredPost | undefined
}

/**
 * The people `meeting` needs, each once: the chair, the participants, and the holder of each
 * required post on `date()` (the local date of its start; asked only when there are posts).
 */
export function peopleOf(meeting: MeetingView, posts: PostIndex, date: () => string): PersonNeed[] {
  const needs: PersonNeed[] = []
  const chair = meeting.chairId
  if (chair !== undefined) needs.push({ personId: chair, post: undefined })
  for (const personId of meeting.participantIds ?? []) {
    if (personId !== chair && !hasPerson(needs, personId)) needs.push({ personId, post: undefined })
  }
  const required = meeting.requiredPosts ?? []
  if (required.length > 0) {
    const day = date()
    for (const post of required) {
      const personId = postHolder(posts, post.organizationId, post.role, day)
      if (personId !== undefined && !hasPerson(needs, personId)) needs.push({ personId, post })
    }
  }
  return needs
}

function hasPerson(needs: readonly PersonNeed[], personId: string): boolean {
  for (const need of needs) if (need.personId === personId) return true
  return false
}

/** Where the meeting physically is: its venue, else its main bridge point's venue. */
export function mainVenueOf(meeting: MeetingView): string | undefined {
  return meeting.venueId ?? meeting.online?.mainBridgeVenueId
}

/** Every venue the meeting occupies, each once: the room and every bridge point's venue. */
export function venuesOf(meeting: MeetingView): string[] {
  const online = meeting.online
  // A hand-built object may lack the defaulted list.
  const points = (online as Partial<OnlineDetails> | undefined)?.bridgePoints ?? []
  if (points.length > 8) {
    // A province-wide conference has hundreds of bridge points: dedupe with a set.
    const venues = new Set<string>()
    if (meeting.venueId !== undefined) venues.add(meeting.venueId)
    if (online?.mainBridgeVenueId !== undefined) venues.add(online.mainBridgeVenueId)
    for (const point of points) if (point.venueId !== undefined) venues.add(point.venueId)
    return [...venues]
  }
  const venues: string[] = []
  if (meeting.venueId !== undefined) venues.push(meeting.venueId)
  const main = online?.mainBridgeVenueId
  if (main !== undefined && !venues.includes(main)) venues.push(main)
  for (const point of points) {
    const venueId = point.venueId
    if (venueId !== undefined && !venues.includes(venueId)) venues.push(venueId)
  }
  return venues
}

/**
 * The bodies a major meeting requires, each once: its host, co-hosts and required
 * organisations. A normal meeting requires no body as a whole (an empty list).
 */
export function bodiesOf(meeting: MeetingView): string[] {
  if (meeting.importance !== 'major') return []
  const bodies: string[] = []
  if (meeting.hostId !== undefined) bodies.push(meeting.hostId)
  for (const id of meeting.coHostIds ?? []) if (!bodies.includes(id)) bodies.push(id)
  for (const id of meeting.requiredOrganizationIds ?? []) if (!bodies.includes(id)) bodies.push(id)
  return bodies
}

// GET /api/meetings?from=&to= (JSON), GET /api/meetings.ics?from=&to= (iCalendar) and
// GET /api/organizations (the directory the meetings and petitions name)
import { formatIssueMessage, type MessageLocale } from '@lienthong/core'
import { meetingsToICS } from '@lienthong/core/ical'
import { serializeMeeting, type Meeting } from '@lienthong/core/meeting'
import { serializeOrganization, serializePerson, serializeVenue } from '@lienthong/core/office'
import { Hono, type Context } from 'hono'
import {
  endpoints,
  FEED_DAYS,
  FEED_DAYS_BEFORE,
  MAX_RANGE_DAYS,
  meetingsFeedQuerySchema,
  meetingsQuerySchema,
  routePath,
  type ApiIssue,
  type MeetingsResponse,
  type OrganizationsResponse,
} from '../contract.js'
import { errorResponse, issuesFromZod, localeOf } from '../errors.js'
import type { Directory, Storage } from '../storage/types.js'

const DAY_MS = 86_400_000

/**
 * An unencoded `+` in a query string reads as a space (`…T00:00:00 07:00`): put it back, so a
 * hand-typed URL works too.
 */
function restorePlus(value: string | undefined): string | undefined {
  return value?.replace(/^(\d{4}-\d{2}-\d{2}T[\d:.]+) (\d{2}:?\d{2})$/, '$1+$2')
}

function rangeIssues(from: Date, to: Date, locale: MessageLocale): ApiIssue[] {
  if (to.getTime() <= from.getTime()) {
    const params = { startField: 'from', start: from.toISOString(), end: to.toISOString() }
    const message = formatIssueMessage({ code: 'end_before_start', params }, locale)
    return [{ code: 'end_before_start', path: ['to'], message }]
  }
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
    const params = {
      detail: `must be at most ${MAX_RANGE_DAYS} days after from`,
      detailVi: `chỉ được sau from tối đa ${MAX_RANGE_DAYS} ngày`,
    }
    return [
      {
        code: 'invalid',
        path: ['to'],
        message: formatIssueMessage({ code: 'invalid', params }, locale),
      },
    ]
  }
  return []
}

/** The organisations, people and venues the meetings name (people also by the posts required). */
function referenced(meetings: readonly Meeting[], directory: Directory) {
  const organizationIds = new Set<string>()
  const personIds = new Set<string>()
  const venueIds = new Set<string>()
  const posts = new Set<string>()
  for (const meeting of meetings) {
    organizationIds.add(meeting.hostId)
    for (const idOf of meeting.coHostIds) organizationIds.add(idOf)
    for (const idOf of meeting.requiredOrganizationIds) organizationIds.add(idOf)
    if (meeting.preparingUnitId !== undefined) organizationIds.add(meeting.preparingUnitId)
    if (meeting.chairId !== undefined) personIds.add(meeting.chairId)
    for (const idOf of meeting.participantIds) personIds.add(idOf)
    if (meeting.venueId !== undefined) venueIds.add(meeting.venueId)
    for (const post of meeting.requiredPosts) {
      organizationIds.add(post.organizationId)
      posts.add(`${post.organizationId} ${post.role}`)
    }
    if (meeting.online?.mainBridgeVenueId !== undefined)
      venueIds.add(meeting.online.mainBridgeVenueId)
    for (const point of meeting.online?.bridgePoints ?? []) {
      if (point.venueId !== undefined) venueIds.add(point.venueId)
      if (point.hostUnitId !== undefined) organizationIds.add(point.hostUnitId)
    }
  }
  return {
    organizations: directory.organizations.filter((org) => organizationIds.has(org.id)),
    people: directory.people.filter(
      (person) =>
        personIds.has(person.id) ||
        person.posts.some((post) => posts.has(`${post.organizationId} ${post.role}`)),
    ),
    venues: directory.venues.filter((venue) => venueIds.has(venue.id)),
  }
}

/** A range read from the query, or the error answer to send. */
type RangeResult =
  | { readonly ok: true; readonly from: Date; readonly to: Date }
  | { readonly ok: false; readonly response: Response }

/**
 * Reads and checks `from` and `to`. For the feed both may be missing: `from` defaults to
 * {@link FEED_DAYS_BEFORE} days before `now`, `to` to {@link FEED_DAYS} days after `from`.
 */
function readRange(c: Context, feed: boolean, now: Date): RangeResult {
  const locale = localeOf(c)
  const raw = { from: restorePlus(c.req.query('from')), to: restorePlus(c.req.query('to')) }
  const query = (feed ? meetingsFeedQuerySchema : meetingsQuerySchema).safeParse(raw)
  if (!query.success) {
    return {
      ok: false,
      response: errorResponse(
        c,
        400,
        'invalid_input',
        'Invalid query: from and to are ISO 8601 instants with an offset.',
        issuesFromZod(query.error, locale),
      ),
    }
  }
  const from = query.data.from ?? new Date(now.getTime() - FEED_DAYS_BEFORE * DAY_MS)
  const to = query.data.to ?? new Date(from.getTime() + FEED_DAYS * DAY_MS)
  const issues = rangeIssues(from, to, locale)
  if (issues.length > 0) {
    return {
      ok: false,
      response: errorResponse(c, 400, 'invalid_input', 'Invalid range.', issues),
    }
  }
  return { ok: true, from, to }
}

export interface MeetingRoutesOptions {
  readonly storage: Storage
  /** Name of the `.ics` feed in calendar apps (X-WR-CALNAME). */
  readonly calendarName: string
  /** The clock; default `new Date()`. */
  readonly now?: () => Date
}

/** The meeting endpoints. */
export function meetingRoutes(options: MeetingRoutesOptions): Hono {
  const { storage } = options
  const now = options.now ?? (() => new Date())
  const routes = new Hono()

  routes.get(routePath(endpoints.meetingsCalendar), async (c) => {
    const at = now()
    const range = readRange(c, true, at)
    if (!range.ok) return range.response
    const meetings = await storage.meetingsBetween(range.from, range.to)
    const { organizations, people, venues } = referenced(meetings, await storage.directory())
    const ics = meetingsToICS(meetings, {
      now: at,
      calendarName: options.calendarName,
      organizations,
      people,
      venues,
    })
    return c.body(ics, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="lienthong-meetings.ics"',
      'Cache-Control': 'no-cache',
    })
  })

  routes.get(routePath(endpoints.listOrganizations), async (c) => {
    const { organizations } = await storage.directory()
    const body: OrganizationsResponse = { organizations: organizations.map(serializeOrganization) }
    return c.json(body)
  })

  routes.get(routePath(endpoints.listMeetings), async (c) => {
    const range = readRange(c, false, now())
    if (!range.ok) return range.response
    const meetings = await storage.meetingsBetween(range.from, range.to)
    const { organizations, people, venues } = referenced(meetings, await storage.directory())
    const body: MeetingsResponse = {
      meetings: meetings.map(serializeMeeting),
      people: people.map(serializePerson),
      venues: venues.map(serializeVenue),
      organizations: organizations.map(serializeOrganization),
    }
    return c.json(body)
  })

  return routes
}

// Lookups built once per call from the people, venues and organisations given: names, post
// holders, capacities, working time, and which days are worked.
import type { HolidayCalendar } from '../calendar/holidayCalendar.schema.js'
import type { Organization, Venue } from '../office/office.schema.js'
import { createDayRule, type DayRule } from './dayRule.js'
import { indexPosts, type PersonView, type PostIndex } from './meetingResources.js'
import { toWorkingTime, type WorkingTime } from './workingTime.js'
import { createZoneClock, type ZoneClock } from './zoneClock.js'

/** A venue as the checks read it; only `id` is needed. */
export type VenueView = Pick<Venue, 'id'> & Partial<Omit<Venue, 'id'>>

/** An organisation as the checks read it; only `id` is needed. */
export type OrganizationView = Pick<Organization, 'id'> & Partial<Omit<Organization, 'id'>>

/** The reference data a call is given. */
export interface ReferenceData {
  readonly people?: readonly PersonView[] | undefined
  readonly venues?: readonly VenueView[] | undefined
  readonly organizations?: readonly OrganizationView[] | undefined
}

/** Lookups over {@link ReferenceData}, built once per call. */
export interface ResolvedContext {
  readonly clock: ZoneClock
  readonly posts: PostIndex
  readonly venues: ReadonlyMap<string, VenueView>
  readonly organizations: ReadonlyMap<string, OrganizationView>
  readonly personName: (id: string) => string
  readonly venueName: (id: string) => string
  readonly organizationName: (id: string) => string
  /** The working time of an organisation; unknown ones get the defaults in `fallbackZone`. */
  workingTimeOf(organizationId: string | undefined, fallbackZone: string): WorkingTime
  /**
   * Which days are worked beyond the weekly working days (holidays, make-up working days), from
   * the calendar and the callback given; `undefined` when neither was.
   */
  readonly isWorkingDay: DayRule | undefined
}

/** The days off a call is given: a holiday calendar (already checked), a callback, or both. */
export interface DaysOff {
  readonly calendar?: HolidayCalendar | undefined
  readonly isNonWorkingDay?: ((date: string) => boolean) | undefined
}

function byId<T extends { readonly id: string }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>()
  for (const item of items ?? []) if (!map.has(item.id)) map.set(item.id, item)
  return map
}

/** Builds the lookups: O(people + posts + venues + organisations). */
export function resolveContext(data: ReferenceData, daysOff: DaysOff = {}): ResolvedContext {
  const people = byId(data.people)
  const venues = byId(data.venues)
  const organizations = byId(data.organizations)
  const byOrganization = new Map<string, WorkingTime>()
  const byZone = new Map<string, WorkingTime>()
  const clock = createZoneClock()
  return {
    clock,
    posts: indexPosts(data.people),
    venues,
    organizations,
    personName: (id) => people.get(id)?.name ?? id,
    venueName: (id) => venues.get(id)?.name ?? id,
    organizationName: (id) => organizations.get(id)?.name ?? id,
    workingTimeOf(organizationId, fallbackZone) {
      const organization =
        organizationId === undefined ? undefined : organizations.get(organizationId)
      const cache = organization === undefined ? byZone : byOrganization
      const key = organization === undefined ? fallbackZone : organization.id
      let working = cache.get(key)
      if (working === undefined) {
        working = toWorkingTime(organization?.workingHours, organization?.timeZone ?? fallbackZone)
        cache.set(key, working)
      }
      return working
    },
    isWorkingDay: createDayRule(daysOff.calendar, daysOff.isNonWorkingDay, (day) =>
      clock.date(day),
    ),
  }
}

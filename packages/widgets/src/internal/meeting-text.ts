import type { Meeting } from '@lienthong/core/meeting'
import type { LocaleController } from './locale-controller.js'
import type { ScheduleConflict, ScheduleData } from './schedule-data.js'

/** Names by id, falling back to the id itself when the data does not name it. Internal. */
export interface Names {
  readonly person: (id: string) => string
  readonly venue: (id: string) => string
  readonly organization: (id: string) => string
  readonly meeting: (id: string) => Meeting | undefined
}

/** Lookups of the names of people, venues and organisations, and of meetings by id. O(n). */
export function namesOf(data: ScheduleData): Names {
  const people = new Map(data.people.map((person) => [person.id, person.name]))
  const venues = new Map(data.venues.map((venue) => [venue.id, venue.name]))
  const organizations = new Map(data.organizations.map((item) => [item.id, item.name]))
  const meetings = new Map(data.meetings.map((meeting) => [meeting.id, meeting]))
  return {
    person: (id) => people.get(id) ?? id,
    venue: (id) => venues.get(id) ?? id,
    organization: (id) => organizations.get(id) ?? id,
    meeting: (id) => meetings.get(id),
  }
}

/**
 * Wraps user text in Unicode bidi isolation (FSI … PDI), so a Vietnamese title inside an Urdu
 * sentence keeps its own direction and does not scramble the sentence around it.
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`
}

/**
 * One sentence explaining a conflict of `meeting`, in the element's language: who or what is
 * double-booked and with which other meeting, when (`when` describes the other meeting).
 */
export function explainConflict(
  conflict: ScheduleConflict,
  meeting: Meeting,
  names: Names,
  i18n: LocaleController,
  when: (other: Meeting) => string,
): string {
  const t = i18n.t.bind(i18n)
  const otherId = conflict.meetingIds.find((id) => id !== meeting.id)
  const other = otherId ? names.meeting(otherId) : undefined
  const otherTitle = isolate(other?.title ?? otherId ?? '')
  const time = other ? isolate(when(other)) : ''
  const person = isolate(conflict.personId ? names.person(conflict.personId) : '')
  const venueId = conflict.venueId ?? meeting.venueId
  const venue = isolate(venueId ? names.venue(venueId) : '')
  const organization = isolate(names.organization(conflict.organizationId ?? meeting.hostId))
  switch (conflict.kind) {
    case 'person-double-booked':
      if (other) return t('conflict.person', { person, other: otherTitle, time })
      break
    case 'venue-double-booked':
      if (other) return t('conflict.venue', { venue, other: otherTitle, time })
      break
    case 'body-double-booked':
      if (other) return t('conflict.body', { organization, other: otherTitle, time })
      break
    case 'outside-working-hours':
      return t('conflict.outsideHours', { organization })
    case 'weekly-rest-day':
      return t('conflict.restDay', { organization })
    case 'holiday':
      return t('conflict.holiday')
    case 'over-capacity':
      return t('conflict.capacity', { venue })
    case 'travel-time':
      if (other) return t('conflict.travel', { person, other: otherTitle })
      break
  }
  // A kind these catalogs do not know: the producer's own sentence, else a generic one.
  if (conflict.message) return conflict.message
  const others = conflict.meetingIds
    .filter((id) => id !== meeting.id)
    .map((id) => names.meeting(id)?.title ?? id)
  return others.length > 0
    ? t('conflict.with', { meetings: others.map((title) => `“${isolate(title)}”`).join(', ') })
    : t('conflict.generic')
}

/** Cached `Intl.DateTimeFormat`s of one element (they are slow to create). */
export class DateFormatters {
  private readonly cache = new Map<string, Intl.DateTimeFormat>()

  constructor(private readonly i18n: LocaleController) {}

  get(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const key = `${this.i18n.lang}|${JSON.stringify(options)}`
    let formatter = this.cache.get(key)
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(this.i18n.lang, options)
      this.cache.set(key, formatter)
    }
    return formatter
  }
}

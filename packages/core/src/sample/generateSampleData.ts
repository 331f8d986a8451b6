import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import { calendarDateSchema } from '../_lib/primitives.js'
import { parseDirective, type Directive } from '../directive/index.js'
import { parseMeeting, type Meeting } from '../meeting/index.js'
import {
  parseOrganization,
  parsePerson,
  parseVenue,
  type Organization,
  type Person,
  type Venue,
} from '../office/index.js'
import { parsePetition, type Petition } from '../petition/index.js'
import { parseWorkProgram, type WorkProgram } from '../program/index.js'
import { dateOf, dayFromParts, dayOf, holidaysOf, LUNAR_YEARS } from './calendar.js'
import type { SampleContext } from './context.js'
import { buildDirectives } from './directives.js'
import { buildMeetings } from './meetings.js'
import { buildOrganizations } from './organizations.js'
import { buildPeople } from './people.js'
import { buildPetitions } from './petitions.js'
import { buildPrograms } from './programs.js'
import { createRandom } from './random.js'
import { buildVenues } from './venues.js'

/**
 * Options of {@link generateSampleData}.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { SampleDataOptions } from '@lienthong/core/sample'
 *
 * const small: SampleDataOptions = { seed: 7, scale: 0.1 }
 * ```
 */
export interface SampleDataOptions {
  /** Seed of the pseudo-random generator; the same seed gives the same data. Default `1`. */
  seed?: number
  /** Calendar year of the meetings, petitions, documents and programs (2014–2100, the years of the statutory calendar). Default `2026`. */
  year?: number
  /** The city modelled. Only `'hanoi'` (the seed report's city) for now. Default `'hanoi'`. */
  city?: 'hanoi'
  /**
   * Size: `1` is a realistic year (about 600 meetings, 1,000 petitions a year, 150 documents),
   * `0.1` a small one for tests. Organisations, people and venues do not scale; meetings stop
   * growing above about 5, when the leaders' calendars are full (petitions and documents keep
   * growing). Default `1`.
   */
  scale?: number
  /**
   * "Today", as `YYYY-MM-DD`: meetings before it are held (or cancelled, postponed), later ones
   * planned; petitions and documents exist only before it, and task statuses are as of that day.
   * Default 1 July of `year`, the middle of the year.
   */
  asOf?: string
}

/**
 * A generated sample city: parsed model values, ready for tests, benchmarks, examples and demos.
 * Every id a value refers to (host, participants, venue, posts' organisations, receiving office,
 * forwarded-to unit, lead units, leaders in charge, program items' meetings and documents…)
 * exists in the data.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { generateSampleData, type SampleData } from '@lienthong/core/sample'
 *
 * const data: SampleData = generateSampleData({ scale: 0.1 })
 * data.meetings[0]?.start instanceof Date // true
 * ```
 */
export interface SampleData {
  /** The city's bodies, offices, advisory agencies, departments, wards and communes. */
  organizations: Organization[]
  /** Leaders holding several posts at once, office staff, department and ward leaders. */
  people: Person[]
  /** Halls, meeting rooms, the citizen reception office and one bridge point per ward. */
  venues: Venue[]
  /** The year's meetings, sorted by start. */
  meetings: Meeting[]
  /** Petitions received before `asOf`, sorted by receipt. */
  petitions: Petition[]
  /** Documents issued before `asOf` with their tasks, sorted by date of issue. */
  directives: Directive[]
  /** Yearly, quarterly, monthly and weekly programs of the Party Committee, People's Council and People's Committee. */
  workPrograms: WorkProgram[]
  /**
   * Pairs of meetings booked on purpose to conflict, about 3% of the meetings: at overlapping
   * times (half-open intervals) for the same person or venue (`reason` `'person'`, `'venue'`); two
   * overlapping major meetings requiring the same body (`'body'`, a `body-double-booked`
   * conflict); and a person's meeting starting 0–15 minutes after another ends at a different
   * venue (`'travel-time'`, the meetings do not overlap). Neither is cancelled, postponed or
   * tentative. No other pair of meetings shares a person (named, or holding a required post on
   * the day), a venue (including bridge points), a required organisation or a major meeting's
   * body at overlapping times, recurring meetings' occurrences included. Together with the
   * meetings outside working hours, on rest days and holidays and over capacity that the year
   * has anyway, {@link conflicts!detectConflicts | detectConflicts} given the working calendar
   * finds every conflict kind at least once.
   */
  intentionalClashes: {
    meetingIds: [string, string]
    reason: 'person' | 'venue' | 'body' | 'travel-time'
    /** The shared person's, venue's or body's id (the person short of travel time). */
    id: string
  }[]
  /**
   * The meeting planned on purpose with more expected attendees than its room seats (an
   * `over-capacity` conflict); every other meeting fits its rooms and bridge points.
   */
  overCapacity: { meetingId: string; venueId: string }[]
  /** Petitions planted as "hot spots": many on one matter in one ward within a few weeks. */
  hotSpots: { petitionIds: string[]; wardCode: string; subject: string }[]
  /** The same document planned by two bodies in the same month (the "no overlap" problem). */
  programOverlaps: { programIds: [string, string]; itemIds: [string, string]; title: string }[]
  /** The "today" the data was generated for, `YYYY-MM-DD`. */
  asOf: string
}

const optionsSchema = z.object({
  seed: z._default(z.number(), 1),
  year: z._default(z.int().check(z.gte(LUNAR_YEARS.first), z.lte(LUNAR_YEARS.last)), 2026),
  city: z._default(z.literal('hanoi'), 'hanoi'),
  scale: z._default(z.number().check(z.positive(), z.lte(20)), 1),
  asOf: z.optional(calendarDateSchema),
})

const optionsParsers = createParsers('SampleDataOptions', optionsSchema)

/**
 * Generates a deterministic, realistic year of data for a Vietnamese city (Hanoi, with its 126
 * real wards and communes): organisations, people, venues, meetings with recurring series and a
 * few intentional clashes, petitions with processing histories and hot spots, directives with
 * "5 clear" tasks, and work programs with a few overlaps. The same options give deep-equal
 * results on every run and machine (a seeded generator, no clock, no `Math.random`).
 *
 * Every value is built in its JSON wire form and read back through the model's parser
 * (`parseMeeting`, `parsePetition`, …), so a model change the generator does not follow fails
 * loudly. Takes a few hundred milliseconds at scale 1.
 *
 * @category Sample data
 * @param options - `seed` (default 1), `year` (default 2026), `city` (`'hanoi'`), `scale`
 *   (default 1; 0.1 for small tests), `asOf` (default 1 July of `year`).
 * @returns The parsed {@link SampleData}.
 * @throws {@link errors!LienthongError | LienthongError} when an option is invalid (e.g. `scale: 0`, `year: 1800`).
 * @example
 * ```ts
 * import { generateSampleData } from '@lienthong/core/sample'
 *
 * const data = generateSampleData({ seed: 42, scale: 0.1 })
 * const held = data.meetings.filter((m) => m.status === 'held').length
 * const [clash] = data.intentionalClashes // two meetings sharing clash.id at the same time
 * ```
 */
export function generateSampleData(options: SampleDataOptions = {}): SampleData {
  const { seed, year, scale, asOf } = optionsParsers.parse(options)
  const random = createRandom(seed)
  const first = dayFromParts(year, 1, 1)
  const last = dayFromParts(year, 12, 31)
  const { people, leaders, directory } = buildPeople(random.fork('people'), year)
  const context: SampleContext = {
    year,
    asOf: asOf === undefined ? dayFromParts(year, 7, 1) : dayOf(asOf),
    scale,
    // Histories and deadlines run past 31 December, so the next year's days off count too.
    holidays: holidaysOf(year, Math.min(year + 1, LUNAR_YEARS.last)),
    first,
    last,
    leaders,
    directory,
  }
  const organizations = buildOrganizations()
  const venues = buildVenues(random.fork('venues'))
  const { meetings, clashes, overCapacity } = buildMeetings(
    random.fork('meetings'),
    context,
    venues,
  )
  const directives = buildDirectives(random.fork('directives'), context, meetings)
  const { petitions, hotSpots } = buildPetitions(random.fork('petitions'), context)
  const { programs, overlaps, meetingItems } = buildPrograms(
    random.fork('programs'),
    context,
    meetings,
    directives,
  )

  return {
    organizations: organizations.map((organization) => parseOrganization(organization)),
    people: people.map((person) => parsePerson(person)),
    venues: venues.map((venue) => parseVenue(venue)),
    meetings: meetings.map(({ input }) => {
      const itemId = meetingItems.get(input.id)
      return parseMeeting(itemId === undefined ? input : { ...input, workProgramItemId: itemId })
    }),
    petitions: petitions.map((petition) => parsePetition(petition)),
    directives: directives.map((directive) => parseDirective(directive)),
    workPrograms: programs.map((program) => parseWorkProgram(program)),
    intentionalClashes: clashes,
    overCapacity,
    hotSpots,
    programOverlaps: overlaps,
    asOf: dateOf(context.asOf),
  }
}

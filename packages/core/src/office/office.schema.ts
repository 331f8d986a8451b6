import * as z from 'zod/mini'
import {
  addIssue,
  calendarDateSchema,
  clockTimeSchema,
  defaultTimeZoneSchema,
  idListSchema,
  idSchema,
  textSchema,
} from '../_lib/primitives.js'

/**
 * Kinds of organisation: the four bodies of a city or province and the parts around them.
 *
 * @category Office
 * @example
 * ```ts
 * import { organizationKinds } from '@lienthong/core/office'
 *
 * organizationKinds.includes('peoples-council') // true
 * ```
 */
export const organizationKinds = [
  'party-committee',
  'party-standing-board',
  'party-standing-committee',
  'peoples-council',
  'peoples-council-standing-committee',
  'peoples-committee',
  'national-assembly-delegation',
  'office',
  'advisory-agency',
  'department',
  'district',
  'commune',
  'other',
] as const

/**
 * Administrative levels. `district` was abolished by the 2025 two-tier reform and stays for
 * historical records.
 *
 * @category Office
 * @example
 * ```ts
 * import { administrativeLevels } from '@lienthong/core/office'
 *
 * administrativeLevels // ['central', 'province', 'district', 'commune']
 * ```
 */
export const administrativeLevels = ['central', 'province', 'district', 'commune'] as const

/**
 * One span of working time in a day, half-open `[start, end)` in the office's zone.
 *
 * @category Office
 * @example
 * ```ts
 * import { workingPeriodSchema } from '@lienthong/core/office'
 *
 * workingPeriodSchema.parse({ start: '07:30', end: '11:30' })
 * ```
 */
export const workingPeriodSchema = z.object({ start: clockTimeSchema, end: clockTimeSchema }).check(
  z.superRefine((period, ctx) => {
    if (period.end <= period.start) {
      addIssue(ctx, 'end_before_start', ['end'], { start: period.start, end: period.end })
    }
  }),
  z.describe('A span of working time [start, end) in the office’s zone; end must be after start.'),
)

/**
 * Typical hours of a Vietnamese state office: 07:30–11:30 and 13:30–17:00, Monday to Friday.
 *
 * @category Office
 * @example
 * ```ts
 * import { DEFAULT_WORKING_HOURS } from '@lienthong/core/office'
 *
 * DEFAULT_WORKING_HOURS.periods[0] // { start: '07:30', end: '11:30' }
 * ```
 */
export const DEFAULT_WORKING_HOURS = {
  periods: [
    { start: '07:30', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ],
  days: [1, 2, 3, 4, 5],
} as const satisfies { periods: { start: string; end: string }[]; days: number[] }

/**
 * Working hours: the daily periods and the ISO weekdays they apply to (1 = Monday … 7 = Sunday).
 *
 * @category Office
 * @example
 * ```ts
 * import { workingHoursSchema } from '@lienthong/core/office'
 *
 * workingHoursSchema.parse({ periods: [{ start: '08:00', end: '12:00' }], days: [1, 2, 3, 4, 5, 6] })
 * ```
 */
export const workingHoursSchema = z
  .object({
    periods: z
      .array(workingPeriodSchema)
      .check(
        z.minLength(1),
        z.maxLength(10),
        z.describe('The daily periods, in any order; they must not overlap.'),
      ),
    days: z.array(z.int().check(z.gte(1), z.lte(7))).check(z.minLength(1), z.maxLength(7)),
  })
  .check(
    z.superRefine((hours, ctx) => {
      const sorted = [...hours.periods].sort((a, b) => a.start.localeCompare(b.start))
      for (let i = 1; i < sorted.length; i++) {
        const previous = sorted[i - 1]
        const current = sorted[i]
        if (previous && current && current.start < previous.end) {
          addIssue(ctx, 'invalid', ['periods'], {
            detail: `periods ${previous.start}–${previous.end} and ${current.start}–${current.end} overlap`,
            detailVi: `các khoảng ${previous.start}–${previous.end} và ${current.start}–${current.end} chồng lên nhau`,
          })
        }
      }
    }),
  )

/**
 * An organisation: a body (Party Committee, People's Council, …), its office, an advisory
 * agency, a department, a district or a commune.
 *
 * `serves` lists the bodies an office advises and serves (for a Văn phòng). Working hours default
 * to {@link DEFAULT_WORKING_HOURS}; the time zone to `Asia/Ho_Chi_Minh`.
 *
 * @category Office
 * @example
 * ```ts
 * import { organizationSchema } from '@lienthong/core/office'
 *
 * const office = organizationSchema.parse({
 *   id: 'vp-tu', name: 'Văn phòng Thành ủy', kind: 'office', level: 'province', serves: ['tu'],
 * })
 * office.timeZone // 'Asia/Ho_Chi_Minh'
 * ```
 */
export const organizationSchema = z
  .object({
    id: idSchema,
    name: textSchema(300),
    shortName: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(50))),
    kind: z.enum(organizationKinds),
    level: z.enum(administrativeLevels),
    parentId: z
      .optional(idSchema)
      .check(z.describe('The organisation above this one; never its own id.')),
    serves: z._default(idListSchema, []),
    timeZone: defaultTimeZoneSchema,
    workingHours: z._default(workingHoursSchema, DEFAULT_WORKING_HOURS),
    address: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(500))),
    /** Administrative-unit code of the province or ward it belongs to. */
    unitCode: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(20))),
    active: z._default(z.boolean(), true),
  })
  .check(
    z.superRefine((org, ctx) => {
      if (org.parentId !== undefined && org.parentId === org.id) {
        addIssue(ctx, 'invalid', ['parentId'], {
          detail: 'an organisation cannot be its own parent',
          detailVi: 'một tổ chức không thể là cấp trên của chính nó',
        })
      }
    }),
  )

/**
 * Roles a person can hold in an organisation.
 *
 * @category Office
 * @example
 * ```ts
 * import { postRoles } from '@lienthong/core/office'
 *
 * postRoles.includes('chair') // true
 * ```
 */
export const postRoles = [
  'secretary',
  'deputy-secretary',
  'standing-deputy-secretary',
  'chair',
  'vice-chair',
  'standing-vice-chair',
  'head',
  'deputy-head',
  'director',
  'deputy-director',
  'chief-of-office',
  'deputy-chief-of-office',
  'standing-member',
  'member',
  'delegate',
  'staff',
  'other',
] as const

/**
 * A post held by a person in an organisation from one date until another (inclusive).
 *
 * @category Office
 * @example
 * ```ts
 * import { postSchema } from '@lienthong/core/office'
 *
 * postSchema.parse({ organizationId: 'ubnd', role: 'chair', from: '2024-06-01' })
 * ```
 */
export const postSchema = z
  .object({
    organizationId: idSchema,
    role: z.enum(postRoles),
    title: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
    from: z.optional(calendarDateSchema),
    until: z
      .optional(calendarDateSchema)
      .check(z.describe('Last day of the post (inclusive); on or after from.')),
  })
  .check(
    z.superRefine((post, ctx) => {
      if (post.from !== undefined && post.until !== undefined && post.until < post.from) {
        addIssue(ctx, 'end_before_start', ['until'], {
          startField: 'from',
          start: post.from,
          end: post.until,
        })
      }
    }),
  )

/**
 * A person (usually a leader or an official) with the posts they hold. One leader often holds
 * several posts at once, which is why schedules collide.
 *
 * @category Office
 * @example
 * ```ts
 * import { personSchema } from '@lienthong/core/office'
 *
 * personSchema.parse({
 *   id: 'p1', name: 'Nguyễn Văn An',
 *   posts: [{ organizationId: 'tu', role: 'deputy-secretary' }, { organizationId: 'hdnd', role: 'chair' }],
 * })
 * ```
 */
export const personSchema = z.object({
  id: idSchema,
  name: textSchema(200),
  honorific: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(50))),
  email: z.optional(z.email()),
  phone: z.optional(z.string().check(z.trim(), z.minLength(3), z.maxLength(30))),
  posts: z._default(z.array(postSchema).check(z.maxLength(50)), []),
})

/**
 * Kinds of venue: a meeting room, a hall, an online bridge point, an outdoor site.
 *
 * @category Office
 * @example
 * ```ts
 * import { venueKinds } from '@lienthong/core/office'
 *
 * venueKinds // ['room', 'hall', 'bridge-point', 'outdoor', 'other']
 * ```
 */
export const venueKinds = ['room', 'hall', 'bridge-point', 'outdoor', 'other'] as const

/**
 * A place where meetings happen: a room, a hall, or an online bridge point (điểm cầu).
 *
 * @category Office
 * @example
 * ```ts
 * import { venueSchema } from '@lienthong/core/office'
 *
 * venueSchema.parse({ id: 'hall-a', name: 'Hội trường A', kind: 'hall', capacity: 300 })
 * ```
 */
export const venueSchema = z.object({
  id: idSchema,
  name: textSchema(300),
  kind: z.enum(venueKinds),
  capacity: z.optional(z.int().check(z.gte(0), z.lte(1_000_000))),
  address: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(500))),
  organizationId: z.optional(idSchema),
  timeZone: defaultTimeZoneSchema,
})

/**
 * One of {@link organizationKinds}.
 *
 * @category Office
 * @example
 * ```ts
 * import type { OrganizationKind } from '@lienthong/core/office'
 *
 * const organizationKind: OrganizationKind = 'party-committee'
 * ```
 */
export type OrganizationKind = (typeof organizationKinds)[number]
/**
 * One of {@link administrativeLevels}.
 *
 * @category Office
 * @example
 * ```ts
 * import type { AdministrativeLevel } from '@lienthong/core/office'
 *
 * const administrativeLevel: AdministrativeLevel = 'central'
 * ```
 */
export type AdministrativeLevel = (typeof administrativeLevels)[number]
/**
 * One of {@link postRoles}.
 *
 * @category Office
 * @example
 * ```ts
 * import type { PostRole } from '@lienthong/core/office'
 *
 * const postRole: PostRole = 'secretary'
 * ```
 */
export type PostRole = (typeof postRoles)[number]
/**
 * One of {@link venueKinds}.
 *
 * @category Office
 * @example
 * ```ts
 * import type { VenueKind } from '@lienthong/core/office'
 *
 * const venueKind: VenueKind = 'room'
 * ```
 */
export type VenueKind = (typeof venueKinds)[number]
/**
 * A parsed WorkingHours: what {@link workingHoursSchema} returns.
 *
 * @category Office
 * @example
 * ```ts
 * import { workingHoursSchema, type WorkingHours } from '@lienthong/core/office'
 *
 * declare const json: unknown
 * const workingHours: WorkingHours = workingHoursSchema.parse(json)
 * ```
 */
export type WorkingHours = z.output<typeof workingHoursSchema>
/**
 * A parsed Organization: what {@link parseOrganization} returns (instants as `Date`).
 *
 * @category Office
 * @example
 * ```ts
 * import { parseOrganization, type Organization } from '@lienthong/core/office'
 *
 * declare const json: unknown
 * const organization: Organization = parseOrganization(json)
 * ```
 */
export type Organization = z.output<typeof organizationSchema>
/**
 * The wire (JSON) form of a {@link Organization}: what a back end sends and receives (instants as ISO 8601 strings).
 *
 * @category Office
 * @example
 * ```ts
 * import { serializeOrganization, type Organization, type OrganizationInput } from '@lienthong/core/office'
 *
 * declare const organization: Organization
 * const wire: OrganizationInput = serializeOrganization(organization)
 * ```
 */
export type OrganizationInput = z.input<typeof organizationSchema>
/**
 * A parsed Post: what {@link postSchema} returns.
 *
 * @category Office
 * @example
 * ```ts
 * import { postSchema, type Post } from '@lienthong/core/office'
 *
 * declare const json: unknown
 * const post: Post = postSchema.parse(json)
 * ```
 */
export type Post = z.output<typeof postSchema>
/**
 * A parsed Person: what {@link parsePerson} returns (instants as `Date`).
 *
 * @category Office
 * @example
 * ```ts
 * import { parsePerson, type Person } from '@lienthong/core/office'
 *
 * declare const json: unknown
 * const person: Person = parsePerson(json)
 * ```
 */
export type Person = z.output<typeof personSchema>
/**
 * The wire (JSON) form of a {@link Person}: what a back end sends and receives (instants as ISO 8601 strings).
 *
 * @category Office
 * @example
 * ```ts
 * import { serializePerson, type Person, type PersonInput } from '@lienthong/core/office'
 *
 * declare const person: Person
 * const wire: PersonInput = serializePerson(person)
 * ```
 */
export type PersonInput = z.input<typeof personSchema>
/**
 * A parsed Venue: what {@link parseVenue} returns (instants as `Date`).
 *
 * @category Office
 * @example
 * ```ts
 * import { parseVenue, type Venue } from '@lienthong/core/office'
 *
 * declare const json: unknown
 * const venue: Venue = parseVenue(json)
 * ```
 */
export type Venue = z.output<typeof venueSchema>
/**
 * The wire (JSON) form of a {@link Venue}: what a back end sends and receives (instants as ISO 8601 strings).
 *
 * @category Office
 * @example
 * ```ts
 * import { serializeVenue, type Venue, type VenueInput } from '@lienthong/core/office'
 *
 * declare const venue: Venue
 * const wire: VenueInput = serializeVenue(venue)
 * ```
 */
export type VenueInput = z.input<typeof venueSchema>

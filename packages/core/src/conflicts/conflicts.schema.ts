import * as z from 'zod/mini'
import { idSchema, instantSchema } from '../_lib/primitives.js'

/**
 * Kinds of schedule conflict {@link detectConflicts} reports.
 *
 * - `person-double-booked`: a person (chair, participant, or the holder of a required post on
 *   that day) is wanted in two overlapping meetings.
 * - `venue-double-booked`: a room, hall or online bridge point hosts two overlapping meetings.
 * - `body-double-booked`: two overlapping major meetings require the same organisation (as
 *   host, co-host or required body): the planning-stage clash, before names are known.
 * - `outside-working-hours`, `weekly-rest-day`, `holiday`: a meeting outside the host office's
 *   working time.
 * - `over-capacity`: more people expected at a venue than it holds.
 * - `travel-time`: too little time between one person's consecutive meetings at different venues.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { conflictKinds } from '@lienthong/core/conflicts'
 *
 * conflictKinds.includes('venue-double-booked') // true
 * ```
 */
export const conflictKinds = [
  'person-double-booked',
  'venue-double-booked',
  'body-double-booked',
  'outside-working-hours',
  'weekly-rest-day',
  'holiday',
  'over-capacity',
  'travel-time',
] as const

/**
 * How serious a conflict is.
 *
 * - `error`: two firm bookings of one person, venue or body; more people than seats.
 * - `warning`: the same involving a tentative or postponed meeting; time outside working hours,
 *   on a rest day or holiday; too little travel time.
 * - `info`: any conflict among meetings that have all been held (history, nothing to fix).
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { conflictSeverities } from '@lienthong/core/conflicts'
 *
 * conflictSeverities // ['error', 'warning', 'info']
 * ```
 */
export const conflictSeverities = ['error', 'warning', 'info'] as const

/**
 * Codes of the conflict messages, one per sentence shape, for translation by the widgets. Each
 * kind has its own code; a person wanted through a post (not by name) has
 * `person-double-booked-via-post`, whose sentence names the post.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { conflictMessageCodes } from '@lienthong/core/conflicts'
 *
 * conflictMessageCodes.includes('person-double-booked-via-post') // true
 * ```
 */
export const conflictMessageCodes = [...conflictKinds, 'person-double-booked-via-post'] as const

/**
 * A half-open interval of time `[start, end)`.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { timeIntervalSchema } from '@lienthong/core/conflicts'
 *
 * timeIntervalSchema.parse({ start: '2026-03-02T08:00:00+07:00', end: '2026-03-02T09:00:00+07:00' })
 * ```
 */
export const timeIntervalSchema = z.object({ start: instantSchema, end: instantSchema })

/**
 * One conflict, explaining itself: what kind, how serious, which meetings (by id, and by their
 * position in the list given to {@link detectConflicts}), who or what is concerned, exactly when,
 * and a message code with params for translation plus a ready English or Vietnamese sentence.
 *
 * The schema describes the JSON wire form (instants as ISO 8601 strings), so a back end can send
 * conflicts to the widgets and they read them with {@link parseConflict}.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { conflictSchema } from '@lienthong/core/conflicts'
 *
 * const conflict = conflictSchema.parse({
 *   kind: 'venue-double-booked', severity: 'error', meetingIds: ['m1', 'm2'], meetingIndexes: [0, 1],
 *   venueId: 'hall-a',
 *   interval: { start: '2026-03-02T09:00:00+07:00', end: '2026-03-02T10:00:00+07:00' },
 *   messageCode: 'venue-double-booked', params: { venue: 'Hội trường A' },
 *   message: 'Hội trường A is booked for two meetings at once',
 * })
 * conflict.interval.start instanceof Date // true
 * ```
 */
export const conflictSchema = z.object({
  kind: z.enum(conflictKinds),
  severity: z.enum(conflictSeverities),
  /** The meetings involved: one, or two with the earlier-starting first. */
  meetingIds: z.array(idSchema).check(z.minLength(1), z.maxLength(2)),
  /** Positions of those meetings in the list given to `detectConflicts` (same order). */
  meetingIndexes: z._default(z.array(z.int().check(z.gte(0))).check(z.maxLength(2)), []),
  personId: z.optional(idSchema),
  venueId: z.optional(idSchema),
  organizationId: z.optional(idSchema),
  /** When: the overlap for double bookings, the meeting (or its part on that day) otherwise. */
  interval: timeIntervalSchema,
  messageCode: z.enum(conflictMessageCodes),
  params: z._default(z.record(z.string(), z.union([z.string(), z.number()])), {}),
  message: z.string().check(z.maxLength(5000)),
})

/**
 * One of {@link conflictKinds}.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictKind } from '@lienthong/core/conflicts'
 *
 * const kind: ConflictKind = 'travel-time'
 * ```
 */
export type ConflictKind = (typeof conflictKinds)[number]

/**
 * One of {@link conflictSeverities}.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictSeverity } from '@lienthong/core/conflicts'
 *
 * const severity: ConflictSeverity = 'warning'
 * ```
 */
export type ConflictSeverity = (typeof conflictSeverities)[number]

/**
 * One of {@link conflictMessageCodes}.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictMessageCode } from '@lienthong/core/conflicts'
 *
 * const code: ConflictMessageCode = 'person-double-booked-via-post'
 * ```
 */
export type ConflictMessageCode = (typeof conflictMessageCodes)[number]

/**
 * A half-open interval `[start, end)` of instants, as `Date`s.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { TimeInterval } from '@lienthong/core/conflicts'
 *
 * const morning: TimeInterval = {
 *   start: new Date('2026-03-02T07:30:00+07:00'),
 *   end: new Date('2026-03-02T11:30:00+07:00'),
 * }
 * ```
 */
export type TimeInterval = z.output<typeof timeIntervalSchema>

/**
 * A conflict as {@link detectConflicts} returns it (instants as `Date`).
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { detectConflicts, type Conflict } from '@lienthong/core/conflicts'
 * import type { Meeting } from '@lienthong/core/meeting'
 *
 * declare const meetings: Meeting[]
 * const errors: Conflict[] = detectConflicts(meetings).filter((c) => c.severity === 'error')
 * ```
 */
export type Conflict = z.output<typeof conflictSchema>

/**
 * The wire (JSON) form of a {@link Conflict} (instants as ISO 8601 strings).
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { serializeConflict, type Conflict, type ConflictInput } from '@lienthong/core/conflicts'
 *
 * declare const conflict: Conflict
 * const wire: ConflictInput = serializeConflict(conflict)
 * ```
 */
export type ConflictInput = z.input<typeof conflictSchema>

import * as z from 'zod/mini'
import { postRoles } from '../office/office.schema.js'
import {
  addIssue,
  defaultTimeZoneSchema,
  documentRefSchema,
  fieldsAreValid,
  idListSchema,
  idSchema,
  instantSchema,
  textSchema,
} from '../_lib/primitives.js'

/**
 * Kinds of meeting the offices serve, from the seed reports.
 *
 * @category Meeting
 * @example
 * ```ts
 * import { meetingKinds } from '@lienthong/core/meeting'
 *
 * meetingKinds.includes('standing-board-conference') // true
 * ```
 */
export const meetingKinds = [
  'standing-board-conference',
  'standing-committee-conference',
  'executive-committee-conference',
  'council-session',
  'council-standing-committee-meeting',
  'peoples-committee-regular-meeting',
  'joint-quarterly-meeting',
  'online-conference',
  'working-session',
  'citizen-reception',
  'voter-contact',
  'city-event',
  'other',
] as const

/**
 * Meeting statuses. Cancelled meetings never conflict; tentative ones only warn.
 *
 * @category Meeting
 * @example
 * ```ts
 * import { meetingStatuses } from '@lienthong/core/meeting'
 *
 * meetingStatuses // ['planned', 'confirmed', 'tentative', 'postponed', 'cancelled', 'held']
 * ```
 */
export const meetingStatuses = [
  'planned',
  'confirmed',
  'tentative',
  'postponed',
  'cancelled',
  'held',
] as const

/**
 * A post a meeting needs filled, whoever holds it on the day: "the Chair of the People's
 * Committee" rather than a named person.
 *
 * @category Meeting
 * @example
 * ```ts
 * import { requiredPostSchema } from '@lienthong/core/meeting'
 *
 * requiredPostSchema.parse({ organizationId: 'ubnd', role: 'chair' })
 * ```
 */
export const requiredPostSchema = z.object({
  organizationId: idSchema,
  role: z.enum(postRoles),
})

/**
 * One component bridge point (điểm cầu) of an online conference.
 *
 * @category Meeting
 * @example
 * ```ts
 * import { bridgePointSchema } from '@lienthong/core/meeting'
 *
 * bridgePointSchema.parse({ name: 'Điểm cầu huyện Sóc Sơn', hostUnitId: 'soc-son', delegates: 120 })
 * ```
 */
export const bridgePointSchema = z.object({
  venueId: z.optional(idSchema),
  name: textSchema(300),
  hostUnitId: z.optional(idSchema),
  delegates: z.int().check(z.gte(0), z.lte(1_000_000)),
})

/**
 * Online details of a conference: the main bridge point and the component ones.
 *
 * @category Meeting
 * @example
 * ```ts
 * import { onlineDetailsSchema } from '@lienthong/core/meeting'
 *
 * onlineDetailsSchema.parse({
 *   mainBridgeVenueId: 'hall-a',
 *   bridgePoints: [{ name: 'Điểm cầu xã Ba Vì', delegates: 60 }],
 * })
 * ```
 */
export const onlineDetailsSchema = z.object({
  mainBridgeVenueId: z.optional(idSchema),
  platform: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  bridgePoints: z._default(z.array(bridgePointSchema).check(z.maxLength(20_000)), []),
})

const recurrenceLine = /^(RRULE|EXRULE|RDATE|EXDATE)(;[^:]*)?:(.+)$/

/**
 * Recurrence as iCalendar content lines, like Google Calendar's `recurrence` field:
 * `RRULE:FREQ=WEEKLY;BYDAY=MO`, `EXDATE;TZID=Asia/Ho_Chi_Minh:20260105T080000`, `RDATE:…`.
 * Only the shape is checked here; expansion lives in the recurrence functions.
 *
 * @category Meeting
 * @example
 * ```ts
 * import { recurrenceSchema } from '@lienthong/core/meeting'
 *
 * recurrenceSchema.parse(['RRULE:FREQ=MONTHLY;BYDAY=1MO;COUNT=12'])
 * ```
 */
export const recurrenceSchema = z
  .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(5000)))
  .check(
    z.maxLength(100),
    z.superRefine((lines, ctx) => {
      let rrules = 0
      lines.forEach((line, index) => {
        const match = recurrenceLine.exec(line.toUpperCase())
        if (match === null) {
          addIssue(ctx, 'invalid_recurrence', [index], { line })
          return
        }
        if (match[1] === 'RRULE') {
          rrules += 1
          if (
            !/(^|;)FREQ=(SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)(;|$)/.test(
              match[3] ?? '',
            )
          ) {
            addIssue(ctx, 'invalid_recurrence', [index], {
              line,
              detail: 'an RRULE needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY',
              detailVi: 'RRULE cần FREQ=DAILY, WEEKLY, MONTHLY hoặc YEARLY',
            })
          }
        }
      })
      if (rrules > 1) {
        addIssue(ctx, 'invalid_recurrence', [], {
          line: 'RRULE',
          detail: 'use one RRULE per meeting (RFC 5545 recommends it); add dates with RDATE',
          detailVi: 'mỗi cuộc họp chỉ dùng một RRULE; thêm ngày bằng RDATE',
        })
      }
    }),
  )

/**
 * A meeting, conference, session or event that the offices schedule and serve.
 *
 * Times are instants (`start`, `end`; half-open, so a meeting ending at 10:00 does not clash with
 * one starting at 10:00). An all-day meeting has `allDay: true` and `start`/`end` at midnight in
 * its `timeZone`. Who must attend is said three ways: named people (`chairId`,
 * `participantIds`), posts whoever holds them (`requiredPosts`), and whole bodies
 * (`requiredOrganizationIds`, for planning before names are known).
 *
 * @category Meeting
 * @example
 * ```ts
 * import { meetingSchema } from '@lienthong/core/meeting'
 *
 * const meeting = meetingSchema.parse({
 *   id: 'm1',
 *   title: 'Hội nghị Ban Thường vụ Thành ủy',
 *   kind: 'standing-committee-conference',
 *   hostId: 'tu',
 *   start: '2026-03-02T08:00:00+07:00',
 *   end: '2026-03-02T11:30:00+07:00',
 * })
 * meeting.start instanceof Date // true
 * meeting.status // 'planned'
 * ```
 */
export const meetingSchema = z
  .object({
    id: idSchema,
    title: textSchema(500),
    kind: z.enum(meetingKinds),
    description: z.optional(z.string().check(z.trim(), z.maxLength(10_000))),
    hostId: idSchema,
    coHostIds: z._default(idListSchema, []),
    chairId: z.optional(idSchema),
    participantIds: z._default(idListSchema, []),
    requiredPosts: z._default(z.array(requiredPostSchema).check(z.maxLength(100)), []),
    requiredOrganizationIds: z._default(idListSchema, []),
    venueId: z.optional(idSchema),
    expectedAttendees: z.optional(z.int().check(z.gte(0), z.lte(1_000_000))),
    start: instantSchema,
    end: instantSchema.check(
      z.describe(
        'End (exclusive), ISO 8601 with an offset; must be after start, and in the years 0000–9999 in UTC.',
      ),
    ),
    allDay: z._default(z.boolean(), false),
    timeZone: defaultTimeZoneSchema,
    recurrence: z
      .optional(recurrenceSchema)
      .check(
        z.describe(
          'iCalendar content lines, each an RRULE (with FREQ), EXRULE, RDATE or EXDATE; at most one RRULE.',
        ),
      ),
    status: z._default(z.enum(meetingStatuses), 'planned'),
    importance: z._default(z.enum(['major', 'normal']), 'normal'),
    online: z.optional(onlineDetailsSchema),
    preparingUnitId: z.optional(idSchema),
    workProgramItemId: z.optional(idSchema),
    documents: z._default(z.array(documentRefSchema).check(z.maxLength(200)), []),
  })
  // Reported even when unrelated fields are wrong, so a form shows every problem at once.
  .check(
    z.superRefine(
      (meeting, ctx) => {
        if (meeting.end.getTime() <= meeting.start.getTime()) {
          addIssue(ctx, 'end_before_start', ['end'], {
            start: meeting.start.toISOString(),
            end: meeting.end.toISOString(),
          })
        }
      },
      { when: fieldsAreValid(['start', 'end']) },
    ),
  )

/**
 * One of {@link meetingKinds}.
 *
 * @category Meeting
 * @example
 * ```ts
 * import type { MeetingKind } from '@lienthong/core/meeting'
 *
 * const meetingKind: MeetingKind = 'standing-board-conference'
 * ```
 */
export type MeetingKind = (typeof meetingKinds)[number]
/**
 * One of {@link meetingStatuses}.
 *
 * @category Meeting
 * @example
 * ```ts
 * import type { MeetingStatus } from '@lienthong/core/meeting'
 *
 * const meetingStatus: MeetingStatus = 'planned'
 * ```
 */
export type MeetingStatus = (typeof meetingStatuses)[number]
/**
 * A parsed RequiredPost: what {@link requiredPostSchema} returns.
 *
 * @category Meeting
 * @example
 * ```ts
 * import { requiredPostSchema, type RequiredPost } from '@lienthong/core/meeting'
 *
 * declare const json: unknown
 * const requiredPost: RequiredPost = requiredPostSchema.parse(json)
 * ```
 */
export type RequiredPost = z.output<typeof requiredPostSchema>
/**
 * A parsed BridgePoint: what {@link bridgePointSchema} returns.
 *
 * @category Meeting
 * @example
 * ```ts
 * import { bridgePointSchema, type BridgePoint } from '@lienthong/core/meeting'
 *
 * declare const json: unknown
 * const bridgePoint: BridgePoint = bridgePointSchema.parse(json)
 * ```
 */
export type BridgePoint = z.output<typeof bridgePointSchema>
/**
 * A parsed OnlineDetails: what {@link onlineDetailsSchema} returns.
 *
 * @category Meeting
 * @example
 * ```ts
 * import { onlineDetailsSchema, type OnlineDetails } from '@lienthong/core/meeting'
 *
 * declare const json: unknown
 * const onlineDetails: OnlineDetails = onlineDetailsSchema.parse(json)
 * ```
 */
export type OnlineDetails = z.output<typeof onlineDetailsSchema>
/**
 * A parsed Meeting: what {@link parseMeeting} returns (instants as `Date`).
 *
 * @category Meeting
 * @example
 * ```ts
 * import { parseMeeting, type Meeting } from '@lienthong/core/meeting'
 *
 * declare const json: unknown
 * const meeting: Meeting = parseMeeting(json)
 * ```
 */
export type Meeting = z.output<typeof meetingSchema>
/**
 * The wire (JSON) form of a {@link Meeting}: what a back end sends and receives (instants as ISO 8601 strings).
 *
 * @category Meeting
 * @example
 * ```ts
 * import { serializeMeeting, type Meeting, type MeetingInput } from '@lienthong/core/meeting'
 *
 * declare const meeting: Meeting
 * const wire: MeetingInput = serializeMeeting(meeting)
 * ```
 */
export type MeetingInput = z.input<typeof meetingSchema>

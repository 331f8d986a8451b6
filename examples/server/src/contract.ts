// The HTTP contract between the widgets and a portal's back end, defined once from the core's
// zod schemas. The routes validate with these schemas and `openapi.ts` publishes them as
// OpenAPI 3.1 (`docs/openapi.json`), so a back end in any language can implement the same API.
import { meetingKinds, meetingSchema, meetingStatuses } from '@lienthong/core/meeting'
import { organizationSchema, personSchema, venueSchema } from '@lienthong/core/office'
import {
  petitionChannels,
  petitionEventSchema,
  petitionEventTypes,
  petitionKinds,
  petitionOutcomes,
  petitionSchema,
  petitionStages,
} from '@lienthong/core/petition'
import { z } from 'zod'

/** An instant: ISO 8601 with an offset on the wire, a `Date` once parsed (core's codec). */
const instant = meetingSchema.shape.start
/** A calendar date `YYYY-MM-DD` (core's schema). */
const calendarDate = petitionEventSchema.shape.newDeadline.def.innerType
/** An id (core's schema). */
const id = petitionSchema.shape.receivedById
const count = z.int().min(0)

/** Largest request body accepted, in bytes; larger ones get 413. */
export const MAX_BODY_BYTES = 256 * 1024
/** Longest range `GET /api/meetings` answers, in days. */
export const MAX_RANGE_DAYS = 366
/** The request header that makes a submission idempotent. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key'
/** The response header set on a replayed submission. */
export const REPLAYED_HEADER = 'Idempotent-Replayed'

/** Query of `GET /api/meetings`: a half-open range `[from, to)`. */
export const meetingsQuerySchema = z.object({
  from: instant.check(
    z.describe(
      'Start of the range (inclusive): ISO 8601 with an offset, e.g. 2026-03-02T00:00:00+07:00 (write + as %2B in a URL).',
    ),
  ),
  to: instant.check(
    z.describe(
      `End of the range (exclusive), after from and at most ${MAX_RANGE_DAYS} days later.`,
    ),
  ),
})

/** Days before now the `.ics` feed starts when the query has no `from`. */
export const FEED_DAYS_BEFORE = 30
/** Days after `from` the `.ics` feed ends when the query has no `to`. */
export const FEED_DAYS = 365

/**
 * Query of `GET /api/meetings.ics`: the same range, both ends optional so that calendar apps can
 * subscribe to one fixed URL that moves with the days.
 */
export const meetingsFeedQuerySchema = z.object({
  from: z
    .optional(meetingsQuerySchema.shape.from)
    .describe(
      `Start of the range (inclusive), ISO 8601 with an offset; default ${FEED_DAYS_BEFORE} days before now.`,
    ),
  to: z
    .optional(meetingsQuerySchema.shape.to)
    .describe(
      `End of the range (exclusive), after from and at most ${MAX_RANGE_DAYS} days later; default ${FEED_DAYS} days after from.`,
    ),
})

/** Body of `GET /api/meetings`: the meetings and everything they name, in wire form. */
export const meetingsResponseSchema = z
  .object({
    meetings: z.array(meetingSchema),
    people: z.array(personSchema),
    venues: z.array(venueSchema),
    organizations: z.array(organizationSchema),
  })
  .describe(
    'Meetings overlapping [from, to), sorted by start, and the people, venues and organisations they name. A recurring meeting is returned once, as its series (with `recurrence`), when any occurrence may fall in the range; clients expand it.',
  )

/** Body of `GET /api/organizations`: the agencies, so a page can name them. */
export const organizationsResponseSchema = z
  .object({ organizations: z.array(organizationSchema) })
  .describe(
    'Every organisation the back end knows (bodies, offices, departments, wards), sorted by id: what a page needs to name the agency handling a petition or hosting a meeting.',
  )

/** Longest period a coordination report covers, in days (five years). */
export const MAX_REPORT_DAYS = 5 * 366
/** The forms a coordination report is written in. */
export const reportFormats = ['json', 'md', 'csv'] as const
/** Media type of each report format. */
export const reportMediaTypes = {
  json: 'application/json',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
} as const satisfies Record<(typeof reportFormats)[number], string>

/** Query of `GET /api/reports/coordination`. */
export const reportQuerySchema = z.object({
  from: calendarDate.check(z.describe('First day of the report (included), YYYY-MM-DD.')),
  to: calendarDate.check(
    z.describe(
      `The day after the last day (excluded), YYYY-MM-DD; at most ${MAX_REPORT_DAYS} days after from.`,
    ),
  ),
  format: z
    .enum(reportFormats)
    .default('json')
    .describe('json (the report as data), md (Markdown) or csv (the tables, for a spreadsheet).'),
  lang: z
    .enum(['vi', 'en'])
    .default('vi')
    .describe('Language of the headings and labels of md and csv.'),
})

/** Fields of a petition that the citizen writes; everything else is set by the back end. */
export const submissionFields = [
  'kinds',
  'anonymous',
  'petitioner',
  'coSigners',
  'representatives',
  'subject',
  'content',
  'field',
  'place',
  'complainedDecision',
  'denounced',
  'complaintInstance',
  'attachments',
] as const

const petitionFields = z.object(petitionSchema.shape)

/**
 * Body of `POST /api/petitions`: the citizen's submission, a subset of the Petition wire form.
 * The back end sets `id`, `trackingCode`, `channel` (`online-portal`), `receivedAt` and the
 * first `history` event, and checks the whole petition with `parsePetition`.
 */
export const petitionSubmissionSchema = petitionFields
  .pick(
    Object.fromEntries(submissionFields.map((key) => [key, true])) as Record<
      (typeof submissionFields)[number],
      true
    >,
  )
  .extend({
    receivedById: z
      .optional(id)
      .describe(
        'The office the petition is addressed to; default: the office this back end serves. Must be a known organisation.',
      ),
  })
  .describe(
    "A citizen's petition as the form sends it. `petitioner.name` is required unless `anonymous` is true. Unknown properties are ignored, including fields the back end sets (id, trackingCode, channel, receivedAt, history…).",
  )

/**
 * A petition's public status (core's `PublicPetitionStatus`): no personal data of anyone. Also
 * the receipt of a submission.
 */
export const publicPetitionStatusSchema = z
  .object({
    trackingCode: petitionSchema.shape.trackingCode,
    kinds: z.array(z.enum(petitionKinds)),
    stage: z.enum(petitionStages),
    open: z.boolean().describe('False once closed or withdrawn.'),
    receivedAt: instant,
    updatedAt: instant.check(
      z.describe('Time of the last step (the receipt when nothing happened yet).'),
    ),
    handledById: id.check(
      z.describe(
        'The agency handling it now: the last one it was forwarded to, else the receiving one.',
      ),
    ),
    outcome: z.enum(petitionOutcomes).optional(),
    steps: z.array(
      z.object({
        type: z.enum(petitionEventTypes),
        at: instant,
        agencyId: z.optional(id).describe('The agency it went to, for a `forwarded` step.'),
      }),
    ),
    dueDates: z.array(
      z.object({
        step: z.string().max(100),
        dueOn: calendarDate,
        status: z
          .string()
          .max(30)
          .optional()
          .describe('pending, due-soon, met or missed, as the deadlines area computes it.'),
        legalBasis: z.string().max(300).optional().describe('The law it rests on, in English.'),
        legalBasisVi: z.string().max(300).optional().describe('The same, in Vietnamese.'),
      }),
    ),
  })
  .describe('What anyone holding the tracking code may see: no personal data of anyone.')

/** Path parameter of `GET /api/petitions/{trackingCode}`. */
export const trackingCodeParamSchema = petitionSchema.shape.trackingCode.check(
  z.describe(
    'The tracking code given on submission, e.g. K7M4-X9QP-R2T (case, spaces and hyphens do not matter; O reads as 0, I and L as 1).',
  ),
)

/** An object with a count for every value of `keys` (0 when none). */
const countsOf = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, count])) as Record<K, typeof count>)

/** Body of `GET /api/stats/summary`. */
export const statsSummarySchema = z.object({
  petitions: z.object({
    total: count,
    byKind: countsOf(petitionKinds).describe(
      'Petitions asking each kind; a petition with several kinds counts once under each.',
    ),
    byChannel: countsOf(petitionChannels),
    byStage: countsOf(petitionStages),
  }),
  meetings: z.object({
    total: count,
    byKind: countsOf(meetingKinds),
    byStatus: countsOf(meetingStatuses),
  }),
})

/** Top-level error codes of the API; each issue inside has core's issue codes. */
export const errorCodes = [
  'invalid_input',
  'invalid_json',
  'unsupported_media_type',
  'payload_too_large',
  'rate_limited',
  'idempotency_key_required',
  'idempotency_key_reused',
  'not_found',
  'method_not_allowed',
  'internal_error',
] as const

/** Every 4xx/5xx answer: a stable code, a readable message and the issues found. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    issues: z
      .array(
        z.object({
          code: z.string().describe("One of core's issue codes, e.g. required, too_big."),
          path: z.array(z.union([z.string(), z.int()])).describe('Where, from the input root.'),
          message: z.string().describe('In English, or Vietnamese for Accept-Language: vi.'),
        }),
      )
      .describe('Every problem found in the input; empty for errors that are not about input.'),
  }),
})

export type MeetingsResponse = z.input<typeof meetingsResponseSchema>
export type OrganizationsResponse = z.input<typeof organizationsResponseSchema>
export type PetitionSubmission = z.input<typeof petitionSubmissionSchema>
/** The receipt of a submission: the public status, in wire form. */
export type PetitionReceipt = z.input<typeof publicPetitionStatusSchema>
export type StatsSummary = z.output<typeof statsSummarySchema>
export type ErrorCode = (typeof errorCodes)[number]
export type ErrorBody = z.output<typeof errorBodySchema>
export type ApiIssue = ErrorBody['error']['issues'][number]

/** One operation of the contract, as `openapi.ts` publishes it. */
export interface Endpoint {
  readonly method: 'get' | 'post'
  /** OpenAPI form, `{param}`. */
  readonly path: string
  readonly operationId: string
  readonly summary: string
  readonly description: string
}

/** The operations, by name. */
export const endpoints = {
  listMeetings: {
    method: 'get',
    path: '/api/meetings',
    operationId: 'listMeetings',
    summary: 'Meetings in a range',
    description:
      'Meetings overlapping the half-open range [from, to), with the people, venues and organisations they name.',
  },
  meetingsCalendar: {
    method: 'get',
    path: '/api/meetings.ics',
    operationId: 'meetingsCalendar',
    summary: 'Meetings as an iCalendar feed',
    description:
      'The same meetings as an iCalendar (RFC 5545) feed that calendar applications (Outlook, Google, Apple, Thunderbird) can subscribe to: one VEVENT per meeting with a stable UID, times on the wall clock with a VTIMEZONE, a recurring meeting once with its RRULE, and every field iCalendar has no property for in X-LIENTHONG-MEETING. Without from and to, the feed runs from 30 days ago for a year, so a subscription URL needs no dates.',
  },
  listOrganizations: {
    method: 'get',
    path: '/api/organizations',
    operationId: 'listOrganizations',
    summary: 'The organisations',
    description:
      'Every organisation, with its name and kind: `<lt-petition-status>` names the agency handling a petition from it (its `organizations` property).',
  },
  submitPetition: {
    method: 'post',
    path: '/api/petitions',
    operationId: 'submitPetition',
    summary: 'Submit a petition',
    description: `Receives a citizen's petition. The ${IDEMPOTENCY_HEADER} header is required: the first request with a key answers 201 with the receipt; a later request with the same key and the same body answers 200 with the same receipt (and ${REPLAYED_HEADER}: true), creating nothing; the same key with a different body answers 422. The petition is durably stored before 201 is sent. Submissions are rate-limited per client (429 with Retry-After).`,
  },
  petitionStatus: {
    method: 'get',
    path: '/api/petitions/{trackingCode}',
    operationId: 'petitionStatus',
    summary: "A petition's public status",
    description:
      'The stage, the dates of each step, the agency handling it and the due dates: no personal data of anyone.',
  },
  coordinationReport: {
    method: 'get',
    path: '/api/reports/coordination',
    operationId: 'coordinationReport',
    summary: 'The coordination report',
    description:
      "The offices' coordination report over a period, built by core's buildCoordinationReport from the meetings held and the petitions received (redacted: no personal data reaches it): meetings by body and kind, online conferences, citizen reception and petition handling by office (the 01/TCD and 01/XLD tables). As data (JSON), Markdown or CSV, in Vietnamese or English.",
  },
  statsSummary: {
    method: 'get',
    path: '/api/stats/summary',
    operationId: 'statsSummary',
    summary: 'Summary statistics',
    description:
      'Counts of petitions by kind, channel and stage, and of meetings by kind and status.',
  },
} as const satisfies Record<string, Endpoint>

/** Hono's form of a contract path: `{param}` → `:param`. */
export function routePath(endpoint: Endpoint): string {
  return endpoint.path.replace(/\{(\w+)\}/g, ':$1')
}

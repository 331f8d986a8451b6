// The contract as an OpenAPI 3.1 document, generated from the zod schemas of `contract.ts`
// (`z.toJSONSchema`, wire form = the schemas' input). `scripts/write-openapi.ts` writes it to
// `docs/openapi.json`; a test and `check:openapi` fail when that file is stale.
import { meetingSchema } from '@lienthong/core/meeting'
import { organizationSchema, personSchema, venueSchema } from '@lienthong/core/office'
import { z } from 'zod'
import {
  endpoints,
  errorBodySchema,
  IDEMPOTENCY_HEADER,
  MAX_BODY_BYTES,
  meetingsFeedQuerySchema,
  meetingsQuerySchema,
  meetingsResponseSchema,
  organizationsResponseSchema,
  petitionSubmissionSchema,
  publicPetitionStatusSchema,
  REPLAYED_HEADER,
  reportMediaTypes,
  reportQuerySchema,
  statsSummarySchema,
  trackingCodeParamSchema,
  type Endpoint,
} from './contract.js'

type Json = Record<string, unknown>

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` })
const json = (schema: Json): Json => ({ 'application/json': { schema } })

/** A JSON Schema without `$schema` and `$id`: the OpenAPI document sets the dialect once. */
function bare(schema: unknown): Json {
  return Object.fromEntries(
    Object.entries(schema as Json).filter(([key]) => key !== '$schema' && key !== '$id'),
  )
}

/** JSON Schema of one zod schema's wire form. */
function jsonSchemaOf(schema: z.core.$ZodType): Json {
  return bare(z.toJSONSchema(schema, { io: 'input' }))
}

/** The named schemas of `components.schemas`, referring to one another by `$ref`. */
function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>()
  const named: [string, z.core.$ZodType][] = [
    ['Meeting', meetingSchema],
    ['Person', personSchema],
    ['Venue', venueSchema],
    ['Organization', organizationSchema],
    ['MeetingsResponse', meetingsResponseSchema],
    ['OrganizationsResponse', organizationsResponseSchema],
    ['PetitionSubmission', petitionSubmissionSchema],
    ['PublicPetitionStatus', publicPetitionStatusSchema],
    ['StatsSummary', statsSummarySchema],
    ['Error', errorBodySchema],
  ]
  for (const [id, schema] of named) registry.add(schema, { id })
  const { schemas } = z.toJSONSchema(registry, {
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
  })
  return Object.fromEntries(named.map(([id]) => [id, bare(schemas[id])]))
}

const errorResponse = (description: string, headers?: Json): Json => ({
  description,
  ...(headers === undefined ? {} : { headers }),
  content: json(ref('Error')),
})

const acceptLanguage: Json = {
  name: 'Accept-Language',
  in: 'header',
  required: false,
  description: 'Error messages are in Vietnamese when this starts with `vi`, else in English.',
  schema: { type: 'string' },
}

function rangeParameters(query: typeof meetingsQuerySchema | typeof meetingsFeedQuerySchema) {
  return (['from', 'to'] as const).map((name): Json => {
    const field = query.shape[name]
    const { description, ...schema } = jsonSchemaOf(field)
    return { name, in: 'query', required: !field.safeParse(undefined).success, description, schema }
  })
}

function operation(endpoint: Endpoint, details: Json): Json {
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description: endpoint.description,
    ...details,
  }
}

function paths(): Json {
  const { description: codeDescription, ...codeSchema } = jsonSchemaOf(trackingCodeParamSchema)
  return {
    [endpoints.listMeetings.path]: {
      get: operation(endpoints.listMeetings, {
        tags: ['meetings'],
        parameters: [...rangeParameters(meetingsQuerySchema), acceptLanguage],
        responses: {
          '200': {
            description: 'The meetings and what they name.',
            content: json(ref('MeetingsResponse')),
          },
          '400': errorResponse('A parameter is missing or invalid; `issues` name it.'),
          default: errorResponse('Any other error.'),
        },
      }),
    },
    [endpoints.meetingsCalendar.path]: {
      get: operation(endpoints.meetingsCalendar, {
        tags: ['meetings'],
        parameters: [...rangeParameters(meetingsFeedQuerySchema), acceptLanguage],
        responses: {
          '200': {
            description:
              'An iCalendar (RFC 5545) file: CRLF line endings, lines folded at 75 octets, a VTIMEZONE for every zone used.',
            content: { 'text/calendar': { schema: { type: 'string' } } },
          },
          '400': errorResponse('A parameter is missing or invalid; `issues` name it.'),
          default: errorResponse('Any other error.'),
        },
      }),
    },
    [endpoints.listOrganizations.path]: {
      get: operation(endpoints.listOrganizations, {
        tags: ['meetings'],
        responses: {
          '200': { description: 'The organisations.', content: json(ref('OrganizationsResponse')) },
          default: errorResponse('Any other error.'),
        },
      }),
    },
    [endpoints.submitPetition.path]: {
      post: operation(endpoints.submitPetition, {
        tags: ['petitions'],
        parameters: [
          {
            name: IDEMPOTENCY_HEADER,
            in: 'header',
            required: true,
            description:
              'A random value (e.g. a UUID) that belongs to one petition: send the same value when sending the same petition again.',
            schema: { type: 'string', minLength: 8, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' },
          },
          acceptLanguage,
        ],
        requestBody: {
          required: true,
          description: `The petition, as JSON of at most ${MAX_BODY_BYTES / 1024} KB.`,
          content: json(ref('PetitionSubmission')),
        },
        responses: {
          '201': {
            description: 'Received and durably stored: the receipt, with the tracking code.',
            headers: {
              Location: {
                description: 'Where to look the status up.',
                schema: { type: 'string' },
              },
            },
            content: json(ref('PublicPetitionStatus')),
          },
          '200': {
            description: `A replay: this key was used with the same body before; nothing new was stored. The same receipt as the first answer, with ${REPLAYED_HEADER}: true.`,
            headers: {
              Location: { schema: { type: 'string' } },
              [REPLAYED_HEADER]: { schema: { type: 'string', const: 'true' } },
            },
            content: json(ref('PublicPetitionStatus')),
          },
          '400': errorResponse(
            `Invalid JSON (\`invalid_json\`), an invalid petition (\`invalid_input\`, with \`issues\` naming each field) or a missing ${IDEMPOTENCY_HEADER} (\`idempotency_key_required\`).`,
          ),
          '413': errorResponse(`The body is larger than ${MAX_BODY_BYTES / 1024} KB.`),
          '415': errorResponse('The body is not `application/json`.'),
          '422': errorResponse(
            `This ${IDEMPOTENCY_HEADER} was used with a different body (\`idempotency_key_reused\`).`,
          ),
          '429': errorResponse('Too many submissions from this client.', {
            'Retry-After': {
              description: 'Seconds to wait before trying again.',
              schema: { type: 'integer', minimum: 1 },
            },
          }),
          default: errorResponse('Any other error.'),
        },
      }),
    },
    [endpoints.petitionStatus.path]: {
      get: operation(endpoints.petitionStatus, {
        tags: ['petitions'],
        parameters: [
          {
            name: 'trackingCode',
            in: 'path',
            required: true,
            description: codeDescription,
            schema: codeSchema,
          },
          acceptLanguage,
        ],
        responses: {
          '200': {
            description: 'The public status.',
            content: json(ref('PublicPetitionStatus')),
          },
          '400': errorResponse('The tracking code is malformed.'),
          '404': errorResponse('No petition has this tracking code.'),
          default: errorResponse('Any other error.'),
        },
      }),
    },
    [endpoints.coordinationReport.path]: {
      get: operation(endpoints.coordinationReport, {
        tags: ['statistics'],
        parameters: [
          ...(['from', 'to', 'format', 'lang'] as const).map((name): Json => {
            const field = reportQuerySchema.shape[name]
            const { description, ...schema } = jsonSchemaOf(field)
            return {
              name,
              in: 'query',
              required: !field.safeParse(undefined).success,
              description,
              schema,
            }
          }),
          acceptLanguage,
        ],
        responses: {
          '200': {
            description:
              "The report. JSON: core's CoordinationReport (see the API reference of @lienthong/core/report); md and csv come as a download (Content-Disposition: attachment).",
            content: Object.fromEntries(
              Object.values(reportMediaTypes).map((type) => [
                type,
                { schema: type === 'application/json' ? { type: 'object' } : { type: 'string' } },
              ]),
            ),
          },
          '400': errorResponse('A parameter is missing or invalid; `issues` name it.'),
          default: errorResponse('Any other error.'),
        },
      }),
    },
    [endpoints.statsSummary.path]: {
      get: operation(endpoints.statsSummary, {
        tags: ['statistics'],
        responses: {
          '200': { description: 'The counts.', content: json(ref('StatsSummary')) },
          default: errorResponse('Any other error.'),
        },
      }),
    },
  }
}

/** The OpenAPI 3.1 document of the contract. */
export function buildOpenApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'lienthong HTTP contract',
      version: '0.1.0',
      summary: 'What the lienthong widgets expect from a portal’s back end.',
      description:
        'Meetings in a range (JSON and an iCalendar feed), the organisations, petition submission with idempotency, public petition status, summary statistics and the coordination report. Generated from the zod schemas of @lienthong/core by examples/server/src/openapi.ts; do not edit by hand. Instants are ISO 8601 with an offset; calendar dates are YYYY-MM-DD. Every error has the body `{ error: { code, message, issues } }`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    security: [],
    servers: [
      { url: 'http://localhost:8787', description: 'The reference back end (examples/server)' },
    ],
    tags: [
      { name: 'meetings', description: 'Schedules of the offices’ meetings.' },
      { name: 'petitions', description: 'Citizens’ petitions.' },
      { name: 'statistics', description: 'Summary counts.' },
    ],
    paths: paths(),
    components: { schemas: componentSchemas() },
  }
}

// POST /api/petitions and GET /api/petitions/{trackingCode}
import { randomUUID } from 'node:crypto'
import { formatIssueMessage, type MessageLocale } from '@lienthong/core'
import { petitionDeadlines } from '@lienthong/core/deadlines'
import {
  createTrackingCode,
  normalizeTrackingCode,
  publicPetitionStatus,
  safeParsePetition,
  trackingCodeProblem,
  type Petition,
} from '@lienthong/core/petition'
import { Hono, type MiddlewareHandler } from 'hono'
import { z } from 'zod'
import {
  endpoints,
  IDEMPOTENCY_HEADER,
  publicPetitionStatusSchema,
  REPLAYED_HEADER,
  routePath,
  submissionFields,
  trackingCodeParamSchema,
  type ApiIssue,
  type PetitionReceipt,
} from '../contract.js'
import { errorResponse, issuesFromZod, issuesOf, localeOf } from '../errors.js'
import { bodyFingerprint, isValidIdempotencyKey } from '../idempotency.js'
import type { Storage } from '../storage/types.js'

export interface PetitionRoutesOptions {
  readonly storage: Storage
  /** The office petitions go to when the submission names none. */
  readonly receivingOfficeId: string
  /** Runs before a submission is read (the rate limit). */
  readonly submissionGuard: MiddlewareHandler
  /** The clock; default `new Date()`. */
  readonly now?: () => Date
}

/** New tracking codes to try when one is already taken (2⁵⁰ codes: it never happens twice). */
const CODE_ATTEMPTS = 5

function describeType(value: unknown): string {
  if (value === null) return 'null'
  return Array.isArray(value) ? 'array' : typeof value
}

function issue(
  code: 'invalid_type' | 'invalid',
  path: ApiIssue['path'],
  params: Record<string, unknown>,
  locale: MessageLocale,
): ApiIssue {
  return { code, path, message: formatIssueMessage({ code, params }, locale) }
}

/**
 * The public status in wire form: the receipt and the answer of a look-up, with the statutory
 * due dates that apply as of `now` (Vietnam's working calendar and rules, from core).
 */
function statusOf(petition: Petition, now: Date): PetitionReceipt {
  const deadlines = petitionDeadlines(petition, { asOf: now }).filter(
    (deadline) => deadline.dueOn !== undefined,
  )
  const status = publicPetitionStatus(petition, { deadlines })
  return z.encode(publicPetitionStatusSchema, {
    ...status,
    kinds: [...status.kinds],
    steps: [...status.steps],
    dueDates: [...status.dueDates],
  })
}

/** The petition the back end stores for a submission: the citizen's fields and its own. */
function petitionFrom(
  submission: Readonly<Record<string, unknown>>,
  receivingOfficeId: string,
  receivedAt: Date,
): Record<string, unknown> {
  const fields = Object.fromEntries(
    submissionFields.filter((key) => key in submission).map((key) => [key, submission[key]]),
  )
  const at = receivedAt.toISOString()
  return {
    ...fields,
    id: `pet-${randomUUID()}`,
    trackingCode: createTrackingCode(),
    channel: 'online-portal',
    receivedAt: at,
    receivedById: submission.receivedById ?? receivingOfficeId,
    history: [{ type: 'received', at, note: 'Tiếp nhận đơn qua cổng thông tin điện tử' }],
  }
}

/** The petition endpoints. */
export function petitionRoutes(options: PetitionRoutesOptions): Hono {
  const { storage } = options
  const now = options.now ?? (() => new Date())
  const routes = new Hono()

  routes.post(routePath(endpoints.submitPetition), options.submissionGuard, async (c) => {
    const locale = localeOf(c)
    const contentType = c.req.header('Content-Type') ?? ''
    if (!/^application\/json\b/i.test(contentType)) {
      return errorResponse(
        c,
        415,
        'unsupported_media_type',
        'Send the petition as JSON (Content-Type: application/json).',
      )
    }
    const key = c.req.header(IDEMPOTENCY_HEADER)
    if (key === undefined || key === '') {
      return errorResponse(
        c,
        400,
        'idempotency_key_required',
        `The ${IDEMPOTENCY_HEADER} header is required: a random value (e.g. a UUID) that stays the same when the same petition is sent again.`,
      )
    }
    if (!isValidIdempotencyKey(key)) {
      const detail = 'must be 8 to 200 visible ASCII characters, e.g. a UUID'
      const params = {
        detail,
        detailVi: 'phải gồm 8 đến 200 ký tự ASCII nhìn thấy được, ví dụ một UUID',
      }
      return errorResponse(c, 400, 'invalid_input', `${IDEMPOTENCY_HEADER} ${detail}.`, [
        issue('invalid', [IDEMPOTENCY_HEADER], params, locale),
      ])
    }

    let body: unknown
    try {
      body = JSON.parse(await c.req.text())
    } catch {
      return errorResponse(c, 400, 'invalid_json', 'The body is not valid JSON.')
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      const params = { expected: 'object', received: describeType(body) }
      return errorResponse(
        c,
        400,
        'invalid_input',
        'The body must be a JSON object: the petition.',
        [issue('invalid_type', [], params, locale)],
      )
    }
    const submission = body as Record<string, unknown>
    const fingerprint = bodyFingerprint(submission)

    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      const receivedAt = now()
      const parsed = safeParsePetition(
        petitionFrom(submission, options.receivingOfficeId, receivedAt),
        {
          locale,
        },
      )
      if (!parsed.ok) {
        return errorResponse(
          c,
          400,
          'invalid_input',
          'The petition is not valid; see issues.',
          issuesOf(parsed.error),
        )
      }
      const petition = parsed.value
      if (!(await storage.hasOrganization(petition.receivedById))) {
        const params = {
          detail: 'is not a known organisation',
          detailVi: 'không phải là một cơ quan đã biết',
        }
        return errorResponse(c, 400, 'invalid_input', 'The petition is not valid; see issues.', [
          issue('invalid', ['receivedById'], params, locale),
        ])
      }
      const result = await storage.submitPetition({
        petition,
        receipt: statusOf(petition, receivedAt),
        idempotencyKey: key,
        fingerprint,
      })
      if (result.outcome === 'tracking-code-taken') continue
      if (result.outcome === 'key-reused') {
        return errorResponse(
          c,
          422,
          'idempotency_key_reused',
          `This ${IDEMPOTENCY_HEADER} was used for a different petition; use a new key for a new petition.`,
        )
      }
      c.header('Location', `/api/petitions/${encodeURIComponent(result.receipt.trackingCode)}`)
      c.header('Cache-Control', 'no-store')
      if (result.outcome === 'replayed') {
        c.header(REPLAYED_HEADER, 'true')
        return c.json(result.receipt, 200)
      }
      return c.json(result.receipt, 201)
    }
    throw new Error(`no free tracking code after ${CODE_ATTEMPTS} attempts`)
  })

  routes.get(routePath(endpoints.petitionStatus), async (c) => {
    const param = trackingCodeParamSchema.safeParse(c.req.param('trackingCode'))
    if (!param.success) {
      const issues = issuesFromZod(param.error, localeOf(c)).map((found) => ({
        ...found,
        path: ['trackingCode', ...found.path],
      }))
      return errorResponse(c, 400, 'invalid_input', 'Invalid tracking code.', issues)
    }
    // A code of the shape this server issues whose check symbol fails is a typo the person can
    // correct (400); codes of another shape (from an older system) are looked up as they are.
    if (trackingCodeProblem(param.data) === 'check') {
      const params = {
        detail: 'has a mistyped character (its check character does not match)',
        detailVi: 'có một ký tự gõ nhầm (ký tự kiểm tra không khớp)',
      }
      return errorResponse(c, 400, 'invalid_input', 'Invalid tracking code.', [
        {
          code: 'invalid',
          path: ['trackingCode'],
          message: formatIssueMessage({ code: 'invalid', params }, localeOf(c)),
        },
      ])
    }
    const code = normalizeTrackingCode(param.data) ?? param.data
    const petition = await storage.petitionByTrackingCode(code)
    c.header('Cache-Control', 'no-store')
    if (petition === undefined) {
      return errorResponse(
        c,
        404,
        'not_found',
        'No petition has this tracking code. Check it against the receipt.',
      )
    }
    return c.json(statusOf(petition, now()))
  })

  return routes
}

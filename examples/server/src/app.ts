// The application: middleware (errors, CORS, body limit, rate limit) around the contract's routes,
// and optionally the portal's static files.
// Standard Request/Response: `app.fetch` runs on Node (`main.ts`), Deno, Bun or a worker.
import { getConnInfo } from '@hono/node-server/conninfo'
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import { HTTPException } from 'hono/http-exception'
import {
  endpoints,
  IDEMPOTENCY_HEADER,
  MAX_BODY_BYTES,
  REPLAYED_HEADER,
  type Endpoint,
} from './contract.js'
import { errorResponse } from './errors.js'
import { rateLimit } from './rateLimit.js'
import { siteRoutes, type SiteOptions } from './site.js'
import { meetingRoutes } from './routes/meetings.js'
import { petitionRoutes } from './routes/petitions.js'
import { reportRoutes } from './routes/reports.js'
import { statsRoutes } from './routes/stats.js'
import type { Storage } from './storage/types.js'

export interface AppOptions {
  readonly storage: Storage
  /** The office petitions go to when a submission names none, e.g. `vp-tu`. */
  readonly receivingOfficeId: string
  /**
   * Origins of portals allowed to call the API from a browser, e.g. `https://hanoi.gov.vn`;
   * `*` allows any. Default: none (same origin only).
   */
  readonly corsOrigins?: readonly string[]
  /** Submissions per client: `burst` at once, then `perMinute`. Default 10 and 10. */
  readonly rateLimit?: { readonly burst: number; readonly perMinute: number }
  /**
   * Who a client is, for the rate limit. Default: the socket's remote address, or with
   * `trustProxy` the first address of `X-Forwarded-For`.
   */
  readonly clientId?: (c: Context) => string
  /** Read the client's address from `X-Forwarded-For` (behind a reverse proxy only). */
  readonly trustProxy?: boolean
  /** Name calendar apps show for the `.ics` feed; default `Lịch công tác` (work schedule). */
  readonly calendarName?: string
  /** Largest request body in bytes; default 256 KB. */
  readonly maxBodyBytes?: number
  /** A site (the portal) to serve beside the API, under a strict Content-Security-Policy. */
  readonly site?: SiteOptions
  /** Clocks, injectable for tests. */
  readonly now?: () => Date
  readonly nowMs?: () => number
}

function remoteAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown' // not served by Node's HTTP server, e.g. `app.request()` in tests
  }
}

/** The methods the contract has for a path (GET implies HEAD), e.g. `['POST']`. */
function allowedMethods(path: string): string[] {
  const methods = Object.values(endpoints)
    .filter((endpoint: Endpoint) =>
      new RegExp(`^${endpoint.path.replace(/\./g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`).test(
        path,
      ),
    )
    .flatMap((endpoint) => (endpoint.method === 'get' ? ['GET', 'HEAD'] : ['POST']))
  return [...new Set(methods)]
}

/** Builds the application on a storage. */
export function createApp(options: AppOptions): Hono {
  const app = new Hono()
  const origins = options.corsOrigins ?? []
  const limit = options.rateLimit ?? { burst: 10, perMinute: 10 }
  const trustProxy = options.trustProxy ?? false

  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse()
    console.error(error)
    return errorResponse(c, 500, 'internal_error', 'Something went wrong on the server.')
  })
  app.notFound((c) => {
    const allowed = allowedMethods(c.req.path)
    if (allowed.length === 0)
      return errorResponse(c, 404, 'not_found', `No such endpoint: ${c.req.method} ${c.req.path}`)
    c.header('Allow', allowed.join(', '))
    return errorResponse(
      c,
      405,
      'method_not_allowed',
      `${c.req.method} is not allowed on ${c.req.path}; use ${allowed.join(' or ')}.`,
    )
  })

  app.use('*', async (c, next) => {
    await next()
    c.header('X-Content-Type-Options', 'nosniff')
  })
  app.use(
    '/api/*',
    cors({
      origin: origins.includes('*') ? '*' : [...origins],
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Accept-Language', IDEMPOTENCY_HEADER],
      exposeHeaders: ['Location', 'Retry-After', REPLAYED_HEADER],
      maxAge: 600,
    }),
  )
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? MAX_BODY_BYTES,
      onError: (c) =>
        errorResponse(
          c,
          413,
          'payload_too_large',
          `The body is larger than ${Math.round((options.maxBodyBytes ?? MAX_BODY_BYTES) / 1024)} KB.`,
        ),
    }),
  )

  const submissionGuard = rateLimit({
    ...limit,
    clientId: options.clientId ?? ((c) => remoteAddress(c, trustProxy)),
    ...(options.nowMs === undefined ? {} : { now: options.nowMs }),
  })

  app.route(
    '/',
    meetingRoutes({
      storage: options.storage,
      calendarName: options.calendarName ?? 'Lịch công tác',
      ...(options.now === undefined ? {} : { now: options.now }),
    }),
  )
  app.route(
    '/',
    petitionRoutes({
      storage: options.storage,
      receivingOfficeId: options.receivingOfficeId,
      submissionGuard,
      ...(options.now === undefined ? {} : { now: options.now }),
    }),
  )
  app.route('/', statsRoutes(options.storage))
  app.route('/', reportRoutes(options.storage))
  if (options.site !== undefined) app.route('/', siteRoutes(options.site))
  return app
}

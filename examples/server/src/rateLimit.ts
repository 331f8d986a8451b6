// Per-client rate limit on submissions: a token bucket per client, in memory. One process only;
// several instances behind a load balancer need a shared store (Redis, PostgreSQL) instead.
import type { Context, MiddlewareHandler } from 'hono'
import { errorResponse } from './errors.js'

export interface RateLimitOptions {
  /** Requests a client may make at once (the bucket's size). */
  readonly burst: number
  /** Requests per minute a client gets back, one at a time. */
  readonly perMinute: number
  /** Who the client is, e.g. its IP address. */
  readonly clientId: (c: Context) => string
  /** The clock, in milliseconds; injectable for tests. Default `Date.now`. */
  readonly now?: () => number
}

interface Bucket {
  tokens: number
  updatedAt: number
}

/** Forget a client whose bucket has been full this long (keeps the map small). */
const IDLE_MS = 10 * 60_000

/**
 * Middleware refusing a client's request with 429 and `Retry-After` (whole seconds) once its
 * bucket is empty. Every request counts, retries included.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const now = options.now ?? Date.now
  const msPerToken = 60_000 / options.perMinute
  const buckets = new Map<string, Bucket>()
  let lastSweep = now()

  function sweep(time: number): void {
    if (time - lastSweep < IDLE_MS) return
    lastSweep = time
    for (const [client, bucket] of buckets) {
      if (time - bucket.updatedAt > IDLE_MS) buckets.delete(client)
    }
  }

  return async (c, next) => {
    const time = now()
    sweep(time)
    const client = options.clientId(c)
    const bucket = buckets.get(client) ?? { tokens: options.burst, updatedAt: time }
    bucket.tokens = Math.min(options.burst, bucket.tokens + (time - bucket.updatedAt) / msPerToken)
    bucket.updatedAt = time
    buckets.set(client, bucket)
    if (bucket.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil(((1 - bucket.tokens) * msPerToken) / 1000))
      c.header('Retry-After', String(retryAfter))
      return errorResponse(
        c,
        429,
        'rate_limited',
        `Too many submissions from this client; try again in ${retryAfter} s.`,
      )
    }
    bucket.tokens -= 1
    await next()
  }
}

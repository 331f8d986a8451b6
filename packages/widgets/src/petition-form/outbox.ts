/**
 * Sending a petition from the outbox: one POST with its idempotency key, and what to do when it
 * fails (try again later, or stop and tell the person). Internal.
 */
import { fetchJson, type FetchJsonFailure } from '../internal/fetch-json.js'
import { parsePetitionStatus, type PetitionStatusData } from '../petition-status/status-data.js'

/** The request header that makes a submission idempotent (the reference server's contract). */
export const idempotencyHeader = 'Idempotency-Key'

/** Options of {@link sendPetition}. */
export interface SendOptions {
  readonly idempotencyKey: string
  readonly timeoutMs: number
  /** Extra headers (the host's anti-spam token). */
  readonly headers?: Readonly<Record<string, string>>
  /** The page's language, so the server's messages match it where it can. */
  readonly language?: string
  readonly signal?: AbortSignal
}

/** The outcome of one attempt: the receipt, or the failure and whether to try again. */
export type SendResult =
  | { readonly ok: true; readonly receipt: PetitionStatusData; readonly raw: unknown }
  | { readonly ok: false; readonly failure: FetchJsonFailure; readonly retry: boolean }

/**
 * Whether a failed attempt may succeed later with the same body and key: the network, a timeout,
 * the server's own errors (5xx), too many requests (429) and a request timeout (408). Anything
 * else (400, 413, 422…) would fail again and is shown to the person instead.
 */
export function isRetryable(failure: FetchJsonFailure): boolean {
  if (failure.reason === 'network' || failure.reason === 'timeout') return true
  if (failure.reason !== 'http') return false
  const status = failure.status ?? 0
  return status >= 500 || status === 429 || status === 408
}

/**
 * How long to wait before the next automatic attempt: 5 s, 10 s, 20 s… up to 5 minutes, with a
 * little randomness so that many devices coming back online do not all call at once.
 *
 * @param attempts - Failed attempts so far (1 after the first failure).
 * @param random - A number in [0, 1); `Math.random()` by default.
 */
export function retryDelayMs(attempts: number, random: number = Math.random()): number {
  const base = Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 300_000)
  return Math.round(base * (0.8 + 0.4 * random))
}

/**
 * POSTs the JSON `body` to `action` with its idempotency key and reads the receipt (the public
 * status). Never throws.
 */
export async function sendPetition(
  action: string,
  body: string,
  options: SendOptions,
): Promise<SendResult> {
  const headers: Record<string, string> = {
    ...options.headers,
    'Content-Type': 'application/json',
    [idempotencyHeader]: options.idempotencyKey,
  }
  if (options.language) headers['Accept-Language'] = options.language
  let raw: unknown
  const answer = await fetchJson(action, {
    timeoutMs: options.timeoutMs,
    ...(options.signal ? { signal: options.signal } : {}),
    init: { method: 'POST', body, headers, credentials: 'same-origin', cache: 'no-store' },
    validate: (data: unknown) => {
      raw = data
      return parsePetitionStatus(data)
    },
  })
  if (answer.ok) return { ok: true, receipt: answer.data, raw }
  // A 2xx whose body is not a receipt: the server may well have stored it; asking again with the
  // same key replays the same answer, so it is worth trying again rather than losing track.
  const retry = isRetryable(answer) || (answer.reason === 'invalid' && (answer.status ?? 0) < 300)
  return { ok: false, failure: answer, retry }
}

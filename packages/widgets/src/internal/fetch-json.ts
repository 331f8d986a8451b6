import type { Locale } from '../locales/index.js'
import { translate } from './i18n.js'

/**
 * Why loading failed:
 * - `network`: the request did not get a response (offline, DNS, refused, CORS);
 * - `timeout`: no complete response within `timeoutMs`;
 * - `http`: the server answered with a status outside 200–299 (`status` says which);
 * - `invalid`: the body is not JSON, or `validate` rejected it (`error` says why);
 * - `aborted`: the caller's `signal` aborted (a newer request replaced this one, the element was
 *   removed); not an error to show.
 *
 * @category Data loading
 * @example
 * ```ts
 * import type { FetchFailureReason } from '@lienthong/widgets'
 *
 * const reason: FetchFailureReason = 'timeout'
 * ```
 */
export type FetchFailureReason = 'network' | 'timeout' | 'http' | 'invalid' | 'aborted'

/**
 * A failed load.
 *
 * @category Data loading
 * @example
 * ```ts
 * import type { FetchJsonFailure } from '@lienthong/widgets'
 *
 * const failure: FetchJsonFailure = { ok: false, reason: 'http', status: 503 }
 * ```
 */
export interface FetchJsonFailure {
  readonly ok: false
  readonly reason: FetchFailureReason
  /** The HTTP status, when a response arrived. */
  readonly status?: number
  /** For `invalid`: the JSON parse error, or the error `validate` returned. */
  readonly error?: unknown
}

/**
 * The outcome of {@link fetchJson}: the data, or why there is none. Never a thrown error.
 *
 * @category Data loading
 * @example
 * ```ts
 * import { fetchJson, type FetchJsonResult } from '@lienthong/widgets'
 *
 * const result: FetchJsonResult<unknown> = await fetchJson('/api/meetings.json')
 * if (result.ok) console.log(result.data)
 * else console.log(result.reason, result.status)
 * ```
 */
export type FetchJsonResult<T> = { readonly ok: true; readonly data: T } | FetchJsonFailure

/**
 * Checks parsed JSON; the same shape as `@lienthong/core`'s `safeParseX` functions, so those can
 * be passed directly.
 *
 * @category Data loading
 * @example
 * ```ts
 * import type { Validator } from '@lienthong/widgets'
 *
 * const isNumberList: Validator<number[]> = (data) =>
 *   Array.isArray(data) && data.every((item) => typeof item === 'number')
 *     ? { ok: true, value: data as number[] }
 *     : { ok: false, error: new TypeError('expected a list of numbers') }
 * ```
 */
export type Validator<T> = (
  data: unknown,
) => { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown }

/**
 * Options of {@link fetchJson}.
 *
 * @category Data loading
 * @example
 * ```ts
 * import type { FetchJsonOptions } from '@lienthong/widgets'
 *
 * const options: FetchJsonOptions = { timeoutMs: 5000, init: { credentials: 'include' } }
 * ```
 */
export interface FetchJsonOptions {
  /** Give up after this many milliseconds (10 000 by default; `Infinity` waits forever). */
  readonly timeoutMs?: number
  /** Aborts the request; the result is then `{ ok: false, reason: 'aborted' }`. */
  readonly signal?: AbortSignal
  /** Further `fetch` options (headers, credentials, …); its `signal` is ignored. */
  readonly init?: RequestInit
}

/**
 * The default of {@link FetchJsonOptions.timeoutMs}: 10 seconds.
 *
 * @category Data loading
 * @example
 * ```ts
 * import { defaultFetchTimeoutMs } from '@lienthong/widgets'
 *
 * defaultFetchTimeoutMs // 10000
 * ```
 */
export const defaultFetchTimeoutMs = 10_000

/**
 * Loads JSON from a URL with a timeout and returns a result instead of throwing: what a widget's
 * `src` attribute needs to show data, or a clear error state with a retry. The timeout covers the
 * whole exchange, body included. With `validate`, the parsed JSON is checked too (pass a
 * `safeParseX` function from `@lienthong/core`).
 *
 * @category Data loading
 * @param url - The address; relative URLs resolve against the page.
 * @param options - Timeout, abort signal, `fetch` options, and optionally `validate`.
 * @returns `{ ok: true, data }`, or `{ ok: false, reason, status?, error? }`.
 * @example
 * ```ts
 * import { fetchJson } from '@lienthong/widgets'
 *
 * const controller = new AbortController()
 * const result = await fetchJson('/api/schedule.json', {
 *   timeoutMs: 8000,
 *   signal: controller.signal,
 * })
 * if (!result.ok && result.reason === 'http') console.log(`HTTP ${result.status}`)
 * ```
 */
export function fetchJson(
  url: string | URL,
  options?: FetchJsonOptions,
): Promise<FetchJsonResult<unknown>>
export function fetchJson<T>(
  url: string | URL,
  options: FetchJsonOptions & { readonly validate: Validator<T> },
): Promise<FetchJsonResult<T>>
export async function fetchJson<T>(
  url: string | URL,
  options: FetchJsonOptions & { readonly validate?: Validator<T> } = {},
): Promise<FetchJsonResult<unknown>> {
  const { timeoutMs = defaultFetchTimeoutMs, signal, init, validate } = options
  if (signal?.aborted) return { ok: false, reason: 'aborted' }

  const controller = new AbortController()
  let timedOut = false
  const timer = Number.isFinite(timeoutMs)
    ? setTimeout(
        () => {
          timedOut = true
          controller.abort(new DOMException('The request timed out.', 'TimeoutError'))
        },
        Math.max(0, timeoutMs),
      )
    : undefined
  const forwardAbort = (): void => {
    controller.abort(signal?.reason)
  }
  signal?.addEventListener('abort', forwardAbort, { once: true })

  /** Why the exchange stopped early: our timer, the caller, or the network. */
  const interrupted = (): FetchJsonFailure => ({
    ok: false,
    reason: timedOut ? 'timeout' : signal?.aborted ? 'aborted' : 'network',
  })

  try {
    const headers = new Headers(init?.headers)
    if (!headers.has('Accept')) headers.set('Accept', 'application/json')

    let response: Response
    try {
      response = await fetch(url, { ...init, headers, signal: controller.signal })
    } catch {
      return interrupted()
    }
    const { status } = response
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined)
      return { ok: false, reason: 'http', status }
    }

    let text: string
    try {
      text = await response.text()
    } catch {
      return { ...interrupted(), status }
    }

    let data: unknown
    try {
      data = JSON.parse(text)
    } catch (error) {
      return { ok: false, reason: 'invalid', status, error }
    }
    if (!validate) return { ok: true, data }
    const checked = validate(data)
    return checked.ok
      ? { ok: true, data: checked.value }
      : { ok: false, reason: 'invalid', status, error: checked.error }
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', forwardAbort)
  }
}

/**
 * The translated message to show for a failed load; `undefined` for `aborted`, which is not an
 * error to show.
 *
 * @category Data loading
 * @param failure - The failure from {@link fetchJson}.
 * @param locale - The language to write it in (a widget passes `this.i18n.locale`).
 * @returns The message, e.g. `The server reported an error (code 502). Try again later.`
 * @example
 * ```ts
 * import { fetchFailureMessage } from '@lienthong/widgets'
 *
 * fetchFailureMessage({ ok: false, reason: 'http', status: 502 }, 'en')
 * // 'The server reported an error (code 502). Try again later.'
 * fetchFailureMessage({ ok: false, reason: 'timeout' }, 'vi')
 * // 'Máy chủ không phản hồi kịp thời. Vui lòng thử lại sau.'
 * ```
 */
export function fetchFailureMessage(failure: FetchJsonFailure, locale: Locale): string | undefined {
  switch (failure.reason) {
    case 'network':
      return translate(locale, 'error.network')
    case 'timeout':
      return translate(locale, 'error.timeout')
    case 'http':
      return translate(locale, 'error.server', { status: failure.status ?? 0 })
    case 'invalid':
      return translate(locale, 'error.invalidData')
    case 'aborted':
      return undefined
  }
}

// Idempotent submissions: a retry carrying the same `Idempotency-Key` and the same body gets the
// same receipt and creates nothing; the same key with another body is refused. The check and the
// insert happen in one storage transaction (see `Storage.submitPetition`).
import { createHash } from 'node:crypto'

/** A key the client chose: 8–200 visible ASCII characters, e.g. a UUID. */
const KEY = /^[\x21-\x7e]{8,200}$/

/** Whether a header value is a usable idempotency key. */
export function isValidIdempotencyKey(value: string): boolean {
  return KEY.test(value)
}

/** JSON with object keys sorted, so two serializations of the same value are equal. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`)
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * What identifies a request body: SHA-256 of its canonical JSON, so the same petition sent again
 * (even with its keys in another order or other whitespace) is recognised as the same.
 */
export function bodyFingerprint(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex')
}

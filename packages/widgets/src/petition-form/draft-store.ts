/**
 * Where `<lt-petition-form>` keeps a petition on the device: the draft as it is typed, its
 * idempotency key, the copy waiting in the outbox, and the receipt once sent — one record per
 * form (action URL + `draft-key`) in `localStorage`. Storage that is full, disabled or corrupt
 * never throws: the form then says that drafts are not saved. Internal.
 */

/** Where a petition stands on the device. */
export type DraftPhase = 'editing' | 'outbox' | 'sent'

/** The record stored for one form. */
export interface StoredPetition<Data> {
  readonly version: 1
  /** Sent as `Idempotency-Key`: created once with the draft, kept until a new petition starts. */
  readonly idempotencyKey: string
  readonly phase: DraftPhase
  /** The step the person was on. */
  readonly step: string
  readonly data: Data
  /** The exact JSON body in the outbox (frozen when the person pressed send). */
  readonly body?: string
  /** Failed attempts to send the outbox body so far. */
  readonly attempts?: number
  /** The server's receipt (JSON) once sent. */
  readonly receipt?: unknown
  /** ISO 8601 instant of the last save. */
  readonly savedAt: string
}

const prefix = 'lienthong:petition-form:v1:'

/**
 * The storage key of a form's record: its action URL (resolved against the page) and its
 * `draft-key`, so two forms on one site never share a draft.
 *
 * @param action - The form's `action` attribute.
 * @param draftKey - The form's `draft-key` attribute.
 * @param base - The URL to resolve `action` against (the page's).
 */
export function draftStorageKey(action: string, draftKey: string, base: string): string {
  let url = action
  try {
    url = new URL(action, base).href
  } catch {
    // Not a URL: keep it as written; it still separates forms.
  }
  return `${prefix}${url}#${draftKey}`
}

/** A new random idempotency key (a UUID), 36 visible ASCII characters as the server asks. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  // Non-secure contexts (plain http) have no randomUUID; build a v4 UUID by hand.
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The device's `localStorage`, or `undefined` where it is missing or blocked. */
export function deviceStorage(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined // blocked by the browser's settings (a SecurityError)
  }
}

/**
 * Reads a form's record, checking its shape; `undefined` when there is none or it is unreadable.
 * `readData` checks the draft's fields (untrusted: another script could have written them).
 */
export function loadStoredPetition<Data>(
  storage: Storage | undefined,
  key: string,
  readData: (data: unknown) => Data,
): StoredPetition<Data> | undefined {
  let raw: string | null
  try {
    raw = storage?.getItem(key) ?? null
  } catch {
    return undefined
  }
  if (raw === null) return undefined
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return undefined
  }
  if (!isRecord(value) || value.version !== 1) return undefined
  const { idempotencyKey, phase, step, body, attempts, receipt, savedAt } = value
  if (typeof idempotencyKey !== 'string' || !/^[\x21-\x7e]{8,200}$/.test(idempotencyKey)) {
    return undefined
  }
  if (phase !== 'editing' && phase !== 'outbox' && phase !== 'sent') return undefined
  if (phase === 'outbox' && typeof body !== 'string') return undefined
  return {
    version: 1,
    idempotencyKey,
    phase,
    step: typeof step === 'string' ? step : '',
    data: readData(value.data),
    ...(typeof body === 'string' ? { body } : {}),
    ...(typeof attempts === 'number' && attempts >= 0 ? { attempts } : {}),
    ...(receipt === undefined ? {} : { receipt }),
    savedAt: typeof savedAt === 'string' ? savedAt : '',
  }
}

/**
 * Writes a form's record. Returns `false` when the device would not keep it (storage full,
 * disabled, or missing), so the form can say so.
 */
export function saveStoredPetition<Data>(
  storage: Storage | undefined,
  key: string,
  record: StoredPetition<Data>,
): boolean {
  if (!storage) return false
  try {
    storage.setItem(key, JSON.stringify(record))
    return true
  } catch {
    return false // QuotaExceededError, or storage switched off
  }
}

/** Deletes a form's record; never throws. */
export function removeStoredPetition(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key)
  } catch {
    // Nothing to do: storage switched off means nothing was kept either.
  }
}

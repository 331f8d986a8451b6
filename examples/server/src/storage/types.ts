// The storage the routes need, and nothing more. `sqlite.ts` implements it on one SQLite file;
// a larger deployment implements the same interface on PostgreSQL (see the README).
import type { Meeting } from '@lienthong/core/meeting'
import type { Organization, Person, Venue } from '@lienthong/core/office'
import type { Petition } from '@lienthong/core/petition'
import type { PetitionReceipt } from '../contract.js'

/** The reference data meetings point to: small, read often, changed rarely. */
export interface Directory {
  readonly organizations: readonly Organization[]
  readonly people: readonly Person[]
  readonly venues: readonly Venue[]
}

/** A validated petition to store, with what makes its submission idempotent. */
export interface NewPetition {
  readonly petition: Petition
  /** The receipt to answer now and to replay for the same key later. */
  readonly receipt: PetitionReceipt
  readonly idempotencyKey: string
  /** Identifies the request body (`bodyFingerprint`). */
  readonly fingerprint: string
}

/**
 * What happened to a submission:
 * - `created`: stored now, durably (committed and synced) before the promise resolves;
 * - `replayed`: the key was used before with the same body; nothing stored, the first receipt;
 * - `key-reused`: the key was used before with another body; nothing stored;
 * - `tracking-code-taken`: another petition has this tracking code; nothing stored (retry with
 *   a new code).
 */
export type SubmitResult =
  | { readonly outcome: 'created'; readonly receipt: PetitionReceipt }
  | { readonly outcome: 'replayed'; readonly receipt: PetitionReceipt }
  | { readonly outcome: 'key-reused' }
  | { readonly outcome: 'tracking-code-taken' }

/** Raw counts per value; values with no rows may be missing. */
export type Tally = Readonly<Record<string, number>>

/** Counts for `GET /api/stats/summary`. */
export interface Tallies {
  readonly petitions: {
    readonly total: number
    /** A petition with several kinds counts once under each. */
    readonly byKind: Tally
    readonly byChannel: Tally
    /** By `petitionStage(petition)`. */
    readonly byStage: Tally
  }
  readonly meetings: {
    readonly total: number
    readonly byKind: Tally
    readonly byStatus: Tally
  }
}

/**
 * Storage behind the HTTP contract. Every method is async so an implementation may talk to a
 * database server; values go in and come out parsed (core's models), and an implementation
 * stores them in wire form (`serializeX`) and reads them back with `parseX`.
 */
export interface Storage {
  /**
   * Meetings overlapping `[from, to)` (half-open: one ending at `from` is not included), sorted by
   * start then id. A recurring meeting (with `recurrence`) is included when it starts before `to`
   * and its series may still run at `from`.
   */
  meetingsBetween(from: Date, to: Date): Promise<Meeting[]>
  /** Every organisation, person and venue. */
  directory(): Promise<Directory>
  /** Whether an organisation with this id exists. */
  hasOrganization(id: string): Promise<boolean>
  /**
   * Stores a submitted petition unless its idempotency key was used before, atomically: two
   * concurrent calls with the same key store one petition. Resolves only once the petition is
   * durable (it survives a crash or power loss from then on).
   */
  submitPetition(submission: NewPetition): Promise<SubmitResult>
  /** Petitions received in `[from, to)`, sorted by receipt then id (for reports). */
  petitionsReceivedBetween(from: Date, to: Date): Promise<Petition[]>
  /** The petition with this exact tracking code, if any. */
  petitionByTrackingCode(trackingCode: string): Promise<Petition | undefined>
  /** Counts of petitions and meetings. */
  tallies(): Promise<Tallies>
  /** Releases the connection; the storage is unusable afterwards. */
  close(): Promise<void>
}

/**
 * Accepts a petition in either form — parsed (instants as `Date`, what `parsePetition` returns)
 * or wire (JSON, instants as strings) — and returns a parsed one, or throws a LienthongError.
 * A parsed petition passes a quick structural check of the fields deadlines read, so a million
 * petitions are not re-validated one by one; anything else goes through `parsePetition`. Internal.
 */
import { dayNumberOfDate } from '../calendar/compiledCalendar.js'
import type { ParseOptions } from '../errors/issue.js'
import { parsePetition } from '../petition/parsePetition.js'
import {
  petitionChannels,
  petitionComplexities,
  petitionEventTypes,
  petitionKinds,
  petitionOutcomes,
  type Petition,
} from '../petition/petition.schema.js'

const kinds = new Set<unknown>(petitionKinds)
const channels = new Set<unknown>(petitionChannels)
const complexities = new Set<unknown>(petitionComplexities)
const eventTypes = new Set<unknown>(petitionEventTypes)
const outcomes = new Set<unknown>(petitionOutcomes)

function isInstant(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime())
}

function isOptionalDate(value: unknown): boolean {
  return value === undefined || dayNumberOfDate(value) !== undefined
}

/** True when `value` has the parsed shape of every field the deadline functions read. */
function looksParsed(value: unknown): value is Petition {
  if (typeof value !== 'object' || value === null) return false
  const p = value as Record<string, unknown>
  if (typeof p.id !== 'string' || !isInstant(p.receivedAt) || !channels.has(p.channel)) return false
  if (!Array.isArray(p.kinds) || p.kinds.length === 0) return false
  for (const kind of p.kinds as unknown[]) if (!kinds.has(kind)) return false
  if (!complexities.has(p.complexity) || typeof p.remoteArea !== 'boolean') return false
  if (p.complaintInstance !== undefined && p.complaintInstance !== 1 && p.complaintInstance !== 2) {
    return false
  }
  if (p.outcome !== undefined && !outcomes.has(p.outcome)) return false
  if (p.complainedDecision !== undefined) {
    const decision = p.complainedDecision as Record<string, unknown> | null
    if (typeof decision !== 'object' || decision === null) return false
    if (!isOptionalDate(decision.learnedOn)) return false
  }
  if (!Array.isArray(p.history)) return false
  let previous = -Infinity
  for (const event of p.history as unknown[]) {
    if (typeof event !== 'object' || event === null) return false
    const e = event as Record<string, unknown>
    if (!eventTypes.has(e.type) || !isInstant(e.at)) return false
    if (e.at.getTime() < previous) return false
    previous = e.at.getTime()
    if (!isOptionalDate(e.newDeadline)) return false
    if (e.competent !== undefined && typeof e.competent !== 'boolean') return false
  }
  return true
}

/** Writes the `Date`s of a would-be parsed petition as ISO strings, for `parsePetition`. */
function toWire(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  const p = value as Record<string, unknown>
  const iso = (at: unknown) => (isInstant(at) ? at.toISOString() : at)
  return {
    ...p,
    receivedAt: iso(p.receivedAt),
    ...(Array.isArray(p.history)
      ? {
          history: p.history.map((event: unknown) =>
            typeof event === 'object' && event !== null
              ? { ...(event as Record<string, unknown>), at: iso((event as { at?: unknown }).at) }
              : event,
          ),
        }
      : {}),
  }
}

/** The petition, parsed; throws a LienthongError (subject `Petition`) when it is not one. */
export function readPetition(value: unknown, options?: ParseOptions): Petition {
  if (looksParsed(value)) return value
  return parsePetition(toWire(value), options)
}

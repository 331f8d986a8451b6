import { importJitless } from './import-jitless.js'
import type { Meeting } from '@lienthong/core/meeting'
import type { Organization, Person, Venue } from '@lienthong/core/office'

/**
 * A scheduling conflict as `detectConflicts` in `@lienthong/core` reports it: what kind, how
 * serious, which meetings, and optionally who or what is double-booked. The widgets mark the
 * meetings concerned and explain the conflict in the page's language.
 *
 * @category Data
 * @example
 * ```ts
 * import type { ScheduleConflict } from '@lienthong/widgets'
 *
 * const conflict: ScheduleConflict = {
 *   kind: 'person-double-booked',
 *   severity: 'error',
 *   meetingIds: ['m1', 'm2'],
 *   personId: 'p-chu-tich',
 * }
 * ```
 */
export interface ScheduleConflict {
  /** What clashes, e.g. `person-double-booked`, `venue-double-booked`. */
  readonly kind: string
  /** `error` (a real clash), `warning` or `info`. */
  readonly severity: 'error' | 'warning' | 'info'
  /** The meetings involved (two or more). */
  readonly meetingIds: readonly string[]
  /** The person booked twice, for person conflicts. */
  readonly personId?: string | undefined
  /** The venue booked twice, for venue conflicts. */
  readonly venueId?: string | undefined
  /** The organisation required twice, for organisation conflicts. */
  readonly organizationId?: string | undefined
  /** The message code (translated by the widgets when they know it). */
  readonly messageCode?: string | undefined
  /** A message in one language, from the producer; shown only when the kind is unknown. */
  readonly message?: string | undefined
}

/**
 * The JSON document a widget's `src` URL returns: meetings in their wire form (ISO 8601
 * instants with an offset), plus the people, venues and organisations whose names the widget
 * shows, and optionally precomputed conflicts.
 *
 * @category Data
 * @example
 * ```ts
 * import type { ScheduleDocument } from '@lienthong/widgets'
 *
 * const document: ScheduleDocument = {
 *   meetings: [
 *     {
 *       id: 'm1',
 *       title: 'Họp Thường trực Thành ủy',
 *       kind: 'standing-committee-conference',
 *       hostId: 'tu',
 *       start: '2026-03-02T08:00:00+07:00',
 *       end: '2026-03-02T11:00:00+07:00',
 *     },
 *   ],
 *   organizations: [{ id: 'tu', name: 'Thành ủy', kind: 'party-committee', level: 'province' }],
 * }
 * ```
 */
export interface ScheduleDocument {
  readonly meetings: readonly unknown[]
  readonly people?: readonly unknown[]
  readonly venues?: readonly unknown[]
  readonly organizations?: readonly unknown[]
  readonly conflicts?: readonly unknown[]
}

/**
 * One item of a loaded document that failed validation and was left out.
 *
 * @category Data
 * @example
 * ```ts
 * import type { InvalidItem } from '@lienthong/widgets'
 *
 * const item: InvalidItem = { path: 'meetings[3]', id: 'm4', message: 'end: must be after start' }
 * ```
 */
export interface InvalidItem {
  /** Where in the document, e.g. `meetings[3]`. */
  readonly path: string
  /** The item's `id`, when it has a readable one. */
  readonly id?: string | undefined
  /** What is wrong (from core's validation, in English or Vietnamese). */
  readonly message: string
}

/**
 * Validated schedule data: every valid item, and the invalid ones reported.
 *
 * @category Data
 * @example
 * ```ts
 * import type { ScheduleData } from '@lienthong/widgets'
 *
 * const empty: ScheduleData = {
 *   meetings: [], people: [], venues: [], organizations: [], conflicts: [], invalid: [],
 * }
 * ```
 */
export interface ScheduleData {
  readonly meetings: readonly Meeting[]
  readonly people: readonly Person[]
  readonly venues: readonly Venue[]
  readonly organizations: readonly Organization[]
  readonly conflicts: readonly ScheduleConflict[]
  readonly invalid: readonly InvalidItem[]
}

type SafeParse<T> = (
  input: unknown,
  options?: { locale?: 'en' | 'vi' },
) => { ok: true; value: T } | { ok: false; error: { message: string } }

/**
 * Loads core's validators and conflict detection on first use, after switching off zod's `eval`
 * probe: on a page with a strict Content-Security-Policy (no `unsafe-eval`) that probe is reported
 * as a violation even though zod recovers from it. (zod's JIT is then off for the page's copy of
 * zod, if it shares one: the same results, without generated code.)
 */
function loadCore(): Promise<typeof import('./core-lazy.js')> {
  return importJitless(() => import('./core-lazy.js'))
}

/**
 * The kinds of conflict the widgets look for themselves when given none: double bookings of a
 * person, a venue or a body. Working-time warnings (evenings, weekends) are left to callers who
 * pass `conflicts` explicitly, since a public schedule has many legitimate ones.
 */
const detectedKinds = ['person-double-booked', 'venue-double-booked', 'body-double-booked'] as const

/**
 * Double bookings among the meetings, found with core's `detectConflicts` (loaded on first use).
 * Never throws: unusable input gives no conflicts and a console warning.
 *
 * @category Data
 * @param data - Meetings, and the people, venues and organisations they refer to.
 * @returns The conflicts, in the order of the later meeting's start.
 * @example
 * ```ts
 * import { detectScheduleConflicts } from '@lienthong/widgets'
 *
 * const conflicts = await detectScheduleConflicts({ meetings: [] })
 * conflicts.length // 0
 * ```
 */
export async function detectScheduleConflicts(data: {
  readonly meetings: readonly Meeting[]
  readonly people?: readonly Person[]
  readonly venues?: readonly Venue[]
  readonly organizations?: readonly Organization[]
}): Promise<ScheduleConflict[]> {
  if (data.meetings.length === 0) return []
  const core = await loadCore()
  const result = core.safeDetectConflicts(data.meetings, {
    people: data.people ?? [],
    venues: data.venues ?? [],
    organizations: data.organizations ?? [],
    options: { kinds: detectedKinds },
  })
  if (result.ok) return result.value
  console.warn('lienthong widgets: could not look for conflicts', result.error)
  return []
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function idOf(item: unknown): string | undefined {
  return isRecord(item) && typeof item.id === 'string' ? item.id : undefined
}

function parseList<T>(
  name: string,
  list: unknown,
  parse: SafeParse<T>,
  locale: 'en' | 'vi',
  invalid: InvalidItem[],
): T[] {
  if (list === undefined) return []
  if (!Array.isArray(list)) {
    invalid.push({ path: name, message: `${name} must be a list` })
    return []
  }
  const valid: T[] = []
  list.forEach((item: unknown, index) => {
    const result = parse(item, { locale })
    if (result.ok) valid.push(result.value)
    else invalid.push({ path: `${name}[${index}]`, id: idOf(item), message: result.error.message })
  })
  return valid
}

const severities = new Set(['error', 'warning', 'info'])

function parseConflict(input: unknown): ReturnType<SafeParse<ScheduleConflict>> {
  const ok =
    isRecord(input) &&
    typeof input.kind === 'string' &&
    typeof input.severity === 'string' &&
    severities.has(input.severity) &&
    Array.isArray(input.meetingIds) &&
    input.meetingIds.every((id) => typeof id === 'string')
  if (!ok) {
    return {
      ok: false,
      error: { message: 'a conflict needs kind, severity (error/warning/info) and meetingIds' },
    }
  }
  const text = (key: string): string | undefined =>
    typeof input[key] === 'string' ? input[key] : undefined
  return {
    ok: true,
    value: {
      kind: input.kind as string,
      severity: input.severity as ScheduleConflict['severity'],
      meetingIds: input.meetingIds as string[],
      personId: text('personId'),
      venueId: text('venueId'),
      organizationId: text('organizationId'),
      messageCode: text('messageCode'),
      message: text('message'),
    },
  }
}

/**
 * Validates a schedule document (see {@link ScheduleDocument}) item by item with core's
 * `safeParseX` functions: valid items are kept, invalid ones are listed in `invalid`. Fails only
 * when the document itself is not an object with a `meetings` list.
 *
 * Core's validators are loaded on the first call, after switching off zod's `eval` probe, so
 * that validation works on a page with a strict Content-Security-Policy (no `unsafe-eval`)
 * without reporting a violation. (zod's JIT is then off for the whole page's copy of zod, if it
 * shares one: the same results, without generated code.)
 *
 * @category Data
 * @param input - Parsed JSON.
 * @param locale - Language of the validation messages (`vi` or `en`; core writes these two).
 * @returns `{ ok: true, value }` with the {@link ScheduleData}, or `{ ok: false, error }`.
 * @example
 * ```ts
 * import { parseScheduleDocument } from '@lienthong/widgets'
 *
 * const result = await parseScheduleDocument({ meetings: [{ id: 'broken' }] })
 * if (result.ok) console.log(result.value.invalid.length) // 1
 * ```
 */
export async function parseScheduleDocument(
  input: unknown,
  locale: 'en' | 'vi' = 'en',
): Promise<{ ok: true; value: ScheduleData } | { ok: false; error: TypeError }> {
  if (!isRecord(input) || !Array.isArray(input.meetings)) {
    return {
      ok: false,
      error: new TypeError('expected a JSON object with a "meetings" list'),
    }
  }
  const core = await loadCore()
  const invalid: InvalidItem[] = []
  const value: ScheduleData = {
    meetings: parseList('meetings', input.meetings, core.safeParseMeeting, locale, invalid),
    people: parseList('people', input.people, core.safeParsePerson, locale, invalid),
    venues: parseList('venues', input.venues, core.safeParseVenue, locale, invalid),
    organizations: parseList(
      'organizations',
      input.organizations,
      core.safeParseOrganization,
      locale,
      invalid,
    ),
    conflicts: parseList('conflicts', input.conflicts, parseConflict, locale, invalid),
    invalid,
  }
  return { ok: true, value }
}

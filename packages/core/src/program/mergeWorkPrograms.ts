import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import { foldedTokens, similarPairs } from '../_lib/tokenSimilarity.js'
import type { Conflict } from '../conflicts/conflicts.schema.js'
import { detectConflicts, type DetectConflictsOptions } from '../conflicts/detectConflicts.js'
import type { Meeting } from '../meeting/meeting.schema.js'
import type { Organization, Person, Venue } from '../office/office.schema.js'
import type { ProgramItem, ProgramPeriodKind, WorkProgram } from './program.schema.js'

/**
 * Default token-set similarity (Jaccard: shared words over all words, compared without
 * diacritics and case) at or above which two program items' titles are taken to plan the same
 * thing: `0.8`, so "Kế hoạch triển khai chuyển đổi số năm 2026" and "KẾ HOẠCH TRIỂN KHAI
 * CHUYỂN ĐỔI SỐ NĂM 2026" (1.0) match, and two plans on different subjects sharing only
 * "Kế hoạch triển khai … năm 2026" do not.
 *
 * @category Program
 * @example
 * ```ts
 * import { DEFAULT_TITLE_SIMILARITY } from '@lienthong/core/program'
 *
 * DEFAULT_TITLE_SIMILARITY // 0.8
 * ```
 */
export const DEFAULT_TITLE_SIMILARITY = 0.8

/**
 * What {@link mergeWorkPrograms} needs besides the programs: the meetings items link to (to
 * find their conflicts), the people, venues and organisations {@link detectConflicts} reads,
 * and options.
 *
 * @category Program
 * @example
 * ```ts
 * import type { MergeWorkProgramsOptions } from '@lienthong/core/program'
 *
 * const options: MergeWorkProgramsOptions = { titleSimilarity: 0.7, conflictOptions: { locale: 'vi' } }
 * ```
 */
export interface MergeWorkProgramsOptions {
  /** Meetings; those an item links to by `meetingId` are checked with {@link detectConflicts}. */
  readonly meetings?: readonly Meeting[]
  readonly people?: readonly Person[]
  readonly venues?: readonly Venue[]
  readonly organizations?: readonly Organization[]
  /**
   * Title similarity (0 < s ≤ 1) at or above which two items are the same plan; default
   * {@link DEFAULT_TITLE_SIMILARITY}.
   */
  readonly titleSimilarity?: number
  /** Options passed on to {@link detectConflicts}. */
  readonly conflictOptions?: DetectConflictsOptions
}

/**
 * One item of the merged schedule, tagged with the program (and body) that plans it.
 *
 * @category Program
 * @example
 * ```ts
 * import type { ScheduledProgramItem } from '@lienthong/core/program'
 *
 * const label = (entry: ScheduledProgramItem) => `${entry.ownerId}: ${entry.item.title}`
 * ```
 */
export interface ScheduledProgramItem {
  readonly programId: string
  readonly ownerId: string
  readonly periodKind: ProgramPeriodKind
  readonly item: ProgramItem
}

/**
 * Why two bodies' items are taken to plan the same thing: they link the same meeting
 * (`same-meeting`), the same document (`same-directive`), or have alike titles at overlapping
 * planned dates (`similar-title`).
 *
 * @category Program
 * @example
 * ```ts
 * import type { ProgramOverlapReason } from '@lienthong/core/program'
 *
 * const reason: ProgramOverlapReason = 'similar-title'
 * ```
 */
export type ProgramOverlapReason = 'same-meeting' | 'same-directive' | 'similar-title'

/**
 * Two bodies planning the same meeting or document ("no overlap" is the rule this breaks),
 * explaining itself: which items of which programs, why, how alike their titles are, and the
 * dates both plan.
 *
 * @category Program
 * @example
 * ```ts
 * import type { ProgramItemOverlap } from '@lienthong/core/program'
 *
 * const describe = (o: ProgramItemOverlap) => `${o.ownerIds.join(' & ')}: ${o.explanation}`
 * ```
 */
export interface ProgramItemOverlap {
  readonly reason: ProgramOverlapReason
  /** The two items' ids, in the order of `programIds` and `ownerIds`. */
  readonly itemIds: readonly [string, string]
  readonly programIds: readonly [string, string]
  readonly ownerIds: readonly [string, string]
  /** Token-set similarity of the two titles, 0–1 (compared without diacritics and case). */
  readonly similarity: number
  /** The linked meeting or document, for `same-meeting` and `same-directive`. */
  readonly linkedId?: string
  /** The dates both items plan (inclusive), or undefined when they do not overlap. */
  readonly sharedDates?: { readonly start: string; readonly end: string }
  /** An English sentence saying which items, which programs and why. */
  readonly explanation: string
}

/**
 * What {@link mergeWorkPrograms} returns.
 *
 * @category Program
 * @example
 * ```ts
 * import type { MergedWorkSchedule } from '@lienthong/core/program'
 *
 * const count = (schedule: MergedWorkSchedule) => schedule.overlaps.length
 * ```
 */
export interface MergedWorkSchedule {
  /** Every item of every program, by planned start, then end, program id and item id. */
  readonly items: ScheduledProgramItem[]
  /** Conflicts among the meetings items link to (empty when no meetings were given). */
  readonly conflicts: Conflict[]
  /** Items two different bodies both plan, by shared start date. */
  readonly overlaps: ProgramItemOverlap[]
}

const optionsSchema = z.object({
  titleSimilarity: z._default(z.number().check(z.gt(0), z.lte(1)), DEFAULT_TITLE_SIMILARITY),
})
const optionParsers = createParsers('mergeWorkPrograms options', optionsSchema)

const PERIOD_SPAN: Readonly<Record<ProgramPeriodKind, number>> = {
  week: 0,
  month: 1,
  quarter: 2,
  year: 3,
  term: 4,
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function sharedDates(a: ProgramItem, b: ProgramItem): { start: string; end: string } | undefined {
  const start = a.planned.start > b.planned.start ? a.planned.start : b.planned.start
  const end = a.planned.end < b.planned.end ? a.planned.end : b.planned.end
  return start <= end ? { start, end } : undefined
}

/**
 * Merges several bodies' work programs into one cross-office schedule: every item tagged with
 * its program and owner, sorted by planned date; the conflicts among the meetings items link to
 * (through {@link detectConflicts}, when `meetings` are given); and the items two different
 * bodies both plan — the same meeting or document planned twice, against the rule that
 * programs must not overlap.
 *
 * Two items of different owners overlap when they link the same `meetingId` or the same
 * `directiveId`, or when their titles, compared without diacritics and case as word sets,
 * have a similarity at or above `titleSimilarity` (default {@link DEFAULT_TITLE_SIMILARITY})
 * and their planned dates overlap. Items of one body's nested programs (year, quarter, month,
 * week) repeat one plan and never overlap each other; across two bodies one finding is kept per
 * linked meeting or document, or per pair of titles and month, showing the items of the
 * narrowest programs. Cancelled items are skipped.
 *
 * Performance: O(n log n) in the number of items, plus the candidate pairs that share a rare
 * title word (prefix filtering), never every pair.
 *
 * @category Program
 * @param programs - Parsed work programs (see {@link parseWorkProgram}) of one or more bodies.
 * @param options - `meetings`, `people`, `venues`, `organizations` for conflicts;
 *   `titleSimilarity`; `conflictOptions` for {@link detectConflicts}.
 * @returns The {@link MergedWorkSchedule}: items, conflicts and overlaps.
 * @throws {@link errors!LienthongError | LienthongError} when `titleSimilarity` is not in (0, 1],
 *   or when {@link detectConflicts} refuses the meetings or reference data.
 * @example
 * ```ts
 * import { mergeWorkPrograms, parseWorkProgram } from '@lienthong/core/program'
 *
 * const week = { periodKind: 'week', period: { start: '2026-03-02', end: '2026-03-08' } } as const
 * const party = parseWorkProgram({ ...week, id: 'tu-w10', ownerId: 'tu', items: [
 *   { id: 'a', kind: 'document', title: 'Kế hoạch chuyển đổi số năm 2026', planned: { start: '2026-03-03', end: '2026-03-05' } },
 * ] })
 * const committee = parseWorkProgram({ ...week, id: 'ubnd-w10', ownerId: 'ubnd', items: [
 *   { id: 'b', kind: 'document', title: 'KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026', planned: { start: '2026-03-04', end: '2026-03-06' } },
 * ] })
 * const { items, overlaps } = mergeWorkPrograms([party, committee])
 * items.map((entry) => entry.item.id) // ['a', 'b']
 * overlaps[0]?.reason // 'similar-title'
 * ```
 */
export function mergeWorkPrograms(
  programs: readonly WorkProgram[],
  options: MergeWorkProgramsOptions = {},
): MergedWorkSchedule {
  const { titleSimilarity } = optionParsers.parse({ titleSimilarity: options.titleSimilarity })

  const items: ScheduledProgramItem[] = []
  for (const program of programs) {
    for (const item of program.items) {
      items.push({
        programId: program.id,
        ownerId: program.ownerId,
        periodKind: program.periodKind,
        item,
      })
    }
  }
  items.sort(
    (a, b) =>
      compare(a.item.planned.start, b.item.planned.start) ||
      compare(a.item.planned.end, b.item.planned.end) ||
      compare(a.programId, b.programId) ||
      compare(a.item.id, b.item.id),
  )

  let conflicts: Conflict[] = []
  if (options.meetings !== undefined) {
    const linked = new Set<string>()
    for (const entry of items)
      if (entry.item.meetingId !== undefined) linked.add(entry.item.meetingId)
    const meetings = options.meetings.filter((meeting) => linked.has(meeting.id))
    conflicts = detectConflicts(meetings, {
      ...(options.people === undefined ? {} : { people: options.people }),
      ...(options.venues === undefined ? {} : { venues: options.venues }),
      ...(options.organizations === undefined ? {} : { organizations: options.organizations }),
      ...(options.conflictOptions === undefined ? {} : { options: options.conflictOptions }),
    })
  }

  return { items, conflicts, overlaps: findOverlaps(items, titleSimilarity) }
}

interface Candidate {
  readonly reason: ProgramOverlapReason
  readonly a: ScheduledProgramItem
  readonly b: ScheduledProgramItem
  readonly similarity: number
  readonly linkedId?: string
}

function findOverlaps(
  items: readonly ScheduledProgramItem[],
  threshold: number,
): ProgramItemOverlap[] {
  const active = items.filter((entry) => entry.item.status !== 'cancelled')
  const tokens = active.map((entry) => foldedTokens(entry.item.title))
  const folded = tokens.map((list) => [...list].sort().join(' '))
  const candidates: Candidate[] = []

  // Linked meeting or document: group by id (hashing), then pair owners within each group.
  const groups = new Map<string, number[]>()
  active.forEach((entry, index) => {
    const { meetingId, directiveId } = entry.item
    if (meetingId !== undefined) push(groups, `m:${meetingId}`, index)
    if (directiveId !== undefined) push(groups, `d:${directiveId}`, index)
  })
  for (const [key, members] of groups) {
    // The narrowest program's item of each owner stands for that owner.
    const byOwner = new Map<string, number>()
    for (const index of members) {
      const entry = active[index]
      if (entry === undefined) continue
      const held = byOwner.get(entry.ownerId)
      const heldEntry = held === undefined ? undefined : active[held]
      if (heldEntry === undefined || narrower(entry, heldEntry)) byOwner.set(entry.ownerId, index)
    }
    const owners = [...byOwner.entries()].sort((x, y) => compare(x[0], y[0]))
    for (let i = 0; i < owners.length; i++) {
      for (let j = i + 1; j < owners.length; j++) {
        const first = owners[i]?.[1] ?? 0
        const second = owners[j]?.[1] ?? 0
        const a = active[first]
        const b = active[second]
        if (a === undefined || b === undefined) continue
        candidates.push({
          reason: key.startsWith('m:') ? 'same-meeting' : 'same-directive',
          a,
          b,
          similarity: titleScore(tokens[first] ?? [], tokens[second] ?? []),
          linkedId: key.slice(2),
        })
      }
    }
  }

  // Alike titles at overlapping dates, across owners; linked pairs are already reported.
  const pairs = similarPairs(tokens, threshold, 1, (first, second) => {
    const a = active[first]
    const b = active[second]
    if (a === undefined || b === undefined || a.ownerId === b.ownerId) return false
    if (a.item.meetingId !== undefined && a.item.meetingId === b.item.meetingId) return false
    if (a.item.directiveId !== undefined && a.item.directiveId === b.item.directiveId) return false
    return sharedDates(a.item, b.item) !== undefined
  })
  const kept = new Map<string, Candidate>()
  for (const { first, second, score } of pairs) {
    const x = active[first]
    const y = active[second]
    if (x === undefined || y === undefined) continue
    const [a, b, ta, tb] =
      x.ownerId < y.ownerId
        ? [x, y, folded[first] ?? '', folded[second] ?? '']
        : [y, x, folded[second] ?? '', folded[first] ?? '']
    const month = (sharedDates(a.item, b.item)?.start ?? '').slice(0, 7)
    const key = `${a.ownerId}\u0000${b.ownerId}\u0000${ta}\u0000${tb}\u0000${month}`
    const held = kept.get(key)
    if (held === undefined || span(a) + span(b) < span(held.a) + span(held.b)) {
      kept.set(key, { reason: 'similar-title', a, b, similarity: score })
    }
  }
  candidates.push(...kept.values())

  return candidates
    .map(describe)
    .sort(
      (x, y) =>
        compare(x.sharedDates?.start ?? '', y.sharedDates?.start ?? '') ||
        compare(x.programIds[0], y.programIds[0]) ||
        compare(x.itemIds[0], y.itemIds[0]) ||
        compare(x.itemIds[1], y.itemIds[1]),
    )
}

function push(groups: Map<string, number[]>, key: string, index: number): void {
  const members = groups.get(key)
  if (members === undefined) groups.set(key, [index])
  else members.push(index)
}

function span(entry: ScheduledProgramItem): number {
  return PERIOD_SPAN[entry.periodKind]
}

function narrower(a: ScheduledProgramItem, b: ScheduledProgramItem): boolean {
  return span(a) < span(b) || (span(a) === span(b) && compare(a.programId, b.programId) < 0)
}

function titleScore(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 0
  const set = new Set(a)
  let shared = 0
  for (const token of b) if (set.has(token)) shared++
  return shared / (a.length + b.length - shared)
}

function describe(candidate: Candidate): ProgramItemOverlap {
  const { a, b, reason, similarity, linkedId } = candidate
  const dates = sharedDates(a.item, b.item)
  const percent = `${String(Math.round(similarity * 100))}%`
  const why =
    reason === 'same-meeting'
      ? `both plan meeting ${linkedId ?? ''}`
      : reason === 'same-directive'
        ? `both plan document ${linkedId ?? ''}`
        : `their titles are ${percent} alike (without diacritics and case)`
  const when = dates === undefined ? '' : ` for ${dates.start} – ${dates.end}`
  return {
    reason,
    itemIds: [a.item.id, b.item.id],
    programIds: [a.programId, b.programId],
    ownerIds: [a.ownerId, b.ownerId],
    similarity,
    ...(linkedId === undefined ? {} : { linkedId }),
    ...(dates === undefined ? {} : { sharedDates: dates }),
    explanation: `"${a.item.title}" (${a.item.id} in ${a.programId} of ${a.ownerId}) and "${b.item.title}" (${b.item.id} in ${b.programId} of ${b.ownerId}): ${why}${when}.`,
  }
}

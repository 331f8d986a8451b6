import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import { foldedTokens, similarPairs } from '../_lib/tokenSimilarity.js'
import type { Directive } from './directive.schema.js'

/**
 * Why two tasks overlap, beyond having the same content:
 *
 * - `different-lead-units`: they are assigned to different lead units (who is responsible?);
 * - `repeated-across-directives`: two documents assign it (same or unknown lead unit);
 * - `repeated-in-directive`: one document assigns it twice to the same (or no) lead unit.
 *
 * @category Directive
 * @example
 * ```ts
 * import type { AssignmentOverlapReason } from '@lienthong/core/directive'
 *
 * const reason: AssignmentOverlapReason = 'different-lead-units'
 * ```
 */
export type AssignmentOverlapReason =
  'different-lead-units' | 'repeated-across-directives' | 'repeated-in-directive'

/**
 * Options of {@link findOverlappingAssignments}.
 *
 * @category Directive
 * @example
 * ```ts
 * import type { FindOverlappingAssignmentsOptions } from '@lienthong/core/directive'
 *
 * const options: FindOverlappingAssignmentsOptions = { threshold: 0.7, minWords: 4 }
 * ```
 */
export interface FindOverlappingAssignmentsOptions {
  /**
   * Word-set similarity (Jaccard: shared words over all words, without diacritics and case),
   * 0 < threshold ≤ 1, at or above which two tasks have the same content. Default `0.8`.
   */
  readonly threshold?: number
  /** Tasks with fewer distinct words ("Báo cáo") are never compared. Default `3`. */
  readonly minWords?: number
}

/**
 * One task of a directive, as {@link findOverlappingAssignments} names it.
 *
 * @category Directive
 * @example
 * ```ts
 * import type { AssignmentRef } from '@lienthong/core/directive'
 *
 * const ref: AssignmentRef = { directiveId: 'tb-45', taskId: 't1', leadUnitId: 'so-xd' }
 * ```
 */
export interface AssignmentRef {
  readonly directiveId: string
  readonly taskId: string
  readonly leadUnitId?: string
}

/**
 * Two tasks with the same content, explaining itself.
 *
 * @category Directive
 * @example
 * ```ts
 * import type { OverlappingAssignment } from '@lienthong/core/directive'
 *
 * const text = (o: OverlappingAssignment) => `${o.reason} (${o.score.toFixed(2)}): ${o.explanation}`
 * ```
 */
export interface OverlappingAssignment {
  /** The two tasks, earlier directive (then task) first. */
  readonly tasks: readonly [AssignmentRef, AssignmentRef]
  /** Word-set similarity of the two contents, 0–1. */
  readonly score: number
  readonly reason: AssignmentOverlapReason
  /** An English sentence naming both tasks and why they overlap. */
  readonly explanation: string
}

const optionsSchema = z.object({
  threshold: z._default(z.number().check(z.gt(0), z.lte(1)), 0.8),
  minWords: z._default(z.int().check(z.gte(1), z.lte(1000)), 3),
})
const optionParsers = createParsers('findOverlappingAssignments options', optionsSchema)

/**
 * Finds tasks with the same content assigned to different lead units, or assigned again by
 * another directive (or twice by one): the overlaps a directing office must resolve before
 * urging anyone. Contents are compared as word sets after folding Vietnamese (no diacritics,
 * lower case, punctuation ignored), so "Rà soát thủ tục hành chính" and "RA SOAT THU TUC HANH
 * CHINH." are the same.
 *
 * Performance: words are ranked rarest first and each task is indexed by its few rarest words
 * (prefix filtering), so only tasks sharing a rare word are compared: O(w log w) in the total
 * number of words plus the candidate pairs, not every pair.
 *
 * @category Directive
 * @param directives - Parsed directives (see {@link parseDirective}) with their tasks.
 * @param options - `threshold` (default 0.8) and `minWords` (default 3).
 * @returns The overlapping pairs, highest score first, then by directive and task id.
 * @throws {@link errors!LienthongError | LienthongError} when `threshold` is not in (0, 1] or
 *   `minWords` is not a positive integer.
 * @example
 * ```ts
 * import { findOverlappingAssignments, parseDirective } from '@lienthong/core/directive'
 *
 * const a = parseDirective({ id: 'ct-1', type: 'directive', issuerId: 'ubnd', issuedOn: '2026-03-02', title: 'Chỉ thị 1',
 *   tasks: [{ id: 't1', content: 'Rà soát thủ tục hành chính lĩnh vực đất đai', leadUnitId: 'so-nnmt' }] })
 * const b = parseDirective({ id: 'kh-2', type: 'plan', issuerId: 'ubnd', issuedOn: '2026-03-09', title: 'Kế hoạch 2',
 *   tasks: [{ id: 't1', content: 'RÀ SOÁT THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐẤT ĐAI.', leadUnitId: 'so-tp' }] })
 * const [overlap] = findOverlappingAssignments([a, b])
 * overlap?.reason // 'different-lead-units'
 * overlap?.score // 1
 * ```
 */
export function findOverlappingAssignments(
  directives: readonly Directive[],
  options: FindOverlappingAssignmentsOptions = {},
): OverlappingAssignment[] {
  const { threshold, minWords } = optionParsers.parse({
    threshold: options.threshold,
    minWords: options.minWords,
  })
  const ordered = [...directives].sort(
    (a, b) => compare(a.issuedOn, b.issuedOn) || compare(a.id, b.id),
  )
  const refs: AssignmentRef[] = []
  const contents: string[] = []
  const tokens: string[][] = []
  for (const directive of ordered) {
    for (const task of directive.tasks) {
      refs.push({
        directiveId: directive.id,
        taskId: task.id,
        ...(task.leadUnitId === undefined ? {} : { leadUnitId: task.leadUnitId }),
      })
      contents.push(task.content)
      tokens.push(foldedTokens(task.content))
    }
  }

  const found: OverlappingAssignment[] = []
  for (const { first, second, score } of similarPairs(tokens, threshold, minWords, () => true)) {
    const a = refs[first]
    const b = refs[second]
    if (a === undefined || b === undefined) continue
    const reason: AssignmentOverlapReason =
      a.leadUnitId !== undefined && b.leadUnitId !== undefined && a.leadUnitId !== b.leadUnitId
        ? 'different-lead-units'
        : a.directiveId !== b.directiveId
          ? 'repeated-across-directives'
          : 'repeated-in-directive'
    found.push({
      tasks: [a, b],
      score,
      reason,
      explanation: explain(a, b, contents[first] ?? '', contents[second] ?? '', score, reason),
    })
  }
  return found.sort(
    (x, y) =>
      y.score - x.score ||
      compare(x.tasks[0].directiveId, y.tasks[0].directiveId) ||
      compare(x.tasks[0].taskId, y.tasks[0].taskId) ||
      compare(x.tasks[1].directiveId, y.tasks[1].directiveId) ||
      compare(x.tasks[1].taskId, y.tasks[1].taskId),
  )
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function label(ref: AssignmentRef, content: string): string {
  const lead = ref.leadUnitId === undefined ? 'no lead unit' : `led by ${ref.leadUnitId}`
  return `task ${ref.taskId} of ${ref.directiveId} ("${content}", ${lead})`
}

function explain(
  a: AssignmentRef,
  b: AssignmentRef,
  contentA: string,
  contentB: string,
  score: number,
  reason: AssignmentOverlapReason,
): string {
  const percent = `${String(Math.round(score * 100))}%`
  const why =
    reason === 'different-lead-units'
      ? `the same content is assigned to two lead units, ${a.leadUnitId ?? ''} and ${b.leadUnitId ?? ''}`
      : reason === 'repeated-across-directives'
        ? `the same content is assigned again by ${b.directiveId}`
        : `the same content is assigned twice in ${a.directiveId}`
  return `${label(a, contentA)} and ${label(b, contentB)} are ${percent} alike (words without diacritics and case): ${why}.`
}

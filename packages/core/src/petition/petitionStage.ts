import type { Petition, PetitionEvent } from './petition.schema.js'
import {
  findTransition,
  type PetitionEventBranch,
  type PetitionStage,
} from './petitionTransitions.js'

/**
 * The branch a `classified` or `competence-decided` event takes, from its fields; `undefined`
 * for other events and for one that does not say (`classified` without `eligible` or
 * `duplicateOfId`).
 *
 * @category Petition
 * @param event - A history event.
 * @returns `'duplicate'` when `duplicateOfId` is set, else `'eligible'` / `'ineligible'` from
 *   `eligible`; `'competent'` / `'not-competent'` from `competent`.
 * @example
 * ```ts
 * import { petitionEventBranch } from '@lienthong/core/petition'
 *
 * petitionEventBranch({ type: 'competence-decided', competent: false }) // 'not-competent'
 * ```
 */
export function petitionEventBranch(
  event: Pick<PetitionEvent, 'type' | 'eligible' | 'duplicateOfId' | 'competent'>,
): PetitionEventBranch | undefined {
  if (event.type === 'classified') {
    if (event.duplicateOfId !== undefined) return 'duplicate'
    if (event.eligible === undefined) return undefined
    return event.eligible ? 'eligible' : 'ineligible'
  }
  if (event.type === 'competence-decided') {
    if (event.competent === undefined) return undefined
    return event.competent ? 'competent' : 'not-competent'
  }
  return undefined
}

/** The stage an event names, or `undefined` for one that only records something. */
export function stageAfter(
  event: Pick<PetitionEvent, 'type' | 'eligible' | 'duplicateOfId' | 'competent'>,
): PetitionStage | undefined {
  switch (event.type) {
    case 'classified':
    case 'competence-decided':
      return petitionEventBranch(event)
    case 'verification-started':
      return 'verifying'
    case 'deadline-extended':
    case 'reply-received':
      return undefined
    default:
      return event.type
  }
}

/**
 * The stage a petition has reached, derived from its history (never stored): the history is
 * replayed through {@link petitionTransitions} from `received` (an empty history is `received`).
 *
 * A history built with {@link applyPetitionEvent} is always one the lifecycle allows. One from
 * elsewhere may hold an event the table does not allow at that point: the derivation then takes
 * the stage that event names (or keeps the stage, for an event that only records something), and
 * never fails. To check such a history, use {@link checkPetitionHistory}.
 *
 * Performance: O(number of events).
 *
 * @category Petition
 * @param petition - A petition, or anything with its `history`.
 * @returns The current stage.
 * @example
 * ```ts
 * import { petitionStage } from '@lienthong/core/petition'
 *
 * petitionStage({ history: [] }) // 'received'
 * petitionStage({
 *   history: [
 *     { type: 'received', at: new Date('2026-03-02T08:00:00+07:00'), documents: [] },
 *     { type: 'classified', at: new Date('2026-03-03T08:00:00+07:00'), eligible: true, documents: [] },
 *   ],
 * }) // 'eligible'
 * ```
 */
export function petitionStage(petition: Pick<Petition, 'history'>): PetitionStage {
  let stage: PetitionStage = 'received'
  for (const event of petition.history) {
    const transition = findTransition(stage, event.type, petitionEventBranch(event))
    stage = transition ? transition.to : (stageAfter(event) ?? stage)
  }
  return stage
}

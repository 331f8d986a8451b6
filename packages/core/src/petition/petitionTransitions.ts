import type { PetitionEventType } from './petition.schema.js'

/**
 * The stages of processing a petition (xử lý đơn), in the order they are usually reached:
 *
 * - `received`: logged, not yet classified;
 * - `eligible` / `ineligible` / `duplicate`: classified (a `classified` event says which);
 * - `competent` / `not-competent`: competence decided for an eligible petition;
 * - `accepted` (thụ lý), `forwarded` (chuyển đơn), `guided` (hướng dẫn), `chased-up` (đôn đốc),
 *   `answered` (trả lời), `filed` (lưu theo dõi), `returned` (trả lại): the one outcome;
 * - `verifying`, `resolved`, `result-sent`: the resolution of an accepted petition;
 * - `closed`, `withdrawn`: final.
 *
 * @category Petition
 * @example
 * ```ts
 * import { petitionStages } from '@lienthong/core/petition'
 *
 * petitionStages[0] // 'received'
 * ```
 */
export const petitionStages = [
  'received',
  'eligible',
  'ineligible',
  'duplicate',
  'competent',
  'not-competent',
  'accepted',
  'forwarded',
  'guided',
  'chased-up',
  'answered',
  'filed',
  'returned',
  'verifying',
  'resolved',
  'result-sent',
  'closed',
  'withdrawn',
] as const

/**
 * One of {@link petitionStages}.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { PetitionStage } from '@lienthong/core/petition'
 *
 * const stage: PetitionStage = 'accepted'
 * ```
 */
export type PetitionStage = (typeof petitionStages)[number]

/**
 * Which branch of a data-dependent event a transition takes: a `classified` event is `eligible`,
 * `ineligible` (with reasons) or `duplicate` (with `duplicateOfId`); a `competence-decided` event
 * is `competent` or `not-competent` (its `competent` field).
 *
 * @category Petition
 * @example
 * ```ts
 * import type { PetitionEventBranch } from '@lienthong/core/petition'
 *
 * const branch: PetitionEventBranch = 'duplicate'
 * ```
 */
export type PetitionEventBranch =
  'eligible' | 'ineligible' | 'duplicate' | 'competent' | 'not-competent'

/**
 * One allowed step of the lifecycle: from a stage, an event (and, for `classified` and
 * `competence-decided`, its branch) leads to a stage. An event whose `to` equals its `from`
 * records something without changing the stage (`deadline-extended`, `reply-received`, and
 * `chased-up` after `forwarded`).
 *
 * @category Petition
 * @example
 * ```ts
 * import { petitionTransitions, type PetitionTransition } from '@lienthong/core/petition'
 *
 * const fromReceived: PetitionTransition[] = petitionTransitions.filter((t) => t.from === 'received')
 * ```
 */
export interface PetitionTransition {
  readonly from: PetitionStage
  readonly event: PetitionEventType
  readonly branch?: PetitionEventBranch
  readonly to: PetitionStage
  /** What the step means, in English. */
  readonly description: string
  /** The legal text the step follows, where one is known. */
  readonly legalBasis?: string
}

const outcomesAfterCompetent = ['accepted', 'answered', 'guided', 'returned', 'filed'] as const
const outcomesAfterNotCompetent = [
  'forwarded',
  'guided',
  'answered',
  'returned',
  'chased-up',
  'filed',
] as const
const outcomesAfterIneligible = ['filed', 'returned', 'guided', 'answered', 'forwarded'] as const
const outcomesAfterDuplicate = ['filed', 'chased-up', 'answered', 'guided'] as const
const openStages: readonly PetitionStage[] = petitionStages.filter(
  (stage) => stage !== 'closed' && stage !== 'withdrawn',
)
const closableStages = [
  'forwarded',
  'guided',
  'chased-up',
  'answered',
  'filed',
  'returned',
  'result-sent',
] as const
const extendableStages = ['received', 'eligible', 'competent', 'accepted', 'verifying'] as const

const outcomeDescriptions: Record<string, string> = {
  accepted: 'accept the petition for resolution (thụ lý)',
  forwarded: 'forward the petition to the competent agency (chuyển đơn)',
  guided: 'guide the petitioner to the competent agency (hướng dẫn)',
  'chased-up': 'chase up the agency that is handling it (đôn đốc)',
  answered: 'answer the petitioner (trả lời)',
  filed: 'file it for follow-up (lưu theo dõi)',
  returned: 'return the petition and its documents (trả lại)',
}

function outcomes(
  from: PetitionStage,
  events: readonly (PetitionEventType & PetitionStage)[],
  legalBasis?: string,
): PetitionTransition[] {
  return events.map((event) => ({
    from,
    event,
    to: event,
    description: outcomeDescriptions[event] ?? event,
    ...(legalBasis === undefined ? {} : { legalBasis }),
  }))
}

/**
 * The lifecycle of a petition as data: every allowed `(stage, event, branch) → stage` step.
 * {@link applyPetitionEvent} refuses any event not listed for the petition's current stage; the
 * legal rules that depend on the petition itself (a denunciation forwarded once, no anonymous
 * denunciation accepted, crowd representatives) are checked on top (see {@link petitionRules}).
 *
 * | from | events |
 * | --- | --- |
 * | received | classified (eligible / ineligible / duplicate), deadline-extended |
 * | eligible | competence-decided (competent / not-competent), deadline-extended |
 * | competent | accepted, answered, guided, returned, filed, deadline-extended |
 * | not-competent | forwarded, guided, answered, returned, chased-up, filed |
 * | ineligible | filed, returned, guided, answered, forwarded (anonymous but concrete content to inspection) |
 * | duplicate | filed, chased-up, answered, guided |
 * | accepted | verification-started, deadline-extended |
 * | verifying | resolved, deadline-extended |
 * | resolved | result-sent |
 * | forwarded | chased-up (a follow-up: the stage and outcome stay `forwarded`), reply-received, closed |
 * | chased-up | reply-received, closed |
 * | guided, answered, filed, returned, result-sent | closed |
 * | every stage but closed and withdrawn | withdrawn |
 *
 * A `received` event may only be the first event of a history; a petition with an empty history
 * is at stage `received` already.
 *
 * @category Petition
 * @example
 * ```ts
 * import { petitionTransitions } from '@lienthong/core/petition'
 *
 * petitionTransitions
 *   .filter((t) => t.from === 'competent')
 *   .map((t) => t.event)
 * // ['accepted', 'answered', 'guided', 'returned', 'filed', 'deadline-extended', 'withdrawn']
 * ```
 */
export const petitionTransitions: readonly PetitionTransition[] = [
  {
    from: 'received',
    event: 'received',
    to: 'received',
    description: 'log the petition (only as the first event of its history)',
  },
  {
    from: 'received',
    event: 'classified',
    branch: 'eligible',
    to: 'eligible',
    description: 'classify: eligible for handling',
    legalBasis: 'Circular 07/2014/TT-TTCP Art 6',
  },
  {
    from: 'received',
    event: 'classified',
    branch: 'ineligible',
    to: 'ineligible',
    description: 'classify: not eligible, with the reasons',
    legalBasis: 'Circular 07/2014/TT-TTCP Art 6',
  },
  {
    from: 'received',
    event: 'classified',
    branch: 'duplicate',
    to: 'duplicate',
    description: 'classify: a duplicate of an earlier petition',
  },
  {
    from: 'eligible',
    event: 'competence-decided',
    branch: 'competent',
    to: 'competent',
    description: 'decide: the receiving agency is competent to resolve it',
  },
  {
    from: 'eligible',
    event: 'competence-decided',
    branch: 'not-competent',
    to: 'not-competent',
    description: 'decide: another agency is competent',
  },
  ...outcomes('competent', outcomesAfterCompetent),
  ...outcomes('not-competent', outcomesAfterNotCompetent),
  ...outcomes('ineligible', outcomesAfterIneligible, 'Law 25/2018/QH14 Art 25(2) (forwarded)'),
  ...outcomes('duplicate', outcomesAfterDuplicate),
  {
    from: 'accepted',
    event: 'verification-started',
    to: 'verifying',
    description: 'start verifying the content (xác minh)',
  },
  {
    from: 'verifying',
    event: 'resolved',
    to: 'resolved',
    description:
      'issue the decision (complaint, 1st or 2nd instance) or conclusion (denunciation) with its verdict',
    legalBasis: 'Law 02/2011/QH13 Arts 31, 40; Law 25/2018/QH14 Art 35',
  },
  {
    from: 'resolved',
    event: 'result-sent',
    to: 'result-sent',
    description: 'send the decision or conclusion to the petitioner and the parties',
  },
  {
    from: 'forwarded',
    event: 'chased-up',
    to: 'forwarded',
    description: 'chase up the agency it was forwarded to (đôn đốc); still forwarded',
  },
  ...(['forwarded', 'chased-up'] as const).map((from): PetitionTransition => ({
    from,
    event: 'reply-received',
    to: from,
    description: 'record the reply of the agency handling it',
  })),
  ...closableStages.map((from): PetitionTransition => ({
    from,
    event: 'closed',
    to: 'closed',
    description: 'close the file',
  })),
  ...extendableStages.map((from): PetitionTransition => ({
    from,
    event: 'deadline-extended',
    to: from,
    description: 'extend the time limit where the law allows it',
  })),
  ...openStages.map((from): PetitionTransition => ({
    from,
    event: 'withdrawn',
    to: 'withdrawn',
    description: 'the petitioner withdraws the petition',
    legalBasis: 'Law 02/2011/QH13 Art 10; Law 25/2018/QH14 Art 33',
  })),
]

/**
 * The events allowed from a stage, each once, in the order of {@link petitionTransitions}.
 *
 * @category Petition
 * @param stage - A stage, e.g. from {@link petitionStage}.
 * @returns The event types {@link applyPetitionEvent} may accept next (before the legal rules
 *   that depend on the petition itself).
 * @example
 * ```ts
 * import { allowedPetitionEvents } from '@lienthong/core/petition'
 *
 * allowedPetitionEvents('resolved') // ['result-sent', 'withdrawn']
 * allowedPetitionEvents('closed') // []
 * ```
 */
export function allowedPetitionEvents(stage: PetitionStage): PetitionEventType[] {
  const events: PetitionEventType[] = []
  for (const transition of petitionTransitions) {
    if (transition.from === stage && !events.includes(transition.event)) {
      events.push(transition.event)
    }
  }
  return events
}

const byKey = new Map<string, PetitionTransition>(
  petitionTransitions.map((t) => [`${t.from}|${t.event}|${t.branch ?? ''}`, t]),
)

/** The transition from `stage` for an event of `type` (and `branch`), if the table has one. */
export function findTransition(
  stage: PetitionStage,
  type: PetitionEventType,
  branch: PetitionEventBranch | undefined,
): PetitionTransition | undefined {
  return byKey.get(`${stage}|${type}|${branch ?? ''}`) ?? byKey.get(`${stage}|${type}|`)
}

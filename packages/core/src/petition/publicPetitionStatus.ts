import type {
  Petition,
  PetitionEventType,
  PetitionKind,
  PetitionOutcome,
} from './petition.schema.js'
import { petitionStage } from './petitionStage.js'
import type { PetitionStage } from './petitionTransitions.js'

/**
 * A due date as the citizen sees it: which step, by when, its status and legal basis.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { PetitionDueDate } from '@lienthong/core/petition'
 *
 * const due: PetitionDueDate = { step: 'accept', dueOn: '2026-03-16', status: 'pending', legalBasis: 'Law 02/2011/QH13 Art 27' }
 * ```
 */
export interface PetitionDueDate {
  /** The step that is due, e.g. `accept`, `resolve`, `send-decision`. */
  readonly step: string
  /** The last day, `YYYY-MM-DD`. */
  readonly dueOn: string
  /** E.g. `pending`, `due-soon`, `met`, `missed`, as the deadlines area says. */
  readonly status?: string
  /** The law the limit rests on (in English, as core's rules cite it). */
  readonly legalBasis?: string
  /** The same in Vietnamese, when the rule gives it. */
  readonly legalBasisVi?: string
}

/**
 * What {@link publicPetitionStatus} accepts as due dates: the extension point for the deadlines
 * area. Its `PetitionDeadline`s (from `petitionDeadlines`) fit as they are; only `step`, `dueOn`,
 * `status`, `legalBasis` and `legalBasisVi` are copied, so nothing else they hold can leak.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { PetitionDueDateInput } from '@lienthong/core/petition'
 *
 * const input: PetitionDueDateInput = { step: 'resolve', dueOn: '2026-04-15', status: 'pending' }
 * ```
 */
export interface PetitionDueDateInput {
  readonly step: string
  /** Absent while the step has not started: such entries are left out. */
  readonly dueOn?: string | undefined
  readonly status?: string | undefined
  readonly legalBasis?: string | undefined
  readonly legalBasisVi?: string | undefined
}

/**
 * One step of a petition as the citizen sees it.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { PublicPetitionStep } from '@lienthong/core/petition'
 *
 * const step: PublicPetitionStep = { type: 'forwarded', at: new Date('2026-03-05T09:00:00+07:00'), agencyId: 'ubnd-hk' }
 * ```
 */
export interface PublicPetitionStep {
  readonly type: PetitionEventType
  readonly at: Date
  /** The agency the petition went to, for a `forwarded` step. */
  readonly agencyId?: string
}

/**
 * What a citizen may see when looking a petition up by its tracking code: no personal data of
 * anyone (no names, no notes, no documents, no officials), only the stage, the dates, the agency
 * handling it now and the due dates.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { PublicPetitionStatus } from '@lienthong/core/petition'
 *
 * const summary = (status: PublicPetitionStatus) => `${status.trackingCode}: ${status.stage}`
 * ```
 */
export interface PublicPetitionStatus {
  readonly trackingCode: string
  readonly kinds: readonly PetitionKind[]
  readonly stage: PetitionStage
  /** False once closed or withdrawn. */
  readonly open: boolean
  readonly receivedAt: Date
  /** The last step's time (the receipt when nothing happened yet). */
  readonly updatedAt: Date
  /** The agency handling it now: the last one it was forwarded to, else the receiving one. */
  readonly handledById: string
  readonly outcome?: PetitionOutcome
  readonly steps: readonly PublicPetitionStep[]
  /** Due dates of the steps still ahead; empty unless given (and for a closed petition). */
  readonly dueDates: readonly PetitionDueDate[]
}

/**
 * Options of {@link publicPetitionStatus}.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { PublicPetitionStatusOptions } from '@lienthong/core/petition'
 *
 * const options: PublicPetitionStatusOptions = { deadlines: [{ step: 'resolve', dueOn: '2026-04-15' }] }
 * ```
 */
export interface PublicPetitionStatusOptions {
  /**
   * Due dates to show, e.g. `petitionDeadlines(petition, { asOf })` from the deadlines area;
   * entries without a `step` and a `dueOn` `YYYY-MM-DD` are left out. Default: none.
   */
  readonly deadlines?: readonly PetitionDueDateInput[]
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length <= max ? value : undefined
}

function dueDate(value: PetitionDueDateInput): PetitionDueDate | undefined {
  const step = text(value.step, 100)
  const dueOn = text(value.dueOn, 10)
  if (step === undefined || dueOn === undefined || !DATE.test(dueOn)) return undefined
  const status = text(value.status, 30)
  const legalBasis = text(value.legalBasis, 300)
  const legalBasisVi = text(value.legalBasisVi, 300)
  return {
    step,
    dueOn,
    ...(status === undefined ? {} : { status }),
    ...(legalBasis === undefined ? {} : { legalBasis }),
    ...(legalBasisVi === undefined ? {} : { legalBasisVi }),
  }
}

/**
 * What the citizen sees when looking a petition up (the `<lt-petition-status>` widget): the
 * stage, the dates of each step, the agency handling it now (by id), the outcome and the due
 * dates — no personal data of anyone: no names, addresses or numbers, no notes or documents
 * (which could name people), no officials' ids.
 *
 * Due dates come from the deadlines area: pass `petitionDeadlines(petition, { asOf })` as
 * `deadlines` (only `step`, `dueOn`, `status`, `legalBasis` and `legalBasisVi` are copied). This function does
 * not compute them, so `dueDates` is empty unless given, and always empty once closed.
 *
 * Performance: O(number of events).
 *
 * @category Petition
 * @param petition - A parsed petition; not changed.
 * @param options - `deadlines` to show.
 * @returns The public status.
 * @example
 * ```ts
 * import { parsePetition, publicPetitionStatus } from '@lienthong/core/petition'
 *
 * const petition = parsePetition({
 *   id: 'd3', trackingCode: 'K7M4-X9QP-R2Y', kinds: ['recommendation'], channel: 'online-portal',
 *   receivedAt: '2026-03-02T10:15:00+07:00', receivedById: 'vp-hdnd',
 *   petitioner: { name: 'Phạm Thị Dung', address: 'Phường Ba Đình, Hà Nội' },
 *   subject: 'Kiến nghị lắp đèn đường', content: 'Ngõ 5 phố Đội Cấn không có đèn chiếu sáng.',
 *   history: [
 *     { type: 'received', at: '2026-03-02T10:15:00+07:00', byId: 'can-bo-12' },
 *     { type: 'classified', at: '2026-03-03T09:00:00+07:00', eligible: true },
 *     { type: 'competence-decided', at: '2026-03-03T10:00:00+07:00', competent: false },
 *     { type: 'forwarded', at: '2026-03-04T08:00:00+07:00', forwardedToId: 'ubnd-ba-dinh', note: 'Chuyển theo thẩm quyền' },
 *   ],
 * })
 * const status = publicPetitionStatus(petition, { deadlines: [{ step: 'reply', dueOn: '2026-03-18' }] })
 * status.stage // 'forwarded'
 * status.handledById // 'ubnd-ba-dinh'
 * status.dueDates // [{ step: 'reply', dueOn: '2026-03-18' }]
 * ```
 */
export function publicPetitionStatus(
  petition: Petition,
  options: PublicPetitionStatusOptions = {},
): PublicPetitionStatus {
  const stage = petitionStage(petition)
  const open = stage !== 'closed' && stage !== 'withdrawn'
  let handledById = petition.receivedById
  const steps: PublicPetitionStep[] = petition.history.map((event) => {
    if (event.type === 'forwarded' && event.forwardedToId !== undefined) {
      handledById = event.forwardedToId
      return { type: event.type, at: event.at, agencyId: event.forwardedToId }
    }
    return { type: event.type, at: event.at }
  })
  const last = petition.history[petition.history.length - 1]
  const dueDates = open
    ? (options.deadlines ?? []).map(dueDate).filter((d): d is PetitionDueDate => d !== undefined)
    : []
  return {
    trackingCode: petition.trackingCode,
    kinds: [...petition.kinds],
    stage,
    open,
    receivedAt: petition.receivedAt,
    updatedAt: last?.at ?? petition.receivedAt,
    handledById,
    ...(petition.outcome === undefined ? {} : { outcome: petition.outcome }),
    steps,
    dueDates,
  }
}

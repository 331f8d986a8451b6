import type { DeadlineStatus } from '@lienthong/core/deadlines'
import type {
  PetitionEventType,
  PetitionKind,
  PetitionOutcome,
  PetitionStage,
} from '@lienthong/core/petition'
import type { MessageKey } from '../locales/index.js'
import type { StatusMessageKey } from './messages/index.js'

/**
 * One step of a petition's public history.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { PetitionStatusStep } from '@lienthong/widgets'
 *
 * const step: PetitionStatusStep = { type: 'forwarded', at: new Date(), agencyId: 'ubnd-hk' }
 * ```
 */
export interface PetitionStatusStep {
  readonly type: PetitionEventType
  readonly at: Date
  /** The agency the petition went to, for a `forwarded` step. */
  readonly agencyId?: string
}

/**
 * A due date of a step still ahead, and whether it is being met (`status`, when the server says).
 *
 * @category Petition
 * @example
 * ```ts
 * import type { PetitionStatusDueDate } from '@lienthong/widgets'
 *
 * const due: PetitionStatusDueDate = { step: 'resolve', dueOn: '2026-04-15', status: 'pending' }
 * ```
 */
export interface PetitionStatusDueDate {
  /** The step that is due, e.g. `accept`, `resolve`, `answer`. */
  readonly step: string
  /** The last day, `YYYY-MM-DD`. */
  readonly dueOn: string
  readonly status?: DeadlineStatus
  /** The law the limit rests on, in English (shown on pages in languages other than Vietnamese). */
  readonly legalBasis?: string
  /** The same in Vietnamese (shown on Vietnamese pages). */
  readonly legalBasisVi?: string
}

/**
 * The public status of a petition as `<lt-petition-status>` shows it: the fields of core's
 * `PublicPetitionStatus` (the answer of `GET /api/petitions/{trackingCode}`), instants as `Date`s.
 * Only these fields are kept from a response, so nothing else a server sends is ever shown.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { PetitionStatusData } from '@lienthong/widgets'
 *
 * const summary = (status: PetitionStatusData) => `${status.trackingCode}: ${status.stage}`
 * ```
 */
export interface PetitionStatusData {
  readonly trackingCode: string
  readonly kinds: readonly PetitionKind[]
  readonly stage: PetitionStage
  /** False once closed or withdrawn. */
  readonly open: boolean
  readonly receivedAt: Date
  readonly updatedAt: Date
  /** The id of the agency handling it now. */
  readonly handledById: string
  readonly outcome?: PetitionOutcome
  readonly steps: readonly PetitionStatusStep[]
  readonly dueDates: readonly PetitionStatusDueDate[]
}

/** The message of every stage; also the list of stages a response may name. */
export const stageKeys = {
  received: 'petition.stage.received',
  eligible: 'petition.stage.eligible',
  ineligible: 'petition.stage.ineligible',
  duplicate: 'petition.stage.duplicate',
  competent: 'petition.stage.competent',
  'not-competent': 'petition.stage.not-competent',
  accepted: 'petition.stage.accepted',
  forwarded: 'petition.stage.forwarded',
  guided: 'petition.stage.guided',
  'chased-up': 'petition.stage.chased-up',
  answered: 'petition.stage.answered',
  filed: 'petition.stage.filed',
  returned: 'petition.stage.returned',
  verifying: 'petition.stage.verifying',
  resolved: 'petition.stage.resolved',
  'result-sent': 'petition.stage.result-sent',
  closed: 'petition.stage.closed',
  withdrawn: 'petition.stage.withdrawn',
} as const satisfies Readonly<Record<PetitionStage, StatusMessageKey>>

/** The message of every event type. */
export const eventKeys = {
  received: 'petition.event.received',
  classified: 'petition.event.classified',
  'competence-decided': 'petition.event.competence-decided',
  accepted: 'petition.event.accepted',
  forwarded: 'petition.event.forwarded',
  guided: 'petition.event.guided',
  'chased-up': 'petition.event.chased-up',
  answered: 'petition.event.answered',
  filed: 'petition.event.filed',
  returned: 'petition.event.returned',
  'verification-started': 'petition.event.verification-started',
  'deadline-extended': 'petition.event.deadline-extended',
  resolved: 'petition.event.resolved',
  'result-sent': 'petition.event.result-sent',
  'reply-received': 'petition.event.reply-received',
  closed: 'petition.event.closed',
  withdrawn: 'petition.event.withdrawn',
} as const satisfies Readonly<Record<PetitionEventType, StatusMessageKey>>

/** The message of every kind of petition. */
export const kindKeys = {
  complaint: 'petition.kind.complaint',
  denunciation: 'petition.kind.denunciation',
  recommendation: 'petition.kind.recommendation',
  reflection: 'petition.kind.reflection',
} as const satisfies Readonly<Record<PetitionKind, MessageKey>>

/** The message of every deadline status. */
export const dueStatusKeys = {
  'not-started': 'petition.due.status.not-started',
  pending: 'petition.due.status.pending',
  'due-soon': 'petition.due.status.due-soon',
  met: 'petition.due.status.met',
  missed: 'petition.due.status.missed',
} as const satisfies Readonly<Record<DeadlineStatus, StatusMessageKey>>

/** The steps of the Vietnamese deadline rules; another step is shown as the server names it. */
export const dueStepKeys = {
  file: 'petition.due.step.file',
  accept: 'petition.due.step.accept',
  classify: 'petition.due.step.classify',
  forward: 'petition.due.step.forward',
  'notify-acceptance': 'petition.due.step.notify-acceptance',
  process: 'petition.due.step.process',
  resolve: 'petition.due.step.resolve',
  'send-conclusion': 'petition.due.step.send-conclusion',
  'send-decision': 'petition.due.step.send-decision',
  answer: 'petition.due.step.answer',
} as const satisfies Readonly<Record<string, MessageKey>>

/** The outcomes are stages too (`accepted`, `forwarded`, …, `withdrawn`). */
const outcomes: readonly PetitionOutcome[] = [
  'accepted',
  'forwarded',
  'guided',
  'chased-up',
  'answered',
  'filed',
  'returned',
  'withdrawn',
]

const calendarDate = /^\d{4}-\d{2}-\d{2}$/

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isKeyOf<T extends string>(
  table: Readonly<Record<T, unknown>>,
  value: unknown,
): value is T {
  return typeof value === 'string' && Object.hasOwn(table, value)
}

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= max ? value : undefined
}

function instant(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !value.includes('T')) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

function step(value: unknown): PetitionStatusStep | undefined {
  if (!isRecord(value) || !isKeyOf(eventKeys, value.type)) return undefined
  const at = instant(value.at)
  if (!at) return undefined
  const agencyId = text(value.agencyId, 200)
  return { type: value.type, at, ...(agencyId === undefined ? {} : { agencyId }) }
}

function dueDate(value: unknown): PetitionStatusDueDate | undefined {
  if (!isRecord(value)) return undefined
  const stepName = text(value.step, 100)
  const dueOn = text(value.dueOn, 10)
  if (stepName === undefined || dueOn === undefined || !calendarDate.test(dueOn)) return undefined
  const legalBasis = text(value.legalBasis, 300)
  const legalBasisVi = text(value.legalBasisVi, 300)
  return {
    step: stepName,
    dueOn,
    ...(isKeyOf(dueStatusKeys, value.status) ? { status: value.status } : {}),
    ...(legalBasis === undefined ? {} : { legalBasis }),
    ...(legalBasisVi === undefined ? {} : { legalBasisVi }),
  }
}

/**
 * Reads the JSON answer of `GET /api/petitions/{trackingCode}` (core's `PublicPetitionStatus` in
 * wire form) and keeps only its known public fields: anything else in the response (a name, a
 * note) is dropped and never shown. Steps and due dates that do not make sense are left out.
 *
 * @category Petition
 * @param data - The parsed JSON.
 * @returns The status, or why the document is not one.
 * @example
 * ```ts
 * import { parsePetitionStatus } from '@lienthong/widgets'
 *
 * const result = parsePetitionStatus({
 *   trackingCode: 'K7M4-X9QP-R2Y', kinds: ['recommendation'], stage: 'received', open: true,
 *   receivedAt: '2026-03-02T10:15:00+07:00', updatedAt: '2026-03-02T10:15:00+07:00',
 *   handledById: 'vp-hdnd', steps: [], dueDates: [],
 * })
 * result.ok // true
 * ```
 */
export function parsePetitionStatus(
  data: unknown,
):
  | { readonly ok: true; readonly value: PetitionStatusData }
  | { readonly ok: false; readonly error: TypeError } {
  if (!isRecord(data)) return { ok: false, error: new TypeError('expected a JSON object') }
  const trackingCode = text(data.trackingCode, 50)
  const receivedAt = instant(data.receivedAt)
  const handledById = text(data.handledById, 200)
  if (!trackingCode || !isKeyOf(stageKeys, data.stage) || !receivedAt || !handledById) {
    return {
      ok: false,
      error: new TypeError('expected trackingCode, stage, receivedAt and handledById'),
    }
  }
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
  const outcome = (outcomes as readonly unknown[]).includes(data.outcome)
    ? (data.outcome as PetitionOutcome)
    : undefined
  return {
    ok: true,
    value: {
      trackingCode,
      kinds: list(data.kinds).filter((kind) => isKeyOf(kindKeys, kind)),
      stage: data.stage,
      open:
        typeof data.open === 'boolean'
          ? data.open
          : data.stage !== 'closed' && data.stage !== 'withdrawn',
      receivedAt,
      updatedAt: instant(data.updatedAt) ?? receivedAt,
      handledById,
      ...(outcome === undefined ? {} : { outcome }),
      steps: list(data.steps)
        .map(step)
        .filter((found) => found !== undefined),
      dueDates: list(data.dueDates)
        .map(dueDate)
        .filter((found) => found !== undefined),
    },
  }
}

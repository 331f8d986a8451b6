/**
 * The time limits the form shows, from core's statutory rules (`petitionDeadlines` over Vietnam's
 * working calendar): the filing limit of a complaint while it is written, and the limits that
 * start with the receipt. Loaded on demand by `<lt-petition-form>` (the working calendar is
 * large). Internal.
 */
import {
  petitionDeadlines,
  VIETNAM_DEADLINE_RULES,
  type PetitionDeadline,
} from '@lienthong/core/deadlines'
import type { Petition, PetitionKind } from '@lienthong/core/petition'

/** The filing limit of a complaint: how long, and — once the date learned is known — until when. */
export interface FilingLimit {
  /** The limit in calendar days (90 for a first complaint, 30 for a second). */
  readonly days: number
  /** The last day to file, `YYYY-MM-DD`, when `learnedOn` is given. */
  readonly dueOn?: string
  /** True when filing today is after the last day. */
  readonly passed?: boolean
  readonly legalBasis: string
}

function rule(instance: 1 | 2) {
  return VIETNAM_DEADLINE_RULES.find(
    (found) =>
      found.step === 'file' && found.kinds.includes('complaint') && found.instance === instance,
  )
}

/** The petition core's deadline functions read, for a draft received `now`. */
function petitionOf(
  kinds: readonly PetitionKind[],
  now: Date,
  extra: Partial<Petition> = {},
): Petition {
  return {
    id: 'draft',
    trackingCode: 'draft',
    kinds: [...kinds],
    channel: 'online-portal',
    receivedAt: now,
    receivedById: 'office',
    anonymous: false,
    coSigners: 0,
    representatives: [],
    subject: '-',
    content: '-',
    complexity: 'normal',
    remoteArea: false,
    attachments: [],
    relatedIds: [],
    history: [],
    ...extra,
  }
}

/**
 * The filing limit of a first (`instance` 1) or second complaint, counted by core from the day
 * the person learned of the decision, as if it were filed `now`.
 */
export function complaintFilingLimit(instance: 1 | 2, learnedOn: string, now: Date): FilingLimit {
  const found = rule(instance)
  const days = found?.amount ?? (instance === 1 ? 90 : 30)
  const legalBasis = found?.legalBasis ?? ''
  if (!/^\d{4}-\d{2}-\d{2}$/.test(learnedOn)) return { days, legalBasis }
  try {
    const petition = petitionOf(['complaint'], now, {
      complaintInstance: instance,
      complainedDecision: { description: '-', learnedOn },
    })
    const filing = petitionDeadlines(petition, { asOf: now }).find(
      (deadline) => deadline.step === 'file' && deadline.dueOn !== undefined,
    )
    if (!filing?.dueOn) return { days, legalBasis }
    return { days, dueOn: filing.dueOn, passed: filing.status === 'missed', legalBasis }
  } catch {
    return { days, legalBasis } // a date outside the working calendar: no date to show
  }
}

/**
 * The limits that start when the office receives a petition of these kinds `receivedAt`: what
 * the receipt shows when the server sent none.
 */
export function receiptDeadlines(
  kinds: readonly PetitionKind[],
  receivedAt: Date,
): Pick<PetitionDeadline, 'step' | 'dueOn' | 'legalBasis' | 'legalBasisVi'>[] {
  if (kinds.length === 0) return []
  try {
    return petitionDeadlines(petitionOf(kinds, receivedAt), { asOf: receivedAt })
      .filter((deadline) => deadline.dueOn !== undefined && deadline.duty !== 'petitioner')
      .map(({ step, dueOn, legalBasis, legalBasisVi }) => ({
        step,
        dueOn,
        legalBasis,
        legalBasisVi,
      }))
  } catch {
    return []
  }
}

import { createParsers } from '../_lib/createParsers.js'
import { formatIssueMessage } from '../errors/formatIssueMessage.js'
import type {
  IssueCode,
  LienthongIssue,
  MessageLocale,
  ParseOptions,
  SafeParseResult,
} from '../errors/issue.js'
import { LienthongError } from '../errors/LienthongError.js'
import {
  petitionEventSchema,
  petitionOutcomes,
  type Petition,
  type PetitionEvent,
  type PetitionEventInput,
  type PetitionOutcome,
} from './petition.schema.js'
import { petitionRules, representativeBand, type PetitionRules } from './petitionRules.js'
import { petitionEventBranch, petitionStage } from './petitionStage.js'
import {
  allowedPetitionEvents,
  findTransition,
  type PetitionTransition,
} from './petitionTransitions.js'

/**
 * Options of {@link applyPetitionEvent} and {@link checkPetitionHistory}.
 *
 * @category Petition
 * @example
 * ```ts
 * import { petitionRules, type ApplyPetitionEventOptions } from '@lienthong/core/petition'
 *
 * const options: ApplyPetitionEventOptions = { locale: 'vi', rules: petitionRules }
 * ```
 */
export interface ApplyPetitionEventOptions extends ParseOptions {
  /** The legal rules to enforce; default {@link petitionRules}. */
  readonly rules?: PetitionRules
}

const eventParsers = createParsers('PetitionEvent', petitionEventSchema)

const outcomes: readonly PetitionOutcome[] = petitionOutcomes

/** Fields that only one kind of event may carry. */
const fieldOwners: readonly [keyof PetitionEvent, readonly PetitionEvent['type'][]][] = [
  ['eligible', ['classified']],
  ['ineligibleReasons', ['classified']],
  ['duplicateOfId', ['classified']],
  ['competent', ['competence-decided']],
  ['forwardedToId', ['forwarded']],
  ['verdict', ['resolved']],
  ['instance', ['resolved']],
  ['newDeadline', ['deadline-extended']],
]

function makeIssue(
  code: IssueCode,
  path: (string | number)[],
  params: Record<string, unknown>,
  locale: MessageLocale,
): LienthongIssue {
  return { code, path, params, message: formatIssueMessage({ code, params }, locale) }
}

function invalid(
  path: (string | number)[],
  detail: string,
  detailVi: string,
  locale: MessageLocale,
): LienthongIssue {
  return makeIssue('invalid', path, { detail, detailVi }, locale)
}

function hasDenouncerIdentity(petition: Petition): boolean {
  const who = petition.petitioner
  return (
    !petition.anonymous &&
    who?.name !== undefined &&
    who.name !== '' &&
    who.address !== undefined &&
    who.address !== ''
  )
}

/**
 * Everything that stops `event` from being appended to `petition`'s history, in the order a
 * reader would fix them; empty when the event may be applied.
 */
export function transitionIssues(
  petition: Petition,
  event: PetitionEvent,
  rules: PetitionRules,
  locale: MessageLocale,
): LienthongIssue[] {
  return checkTransition(petition, event, rules, locale).issues
}

/** The transition `event` takes from the petition's stage, and what stops it. */
function checkTransition(
  petition: Petition,
  event: PetitionEvent,
  rules: PetitionRules,
  locale: MessageLocale,
): { issues: LienthongIssue[]; transition?: PetitionTransition } {
  const issues: LienthongIssue[] = []
  const done = (transition?: PetitionTransition) =>
    transition === undefined ? { issues } : { issues, transition }
  const history = petition.history
  const previous = history[history.length - 1]
  const floor = previous?.at ?? petition.receivedAt
  if (event.at.getTime() < floor.getTime()) {
    issues.push(
      makeIssue(
        'event_out_of_order',
        ['at'],
        {
          at: event.at.toISOString(),
          previous: floor.toISOString(),
          previousEvent: previous?.type ?? 'receivedAt',
        },
        locale,
      ),
    )
  }

  // Fields that belong to another kind of event.
  for (const [field, owners] of fieldOwners) {
    if (event[field] !== undefined && !owners.includes(event.type)) {
      issues.push(
        invalid(
          [field],
          `only a ${owners.join(' or ')} event has ${field}`,
          `chỉ sự kiện ${owners.join(' hoặc ')} mới có ${field}`,
          locale,
        ),
      )
    }
  }

  // The transition itself.
  const stage = petitionStage(petition)
  const branch = petitionEventBranch(event)
  if (event.type === 'classified' && branch === undefined) {
    issues.push(makeIssue('required', ['eligible'], {}, locale))
    return done()
  }
  if (event.type === 'competence-decided' && branch === undefined) {
    issues.push(makeIssue('required', ['competent'], {}, locale))
    return done()
  }
  const firstOnly = event.type === 'received' && history.length > 0
  const transition = firstOnly ? undefined : findTransition(stage, event.type, branch)
  if (transition === undefined) {
    const allowed = allowedPetitionEvents(stage).filter(
      (type) => type !== 'received' || history.length === 0,
    )
    issues.push(
      makeIssue('invalid_transition', ['type'], { stage, event: event.type, allowed }, locale),
    )
    return done()
  }

  // Details each kind of event needs.
  switch (event.type) {
    case 'classified':
      if (branch === 'ineligible' && (event.ineligibleReasons ?? []).length === 0) {
        issues.push(makeIssue('required', ['ineligibleReasons'], {}, locale))
      }
      if (branch === 'duplicate' && event.eligible === true) {
        issues.push(
          invalid(
            ['eligible'],
            'a duplicate is not classified as eligible; leave eligible out or set it to false',
            'đơn trùng lặp không được phân loại là đủ điều kiện xử lý',
            locale,
          ),
        )
      }
      if (event.duplicateOfId !== undefined && event.duplicateOfId === petition.id) {
        issues.push(
          invalid(
            ['duplicateOfId'],
            'a petition is not a duplicate of itself',
            'đơn không thể trùng với chính nó',
            locale,
          ),
        )
      }
      break
    case 'forwarded':
      if (event.forwardedToId === undefined) {
        issues.push(makeIssue('required', ['forwardedToId'], {}, locale))
      } else if (event.forwardedToId === petition.receivedById) {
        issues.push(
          invalid(
            ['forwardedToId'],
            'names the agency that received the petition; forward it to another agency',
            'là chính cơ quan đã nhận đơn; cần chuyển đến cơ quan khác',
            locale,
          ),
        )
      }
      if (petition.kinds.includes('denunciation')) {
        const forwardedBefore = history.some((e) => e.type === 'forwarded')
        if (forwardedBefore || petition.channel === 'agency-transfer') {
          issues.push(
            makeIssue(
              'already_forwarded',
              [],
              {
                how: forwardedBefore ? 'forwarded' : 'agency-transfer',
                legalBasis: rules.denunciationForwardedOnce.legalBasis,
              },
              locale,
            ),
          )
        }
      }
      break
    case 'accepted': {
      if (petition.kinds.includes('denunciation') && !hasDenouncerIdentity(petition)) {
        issues.push(
          makeIssue(
            'anonymous_denunciation',
            [],
            { legalBasis: rules.anonymousDenunciation.legalBasis },
            locale,
          ),
        )
      }
      const people = 1 + petition.coSigners
      const band = representativeBand(people, rules)
      const count = petition.representatives.length
      if (band && (count < band.minRepresentatives || count > band.maxRepresentatives)) {
        issues.push(
          makeIssue(
            'crowd_representatives',
            [],
            {
              people,
              count,
              minimum: band.minRepresentatives,
              maximum: band.maxRepresentatives,
              legalBasis: rules.crowd.legalBasis,
            },
            locale,
          ),
        )
      }
      break
    }
    case 'resolved': {
      const complaint = petition.kinds.includes('complaint')
      const denunciation = petition.kinds.includes('denunciation')
      if ((complaint || denunciation) && event.verdict === undefined) {
        issues.push(
          makeIssue(
            'required',
            ['verdict'],
            {
              legalBasis: complaint
                ? rules.complaintVerdict.legalBasis
                : rules.denunciationVerdict.legalBasis,
            },
            locale,
          ),
        )
      }
      if (!complaint && !denunciation && event.verdict !== undefined) {
        issues.push(
          invalid(
            ['verdict'],
            'only a complaint or a denunciation has a verdict',
            'chỉ khiếu nại hoặc tố cáo mới có kết luận đúng, sai',
            locale,
          ),
        )
      }
      const expected = petition.complaintInstance ?? 1
      if (event.instance !== undefined && (!complaint || event.instance !== expected)) {
        issues.push(
          invalid(
            ['instance'],
            complaint
              ? `this complaint is at instance ${expected}; a complaint to the next instance is a new petition`
              : 'only a complaint has an instance',
            complaint
              ? `khiếu nại này là lần ${expected}; khiếu nại lần tiếp theo là một đơn mới`
              : 'chỉ khiếu nại mới có lần giải quyết',
            locale,
          ),
        )
      }
      break
    }
    default:
      break
  }
  return done(transition)
}

function appendEvent(
  petition: Petition,
  event: PetitionEvent,
  transition: PetitionTransition,
): Petition {
  const next: Petition = { ...petition, history: [...petition.history, event] }
  // An outcome is reached by moving to its stage (not by a follow-up such as chasing up a
  // petition already forwarded).
  const reached = outcomes.find((outcome) => outcome === transition.to)
  if (reached !== undefined && transition.to !== transition.from) next.outcome = reached
  return next
}

/** An event as a parsed PetitionEvent (instant as a `Date`) or on the wire (an ISO string). */
function toWire(event: unknown): unknown {
  if (typeof event !== 'object' || event === null || !('at' in event)) return event
  const at: unknown = event.at
  if (!(at instanceof Date)) return event
  return { ...event, at: Number.isNaN(at.getTime()) ? 'Invalid Date' : at.toISOString() }
}

/**
 * Like {@link applyPetitionEvent} but never throws: returns `{ ok: true, value }` with the new
 * petition or `{ ok: false, error }`.
 *
 * @category Petition
 * @param petition - A parsed petition.
 * @param event - The event, parsed (`at` a `Date`) or on the wire (`at` an ISO 8601 string).
 * @param options - `locale` of the messages and the `rules` to enforce.
 * @returns The new petition, or the {@link errors!LienthongError | LienthongError} saying why the event is refused.
 * @example
 * ```ts
 * import { parsePetition, safeApplyPetitionEvent } from '@lienthong/core/petition'
 *
 * const petition = parsePetition({
 *   id: 'd1', trackingCode: 'K7M4-X9QP-R2Y', kinds: ['complaint'], channel: 'post',
 *   receivedAt: '2026-03-02T10:15:00+07:00', receivedById: 'vp-hdnd',
 *   petitioner: { name: 'Lê Văn Cường', address: 'Phường Hoàn Kiếm, Hà Nội' },
 *   subject: 'Khiếu nại quyết định thu hồi đất', content: 'Tôi không đồng ý với mức bồi thường.',
 * })
 * const result = safeApplyPetitionEvent(petition, { type: 'accepted', at: '2026-03-03T09:00:00+07:00' })
 * if (!result.ok) result.error.format()
 * // 'type: "accepted" is not allowed at stage "received"; allowed: "received", "classified", …'
 * ```
 */
export function safeApplyPetitionEvent(
  petition: Petition,
  event: PetitionEventInput | PetitionEvent,
  options: ApplyPetitionEventOptions = {},
): SafeParseResult<Petition> {
  const locale = options.locale ?? 'en'
  const parsed = eventParsers.safeParse(toWire(event), { locale })
  if (!parsed.ok) return parsed
  const { issues, transition } = checkTransition(
    petition,
    parsed.value,
    options.rules ?? petitionRules,
    locale,
  )
  if (issues.length > 0 || transition === undefined) {
    return {
      ok: false,
      error: new LienthongError({
        code: 'invalid_transition',
        subject: 'PetitionEvent',
        issues,
        locale,
      }),
    }
  }
  return { ok: true, value: appendEvent(petition, parsed.value, transition) }
}

/**
 * Records one processing step: returns a new petition whose history is the old one plus `event`
 * (who `byId`, when `at`, what `type`, `note`, `documents` issued), with `outcome` set when the
 * event is an outcome. The petition given is not changed, and the history is never rewritten.
 *
 * The event must be allowed from the petition's current stage ({@link petitionTransitions}), at
 * or after the previous event (and the receipt), and obey the law:
 *
 * - a denunciation is forwarded only once: not when it came forwarded (`channel:
 *   'agency-transfer'`) nor forwarded before (`already_forwarded`);
 * - an anonymous denunciation, or one without the denouncer's name and address, is not accepted
 *   as a denunciation (`anonymous_denunciation`, Law 25/2018/QH14 Art 25(1));
 * - a crowd petition (1 + `coSigners` ≥ 5) is accepted only with 1–2 representatives for up to
 *   10 people, 1–5 above (`crowd_representatives`);
 * - a `classified` event says `eligible` (with `ineligibleReasons` when not) or `duplicateOfId`;
 *   `competence-decided` says `competent`; `forwarded` names `forwardedToId`; `resolved` of a
 *   complaint or denunciation has a `verdict`, and a complaint's `instance` is the petition's.
 *
 * Performance: O(number of events) (the stage is derived from the history).
 *
 * @category Petition
 * @param petition - A parsed petition.
 * @param event - The event, parsed (`at` a `Date`) or on the wire (`at` an ISO 8601 string).
 * @param options - `locale` of the messages and the `rules` to enforce.
 * @returns The new petition.
 * @throws {@link errors!LienthongError | LienthongError} with code `invalid_input` when the event is
 *   malformed, or `invalid_transition` when it is refused; its issues name the current stage and
 *   the events allowed from it (`invalid_transition`), or the rule broken with its legal basis.
 * @example
 * ```ts
 * import { applyPetitionEvent, parsePetition, petitionStage } from '@lienthong/core/petition'
 *
 * let petition = parsePetition({
 *   id: 'd1', trackingCode: 'K7M4-X9QP-R2Y', kinds: ['complaint'], channel: 'post',
 *   receivedAt: '2026-03-02T10:15:00+07:00', receivedById: 'vp-hdnd',
 *   petitioner: { name: 'Lê Văn Cường', address: 'Phường Hoàn Kiếm, Hà Nội' },
 *   subject: 'Khiếu nại quyết định thu hồi đất', content: 'Tôi không đồng ý với mức bồi thường.',
 * })
 * petition = applyPetitionEvent(petition, { type: 'classified', at: '2026-03-03T09:00:00+07:00', byId: 'vp-hdnd', eligible: true })
 * petition = applyPetitionEvent(petition, { type: 'competence-decided', at: '2026-03-03T10:00:00+07:00', competent: false })
 * petition = applyPetitionEvent(petition, { type: 'guided', at: '2026-03-04T08:00:00+07:00', note: 'Hướng dẫn gửi UBND phường' })
 * petitionStage(petition) // 'guided'
 * petition.outcome // 'guided'
 * ```
 */
export function applyPetitionEvent(
  petition: Petition,
  event: PetitionEventInput | PetitionEvent,
  options: ApplyPetitionEventOptions = {},
): Petition {
  const result = safeApplyPetitionEvent(petition, event, options)
  if (!result.ok) throw result.error
  return result.value
}

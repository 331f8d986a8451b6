import type {
  ComplaintVerdict,
  Petition,
  PetitionChannel,
  PetitionComplexity,
  PetitionEvent,
  PetitionEventType,
  PetitionField,
  PetitionKind,
  PetitionOutcome,
} from './petition.schema.js'
import { petitionStage } from './petitionStage.js'
import type { PetitionStage } from './petitionTransitions.js'
import { identityStrings, scrubText } from './scrubIdentity.js'

/**
 * Who a petition is shown to:
 *
 * - `receiving-office`: the office that received it, which holds everything;
 * - `competent-agency`: the agency it is forwarded to, which needs the matter but never a
 *   denouncer's identity (nor an anonymous petitioner's);
 * - `public`: statistics, exports, open-data portals: no personal data of anyone.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { RedactionAudience } from '@lienthong/core/petition'
 *
 * const audience: RedactionAudience = 'competent-agency'
 * ```
 */
export type RedactionAudience = 'public' | 'receiving-office' | 'competent-agency'

/**
 * A history event as the public may see it: what happened, when, and the agencies involved; no
 * note, no document, no person.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { PublicPetitionEvent } from '@lienthong/core/petition'
 *
 * const event: PublicPetitionEvent = { type: 'forwarded', at: new Date('2026-03-05T09:00:00+07:00'), forwardedToId: 'ubnd-hk' }
 * ```
 */
export interface PublicPetitionEvent {
  readonly type: PetitionEventType
  readonly at: Date
  readonly eligible?: boolean
  readonly duplicateOfId?: string
  readonly competent?: boolean
  readonly forwardedToId?: string
  readonly verdict?: ComplaintVerdict
  readonly instance?: 1 | 2
  readonly newDeadline?: string
}

/**
 * A petition as the public may see it (statistics, exports): kinds, dates, places by code,
 * counts and the agencies involved; no names, addresses, numbers, free text, attachments or
 * tracking code of anyone.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { PublicPetition } from '@lienthong/core/petition'
 *
 * const isCrowd = (petition: PublicPetition) => petition.people >= 5
 * ```
 */
export interface PublicPetition {
  readonly id: string
  readonly kinds: readonly PetitionKind[]
  readonly channel: PetitionChannel
  readonly receivedAt: Date
  readonly receivedById: string
  readonly anonymous: boolean
  /** Head count: the petitioner and the co-signers. */
  readonly people: number
  /** How many representatives it names. */
  readonly representatives: number
  readonly field?: PetitionField
  /** The place by administrative-unit codes only. */
  readonly place?: { readonly provinceCode?: string; readonly wardCode?: string }
  readonly complaintInstance?: 1 | 2
  readonly complexity: PetitionComplexity
  readonly remoteArea: boolean
  /** How many files are attached. */
  readonly attachments: number
  readonly relatedIds: readonly string[]
  readonly stage: PetitionStage
  readonly outcome?: PetitionOutcome
  readonly history: readonly PublicPetitionEvent[]
}

/**
 * A petition as the competent agency may see it: everything needed to resolve it, but for a
 * denunciation (or an anonymous petition) without the petitioner (absent), the representatives
 * (empty), the attachments (which may show handwriting; empty unless kept) and any of their
 * identity strings in the text.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { CompetentAgencyPetition } from '@lienthong/core/petition'
 *
 * const note = (petition: CompetentAgencyPetition) =>
 *   petition.identityWithheld ? 'Người tố cáo được giữ bí mật' : petition.petitioner?.name
 * ```
 */
export interface CompetentAgencyPetition extends Petition {
  /** True when the petitioner's identity was removed (a denunciation, or anonymous). */
  readonly identityWithheld: boolean
  /** How many attachments were held back at the receiving office. */
  readonly withheldAttachments: number
}

/**
 * Any of the shapes {@link redactPetition} returns.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { RedactedPetition } from '@lienthong/core/petition'
 *
 * const id = (petition: RedactedPetition) => petition.id
 * ```
 */
export type RedactedPetition = PublicPetition | CompetentAgencyPetition | Petition

/**
 * Options of {@link redactPetition}.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { RedactPetitionOptions } from '@lienthong/core/petition'
 *
 * // The receiving office has checked that these files show no handwriting or identity:
 * const options: RedactPetitionOptions = { keepAttachment: (file) => file.name.startsWith('bang-chung-') }
 * ```
 */
export interface RedactPetitionOptions {
  /**
   * For `competent-agency` when the identity is withheld: attachments to pass on anyway (checked
   * by a person to show no handwriting or identity). Default: none.
   */
  readonly keepAttachment?: (attachment: Petition['attachments'][number]) => boolean
}

function publicEvent(event: PetitionEvent): PublicPetitionEvent {
  return {
    type: event.type,
    at: event.at,
    ...(event.eligible === undefined ? {} : { eligible: event.eligible }),
    ...(event.duplicateOfId === undefined ? {} : { duplicateOfId: event.duplicateOfId }),
    ...(event.competent === undefined ? {} : { competent: event.competent }),
    ...(event.forwardedToId === undefined ? {} : { forwardedToId: event.forwardedToId }),
    ...(event.verdict === undefined ? {} : { verdict: event.verdict }),
    ...(event.instance === undefined ? {} : { instance: event.instance }),
    ...(event.newDeadline === undefined ? {} : { newDeadline: event.newDeadline }),
  }
}

function toPublic(petition: Petition): PublicPetition {
  const place = petition.place
  const publicPlace =
    place === undefined
      ? undefined
      : {
          ...(place.provinceCode === undefined ? {} : { provinceCode: place.provinceCode }),
          ...(place.wardCode === undefined ? {} : { wardCode: place.wardCode }),
        }
  return {
    id: petition.id,
    kinds: [...petition.kinds],
    channel: petition.channel,
    receivedAt: petition.receivedAt,
    receivedById: petition.receivedById,
    anonymous: petition.anonymous,
    people: 1 + petition.coSigners,
    representatives: petition.representatives.length,
    ...(petition.field === undefined ? {} : { field: petition.field }),
    ...(publicPlace === undefined ? {} : { place: publicPlace }),
    ...(petition.complaintInstance === undefined
      ? {}
      : { complaintInstance: petition.complaintInstance }),
    complexity: petition.complexity,
    remoteArea: petition.remoteArea,
    attachments: petition.attachments.length,
    relatedIds: [...petition.relatedIds],
    stage: petitionStage(petition),
    ...(petition.outcome === undefined ? {} : { outcome: petition.outcome }),
    history: petition.history.map(publicEvent),
  }
}

/** Whether the petitioner's identity must not leave the receiving office. */
function identityIsSecret(petition: Petition): boolean {
  return petition.anonymous || petition.kinds.includes('denunciation')
}

function toCompetentAgency(
  petition: Petition,
  options: RedactPetitionOptions,
): CompetentAgencyPetition {
  if (!identityIsSecret(petition)) {
    return { ...petition, identityWithheld: false, withheldAttachments: 0 }
  }
  const who = petition.petitioner
  const secrets = identityStrings([
    who?.name,
    who?.address,
    who?.idNumber,
    who?.phone,
    who?.email,
    ...petition.representatives.flatMap((r) => [r.name, r.idNumber, r.phone]),
  ])
  const scrub = (text: string) => scrubText(text, secrets)
  const keep = options.keepAttachment ?? (() => false)
  const attachments = petition.attachments.filter((attachment) => keep(attachment))
  const rest: Petition = { ...petition }
  delete rest.petitioner
  return {
    ...rest,
    subject: scrub(petition.subject),
    content: scrub(petition.content),
    representatives: [],
    attachments,
    history: petition.history.map((event) => ({
      ...event,
      ...(event.note === undefined ? {} : { note: scrub(event.note) }),
      documents: event.documents.map((document) => ({
        ...document,
        title: scrub(document.title),
      })),
      ...(event.ineligibleReasons === undefined
        ? {}
        : { ineligibleReasons: event.ineligibleReasons.map(scrub) }),
    })),
    // The place of the matter is often the denouncer's own address.
    ...(petition.place?.address === undefined
      ? {}
      : { place: { ...petition.place, address: scrub(petition.place.address) } }),
    ...(petition.complainedDecision === undefined
      ? {}
      : {
          complainedDecision: {
            ...petition.complainedDecision,
            description: scrub(petition.complainedDecision.description),
          },
        }),
    identityWithheld: true,
    withheldAttachments: petition.attachments.length - attachments.length,
  }
}

/**
 * Shows a petition to an audience, keeping a denouncer's identity secret (Law 25/2018/QH14
 * Art 9(1)(b), Art 56) and anonymous petitioners anonymous:
 *
 * | audience | gets |
 * | --- | --- |
 * | `receiving-office` | the whole petition (a shallow copy) |
 * | `competent-agency` | the matter; for a denunciation or an anonymous petition no petitioner, no representatives, no attachments (unless `keepAttachment`), and their names, addresses, ID numbers, phones and emails cut from the subject, content, place address, notes and document titles |
 * | `public` | {@link PublicPetition}: codes, counts, dates, stage and agency ids; no text at all |
 *
 * Free text is scrubbed of the identity strings the petition holds, whatever their case,
 * diacritics or spacing (`NGUYEN VAN AN`, `0912 345 678`); a name the petition does not record
 * (a nickname, a relative) cannot be recognised, which is why the public view has no text.
 * An unknown audience gets the public view. Statistics and exports should use the public view.
 *
 * Performance: O(size of the petition) (the text is scanned once per audience).
 *
 * @category Petition
 * @param petition - A parsed petition; not changed.
 * @param audience - `'public'`, `'receiving-office'` or `'competent-agency'`.
 * @param options - `keepAttachment` for the competent agency.
 * @returns The petition as that audience may see it, typed by audience.
 * @example
 * ```ts
 * import { parsePetition, redactPetition } from '@lienthong/core/petition'
 *
 * const petition = parsePetition({
 *   id: 'd5', trackingCode: 'K7M4-X9QP-R2Y', kinds: ['denunciation'], channel: 'post',
 *   receivedAt: '2026-03-02T10:15:00+07:00', receivedById: 'vp-tu',
 *   petitioner: { name: 'Trần Thị Bình', address: 'Số 8 ngõ 15 phố Huế, Hà Nội', phone: '0912345678' },
 *   subject: 'Tố cáo cán bộ địa chính',
 *   content: 'Tôi là Trần Thị Bình (ĐT 0912 345 678), tố cáo cán bộ địa chính phường nhận tiền.',
 *   denounced: { position: 'Cán bộ địa chính', agency: 'UBND phường X' },
 * })
 * const forAgency = redactPetition(petition, 'competent-agency')
 * forAgency.petitioner // undefined
 * forAgency.content // 'Tôi là […] (ĐT […]), tố cáo cán bộ địa chính phường nhận tiền.'
 * redactPetition(petition, 'public').people // 1
 * ```
 */
export function redactPetition(
  petition: Petition,
  audience: 'public',
  options?: RedactPetitionOptions,
): PublicPetition
export function redactPetition(
  petition: Petition,
  audience: 'competent-agency',
  options?: RedactPetitionOptions,
): CompetentAgencyPetition
export function redactPetition(
  petition: Petition,
  audience: 'receiving-office',
  options?: RedactPetitionOptions,
): Petition
export function redactPetition(
  petition: Petition,
  audience: RedactionAudience,
  options?: RedactPetitionOptions,
): RedactedPetition
export function redactPetition(
  petition: Petition,
  audience: RedactionAudience,
  options: RedactPetitionOptions = {},
): RedactedPetition {
  switch (audience) {
    case 'receiving-office':
      return { ...petition }
    case 'competent-agency':
      return toCompetentAgency(petition, options)
    default:
      return toPublic(petition)
  }
}

import type { MessageLocale } from '../errors/issue.js'
import type { Petition } from './petition.schema.js'
import { looksVietnamese } from './looksVietnamese.js'
import { petitionRules, type PetitionRules } from './petitionRules.js'
import { decisionKey, jaccard, petitionerKeys, textShingles } from './petitionMatching.js'

/**
 * Why a petition cannot be handled (đơn không đủ điều kiện xử lý):
 *
 * - `missing-date`, `missing-name`, `missing-address`, `missing-signature`: the letter lacks its
 *   date, the petitioner's name or address, or a signature or fingerprint;
 * - `not-in-vietnamese`: not written in Vietnamese and no translation (heuristic, see
 *   {@link checkEligibility});
 * - `missing-content`: what the law requires of its kind is missing (a complaint's decision or
 *   act, a denunciation's person or agency denounced);
 * - `anonymous-denunciation`: a denunciation without the denouncer's name and address;
 * - `sent-to-competent-body`: sent to several bodies, the competent one among them, and the
 *   receiving one is not competent;
 * - `already-guided`: the petitioner was already guided on the same content.
 *
 * The codes fit a `classified` event's `ineligibleReasons`.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { IneligibilityCode } from '@lienthong/core/petition'
 *
 * const code: IneligibilityCode = 'missing-signature'
 * ```
 */
export type IneligibilityCode =
  | 'missing-date'
  | 'missing-name'
  | 'missing-address'
  | 'missing-signature'
  | 'not-in-vietnamese'
  | 'missing-content'
  | 'anonymous-denunciation'
  | 'sent-to-competent-body'
  | 'already-guided'

/**
 * One reason a petition cannot be handled, with its legal basis.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { IneligibilityReason } from '@lienthong/core/petition'
 *
 * const reason: IneligibilityReason = {
 *   code: 'missing-address', legalBasis: 'Circular 07/2014/TT-TTCP Art 6',
 *   message: 'the petitioner’s address is missing', path: ['petitioner', 'address'],
 * }
 * ```
 */
export interface IneligibilityReason {
  readonly code: IneligibilityCode
  readonly legalBasis: string
  /** A sentence in the locale asked for; never echoes personal data. */
  readonly message: string
  /** The field at fault, where there is one. */
  readonly path?: readonly (string | number)[]
  /** For `already-guided`: the earlier petition; for `sent-to-competent-body`: the competent body. */
  readonly relatedId?: string
}

/**
 * What {@link checkEligibility} returns.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { EligibilityResult } from '@lienthong/core/petition'
 *
 * const codes = (result: EligibilityResult) => result.reasons.map((reason) => reason.code)
 * ```
 */
export interface EligibilityResult {
  /** True when there is no reason. */
  readonly eligible: boolean
  readonly reasons: readonly IneligibilityReason[]
}

/**
 * Facts about a petition that its model does not hold, which {@link checkEligibility} needs.
 * A fact left out is not checked.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { CheckEligibilityOptions } from '@lienthong/core/petition'
 *
 * const options: CheckEligibilityOptions = {
 *   dated: true, signed: false, alsoSentTo: ['ubnd-tp'], competentIds: ['ubnd-tp'], locale: 'vi',
 * }
 * ```
 */
export interface CheckEligibilityOptions {
  /** Whether the letter carries the date it was written; left out: not checked. */
  readonly dated?: boolean
  /** Whether the letter is signed or finger-printed; left out: not checked. */
  readonly signed?: boolean
  /**
   * `'vi'` or `'other'`, the language of the letter as read by a person; left out: guessed by a
   * heuristic (see {@link checkEligibility}).
   */
  readonly language?: 'vi' | 'other'
  /** A letter in another language comes with a notarised Vietnamese translation. */
  readonly translated?: boolean
  /** Other bodies the same letter was addressed to (ids). */
  readonly alsoSentTo?: readonly string[]
  /** The bodies competent to resolve it (ids). */
  readonly competentIds?: readonly string[]
  /**
   * Earlier petitions to look for guidance already given on the same content: those of the same
   * petitioner (ID number, name and address, phone or email) with similar text or the same
   * decision, received before this one, with a `guided` event.
   */
  readonly earlierPetitions?: readonly Petition[]
  /** Text similarity (0–1) from which an earlier petition has the same content; default 0.5. */
  readonly threshold?: number
  /** Language of the messages; default `'en'`. */
  readonly locale?: MessageLocale
  /** Legal bases to cite; default {@link petitionRules}. */
  readonly rules?: PetitionRules
}

const reasonMessages: Record<
  MessageLocale,
  Record<IneligibilityCode, (detail: string | undefined) => string>
> = {
  en: {
    'missing-date': () => 'the letter has no date',
    'missing-name': () => 'the petitioner’s name is missing',
    'missing-address': () => 'the petitioner’s address is missing',
    'missing-signature': () => 'the letter is neither signed nor finger-printed',
    'not-in-vietnamese': () =>
      'the letter does not seem to be written in Vietnamese and has no notarised translation',
    'missing-content': (detail) =>
      detail === 'complaint'
        ? 'a complaint must name the decision or act complained of'
        : 'a denunciation must name the person or agency denounced',
    'anonymous-denunciation': () =>
      'a denunciation without the denouncer’s name and address is not handled as a denunciation; concrete content may be passed on for inspection',
    'sent-to-competent-body': () =>
      'the letter was also sent to the competent body, which handles it',
    'already-guided': () => 'the petitioner was already guided on the same content',
  },
  vi: {
    'missing-date': () => 'đơn không ghi ngày, tháng, năm',
    'missing-name': () => 'đơn không ghi họ tên người viết đơn',
    'missing-address': () => 'đơn không ghi địa chỉ người viết đơn',
    'missing-signature': () => 'đơn không có chữ ký hoặc điểm chỉ',
    'not-in-vietnamese': () =>
      'đơn có vẻ không viết bằng tiếng Việt và không kèm bản dịch có công chứng',
    'missing-content': (detail) =>
      detail === 'complaint'
        ? 'đơn khiếu nại phải nêu quyết định hoặc hành vi bị khiếu nại'
        : 'đơn tố cáo phải nêu người hoặc cơ quan bị tố cáo',
    'anonymous-denunciation': () =>
      'tố cáo không rõ họ tên, địa chỉ người tố cáo không được xử lý như tố cáo; nội dung cụ thể có thể chuyển để thanh tra, kiểm tra',
    'sent-to-competent-body': () =>
      'đơn đồng thời gửi cơ quan có thẩm quyền giải quyết, cơ quan đó sẽ xử lý',
    'already-guided': () => 'người gửi đơn đã được hướng dẫn về cùng nội dung',
  },
}

/** The date of an instant in Vietnam (UTC+7, no daylight saving), `YYYY-MM-DD`. */
function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
}

function eligibilityBasis(petition: Petition, rules: PetitionRules): string {
  const date = vietnamDate(petition.receivedAt)
  const entry = [...rules.eligibility]
    .sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0))
    .find((rule) => rule.from <= date)
  return entry?.legalBasis ?? rules.eligibility[rules.eligibility.length - 1]?.legalBasis ?? ''
}

function wasGuided(petition: Petition): boolean {
  return petition.outcome === 'guided' || petition.history.some((event) => event.type === 'guided')
}

/**
 * Lists the reasons a petition cannot be handled (Circular 07/2014/TT-TTCP Art 6, replaced from
 * 2021-11-15 by Circular 05/2021/TT-TTCP with the same conditions), each with its legal basis.
 * What the petition model holds is checked from it (name, address, content by kind, anonymity);
 * the rest comes from `options`, and a fact left out is not checked.
 *
 * **Language heuristic.** Unless `language` is given, a letter of four words or more counts as
 * Vietnamese when at least 20% of its words carry a letter only Vietnamese uses (ă, â, đ, ê, ô,
 * ơ, ư, tone marks), or, for text typed without diacritics, when at least 70% of its words are
 * Vietnamese syllables (initial consonant, vowels, final consonant) or numbers. English, French or
 * Chinese fail both tests; it can err on very short or mixed text, so treat `not-in-vietnamese`
 * as a prompt for a person to look.
 *
 * Performance: O(length of the text + earlier petitions × their text).
 *
 * @category Petition
 * @param petition - A parsed petition.
 * @param options - Facts the model does not hold (`dated`, `signed`, `language`, `translated`,
 *   `alsoSentTo`, `competentIds`, `earlierPetitions`), `threshold`, `locale`, `rules`.
 * @returns `eligible` and the `reasons`, in the order of the circular.
 * @example
 * ```ts
 * import { checkEligibility, parsePetition } from '@lienthong/core/petition'
 *
 * const petition = parsePetition({
 *   id: 'd9', trackingCode: 'K7M4-X9QP-R2Y', kinds: ['denunciation'], channel: 'mailbox',
 *   receivedAt: '2026-03-02T10:15:00+07:00', receivedById: 'vp-tu', anonymous: true,
 *   subject: 'Tố cáo cán bộ địa chính', content: 'Cán bộ địa chính phường nhận tiền của dân khi cấp sổ đỏ.',
 *   denounced: { position: 'Cán bộ địa chính', agency: 'UBND phường X' },
 * })
 * checkEligibility(petition, { signed: false }).reasons.map((reason) => reason.code)
 * // ['missing-name', 'missing-address', 'missing-signature', 'anonymous-denunciation']
 * ```
 */
export function checkEligibility(
  petition: Petition,
  options: CheckEligibilityOptions = {},
): EligibilityResult {
  const rules = options.rules ?? petitionRules
  const locale = options.locale ?? 'en'
  const basis = eligibilityBasis(petition, rules)
  const reasons: IneligibilityReason[] = []
  const add = (
    code: IneligibilityCode,
    legalBasis: string,
    extra: { path?: (string | number)[]; relatedId?: string; detail?: string } = {},
  ) => {
    reasons.push({
      code,
      legalBasis,
      message: reasonMessages[locale][code](extra.detail),
      ...(extra.path === undefined ? {} : { path: extra.path }),
      ...(extra.relatedId === undefined ? {} : { relatedId: extra.relatedId }),
    })
  }

  // 1. Form: date, name, address, signature.
  const who = petition.anonymous ? undefined : petition.petitioner
  if (options.dated === false) add('missing-date', basis)
  if (who?.name === undefined || who.name === '')
    add('missing-name', basis, { path: ['petitioner', 'name'] })
  if (who?.address === undefined || who.address === '') {
    add('missing-address', basis, { path: ['petitioner', 'address'] })
  }
  if (options.signed === false) add('missing-signature', basis)

  // 2. Language.
  const vietnamese =
    options.language === undefined
      ? looksVietnamese(`${petition.subject}\n${petition.content}`)
      : options.language === 'vi'
  if (!vietnamese && options.translated !== true)
    add('not-in-vietnamese', basis, { path: ['content'] })

  // 3. Content the kind requires.
  if (petition.kinds.includes('complaint') && petition.complainedDecision === undefined) {
    add('missing-content', rules.complaintContent.legalBasis, {
      path: ['complainedDecision'],
      detail: 'complaint',
    })
  }
  if (petition.kinds.includes('denunciation') && petition.denounced === undefined) {
    add('missing-content', rules.denunciationContent.legalBasis, {
      path: ['denounced'],
      detail: 'denunciation',
    })
  }
  if (
    petition.kinds.includes('denunciation') &&
    (who?.name === undefined || who.name === '' || who.address === undefined || who.address === '')
  ) {
    add('anonymous-denunciation', rules.anonymousDenunciation.legalBasis)
  }

  // 4. Sent to several bodies, the competent one among them.
  const competent = new Set(options.competentIds ?? [])
  if (!competent.has(petition.receivedById)) {
    const competentRecipient = (options.alsoSentTo ?? []).find(
      (id) => id !== petition.receivedById && competent.has(id),
    )
    if (competentRecipient !== undefined) {
      add('sent-to-competent-body', basis, { relatedId: competentRecipient })
    }
  }

  // 5. Already guided on the same content.
  const earlier = options.earlierPetitions ?? []
  if (earlier.length > 0) {
    const threshold = options.threshold ?? 0.5
    const ways = ['id-number', 'name-address', 'phone', 'email'] as const
    const keys = new Set(petitionerKeys(petition, ways))
    const decision = decisionKey(petition)
    let shingles: readonly number[] | undefined
    const guided = earlier
      .filter(
        (other) =>
          other.id !== petition.id &&
          other.receivedAt.getTime() <= petition.receivedAt.getTime() &&
          wasGuided(other) &&
          petitionerKeys(other, ways).some((key) => keys.has(key)),
      )
      .find((other) => {
        if (decision !== undefined && decision === decisionKey(other)) return true
        shingles ??= textShingles(petition)
        const similarity = jaccard(shingles, textShingles(other))
        return similarity > 0 && similarity >= threshold
      })
    if (guided !== undefined) add('already-guided', basis, { relatedId: guided.id })
  }

  return { eligible: reasons.length === 0, reasons }
}

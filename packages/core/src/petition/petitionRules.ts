/**
 * How many representatives a crowd petition names, for petitions signed by up to `maxPeople`
 * people (the last band has no upper bound).
 *
 * @category Petition
 * @example
 * ```ts
 * import type { RepresentativeBand } from '@lienthong/core/petition'
 *
 * const band: RepresentativeBand = { maxPeople: 10, minRepresentatives: 1, maxRepresentatives: 2 }
 * ```
 */
export interface RepresentativeBand {
  /** Largest head count of the band; omitted for the last band. */
  readonly maxPeople?: number
  /** Fewest representatives the petition must name. */
  readonly minRepresentatives: number
  /** Most representatives the petition may name. */
  readonly maxRepresentatives: number
}

/**
 * The legal rules the petition lifecycle and the eligibility check apply, as data a user can read,
 * replace or extend (pass a modified copy as `rules`). Each rule names its legal basis; bases
 * marked "(unconfirmed)" could not be checked against the primary text.
 *
 * @category Petition
 * @example
 * ```ts
 * import { petitionRules, type PetitionRules } from '@lienthong/core/petition'
 *
 * // An agency that wants 3 representatives for every crowd petition of 5 to 10 people:
 * const rules: PetitionRules = {
 *   ...petitionRules,
 *   crowd: { ...petitionRules.crowd, bands: [{ maxPeople: 10, minRepresentatives: 1, maxRepresentatives: 3 }, { minRepresentatives: 1, maxRepresentatives: 5 }] },
 * }
 * ```
 */
export interface PetitionRules {
  /** Crowd petitions (đông người): how many people make one, and how many representatives. */
  readonly crowd: {
    /** Head count (petitioner + co-signers) from which a petition is a crowd petition. */
    readonly minPeople: number
    /** Representatives required by head count, in increasing `maxPeople`. */
    readonly bands: readonly RepresentativeBand[]
    readonly legalBasis: string
  }
  /** An anonymous or impersonated denunciation is not handled as a denunciation. */
  readonly anonymousDenunciation: { readonly legalBasis: string }
  /** A denunciation is forwarded to the competent agency only once. */
  readonly denunciationForwardedOnce: { readonly legalBasis: string }
  /** A complaint's decision says whether it is right, wrong or partly right. */
  readonly complaintVerdict: { readonly legalBasis: string }
  /** A denunciation's conclusion says whether it is right, wrong or partly right. */
  readonly denunciationVerdict: { readonly legalBasis: string }
  /** A denouncer's name, address, handwriting and personal data are kept secret. */
  readonly denouncerConfidentiality: { readonly legalBasis: string }
  /**
   * Conditions for handling a petition (form, language, content), by the petition's receipt date:
   * the first entry whose `from` is on or before the date applies.
   */
  readonly eligibility: readonly { readonly from: string; readonly legalBasis: string }[]
  /** What a complaint must state (the decision or act complained of, its author, the request). */
  readonly complaintContent: { readonly legalBasis: string }
  /** What a denunciation must state (who is denounced and the violation). */
  readonly denunciationContent: { readonly legalBasis: string }
}

/**
 * The Vietnamese rules as enacted (see the domain reference, section 3):
 *
 * | rule | basis |
 * | --- | --- |
 * | crowd petition: 5+ people; 1–2 representatives for 5–10 people, at most 5 above 10 | Law 42/2013/QH13 Art 30; Decree 124/2020/NĐ-CP Art 7 (unconfirmed article) |
 * | anonymous denunciation not handled as a denunciation | Law 25/2018/QH14 Art 25(1) |
 * | denunciation forwarded only once | Circular 05/2021/TT-TTCP (unconfirmed article) |
 * | verdict of a complaint / denunciation | Law 02/2011/QH13 Arts 31, 40 / Law 25/2018/QH14 Art 35 |
 * | denouncer's identity secret | Law 25/2018/QH14 Art 9(1)(b), Art 56 |
 * | conditions for handling a petition | Circular 07/2014/TT-TTCP Art 6; from 2021-11-15 Circular 05/2021/TT-TTCP (unconfirmed article) |
 *
 * @category Petition
 * @example
 * ```ts
 * import { petitionRules } from '@lienthong/core/petition'
 *
 * petitionRules.crowd.minPeople // 5
 * petitionRules.anonymousDenunciation.legalBasis // 'Law 25/2018/QH14 Art 25(1)'
 * ```
 */
export const petitionRules: PetitionRules = {
  crowd: {
    minPeople: 5,
    bands: [
      { maxPeople: 10, minRepresentatives: 1, maxRepresentatives: 2 },
      { minRepresentatives: 1, maxRepresentatives: 5 },
    ],
    legalBasis: 'Law 42/2013/QH13 Art 30; Decree 124/2020/NĐ-CP Art 7 (unconfirmed article)',
  },
  anonymousDenunciation: { legalBasis: 'Law 25/2018/QH14 Art 25(1)' },
  denunciationForwardedOnce: {
    legalBasis: 'Circular 05/2021/TT-TTCP on petition processing (unconfirmed article)',
  },
  complaintVerdict: { legalBasis: 'Law 02/2011/QH13 Arts 31, 40' },
  denunciationVerdict: { legalBasis: 'Law 25/2018/QH14 Art 35' },
  denouncerConfidentiality: { legalBasis: 'Law 25/2018/QH14 Art 9(1)(b), Art 56' },
  eligibility: [
    {
      from: '2021-11-15',
      legalBasis:
        'Circular 05/2021/TT-TTCP, replacing Circular 07/2014/TT-TTCP Art 6 (unconfirmed article)',
    },
    { from: '0000-01-01', legalBasis: 'Circular 07/2014/TT-TTCP Art 6' },
  ],
  complaintContent: { legalBasis: 'Law 02/2011/QH13 Art 8(2)' },
  denunciationContent: { legalBasis: 'Law 25/2018/QH14 Art 22(2)' },
}

/**
 * The representative band a head count falls in, or `undefined` below a crowd petition.
 *
 * @internal
 */
export function representativeBand(
  people: number,
  rules: PetitionRules,
): RepresentativeBand | undefined {
  if (people < rules.crowd.minPeople) return undefined
  return rules.crowd.bands.find((band) => band.maxPeople === undefined || people <= band.maxPeople)
}

import { html, nothing, type TemplateResult } from 'lit'
import type { Locale } from '../locales/index.js'

/** The law a time limit rests on, as the reference server sends it (core's `PetitionDueDate`). */
export interface LegalBasisText {
  /** In English, as core's rules cite it. */
  readonly legalBasis?: string | undefined
  /** In Vietnamese, when the rule gives it. */
  readonly legalBasisVi?: string | undefined
}

/**
 * The law a time limit rests on, in a translated sentence: in Vietnamese on a Vietnamese page
 * when the server gives it, else in English, marked as English on a page in another language
 * (WCAG 3.1.2): the laws have official names in these two languages only. The citation sits in
 * a `<bdi>`, so it reads in its own direction inside an Urdu sentence. Internal to the petition
 * elements.
 *
 * @param sentence - The translated sentence around a citation (`petition.status.legalBasis`).
 */
export function legalBasisTemplate(
  due: LegalBasisText,
  locale: Locale,
  sentence: (basis: string) => string,
): TemplateResult | typeof nothing {
  const vietnamese = locale === 'vi' ? due.legalBasisVi : undefined
  const basis = vietnamese ?? due.legalBasis
  if (basis === undefined) return nothing
  const lang = vietnamese !== undefined ? 'vi' : 'en'
  const [before = '', after = ''] = sentence('\u0000').split('\u0000')
  return html`<span class="legal-basis"
    >${before}<bdi lang=${lang === locale ? nothing : lang}>${basis}</bdi>${after}</span
  >`
}

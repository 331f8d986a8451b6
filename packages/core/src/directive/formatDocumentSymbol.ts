import type { ParseOptions } from '../errors/issue.js'
import {
  composeDocumentSymbol,
  documentSymbolError,
  safeParseDocumentSymbol,
  type DocumentSymbolForm,
} from './parseDocumentSymbol.js'

/**
 * What {@link formatDocumentSymbol} needs to write a symbol. A parsed
 * {@link DocumentSymbol} is accepted as it is (its other fields are ignored).
 *
 * @category Documents
 * @example
 * ```ts
 * import type { DocumentSymbolParts } from '@lienthong/core/directive'
 *
 * const parts: DocumentSymbolParts = { form: 'administrative', number: 156, typeCode: 'QĐ', issuer: 'UBND' }
 * ```
 */
export interface DocumentSymbolParts {
  /** Which grammar to write. */
  readonly form: DocumentSymbolForm
  /** The document's number, a whole number from 1 to 999999. */
  readonly number: number
  /** Year of issue: required in `legal` and `law` symbols, refused in the others. */
  readonly year?: number | undefined
  /** Type code (`QĐ`, `NQ`…): required in `party`, `legal` and `administrative` symbols. */
  readonly typeCode?: string | undefined
  /** Issuer: `UBND`, `TW`, `QH14`, `BTC-BNV`… */
  readonly issuer: string
  /** Drafting unit, only in official letters (`VP` in `123/UBND-VP`). */
  readonly issuerUnit?: string | undefined
}

const forms: readonly DocumentSymbolForm[] = [
  'party',
  'legal',
  'administrative',
  'official-letter',
  'law',
]

/** Upper case with `Đ` read as `D`: how the parser compares issuers. */
function sameText(a: string | undefined, b: string | undefined): boolean {
  const key = (text: string | undefined) => (text ?? '').toUpperCase().replace(/Đ/g, 'D')
  return key(a) === key(b)
}

/** Checks that the parts fit their form; returns English and Vietnamese details when not. */
function checkParts(parts: DocumentSymbolParts): [string, string] | undefined {
  const { form } = parts
  if (!forms.includes(form)) {
    return [
      `form '${form}' is not one of ${forms.join(', ')}`,
      `dạng '${form}' không thuộc ${forms.join(', ')}`,
    ]
  }
  if (!Number.isInteger(parts.number) || parts.number < 1 || parts.number > 999_999) {
    return [
      `number ${String(parts.number)} must be a whole number from 1 to 999999`,
      `số ${String(parts.number)} phải là số nguyên từ 1 đến 999999`,
    ]
  }
  const dated = form === 'legal' || form === 'law'
  if (dated && parts.year === undefined) {
    return [`a ${form} symbol needs a year`, `số ký hiệu dạng ${form} cần có năm`]
  }
  if (!dated && parts.year !== undefined) {
    return [
      `a ${form} symbol has no year (only legal and law symbols do)`,
      `số ký hiệu dạng ${form} không ghi năm (chỉ dạng legal và law có năm)`,
    ]
  }
  if (parts.year !== undefined && !Number.isInteger(parts.year)) {
    return [
      `year ${String(parts.year)} must be a whole number`,
      `năm ${String(parts.year)} phải là số nguyên`,
    ]
  }
  const coded = form === 'party' || form === 'legal' || form === 'administrative'
  if (coded && (typeof parts.typeCode !== 'string' || parts.typeCode === '')) {
    return [`a ${form} symbol needs a type code`, `số ký hiệu dạng ${form} cần có mã loại`]
  }
  if (!coded && parts.typeCode !== undefined) {
    return [`a ${form} symbol has no type code`, `số ký hiệu dạng ${form} không có mã loại`]
  }
  if (form !== 'official-letter' && parts.issuerUnit !== undefined) {
    return [
      `only an official letter names a drafting unit (issuerUnit)`,
      `chỉ công văn mới ghi đơn vị soạn thảo (issuerUnit)`,
    ]
  }
  if (typeof parts.issuer !== 'string' || parts.issuer === '') {
    return ['the issuer is required', 'cần có cơ quan ban hành']
  }
  if (parts.issuerUnit === '') {
    return [
      'the drafting unit, when given, must not be empty',
      'đơn vị soạn thảo không được để trống',
    ]
  }
  return undefined
}

/**
 * Writes a document symbol from its parts, in canonical form: the inverse of
 * {@link parseDocumentSymbol}, so `parseDocumentSymbol(formatDocumentSymbol(x))` gives back `x`.
 * The parts are checked by reading the text back; type codes and issuers are normalized the way
 * the parser does (`qd` → `QĐ`).
 *
 * @category Documents
 * @param parts - Form, number, year, type code, issuer and unit; a parsed
 *   {@link DocumentSymbol} will do.
 * @param options - `locale` of the error messages (`'en'` or `'vi'`).
 * @returns The canonical symbol, e.g. `05/2021/TT-TTCP`.
 * @throws {@link errors!LienthongError | LienthongError} with code `invalid_document_symbol` when the parts do not make
 *   a symbol (a missing year, an unknown type code, an issuer that would read back differently).
 * @example
 * ```ts
 * import { formatDocumentSymbol } from '@lienthong/core/directive'
 *
 * formatDocumentSymbol({ form: 'party', number: 1, typeCode: 'CT', issuer: 'TW' }) // '01-CT/TW'
 * formatDocumentSymbol({ form: 'legal', number: 31, year: 2019, typeCode: 'ND', issuer: 'CP' })
 * // '31/2019/NĐ-CP'
 * formatDocumentSymbol({ form: 'official-letter', number: 123, issuer: 'UBND', issuerUnit: 'VP' })
 * // '123/UBND-VP'
 * ```
 */
export function formatDocumentSymbol(parts: DocumentSymbolParts, options?: ParseOptions): string {
  const problem = checkParts(parts)
  const text = forms.includes(parts.form) ? composeDocumentSymbol(parts) : '<parts>'
  if (problem !== undefined) throw documentSymbolError(text, ...problem, options)
  const result = safeParseDocumentSymbol(text, options)
  if (!result.ok) throw result.error
  const read = result.value
  const same =
    read.form === parts.form &&
    sameText(read.issuer, parts.issuer) &&
    sameText(read.issuerUnit, parts.issuerUnit)
  if (!same) {
    const unit = read.issuerUnit === undefined ? '' : ` with unit '${read.issuerUnit}'`
    throw documentSymbolError(
      text,
      `the parts would read back as a ${read.form} symbol with issuer '${read.issuer}'${unit}: a '-' in the issuer or an issuer that is a type code cannot be written in this form`,
      `các phần này sẽ được đọc lại thành dạng ${read.form} với cơ quan ban hành '${read.issuer}'${unit}: không thể ghi ở dạng này cơ quan ban hành có dấu '-' hoặc trùng mã loại văn bản`,
      options,
    )
  }
  return read.symbol
}

import { describeType } from '../_lib/zodIssues.js'
import { formatIssueMessage } from '../errors/formatIssueMessage.js'
import type { LienthongIssue, ParseOptions, SafeParseResult } from '../errors/issue.js'
import { LienthongError } from '../errors/LienthongError.js'
import {
  documentTypeCodes,
  type DocumentSystem,
  type DocumentType,
  type DocumentTypeCode,
} from './documentTypes.js'

/**
 * The shapes a document symbol takes:
 *
 * - `party`: `15-NQ/TU`, `123-CV/TU` (number-TYPE/ISSUER);
 * - `legal`: `31/2019/NĐ-CP` (number/year/TYPE-ISSUER, state legal documents);
 * - `law`: `45/2019/QH14`, `1211/2016/UBTVQH13` (number/year/QH or UBTVQH + term: laws, codes,
 *   ordinances and resolutions of the National Assembly and its Standing Committee);
 * - `administrative`: `156/QĐ-UBND` (number/TYPE-ISSUER);
 * - `official-letter`: `123/UBND-VP` (number/ISSUER-UNIT, no type code).
 *
 * @category Documents
 * @example
 * ```ts
 * import { parseDocumentSymbol, type DocumentSymbolForm } from '@lienthong/core/directive'
 *
 * const form: DocumentSymbolForm = parseDocumentSymbol('123/UBND-VP').form // 'official-letter'
 * ```
 */
export type DocumentSymbolForm = 'party' | 'legal' | 'administrative' | 'official-letter' | 'law'

/**
 * A document symbol (số, ký hiệu) split into its parts.
 *
 * @category Documents
 * @example
 * ```ts
 * import { parseDocumentSymbol, type DocumentSymbol } from '@lienthong/core/directive'
 *
 * const symbol: DocumentSymbol = parseDocumentSymbol('Số: 05/2021/TT-TTCP')
 * // { symbol: '05/2021/TT-TTCP', system: 'state', form: 'legal', number: 5, year: 2021,
 * //   typeCode: 'TT', type: 'circular', issuer: 'TTCP' }
 * ```
 */
export interface DocumentSymbol {
  /** The symbol in canonical form: proper `Đ`, numbers below 10 written `01`…`09`, no `Số`. */
  readonly symbol: string
  /** `'party'` for the Party's number-TYPE/ISSUER form, `'state'` for every other form. */
  readonly system: DocumentSystem
  /** Which grammar the symbol follows. */
  readonly form: DocumentSymbolForm
  /** The document's number in its register, from 1. */
  readonly number: number
  /** Year of issue, written in `legal` and `law` symbols only. */
  readonly year?: number
  /** The type code as the rules spell it (`QĐ`, `QĐi`, `CTr`); absent in `law` and letters. */
  readonly typeCode?: string
  /** What the type code stands for; absent when there is no type code. */
  readonly type?: DocumentType
  /**
   * Who issued it: everything after the type code (`UBND`, `TW`, `BTC-BNV` for a joint
   * circular), the body and term in a `law` symbol (`QH14`), the first part of an official
   * letter (`UBND` in `123/UBND-VP`).
   */
  readonly issuer: string
  /** The drafting unit of an official letter (`VP` in `123/UBND-VP`), when written. */
  readonly issuerUnit?: string
}

/** Bounds of a year in a symbol: the state was founded in 1945. */
const MIN_YEAR = 1945
const MAX_YEAR = 2100
const MAX_NUMBER = 999_999
const MAX_LENGTH = 100

/** Issuers people often type without diacritics or in the wrong case, keyed by folded spelling. */
const issuerSpellings = new Map(
  ['TTg', 'HĐND', 'ĐU', 'ĐUK', 'BCSĐ', 'BGDĐT', 'BKHĐT', 'BLĐTBXH', 'SGDĐT', 'SKHĐT'].map(
    (spelling) => [foldKey(spelling), spelling],
  ),
)

/** A problem found while reading a symbol: English and Vietnamese details. */
class SymbolProblem extends Error {
  constructor(
    readonly detail: string,
    readonly detailVi: string,
  ) {
    super(detail)
  }
}

function problem(detail: string, detailVi: string): SymbolProblem {
  return new SymbolProblem(detail, detailVi)
}

/** Upper case with `Đ` read as `D`, so `QD`, `qđ` and `QĐ` compare equal. */
function foldKey(text: string): string {
  return text.toUpperCase().replace(/Đ/g, 'D')
}

const PARTY_EXAMPLE = "'15-NQ/TU'"

function codeList(system: DocumentSystem): string {
  return documentTypeCodes
    .filter((row) => row.systems.includes(system))
    .map((row) => row.code)
    .join(', ')
}

/**
 * Finds a type code of `system`: exact spelling first, then any case, then without diacritics
 * (`QD` → `QĐ`), so that `DA` (Dự án) and `HD` (Hướng dẫn) keep their own meaning.
 */
function findCode(raw: string, system: DocumentSystem): DocumentTypeCode | undefined {
  const rows = documentTypeCodes.filter((row) => row.systems.includes(system))
  const upper = raw.toUpperCase()
  const folded = foldKey(raw)
  return (
    rows.find((row) => row.code === raw) ??
    rows.find((row) => row.code.toUpperCase() === upper) ??
    rows.find((row) => foldKey(row.code) === folded)
  )
}

/** Reads a type code of `system`, explaining what is wrong when it is not one. */
function readCode(raw: string, system: DocumentSystem): DocumentTypeCode {
  const row = findCode(raw, system)
  if (row !== undefined) return row
  const other: DocumentSystem = system === 'party' ? 'state' : 'party'
  const elsewhere = findCode(raw, other)
  if (elsewhere !== undefined && system === 'party') {
    throw problem(
      `type code '${elsewhere.code}' is not used in Party documents; a state document is written number/TYPE-ISSUER, as in '156/QĐ-UBND'`,
      `mã loại '${elsewhere.code}' không dùng cho văn bản của Đảng; văn bản nhà nước viết số/MÃ LOẠI-CƠ QUAN, ví dụ '156/QĐ-UBND'`,
    )
  }
  if (elsewhere !== undefined) {
    const letter = elsewhere.code === 'CV'
    throw problem(
      `type code '${elsewhere.code}' is used only in Party documents, written number-TYPE/ISSUER as in ${PARTY_EXAMPLE}${letter ? "; a state official letter has no type code, as in '123/UBND-VP'" : ''}`,
      `mã loại '${elsewhere.code}' chỉ dùng cho văn bản của Đảng, viết số-MÃ LOẠI/CƠ QUAN như ${PARTY_EXAMPLE}${letter ? "; công văn nhà nước không có mã loại, ví dụ '123/UBND-VP'" : ''}`,
    )
  }
  const kind = system === 'party' ? 'a Party document' : 'a state document'
  const kindVi = system === 'party' ? 'văn bản của Đảng' : 'văn bản nhà nước'
  throw problem(
    `unknown type code '${raw}' for ${kind} (known codes: ${codeList(system)})`,
    `mã loại '${raw}' không có trong danh mục ${kindVi} (các mã: ${codeList(system)})`,
  )
}

/** Checks one `-`-separated part of an issuer and writes it canonically. */
function readIssuerPart(part: string, whole: string): string {
  if (!/^\p{Script=Latin}[\p{Script=Latin}\p{Nd}&]*$/u.test(part)) {
    throw problem(
      `issuer '${whole}' may contain only letters, digits and '&', each part starting with a letter`,
      `cơ quan ban hành '${whole}' chỉ được gồm chữ cái, chữ số và '&', mỗi phần bắt đầu bằng chữ cái`,
    )
  }
  const known = issuerSpellings.get(foldKey(part))
  if (known !== undefined) return known
  return part === part.toLowerCase() ? part.toUpperCase() : part
}

/** Reads an issuer made of `-`-separated parts (`UBND`, `BTC-BNV`). */
function readIssuer(parts: readonly string[]): string {
  const whole = parts.join('-')
  return parts.map((part) => readIssuerPart(part, whole)).join('-')
}

/** Writes a number the way the rules ask: numbers below 10 get a leading zero. */
function writeNumber(value: number): string {
  return String(value).padStart(2, '0')
}

/**
 * Writes the canonical text of already-normalized parts. Shared with `formatDocumentSymbol`.
 *
 * @internal
 */
export function composeDocumentSymbol(parts: {
  readonly form: DocumentSymbolForm
  readonly number: number
  readonly year?: number | undefined
  readonly typeCode?: string | undefined
  readonly issuer: string
  readonly issuerUnit?: string | undefined
}): string {
  const number = writeNumber(parts.number)
  const year = String(parts.year ?? '')
  const code = parts.typeCode ?? ''
  switch (parts.form) {
    case 'party':
      return `${number}-${code}/${parts.issuer}`
    case 'legal':
      return `${number}/${year}/${code}-${parts.issuer}`
    case 'law':
      return `${number}/${year}/${parts.issuer}`
    case 'administrative':
      return `${number}/${code}-${parts.issuer}`
    case 'official-letter':
      return `${number}/${parts.issuer}${parts.issuerUnit === undefined ? '' : `-${parts.issuerUnit}`}`
  }
}

/** Makes typed text comparable: NFC, one `Đ`, ASCII separators, no `Số:` label. */
function clean(raw: string): string {
  let text = raw
    .normalize('NFC')
    .replace(/[\u00D0\u0189]/g, 'Đ')
    .replace(/[\u00F0\u0256]/g, 'đ')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\u2044\u2215\uFF0F]/g, '/')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  text = text.replace(/^(?:số|so)(?:\s*(?:ký|ky)?\s*(?:hiệu|hieu))?\s*[:.]?\s*(?=\d)/iu, '')
  return text.replace(/ ?([/-]) ?/g, '$1')
}

interface Parts {
  form: DocumentSymbolForm
  number: number
  year?: number
  code?: DocumentTypeCode
  issuer: string
  issuerUnit?: string
}

function readNumber(text: string): { number: number; rest: string } {
  const match = /^\d+/.exec(text)
  if (match === null) {
    const found = text.charAt(0)
    throw problem(
      `expected a number before '/' or '-', found '${found}'`,
      `cần số văn bản đứng trước '/' hoặc '-', nhưng gặp '${found}'`,
    )
  }
  const digits = match[0]
  const rest = text.slice(digits.length)
  const shown = digits.length > 12 ? `${digits.slice(0, 12)}…` : digits
  const value = Number(digits)
  if (value === 0) {
    throw problem(
      `number ${shown} is not allowed: document numbers start at 1`,
      `số ${shown} không hợp lệ: số văn bản bắt đầu từ 1`,
    )
  }
  if (value > MAX_NUMBER) {
    throw problem(
      `number ${shown} is too large (at most ${MAX_NUMBER})`,
      `số ${shown} quá lớn (tối đa ${MAX_NUMBER})`,
    )
  }
  if (rest === '') {
    throw problem(
      `nothing follows the number ${digits}; expected '/' or '-' and then the type code and issuer, as in '156/QĐ-UBND'`,
      `không có gì sau số ${digits}; cần '/' hoặc '-' rồi mã loại và cơ quan ban hành, ví dụ '156/QĐ-UBND'`,
    )
  }
  if (/^\p{L}[/-]/u.test(rest)) {
    const suffixed = `${digits}${rest.charAt(0)}`
    throw problem(
      `a letter after the number ('${suffixed}') is not supported: a document number is digits only`,
      `không chấp nhận chữ cái sau số ('${suffixed}'): số văn bản chỉ gồm chữ số`,
    )
  }
  const separator = rest.charAt(0)
  if (separator !== '/' && separator !== '-') {
    throw problem(
      `expected '/' or '-' after the number ${digits}, found '${separator}'`,
      `cần '/' hoặc '-' sau số ${digits}, nhưng gặp '${separator}'`,
    )
  }
  return { number: value, rest }
}

function readParty(number: number, text: string): Parts {
  const pieces = text.split('/')
  const [rawCode = '', issuerText] = pieces
  if (issuerText === undefined) {
    throw problem(
      `expected '/' between the type code and the issuer, as in ${PARTY_EXAMPLE}`,
      `cần '/' giữa mã loại và cơ quan ban hành, ví dụ ${PARTY_EXAMPLE}`,
    )
  }
  if (pieces.length > 2) {
    throw problem(
      `more than one '/' after the type code; expected number-TYPE/ISSUER, as in ${PARTY_EXAMPLE}`,
      `có nhiều hơn một '/' sau mã loại; cần dạng số-MÃ LOẠI/CƠ QUAN, ví dụ ${PARTY_EXAMPLE}`,
    )
  }
  const code = readCode(rawCode, 'party')
  return { form: 'party', number, code, issuer: readIssuer(issuerText.split('-')) }
}

function readYear(text: string): number {
  if (!/^\d{4}$/.test(text)) {
    throw problem(
      `year '${text}' must have four digits, as in '05/2021/TT-TTCP'`,
      `năm '${text}' phải có bốn chữ số, ví dụ '05/2021/TT-TTCP'`,
    )
  }
  const year = Number(text)
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw problem(
      `year ${text} is out of range (${MIN_YEAR}–${MAX_YEAR})`,
      `năm ${text} nằm ngoài khoảng cho phép (${MIN_YEAR}–${MAX_YEAR})`,
    )
  }
  return year
}

function missingIssuer(code: DocumentTypeCode, example: string): SymbolProblem {
  return problem(
    `expected an issuer after the type code '${code.code}', as in '${example}'`,
    `cần cơ quan ban hành sau mã loại '${code.code}', ví dụ '${example}'`,
  )
}

function readDated(number: number, yearText: string, tail: string): Parts {
  const year = readYear(yearText)
  const assembly = /^(QH|UBTVQH)(\d+)$/i.exec(tail)
  if (assembly !== null) {
    const body = (assembly[1] ?? '').toUpperCase()
    const term = Number(assembly[2])
    if (term < 1 || term > 99) {
      throw problem(
        `term ${assembly[2] ?? ''} of '${body}' must be a number from 1 to 99, as in '45/2019/QH14'`,
        `khóa ${assembly[2] ?? ''} của '${body}' phải là số từ 1 đến 99, ví dụ '45/2019/QH14'`,
      )
    }
    return { form: 'law', number, year, issuer: `${body}${term}` }
  }
  const [rawCode = '', ...issuerParts] = tail.split('-')
  if (issuerParts.length === 0) {
    const known = findCode(rawCode, 'state')
    if (known !== undefined) throw missingIssuer(known, '31/2019/NĐ-CP')
    throw problem(
      `expected a type code and an issuer joined by '-' after the year, as in '31/2019/NĐ-CP', found '${tail}'`,
      `sau năm cần mã loại và cơ quan ban hành nối bằng '-', ví dụ '31/2019/NĐ-CP', nhưng gặp '${tail}'`,
    )
  }
  const code = readCode(rawCode, 'state')
  return { form: 'legal', number, year, code, issuer: readIssuer(issuerParts) }
}

function readUndated(number: number, tail: string): Parts {
  const [head = '', ...others] = tail.split('-')
  if (/^\d{4}$/.test(head)) {
    throw problem(
      `expected '/' and then the type code and issuer after the year ${head}, as in '31/2019/NĐ-CP'`,
      `sau năm ${head} cần '/' rồi mã loại và cơ quan ban hành, ví dụ '31/2019/NĐ-CP'`,
    )
  }
  const code = findCode(head, 'state')
  if (code !== undefined) {
    if (others.length === 0) throw missingIssuer(code, '156/QĐ-UBND')
    return { form: 'administrative', number, code, issuer: readIssuer(others) }
  }
  if (findCode(head, 'party') !== undefined) readCode(head, 'state')
  const issuer = readIssuer([head])
  if (others.length === 0) return { form: 'official-letter', number, issuer }
  const issuerUnit = readIssuer(others)
  return { form: 'official-letter', number, issuer, issuerUnit }
}

function readState(number: number, text: string): Parts {
  const pieces = text.split('/')
  const [first = '', second, third] = pieces
  if (second === undefined) return readUndated(number, first)
  if (!/^\d+$/.test(first)) {
    const before = first.split('-').at(-1) ?? first
    const after = second.split('-')[0] ?? second
    throw problem(
      `expected '-', not '/', between '${before}' and '${after}'`,
      `cần '-' chứ không phải '/' giữa '${before}' và '${after}'`,
    )
  }
  if (third !== undefined) {
    if (pieces.length === 3 && /^\d{4}$/.test(first) && findCode(second, 'state') !== undefined) {
      throw problem(
        `expected '-', not '/', between '${second}' and '${third.split('-')[0] ?? third}'`,
        `cần '-' chứ không phải '/' giữa '${second}' và '${third.split('-')[0] ?? third}'`,
      )
    }
    throw problem(
      "too many '/'; expected number/TYPE-ISSUER, number/year/TYPE-ISSUER or number/year/QH<term>",
      "có quá nhiều dấu '/'; cần dạng số/MÃ LOẠI-CƠ QUAN, số/năm/MÃ LOẠI-CƠ QUAN hoặc số/năm/QH<khóa>",
    )
  }
  return readDated(number, first, second)
}

function readText(raw: string): Parts {
  if (raw.length > 4 * MAX_LENGTH) {
    throw problem(
      `the text is longer than ${MAX_LENGTH} characters`,
      `chuỗi dài quá ${MAX_LENGTH} ký tự`,
    )
  }
  const text = clean(raw)
  if (text === '') {
    throw problem(
      "the text is empty; expected a symbol such as '156/QĐ-UBND'",
      "chuỗi đang để trống; cần số ký hiệu như '156/QĐ-UBND'",
    )
  }
  if (text.length > MAX_LENGTH) {
    throw problem(
      `the text is longer than ${MAX_LENGTH} characters`,
      `chuỗi dài quá ${MAX_LENGTH} ký tự`,
    )
  }
  const space = / /.exec(text)
  if (space !== null) {
    const around = text.slice(Math.max(0, space.index - 6), space.index + 7)
    throw problem(
      `a space in '${around}'; the parts are joined by '/' or '-'`,
      `có khoảng trắng trong '${around}'; các phần phải nối bằng '/' hoặc '-'`,
    )
  }
  const doubled = /[/-][/-]/.exec(text)
  if (doubled !== null) {
    throw problem(
      `nothing between the separators in '${doubled[0]}'`,
      `thiếu nội dung giữa hai dấu phân cách trong '${doubled[0]}'`,
    )
  }
  const last = text.charAt(text.length - 1)
  if (last === '/' || last === '-') {
    throw problem(
      `something is missing after the final '${last}'`,
      `còn thiếu phần sau dấu '${last}' cuối cùng`,
    )
  }
  const { number, rest } = readNumber(text)
  return rest.startsWith('-') ? readParty(number, rest.slice(1)) : readState(number, rest.slice(1))
}

function toSymbol(parts: Parts): DocumentSymbol {
  const typeCode = parts.code?.code
  const symbol = composeDocumentSymbol({ ...parts, typeCode })
  return {
    symbol,
    system: parts.form === 'party' ? 'party' : 'state',
    form: parts.form,
    number: parts.number,
    ...(parts.year === undefined ? {} : { year: parts.year }),
    ...(parts.code === undefined ? {} : { typeCode: parts.code.code, type: parts.code.type }),
    issuer: parts.issuer,
    ...(parts.issuerUnit === undefined ? {} : { issuerUnit: parts.issuerUnit }),
  }
}

/** Like `describeType`, but safe on hostile objects (revoked proxies, throwing traps). */
function typeOf(input: unknown): string {
  try {
    return describeType(input)
  } catch {
    return 'unknown'
  }
}

/** Shows the input in a message without echoing a whole hostile payload. */
function shownValue(input: unknown): unknown {
  if (typeof input === 'string') {
    return input.length > MAX_LENGTH ? `${input.slice(0, MAX_LENGTH)}…` : input
  }
  if (input === null || typeof input === 'boolean') return input
  if (typeof input === 'number' && Number.isFinite(input)) return input
  return `<${typeOf(input)}>`
}

/**
 * Builds the error of a symbol that cannot be read. Shared with `formatDocumentSymbol`.
 *
 * @internal
 */
export function documentSymbolError(
  input: unknown,
  detail: string,
  detailVi: string,
  options: ParseOptions = {},
): LienthongError {
  const locale = options.locale ?? 'en'
  const params = { value: shownValue(input), detail, detailVi }
  const issue: LienthongIssue = {
    code: 'invalid_document_symbol',
    path: [],
    params,
    message: formatIssueMessage({ code: 'invalid_document_symbol', params }, locale),
    expected: "a document symbol such as '156/QĐ-UBND'",
    received: typeOf(input),
  }
  return new LienthongError({
    code: 'invalid_document_symbol',
    subject: 'DocumentSymbol',
    issues: [issue],
    locale,
  })
}

/**
 * Like {@link parseDocumentSymbol} but never throws, whatever it is given: returns
 * `{ ok: true, value }` or `{ ok: false, error }`.
 *
 * @category Documents
 * @param input - Anything; only text can be a symbol.
 * @param options - `locale` of the error messages (`'en'` or `'vi'`).
 * @returns The parts of the symbol, or the {@link errors!LienthongError | LienthongError} (code
 *   `invalid_document_symbol`, one issue) saying what was expected.
 * @example
 * ```ts
 * import { safeParseDocumentSymbol } from '@lienthong/core/directive'
 *
 * const result = safeParseDocumentSymbol('15-XX/TU', { locale: 'vi' })
 * if (!result.ok) console.log(result.error.format('vi'))
 * // "15-XX/TU" không phải số ký hiệu văn bản: mã loại 'XX' không có trong danh mục văn bản của Đảng (…)
 * ```
 */
export function safeParseDocumentSymbol(
  input: unknown,
  options: ParseOptions = {},
): SafeParseResult<DocumentSymbol> {
  try {
    if (typeof input !== 'string') {
      const type = typeOf(input)
      throw problem(
        `expected text such as '156/QĐ-UBND', received ${type}`,
        `cần chuỗi ký tự như '156/QĐ-UBND', nhận được kiểu ${type}`,
      )
    }
    return { ok: true, value: toSymbol(readText(input)) }
  } catch (cause) {
    const found =
      cause instanceof SymbolProblem
        ? cause
        : problem('could not be read', 'không đọc được số ký hiệu')
    return { ok: false, error: documentSymbolError(input, found.detail, found.detailVi, options) }
  }
}

/**
 * Reads a Vietnamese document symbol (số, ký hiệu) such as `15-NQ/TU`, `137-QĐ/TW`,
 * `05/2021/TT-TTCP`, `45/2019/QH14`, `156/QĐ-UBND` or `123/UBND-VP`, and splits it into number,
 * year, type, issuer and system.
 *
 * It forgives what people type: spaces around `/` and `-`, a `Số:` label, a type code in lower
 * case or without diacritics (`QD`, `ND`, `QDi`), decomposed Unicode, the look-alike `Ð`
 * (U+00D0) and typographic dashes. The result is written back in canonical form (`symbol`).
 *
 * @category Documents
 * @param input - The symbol as typed.
 * @param options - `locale` of the error messages (`'en'` or `'vi'`).
 * @returns The parts of the symbol.
 * @throws {@link errors!LienthongError | LienthongError} with code `invalid_document_symbol` and one issue whose params
 *   (`value`, `detail`, `detailVi`) say what was expected.
 * @example
 * ```ts
 * import { parseDocumentSymbol } from '@lienthong/core/directive'
 *
 * parseDocumentSymbol('Số 137 - QD/TW')
 * // { symbol: '137-QĐ/TW', system: 'party', form: 'party', number: 137,
 * //   typeCode: 'QĐ', type: 'decision', issuer: 'TW' }
 * parseDocumentSymbol('4567/VPCP-KTTH')
 * // { symbol: '4567/VPCP-KTTH', system: 'state', form: 'official-letter', number: 4567,
 * //   issuer: 'VPCP', issuerUnit: 'KTTH' }
 * ```
 */
export function parseDocumentSymbol(input: unknown, options?: ParseOptions): DocumentSymbol {
  const result = safeParseDocumentSymbol(input, options)
  if (!result.ok) throw result.error
  return result.value
}

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createParsers } from '../_lib/createParsers.js'
import { LienthongError } from '../errors/LienthongError.js'
import { documentSymbolSchema } from './documentSymbol.schema.js'
import {
  documentTypeCodes,
  documentTypeNames,
  documentTypes,
  type DocumentSystem,
} from './documentTypes.js'
import { formatDocumentSymbol, type DocumentSymbolParts } from './formatDocumentSymbol.js'
import {
  parseDocumentSymbol,
  safeParseDocumentSymbol,
  type DocumentSymbol,
} from './parseDocumentSymbol.js'

/** The error `safeParseDocumentSymbol` returns for `input`; fails the test when it parses. */
function refusal(input: unknown, locale: 'en' | 'vi' = 'en'): LienthongError {
  const result = safeParseDocumentSymbol(input, { locale })
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be refused`)
  return result.error
}

describe('documentTypes and documentTypeCodes', () => {
  it('maps every code to a known type, and no code twice within one system', () => {
    for (const system of ['party', 'state'] as const) {
      const codes = documentTypeCodes
        .filter((row) => row.systems.includes(system))
        .map((row) => row.code.toUpperCase())
      expect(new Set(codes).size).toBe(codes.length)
    }
    for (const row of documentTypeCodes) expect(documentTypes).toContain(row.type)
    for (const type of documentTypes) expect(documentTypeNames[type].vi).not.toBe('')
  })

  it('keeps the meanings that differ between the systems', () => {
    const find = (code: string, system: DocumentSystem) =>
      documentTypeCodes.find((row) => row.code === code && row.systems.includes(system))?.type
    expect(find('TT', 'party')).toBe('instruction')
    expect(find('TT', 'state')).toBe('circular')
    expect(find('QĐi', 'party')).toBe('regulation')
    expect(find('QyĐ', 'state')).toBe('regulation')
    expect(find('CV', 'party')).toBe('official-letter')
    expect(find('CV', 'state')).toBeUndefined()
  })
})

describe('parseDocumentSymbol: the forms', () => {
  it.each<[string, DocumentSymbol]>([
    [
      '15-NQ/TU',
      {
        symbol: '15-NQ/TU',
        system: 'party',
        form: 'party',
        number: 15,
        typeCode: 'NQ',
        type: 'resolution',
        issuer: 'TU',
      },
    ],
    [
      '137-QĐ/TW',
      {
        symbol: '137-QĐ/TW',
        system: 'party',
        form: 'party',
        number: 137,
        typeCode: 'QĐ',
        type: 'decision',
        issuer: 'TW',
      },
    ],
    [
      '01-CT/TW',
      {
        symbol: '01-CT/TW',
        system: 'party',
        form: 'party',
        number: 1,
        typeCode: 'CT',
        type: 'directive',
        issuer: 'TW',
      },
    ],
    [
      '35-KL/TW',
      {
        symbol: '35-KL/TW',
        system: 'party',
        form: 'party',
        number: 35,
        typeCode: 'KL',
        type: 'conclusion',
        issuer: 'TW',
      },
    ],
    [
      '123-CV/TU',
      {
        symbol: '123-CV/TU',
        system: 'party',
        form: 'party',
        number: 123,
        typeCode: 'CV',
        type: 'official-letter',
        issuer: 'TU',
      },
    ],
    [
      '05/2021/TT-TTCP',
      {
        symbol: '05/2021/TT-TTCP',
        system: 'state',
        form: 'legal',
        number: 5,
        year: 2021,
        typeCode: 'TT',
        type: 'circular',
        issuer: 'TTCP',
      },
    ],
    [
      '31/2019/NĐ-CP',
      {
        symbol: '31/2019/NĐ-CP',
        system: 'state',
        form: 'legal',
        number: 31,
        year: 2019,
        typeCode: 'NĐ',
        type: 'decree',
        issuer: 'CP',
      },
    ],
    [
      '154/2026/NĐ-CP',
      {
        symbol: '154/2026/NĐ-CP',
        system: 'state',
        form: 'legal',
        number: 154,
        year: 2026,
        typeCode: 'NĐ',
        type: 'decree',
        issuer: 'CP',
      },
    ],
    [
      '45/2019/QH14',
      {
        symbol: '45/2019/QH14',
        system: 'state',
        form: 'law',
        number: 45,
        year: 2019,
        issuer: 'QH14',
      },
    ],
    [
      '02/2011/QH13',
      {
        symbol: '02/2011/QH13',
        system: 'state',
        form: 'law',
        number: 2,
        year: 2011,
        issuer: 'QH13',
      },
    ],
    [
      '136/2025/QH15',
      {
        symbol: '136/2025/QH15',
        system: 'state',
        form: 'law',
        number: 136,
        year: 2025,
        issuer: 'QH15',
      },
    ],
    [
      '156/QĐ-UBND',
      {
        symbol: '156/QĐ-UBND',
        system: 'state',
        form: 'administrative',
        number: 156,
        typeCode: 'QĐ',
        type: 'decision',
        issuer: 'UBND',
      },
    ],
    [
      '12/KH-UBND',
      {
        symbol: '12/KH-UBND',
        system: 'state',
        form: 'administrative',
        number: 12,
        typeCode: 'KH',
        type: 'plan',
        issuer: 'UBND',
      },
    ],
    [
      '45/TB-VPUBND',
      {
        symbol: '45/TB-VPUBND',
        system: 'state',
        form: 'administrative',
        number: 45,
        typeCode: 'TB',
        type: 'notice',
        issuer: 'VPUBND',
      },
    ],
    [
      '123/UBND-VP',
      {
        symbol: '123/UBND-VP',
        system: 'state',
        form: 'official-letter',
        number: 123,
        issuer: 'UBND',
        issuerUnit: 'VP',
      },
    ],
    [
      '4567/VPCP-KTTH',
      {
        symbol: '4567/VPCP-KTTH',
        system: 'state',
        form: 'official-letter',
        number: 4567,
        issuer: 'VPCP',
        issuerUnit: 'KTTH',
      },
    ],
  ])('reads %s', (text, expected) => {
    expect(parseDocumentSymbol(text)).toEqual(expected)
  })

  it('reads joint issuers, issuers with a unit and mixed-case issuers as written', () => {
    expect(parseDocumentSymbol('183/2010/TTLT-BTC-BNN')).toMatchObject({
      form: 'legal',
      typeCode: 'TTLT',
      type: 'joint-circular',
      issuer: 'BTC-BNN',
    })
    expect(parseDocumentSymbol('28/2018/QĐ-TTg')).toMatchObject({ issuer: 'TTg', year: 2018 })
    expect(parseDocumentSymbol('367-QĐ/TWĐTN-VP')).toMatchObject({
      form: 'party',
      issuer: 'TWĐTN-VP',
    })
    expect(parseDocumentSymbol('1211/2016/UBTVQH13')).toMatchObject({
      form: 'law',
      issuer: 'UBTVQH13',
    })
  })

  it('reads a letter without a drafting unit as an official letter', () => {
    const letter = parseDocumentSymbol('126/SKHĐT')
    expect(letter).toEqual({
      symbol: '126/SKHĐT',
      system: 'state',
      form: 'official-letter',
      number: 126,
      issuer: 'SKHĐT',
    })
    expect('issuerUnit' in letter).toBe(false)
  })

  it('tells apart codes that differ only by a diacritic or by system', () => {
    expect(parseDocumentSymbol('12/DA-UBND').type).toBe('development-project')
    expect(parseDocumentSymbol('12/ĐA-UBND').type).toBe('project')
    expect(parseDocumentSymbol('15-DA/TU')).toMatchObject({ typeCode: 'ĐA', type: 'project' })
    expect(parseDocumentSymbol('03/HD-SNV').type).toBe('guidance')
    expect(parseDocumentSymbol('03/HĐ-SNV').type).toBe('contract')
    expect(parseDocumentSymbol('05-TT/TU').type).toBe('instruction')
    expect(parseDocumentSymbol('05/2021/TT-TTCP').type).toBe('circular')
    expect(parseDocumentSymbol('12/KL-TTCP')).toMatchObject({
      form: 'administrative',
      type: 'conclusion',
    })
  })
})

describe('parseDocumentSymbol: tolerance', () => {
  it.each([
    ['  156/QĐ-UBND  ', '156/QĐ-UBND'],
    ['156 / QĐ - UBND', '156/QĐ-UBND'],
    ['15 - NQ / TU', '15-NQ/TU'],
    ['Số 156/QĐ-UBND', '156/QĐ-UBND'],
    ['Số: 156/QĐ-UBND', '156/QĐ-UBND'],
    ['số:156/QĐ-UBND', '156/QĐ-UBND'],
    ['SỐ  05/2021/TT-TTCP', '05/2021/TT-TTCP'],
    ['So: 156/QD-UBND', '156/QĐ-UBND'],
    ['Số hiệu: 31/2019/NĐ-CP', '31/2019/NĐ-CP'],
    ['Số 137-QD/TW', '137-QĐ/TW'],
    ['31/2019/ND-CP', '31/2019/NĐ-CP'],
    ['08-QDi/TW', '08-QĐi/TW'],
    ['08-qđi/tw', '08-QĐi/TW'],
    ['15-DA/TU', '15-ĐA/TU'],
    ['156/qd-ubnd', '156/QĐ-UBND'],
    ['12/ctr-ubnd', '12/CTr-UBND'],
    ['45/2019/qh14', '45/2019/QH14'],
    ['28/2018/QD-TTG', '28/2018/QĐ-TTg'],
    ['5/NQ-HDND', '05/NQ-HĐND'],
    ['156/QÐ-UBND', '156/QĐ-UBND'], // U+00D0, the Icelandic eth some fonts show for Đ
    ['156/QĐ–UBND', '156/QĐ-UBND'], // en dash from a word processor
    ['156\u00a0/\u00a0QĐ-UBND', '156/QĐ-UBND'], // no-break spaces
    ['Số 156/QĐ-UBND'.normalize('NFD'), '156/QĐ-UBND'],
    ['0005/KH-UBND', '05/KH-UBND'],
    ['5/QĐ-UBND', '05/QĐ-UBND'],
  ])('reads %j as %s', (typed, canonical) => {
    expect(parseDocumentSymbol(typed).symbol).toBe(canonical)
  })

  it('gives the same parts for the decomposed and composed spellings', () => {
    const composed = parseDocumentSymbol('Số: 15-NQ/ĐU')
    expect(parseDocumentSymbol('Số: 15-NQ/ĐU'.normalize('NFD'))).toEqual(composed)
    expect(composed).toMatchObject({ issuer: 'ĐU', number: 15 })
  })
})

describe('parseDocumentSymbol: malformed symbols', () => {
  it.each([
    ['', 'the text is empty'],
    ['QĐ-UBND', "expected a number before '/' or '-', found 'Q'"],
    ['156', 'nothing follows the number 156'],
    ['156QĐ-UBND', "expected '/' or '-' after the number 156, found 'Q'"],
    ['01a/KH-UBND', "a letter after the number ('01a') is not supported"],
    ['0/QĐ-UBND', 'number 0 is not allowed: document numbers start at 1'],
    ['1234567/QĐ-UBND', 'number 1234567 is too large (at most 999999)'],
    ['05/1800/TT-TTCP', 'year 1800 is out of range (1945–2100)'],
    ['05/21/TT-TTCP', "year '21' must have four digits"],
    ['15-XX/TU', "unknown type code 'XX' for a Party document (known codes: NQ, CT, KL, QĐ,"],
    ['05/2021/XX-TTCP', "unknown type code 'XX' for a state document"],
    ['15-NĐ/TU', "type code 'NĐ' is not used in Party documents"],
    ['156/QĐi-UBND', "type code 'QĐi' is used only in Party documents"],
    ['123/CV-UBND', "a state official letter has no type code, as in '123/UBND-VP'"],
    ['156/QĐ', "expected an issuer after the type code 'QĐ'"],
    ['05/2021/TT', "expected an issuer after the type code 'TT'"],
    ['05/2021/TTCP', "expected a type code and an issuer joined by '-' after the year"],
    ['156/QĐ/UBND', "expected '-', not '/', between 'QĐ' and 'UBND'"],
    ['183/2010/TTLT/BTC-BNN', "expected '-', not '/', between 'TTLT' and 'BTC'"],
    ['15-NQ-TU', "expected '/' between the type code and the issuer"],
    ['15-NQ/TU/VP', "more than one '/' after the type code"],
    ['1/2/3/4', "too many '/'"],
    ['156/QĐ UBND', "a space in '156/QĐ UBND'"],
    ['156//QĐ-UBND', "nothing between the separators in '//'"],
    ['156/QĐ-', "something is missing after the final '-'"],
    ['156/QĐ-UB#ND', "issuer 'UB#ND' may contain only letters, digits and '&'"],
    ['45/2019/QH0', "term 0 of 'QH' must be a number from 1 to 99"],
    ['156/2021', "expected '/' and then the type code and issuer after the year 2021"],
  ])('refuses %j: %s', (text, detail) => {
    const error = refusal(text)
    expect(error).toBeInstanceOf(LienthongError)
    expect(error.code).toBe('invalid_document_symbol')
    expect(error.issues).toHaveLength(1)
    const [issue] = error.issues
    expect(issue?.code).toBe('invalid_document_symbol')
    expect(issue?.path).toEqual([])
    expect(issue?.params).toMatchObject({ value: text })
    expect(String(issue?.params?.detail)).toContain(detail)
    expect(issue?.params?.detailVi).toEqual(expect.any(String))
    expect(issue?.message).toBe(
      `${JSON.stringify(text)} is not a document symbol: ${String(issue?.params?.detail)}`,
    )
  })

  it('throws the same error from parseDocumentSymbol', () => {
    expect(() => parseDocumentSymbol('15-XX/TU')).toThrow(LienthongError)
    expect(() => parseDocumentSymbol('15-XX/TU')).toThrow(/unknown type code 'XX'/)
  })

  it('says in Vietnamese what was expected', () => {
    const error = refusal('05/1800/TT-TTCP', 'vi')
    expect(error.format('vi')).toBe(
      '"05/1800/TT-TTCP" không phải số ký hiệu văn bản: năm 1800 nằm ngoài khoảng cho phép (1945–2100)',
    )
    expect(error.message).toContain('DocumentSymbol không hợp lệ (1 lỗi)')
    expect(refusal('15-XX/TU').format('vi')).toContain(
      "mã loại 'XX' không có trong danh mục văn bản của Đảng",
    )
  })

  it.each([
    [42, 'number', 42],
    [null, 'null', null],
    [undefined, 'undefined', '<undefined>'],
    [{ symbol: '156/QĐ-UBND' }, 'object', '<object>'],
    [['156/QĐ-UBND'], 'array', '<array>'],
    [10n, 'bigint', '<bigint>'],
    [Symbol('x'), 'symbol', '<symbol>'],
  ])('refuses a non-string (%s) without echoing it', (input, type, shown) => {
    const error = refusal(input)
    expect(error.issues[0]?.params).toMatchObject({ value: shown })
    expect(String(error.issues[0]?.params?.detail)).toBe(
      `expected text such as '156/QĐ-UBND', received ${type}`,
    )
    expect(error.issues[0]?.received).toBe(type)
  })

  it('does not echo a very long input in full', () => {
    const error = refusal(`156/QĐ-${'U'.repeat(10_000)}`)
    expect(String(error.issues[0]?.params?.detail)).toContain('longer than 100 characters')
    expect(String(error.issues[0]?.params?.value).length).toBeLessThanOrEqual(101)
  })

  it('survives hostile objects', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(safeParseDocumentSymbol(proxy).ok).toBe(false)
  })
})

describe('documentSymbolSchema', () => {
  const holder = createParsers('Holder', z.object({ symbol: documentSymbolSchema }))

  it('keeps a valid symbol as written', () => {
    expect(documentSymbolSchema.parse('Số: 156/qd-UBND')).toBe('Số: 156/qd-UBND')
  })

  it('reports the parser’s issue at the field', () => {
    const result = holder.safeParse({ symbol: '15-XX/TU' }, { locale: 'vi' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.issues).toHaveLength(1)
    expect(result.error.issues[0]).toMatchObject({
      code: 'invalid_document_symbol',
      path: ['symbol'],
      params: { value: '15-XX/TU' },
    })
    expect(String(result.error.issues[0]?.params?.detail)).toContain("unknown type code 'XX'")
    expect(result.error.format('vi')).toMatch(
      /^symbol: "15-XX\/TU" không phải số ký hiệu văn bản: /,
    )
  })

  it('reports a non-string as a type error, like other fields', () => {
    const result = holder.safeParse({ symbol: 156 })
    expect(result.ok ? [] : result.error.issueCodes).toEqual(['invalid_type'])
  })
})

describe('formatDocumentSymbol', () => {
  it.each<[DocumentSymbolParts, string]>([
    [{ form: 'party', number: 1, typeCode: 'CT', issuer: 'TW' }, '01-CT/TW'],
    [{ form: 'legal', number: 31, year: 2019, typeCode: 'ND', issuer: 'CP' }, '31/2019/NĐ-CP'],
    [{ form: 'law', number: 45, year: 2019, issuer: 'QH14' }, '45/2019/QH14'],
    [{ form: 'administrative', number: 156, typeCode: 'qd', issuer: 'UBND' }, '156/QĐ-UBND'],
    [{ form: 'official-letter', number: 123, issuer: 'UBND', issuerUnit: 'VP' }, '123/UBND-VP'],
    [{ form: 'official-letter', number: 126, issuer: 'SKHĐT' }, '126/SKHĐT'],
  ])('writes %j as %s', (parts, text) => {
    expect(formatDocumentSymbol(parts)).toBe(text)
  })

  it('accepts a parsed symbol as its parts', () => {
    const parsed = parseDocumentSymbol('Số: 5 / 2021 / tt - TTCP')
    expect(formatDocumentSymbol(parsed)).toBe('05/2021/TT-TTCP')
  })

  it.each<[DocumentSymbolParts, string]>([
    [{ form: 'legal', number: 31, typeCode: 'NĐ', issuer: 'CP' }, 'a legal symbol needs a year'],
    [
      { form: 'administrative', number: 1, year: 2020, typeCode: 'QĐ', issuer: 'UBND' },
      'has no year',
    ],
    [{ form: 'party', number: 15, issuer: 'TU' }, 'a party symbol needs a type code'],
    [{ form: 'law', number: 45, year: 2019, typeCode: 'L', issuer: 'QH14' }, 'has no type code'],
    [{ form: 'party', number: 0, typeCode: 'NQ', issuer: 'TU' }, 'must be a whole number from 1'],
    [{ form: 'party', number: 1.5, typeCode: 'NQ', issuer: 'TU' }, 'must be a whole number from 1'],
    [{ form: 'party', number: 15, typeCode: 'XX', issuer: 'TU' }, "unknown type code 'XX'"],
    [
      { form: 'party', number: 15, typeCode: 'NQ', issuer: 'TU', issuerUnit: 'VP' },
      'only an official letter',
    ],
    [
      { form: 'official-letter', number: 1, issuer: 'QĐ', issuerUnit: 'UBND' },
      'would read back as a administrative',
    ],
    [
      { form: 'official-letter', number: 1, issuer: 'UBND-VP', issuerUnit: 'TH' },
      "with issuer 'UBND' with unit 'VP-TH'",
    ],
    [
      { form: 'legal', number: 1, year: 21, typeCode: 'TT', issuer: 'BTC' },
      "year '21' must have four digits",
    ],
    [
      { form: 'memo' as 'party', number: 1, typeCode: 'NQ', issuer: 'TU' },
      "form 'memo' is not one of",
    ],
  ])('refuses %j', (parts, detail) => {
    let caught: unknown
    try {
      formatDocumentSymbol(parts)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(LienthongError)
    const error = caught as LienthongError
    expect(error.code).toBe('invalid_document_symbol')
    expect(error.issueCodes).toEqual(['invalid_document_symbol'])
    expect(String(error.issues[0]?.params?.detail)).toContain(detail)
  })
})

describe('the TSDoc examples', () => {
  it('hold', () => {
    expect(parseDocumentSymbol('Số 137 - QD/TW')).toEqual({
      symbol: '137-QĐ/TW',
      system: 'party',
      form: 'party',
      number: 137,
      typeCode: 'QĐ',
      type: 'decision',
      issuer: 'TW',
    })
    expect(parseDocumentSymbol('Số: 05/2021/TT-TTCP')).toEqual({
      symbol: '05/2021/TT-TTCP',
      system: 'state',
      form: 'legal',
      number: 5,
      year: 2021,
      typeCode: 'TT',
      type: 'circular',
      issuer: 'TTCP',
    })
    expect(refusal('15-XX/TU', 'vi').format('vi')).toMatch(
      /^"15-XX\/TU" không phải số ký hiệu văn bản: mã loại 'XX' không có trong danh mục văn bản của Đảng \(/,
    )
    expect(documentSymbolSchema.parse('156/QĐ-UBND')).toBe('156/QĐ-UBND')
    expect(documentSymbolSchema.safeParse('156/XX').success).toBe(true)
    expect(documentSymbolSchema.safeParse('15-XX/TU').success).toBe(false)
    expect(documentTypeNames['notice-of-conclusions'].vi).toBe('Thông báo kết luận')
  })
})

describe('properties', () => {
  const fold = (text: string) => text.toUpperCase().replace(/Đ/g, 'D')
  const codesOf = (system: DocumentSystem) =>
    documentTypeCodes.filter((row) => row.systems.includes(system))
  const allFolded = new Set(documentTypeCodes.map((row) => fold(row.code)))

  // Random issuers avoid D and G so that none is a spelling the parser corrects (HDND, TTG).
  const randomPart = fc.stringMatching(/^[A-CE-FH-Z][A-CE-FH-Z0-9]{0,6}$/)
  const realPart = fc.constantFrom('UBND', 'TU', 'TW', 'HĐND', 'ĐU', 'BCSĐ', 'TTg', 'TWĐTN', 'VP')
  const part = fc.oneof(randomPart, realPart)
  const issuer = fc.array(part, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('-'))
  const letterIssuer = part.filter((text) => !allFolded.has(fold(text)))
  const number = fc.integer({ min: 1, max: 999_999 })
  const year = fc.integer({ min: 1945, max: 2100 })

  const partySymbol = fc
    .record({ number, row: fc.constantFrom(...codesOf('party')), issuer })
    .map(({ row, ...rest }): Omit<DocumentSymbol, 'symbol'> => ({
      system: 'party',
      form: 'party',
      ...rest,
      typeCode: row.code,
      type: row.type,
    }))
  const legalSymbol = fc
    .record({ number, year, row: fc.constantFrom(...codesOf('state')), issuer })
    .map(({ row, ...rest }): Omit<DocumentSymbol, 'symbol'> => ({
      system: 'state',
      form: 'legal',
      ...rest,
      typeCode: row.code,
      type: row.type,
    }))
  const administrativeSymbol = fc
    .record({ number, row: fc.constantFrom(...codesOf('state')), issuer })
    .map(({ row, ...rest }): Omit<DocumentSymbol, 'symbol'> => ({
      system: 'state',
      form: 'administrative',
      ...rest,
      typeCode: row.code,
      type: row.type,
    }))
  const lawSymbol = fc
    .record({
      number,
      year,
      body: fc.constantFrom('QH', 'UBTVQH'),
      term: fc.integer({ min: 1, max: 99 }),
    })
    .map(({ body, term, ...rest }): Omit<DocumentSymbol, 'symbol'> => ({
      system: 'state',
      form: 'law',
      ...rest,
      issuer: `${body}${term}`,
    }))
  const letterSymbol = fc
    .record(
      { number, issuer: letterIssuer, issuerUnit: issuer },
      { requiredKeys: ['number', 'issuer'] },
    )
    .map((rest): Omit<DocumentSymbol, 'symbol'> => ({
      system: 'state',
      form: 'official-letter',
      ...rest,
    }))
  const anySymbol = fc.oneof(
    partySymbol,
    legalSymbol,
    administrativeSymbol,
    lawSymbol,
    letterSymbol,
  )

  it('parse(format(x)) gives back x', () => {
    fc.assert(
      fc.property(anySymbol, (parts) => {
        const text = formatDocumentSymbol(parts)
        expect(parseDocumentSymbol(text)).toEqual({ ...parts, symbol: text })
      }),
      { numRuns: 500 },
    )
  })

  it('reads the way people type a symbol as the canonical one', () => {
    const messy = fc.record({
      parts: anySymbol,
      prefix: fc.constantFrom('', 'Số ', 'Số: ', 'số:', 'So '),
      space: fc.constantFrom('', ' ', '  ', '\u00a0'),
      lowerCode: fc.boolean(),
      asciiCode: fc.boolean(),
      eth: fc.boolean(),
      decomposed: fc.boolean(),
    })
    fc.assert(
      fc.property(messy, ({ parts, prefix, space, lowerCode, asciiCode, eth, decomposed }) => {
        const canonical = formatDocumentSymbol(parts)
        let code = parts.typeCode
        const system = parts.system
        const collides =
          code !== undefined &&
          codesOf(system).some((row) => row.code !== code && fold(row.code) === fold(code ?? ''))
        if (code !== undefined && asciiCode && !collides) code = code.replace(/Đ/g, 'D')
        if (code !== undefined && lowerCode) code = code.toLowerCase()
        let text = canonical
        if (parts.typeCode !== undefined && code !== undefined) {
          text = canonical.replace(
            parts.form === 'party' ? `-${parts.typeCode}/` : `/${parts.typeCode}-`,
            parts.form === 'party' ? `-${code}/` : `/${code}-`,
          )
        }
        text = prefix + text.replace(/[/-]/g, (separator) => `${space}${separator}${space}`)
        if (eth) text = text.replace(/Đ/g, '\u00d0')
        if (decomposed) text = text.normalize('NFD')
        expect(parseDocumentSymbol(text)).toEqual({ ...parts, symbol: canonical })
      }),
      { numRuns: 500 },
    )
  })

  const symbolish = fc.string({
    unit: fc.constantFrom(...'0123456789/-  ĐđÐQDNHTUBCVKLĐAiyrg&#:Số'.split('')),
    maxLength: 24,
  })

  it.each([
    ['fc.string()', fc.string()],
    ['fc.string({ unit: "binary" })', fc.string({ unit: 'binary' })],
    ['fc.string({ unit: "grapheme" })', fc.string({ unit: 'grapheme' })],
    ['symbol-like text', symbolish],
    ['fc.anything()', fc.anything()],
  ])('safeParse never throws, and what it accepts is canonical (%s)', (_name, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (input: unknown) => {
        const result = safeParseDocumentSymbol(input)
        if (!result.ok) {
          expect(result.error.issueCodes).toEqual(['invalid_document_symbol'])
          return
        }
        expect(parseDocumentSymbol(result.value.symbol)).toEqual(result.value)
        expect(formatDocumentSymbol(result.value)).toBe(result.value.symbol)
      }),
      { numRuns: 1000 },
    )
  })
})

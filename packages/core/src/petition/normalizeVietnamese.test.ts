import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeVietnamese } from './normalizeVietnamese.js'
import { foldedWordHashes } from './petitionMatching.js'
import {
  foldedEquals,
  foldsToNothing,
  HASH_START,
  hashFolded,
  hashString,
} from './vietnameseFold.js'

const vietnamese = fc
  .array(
    fc.constantFrom(
      'Đơn',
      'KHIẾU',
      'nại',
      'Nguyễn',
      'Thị',
      'Thủy',
      'đường',
      'ỷ',
      'Ưng',
      'ngõ',
      '12/34',
      '—',
      '(lần 2)',
      '“khẩn”',
      'phố Hàng Bạc,',
      '156/QĐ-UBND',
    ),
    { maxLength: 12 },
  )
  .map((words) => words.join(' '))

describe('normalizeVietnamese', () => {
  it('folds case, diacritics and đ', () => {
    expect(normalizeVietnamese('Nguyễn Thị Thủy')).toBe('nguyen thi thuy')
    expect(normalizeVietnamese('ĐƯỜNG ĐỘI CẤN')).toBe('duong doi can')
    expect(normalizeVietnamese('ằắẳẵặ ầấẩẫậ ờớởỡợ ừứửữự ỳýỷỹỵ')).toBe(
      'aaaaa aaaaa ooooo uuuuu yyyyy',
    )
  })

  it('turns runs of punctuation and spaces into one space and trims', () => {
    expect(normalizeVietnamese('  Đơn KHIẾU NẠI (lần 2)… về Quyết định 156/QĐ-UBND ')).toBe(
      'don khieu nai lan 2 ve quyet dinh 156 qd ubnd',
    )
    expect(normalizeVietnamese('\t“khẩn”\u00a0—\n')).toBe('khan')
    expect(normalizeVietnamese('')).toBe('')
    expect(normalizeVietnamese('…!?')).toBe('')
  })

  it('folds decomposed (NFD) text like composed text', () => {
    expect(normalizeVietnamese('Khiếu nại'.normalize('NFD'))).toBe('khieu nai')
  })

  it('keeps letters of other scripts', () => {
    expect(normalizeVietnamese('Đơn 申诉 Жалоба')).toBe('don 申诉 жалоба')
    expect(normalizeVietnamese('emoji 😀 here')).toBe('emoji here')
  })

  it('is idempotent and blind to composition and case (property)', () => {
    fc.assert(
      fc.property(vietnamese, (text) => {
        const folded = normalizeVietnamese(text)
        expect(normalizeVietnamese(folded)).toBe(folded)
        expect(normalizeVietnamese(text.normalize('NFD'))).toBe(folded)
        expect(normalizeVietnamese(text.toUpperCase())).toBe(folded)
        expect(folded).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/)
      }),
    )
  })

  it('hashes folded text exactly as the folded string (property)', () => {
    fc.assert(
      fc.property(fc.oneof(vietnamese, fc.string({ unit: 'grapheme', maxLength: 30 })), (text) => {
        const folded = normalizeVietnamese(text)
        const direct = hashFolded(HASH_START, text, normalizeVietnamese)
        expect(direct).toBe(folded === '' ? -1 : hashString(HASH_START, folded) >>> 0)
      }),
    )
  })

  it('hashes the words of folded text exactly as the folded words (property)', () => {
    fc.assert(
      fc.property(fc.oneof(vietnamese, fc.string({ unit: 'grapheme', maxLength: 30 })), (text) => {
        const words: number[] = [7]
        foldedWordHashes(text, words)
        const folded = normalizeVietnamese(text)
        const expected =
          folded === '' ? [] : folded.split(' ').map((w) => hashString(HASH_START, w) >>> 0)
        expect(words).toEqual([7, ...expected])
      }),
    )
  })

  it('compares and empties folded text exactly as the folded strings (property)', () => {
    const text = fc.oneof(
      vietnamese,
      vietnamese.map((t) => t.normalize('NFD').toUpperCase()),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    )
    fc.assert(
      fc.property(text, text, (a, b) => {
        const [x, y] = [normalizeVietnamese(a), normalizeVietnamese(b)]
        expect(foldedEquals(a, b, normalizeVietnamese)).toBe(x === y)
        expect(foldedEquals(a, a.normalize('NFD').toUpperCase(), normalizeVietnamese)).toBe(
          x === normalizeVietnamese(a.normalize('NFD').toUpperCase()),
        )
        expect(foldsToNothing(a, normalizeVietnamese)).toBe(x === '')
      }),
    )
    expect(foldedEquals('Hàng  Bạc,', 'hang bac', normalizeVietnamese)).toBe(true)
    expect(foldedEquals('hang bac', 'hangbac', normalizeVietnamese)).toBe(false)
    expect(foldedEquals('Đơn 申诉', 'don 申诉', normalizeVietnamese)).toBe(true)
    expect(foldsToNothing(' —… ', normalizeVietnamese)).toBe(true)
  })
})

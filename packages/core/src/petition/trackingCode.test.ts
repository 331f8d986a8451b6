import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LienthongError } from '../errors/LienthongError.js'
import {
  createTrackingCode,
  isValidTrackingCode,
  normalizeTrackingCode,
  trackingCodeProblem,
  trackingCodeAlphabet,
} from './trackingCode.js'

/** A random source from fixed bytes, for deterministic codes. */
const bytesOf = (bytes: readonly number[]) => (buffer: Uint8Array) => {
  buffer.set(bytes.slice(0, buffer.length))
  return buffer
}

const codeArbitrary = fc
  .uint8Array({ minLength: 10, maxLength: 10 })
  .map((bytes) => createTrackingCode(bytesOf([...bytes])))

/** The code's symbols without hyphens. */
const symbols = (code: string) => code.replace(/-/g, '').split('')

describe('createTrackingCode', () => {
  it('writes 10 random symbols and a check symbol as XXXX-XXXX-XXX', () => {
    expect(createTrackingCode(bytesOf([19, 7, 20, 4, 29, 9, 23, 22, 24, 2]))).toBe('K7M4-X9QP-R2Y')
    expect(createTrackingCode(bytesOf(Array<number>(10).fill(0)))).toBe('0000-0000-000')
    // Only the low 5 bits of each byte are used: 32 divides 256, so they stay uniform.
    expect(createTrackingCode(bytesOf(Array<number>(10).fill(32)))).toBe('0000-0000-000')
  })

  it('uses crypto.getRandomValues by default', () => {
    const codes = new Set(Array.from({ length: 200 }, () => createTrackingCode()))
    expect(codes.size).toBe(200)
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}$/)
      expect(isValidTrackingCode(code)).toBe(true)
    }
  })

  it('says what is wrong with a random source that is not one, instead of a TypeError', () => {
    const fromJavaScript = createTrackingCode as (random?: unknown) => string
    expect(() => fromJavaScript({ random: bytesOf([1]) })).toThrow(LienthongError)
    expect(() => fromJavaScript({ random: bytesOf([1]) })).toThrow(
      'random: expected function, received an object',
    )
    expect(() => fromJavaScript(() => 'bytes')).toThrow(LienthongError)
  })

  it('avoids the letters people confuse (I, L, O, U)', () => {
    expect(trackingCodeAlphabet).toHaveLength(32)
    expect(trackingCodeAlphabet).not.toMatch(/[ILOU]/)
  })
})

describe('isValidTrackingCode', () => {
  it('reads codes as people type them', () => {
    expect(isValidTrackingCode('K7M4-X9QP-R2Y')).toBe(true)
    expect(isValidTrackingCode('k7m4 x9qp r2y')).toBe(true)
    expect(isValidTrackingCode('K7M4X9QPR2Y')).toBe(true)
    expect(isValidTrackingCode('oooo-oooo-ooo')).toBe(true) // O read as 0
    expect(normalizeTrackingCode(' k7m4 x9qp r2y ')).toBe('K7M4-X9QP-R2Y')
    expect(normalizeTrackingCode('K7M4-X9QP-R2Z')).toBeUndefined()
  })

  it('refuses the wrong length and foreign symbols', () => {
    expect(isValidTrackingCode('')).toBe(false)
    expect(isValidTrackingCode('K7M4-X9QP-R2')).toBe(false)
    expect(isValidTrackingCode('K7M4-X9QP-R2YY')).toBe(false)
    expect(isValidTrackingCode('K7M4-X9QP-R2U')).toBe(false)
    expect(isValidTrackingCode('K7M4-X9QP-R2#')).toBe(false)
    expect(isValidTrackingCode(42 as unknown as string)).toBe(false)
  })

  it('tells a code of the wrong shape from one with a mistyped symbol', () => {
    expect(trackingCodeProblem('K7M4-X9QP-R2Y')).toBeUndefined()
    expect(trackingCodeProblem('K7M4-X9QP-R2Z')).toBe('check')
    expect(trackingCodeProblem('0000-0000-010')).toBe('check')
    expect(trackingCodeProblem('K7M4-X9QP-R2U')).toBe('format')
    expect(trackingCodeProblem('HN-2026-000123')).toBe('format')
    expect(trackingCodeProblem('')).toBe('format')
  })

  it('catches every single mistyped symbol (property)', () => {
    fc.assert(
      fc.property(codeArbitrary, fc.nat(10), fc.nat(31), (code, position, replacement) => {
        const list = symbols(code)
        const wrong = trackingCodeAlphabet[replacement] ?? '0'
        fc.pre(list[position] !== wrong)
        list[position] = wrong
        expect(isValidTrackingCode(list.join(''))).toBe(false)
      }),
      { numRuns: 2000 },
    )
  })

  it('catches every swap of two neighbouring symbols (property)', () => {
    fc.assert(
      fc.property(codeArbitrary, fc.nat(9), (code, position) => {
        const list = symbols(code)
        const [a, b] = [list[position], list[position + 1]]
        fc.pre(a !== b && a !== undefined && b !== undefined)
        list[position] = b
        list[position + 1] = a
        expect(isValidTrackingCode(list.join(''))).toBe(false)
      }),
      { numRuns: 2000 },
    )
  })

  it('catches them exhaustively on one code', () => {
    const list = symbols('K7M4-X9QP-R2Y')
    let tried = 0
    list.forEach((symbol, position) => {
      for (const other of trackingCodeAlphabet) {
        if (other === symbol) continue
        const changed = [...list]
        changed[position] = other
        expect(isValidTrackingCode(changed.join('')), changed.join('')).toBe(false)
        tried++
      }
    })
    expect(tried).toBe(11 * 31)
  })
})

import { describeType } from '../_lib/zodIssues.js'
import { LienthongError } from '../errors/LienthongError.js'
import { formatIssueMessage } from '../errors/formatIssueMessage.js'

/**
 * The 32 symbols of tracking codes: Crockford's base 32 (digits and capital letters without I,
 * L, O and U), so no two are confused when read aloud or copied by hand.
 *
 * @category Petition
 * @example
 * ```ts
 * import { trackingCodeAlphabet } from '@lienthong/core/petition'
 *
 * trackingCodeAlphabet.length // 32
 * ```
 */
export const trackingCodeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** Random symbols in a code, before the check symbol: 10 × 5 = 50 bits. */
const PAYLOAD = 10

/**
 * Fills a byte array with random values, as `crypto.getRandomValues` does.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { RandomSource } from '@lienthong/core/petition'
 *
 * // Deterministic bytes for a test:
 * const fixed: RandomSource = (bytes) => bytes.fill(7)
 * ```
 */
export type RandomSource = (bytes: Uint8Array) => Uint8Array

/** Multiplies by x in GF(32) = GF(2)[x] / (x⁵ + x² + 1). */
function timesX(value: number): number {
  const shifted = value << 1
  return shifted & 32 ? shifted ^ 0b100101 : shifted
}

/**
 * One step of Damm's algorithm over the quasigroup a ∘ b = x·a + b of GF(32). It is totally
 * anti-symmetric ((c∘a)∘b = (c∘b)∘a only when a = b, because x ≠ 1), so the check symbol
 * catches every single wrong symbol and every swap of two neighbours.
 */
function dammStep(interim: number, symbol: number): number {
  return timesX(interim) ^ symbol
}

function checkSymbol(values: readonly number[]): number {
  let interim = 0
  for (const value of values) interim = dammStep(interim, value)
  // The symbol c with x·interim + c = 0 (in characteristic 2, −a = a).
  return timesX(interim)
}

function format(values: readonly number[]): string {
  const text = values.map((value) => trackingCodeAlphabet[value]).join('')
  return `${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8)}`
}

function defaultRandom(): RandomSource {
  const crypto = (globalThis as { crypto?: { getRandomValues?: RandomSource } }).crypto
  const getRandomValues = crypto?.getRandomValues
  if (getRandomValues === undefined) {
    throw new Error(
      'createTrackingCode: this runtime has no crypto.getRandomValues; pass a secure random source',
    )
  }
  return (bytes) => getRandomValues.call(crypto, bytes)
}

/**
 * Creates a tracking code (mã tra cứu) to give the petitioner: 10 random symbols (50 bits, from
 * `crypto.getRandomValues`) and a check symbol, written `XXXX-XXXX-XXX`, e.g. `K7M4-X9QP-R2Y`.
 *
 * - **Non-guessable**: 2⁵⁰ ≈ 10¹⁵ codes, so with a million petitions a guess hits one with a
 *   chance of one in a billion; rate-limit look-ups all the same.
 * - **Easy to read over the phone**: Crockford's base 32 ({@link trackingCodeAlphabet}); when a
 *   code is read back, `O` counts as `0` and `I`, `L` as `1`, case and hyphens do not matter.
 * - **Checked**: the last symbol (Damm's algorithm over GF(32)) catches any single mistyped
 *   symbol and any swap of two neighbouring symbols ({@link isValidTrackingCode}).
 *
 * Codes are random, not unique by construction: check a new code against the codes in use.
 *
 * @category Petition
 * @param random - Fills a byte array with secure random values; default
 *   `globalThis.crypto.getRandomValues`. Inject one for deterministic tests.
 * @returns A new code, `XXXX-XXXX-XXX` (13 characters).
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) when `random` is not a
 *   function or does not return the byte array it was given; Error when the runtime has no
 *   `crypto.getRandomValues` and no `random` is given (every supported runtime has it: Node 20+,
 *   browsers, Deno, Bun, workers).
 * @example
 * ```ts
 * import { createTrackingCode, isValidTrackingCode } from '@lienthong/core/petition'
 *
 * const code = createTrackingCode() // e.g. 'K7M4-X9QP-R2Y'
 * isValidTrackingCode(code) // true
 * createTrackingCode((bytes) => bytes.fill(0)) // '0000-0000-000'
 * ```
 */
export function createTrackingCode(random?: RandomSource): string {
  const source: unknown = random
  if (source !== undefined && typeof source !== 'function') throw wrongRandom(source)
  const bytes = (random ?? defaultRandom())(new Uint8Array(PAYLOAD))
  if (!(bytes instanceof Uint8Array) || bytes.length < PAYLOAD) throw wrongRandom(bytes, 'result')
  // 32 divides 256: the low 5 bits of a uniform byte are uniform.
  const values = Array.from({ length: PAYLOAD }, (_, i) => (bytes[i] ?? 0) & 31)
  return format([...values, checkSymbol(values)])
}

/** The error for a random source that is not a function, or that returned no bytes. */
function wrongRandom(value: unknown, what: 'random' | 'result' = 'random'): LienthongError {
  const expected = what === 'random' ? 'function' : 'Uint8Array'
  const received = describeType(value)
  const params = { expected, received }
  return new LienthongError({
    code: 'invalid_input',
    subject: 'createTrackingCode',
    issues: [
      {
        code: 'invalid_type',
        path: what === 'random' ? ['random'] : ['random', '(result)'],
        params,
        message: formatIssueMessage({ code: 'invalid_type', params }, 'en'),
        expected,
        received,
      },
    ],
  })
}

const aliases: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' }

function symbolsOf(code: string): number[] | undefined {
  if (typeof code !== 'string') return undefined
  const compact = code.replace(/[\s-]/g, '').toUpperCase()
  if (compact.length !== PAYLOAD + 1) return undefined
  const values: number[] = []
  for (const char of compact) {
    const value = trackingCodeAlphabet.indexOf(aliases[char] ?? char)
    if (value < 0) return undefined
    values.push(value)
  }
  return values
}

/**
 * Whether a tracking code is well formed and its check symbol matches: a single mistyped symbol
 * or two swapped neighbours are always caught. Case, spaces and hyphens do not matter, and `O`,
 * `I`, `L` are read as `0`, `1`, `1` (Crockford's base 32).
 *
 * Performance: O(length).
 *
 * @category Petition
 * @param code - What the citizen typed or read out.
 * @returns True when it is a valid code.
 * @example
 * ```ts
 * import { createTrackingCode, isValidTrackingCode } from '@lienthong/core/petition'
 *
 * isValidTrackingCode('0000-0000-000') // true
 * isValidTrackingCode('oooo oooo ooo') // true (O read as 0)
 * isValidTrackingCode('0000-0000-010') // false (one symbol wrong)
 * ```
 */
export function isValidTrackingCode(code: string): boolean {
  return trackingCodeProblem(code) === undefined
}

/**
 * What is wrong with a tracking code, so a form or a server can say it: `'format'` when it is not
 * eleven symbols of the alphabet at all (spaces and hyphens aside), `'check'` when it has that
 * shape but its check symbol does not match — a mistyped or swapped symbol the person can
 * correct; `undefined` for a valid code.
 *
 * Performance: O(length).
 *
 * @category Petition
 * @param code - What the citizen typed or read out.
 * @returns The problem, or `undefined`.
 * @example
 * ```ts
 * import { trackingCodeProblem } from '@lienthong/core/petition'
 *
 * trackingCodeProblem('0000-0000-000') // undefined (valid)
 * trackingCodeProblem('0000-0000-010') // 'check' (one symbol wrong)
 * trackingCodeProblem('HN-2026-000123') // 'format'
 * ```
 */
export function trackingCodeProblem(code: string): 'format' | 'check' | undefined {
  const values = symbolsOf(code)
  if (values === undefined) return 'format'
  let interim = 0
  for (const value of values) interim = dammStep(interim, value)
  return interim === 0 ? undefined : 'check'
}

/**
 * Writes a tracking code the way {@link createTrackingCode} does (`XXXX-XXXX-XXX`, capitals,
 * aliases resolved), to look it up; `undefined` when it is not a valid code.
 *
 * @category Petition
 * @param code - What the citizen typed or read out.
 * @returns The code in canonical form, or `undefined`.
 * @example
 * ```ts
 * import { normalizeTrackingCode } from '@lienthong/core/petition'
 *
 * normalizeTrackingCode(' oooo oooo ooo ') // '0000-0000-000'
 * ```
 */
export function normalizeTrackingCode(code: string): string | undefined {
  if (!isValidTrackingCode(code)) return undefined
  const values = symbolsOf(code)
  return values === undefined ? undefined : format(values)
}

// Internal: token-set (Jaccard) similarity joins over Vietnamese text, with prefix filtering so
// that only records sharing a rare token are compared (no pairwise loop over every record).
import { normalizeVietnamese } from '../petition/normalizeVietnamese.js'

/** The distinct words of a text, folded (no diacritics, lower case). */
export function foldedTokens(text: string): string[] {
  const folded = normalizeVietnamese(text)
  return folded === '' ? [] : [...new Set(folded.split(' '))]
}

/** A pair of records whose token sets are alike: indexes (first < second) and Jaccard score. */
export interface SimilarPair {
  readonly first: number
  readonly second: number
  readonly score: number
}

/** Jaccard similarity |a ∩ b| / |a ∪ b| of two ascending arrays without repeats. */
function jaccardSorted(a: readonly number[], b: readonly number[]): number {
  let i = 0
  let j = 0
  let shared = 0
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0
    const y = b[j] ?? 0
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  const union = a.length + b.length - shared
  return union === 0 ? 0 : shared / union
}

/**
 * Every pair of records whose token sets have Jaccard similarity ≥ `threshold` (0 < threshold ≤
 * 1) and that `accept` allows. Records with fewer than `minTokens` tokens are skipped.
 *
 * Tokens are ranked rarest first; each record indexes only its prefix of `n − ⌈t·n⌉ + 1`
 * rarest tokens, which any record at least `t`-similar must share (prefix filtering). Time is
 * O(total tokens · log) plus the candidates that share a rare prefix token.
 */
export function similarPairs(
  tokenLists: readonly (readonly string[])[],
  threshold: number,
  minTokens: number,
  accept: (first: number, second: number) => boolean,
): SimilarPair[] {
  const frequency = new Map<string, number>()
  for (const tokens of tokenLists) {
    for (const token of tokens) frequency.set(token, (frequency.get(token) ?? 0) + 1)
  }
  const order = [...frequency.keys()].sort((a, b) => {
    const byCount = (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0)
    return byCount !== 0 ? byCount : a < b ? -1 : a > b ? 1 : 0
  })
  const rank = new Map<string, number>()
  order.forEach((token, index) => rank.set(token, index))
  const ranked = tokenLists.map((tokens) =>
    tokens.map((token) => rank.get(token) ?? 0).sort((a, b) => a - b),
  )

  const index = new Map<number, number[]>()
  const seenBy = new Int32Array(tokenLists.length).fill(-1)
  const pairs: SimilarPair[] = []
  const epsilon = 1e-9
  ranked.forEach((tokens, current) => {
    const n = tokens.length
    if (n === 0 || n < minTokens) return
    const prefix = n - Math.ceil(threshold * n - epsilon) + 1
    for (let k = 0; k < prefix && k < n; k++) {
      const token = tokens[k] ?? 0
      const posting = index.get(token)
      if (posting === undefined) continue
      for (const other of posting) {
        if (seenBy[other] === current) continue
        seenBy[other] = current
        const otherTokens = ranked[other] ?? []
        const small = Math.min(n, otherTokens.length)
        const large = Math.max(n, otherTokens.length)
        if (small < threshold * large - epsilon) continue
        const score = jaccardSorted(otherTokens, tokens)
        if (score + epsilon >= threshold && accept(other, current)) {
          pairs.push({ first: other, second: current, score })
        }
      }
    }
    for (let k = 0; k < prefix && k < n; k++) {
      const token = tokens[k] ?? 0
      const posting = index.get(token)
      if (posting === undefined) index.set(token, [current])
      else posting.push(current)
    }
  })
  return pairs
}

// Internal: exact quantiles from a histogram of whole numbers (working days), which merges by
// addition. Not exported from the package.
import type { Counts } from './counts.js'

/**
 * The nearest-rank q-quantile of the values counted in `histogram` (keys are whole numbers):
 * the smallest value v such that at least ⌈q·n⌉ values are ≤ v. `undefined` when empty.
 */
export function quantileOfHistogram(histogram: Counts, q: number): number | undefined {
  const values = Object.keys(histogram)
    .map(Number)
    .sort((a, b) => a - b)
  let total = 0
  for (const value of values) total += histogram[String(value)] ?? 0
  if (total === 0) return undefined
  const rank = Math.max(1, Math.ceil(q * total))
  let seen = 0
  for (const value of values) {
    seen += histogram[String(value)] ?? 0
    if (seen >= rank) return value
  }
  return values[values.length - 1]
}

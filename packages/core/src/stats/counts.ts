// Internal: counters kept as plain records, so an accumulator's state survives JSON and merges by
// addition. Not exported from the package.

/** A count per key (organisation id, kind, channel…): plain data, JSON-serializable. */
export type Counts = Record<string, number>

/** Adds `n` to `counts[key]`, creating it; safe for any key, `__proto__` included. */
export function bump(counts: Counts, key: string, n = 1): void {
  if (Object.hasOwn(counts, key)) counts[key] = (counts[key] ?? 0) + n
  else
    Object.defineProperty(counts, key, {
      value: n,
      writable: true,
      enumerable: true,
      configurable: true,
    })
}

/** Adds every count of `from` into `into` (which is updated and returned). */
export function addCounts(into: Counts, from: Counts): Counts {
  for (const key of Object.keys(from)) bump(into, key, from[key] ?? 0)
  return into
}

/** A copy with the keys in sorted order, so finished results do not depend on the order of adds. */
export function sortedCounts(counts: Counts): Counts {
  const out: Counts = {}
  for (const key of Object.keys(counts).sort()) bump(out, key, counts[key] ?? 0)
  return out
}

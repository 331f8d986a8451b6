/**
 * A seeded source of pseudo-random numbers (sfc32, seeded through splitmix32). The same seed gives
 * the same sequence on every machine and runtime: it uses only 32-bit integer arithmetic.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { createRandom } from './random.js'
 *
 * const random = createRandom(1)
 * random.int(1, 6) // the same number on every run
 * ```
 */
export interface Random {
  /** A number in `[0, 1)`. */
  next(): number
  /** An integer in `[min, max]`, both ends included. */
  int(min: number, max: number): number
  /** True with probability `p`. */
  chance(p: number): boolean
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T
  /** One value of `[value, weight]` pairs, with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T
  /** `count` distinct elements of `items` (all of them when `count` is larger), in random order. */
  sample<T>(items: readonly T[], count: number): T[]
  /** A shuffled copy of `items`. */
  shuffle<T>(items: readonly T[]): T[]
  /**
   * An independent source derived from this one's seed and `label`, so that adding draws to one
   * part of a generator does not change what another part generates.
   */
  fork(label: string): Random
}

/** FNV-1a hash of a text, mixed with a seed. */
function hashLabel(seed: number, label: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** splitmix32: spreads a seed over the four words of sfc32's state. */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x9e3779b9) | 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
}

/**
 * Creates a seeded random source. Seeds are read as 32-bit unsigned integers (`seed >>> 0`).
 *
 * @category Sample data
 * @param seed - Any integer; the same seed always gives the same sequence.
 * @returns A {@link Random} source.
 * @example
 * ```ts
 * import { createRandom } from './random.js'
 *
 * const a = createRandom(42)
 * const b = createRandom(42)
 * a.next() === b.next() // true
 * ```
 */
export function createRandom(seed: number): Random {
  const base = seed >>> 0
  const mix = splitmix32(base)
  let a = mix()
  let b = mix()
  let c = mix()
  let d = mix()

  function next(): number {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  for (let i = 0; i < 12; i++) next()

  function int(min: number, max: number): number {
    return min + Math.floor(next() * (max - min + 1))
  }

  function pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list')
    return items[Math.floor(next() * items.length)] as T
  }

  function shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      const held = copy[i] as T
      copy[i] = copy[j] as T
      copy[j] = held
    }
    return copy
  }

  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted<T>(entries: readonly (readonly [T, number])[]): T {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
      let roll = next() * total
      for (const [value, weight] of entries) {
        roll -= weight
        if (roll < 0) return value
      }
      const last = entries.at(-1)
      if (last === undefined) throw new RangeError('cannot pick from an empty list')
      return last[0]
    },
    sample: (items, count) => shuffle(items).slice(0, Math.max(0, count)),
    shuffle,
    fork: (label) => createRandom(hashLabel(base, label)),
  }
}

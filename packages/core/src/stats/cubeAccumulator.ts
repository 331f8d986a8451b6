import type { Accumulator } from './accumulator.js'
import { statsError } from './statsError.js'
import { ValueDictionary } from './valueDictionary.js'

/**
 * One dimension of a {@link cubeAccumulator}: its name and the value an item has in it (an
 * office id, a kind, an outcome, a period key…).
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { CubeDimension } from '@lienthong/core/stats'
 *
 * const office: CubeDimension<{ receivedById: string }> = {
 *   name: 'office',
 *   of: (petition) => petition.receivedById,
 * }
 * ```
 */
export interface CubeDimension<In> {
  readonly name: string
  readonly of: (item: In) => string
}

/**
 * The plain-data state of {@link cubeAccumulator}: per dimension, the values seen (a value's
 * position is its code) and the room kept for codes (a power of two); the counts, one per
 * combination of codes, row-major. JSON-serializable like every accumulator's state.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { cubeAccumulator, type CubeState } from '@lienthong/core/stats'
 *
 * const state: CubeState = cubeAccumulator<string>([{ name: 'v', of: (s) => s }]).create()
 * state.counts.length // 1: no value yet, room for one
 * ```
 */
export interface CubeState {
  values: string[][]
  capacities: number[]
  counts: number[]
}

/**
 * One combination of dimension values and how many items have it.
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { CubeCell } from '@lienthong/core/stats'
 *
 * const cell: CubeCell = { key: ['vp-tu', 'complaint', 'forwarded', '2024-03'], count: 12 }
 * ```
 */
export interface CubeCell {
  /** The values, in the order of the dimensions. */
  readonly key: readonly string[]
  readonly count: number
}

/**
 * The result of {@link cubeAccumulator}: every combination met, sorted by its values.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { accumulate, cubeAccumulator, type Cube } from '@lienthong/core/stats'
 *
 * const cube: Cube = accumulate(cubeAccumulator<string>([{ name: 'letter', of: (s) => s }]), ['b', 'a', 'b'])
 * cube.cells // [{ key: ['a'], count: 1 }, { key: ['b'], count: 2 }]
 * ```
 */
export interface Cube {
  readonly dimensions: readonly string[]
  readonly cells: readonly CubeCell[]
  /** Items counted. */
  readonly total: number
}

const SUBJECT = 'cubeAccumulator'
/** At most this many combinations are kept dense (8 MB of counters per million). */
const MAX_CELLS = 1 << 24

function product(capacities: readonly number[]): number {
  return capacities.reduce((a, b) => a * b, 1)
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? ''
    const y = b[i] ?? ''
    if (x !== y) return x < y ? -1 : 1
  }
  return 0
}

/**
 * Counts items by every combination of several dimensions at once — office × kind × outcome ×
 * month, say — as a mergeable {@link Accumulator}: a data cube, the "group by" of the statistics
 * area.
 *
 * It is built for big inputs: each dimension's values are dictionary-encoded (a value becomes a
 * small integer code the first time it is met), and the counters are one flat array indexed by
 * the codes, so adding an item is one lookup per dimension and one increment — no key strings
 * are built. An array given to `accumulate` (or `addAll`) is counted into a typed array first. A million petitions by four dimensions take tens of
 * milliseconds (see `bench/stats.bench.ts`, which compares it with arquero and DuckDB).
 *
 * The state stays plain data (the dictionaries and the counters), so shards merge — in any order,
 * through JSON — to the result of one pass. Results are sorted by value, whatever the order of
 * the items.
 *
 * Performance: O(dimensions) per item; memory one counter per combination of the values met (up
 * to room for 16,777,216 combinations, rounded up per dimension to powers of two).
 *
 * @category Statistics
 * @param dimensions - The dimensions, in the order of the cells' keys (at least one, names unique).
 * @returns The accumulator.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for no dimension or a
 *   repeated name; from `add`, when a dimension's value is not a string, or the combinations
 *   outgrow the dense counters (`invalid`: group a dimension out with `groupedAccumulator`).
 * @example
 * ```ts
 * import { redactPetition } from '@lienthong/core/petition'
 * import { generateSampleData } from '@lienthong/core/sample'
 * import { accumulate, cubeAccumulator, periodOf, type PetitionStatsInput } from '@lienthong/core/stats'
 *
 * const petitions = generateSampleData({ scale: 0.1 }).petitions.map((p) => redactPetition(p, 'public'))
 * const cube = accumulate(
 *   cubeAccumulator<PetitionStatsInput>([
 *     { name: 'office', of: (p) => p.receivedById },
 *     { name: 'outcome', of: (p) => p.outcome ?? 'open' },
 *     { name: 'month', of: (p) => periodOf(p.receivedAt, 'month').key },
 *   ]),
 *   petitions,
 * )
 * cube.cells[0] // { key: ['ban-tcd', 'accepted', '2026-01'], count: … }
 * ```
 */
export function cubeAccumulator<In>(
  dimensions: readonly CubeDimension<In>[],
): Accumulator<In, CubeState, Cube> {
  const names = dimensions.map((d) => d.name)
  if (dimensions.length === 0 || new Set(names).size !== names.length) {
    throw statsError(SUBJECT, 'invalid', ['dimensions'], {
      detail: 'needs at least one dimension, each with its own name',
      detailVi: 'cần ít nhất một chiều, mỗi chiều một tên riêng',
    })
  }
  const of = dimensions.map((d) => d.of)
  const width = of.length
  // The dictionaries, built from the plain state when it comes from elsewhere (JSON).
  const dictionaries = new WeakMap<CubeState, ValueDictionary[]>()
  let lastState: CubeState | undefined
  let lastDictionaries: ValueDictionary[] = []
  const dictionariesOf = (state: CubeState): ValueDictionary[] => {
    if (state === lastState) return lastDictionaries
    let found = dictionaries.get(state)
    if (found === undefined) {
      found = names.map((_, d) => {
        let values = state.values[d]
        if (values === undefined) state.values[d] = values = []
        return new ValueDictionary(values)
      })
      dictionaries.set(state, found)
    }
    lastState = state
    lastDictionaries = found
    return found
  }

  /** The index in room `to` of the combination at `index` in room `from`. */
  function reindex(index: number, from: readonly number[], to: readonly number[]): number {
    let rest = index
    let target = 0
    let stride = 1
    for (let i = width - 1; i >= 0; i--) {
      const c = from[i] ?? 1
      target += (rest % c) * stride
      rest = Math.floor(rest / c)
      stride *= to[i] ?? 1
    }
    return target
  }

  /** Doubles dimension `d`'s room, moving every counter to its new place. */
  function widen(state: CubeState, d: number): void {
    const old = state.capacities
    const capacities = old.map((c, i) => (i === d ? c * 2 : c))
    const size = product(capacities)
    if (size > MAX_CELLS) {
      throw statsError(SUBJECT, 'invalid', [names[d] ?? d], {
        detail: `too many combinations of values for the dense counters (more than ${String(MAX_CELLS)}); group by a dimension with groupedAccumulator instead`,
        detailVi: `quá nhiều tổ hợp giá trị (hơn ${String(MAX_CELLS)}); hãy nhóm theo một chiều bằng groupedAccumulator`,
      })
    }
    const counts = new Array<number>(size).fill(0)
    const from = state.counts
    for (let index = 0; index < from.length; index++) {
      const n = from[index] ?? 0
      if (n !== 0) counts[reindex(index, old, capacities)] = n
    }
    state.capacities = capacities
    state.counts = counts
  }

  /** The code of `value` in dimension `d`, adding it to the dictionary (and room) if new. */
  function codeOf(
    state: CubeState,
    dictionary: ValueDictionary | undefined,
    d: number,
    value: unknown,
  ): number {
    if (dictionary === undefined) return 0 // never: one dictionary per dimension
    const found = dictionary.find(value)
    if (found >= 0) return found
    if (typeof value !== 'string') {
      throw statsError(SUBJECT, 'invalid_type', [names[d] ?? d], { expected: 'a string' })
    }
    while (dictionary.values.length >= (state.capacities[d] ?? 1)) widen(state, d)
    return dictionary.add(value)
  }

  // Row-major: index = ((c0·K1 + c1)·K2 + c2)·K3 + c3. K0 is not in it, and coding a dimension
  // widens only that dimension, so the room is read once every value is coded.
  // Unrolled for up to four dimensions, the common case, so each call site sees one function.
  const [f0, f1, f2, f3] = of as ((item: In) => string)[]
  let add: (state: CubeState, item: In) => CubeState
  if (width === 4 && f0 && f1 && f2 && f3) {
    // The dictionaries of the state added to last, in locals: no look-up per item.
    let d0 = new ValueDictionary([]),
      d1 = d0,
      d2 = d0,
      d3 = d0
    let codedFor: CubeState | undefined
    add = (state, item) => {
      if (codedFor !== state) {
        const found = dictionariesOf(state)
        d0 = found[0] ?? d0
        d1 = found[1] ?? d1
        d2 = found[2] ?? d2
        d3 = found[3] ?? d3
        codedFor = state
      }
      const v0 = f0(item)
      const v1 = f1(item)
      const v2 = f2(item)
      const v3 = f3(item)
      let c0 = d0.find(v0)
      if (c0 < 0) c0 = codeOf(state, d0, 0, v0)
      let c1 = d1.find(v1)
      if (c1 < 0) c1 = codeOf(state, d1, 1, v1)
      let c2 = d2.find(v2)
      if (c2 < 0) c2 = codeOf(state, d2, 2, v2)
      let c3 = d3.find(v3)
      if (c3 < 0) c3 = codeOf(state, d3, 3, v3)
      const k = state.capacities
      const index = ((c0 * (k[1] ?? 1) + c1) * (k[2] ?? 1) + c2) * (k[3] ?? 1) + c3
      const counts = state.counts
      counts[index] = (counts[index] ?? 0) + 1
      return state
    }
  } else if (width === 3 && f0 && f1 && f2) {
    add = (state, item) => {
      const [d0, d1, d2] = dictionariesOf(state)
      const v0 = f0(item)
      const v1 = f1(item)
      const v2 = f2(item)
      let c0 = d0?.find(v0) ?? -1
      if (c0 < 0) c0 = codeOf(state, d0, 0, v0)
      let c1 = d1?.find(v1) ?? -1
      if (c1 < 0) c1 = codeOf(state, d1, 1, v1)
      let c2 = d2?.find(v2) ?? -1
      if (c2 < 0) c2 = codeOf(state, d2, 2, v2)
      const k = state.capacities
      const index = (c0 * (k[1] ?? 1) + c1) * (k[2] ?? 1) + c2
      const counts = state.counts
      counts[index] = (counts[index] ?? 0) + 1
      return state
    }
  } else {
    add = (state, item) => {
      const found = dictionariesOf(state)
      const codes = new Array<number>(width)
      for (let d = 0; d < width; d++) {
        const value: unknown = of[d]?.(item)
        const dictionary = found[d]
        const code = dictionary?.find(value) ?? -1
        codes[d] = code >= 0 ? code : codeOf(state, dictionary, d, value)
      }
      const k = state.capacities
      let index = 0
      for (let d = 0; d < width; d++) index = index * (k[d] ?? 1) + (codes[d] ?? 0)
      const counts = state.counts
      counts[index] = (counts[index] ?? 0) + 1
      return state
    }
  }

  /**
   * Counts `items` from `start` into `counts` (room `k1`, `k2`, `k3` of the last three
   * dimensions) until an item has a value not in a dictionary yet; returns that item's index, or
   * the length when every item was counted. Everything it reads is a parameter or a constant of
   * the closure, never the state: the one loop that sees a million items stays optimized whatever
   * happens to the state's arrays between calls. Each value is looked up every time (no "same as
   * the last item" test): the look-up's slot check is predictable, a change of value is not.
   */
  function countRun(
    items: readonly In[],
    start: number,
    dictionaries: readonly ValueDictionary[],
    k1: number,
    k2: number,
    k3: number,
    counts: Float64Array,
  ): number {
    const [d0, d1, d2, d3] = dictionaries
    if (!(f0 && f1 && f2 && f3 && d0 && d1 && d2 && d3)) return start // never: width is 4
    const n = items.length
    for (let i = start; i < n; i++) {
      const item = items[i] as In
      const c0 = d0.find(f0(item))
      const c1 = d1.find(f1(item))
      const c2 = d2.find(f2(item))
      const c3 = d3.find(f3(item))
      if ((c0 | c1 | c2 | c3) < 0) return i
      const index = ((c0 * k1 + c1) * k2 + c2) * k3 + c3
      counts[index] = (counts[index] ?? 0) + 1
    }
    return n
  }

  /** Adds `counts`, counted with the room `capacities`, to the state's counters. */
  function addCounts(state: CubeState, counts: Float64Array, capacities: readonly number[]): void {
    const now = state.capacities
    const same = now === capacities
    const target = state.counts
    for (let index = 0; index < counts.length; index++) {
      const n = counts[index] ?? 0
      if (n === 0) continue
      const at = same ? index : reindex(index, capacities, now)
      target[at] = (target[at] ?? 0) + n
    }
  }

  /**
   * Four dimensions over an array: runs of items whose values are all known are counted by
   * {@link countRun} into typed counters, added to the state's at the end; an item with a new
   * value is coded (which may widen the room) between runs.
   */
  function addAll4(state: CubeState, items: readonly In[]): CubeState {
    if (!(f0 && f1 && f2 && f3)) return state // never: width is 4
    // Few items into a big room: one by one, rather than clearing typed counters for them.
    if (items.length < state.counts.length) {
      for (const item of items) add(state, item)
      return state
    }
    const dictionaries = dictionariesOf(state)
    let room = state.capacities
    let counts = new Float64Array(state.counts.length)
    let start = 0
    try {
      for (;;) {
        const [, k1 = 1, k2 = 1, k3 = 1] = room
        start = countRun(items, start, dictionaries, k1, k2, k3, counts)
        if (start === items.length) break
        const item = items[start] as In
        codeOf(state, dictionaries[0], 0, f0(item))
        codeOf(state, dictionaries[1], 1, f1(item))
        codeOf(state, dictionaries[2], 2, f2(item))
        codeOf(state, dictionaries[3], 3, f3(item))
        if (state.capacities !== room) {
          // The room widened: what was counted so far goes to the state, and counting restarts.
          addCounts(state, counts, room)
          room = state.capacities
          counts = new Float64Array(state.counts.length)
        }
      }
    } finally {
      // Also when a value is not a string: the items before it stay counted, as with `add`.
      addCounts(state, counts, room)
    }
    return state
  }

  return {
    create: () => ({
      values: names.map(() => []),
      capacities: names.map(() => 1),
      counts: [0],
    }),
    add,
    ...(width === 4 ? { addAll: addAll4 } : {}),
    merge(state, other) {
      const found = dictionariesOf(state)
      // Their codes in our dictionaries.
      const recode = other.values.map((values, d) =>
        values.map((value) => codeOf(state, found[d], d, value)),
      )
      const theirs = other.capacities
      for (let index = 0; index < other.counts.length; index++) {
        const n = other.counts[index] ?? 0
        if (n === 0) continue
        let rest = index
        let target = 0
        let stride = 1
        for (let d = width - 1; d >= 0; d--) {
          const c = theirs[d] ?? 1
          target += (recode[d]?.[rest % c] ?? 0) * stride
          rest = Math.floor(rest / c)
          stride *= state.capacities[d] ?? 1
        }
        state.counts[target] = (state.counts[target] ?? 0) + n
      }
      return state
    },
    finish(state) {
      const cells: CubeCell[] = []
      let total = 0
      for (let index = 0; index < state.counts.length; index++) {
        const count = state.counts[index] ?? 0
        if (count === 0) continue
        total += count
        const key = new Array<string>(width)
        let rest = index
        for (let d = width - 1; d >= 0; d--) {
          const c = state.capacities[d] ?? 1
          key[d] = state.values[d]?.[rest % c] ?? ''
          rest = Math.floor(rest / c)
        }
        cells.push({ key, count })
      }
      cells.sort((a, b) => compareKeys(a.key, b.key))
      return { dimensions: names, cells, total }
    },
  }
}

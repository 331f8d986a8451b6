/** Slots of the cache in front of the map: a power of two. */
const SLOTS = 64

/**
 * One dimension's dictionary of a cube: each value's code (its position in `values`), found
 * through a small direct-mapped cache before the map.
 *
 * Why the cache: a dimension has few values (offices, kinds, outcomes, months), and the values
 * of a big input are the same few string objects over and over. A slot chosen from the length
 * and three characters, checked with `===` (one comparison for the same or an interned string),
 * answers most look-ups without hashing the string for the map; a miss asks the map and takes
 * the slot.
 *
 * @internal
 */
export class ValueDictionary {
  /** The values met, a value's position being its code; shared with the cube's plain state. */
  readonly values: string[]
  readonly #codes: Map<string, number>
  readonly #slotValues: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(
    undefined,
  )
  readonly #slotCodes = new Int32Array(SLOTS)

  constructor(values: string[]) {
    this.values = values
    this.#codes = new Map(values.map((value, code) => [value, code]))
  }

  /** The code of `value`, or -1 when it is not in the dictionary (or not a string). */
  find(value: unknown): number {
    if (typeof value !== 'string') return -1
    const n = value.length
    // NaN (the empty string) becomes slot 0 through `&`.
    const slot =
      (n * 7 + value.charCodeAt(0) * 3 + value.charCodeAt(n >> 1) * 5 + value.charCodeAt(n - 1)) &
      (SLOTS - 1)
    if (this.#slotValues[slot] === value) return this.#slotCodes[slot] ?? -1
    const code = this.#codes.get(value)
    if (code === undefined) return -1
    this.#slotValues[slot] = value
    this.#slotCodes[slot] = code
    return code
  }

  /** Adds `value` (not in the dictionary yet) with the next code, and returns that code. */
  add(value: string): number {
    const code = this.values.length
    this.values.push(value)
    this.#codes.set(value, code)
    return code
  }
}

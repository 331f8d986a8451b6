// Internal: the folding table behind normalizeVietnamese, and a hash of folded text that needs
// no intermediate string (for blocking a million petitions without a million allocations).

/** What a code unit folds to: SEPARATOR, DROP (combining mark) or the folded character. */
export const SEPARATOR = 0
export const DROP = 1
/** Code units below this are folded through the table; the rest by Unicode properties. */
export const TABLE_SIZE = 0x2000

let table: Uint16Array | undefined

function buildFoldTable(): Uint16Array {
  const built = new Uint16Array(TABLE_SIZE)
  const letterOrDigit = /[\p{L}\p{N}]/u
  const mark = /\p{M}/u
  for (let code = 0; code < TABLE_SIZE; code++) {
    const char = String.fromCharCode(code)
    if (mark.test(char)) {
      built[code] = DROP
      continue
    }
    if (!letterOrDigit.test(char)) continue // SEPARATOR
    const base = (char.normalize('NFD')[0] ?? char).toLowerCase()
    const folded = base === 'đ' ? 'd' : base
    built[code] = folded.length === 1 ? folded.charCodeAt(0) : code
  }
  return built
}

/** The folding table, built on first use. */
export function foldTable(): Uint16Array {
  return (table ??= buildFoldTable())
}

// A 32-bit FNV-1a hash, threaded through pure functions (the state is the number returned), so
// that a million keys are hashed without a string or an object per key.

/** The state of a hash before anything is fed. */
export const HASH_START = 0x811c9dc5 | 0

/** Feeds one UTF-16 code unit. */
export function hashChar(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193)
}

/** Feeds every code unit of a string as it is. */
export function hashString(hash: number, text: string): number {
  let h = hash
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h
}

/**
 * Feeds `normalize(text)` (which must be `normalizeVietnamese`) without building it: the new
 * state as a non-negative number, or -1 when the text folds to nothing.
 */
export function hashFolded(
  hash: number,
  text: string,
  normalize: (text: string) => string,
): number {
  const fold = foldTable()
  let h = hash
  let fed = false
  let pendingSpace = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= TABLE_SIZE) {
      // Rare (other scripts): fold the whole text the slow way.
      const folded = normalize(text)
      return folded === '' ? -1 : hashString(hash, folded) >>> 0
    }
    const mapped = fold[code] ?? SEPARATOR
    if (mapped === DROP) continue
    if (mapped === SEPARATOR) {
      pendingSpace = fed
      continue
    }
    if (pendingSpace) {
      h = Math.imul(h ^ 32, 0x01000193)
      pendingSpace = false
    }
    h = Math.imul(h ^ mapped, 0x01000193)
    fed = true
  }
  return fed ? h >>> 0 : -1
}

/**
 * Whether `normalize(a) === normalize(b)` (`normalize` must be `normalizeVietnamese`), compared
 * as they fold, without building either string: confirming a million hashed keys must not
 * allocate a million strings.
 */
export function foldedEquals(a: string, b: string, normalize: (text: string) => string): boolean {
  if (a === b) return true
  const fold = foldTable()
  let i = 0
  let j = 0
  let fed = false
  for (;;) {
    // The next folded character of each text, and whether a space comes before it.
    let x = -1
    let spaceX = false
    while (i < a.length) {
      const code = a.charCodeAt(i++)
      if (code >= TABLE_SIZE) return normalize(a) === normalize(b)
      const mapped = fold[code] ?? SEPARATOR
      if (mapped === DROP) continue
      if (mapped === SEPARATOR) {
        spaceX = fed
        continue
      }
      x = mapped
      break
    }
    let y = -1
    let spaceY = false
    while (j < b.length) {
      const code = b.charCodeAt(j++)
      if (code >= TABLE_SIZE) return normalize(a) === normalize(b)
      const mapped = fold[code] ?? SEPARATOR
      if (mapped === DROP) continue
      if (mapped === SEPARATOR) {
        spaceY = fed
        continue
      }
      y = mapped
      break
    }
    if (x !== y) return false
    if (x === -1) return true
    if (spaceX !== spaceY) return false
    fed = true
  }
}

/** Whether `normalize(text)` (`normalizeVietnamese`) is empty, without building it. */
export function foldsToNothing(text: string, normalize: (text: string) => string): boolean {
  const fold = foldTable()
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= TABLE_SIZE) return normalize(text) === ''
    if ((fold[code] ?? SEPARATOR) > DROP) return false
  }
  return true
}

/**
 * The final value of a hash, its bits mixed (MurmurHash3's finaliser, so low bits are as good as
 * high ones): an integer from 1 to 2³² − 1 (0 is kept for "no key").
 */
export function hashValue(hash: number): number {
  let h = hash ^ (hash >>> 16)
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0 || 1
}

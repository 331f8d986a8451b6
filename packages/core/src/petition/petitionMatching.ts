// Internal helpers to compare petitions: who sent them (petitioner keys) and what they are about
// (word shingles, decision and denounced keys). Not exported from the package.
import type { Petition } from './petition.schema.js'
import { normalizeVietnamese } from './normalizeVietnamese.js'
import {
  DROP,
  foldedEquals,
  foldsToNothing,
  foldTable,
  HASH_START,
  hashChar,
  hashFolded,
  hashString,
  hashValue,
  SEPARATOR,
  TABLE_SIZE,
} from './vietnameseFold.js'

/**
 * Ways two petitions can be from the same petitioner: the same ID number, the same name at the
 * same address, the same phone number, the same email, or (household) the same address.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { PetitionerMatch } from '@lienthong/core/petition'
 *
 * const match: PetitionerMatch = 'id-number'
 * ```
 */
export type PetitionerMatch = 'id-number' | 'name-address' | 'phone' | 'email' | 'household'

/** The parts of a petition that say who sent it. */
export type PetitionerFields = Pick<Petition, 'anonymous' | 'petitioner'>

function phoneKey(phone: string): string | undefined {
  let digits = phone.replace(/\D/g, '')
  if (digits.startsWith('84') && digits.length >= 11) digits = `0${digits.slice(2)}`
  return digits.length >= 9 ? digits : undefined
}

function idNumberKey(idNumber: string): string | undefined {
  const key = idNumber.replace(/[^0-9A-Za-z]/g, '').toUpperCase()
  return key.length >= 6 ? key : undefined
}

/**
 * The keys that identify a petition's sender, one per way in `by`, each prefixed by its way
 * (`id:`, `na:`, `ph:`, `em:`, `hh:`); empty for an anonymous petition.
 */
export function petitionerKeys(
  petition: PetitionerFields,
  by: readonly PetitionerMatch[],
): string[] {
  const who = petition.petitioner
  if (petition.anonymous || who === undefined) return []
  const keys: string[] = []
  for (const way of by) {
    let key: string | undefined
    switch (way) {
      case 'id-number':
        key = who.idNumber === undefined ? undefined : idNumberKey(who.idNumber)
        if (key !== undefined) key = `id:${key}`
        break
      case 'name-address': {
        if (who.name === undefined || who.address === undefined) break
        const name = normalizeVietnamese(who.name)
        const address = normalizeVietnamese(who.address)
        if (name !== '' && address !== '') key = `na:${name}|${address}`
        break
      }
      case 'phone':
        key = who.phone === undefined ? undefined : phoneKey(who.phone)
        if (key !== undefined) key = `ph:${key}`
        break
      case 'email':
        if (who.email !== undefined) key = `em:${who.email.trim().toLowerCase()}`
        break
      case 'household': {
        const address = who.address === undefined ? '' : normalizeVietnamese(who.address)
        if (address !== '') key = `hh:${address}`
        break
      }
    }
    if (key !== undefined) keys.push(key)
  }
  return keys
}

/** Which way a petitioner key was built (its prefix). */
export function keyWay(key: string): PetitionerMatch {
  switch (key.slice(0, 3)) {
    case 'id:':
      return 'id-number'
    case 'na:':
      return 'name-address'
    case 'ph:':
      return 'phone'
    case 'em:':
      return 'email'
    default:
      return 'household'
  }
}

const personWays: readonly PetitionerMatch[] = ['id-number', 'name-address', 'phone', 'email']

/** One key for "the same person", for counting people: the first of ID number, name and address, phone, email. */
export function personKey(petition: PetitionerFields): string | undefined {
  // One way at a time: most people have an ID number, and their name is then never folded.
  for (const way of personWays) {
    const key = petitionerKeys(petition, [way])[0]
    if (key !== undefined) return key
  }
  return undefined
}

/**
 * Whether two petitions share {@link petitionerKeys}' key of one way, compared without building
 * the keys (names and addresses are compared as they fold).
 */
export function samePetitionerKey(
  a: PetitionerFields,
  b: PetitionerFields,
  way: PetitionerMatch,
): boolean {
  const x = a.petitioner
  const y = b.petitioner
  if (a.anonymous || b.anonymous || x === undefined || y === undefined) return false
  switch (way) {
    case 'id-number': {
      if (x.idNumber === undefined || y.idNumber === undefined) return false
      const key = idNumberKey(x.idNumber)
      return key !== undefined && key === idNumberKey(y.idNumber)
    }
    case 'name-address':
      return (
        x.name !== undefined &&
        y.name !== undefined &&
        x.address !== undefined &&
        y.address !== undefined &&
        foldedEquals(x.name, y.name, normalizeVietnamese) &&
        foldedEquals(x.address, y.address, normalizeVietnamese) &&
        !foldsToNothing(x.name, normalizeVietnamese) &&
        !foldsToNothing(x.address, normalizeVietnamese)
      )
    case 'phone': {
      if (x.phone === undefined || y.phone === undefined) return false
      const key = phoneKey(x.phone)
      return key !== undefined && key === phoneKey(y.phone)
    }
    case 'email':
      return x.email !== undefined && x.email.trim().toLowerCase() === y.email?.trim().toLowerCase()
    case 'household':
      return (
        x.address !== undefined &&
        y.address !== undefined &&
        foldedEquals(x.address, y.address, normalizeVietnamese) &&
        !foldsToNothing(x.address, normalizeVietnamese)
      )
  }
}

/**
 * Appends the hash of each word of `normalizeVietnamese(text)` to `words`, folding on the fly
 * (no intermediate string).
 */
export function foldedWordHashes(text: string, words: number[]): void {
  const fold = foldTable()
  const base = words.length
  let h = HASH_START
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= TABLE_SIZE) {
      // Rare (other scripts): start again the slow way.
      words.length = base
      for (const word of normalizeVietnamese(text).split(' ')) {
        if (word !== '') words.push(hashString(HASH_START, word) >>> 0)
      }
      return
    }
    const mapped = fold[code] ?? SEPARATOR
    if (mapped === DROP) continue
    if (mapped === SEPARATOR) {
      if (inWord) words.push(h >>> 0)
      h = HASH_START
      inWord = false
      continue
    }
    h = hashChar(h, mapped)
    inWord = true
  }
  if (inWord) words.push(h >>> 0)
}

/**
 * The set of word pairs (2-shingles) of a petition's subject and content, folded with
 * {@link normalizeVietnamese} and hashed, as a sorted array without repeats. A text of one word
 * gives that word.
 */
export function textShingles(petition: Pick<Petition, 'subject' | 'content'>): number[] {
  const length = writeShingles(petition)
  const shingles: number[] = []
  for (let i = 0; i < length; i++) shingles.push(shingleScratch.pairs[i] ?? 0)
  return shingles
}

/**
 * {@link jaccard} of two petitions' {@link textShingles}, computed in reused buffers: comparing
 * two petitions allocates nothing.
 */
export function textSimilarity(
  a: Pick<Petition, 'subject' | 'content'>,
  b: Pick<Petition, 'subject' | 'content'>,
): number {
  const lengthA = writeShingles(a)
  if (shingleScratch.first.length < lengthA) {
    shingleScratch.first = new Float64Array(Math.max(lengthA, 2 * shingleScratch.first.length))
  }
  const first = shingleScratch.first
  first.set(shingleScratch.pairs.subarray(0, lengthA))
  const lengthB = writeShingles(b)
  return jaccardOf(first, lengthA, shingleScratch.pairs, lengthB)
}

/** Writes the {@link textShingles} of a petition to the scratch pairs; returns how many. */
function writeShingles(petition: Pick<Petition, 'subject' | 'content'>): number {
  const count = writeWordHashes(petition.content, writeWordHashes(petition.subject, 0))
  const words = shingleScratch.words
  if (count <= 1) {
    shingleScratch.pairs[0] = words[0] ?? 0
    return count
  }
  // The pairs are sorted in a reused typed array: a native numeric sort, no comparator called
  // thousands of times, and nothing left for the garbage collector.
  const pairs = shingleScratch.pairs.length >= count ? shingleScratch.pairs : grownPairs(count)
  for (let i = 1; i < count; i++) {
    const a = words[i - 1] ?? 0
    const b = words[i] ?? 0
    pairs[i - 1] =
      hashChar(
        hashChar(hashChar(hashChar(HASH_START, a & 0xffff), a >>> 16), b & 0xffff),
        b >>> 16,
      ) >>> 0
  }
  pairs.subarray(0, count - 1).sort()
  let length = 0
  for (let i = 0; i < count - 1; i++) {
    const value = pairs[i] ?? 0
    if (length === 0 || pairs[length - 1] !== value) pairs[length++] = value
  }
  return length
}

/** Buffers of {@link writeShingles} and {@link textSimilarity} (neither calls itself). */
const shingleScratch = {
  words: new Float64Array(256),
  pairs: new Float64Array(256),
  first: new Float64Array(256),
}

function grownPairs(count: number): Float64Array {
  shingleScratch.pairs = new Float64Array(Math.max(count, 2 * shingleScratch.pairs.length))
  return shingleScratch.pairs
}

/** Appends a word hash to the scratch words at `at`; returns the next position. */
function putWord(at: number, hash: number): number {
  if (at >= shingleScratch.words.length) {
    const grown = new Float64Array(2 * shingleScratch.words.length)
    grown.set(shingleScratch.words)
    shingleScratch.words = grown
  }
  shingleScratch.words[at] = hash
  return at + 1
}

/**
 * {@link foldedWordHashes} into the scratch words from position `at`, without an array per
 * text; returns the position after the last word.
 */
function writeWordHashes(text: string, at: number): number {
  const fold = foldTable()
  let next = at
  let h = HASH_START
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= TABLE_SIZE) {
      // Rare (other scripts): start again the slow way.
      next = at
      for (const word of normalizeVietnamese(text).split(' ')) {
        if (word !== '') next = putWord(next, hashString(HASH_START, word) >>> 0)
      }
      return next
    }
    const mapped = fold[code] ?? SEPARATOR
    if (mapped === DROP) continue
    if (mapped === SEPARATOR) {
      if (inWord) next = putWord(next, h >>> 0)
      h = HASH_START
      inWord = false
      continue
    }
    h = hashChar(h, mapped)
    inWord = true
  }
  return inWord ? putWord(next, h >>> 0) : next
}

/** Jaccard similarity |a ∩ b| / |a ∪ b| of two sorted arrays without repeats; 0 when both are empty. */
export function jaccard(a: readonly number[], b: readonly number[]): number {
  return jaccardOf(a, a.length, b, b.length)
}

/** {@link jaccard} of the first `lengthA` items of `a` and the first `lengthB` of `b`. */
function jaccardOf(
  a: ArrayLike<number>,
  lengthA: number,
  b: ArrayLike<number>,
  lengthB: number,
): number {
  if (lengthA === 0 && lengthB === 0) return 0
  let i = 0
  let j = 0
  let common = 0
  while (i < lengthA && j < lengthB) {
    const x = a[i] ?? 0
    const y = b[j] ?? 0
    if (x === y) {
      common++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return common / (lengthA + lengthB - common)
}

/** The complained decision as a key (`symbol|issuer`), when the petition names its symbol. */
export function decisionKey(petition: Pick<Petition, 'complainedDecision'>): string | undefined {
  const decision = petition.complainedDecision
  if (decision?.symbol === undefined) return undefined
  const symbol = normalizeVietnamese(decision.symbol)
  if (symbol === '') return undefined
  const issuer = decision.issuedBy === undefined ? '' : normalizeVietnamese(decision.issuedBy)
  return `${symbol}|${issuer}`
}

/** Who is denounced, as a key (`name|agency`), when the petition names them. */
export function denouncedKey(petition: Pick<Petition, 'denounced'>): string | undefined {
  const who = petition.denounced
  if (who === undefined) return undefined
  const name = who.name === undefined ? '' : normalizeVietnamese(who.name)
  const agency = who.agency === undefined ? '' : normalizeVietnamese(who.agency)
  return name === '' && agency === '' ? undefined : `${name}|${agency}`
}

/** Whether two petitions have the same {@link decisionKey}, compared without building it. */
export function sameDecision(
  a: Pick<Petition, 'complainedDecision'>,
  b: Pick<Petition, 'complainedDecision'>,
): boolean {
  const x = a.complainedDecision
  const y = b.complainedDecision
  return (
    x?.symbol !== undefined &&
    y?.symbol !== undefined &&
    foldedEquals(x.symbol, y.symbol, normalizeVietnamese) &&
    foldedEquals(x.issuedBy ?? '', y.issuedBy ?? '', normalizeVietnamese) &&
    !foldsToNothing(x.symbol, normalizeVietnamese)
  )
}

/** Whether two petitions have the same {@link denouncedKey}, compared without building it. */
export function sameDenounced(
  a: Pick<Petition, 'denounced'>,
  b: Pick<Petition, 'denounced'>,
): boolean {
  const x = a.denounced
  const y = b.denounced
  if (x === undefined || y === undefined) return false
  const name = x.name ?? ''
  const agency = x.agency ?? ''
  return (
    foldedEquals(agency, y.agency ?? '', normalizeVietnamese) &&
    foldedEquals(name, y.name ?? '', normalizeVietnamese) &&
    !(foldsToNothing(name, normalizeVietnamese) && foldsToNothing(agency, normalizeVietnamese))
  )
}

// ---------------------------------------------------------------------------------------------
// Hashes of the same keys, computed without building strings (for blocking large inputs). Equal
// keys give equal hashes; unequal keys almost never do, and callers confirm with the keys above.

const NONE = -1

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function idNumberHash(idNumber: string): number {
  let h = hashChar(HASH_START, 105) // 'i'
  let count = 0
  for (let i = 0; i < idNumber.length; i++) {
    const code = idNumber.charCodeAt(i)
    if (!isAlphanumeric(code)) continue
    h = hashChar(h, code >= 97 ? code - 32 : code)
    count++
  }
  return count >= 6 ? hashValue(h) : NONE
}

function phoneHash(phone: string): number {
  let digits = 0
  let first = -1
  let second = -1
  for (let i = 0; i < phone.length; i++) {
    const code = phone.charCodeAt(i)
    if (code < 48 || code > 57) continue
    if (digits === 0) first = code
    else if (digits === 1) second = code
    digits++
  }
  const international = first === 56 && second === 52 && digits >= 11 // 84…
  if ((international ? digits - 1 : digits) < 9) return NONE
  let h = hashChar(HASH_START, 112) // 'p'
  if (international) h = hashChar(h, 48) // '0'
  let skip = international ? 2 : 0
  for (let i = 0; i < phone.length; i++) {
    const code = phone.charCodeAt(i)
    if (code < 48 || code > 57) continue
    if (skip > 0) skip--
    else h = hashChar(h, code)
  }
  return hashValue(h)
}

/**
 * A 32-bit hash (1 … 2³² − 1) of {@link petitionerKeys}' key of one way, or -1 when the petition
 * has none: equal keys give equal hashes. No string is built for the common cases.
 */
export function petitionerKeyHash(petition: PetitionerFields, way: PetitionerMatch): number {
  const who = petition.petitioner
  if (petition.anonymous || who === undefined) return NONE
  return petitionerHash(who, way)
}

function petitionerHash(who: NonNullable<PetitionerFields['petitioner']>, way: PetitionerMatch) {
  switch (way) {
    case 'id-number':
      return who.idNumber === undefined ? NONE : idNumberHash(who.idNumber)
    case 'name-address': {
      if (who.name === undefined || who.address === undefined) return NONE
      const name = hashFolded(hashChar(HASH_START, 110), who.name, normalizeVietnamese) // 'n'
      if (name < 0) return NONE
      const both = hashFolded(hashChar(name, 124), who.address, normalizeVietnamese) // '|'
      return both < 0 ? NONE : hashValue(both)
    }
    case 'phone':
      return who.phone === undefined ? NONE : phoneHash(who.phone)
    case 'email':
      if (who.email === undefined) return NONE
      return hashValue(hashString(hashChar(HASH_START, 101), who.email.trim().toLowerCase()))
    case 'household': {
      if (who.address === undefined) return NONE
      const address = hashFolded(hashChar(HASH_START, 104), who.address, normalizeVietnamese)
      return address < 0 ? NONE : hashValue(address)
    }
  }
}

/**
 * Writes every way's key hash of `petition` into `columns[w][index]` (one read of the petitioner
 * for all ways). A column is created (of length `n`) only when a first key of its way appears.
 */
export function writePetitionerKeyHashes(
  petition: PetitionerFields,
  ways: readonly PetitionerMatch[],
  columns: (Uint32Array | undefined)[],
  index: number,
  n: number,
): void {
  const who = petition.petitioner
  if (petition.anonymous || who === undefined) return
  for (let w = 0; w < ways.length; w++) {
    const way = ways[w]
    const hash = way === undefined ? NONE : petitionerHash(who, way)
    if (hash !== NONE) (columns[w] ??= new Uint32Array(n))[index] = hash
  }
}

/** A hash of {@link personKey}, or -1 when the petition has none. */
export function personKeyHash(petition: PetitionerFields): number {
  const who = petition.petitioner
  if (petition.anonymous || who === undefined) return NONE
  for (const way of personWays) {
    const hash = petitionerHash(who, way)
    if (hash !== NONE) return hash
  }
  return NONE
}

/** Buffers {@link forEachHashRun} reuses from one column to the next. */
export interface HashRunScratch {
  /** Bit sets of hashes seen once and seen again (by their low bits). */
  readonly seen: Int32Array
  readonly again: Int32Array
  /** Hashes and positions being sorted, and a second pair to sort them into. */
  keys: Uint32Array
  positions: Int32Array
  otherKeys: Uint32Array
  otherPositions: Int32Array
  /** Counts of one radix digit. */
  readonly counts: Int32Array
  /** The positions of the run being visited (grown when a longer run comes). */
  run: Int32Array
}

const RADIX_BITS = 11
const RADIX = 1 << RADIX_BITS

/** Buffers for columns of `n` hashes. */
export function hashRunScratch(n: number): HashRunScratch {
  // About 8 bits per hash (at most 2²⁶ bits): a unique hash shares its bit with another one
  // about 12% of the time. Small on purpose: large buffers make the garbage collector run.
  const bits = 2 ** Math.min(26, Math.max(10, Math.ceil(Math.log2(Math.max(1, n) * 8))))
  return {
    seen: new Int32Array(bits / 32),
    again: new Int32Array(bits / 32),
    keys: new Uint32Array(0),
    positions: new Int32Array(0),
    otherKeys: new Uint32Array(0),
    otherPositions: new Int32Array(0),
    counts: new Int32Array(RADIX),
    run: new Int32Array(64),
  }
}

/** Makes the sort buffers of `scratch` hold at least `m` items. */
function reserve(scratch: HashRunScratch, m: number): void {
  if (scratch.keys.length >= m) return
  scratch.keys = new Uint32Array(m)
  scratch.positions = new Int32Array(m)
  scratch.otherKeys = new Uint32Array(m)
  scratch.otherPositions = new Int32Array(m)
}

/**
 * Sorts the first `m` hashes of `scratch.keys` (with their positions) by hash, keeping the order
 * of equal hashes: a least-significant-digit radix sort, three passes of 11 bits, linear time.
 */
function radixSort(scratch: HashRunScratch, m: number): void {
  const counts = scratch.counts
  for (let shift = 0; shift < 32; shift += RADIX_BITS) {
    const keys = scratch.keys
    const positions = scratch.positions
    counts.fill(0)
    for (let i = 0; i < m; i++) {
      const digit = ((keys[i] ?? 0) >>> shift) & (RADIX - 1)
      counts[digit] = (counts[digit] ?? 0) + 1
    }
    // A digit all hashes share moves nothing.
    if (counts[((keys[0] ?? 0) >>> shift) & (RADIX - 1)] === m) continue
    let total = 0
    for (let digit = 0; digit < RADIX; digit++) {
      const count = counts[digit] ?? 0
      counts[digit] = total
      total += count
    }
    const toKeys = scratch.otherKeys
    const toPositions = scratch.otherPositions
    for (let i = 0; i < m; i++) {
      const key = keys[i] ?? 0
      const digit = (key >>> shift) & (RADIX - 1)
      const at = counts[digit] ?? 0
      counts[digit] = at + 1
      toKeys[at] = key
      toPositions[at] = positions[i] ?? 0
    }
    scratch.keys = toKeys
    scratch.positions = toPositions
    scratch.otherKeys = keys
    scratch.otherPositions = positions
  }
}

/**
 * Groups the positions `0 … n-1` of `hashes` by their 32-bit hash (skipping 0, "no key") with
 * one radix sort and no per-item allocation. `visit(count, positions)` receives each run of at
 * least `minimum` positions with equal hashes, in increasing order of hash: `positions[0 …
 * count-1]`, in increasing order (a buffer reused from run to run, valid during the call only).
 * Equal hashes are not proof of equal keys: confirm with the keys.
 *
 * With `minimum` ≥ 2, a first pass over two bit sets keeps only the hashes seen more than once
 * (and a few that share their bits), so only those are sorted: most keys are unique.
 */
export function forEachHashRun(
  hashes: Uint32Array,
  visit: (count: number, positions: Int32Array) => void,
  minimum = 2,
  scratch: HashRunScratch = hashRunScratch(hashes.length),
): void {
  const n = hashes.length
  const { seen, again } = scratch
  const filter = minimum >= 2
  const mask = seen.length * 32 - 1
  if (filter) {
    seen.fill(0)
    again.fill(0)
    for (let position = 0; position < n; position++) {
      const hash = hashes[position] ?? 0
      if (hash === 0) continue
      const bit = hash & mask
      const word = bit >>> 5
      const flag = 1 << (bit & 31)
      if (((seen[word] ?? 0) & flag) !== 0) again[word] = (again[word] ?? 0) | flag
      else seen[word] = (seen[word] ?? 0) | flag
    }
  }
  // Sort buffers as large as what is kept (not `n`): hundreds of megabytes of typed arrays
  // would make the garbage collector start marking the whole heap.
  let kept = 0
  for (let position = 0; position < n; position++) {
    const hash = hashes[position] ?? 0
    if (hash === 0) continue
    const bit = hash & mask
    if (!filter || ((again[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0) kept++
  }
  if (kept === 0) return
  reserve(scratch, kept)
  const { keys: gathered, positions: at } = scratch
  let m = 0
  for (let position = 0; position < n; position++) {
    const hash = hashes[position] ?? 0
    if (hash === 0) continue
    if (filter) {
      const bit = hash & mask
      if (((again[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) continue
    }
    gathered[m] = hash
    at[m] = position
    m++
  }
  radixSort(scratch, m)
  const { keys, positions } = scratch
  let start = 0
  while (start < m) {
    const head = keys[start]
    let end = start + 1
    while (end < m && keys[end] === head) end++
    const count = end - start
    if (count >= minimum) {
      if (scratch.run.length < count) {
        scratch.run = new Int32Array(Math.max(count, 2 * scratch.run.length))
      }
      const run = scratch.run
      for (let k = 0; k < count; k++) run[k] = positions[start + k] ?? 0
      visit(count, run)
    }
    start = end
  }
}

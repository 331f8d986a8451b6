import type { Petition } from './petition.schema.js'
import {
  decisionKey,
  denouncedKey,
  forEachHashRun,
  hashRunScratch,
  jaccard,
  sameDecision,
  sameDenounced,
  samePetitionerKey,
  textShingles,
  textSimilarity,
  writePetitionerKeyHashes,
  type PetitionerMatch,
} from './petitionMatching.js'

/**
 * Why two petitions are about the same matter: their texts are alike (`similar-text`, word-pair
 * similarity at or above the threshold), they complain of the same decision (`same-decision`,
 * same symbol and issuer), or they denounce the same person or agency (`same-denounced`).
 *
 * @category Petition
 * @example
 * ```ts
 * import type { MatterMatch } from '@lienthong/core/petition'
 *
 * const match: MatterMatch = 'same-decision'
 * ```
 */
export type MatterMatch = 'similar-text' | 'same-decision' | 'same-denounced'

/**
 * What {@link findDuplicatePetitions} reads of a petition.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { DuplicateCandidate } from '@lienthong/core/petition'
 *
 * const candidate: DuplicateCandidate = {
 *   id: 'd1', receivedAt: new Date('2026-03-02T08:00:00+07:00'), anonymous: false,
 *   petitioner: { name: 'Lê Văn Cường', idNumber: '001085012345' },
 *   subject: 'Khiếu nại bồi thường', content: 'Mức bồi thường đất nông nghiệp quá thấp.',
 * }
 * ```
 */
export type DuplicateCandidate = Pick<
  Petition,
  'id' | 'receivedAt' | 'anonymous' | 'petitioner' | 'subject' | 'content'
> &
  Partial<Pick<Petition, 'complainedDecision' | 'denounced'>>

/**
 * Options of {@link findDuplicatePetitions}.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { FindDuplicatePetitionsOptions } from '@lienthong/core/petition'
 *
 * const options: FindDuplicatePetitionsOptions = { threshold: 0.4, by: ['id-number', 'household'], withinDays: 365 }
 * ```
 */
export interface FindDuplicatePetitionsOptions {
  /**
   * Smallest text similarity (Jaccard index of the word-pair sets, 0–1) for `similar-text`;
   * default `0.5`. Texts with nothing in common never match, even with `0`.
   */
  readonly threshold?: number
  /**
   * Ways two petitions can share a petitioner; default `['id-number', 'name-address', 'phone',
   * 'email']`. Add `'household'` to also group petitions sent from the same address.
   */
  readonly by?: readonly PetitionerMatch[]
  /** Only petitions received at most this many days apart are compared; default: any time. */
  readonly withinDays?: number
}

/**
 * Two petitions found to be duplicates, and why.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { DuplicateMatch } from '@lienthong/core/petition'
 *
 * const match: DuplicateMatch = {
 *   petitionIds: ['d1', 'd7'], similarity: 0.82, petitioner: ['id-number'], matter: ['similar-text'],
 * }
 * ```
 */
export interface DuplicateMatch {
  /** The earlier and the later petition. */
  readonly petitionIds: readonly [string, string]
  /** Text similarity, 0–1 (Jaccard index of their word-pair sets). */
  readonly similarity: number
  /** How their petitioners match. */
  readonly petitioner: readonly PetitionerMatch[]
  /** How their matters match. */
  readonly matter: readonly MatterMatch[]
}

/**
 * Petitions from the same petitioner about the same matter.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { DuplicateGroup } from '@lienthong/core/petition'
 *
 * const describe = (group: DuplicateGroup) =>
 *   `${group.petitionIds.length} petitions since ${group.firstId} (${group.petitioner.join(', ')})`
 * ```
 */
export interface DuplicateGroup {
  /** The petitions, earliest first (by `receivedAt`, then id). */
  readonly petitionIds: readonly string[]
  /** The earliest petition: the one the others duplicate. */
  readonly firstId: string
  /** The weakest text similarity among the matches that join the group (0–1). */
  readonly similarity: number
  /** Every way the petitioners matched, over all matches. */
  readonly petitioner: readonly PetitionerMatch[]
  /** Every way the matters matched, over all matches. */
  readonly matter: readonly MatterMatch[]
  /** The pairs found, which join the group (a spanning set, not every pair). */
  readonly matches: readonly DuplicateMatch[]
}

const DAY = 86_400_000
/** Blocks up to this size are compared pair by pair; larger ones through prefix filtering. */
const SMALL_BLOCK = 24

/** The word pairs of the members of one block, computed once each (blocks are small). */
interface BlockShingles {
  readonly petitions: readonly DuplicateCandidate[]
  readonly shingles: Map<number, readonly number[]>
}

const NO_SHINGLES: readonly number[] = []

function shinglesOf(cache: BlockShingles, index: number): readonly number[] {
  let value = cache.shingles.get(index)
  if (value === undefined) {
    const petition = cache.petitions[index]
    value = petition === undefined ? NO_SHINGLES : textShingles(petition)
    cache.shingles.set(index, value)
  }
  return value
}

/** Candidate pairs of a large block: prefix filtering for the text, exact keys for the rest. */
function largeBlockPairs(cache: BlockShingles, block: readonly number[], threshold: number) {
  const pairs: [number, number][] = []
  // Rarest word pairs first: two sets with Jaccard ≥ t share a token among their first
  // |x| − ⌈t·|x|⌉ + 1 tokens in that order (prefix filtering, Chaudhuri et al. 2006).
  const frequency = new Map<number, number>()
  for (const index of block) {
    for (const token of shinglesOf(cache, index)) {
      frequency.set(token, (frequency.get(token) ?? 0) + 1)
    }
  }
  const ordered = [...block].sort(
    (a, b) => shinglesOf(cache, a).length - shinglesOf(cache, b).length || a - b,
  )
  const postings = new Map<number, number[]>()
  for (const index of ordered) {
    const tokens = [...shinglesOf(cache, index)].sort(
      (a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || a - b,
    )
    const prefix = tokens.length - Math.ceil(threshold * tokens.length) + 1
    const seen = new Set<number>()
    for (const token of tokens.slice(0, prefix)) {
      const list = postings.get(token)
      if (list) {
        for (const other of list) {
          if (!seen.has(other)) {
            seen.add(other)
            pairs.push([other, index])
          }
        }
        list.push(index)
      } else postings.set(token, [index])
    }
  }
  // Same decision or same denounced: link each member to the first of its key.
  for (const keyOf of [decisionKey, denouncedKey]) {
    const first = new Map<string, number>()
    for (const index of block) {
      const petition = cache.petitions[index]
      const key = petition && keyOf(petition)
      if (key === undefined) continue
      const head = first.get(key)
      if (head === undefined) first.set(key, index)
      else pairs.push([head, index])
    }
  }
  return pairs
}

/**
 * Finds petitions sent again by the same petitioner about the same matter (đơn trùng lặp), with
 * the similarity and the reasons they matched.
 *
 * Two petitions are duplicates when they share a petitioner — the same ID number, the same name
 * at the same address, the same phone or email (or, with `'household'`, the same address), each
 * compared after {@link normalizeVietnamese} — and a matter: texts whose word-pair sets have a
 * Jaccard similarity of at least `threshold`, the same complained decision, or the same
 * denounced person or agency. Anonymous petitions have no petitioner and are never grouped.
 * Groups are the connected pairs: if A matches B and B matches C, all three form one group.
 *
 * Performance: linear in n petitions (plus sorting the groups found), with no allocation per
 * petition: one pass hashes each petitioner key (folding names and addresses without building
 * strings), one radix sort per way groups equal hashes, and each group is confirmed by comparing
 * the keys as they fold (a hash collision never joins two petitioners; no key string is built).
 * Only petitions that share a key are compared — pair by pair in small blocks, through prefix
 * filtering on the rarest word pairs in large ones (a petitioner with thousands of petitions
 * does not make it quadratic) — and only their texts are shingled, a pair's in reused buffers.
 * About 1.5 s for 1,000,000 petitions on a 2-vCPU machine (`bench/petitions.bench.ts`).
 *
 * @category Petition
 * @param petitions - The petitions to search (parsed, or anything with the fields of
 *   {@link DuplicateCandidate}); not changed.
 * @param options - `threshold`, the petitioner `by` ways, `withinDays`.
 * @returns The groups of two or more petitions, largest first, then by earliest petition.
 * @example
 * ```ts
 * import { findDuplicatePetitions } from '@lienthong/core/petition'
 *
 * const petitioner = { name: 'Lê Văn Cường', address: 'Phường Hoàn Kiếm, Hà Nội' }
 * const groups = findDuplicatePetitions([
 *   { id: 'd1', receivedAt: new Date('2026-03-02T08:00:00+07:00'), anonymous: false, petitioner,
 *     subject: 'Khiếu nại bồi thường', content: 'Mức bồi thường đất ở ngõ 12 quá thấp, đề nghị xem xét lại.' },
 *   { id: 'd2', receivedAt: new Date('2026-04-10T08:00:00+07:00'), anonymous: false,
 *     petitioner: { name: 'LE VAN CUONG', address: 'phường Hoàn Kiếm - Hà Nội' },
 *     subject: 'Khieu nai boi thuong', content: 'Muc boi thuong dat o ngo 12 qua thap, de nghi xem xet lai!' },
 * ])
 * groups[0]?.petitionIds // ['d1', 'd2']
 * groups[0]?.petitioner // ['name-address']
 * groups[0]?.similarity // 1
 * ```
 */
export function findDuplicatePetitions(
  petitions: readonly DuplicateCandidate[],
  options: FindDuplicatePetitionsOptions = {},
): DuplicateGroup[] {
  const threshold = Math.min(1, Math.max(0, options.threshold ?? 0.5))
  const by = options.by ?? ['id-number', 'name-address', 'phone', 'email']
  const maxGap = options.withinDays === undefined ? Infinity : options.withinDays * DAY
  const n = petitions.length

  // Word pairs of the members of the block being compared (pairs compute theirs in buffers).
  const cache: BlockShingles = { petitions, shingles: new Map() }
  // The reasons a pair shares a petitioner: each way once, in the order of `by`.
  const ways = [...new Set(by)]

  // 2. Compare within blocks (below); each pair once.
  const compared = new Set<number>()
  const matches: { a: number; b: number; match: DuplicateMatch }[] = []
  const consider = (x: number, y: number, cached: boolean) => {
    const a = Math.min(x, y)
    const b = Math.max(x, y)
    const pairKey = a * n + b
    if (a === b || compared.has(pairKey)) return
    compared.add(pairKey)
    const first = petitions[a]
    const second = petitions[b]
    if (first === undefined || second === undefined) return
    if (Math.abs(first.receivedAt.getTime() - second.receivedAt.getTime()) > maxGap) return
    const similarity = cached
      ? jaccard(shinglesOf(cache, a), shinglesOf(cache, b))
      : textSimilarity(first, second)
    const matter: MatterMatch[] = []
    if (similarity > 0 && similarity >= threshold) matter.push('similar-text')
    if (sameDecision(first, second)) matter.push('same-decision')
    if (sameDenounced(first, second)) matter.push('same-denounced')
    if (matter.length === 0) return
    const petitioner = ways.filter((way) => samePetitionerKey(first, second, way))
    const earlierFirst = orderOf(first, second) <= 0
    const ids: [string, string] = earlierFirst ? [first.id, second.id] : [second.id, first.id]
    matches.push({ a, b, match: { petitionIds: ids, similarity, petitioner, matter } })
  }
  const compareBlock = (block: readonly number[]) => {
    const cached = block.length > 2
    if (cached) cache.shingles.clear()
    if (block.length <= SMALL_BLOCK) {
      for (let i = 0; i < block.length; i++) {
        for (let j = i + 1; j < block.length; j++) consider(block[i] ?? 0, block[j] ?? 0, cached)
      }
    } else {
      for (const [x, y] of largeBlockPairs(cache, block, threshold)) consider(x, y, cached)
    }
  }

  // 1. Block by petitioner key: hash every way's key in one pass over the petitions, sort each
  //    way's hashes, then confirm each run of equal hashes with the exact keys, compared as they
  //    fold (a hash collision never joins two petitioners; no key string is built).
  const hashes: (Uint32Array | undefined)[] = by.map(() => undefined)
  for (let index = 0; index < n; index++) {
    const petition = petitions[index]
    if (petition !== undefined) writePetitionerKeyHashes(petition, by, hashes, index, n)
  }
  const scratch = hashRunScratch(n)
  by.forEach((way, w) => {
    const column = hashes[w]
    if (column === undefined) return
    const same = (x: number, y: number) => {
      const p = petitions[x]
      const q = petitions[y]
      return p !== undefined && q !== undefined && samePetitionerKey(p, q, way)
    }
    forEachHashRun(
      column,
      (count, run) => {
        const a = run[0] ?? 0
        if (count === 2) {
          // The common case: two petitions.
          const b = run[1] ?? 0
          if (same(a, b)) consider(a, b, false)
          return
        }
        // Blocks of equal keys, each led by its first petition (nearly always a single one:
        // unequal keys with equal hashes are rare).
        const blocks: number[][] = []
        for (let k = 0; k < count; k++) {
          const index = run[k] ?? 0
          const block = blocks.find((members) => same(members[0] ?? 0, index))
          if (block) block.push(index)
          else blocks.push([index])
        }
        for (const block of blocks) if (block.length >= 2) compareBlock(block)
      },
      2,
      scratch,
    )
  })

  // 3. Connected matches form the groups: union-find over dense slots of the petitions in a
  //    match (slots in order of first appearance), then the members and matches of each group.
  const slotOf = new Map<number, number>()
  const indexOfSlot: number[] = []
  for (const { a, b } of matches) {
    if (!slotOf.has(a)) slotOf.set(a, indexOfSlot.push(a) - 1)
    if (!slotOf.has(b)) slotOf.set(b, indexOfSlot.push(b) - 1)
  }
  const slots = indexOfSlot.length
  const parent = new Int32Array(slots)
  for (let slot = 0; slot < slots; slot++) parent[slot] = slot
  const rootOf = (slot: number): number => {
    let x = slot
    for (let up = parent[x] ?? x; up !== x; up = parent[x] ?? x) {
      const grand = parent[up] ?? up
      parent[x] = grand // path halving
      x = grand
    }
    return x
  }
  for (const { a, b } of matches) {
    const rootA = rootOf(slotOf.get(a) ?? 0)
    const rootB = rootOf(slotOf.get(b) ?? 0)
    if (rootA !== rootB) parent[rootB] = rootA
  }
  const groupOfRoot = new Int32Array(slots).fill(-1)
  const members: DuplicateCandidate[][] = []
  for (let slot = 0; slot < slots; slot++) {
    const root = rootOf(slot)
    let group = groupOfRoot[root] ?? -1
    if (group < 0) {
      group = members.push([]) - 1
      groupOfRoot[root] = group
    }
    const petition = petitions[indexOfSlot[slot] ?? 0]
    if (petition !== undefined) members[group]?.push(petition)
  }
  const groupMatches: DuplicateMatch[][] = members.map(() => [])
  for (const { a, match } of matches) {
    groupMatches[groupOfRoot[rootOf(slotOf.get(a) ?? 0)] ?? 0]?.push(match)
  }

  const groups: { group: DuplicateGroup; firstAt: number }[] = []
  members.forEach((sorted, g) => {
    sorted.sort(orderOf)
    const first = sorted[0]
    if (first === undefined) return
    const found = groupMatches[g] ?? []
    let similarity = Infinity
    let petitionerWays = 0
    let matterWays = 0
    for (const match of found) {
      similarity = Math.min(similarity, match.similarity)
      for (const way of match.petitioner) petitionerWays |= 1 << ways.indexOf(way)
      for (const way of match.matter) matterWays |= 1 << matterOrder.indexOf(way)
    }
    groups.push({
      firstAt: first.receivedAt.getTime(),
      group: {
        petitionIds: sorted.map((p) => p.id),
        firstId: first.id,
        similarity,
        petitioner: by.filter((way) => (petitionerWays & (1 << ways.indexOf(way))) !== 0),
        matter: matterOrder.filter((_, m) => (matterWays & (1 << m)) !== 0),
        matches: found,
      },
    })
  })
  return groups
    .sort(
      (x, y) =>
        y.group.petitionIds.length - x.group.petitionIds.length ||
        x.firstAt - y.firstAt ||
        compareIds(x.group.firstId, y.group.firstId),
    )
    .map(({ group }) => group)
}

const matterOrder: readonly MatterMatch[] = ['similar-text', 'same-decision', 'same-denounced']

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function orderOf(a: DuplicateCandidate, b: DuplicateCandidate): number {
  return a.receivedAt.getTime() - b.receivedAt.getTime() || compareIds(a.id, b.id)
}

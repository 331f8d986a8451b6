import type { AdministrativeLevel } from '../office/office.schema.js'
import type { Petition, PetitionField } from './petition.schema.js'
import { normalizeVietnamese } from './normalizeVietnamese.js'
import {
  decisionKey,
  forEachHashRun,
  hashRunScratch,
  personKey,
  personKeyHash,
} from './petitionMatching.js'
import { HASH_START, hashChar, hashFolded, hashString, hashValue } from './vietnameseFold.js'

/**
 * What {@link detectHotspots} reads of a petition.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { HotspotCandidate } from '@lienthong/core/petition'
 *
 * const candidate: HotspotCandidate = {
 *   id: 'd1', receivedAt: new Date('2026-03-02T08:00:00+07:00'), receivedById: 'ubnd-hk',
 *   anonymous: false, petitioner: { name: 'Lê Văn Cường', idNumber: '001085012345' }, coSigners: 11,
 *   field: 'land', place: { provinceCode: '01', wardCode: '00070' },
 * }
 * ```
 */
export type HotspotCandidate = Pick<
  Petition,
  'id' | 'receivedAt' | 'receivedById' | 'anonymous' | 'petitioner' | 'coSigners'
> &
  Partial<Pick<Petition, 'field' | 'place' | 'complainedDecision'>>

/**
 * How petitions are grouped into possible hot spots:
 *
 * - `place-field`: the same place (ward code, else province code and address) and subject field;
 * - `place`: the same place, whatever the field;
 * - `decision`: the same complained decision (symbol and issuer), wherever it is.
 *
 * "Beyond the level" is looked for in `decision` groups and in each petitioner's own matter
 * (the same person about the same decision, or the same place and field).
 *
 * @category Petition
 * @example
 * ```ts
 * import type { HotspotGrouping } from '@lienthong/core/petition'
 *
 * const by: HotspotGrouping[] = ['place-field', 'decision']
 * ```
 */
export type HotspotGrouping = 'place-field' | 'place' | 'decision'

/**
 * Options of {@link detectHotspots}.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { DetectHotspotsOptions } from '@lienthong/core/petition'
 *
 * const options: DetectHotspotsOptions = {
 *   window: 30, minPetitions: 10, minPeople: 30, asOf: '2026-06-30T17:00:00+07:00',
 *   levels: { 'ubnd-hk': 'commune', 'ubnd-hn': 'province', 'ttcp': 'central' },
 * }
 * ```
 */
export interface DetectHotspotsOptions {
  /** Length of the sliding window in days (24-hour periods); must be positive. */
  readonly window: number
  /** A group is hot with at least this many petitions in one window … */
  readonly minPetitions: number
  /**
   * … or at least this many people in one window: each petitioner counted once (by ID number,
   * name and address, phone or email), with their co-signers; an anonymous petition counts as
   * one person plus its co-signers.
   */
  readonly minPeople: number
  /**
   * Only the window ending at this instant (and petitions received up to it) is looked at: "what
   * is hot now". Default: every window, and each group reports its peak.
   */
  readonly asOf?: Date | string
  /** Groupings to look in; default `['place-field', 'decision']`. */
  readonly by?: readonly HotspotGrouping[]
  /**
   * The administrative level of each receiving agency (by `receivedById`), needed to find
   * petitions that go beyond the level (vượt cấp); without it none are reported.
   */
  readonly levels?:
    ReadonlyMap<string, AdministrativeLevel> | Readonly<Record<string, AdministrativeLevel>>
  /** "Beyond the level" when one matter reaches at least this many levels in a window; default 2. */
  readonly minLevels?: number
}

/**
 * Where a hot spot is and what it is about (only what the grouping used).
 *
 * @category Petition
 * @example
 * ```ts
 * import type { HotspotSubject } from '@lienthong/core/petition'
 *
 * const subject: HotspotSubject = { wardCode: '00070', field: 'land' }
 * ```
 */
export interface HotspotSubject {
  readonly provinceCode?: string
  readonly wardCode?: string
  /** The place's address, folded, when it has no ward code. */
  readonly address?: string
  readonly field?: PetitionField
  /** The complained decision's symbol, as first written. */
  readonly decisionSymbol?: string
}

/**
 * A place or matter where petitions accumulate (`accumulation`), or where one matter reaches
 * several levels of government (`beyond-the-level`, vượt cấp).
 *
 * @category Petition
 * @example
 * ```ts
 * import type { Hotspot } from '@lienthong/core/petition'
 *
 * const line = (h: Hotspot) =>
 *   `${h.kind} ${h.key}: ${h.petitions} petitions, ${h.people} people, ${h.from.toISOString()}–${h.to.toISOString()}`
 * ```
 */
export interface Hotspot {
  readonly kind: 'accumulation' | 'beyond-the-level'
  readonly grouping: HotspotGrouping | 'petitioner-matter'
  /** A stable key of the group (no personal data: codes, fields, symbols, hashes). */
  readonly key: string
  readonly subject: HotspotSubject
  /** Receipt of the first and the last petition in the window. */
  readonly from: Date
  readonly to: Date
  /** The petitions in the window, earliest first. */
  readonly petitionIds: readonly string[]
  /** How many petitions. */
  readonly petitions: number
  /** How many people (see {@link DetectHotspotsOptions.minPeople}). */
  readonly people: number
  /** The levels of the agencies that received them, central first (needs `levels`). */
  readonly levels: readonly AdministrativeLevel[]
  /** The agencies that received them. */
  readonly receiverIds: readonly string[]
}

const DAY = 86_400_000
const levelOrder: readonly AdministrativeLevel[] = ['central', 'province', 'district', 'commune']

type LevelOf = (id: string) => AdministrativeLevel | undefined

interface Group {
  readonly grouping: Hotspot['grouping']
  readonly key: string
  readonly subject: HotspotSubject
  /** Indexes of the petitions, in receipt order. */
  readonly members: number[]
  /** Head count of all members (an upper bound of the people in any window). */
  people: number
}

interface Place {
  readonly key: string
  readonly subject: HotspotSubject
}

function placeOf(petition: HotspotCandidate): Place | undefined {
  const place = petition.place
  if (place === undefined) return undefined
  const province = place.provinceCode === undefined ? {} : { provinceCode: place.provinceCode }
  if (place.wardCode !== undefined) {
    return { key: `w:${place.wardCode}`, subject: { wardCode: place.wardCode, ...province } }
  }
  const address = place.address === undefined ? '' : normalizeVietnamese(place.address)
  if (place.provinceCode === undefined && address === '') return undefined
  return {
    key: `p:${place.provinceCode ?? ''}|${address}`,
    subject: { ...province, ...(address === '' ? {} : { address }) },
  }
}

/** Feeds a 32-bit value as two 16-bit pieces. */
function hashNumber(hash: number, value: number): number {
  return hashChar(hashChar(hash, value & 0xffff), value >>> 16)
}

/** A hash of `placeOf(petition).key` (and `|field`), or -1 when there is no place. */
function placeHash(petition: HotspotCandidate, field: PetitionField | undefined): number {
  const place = petition.place
  if (place === undefined) return -1
  let h: number
  if (place.wardCode !== undefined) {
    h = hashString(hashChar(hashChar(HASH_START, 119), 58), place.wardCode) // 'w:'
  } else {
    h = hashString(hashChar(hashChar(HASH_START, 112), 58), place.provinceCode ?? '') // 'p:'
    h = hashChar(h, 124) // '|'
    const folded =
      place.address === undefined ? -1 : hashFolded(h, place.address, normalizeVietnamese)
    if (place.provinceCode === undefined && folded < 0) return -1
    if (folded >= 0) h = folded
  }
  if (field !== undefined) h = hashString(hashChar(h, 124), field)
  return hashValue(h)
}

/** A hash of `decisionKey(petition)`, or -1 when it has none. */
function decisionHash(petition: HotspotCandidate): number {
  const decision = petition.complainedDecision
  if (decision?.symbol === undefined) return -1
  const symbol = hashFolded(HASH_START, decision.symbol, normalizeVietnamese)
  if (symbol < 0) return -1
  const h = hashChar(symbol, 124) // '|'
  const issuer =
    decision.issuedBy === undefined ? -1 : hashFolded(h, decision.issuedBy, normalizeVietnamese)
  return hashValue(issuer < 0 ? h : issuer)
}

/** The exact key of a petition in a grouping (confirms equal hashes), with its subject. */
function exactKey(
  grouping: Hotspot['grouping'],
  petition: HotspotCandidate,
): { key: string; subject: HotspotSubject } | undefined {
  const field = petition.field ?? 'other'
  switch (grouping) {
    case 'place-field': {
      const place = placeOf(petition)
      return place && { key: `${place.key}|${field}`, subject: { ...place.subject, field } }
    }
    case 'place':
      return placeOf(petition)
    case 'decision': {
      const key = decisionKey(petition)
      const decisionSymbol = petition.complainedDecision?.symbol ?? ''
      return key === undefined ? undefined : { key, subject: { decisionSymbol } }
    }
    case 'petitioner-matter': {
      const person = personKey(petition)
      const matter = decisionKey(petition) ?? `${placeOf(petition)?.key ?? ''}|${field}`
      return person === undefined ? undefined : { key: hashKey(`${person}#${matter}`), subject: {} }
    }
  }
}

/** Two 32-bit FNV-1a variants, so a key does not spell out a person's identity. */
function hashKey(text: string): string {
  let a = 0x811c9dc5
  let b = 0x01000193
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36)
}

function isMap(
  levels: NonNullable<DetectHotspotsOptions['levels']>,
): levels is ReadonlyMap<string, AdministrativeLevel> {
  return levels instanceof Map
}

function levelLookup(levels: DetectHotspotsOptions['levels']): LevelOf | undefined {
  if (levels === undefined) return undefined
  const map = isMap(levels) ? levels : new Map(Object.entries(levels))
  return (id) => map.get(id)
}

function toTime(value: Date | string): number {
  return typeof value === 'string' ? Date.parse(value) : value.getTime()
}

/**
 * Counts the people in a sliding window, each person once with the largest head count among
 * their petitions in the window: one monotonic queue (of positions, largest head count first)
 * per person, so adding and removing a petition is amortised O(1).
 */
function peopleWindow(heads: Int32Array) {
  const queues = new Map<number, number[]>()
  let total = 0
  const headOf = (queue: readonly number[]) => (queue.length > 0 ? (heads[queue[0] ?? 0] ?? 0) : 0)
  return {
    total: () => total,
    add(person: number, position: number): void {
      let queue = queues.get(person)
      if (queue === undefined) {
        queue = []
        queues.set(person, queue)
      }
      const before = headOf(queue)
      const head = heads[position] ?? 0
      while (queue.length > 0 && (heads[queue[queue.length - 1] ?? 0] ?? 0) <= head) queue.pop()
      queue.push(position)
      total += headOf(queue) - before
    },
    remove(person: number, position: number): void {
      const queue = queues.get(person)
      if (queue?.[0] !== position) return
      const before = headOf(queue)
      queue.shift()
      total += headOf(queue) - before
      if (queue.length === 0) queues.delete(person)
    },
  }
}

function petitionsAt(
  petitions: readonly HotspotCandidate[],
  indexes: readonly number[],
): HotspotCandidate[] {
  const found: HotspotCandidate[] = []
  for (const index of indexes) {
    const petition = petitions[index]
    if (petition !== undefined) found.push(petition)
  }
  return found
}

/** A number per person (a hash of their key); petitions without one count as their own person. */
function personOf(petition: HotspotCandidate | undefined, index: number): number {
  const hash = petition === undefined ? -1 : personKeyHash(petition)
  return hash < 0 ? -1 - index : hash
}

function describeSpot(
  kind: Hotspot['kind'],
  group: Group,
  chosen: readonly HotspotCandidate[],
  people: number,
  levelOf: LevelOf | undefined,
): Hotspot | undefined {
  const first = chosen[0]
  const last = chosen[chosen.length - 1]
  if (first === undefined || last === undefined) return undefined
  const receiverIds = [...new Set(chosen.map((p) => p.receivedById))]
  const levels = new Set(receiverIds.map((id) => levelOf?.(id)))
  return {
    kind,
    grouping: group.grouping,
    key: group.key,
    subject: group.subject,
    from: first.receivedAt,
    to: last.receivedAt,
    petitionIds: chosen.map((p) => p.id),
    petitions: chosen.length,
    people,
    levels: levelOrder.filter((level) => levels.has(level)),
    receiverIds,
  }
}

interface Sweep {
  readonly petitions: readonly HotspotCandidate[]
  readonly times: Float64Array
  /** 1 + co-signers of each petition. */
  readonly heads: Int32Array
  readonly windowMs: number
  readonly levelOf: LevelOf | undefined
}

function sweepAccumulation(
  group: Group,
  sweep: Sweep,
  minPetitions: number,
  minPeople: number,
): Hotspot | undefined {
  const { petitions, times, windowMs } = sweep
  const members = group.members
  const persons = members.map((index) => personOf(petitions[index], index))
  const heads = Int32Array.from(members, (index) => sweep.heads[index] ?? 1)
  const counter = peopleWindow(heads)
  let best: { left: number; right: number; people: number } | undefined
  let left = 0
  for (let right = 0; right < members.length; right++) {
    counter.add(persons[right] ?? -1, right)
    const end = times[members[right] ?? 0] ?? 0
    while (end - (times[members[left] ?? 0] ?? 0) >= windowMs) {
      counter.remove(persons[left] ?? -1, left)
      left++
    }
    const count = right - left + 1
    const people = counter.total()
    if (count < minPetitions && people < minPeople) continue
    // Peak: most people, then most petitions, then the latest.
    if (
      best === undefined ||
      people > best.people ||
      (people === best.people && count >= best.right - best.left + 1)
    ) {
      best = { left, right, people }
    }
  }
  if (best === undefined) return undefined
  const chosen = petitionsAt(petitions, members.slice(best.left, best.right + 1))
  return describeSpot('accumulation', group, chosen, best.people, sweep.levelOf)
}

function sweepLevels(
  group: Group,
  sweep: Sweep,
  levelOf: LevelOf,
  minLevels: number,
): Hotspot | undefined {
  const { petitions, times, windowMs } = sweep
  const members = group.members
  const levels = members.map((index) => {
    const petition = petitions[index]
    return petition && levelOf(petition.receivedById)
  })
  const counts = new Map<AdministrativeLevel, number>()
  let best: { left: number; right: number; distinct: number } | undefined
  let left = 0
  for (let right = 0; right < members.length; right++) {
    const level = levels[right]
    if (level !== undefined) counts.set(level, (counts.get(level) ?? 0) + 1)
    const end = times[members[right] ?? 0] ?? 0
    while (end - (times[members[left] ?? 0] ?? 0) >= windowMs) {
      const gone = levels[left]
      const remaining = gone === undefined ? 0 : (counts.get(gone) ?? 1) - 1
      if (gone !== undefined && remaining === 0) counts.delete(gone)
      else if (gone !== undefined) counts.set(gone, remaining)
      left++
    }
    const distinct = counts.size
    if (distinct < minLevels) continue
    if (
      best === undefined ||
      distinct > best.distinct ||
      (distinct === best.distinct && right - left >= best.right - best.left)
    ) {
      best = { left, right, distinct }
    }
  }
  if (best === undefined) return undefined
  const window = members.slice(best.left, best.right + 1)
  const persons = new Map<number, number>()
  for (const index of window) {
    const petition = petitions[index]
    const person = personOf(petition, index)
    persons.set(person, Math.max(persons.get(person) ?? 0, 1 + (petition?.coSigners ?? 0)))
  }
  let people = 0
  for (const value of persons.values()) people += value
  return describeSpot('beyond-the-level', group, petitionsAt(petitions, window), people, levelOf)
}

/**
 * Finds hot spots (điểm nóng): places and matters where petitions or petitioners accumulate
 * within a sliding time window, and matters that reach several levels of government within a
 * window ("beyond the level", vượt cấp: the same person, or the same complained decision, at a
 * commune and then at the province or the centre) — the signs the seed report asks offices to
 * catch before they grow.
 *
 * A group is an `accumulation` hot spot when some window of `window` days holds at least
 * `minPetitions` petitions or at least `minPeople` people; it is reported with its peak window
 * (most people, then most petitions, then the latest), or with the window ending at `asOf`.
 * Results are ranked: most people first, then most petitions, then the most recent. A `window`
 * that is not a positive number finds nothing (nothing here throws).
 *
 * Performance: linear in n petitions received in order (O(n log n) otherwise), with no
 * allocation per petition: one pass hashes the key of each grouping, one radix sort per grouping
 * (by key, keeping receipt order) makes the groups, cheap bounds from the hashes skip groups that
 * cannot reach a threshold (the receivers' levels are looked up only in groups that may go beyond
 * the level), and the rest are confirmed with their exact keys and swept with two pointers
 * (people counted with one monotonic queue per person). About 1.1 s for 1,000,000 petitions on a
 * 2-vCPU machine (`bench/petitions.bench.ts`).
 *
 * @category Petition
 * @param petitions - The petitions (parsed, or anything with the fields of
 *   {@link HotspotCandidate}); not changed.
 * @param options - `window` (days), `minPetitions`, `minPeople`, and optionally `asOf`, `by`,
 *   `levels`, `minLevels`.
 * @returns The hot spots, ranked.
 * @example
 * ```ts
 * import { detectHotspots } from '@lienthong/core/petition'
 *
 * const petitions = Array.from({ length: 6 }, (_, i) => ({
 *   id: `d${i}`, receivedAt: new Date(Date.UTC(2026, 2, 2 + i)), receivedById: 'ubnd-hk',
 *   anonymous: false, petitioner: { name: `Người ${i}`, address: `Số ${i} phố Huế` }, coSigners: 0,
 *   field: 'land' as const, place: { wardCode: '00070' },
 * }))
 * const [spot] = detectHotspots(petitions, { window: 7, minPetitions: 5, minPeople: 50 })
 * spot?.kind // 'accumulation'
 * spot?.petitions // 6
 * spot?.subject // { wardCode: '00070', field: 'land' }
 * ```
 */
export function detectHotspots(
  petitions: readonly HotspotCandidate[],
  options: DetectHotspotsOptions,
): Hotspot[] {
  const windowMs = options.window * DAY
  if (!(windowMs > 0) || !Number.isFinite(windowMs)) return []
  const asOf = options.asOf === undefined ? undefined : toTime(options.asOf)
  const by = options.by ?? ['place-field', 'decision']
  const levelOf = levelLookup(options.levels)
  const minLevels = options.minLevels ?? 2
  const n = petitions.length

  const earliest = asOf === undefined ? -Infinity : asOf - windowMs
  const groupings: Hotspot['grouping'][] = (['place-field', 'place', 'decision'] as const).filter(
    (grouping) => by.includes(grouping),
  )
  if (levelOf !== undefined) groupings.push('petitioner-matter')
  const wants = (grouping: Hotspot['grouping']) => groupings.includes(grouping)
  const byPlaceField = wants('place-field')
  const byPlace = wants('place')
  const byDecision = wants('decision')
  // Columns of key hashes, created when a first key appears (0 = none).
  let placeFieldHashes: Uint32Array | undefined
  let placeHashes: Uint32Array | undefined
  let decisionHashes: Uint32Array | undefined
  let matterHashes: Uint32Array | undefined

  // 1. One pass over the petitions: receipt times, head counts and the key hash of each grouping
  //    (0, "none", outside the `asOf` window), each part hashed once.
  const times = new Float64Array(n)
  const heads = new Int32Array(n)
  let inOrder = true
  let maxPeople = 0
  for (let index = 0; index < n; index++) {
    const petition = petitions[index]
    if (petition === undefined) continue
    const time = petition.receivedAt.getTime()
    times[index] = time
    if (index > 0 && time < (times[index - 1] ?? 0)) inOrder = false
    const people = 1 + petition.coSigners
    heads[index] = people
    maxPeople = Math.max(maxPeople, people)
    if (asOf !== undefined && (time > asOf || time <= earliest)) continue
    // Every petition gets its matter hash when levels are given; the level of its receiver is
    // looked up only in groups that may go beyond the level (a lookup per petition is costly).
    const leveled = levelOf !== undefined
    const placeField = byPlaceField || leveled ? placeHash(petition, petition.field ?? 'other') : -1
    const decision = byDecision || leveled ? decisionHash(petition) : -1
    if (byPlaceField && placeField >= 0) {
      placeFieldHashes ??= new Uint32Array(n)
      placeFieldHashes[index] = placeField
    }
    if (byPlace) {
      const place = placeHash(petition, undefined)
      if (place >= 0) {
        placeHashes ??= new Uint32Array(n)
        placeHashes[index] = place
      }
    }
    if (byDecision && decision >= 0) {
      decisionHashes ??= new Uint32Array(n)
      decisionHashes[index] = decision
    }
    if (leveled) {
      // The same person about the same matter, wherever they sent it.
      const person = personKeyHash(petition)
      const matter = decision >= 0 ? decision : placeField
      if (person >= 0) {
        matterHashes ??= new Uint32Array(n)
        matterHashes[index] = hashValue(hashNumber(hashNumber(HASH_START, person), matter + 1))
      }
    }
  }
  const hashes = groupings.map(
    (grouping) =>
      ({
        'place-field': placeFieldHashes,
        place: placeHashes,
        decision: decisionHashes,
        'petitioner-matter': matterHashes,
      })[grouping],
  )
  // Receipt order (most inputs already are in it: checked above).
  // (Receipt rank → index: the identity when the input is in order, so no array is built.)
  const sorted = inOrder
    ? undefined
    : Int32Array.from({ length: n }, (_, i) => i).sort(
        (a, b) => (times[a] ?? 0) - (times[b] ?? 0) || a - b,
      )
  const order = sorted === undefined ? (rank: number) => rank : (rank: number) => sorted[rank] ?? 0
  const singleIsHot = options.minPetitions <= 1 || maxPeople >= options.minPeople

  // 2. Per grouping, sort the hashes by receipt rank: each run of equal hashes is one group, in
  //    receipt order; confirm it with the exact keys, then sweep it.
  const sweep: Sweep = { petitions, times, heads, windowMs, levelOf }
  const scratch = hashRunScratch(n)
  const spots: Hotspot[] = []
  groupings.forEach((grouping, g) => {
    const column = hashes[g]
    if (column === undefined) return
    const byRank =
      sorted === undefined ? column : Uint32Array.from(sorted, (index) => column[index] ?? 0)
    const climb = grouping === 'decision' || grouping === 'petitioner-matter' ? levelOf : undefined
    const accumulates = grouping !== 'petitioner-matter'
    // Shortest run worth a look: one petition only if one petition can be hot on its own.
    const needs: number[] = []
    if (accumulates) needs.push(singleIsHot ? 1 : 2)
    if (climb !== undefined) needs.push(Math.max(1, minLevels))
    if (needs.length === 0) return
    forEachHashRun(
      byRank,
      (count, ranks) => {
        // Petition indexes, in receipt order (the ranks themselves when the input is in order).
        if (sorted !== undefined) for (let k = 0; k < count; k++) ranks[k] = order(ranks[k] ?? 0)
        const members = ranks
        // Cheap bounds from the hashes alone: the most petitions and head counts (not yet
        // distinct people) in any window, and the distinct levels, before any exact key.
        let mayAccumulate = false
        if (accumulates) {
          let windowCount = 0
          let windowHeads = 0
          let left = 0
          let heads = 0
          for (let right = 0; right < count; right++) {
            const index = members[right] ?? 0
            const end = times[index] ?? 0
            heads += sweep.heads[index] ?? 0
            while (end - (times[members[left] ?? 0] ?? 0) >= windowMs) {
              heads -= sweep.heads[members[left] ?? 0] ?? 0
              left++
            }
            windowCount = Math.max(windowCount, right - left + 1)
            windowHeads = Math.max(windowHeads, heads)
          }
          mayAccumulate = windowCount >= options.minPetitions || windowHeads >= options.minPeople
        }
        let mayClimb = false
        if (climb !== undefined && count >= minLevels) {
          const levels = new Set<AdministrativeLevel | undefined>()
          for (let k = 0; k < count; k++) {
            levels.add(climb(petitions[members[k] ?? 0]?.receivedById ?? ''))
          }
          levels.delete(undefined)
          mayClimb = levels.size >= minLevels
        }
        if (!mayAccumulate && !mayClimb) return
        // Confirm the hashes with the exact keys. A petitioner's matter counts only where its
        // receiver has a level.
        const groups = new Map<string, Group>()
        for (let k = 0; k < count; k++) {
          const index = members[k] ?? 0
          const petition = petitions[index]
          if (
            grouping === 'petitioner-matter' &&
            petition !== undefined &&
            climb?.(petition.receivedById) === undefined
          ) {
            continue
          }
          const exact = petition && exactKey(grouping, petition)
          if (petition === undefined || exact === undefined) continue
          let group = groups.get(exact.key)
          if (group === undefined) {
            group = { grouping, key: exact.key, subject: exact.subject, members: [], people: 0 }
            groups.set(exact.key, group)
          }
          group.members.push(index)
          group.people += 1 + petition.coSigners
        }
        for (const group of groups.values()) {
          const size = group.members.length
          if (
            mayAccumulate &&
            (size >= options.minPetitions || group.people >= options.minPeople)
          ) {
            const spot = sweepAccumulation(group, sweep, options.minPetitions, options.minPeople)
            if (spot) spots.push(spot)
          }
          if (mayClimb && climb !== undefined && size >= minLevels) {
            const spot = sweepLevels(group, sweep, climb, minLevels)
            if (spot) spots.push(spot)
          }
        }
      },
      Math.min(...needs),
      scratch,
    )
  })
  return spots.sort(
    (a, b) =>
      b.people - a.people ||
      b.petitions - a.petitions ||
      b.to.getTime() - a.to.getTime() ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  )
}

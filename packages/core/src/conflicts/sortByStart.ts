import type { MeetingView } from './meetingResources.js'

/** Meetings that occupy time, in sweep order, with their instants as epoch milliseconds. */
export interface SweepOrder {
  /** Indexes of the meetings that are not cancelled and not zero-length, by start then index. */
  readonly order: ArrayLike<number> & Iterable<number>
  /** `starts[i]`, `ends[i]`: instants of meeting `i` (0 for those left out). */
  readonly starts: Float64Array
  readonly ends: Float64Array
}

/** Below this many, a comparison sort is as quick as counting digits. */
const FEW = 256
const DIGIT_BITS = 16
const DIGITS = 2 ** DIGIT_BITS
const SECONDS_RANGE = 2 ** 32

/**
 * The numbers `0 … count - 1` ordered by `starts[k]`, ties by `k`, in O(n log n) at worst.
 *
 * When every start is a whole second within 136 years of the first (the usual case), the starts
 * are read as 32-bit numbers of seconds and sorted by a stable radix sort on two 16-bit digits:
 * four passes over the list, several times faster than any comparison sort of a million. Other
 * inputs (milliseconds, a span of centuries, a short list) take a comparison sort.
 */
export function orderByStart(starts: Float64Array, count: number): Uint32Array {
  let first = Number.POSITIVE_INFINITY
  let last = Number.NEGATIVE_INFINITY
  let wholeSeconds = true
  for (let k = 0; k < count; k++) {
    const start = starts[k] ?? 0
    if (start < first) first = start
    if (start > last) last = start
    if (start % 1000 !== 0) wholeSeconds = false
  }
  if (count < FEW || !wholeSeconds || (last - first) / 1000 >= SECONDS_RANGE) {
    const order = new Uint32Array(count)
    for (let k = 0; k < count; k++) order[k] = k
    order.sort((a, b) => (starts[a] ?? 0) - (starts[b] ?? 0) || a - b)
    return order
  }
  const seconds = new Uint32Array(count)
  const low = new Int32Array(DIGITS)
  const high = new Int32Array(DIGITS)
  for (let k = 0; k < count; k++) {
    const second = ((starts[k] ?? 0) - first) / 1000
    seconds[k] = second
    const lowDigit = second & (DIGITS - 1)
    const highDigit = second >>> DIGIT_BITS
    low[lowDigit] = (low[lowDigit] ?? 0) + 1
    high[highDigit] = (high[highDigit] ?? 0) + 1
  }
  toOffsets(low)
  toOffsets(high)
  // Least significant digit first; each pass keeps the order of equal digits, so ties stay in
  // order of `k` and equal starts end in order of `k`.
  const byLow = new Uint32Array(count)
  for (let k = 0; k < count; k++) {
    const digit = (seconds[k] ?? 0) & (DIGITS - 1)
    byLow[low[digit] ?? 0] = k
    low[digit] = (low[digit] ?? 0) + 1
  }
  const order = new Uint32Array(count)
  for (let t = 0; t < count; t++) {
    const k = byLow[t] ?? 0
    const digit = (seconds[k] ?? 0) >>> DIGIT_BITS
    order[high[digit] ?? 0] = k
    high[digit] = (high[digit] ?? 0) + 1
  }
  return order
}

/** Turns counts per digit into the position of each digit's first element. */
function toOffsets(counts: Int32Array): void {
  let sum = 0
  for (let d = 0; d < counts.length; d++) {
    const n = counts[d] ?? 0
    counts[d] = sum
    sum += n
  }
}

/**
 * Sorts the meetings that occupy time (not cancelled, not zero-length) by start, ties by their
 * position in the list; see {@link orderByStart}.
 */
export function sortByStart(meetings: readonly MeetingView[]): SweepOrder {
  const n = meetings.length
  const starts = new Float64Array(n)
  const ends = new Float64Array(n)
  const live = new Uint32Array(n)
  const liveStarts = new Float64Array(n)
  let count = 0
  for (let i = 0; i < n; i++) {
    const meeting = meetings[i]
    if (meeting === undefined || meeting.status === 'cancelled') continue
    const start = meeting.start.getTime()
    const end = meeting.end.getTime()
    // A zero-length meeting occupies no time: it can never overlap anything.
    if (end <= start) continue
    starts[i] = start
    ends[i] = end
    liveStarts[count] = start
    live[count++] = i
  }
  const order = orderByStart(liveStarts, count)
  for (let p = 0; p < count; p++) order[p] = live[order[p] ?? 0] ?? 0
  return { order, starts, ends }
}

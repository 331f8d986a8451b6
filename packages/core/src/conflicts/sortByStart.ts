import type { MeetingView } from './meetingResources.js'
import { int32s, uint32s, type Scratch } from './scratch.js'

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
const DIGIT_BITS = 11
const DIGITS = 2 ** DIGIT_BITS
const PASSES = 3
/** Seconds are held as 32-bit numbers: the third digit has one bit to spare. */
const SECONDS_RANGE = 2 ** 32

/**
 * `values[0 … count - 1]` in order of `starts[k]`, ties in their own order, in O(n log n) at
 * worst. `values` must be in increasing order (they are usually indexes), so equal starts keep
 * the order of their values.
 *
 * When every start is a whole second within 136 years of the first (the usual case), the starts
 * are read as numbers of seconds and sorted by a stable radix sort on three 11-bit digits. Each
 * pass reads its input front to back and writes to 2,048 places at once, few enough to stay in
 * the processor's cache: with a million meetings this is several times faster than any
 * comparison sort, or than sorting the starts and looking each value up afterwards. Other inputs
 * (milliseconds, a span of centuries, a short list) take a comparison sort. With `scratch`, the
 * sort works in (and returns) memory of an earlier call.
 */
export function sortValuesByStart(
  starts: Float64Array,
  values: Int32Array | Uint32Array,
  count: number,
  scratch?: Scratch,
): Int32Array {
  let first = Number.POSITIVE_INFINITY
  let last = Number.NEGATIVE_INFINITY
  let wholeSeconds = true
  for (let k = 0; k < count; k++) {
    const start = starts[k] ?? 0
    if (start < first) first = start
    if (start > last) last = start
    if (start % 1000 !== 0) wholeSeconds = false
  }
  const sorted = scratch === undefined ? new Int32Array(count) : int32s(scratch, 'sorted', count)
  if (count < FEW || !wholeSeconds || (last - first) / 1000 >= SECONDS_RANGE) {
    const order = new Uint32Array(count)
    for (let k = 0; k < count; k++) order[k] = k
    order.sort((a, b) => (starts[a] ?? 0) - (starts[b] ?? 0) || a - b)
    for (let p = 0; p < count; p++) sorted[p] = values[order[p] ?? 0] ?? 0
    return sorted
  }
  // Seconds since the first start, and how many of each digit in each pass.
  let seconds = scratch === undefined ? new Uint32Array(count) : uint32s(scratch, 'seconds', count)
  let carried = scratch === undefined ? new Int32Array(count) : int32s(scratch, 'carried', count)
  const counts = new Int32Array(DIGITS * PASSES)
  for (let k = 0; k < count; k++) {
    const second = ((starts[k] ?? 0) - first) / 1000
    seconds[k] = second
    carried[k] = values[k] ?? 0
    for (let pass = 0; pass < PASSES; pass++) {
      const at = pass * DIGITS + ((second >>> (pass * DIGIT_BITS)) & (DIGITS - 1))
      counts[at] = (counts[at] ?? 0) + 1
    }
  }
  // Least significant digit first; each pass keeps the order of equal digits, so equal starts
  // keep the order of their values. A pass in which every number has the same digit is skipped.
  let nextSeconds =
    scratch === undefined ? new Uint32Array(count) : uint32s(scratch, 'nextSeconds', count)
  let nextCarried = sorted
  for (let pass = 0; pass < PASSES; pass++) {
    const base = pass * DIGITS
    const shift = pass * DIGIT_BITS
    if (!toOffsets(counts, base, count)) continue
    for (let t = 0; t < count; t++) {
      const second = seconds[t] ?? 0
      const digit = base + ((second >>> shift) & (DIGITS - 1))
      const at = counts[digit] ?? 0
      nextSeconds[at] = second
      nextCarried[at] = carried[t] ?? 0
      counts[digit] = at + 1
    }
    ;[seconds, nextSeconds] = [nextSeconds, seconds]
    ;[carried, nextCarried] = [nextCarried, carried]
  }
  if (carried !== sorted) sorted.set(carried)
  return sorted
}

/**
 * Turns the counts of one pass's digits into the place of each digit's first number; false when
 * one digit has them all (the pass would change nothing).
 */
function toOffsets(counts: Int32Array, base: number, count: number): boolean {
  let sum = 0
  for (let d = base; d < base + DIGITS; d++) {
    const n = counts[d] ?? 0
    if (n === count) return false
    counts[d] = sum
    sum += n
  }
  return true
}

/**
 * Sorts the meetings that occupy time (not cancelled, not zero-length) by start, ties by their
 * position in the list; see {@link sortValuesByStart}.
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
  return { order: sortValuesByStart(liveStarts, live, count), starts, ends }
}

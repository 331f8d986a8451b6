import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sortValuesByStart } from './sortByStart.js'

/** What the sort must give: values by start, equal starts in the order of their values. */
function expected(starts: readonly number[], values: readonly number[]): number[] {
  return starts
    .map((start, k) => ({ start, value: values[k] ?? 0 }))
    .sort((a, b) => a.start - b.start || a.value - b.value)
    .map((entry) => entry.value)
}

/** Increasing values with gaps, as the indexes or offsets the sweep sorts are. */
function increasing(count: number): number[] {
  const values: number[] = []
  for (let k = 0, value = 0; k < count; k++, value += 1 + (k % 3)) values.push(value)
  return values
}

function check(starts: readonly number[]): void {
  const values = increasing(starts.length)
  const sorted = sortValuesByStart(
    Float64Array.from(starts),
    Int32Array.from(values),
    starts.length,
  )
  expect([...sorted]).toEqual(expected(starts, values))
}

const SECOND = 1000
const HOUR = 3_600_000
const YEAR = 365 * 24 * HOUR
const base = Date.UTC(2026, 0, 5)

describe('sortValuesByStart', () => {
  it('sorts whole seconds by their digits, ties in order, across every digit', () => {
    fc.assert(
      fc.property(
        // Long lists take the radix sort; spans of half an hour, a day and a century use one,
        // two and all three digits; few distinct starts give many ties.
        fc.integer({ min: 256, max: 3000 }),
        fc.constantFrom(HOUR / 2, 24 * HOUR, 130 * YEAR),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer(),
        (count, span, distinct, seed) => {
          const starts: number[] = []
          let state = seed >>> 0
          for (let k = 0; k < count; k++) {
            state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
            const step = Math.floor((state / 2 ** 32) * distinct)
            starts.push(base - span / 2 + Math.floor((step * span) / distinct / SECOND) * SECOND)
          }
          check(starts)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('sorts before 1970, all at once, and already in order', () => {
    const count = 1000
    check(Array.from({ length: count }, (_, k) => Date.UTC(1950, 0, 1) + ((k * 7919) % 500) * HOUR))
    check(Array.from({ length: count }, () => base))
    check(Array.from({ length: count }, (_, k) => base + k * SECOND))
    check(Array.from({ length: count }, (_, k) => base - k * SECOND))
  })

  it('falls back to comparing for milliseconds, spans beyond the digits and short lists', () => {
    const count = 1000
    check(Array.from({ length: count }, (_, k) => base + ((k * 7919) % 1000) * 7))
    check(Array.from({ length: count }, (_, k) => base + ((k * 7919) % 10) * 400 * YEAR))
    check([base + HOUR, base, base + HOUR, base - HOUR])
    check([])
  })
})

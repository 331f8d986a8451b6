import { describe, expect, it } from 'vitest'
import { LienthongError } from '../errors/LienthongError.js'
import { accumulate } from './accumulator.js'
import { cubeAccumulator } from './cubeAccumulator.js'

type Row = { office: string; kind: string; month: string }
const cube = cubeAccumulator<Row>([
  { name: 'office', of: (r) => r.office },
  { name: 'kind', of: (r) => r.kind },
  { name: 'month', of: (r) => r.month },
])

/** The naive oracle: string keys in a Map. */
function naive(rows: readonly Row[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const r of rows) {
    const key = `${r.office}|${r.kind}|${r.month}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

// Many values per dimension, so the dense counters widen several times while counting.
const rows: Row[] = Array.from({ length: 5000 }, (_, i) => ({
  office: `office-${String((i * 7) % 37)}`,
  kind: ['complaint', 'denunciation', 'recommendation'][i % 3] ?? '',
  month: `2024-${String((i % 12) + 1).padStart(2, '0')}`,
}))

describe('cubeAccumulator', () => {
  it('counts every combination met, sorted, as the naive oracle does', () => {
    const result = accumulate(cube, rows)
    expect(result.dimensions).toEqual(['office', 'kind', 'month'])
    expect(result.total).toBe(rows.length)
    const expected = naive(rows)
    expect(result.cells.length).toBe(expected.size)
    for (const cell of result.cells) expect(cell.count).toBe(expected.get(cell.key.join('|')))
    // Sorted value by value (NUL sorts before any character, so joined keys compare the same).
    const keys = result.cells.map((cell) => cell.key.join('\u0000'))
    expect(keys).toEqual([...keys].sort())
  })

  it('merges shards sent through JSON, whatever their dictionaries', () => {
    const a = rows.slice(0, 1234).reduce(cube.add, cube.create())
    const b = [...rows.slice(1234)].reverse().reduce(cube.add, cube.create())
    const merged = cube.merge(
      JSON.parse(JSON.stringify(b)) as typeof b,
      JSON.parse(JSON.stringify(a)) as typeof a,
    )
    expect(cube.finish(merged)).toEqual(accumulate(cube, rows))
  })

  it('counts by one dimension, or by five, the same way', () => {
    const one = cubeAccumulator<Row>([{ name: 'kind', of: (r) => r.kind }])
    expect(accumulate(one, rows).cells).toEqual([
      { key: ['complaint'], count: 1667 },
      { key: ['denunciation'], count: 1667 },
      { key: ['recommendation'], count: 1666 },
    ])
    const five = cubeAccumulator<Row>([
      { name: 'office', of: (r) => r.office },
      { name: 'kind', of: (r) => r.kind },
      { name: 'month', of: (r) => r.month },
      { name: 'year', of: (r) => r.month.slice(0, 4) },
      { name: 'quarter', of: (r) => String(Math.ceil(Number(r.month.slice(5)) / 3)) },
    ])
    const result = accumulate(five, rows)
    expect(result.cells.map((cell) => [cell.key.slice(0, 3).join('|'), cell.count])).toEqual(
      [...naive(rows)].sort(([a], [b]) => {
        const [x, y] = [a.split('|').join('\u0000'), b.split('|').join('\u0000')]
        return x < y ? -1 : 1
      }),
    )
  })

  it('counts four dimensions over an array as item by item, values colliding in its cache', () => {
    // "a0xa"… "a9xa" share length, first, middle and last character: the same cache slot.
    const colliding = Array.from({ length: 3000 }, (_, i) => ({
      ...rows[i % rows.length],
      code: `a${String(i % 10)}xa`,
    })) as (Row & { code: string })[]
    const four = cubeAccumulator<Row & { code: string }>([
      { name: 'office', of: (r) => r.office },
      { name: 'kind', of: (r) => r.kind },
      { name: 'code', of: (r) => r.code },
      { name: 'month', of: (r) => r.month },
    ])
    const oneByOne = four.finish(colliding.reduce(four.add, four.create()))
    expect(accumulate(four, colliding)).toEqual(oneByOne)
    const counts = new Map<string, number>()
    for (const r of colliding) {
      const key = [r.office, r.kind, r.code, r.month].join('|')
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    expect(oneByOne.cells.length).toBe(counts.size)
    for (const cell of oneByOne.cells) expect(cell.count).toBe(counts.get(cell.key.join('|')))
    expect(oneByOne.total).toBe(colliding.length)
  })

  it('adds arrays in batches to one state, small and large, as item by item', () => {
    type Four = Row & { outcome: string }
    const four = cubeAccumulator<Four>([
      { name: 'office', of: (r) => r.office },
      { name: 'kind', of: (r) => r.kind },
      { name: 'outcome', of: (r) => r.outcome },
      { name: 'month', of: (r) => r.month },
    ])
    const items: Four[] = rows.map((r, i) => ({ ...r, outcome: `outcome-${String(i % 5)}` }))
    const addAll = four.addAll
    if (addAll === undefined) throw new Error('a four-dimension cube counts arrays in one call')
    // Batches of 1, 7, 3000 and the rest: smaller and larger than the counters' room, each
    // bringing new values that widen it.
    let state = four.create()
    for (const [from, to] of [
      [0, 1],
      [1, 8],
      [8, 3008],
      [3008, items.length],
    ] as const) {
      state = addAll(state, items.slice(from, to))
    }
    expect(four.finish(state)).toEqual(four.finish(items.reduce(four.add, four.create())))
  })

  it('keeps the items before a bad value counted when a batch is refused', () => {
    const four = cubeAccumulator<Row & { n: unknown }>([
      { name: 'office', of: (r) => r.office },
      { name: 'kind', of: (r) => r.kind },
      { name: 'month', of: (r) => r.month },
      { name: 'n', of: (r) => r.n as string },
    ])
    const good = rows.slice(0, 100).map((r) => ({ ...r, n: 'x' }))
    const state = four.create()
    expect(() =>
      four.addAll?.(state, [...good, { ...good[0], n: 7 } as Row & { n: unknown }]),
    ).toThrow(/n: expected a string/)
    expect(four.finish(state).total).toBe(100)
  })

  it('refuses no dimension, a repeated name, and a value that is not a string', () => {
    expect(() => cubeAccumulator([])).toThrow(LienthongError)
    expect(() =>
      cubeAccumulator<Row>([
        { name: 'x', of: (r) => r.office },
        { name: 'x', of: (r) => r.kind },
      ]),
    ).toThrow(LienthongError)
    const numeric = cubeAccumulator<{ n: number }>([{ name: 'n', of: (r) => r.n as never }])
    expect(() => numeric.add(numeric.create(), { n: 3 })).toThrow(/n: expected a string/)
    const fourth = cubeAccumulator<Row & { n: number }>([
      { name: 'office', of: (r) => r.office },
      { name: 'kind', of: (r) => r.kind },
      { name: 'month', of: (r) => r.month },
      { name: 'n', of: (r) => r.n as never },
    ])
    const bad = [...rows.slice(0, 10).map((r) => ({ ...r, n: 0 }))]
    expect(() => accumulate(fourth, bad)).toThrow(/n: expected a string/)
  })
})

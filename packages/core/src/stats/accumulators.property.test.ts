import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectConflicts } from '../conflicts/detectConflicts.js'
import { redactPetition } from '../petition/redactPetition.js'
import { generateSampleData } from '../sample/generateSampleData.js'
import type { Accumulator } from './accumulator.js'
import { groupedAccumulator } from './groupedAccumulator.js'
import { cubeAccumulator } from './cubeAccumulator.js'
import { conflictAccumulator, meetingAccumulator } from './meetingAccumulator.js'
import { periodOf } from './period.js'
import { petitionAccumulator } from './petitionAccumulator.js'
import { taskAccumulator } from './taskAccumulator.js'

// Shards merged in any order or tree equal one pass over everything: each item goes to a random
// shard, each shard is accumulated on its own, sent through JSON (as between processes), and the
// shards are merged pairwise in a random tree.

const data = generateSampleData({ seed: 3, scale: 0.3 })
const meetings = data.meetings
const conflicts = detectConflicts(meetings, data)
const petitions = data.petitions.map((petition) => redactPetition(petition, 'public'))
const tasks = data.directives.flatMap((directive) => directive.tasks)

const plan = (size: number) =>
  fc.record({
    shards: fc.integer({ min: 1, max: 8 }),
    assignment: fc.array(fc.nat(), { minLength: size, maxLength: size }),
    picks: fc.array(fc.nat(), { minLength: 16, maxLength: 16 }),
    reverse: fc.boolean(),
  })

function sharded<In, State, Out>(
  accumulator: Accumulator<In, State, Out>,
  items: readonly In[],
  {
    shards,
    assignment,
    picks,
    reverse,
  }: { shards: number; assignment: number[]; picks: number[]; reverse: boolean },
): Out {
  const parts: In[][] = Array.from({ length: shards }, () => [])
  items.forEach((item, index) => parts[(assignment[index] ?? 0) % shards]?.push(item))
  let states = parts.map((part) => {
    const ordered = reverse ? [...part].reverse() : part
    const state = ordered.reduce(accumulator.add, accumulator.create())
    return JSON.parse(JSON.stringify(state)) as State
  })
  let turn = 0
  while (states.length > 1) {
    const i = (picks[turn % picks.length] ?? 0) % states.length
    const rest = states.filter((_, index) => index !== i)
    const j = (picks[(turn + 1) % picks.length] ?? 0) % rest.length
    const left = states[i] as State
    const right = rest[j] as State
    // Alternate which side receives, so both merge directions are exercised.
    const merged = turn % 2 === 0 ? accumulator.merge(left, right) : accumulator.merge(right, left)
    states = [...rest.filter((_, index) => index !== j), merged]
    turn += 1
  }
  return accumulator.finish(states[0] ?? accumulator.create())
}

function onePass<In, State, Out>(
  accumulator: Accumulator<In, State, Out>,
  items: readonly In[],
): Out {
  return accumulator.finish(items.reduce(accumulator.add, accumulator.create()))
}

function checkMergeable<In, State, Out>(
  accumulator: Accumulator<In, State, Out>,
  items: readonly In[],
): void {
  const expected = onePass(accumulator, items)
  fc.assert(
    fc.property(plan(items.length), (split) => {
      expect(sharded(accumulator, items, split)).toEqual(expected)
    }),
    { numRuns: 40 },
  )
}

describe('merged shards equal one pass', () => {
  it('has enough data to mean something', () => {
    expect(meetings.length).toBeGreaterThan(100)
    expect(petitions.length).toBeGreaterThan(100)
    expect(tasks.length).toBeGreaterThan(30)
    expect(conflicts.length).toBeGreaterThan(5)
  })

  it('for meetings', () => {
    checkMergeable(meetingAccumulator(), meetings)
    checkMergeable(meetingAccumulator({ period: periodOf('2026-05-01', 'quarter') }), meetings)
  })

  it('for conflicts', () => {
    checkMergeable(conflictAccumulator(), conflicts)
  })

  it('for petitions, with carried-over and open ones', () => {
    checkMergeable(petitionAccumulator({ organizations: data.organizations }), petitions)
    checkMergeable(
      petitionAccumulator({ period: periodOf('2026-03-15', 'month'), handlingLimitWorkingDays: 5 }),
      petitions,
    )
  })

  it('for tasks', () => {
    checkMergeable(taskAccumulator({ asOf: '2026-06-01' }), tasks)
  })

  it('for cubes, whose shards have different dictionaries', () => {
    checkMergeable(
      cubeAccumulator<(typeof petitions)[number]>([
        { name: 'office', of: (p) => p.receivedById },
        { name: 'channel', of: (p) => p.channel },
        { name: 'outcome', of: (p) => p.outcome ?? 'open' },
        { name: 'month', of: (p) => periodOf(p.receivedAt, 'month').key },
      ]),
      petitions,
    )
  })

  it('for grouped statistics', () => {
    checkMergeable(
      groupedAccumulator(petitionAccumulator(), (p) => [
        periodOf(p.receivedAt, 'month').key,
        `office:${p.receivedById}`,
      ]),
      petitions,
    )
    checkMergeable(
      groupedAccumulator(meetingAccumulator(), (m) => periodOf(m.start, 'week').key),
      meetings,
    )
  })
})

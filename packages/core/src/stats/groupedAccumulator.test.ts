import { describe, expect, it } from 'vitest'
import { accumulate } from './accumulator.js'
import { groupedAccumulator } from './groupedAccumulator.js'
import { conflictAccumulator } from './meetingAccumulator.js'

const conflicts = [
  { kind: 'venue-double-booked', severity: 'error' },
  { kind: 'person-double-booked', severity: 'warning' },
  { kind: 'venue-double-booked', severity: 'info' },
] as const

describe('groupedAccumulator', () => {
  it('finishes each group, keys sorted; several keys count in each, none skips', () => {
    const bySeverity = accumulate(
      groupedAccumulator(conflictAccumulator(), (c) =>
        c.severity === 'info' ? undefined : [c.severity, 'all', 'all'],
      ),
      conflicts,
    )
    expect(Object.keys(bySeverity)).toEqual(['all', 'error', 'warning'])
    expect(bySeverity.all?.total).toBe(2)
    expect(bySeverity.error?.byKind).toEqual({ 'venue-double-booked': 1 })
  })

  it('keeps any key as data, even __proto__, through JSON', () => {
    const grouped = groupedAccumulator(conflictAccumulator(), () => '__proto__')
    const state = conflicts.reduce(grouped.add, grouped.create())
    const copy = JSON.parse(JSON.stringify(state)) as typeof state
    const merged = grouped.finish(grouped.merge(grouped.create(), copy))
    expect(Object.keys(merged)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(merged, '__proto__')?.value).toMatchObject({ total: 3 })
  })
})

import { describe, expect, it } from 'vitest'
import { parseWorkProgram, safeParseWorkProgram } from './parseWorkProgram.js'

describe('parseWorkProgram', () => {
  it('accepts a Monday-to-Sunday weekly program', () => {
    const program = parseWorkProgram({
      id: 'w',
      ownerId: 'ubnd',
      periodKind: 'week',
      period: { start: '2026-03-02', end: '2026-03-08' },
    })
    expect(program.items).toEqual([])
  })

  it.each([
    ['week', { start: '2026-03-03', end: '2026-03-09' }, 'a week runs Monday to Sunday (7 days)'],
    ['month', { start: '2026-02-01', end: '2026-02-28' }, undefined],
    [
      'month',
      { start: '2026-02-01', end: '2026-03-01' },
      'a month runs from its first to its last day',
    ],
    ['quarter', { start: '2026-04-01', end: '2026-06-30' }, undefined],
    [
      'quarter',
      { start: '2026-02-01', end: '2026-04-30' },
      'a quarter runs from 1 Jan, 1 Apr, 1 Jul or 1 Oct to the end of its third month',
    ],
    ['year', { start: '2026-01-01', end: '2026-12-31' }, undefined],
    ['term', { start: '2026-03-15', end: '2031-03-14' }, undefined],
  ])('checks that a %s period %o fits its kind', (periodKind, period, message) => {
    const result = safeParseWorkProgram({ id: 'p', ownerId: 'tu', periodKind, period })
    expect(result.ok ? undefined : result.error.issues[0]?.message).toBe(message)
  })

  it('refuses items planned outside the period', () => {
    const result = safeParseWorkProgram({
      id: 'p',
      ownerId: 'tu',
      periodKind: 'month',
      period: { start: '2026-03-01', end: '2026-03-31' },
      items: [
        {
          id: 'i1',
          kind: 'meeting',
          title: 'Hội nghị',
          planned: { start: '2026-04-02', end: '2026-04-02' },
        },
      ],
    })
    expect(result.ok ? undefined : result.error.issues[0]).toMatchObject({
      path: ['items', 0, 'planned'],
      code: 'invalid_period',
    })
  })
})

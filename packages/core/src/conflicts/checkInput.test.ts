import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkMeeting,
  checkPerson,
  checkVenue,
  isCheckedMeeting,
  isCheckedPerson,
  isCheckedVenue,
  type IssueCollector,
} from './checkInput.js'
import { meeting, people, venues } from './testCity.js'

// The fast checks skip building paths; they must accept exactly what the detailed ones accept.
const odd = fc.constantFrom<unknown>(
  undefined,
  null,
  0,
  -1,
  1.5,
  Number.NaN,
  '',
  'x',
  '2026-03-02',
  '2026-03-02T08:00:00+07:00',
  'Asia/Hanoi',
  'Europe/Berlin',
  true,
  [],
  ['a'],
  [1],
  {},
  { organizationId: 'ubnd', role: 'chair' },
  { organizationId: 'ubnd', role: 'chair', from: 'soon' },
  { venueId: 7, delegates: 1 },
  { bridgePoints: [{ venueId: 'v', delegates: -1 }] },
  { bridgePoints: 'none' },
  new Date('2026-03-02T08:00:00+07:00'),
  new Date(Number.NaN),
  'planned',
  'major',
)

function agrees(
  base: object,
  quick: (value: unknown) => boolean,
  check: (collector: IssueCollector, value: unknown, path: (string | number)[]) => void,
) {
  const keys = Object.keys(base)
  return fc.property(
    fc.array(fc.tuple(fc.constantFrom(...keys, 'extra'), odd), { maxLength: 3 }),
    (changes) => {
      const value: Record<string, unknown> = { ...base }
      for (const [key, replacement] of changes) value[key] = replacement
      const collector: IssueCollector = { issues: [], locale: 'en' }
      check(collector, value, [])
      expect(quick(value)).toBe(collector.issues.length === 0)
    },
  )
}

describe('fast input checks', () => {
  it('accept exactly the meetings the detailed check accepts', () => {
    const base = meeting({
      chairId: 'bi-thu',
      requiredPosts: [{ organizationId: 'ubnd', role: 'chair' }],
      online: { bridgePoints: [{ name: 'Điểm cầu', venueId: 'v', delegates: 3 }] },
      expectedAttendees: 10,
      venueId: 'v',
    })
    fc.assert(agrees(base, isCheckedMeeting, checkMeeting), { numRuns: 2000 })
  })

  it('accept exactly the people and venues the detailed checks accept', () => {
    fc.assert(agrees(people[0] ?? { id: 'p' }, isCheckedPerson, checkPerson), { numRuns: 500 })
    fc.assert(agrees(venues[0] ?? { id: 'v' }, isCheckedVenue, checkVenue), { numRuns: 500 })
  })
})

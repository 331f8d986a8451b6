import { describe, expect, it } from 'vitest'
import {
  parseDeadlineRules,
  safeParseDeadlineRule,
  safeParseDeadlineRules,
} from './parseDeadlineRules.js'
import { VIETNAM_DEADLINE_RULES } from './vietnamDeadlineRules.js'

const rule = {
  id: 'r1',
  title: 'Answer',
  kinds: ['reflection'],
  step: 'answer',
  start: { field: 'receivedAt' },
  end: { events: ['answered'] },
  amount: 15,
  unit: 'working-days',
  legalBasis: 'Decision 12/2025/QĐ-UBND, Art 8',
}

describe('DeadlineRule schema', () => {
  it('reads the Vietnamese set, every rule with a legal basis', () => {
    const rules = parseDeadlineRules(VIETNAM_DEADLINE_RULES)
    expect(rules).toHaveLength(14)
    for (const parsed of rules) expect(parsed.legalBasis.length).toBeGreaterThan(10)
    expect(rules.filter((parsed) => !parsed.confirmed).map((parsed) => parsed.id)).toEqual([
      'vn-petition-process',
    ])
  })

  it('applies defaults', () => {
    const result = safeParseDeadlineRule(rule)
    expect(result.ok && result.value).toMatchObject({
      duty: 'agency',
      stopEvents: ['withdrawn'],
      extensions: [],
      extendable: false,
      confirmed: true,
    })
  })

  it('needs exactly one start and one end, and an in-force window in order', () => {
    const result = safeParseDeadlineRule({
      ...rule,
      start: { field: 'receivedAt', event: 'accepted' },
      end: {},
      inForceFrom: '2026-07-01',
      inForceUntil: '2026-06-30',
    })
    expect(
      result.ok ? [] : result.error.issues.map((issue) => [issue.path, issue.message]),
    ).toEqual([
      [['start'], 'give exactly one of event, field'],
      [['end'], 'give exactly one of events, field'],
      [['inForceUntil'], 'must be after inForceFrom (2026-06-30 is not after 2026-07-01)'],
    ])
    const bad = safeParseDeadlineRule({
      ...rule,
      unit: 'weeks',
      kinds: ['reflection', 'reflection'],
    })
    expect(bad.ok ? [] : bad.error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['kinds', 1], 'duplicate_value'],
      [['unit'], 'invalid_value'],
    ])
  })

  it('refuses duplicate ids and overlapping versions of one step in a set', () => {
    const result = safeParseDeadlineRules([
      rule,
      { ...rule, id: 'r2', inForceFrom: '2026-01-01' },
      rule,
    ])
    expect(result.ok ? [] : result.error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [[1, 'inForceFrom'], 'invalid'],
      [[2, 'id'], 'duplicate_value'],
      [[2, 'inForceFrom'], 'invalid'],
      [[2, 'inForceFrom'], 'invalid'],
    ])
    const versions = safeParseDeadlineRules([
      { ...rule, inForceUntil: '2025-12-31' },
      { ...rule, id: 'r2', inForceFrom: '2026-01-01' },
    ])
    expect(versions.ok).toBe(true)
  })
})

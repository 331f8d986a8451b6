import { describe, expect, test } from 'vitest'
import { complaintFilingLimit, receiptDeadlines } from './form-deadlines.js'

describe('form deadlines (core rules)', () => {
  test('a first complaint: 90 days from the day learned of, moved off a day off', () => {
    const now = new Date('2026-02-02T03:00:00Z')
    // 5 January + 90 days = Sunday 5 April 2026: the last day becomes Monday 6 April.
    expect(complaintFilingLimit(1, '2026-01-05', now)).toMatchObject({
      days: 90,
      dueOn: '2026-04-06',
      passed: false,
    })
    expect(complaintFilingLimit(1, '2026-01-05', new Date('2026-05-01T03:00:00Z'))).toMatchObject({
      passed: true,
    })
  })

  test('a second complaint: 30 days; no date yet: only the length', () => {
    const now = new Date('2026-02-02T03:00:00Z')
    expect(complaintFilingLimit(2, '2026-01-05', now)).toMatchObject({ days: 30 })
    const limit = complaintFilingLimit(1, '', now)
    expect(limit.days).toBe(90)
    expect(limit.dueOn).toBeUndefined()
    expect(limit.legalBasis).toMatch(/Art 9/)
  })

  test('the limits that start with the receipt, for each kind', () => {
    const receivedAt = new Date('2026-03-02T03:15:00Z')
    const steps = (kind: 'complaint' | 'recommendation') =>
      receiptDeadlines([kind], receivedAt).map((due) => due.step)
    expect(steps('complaint')).toContain('accept')
    expect(steps('recommendation')).not.toContain('accept')
    for (const due of receiptDeadlines(['complaint'], receivedAt)) {
      expect((due.dueOn ?? '') > '2026-03-02').toBe(true)
    }
    expect(receiptDeadlines([], receivedAt)).toEqual([])
  })
})

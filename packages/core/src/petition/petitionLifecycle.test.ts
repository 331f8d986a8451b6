import { describe, expect, it } from 'vitest'
import { petitionEventTypes } from './petition.schema.js'
import { petitionEventBranch, petitionStage } from './petitionStage.js'
import {
  allowedPetitionEvents,
  petitionStages,
  petitionTransitions,
  type PetitionStage,
} from './petitionTransitions.js'

const terminal: PetitionStage[] = ['closed', 'withdrawn']

describe('petitionTransitions', () => {
  it('only names known stages and event types', () => {
    for (const t of petitionTransitions) {
      expect(petitionStages).toContain(t.from)
      expect(petitionStages).toContain(t.to)
      expect(petitionEventTypes).toContain(t.event)
    }
  })

  it('has one target per (stage, event, branch)', () => {
    const seen = new Set<string>()
    for (const t of petitionTransitions) {
      const key = `${t.from}|${t.event}|${t.branch ?? ''}`
      expect(seen.has(key), key).toBe(false)
      seen.add(key)
    }
  })

  it('reaches every stage from received, and ends only at closed or withdrawn', () => {
    const reached = new Set<PetitionStage>(['received'])
    let grew = true
    while (grew) {
      grew = false
      for (const t of petitionTransitions) {
        if (reached.has(t.from) && !reached.has(t.to)) {
          reached.add(t.to)
          grew = true
        }
      }
    }
    expect([...reached].sort()).toEqual([...petitionStages].sort())
    for (const stage of petitionStages) {
      expect(allowedPetitionEvents(stage).length === 0, stage).toBe(terminal.includes(stage))
    }
  })

  it('allows withdrawal from every open stage', () => {
    for (const stage of petitionStages) {
      expect(allowedPetitionEvents(stage).includes('withdrawn')).toBe(!terminal.includes(stage))
    }
  })

  it('leads an accepted petition through verification, resolution and the result to closing', () => {
    expect(allowedPetitionEvents('accepted')).toEqual([
      'verification-started',
      'deadline-extended',
      'withdrawn',
    ])
    expect(allowedPetitionEvents('verifying')).toEqual([
      'resolved',
      'deadline-extended',
      'withdrawn',
    ])
    expect(allowedPetitionEvents('resolved')).toEqual(['result-sent', 'withdrawn'])
    expect(allowedPetitionEvents('result-sent')).toEqual(['closed', 'withdrawn'])
    expect(allowedPetitionEvents('accepted')).not.toContain('closed')
  })

  it('gives the outcomes each branch allows', () => {
    expect(allowedPetitionEvents('competent')).toEqual([
      'accepted',
      'answered',
      'guided',
      'returned',
      'filed',
      'deadline-extended',
      'withdrawn',
    ])
    expect(allowedPetitionEvents('not-competent')).toContain('forwarded')
    expect(allowedPetitionEvents('not-competent')).not.toContain('accepted')
    expect(allowedPetitionEvents('duplicate')).not.toContain('accepted')
    expect(allowedPetitionEvents('ineligible')).not.toContain('accepted')
  })
})

describe('petitionStage', () => {
  const event = (type: (typeof petitionEventTypes)[number], extra = {}) => ({
    type,
    at: new Date('2026-03-02T08:00:00+07:00'),
    documents: [],
    ...extra,
  })

  it('is received for an empty history', () => {
    expect(petitionStage({ history: [] })).toBe('received')
  })

  it('follows the last event that changes the stage', () => {
    expect(
      petitionStage({
        history: [
          event('received'),
          event('classified', { eligible: true }),
          event('competence-decided', { competent: false }),
          event('forwarded', { forwardedToId: 'ubnd-hk' }),
          event('reply-received'),
        ],
      }),
    ).toBe('forwarded')
    expect(
      petitionStage({
        history: [event('classified', { duplicateOfId: 'd0' }), event('deadline-extended')],
      }),
    ).toBe('duplicate')
    expect(petitionStage({ history: [event('accepted'), event('verification-started')] })).toBe(
      'verifying',
    )
  })

  it('reads the branch of classified and competence-decided events', () => {
    expect(petitionEventBranch({ type: 'classified', eligible: false })).toBe('ineligible')
    expect(petitionEventBranch({ type: 'classified', eligible: false, duplicateOfId: 'x' })).toBe(
      'duplicate',
    )
    expect(petitionEventBranch({ type: 'classified' })).toBeUndefined()
    expect(petitionEventBranch({ type: 'competence-decided', competent: true })).toBe('competent')
    expect(petitionEventBranch({ type: 'accepted', competent: true })).toBeUndefined()
  })
})

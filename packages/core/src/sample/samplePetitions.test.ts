import { describe, expect, it } from 'vitest'
import {
  checkEligibility,
  checkPetitionHistory,
  isValidTrackingCode,
  type IneligibilityCode,
} from '../petition/index.js'
import { generateSampleData } from './generateSampleData.js'

// Every code checkEligibility can give: the sample's `ineligibleReasons` use only these.
const eligibilityCodes: readonly IneligibilityCode[] = [
  'missing-date',
  'missing-name',
  'missing-address',
  'missing-signature',
  'not-in-vietnamese',
  'missing-content',
  'anonymous-denunciation',
  'sent-to-competent-body',
  'already-guided',
]

describe('sample petitions', () => {
  for (const seed of [1, 2, 3]) {
    const { petitions } = generateSampleData({ seed })

    it(`have histories checkPetitionHistory accepts (seed ${String(seed)})`, () => {
      const refused = petitions
        .map((petition) => ({ id: petition.id, issues: checkPetitionHistory(petition) }))
        .filter((result) => result.issues.length > 0)
      expect(refused).toEqual([])
    })

    it(`have valid, distinct tracking codes (seed ${String(seed)})`, () => {
      const codes = petitions.map((petition) => petition.trackingCode)
      expect(codes.filter((code) => !isValidTrackingCode(code))).toEqual([])
      expect(new Set(codes).size).toBe(codes.length)
    })

    it(`give ineligibility reasons as checkEligibility's codes (seed ${String(seed)})`, () => {
      const reasons = petitions.flatMap((petition) =>
        petition.history.flatMap((event) => event.ineligibleReasons ?? []),
      )
      expect(reasons.length).toBeGreaterThan(0)
      expect(
        reasons.filter((reason) => !eligibilityCodes.includes(reason as IneligibilityCode)),
      ).toEqual([])
    })
  }

  it('classify anonymous letters with the reasons checkEligibility gives them', () => {
    const { petitions } = generateSampleData({ seed: 1 })
    const anonymous = petitions.filter((petition) => petition.anonymous)
    expect(anonymous.length).toBeGreaterThan(0)
    for (const petition of anonymous) {
      const classified = petition.history.find((event) => event.type === 'classified')
      if (classified?.duplicateOfId !== undefined) continue
      const expected = checkEligibility(petition)
        .reasons.map((reason) => reason.code)
        .filter((code) => code !== 'missing-content' && code !== 'not-in-vietnamese')
      expect(classified?.ineligibleReasons).toEqual(expected)
    }
  })

  it('draws the same tracking codes for the same seed', () => {
    const first = generateSampleData({ seed: 5, scale: 0.1 }).petitions.map((p) => p.trackingCode)
    const again = generateSampleData({ seed: 5, scale: 0.1 }).petitions.map((p) => p.trackingCode)
    expect(again).toEqual(first)
    const other = generateSampleData({ seed: 6, scale: 0.1 }).petitions.map((p) => p.trackingCode)
    expect(other).not.toEqual(first)
  })
})

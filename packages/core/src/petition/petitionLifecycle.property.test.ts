import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LienthongError } from '../errors/LienthongError.js'
import { applyPetitionEvent, safeApplyPetitionEvent } from './applyPetitionEvent.js'
import { checkPetitionHistory } from './checkPetitionHistory.js'
import {
  petitionEventTypes,
  type Petition,
  type PetitionEventInput,
  type PetitionEventType,
} from './petition.schema.js'
import { petitionEventBranch, petitionStage } from './petitionStage.js'
import { allowedPetitionEvents, petitionTransitions } from './petitionTransitions.js'
import { basePetitionInput, petitionWith } from './testing/fixtures.js'

const start = Date.parse(basePetitionInput.receivedAt)

/** A petition of any kind, named or anonymous, a crowd or not, forwarded to us or not. */
const petitionArbitrary: fc.Arbitrary<Petition> = fc
  .record({
    kinds: fc.uniqueArray(
      fc.constantFrom('complaint', 'denunciation', 'recommendation', 'reflection' as const),
      { minLength: 1, maxLength: 4 },
    ),
    anonymous: fc.boolean(),
    channel: fc.constantFrom('post', 'agency-transfer', 'in-person' as const),
    coSigners: fc.constantFrom(0, 3, 4, 9, 10, 30),
    representatives: fc.integer({ min: 0, max: 5 }),
    complaintInstance: fc.constantFrom(undefined, 1, 2 as const),
  })
  .map(({ representatives, anonymous, complaintInstance, ...rest }) =>
    petitionWith({
      ...rest,
      anonymous,
      ...(anonymous ? { petitioner: undefined } : {}),
      ...(complaintInstance === undefined ? {} : { complaintInstance }),
      representatives: Array.from({ length: representatives }, (_, i) => ({
        name: `Đại diện ${i}`,
      })),
    }),
  )

/** Details an event of a type carries; `stray` adds one that belongs to another type. */
function detailsFor(
  type: PetitionEventType,
  choice: {
    eligible: boolean
    duplicate: boolean
    competent: boolean
    verdict: boolean
    stray: boolean
  },
): Partial<PetitionEventInput> {
  const details: Partial<PetitionEventInput> = {}
  if (type === 'classified') {
    if (choice.duplicate) details.duplicateOfId = 'd0'
    else details.eligible = choice.eligible
    if (!choice.eligible) details.ineligibleReasons = ['missing-signature']
  }
  if (type === 'competence-decided') details.competent = choice.competent
  if (type === 'forwarded' && choice.verdict) details.forwardedToId = 'ubnd-hk'
  if (type === 'resolved' && choice.verdict) details.verdict = 'partly-right'
  if (type === 'deadline-extended') details.newDeadline = '2026-06-30'
  if (choice.stray) details.forwardedToId = 'vp-tu'
  return details
}

/**
 * Steps of a run: mostly an event the current stage allows (chosen when the property runs, so
 * runs go deep into the lifecycle), sometimes any event type; mostly forward in time.
 */
const stepsArbitrary = fc.array(
  fc.record({
    lawful: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
    pick: fc.nat(),
    type: fc.constantFrom(...petitionEventTypes),
    hours: fc.integer({ min: -3, max: 48 }),
    eligible: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
    duplicate: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    competent: fc.boolean(),
    verdict: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
    stray: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    note: fc.constantFrom(undefined, 'Ghi chú', 'Đã xử lý'),
  }),
  { maxLength: 20 },
)

type Step = typeof stepsArbitrary extends fc.Arbitrary<(infer S)[]> ? S : never

function eventOf(step: Step, petition: Petition, hours: number): PetitionEventInput {
  // Withdrawal and extensions are allowed almost everywhere: pick them less often.
  const allowed = allowedPetitionEvents(petitionStage(petition)).filter(
    (type) =>
      (type !== 'received' || petition.history.length === 0) &&
      ((type !== 'withdrawn' && type !== 'deadline-extended') || step.pick % 8 === 0),
  )
  const type =
    step.lawful && allowed.length > 0
      ? (allowed[step.pick % allowed.length] ?? step.type)
      : step.type
  return {
    type,
    at: new Date(start + hours * 3_600_000).toISOString(),
    ...(step.note === undefined ? {} : { note: step.note }),
    ...detailsFor(type, step),
  }
}

describe('petition lifecycle (properties)', () => {
  it('applies or refuses every event, never reaches a stage the table does not allow, never rewrites history', () => {
    fc.assert(
      fc.property(petitionArbitrary, stepsArbitrary, (initial, steps) => {
        let petition = initial
        let hours = 0
        for (const step of steps) {
          hours += step.hours
          const event = eventOf(step, petition, hours)
          const before = petition
          const beforeHistory = [...before.history]
          const stage = petitionStage(before)
          const result = safeApplyPetitionEvent(before, event)
          // The throwing form agrees with the safe one.
          let thrown: unknown
          try {
            applyPetitionEvent(before, event)
          } catch (error) {
            thrown = error
          }
          expect(thrown === undefined).toBe(result.ok)
          // The petition given never changes.
          expect(before.history).toEqual(beforeHistory)
          if (!result.ok) {
            expect(result.error).toBeInstanceOf(LienthongError)
            expect(['invalid_transition', 'invalid_input']).toContain(result.error.code)
            expect(result.error.issues.length).toBeGreaterThan(0)
            continue
          }
          const next = result.value
          // History only grows: the old events, the same objects, then the new one.
          expect(next.history).toHaveLength(beforeHistory.length + 1)
          beforeHistory.forEach((old, i) => {
            expect(next.history[i]).toBe(old)
          })
          const added = next.history[next.history.length - 1]
          expect(added?.type).toBe(event.type)
          // The stage moved along an edge of the table (or stayed, for recording events).
          const after = petitionStage(next)
          const edge = petitionTransitions.find(
            (t) =>
              t.from === stage &&
              t.event === event.type &&
              (t.branch === undefined || (added && t.branch === petitionEventBranch(added))),
          )
          expect(edge?.to).toBe(after)
          // Time never goes back.
          const previous = before.history[before.history.length - 1]?.at ?? before.receivedAt
          expect(added && added.at.getTime() >= previous.getTime()).toBe(true)
          petition = next
        }
        // Whatever was built, replaying it through the lifecycle finds nothing to refuse.
        expect(checkPetitionHistory(petition)).toEqual([])
      }),
      { numRuns: 400 },
    )
  })

  it('generates runs that reach the far stages', () => {
    const reached = new Set<string>()
    fc.assert(
      fc.property(petitionArbitrary, stepsArbitrary, (initial, steps) => {
        let petition = initial
        let hours = 0
        for (const step of steps) {
          hours += step.hours
          const result = safeApplyPetitionEvent(petition, eventOf(step, petition, hours))
          if (result.ok) petition = result.value
          reached.add(petitionStage(petition))
        }
      }),
      { numRuns: 1000, seed: 42 },
    )
    // Generated runs do reach the far stages: the first property is not vacuous.
    for (const stage of ['forwarded', 'withdrawn', 'filed', 'result-sent', 'closed'] as const) {
      expect(reached.has(stage), stage).toBe(true)
    }
  })
})

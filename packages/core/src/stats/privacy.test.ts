import { describe, expect, expectTypeOf, it } from 'vitest'
import { detectConflicts } from '../conflicts/detectConflicts.js'
import type { Petition } from '../petition/petition.schema.js'
import { redactPetition, type PublicPetitionEvent } from '../petition/redactPetition.js'
import { generateSampleData } from '../sample/generateSampleData.js'
import type { AccumulatorInput } from './accumulator.js'
import { groupedAccumulator } from './groupedAccumulator.js'
import { meetingAccumulator } from './meetingAccumulator.js'
import { periodOf } from './period.js'
import { petitionAccumulator, type PetitionStatsInput } from './petitionAccumulator.js'
import { summarizeMeetings, summarizePetitions, summarizeTasks } from './summarize.js'
import { taskAccumulator } from './taskAccumulator.js'

// No statistic — finished result or state sent between processes — holds the personal data of a
// petitioner, a denouncer, a representative or a person named in a meeting.

const data = generateSampleData({ seed: 11, scale: 0.5 })

/** Every identity string the raw data holds, long enough to be meaningful. */
function identityStrings(): string[] {
  const found = new Set<string>()
  const add = (value: string | undefined) => {
    if (value !== undefined && value.trim().length >= 5) found.add(value.trim())
  }
  for (const petition of data.petitions) {
    const who = petition.petitioner
    add(who?.name)
    add(who?.idNumber)
    add(who?.address)
    add(who?.phone)
    add(who?.email)
    for (const representative of petition.representatives) {
      add(representative.name)
      add(representative.idNumber)
      add(representative.phone)
    }
    add(petition.place?.address)
    add(petition.subject)
    add(petition.trackingCode)
  }
  for (const person of data.people) add(person.name)
  return [...found]
}

describe('statistics hold no personal data', () => {
  it('in any output or state, on generated data', () => {
    const secrets = identityStrings()
    expect(secrets.length).toBeGreaterThan(100)
    const petitions = data.petitions.map((p) => redactPetition(p, 'public'))
    const tasks = data.directives.flatMap((d) => d.tasks)
    const grouped = groupedAccumulator(petitionAccumulator(), (p) => [
      periodOf(p.receivedAt, 'month').key,
      p.receivedById,
      p.channel,
    ])
    const meetingsByHost = groupedAccumulator(meetingAccumulator(), (m) => m.hostId)
    const outputs: unknown[] = [
      summarizeMeetings(data.meetings, { conflicts: detectConflicts(data.meetings, data) }),
      summarizePetitions(petitions, { asOf: '2026-07-01', organizations: data.organizations }),
      summarizePetitions(petitions, { period: periodOf('2026-04-01', 'quarter') }),
      summarizeTasks(tasks, { asOf: '2026-07-01' }),
      petitions.reduce(grouped.add, grouped.create()),
      grouped.finish(petitions.reduce(grouped.add, grouped.create())),
      data.meetings.reduce(meetingsByHost.add, meetingsByHost.create()),
      tasks.reduce(taskAccumulator({ asOf: '2026-07-01' }).add, {
        assigned: 0,
        byStanding: {},
        clear: 0,
        missing: {},
        vague: {},
        units: {},
      }),
    ]
    const text = JSON.stringify(outputs).normalize('NFC').toLowerCase()
    const leaked = secrets.filter((secret) => text.includes(secret.normalize('NFC').toLowerCase()))
    expect(leaked).toEqual([])
    // Sanity: the check can see what is in the text.
    expect(text).toContain('vp-tu')
  })

  it('equal, on redacted petitions, what the original petitions give for every figure', () => {
    // The fields statistics read, projected from the original petitions by hand (history events
    // whole, notes and documents included): redaction must lose none of them.
    const projected = data.petitions.map((p) => ({
      id: p.id,
      kinds: p.kinds,
      channel: p.channel,
      receivedAt: p.receivedAt,
      receivedById: p.receivedById,
      people: 1 + p.coSigners,
      representatives: p.representatives.length,
      complexity: p.complexity,
      remoteArea: p.remoteArea,
      anonymous: p.anonymous,
      // Zod types absent optional fields as `| undefined`; the parsed events simply lack them.
      history: p.history as readonly PublicPetitionEvent[],
      ...(p.outcome === undefined ? {} : { outcome: p.outcome }),
      ...(p.complaintInstance === undefined ? {} : { complaintInstance: p.complaintInstance }),
    }))
    const redacted = data.petitions.map((p) => redactPetition(p, 'public'))
    for (const options of [
      { asOf: '2026-07-01', organizations: data.organizations },
      { period: periodOf('2026-04-01', 'quarter') },
    ]) {
      expect(summarizePetitions(redacted, options)).toEqual(summarizePetitions(projected, options))
    }
  })

  it('by construction: an unredacted petition does not fit the input type', () => {
    const raw: Petition | undefined = data.petitions[0]
    if (raw === undefined) throw new Error('no petition generated')
    // @ts-expect-error — a raw petition carries the petitioner and free text.
    const wrong: PetitionStatsInput = raw
    const right: PetitionStatsInput = redactPetition(raw, 'public')
    expect(Object.keys(right)).not.toContain('petitioner')
    expect(wrong).toBe(raw)
    expectTypeOf<
      AccumulatorInput<ReturnType<typeof petitionAccumulator>>
    >().toEqualTypeOf<PetitionStatsInput>()
  })
})

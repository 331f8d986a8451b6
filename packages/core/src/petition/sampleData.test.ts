// The duplicates and hot spots that generateSampleData plants are found, and nothing else.
import { describe, expect, it } from 'vitest'
import { generateSampleData } from '../sample/index.js'
import { detectHotspots } from './detectHotspots.js'
import { findDuplicatePetitions } from './findDuplicatePetitions.js'
import { publicPetitionStatus } from './publicPetitionStatus.js'
import { redactPetition } from './redactPetition.js'
import { normalizeVietnamese } from './normalizeVietnamese.js'

describe('on generateSampleData', () => {
  for (const seed of [1, 2]) {
    const data = generateSampleData({ seed })
    const inHotSpot = new Set(data.hotSpots.flatMap((spot) => spot.petitionIds))
    // A repeated petition: same petitioner, same matter, reworded, pointing to the first.
    const repeats = data.petitions.filter((p) => p.relatedIds.length > 0 && !inHotSpot.has(p.id))

    it(`groups every repeated petition with the one it repeats (seed ${seed})`, () => {
      expect(repeats.length).toBeGreaterThan(5)
      const groups = findDuplicatePetitions(data.petitions)
      const groupOf = new Map(groups.flatMap((g) => g.petitionIds.map((id) => [id, g] as const)))
      for (const repeat of repeats) {
        expect(groupOf.get(repeat.id)?.petitionIds, repeat.id).toContain(repeat.relatedIds[0])
      }
      // And nothing else: every group holds a planted repeat.
      for (const group of groups) {
        expect(
          repeats.some((r) => group.petitionIds.includes(r.id)),
          group.firstId,
        ).toBe(true)
      }
    })

    it(`finds every planted hot spot, whole, and no other place (seed ${seed})`, () => {
      expect(data.hotSpots.length).toBeGreaterThan(0)
      const spots = detectHotspots(data.petitions, {
        window: 45,
        minPetitions: 10,
        minPeople: 10_000,
      })
      const byPlace = spots.filter((s) => s.grouping === 'place-field')
      for (const planted of data.hotSpots) {
        const spot = byPlace.find((s) => s.subject.wardCode === planted.wardCode)
        expect(spot?.petitionIds, planted.wardCode).toEqual(
          expect.arrayContaining(planted.petitionIds),
        )
      }
      expect(byPlace).toHaveLength(data.hotSpots.length)
    })
  }

  it('shows no petitioner’s identity in the public views of a whole year', () => {
    const data = generateSampleData({ seed: 3 })
    const secrets = new Set<string>()
    for (const petition of data.petitions) {
      for (const value of [petition.petitioner?.name, petition.petitioner?.address]) {
        if (value !== undefined) secrets.add(normalizeVietnamese(value))
      }
      for (const value of [petition.petitioner?.idNumber, petition.petitioner?.phone]) {
        if (value !== undefined) secrets.add(value.replace(/\D/g, ''))
      }
    }
    expect(secrets.size).toBeGreaterThan(500)
    const views = data.petitions.flatMap((p) => [
      redactPetition(p, 'public'),
      publicPetitionStatus(p),
    ])
    const folded = ` ${normalizeVietnamese(JSON.stringify(views))} `
    const leaked = [...secrets].filter((secret) => folded.includes(` ${secret} `))
    expect(leaked).toEqual([])
  })
})

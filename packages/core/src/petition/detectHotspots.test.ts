import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectHotspots, type HotspotCandidate } from './detectHotspots.js'
import { normalizeVietnamese } from './normalizeVietnamese.js'
import { personKey } from './petitionMatching.js'
import { generatePetitions } from './testing/generatePetitions.js'

const HOUR = 3_600_000
const base = Date.parse('2026-03-02T08:00:00+07:00')

function petition(
  id: string,
  hours: number,
  extra: Partial<HotspotCandidate> = {},
): HotspotCandidate {
  return {
    id,
    receivedAt: new Date(base + hours * HOUR),
    receivedById: 'ubnd-hk',
    anonymous: false,
    petitioner: { name: `Người ${id}`, address: `Số ${id} phố Huế` },
    coSigners: 0,
    field: 'land',
    place: { provinceCode: '01', wardCode: '00070' },
    ...extra,
  }
}

describe('detectHotspots', () => {
  it('finds petitions accumulating at one place and field within the window', () => {
    const petitions = [
      ...Array.from({ length: 6 }, (_, i) => petition(`a${i}`, i * 24)),
      petition('other-field', 30, { field: 'environment' }),
      petition('other-ward', 31, { place: { wardCode: '00071' } }),
      petition('late', 24 * 40),
    ]
    const spots = detectHotspots(petitions, { window: 7, minPetitions: 5, minPeople: 100 })
    expect(spots).toHaveLength(1)
    expect(spots[0]).toMatchObject({
      kind: 'accumulation',
      grouping: 'place-field',
      key: 'w:00070|land',
      subject: { wardCode: '00070', provinceCode: '01', field: 'land' },
      petitionIds: ['a0', 'a1', 'a2', 'a3', 'a4', 'a5'],
      petitions: 6,
      people: 6,
      from: new Date(base),
      to: new Date(base + 5 * 24 * HOUR),
      receiverIds: ['ubnd-hk'],
    })
    // A window of 4 days holds at most 4 of them (half-open: 4 × 24 h apart is outside).
    expect(detectHotspots(petitions, { window: 4, minPetitions: 5, minPeople: 100 })).toEqual([])
  })

  it('counts people, each petitioner once, with their co-signers', () => {
    const crowd = [
      petition('c1', 0, { coSigners: 30 }),
      petition('c2', 1, { coSigners: 25 }),
      // The same petitioner again (by ID number), with fewer co-signers: still 31 people.
      petition('c3', 2, {
        coSigners: 4,
        petitioner: { name: 'Người c1', address: 'Số c1 phố Huế' },
      }),
      petition('anon', 3, { anonymous: true, petitioner: undefined, coSigners: 2 }),
    ]
    const [spot] = detectHotspots(crowd, { window: 3, minPetitions: 100, minPeople: 50 })
    expect(spot?.people).toBe(31 + 26 + 3)
    expect(spot?.petitions).toBe(4)
    expect(detectHotspots(crowd, { window: 3, minPetitions: 100, minPeople: 61 })).toEqual([])
  })

  it('reports one group at its peak, or the window ending asOf', () => {
    const petitions = [
      ...Array.from({ length: 5 }, (_, i) => petition(`early${i}`, i)),
      ...Array.from({ length: 8 }, (_, i) => petition(`peak${i}`, 500 + i)),
      ...Array.from({ length: 5 }, (_, i) => petition(`now${i}`, 1000 + i)),
    ]
    const options = { window: 2, minPetitions: 5, minPeople: 1000 }
    const [peak] = detectHotspots(petitions, options)
    expect(peak?.petitionIds).toEqual(Array.from({ length: 8 }, (_, i) => `peak${i}`))
    const [now] = detectHotspots(petitions, { ...options, asOf: new Date(base + 1010 * HOUR) })
    expect(now?.petitionIds).toEqual(Array.from({ length: 5 }, (_, i) => `now${i}`))
    expect(detectHotspots(petitions, { ...options, asOf: '2026-06-30T00:00:00+07:00' })).toEqual([])
  })

  it('groups by complained decision and by place without the field when asked', () => {
    const petitions = Array.from({ length: 5 }, (_, i) =>
      petition(`d${i}`, i, {
        field: i % 2 === 0 ? 'land' : 'compensation-resettlement',
        complainedDecision: {
          description: 'Thu hồi đất',
          symbol: i === 0 ? '156/QĐ-UBND' : '156/qđ-ubnd',
        },
      }),
    )
    const spots = detectHotspots(petitions, {
      window: 7,
      minPetitions: 5,
      minPeople: 100,
      by: ['place-field', 'place', 'decision'],
    })
    expect(spots.map((s) => s.grouping).sort()).toEqual(['decision', 'place'])
    expect(spots.find((s) => s.grouping === 'decision')?.subject).toEqual({
      decisionSymbol: '156/QĐ-UBND',
    })
  })

  it('finds a matter that goes beyond the level', () => {
    const who = { name: 'Lê Văn Cường', idNumber: '001085012345' }
    const levels = {
      'ubnd-hk': 'commune',
      'vp-ubnd-tp': 'province',
      'ban-tcd-tw': 'central',
    } as const
    const petitions = [
      petition('w', 0, { petitioner: who }),
      petition('p', 48, { petitioner: who, receivedById: 'vp-ubnd-tp' }),
      petition('c', 96, {
        petitioner: { ...who, name: 'LE VAN CUONG' },
        receivedById: 'ban-tcd-tw',
      }),
      petition('someone-else', 50, { receivedById: 'vp-ubnd-tp' }),
    ]
    const spots = detectHotspots(petitions, { window: 30, minPetitions: 10, minPeople: 10, levels })
    expect(spots).toHaveLength(1)
    expect(spots[0]).toMatchObject({
      kind: 'beyond-the-level',
      grouping: 'petitioner-matter',
      subject: {},
      petitionIds: ['w', 'p', 'c'],
      levels: ['central', 'province', 'commune'],
      receiverIds: ['ubnd-hk', 'vp-ubnd-tp', 'ban-tcd-tw'],
      people: 1,
    })
    // The key does not spell out who it is.
    expect(spots[0]?.key).not.toMatch(/cuong|001085012345/i)
    // Not within a window of one day, and not without the levels.
    expect(
      detectHotspots(petitions, { window: 1, minPetitions: 10, minPeople: 10, levels }),
    ).toEqual([])
    expect(detectHotspots(petitions, { window: 30, minPetitions: 10, minPeople: 10 })).toEqual([])
  })

  it('ranks by people, then petitions, then recency', () => {
    const petitions = [
      ...Array.from({ length: 5 }, (_, i) =>
        petition(`small${i}`, i, { place: { wardCode: '1' } }),
      ),
      ...Array.from({ length: 5 }, (_, i) =>
        petition(`big${i}`, 100 + i, { place: { wardCode: '2' }, coSigners: 3 }),
      ),
      ...Array.from({ length: 6 }, (_, i) =>
        petition(`many${i}`, 200 + i, { place: { wardCode: '3' } }),
      ),
    ]
    const spots = detectHotspots(petitions, { window: 2, minPetitions: 5, minPeople: 1000 })
    expect(spots.map((s) => s.subject.wardCode)).toEqual(['2', '3', '1'])
  })

  it('finds nothing with a window that is not positive', () => {
    const petitions = Array.from({ length: 6 }, (_, i) => petition(`a${i}`, i))
    expect(detectHotspots(petitions, { window: 0, minPetitions: 1, minPeople: 1 })).toEqual([])
    expect(
      detectHotspots(petitions, { window: Number.NaN, minPetitions: 1, minPeople: 1 }),
    ).toEqual([])
  })

  it('finds the hot spots and beyond-the-level cases the generator planted', () => {
    const { petitions, planted, city } = generatePetitions(30_000, { seed: 3 })
    const spots = detectHotspots(petitions, {
      window: 14,
      minPetitions: 25,
      minPeople: 60,
      levels: city.levels,
    })
    for (const plant of planted.hotspots) {
      const spot = spots.find(
        (s) =>
          s.grouping === 'place-field' &&
          s.subject.wardCode === plant.wardCode &&
          s.subject.field === plant.field,
      )
      expect(spot, `${plant.wardCode} ${plant.field}`).toBeDefined()
      expect(spot?.petitionIds).toEqual(expect.arrayContaining([...plant.petitionIds]))
    }
    for (const ids of planted.beyondTheLevel) {
      const spot = spots.find(
        (s) => s.kind === 'beyond-the-level' && s.petitionIds.includes(ids[0] ?? ''),
      )
      expect(spot?.petitionIds).toEqual(ids)
      expect(spot?.levels).toEqual(['central', 'province', 'commune'])
    }
    // Nothing else accumulates that much in the generated background.
    expect(
      spots.filter((s) => s.kind === 'accumulation' && s.grouping === 'place-field'),
    ).toHaveLength(planted.hotspots.length)
  })
})

// ---------------------------------------------------------------------------------------------
// Oracle: every window ending at each petition, counted directly.

function naivePeaks(
  petitions: readonly HotspotCandidate[],
  window: number,
  minPetitions: number,
  minPeople: number,
) {
  const groups = new Map<string, HotspotCandidate[]>()
  for (const p of [...petitions].sort(
    (a, b) =>
      a.receivedAt.getTime() - b.receivedAt.getTime() ||
      petitions.indexOf(a) - petitions.indexOf(b),
  )) {
    const ward = p.place?.wardCode
    if (ward === undefined) continue
    const key = `w:${ward}|${p.field ?? 'other'}`
    groups.set(key, [...(groups.get(key) ?? []), p])
  }
  const peaks: { key: string; ids: string[]; people: number }[] = []
  for (const [key, members] of groups) {
    let best: { ids: string[]; people: number } | undefined
    members.forEach((last, j) => {
      const inside = members
        .slice(0, j + 1)
        .filter((p) => last.receivedAt.getTime() - p.receivedAt.getTime() < window * 24 * HOUR)
      const people = new Map<string, number>()
      inside.forEach((p) => {
        const who = personKey(p) ?? `#${p.id}`
        people.set(who, Math.max(people.get(who) ?? 0, 1 + p.coSigners))
      })
      const total = [...people.values()].reduce((a, b) => a + b, 0)
      if (inside.length < minPetitions && total < minPeople) return
      if (
        !best ||
        total > best.people ||
        (total === best.people && inside.length >= best.ids.length)
      ) {
        best = { ids: inside.map((p) => p.id), people: total }
      }
    })
    if (best) peaks.push({ key, ...best })
  }
  return peaks.sort((a, b) => (a.key < b.key ? -1 : 1))
}

describe('detectHotspots against direct counting (property)', () => {
  it('finds the same groups, peaks and people', () => {
    const row = fc.record({
      hours: fc.integer({ min: 0, max: 24 * 20 }),
      ward: fc.constantFrom('1', '2'),
      field: fc.constantFrom('land' as const, 'labour' as const),
      person: fc.integer({ min: 0, max: 6 }),
      coSigners: fc.constantFrom(0, 0, 1, 4),
    })
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 20 }),
        (rows, window, minPetitions, minPeople) => {
          const petitions = rows.map((r, i) =>
            petition(`p${i}`, r.hours, {
              place: { wardCode: r.ward },
              field: r.field,
              coSigners: r.coSigners,
              ...(r.person === 0
                ? { anonymous: true, petitioner: undefined }
                : { petitioner: { name: `Người ${r.person}`, address: 'Phố Huế' } }),
            }),
          )
          const found = detectHotspots(petitions, { window, minPetitions, minPeople })
            .map((s) => ({ key: s.key, ids: [...s.petitionIds], people: s.people }))
            .sort((a, b) => (a.key < b.key ? -1 : 1))
          expect(found).toEqual(naivePeaks(petitions, window, minPetitions, minPeople))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('folds place addresses when there is no ward code', () => {
    const petitions = Array.from({ length: 5 }, (_, i) =>
      petition(`a${i}`, i, {
        place: { provinceCode: '01', address: i % 2 ? 'Thôn Đông, xã Yên' : 'THON DONG - XA YEN' },
      }),
    )
    const [spot] = detectHotspots(petitions, { window: 1, minPetitions: 5, minPeople: 100 })
    expect(spot?.subject).toEqual({
      provinceCode: '01',
      address: normalizeVietnamese('Thôn Đông, xã Yên'),
      field: 'land',
    })
  })
})

import { describe, expect, it } from 'vitest'
import { LienthongError } from '../errors/LienthongError.js'
import { generateSampleData } from '../sample/index.js'
import { mergeWorkPrograms } from './mergeWorkPrograms.js'
import { parseWorkProgram } from './parseWorkProgram.js'

const week = { periodKind: 'week', period: { start: '2026-03-02', end: '2026-03-08' } } as const

function program(id: string, ownerId: string, items: Record<string, unknown>[]) {
  return parseWorkProgram({ ...week, id, ownerId, items })
}

describe('mergeWorkPrograms', () => {
  const party = program('tu-w10', 'tu', [
    {
      id: 'tu-1',
      kind: 'document',
      title: 'Kế hoạch triển khai chuyển đổi số năm 2026',
      planned: { start: '2026-03-04', end: '2026-03-06' },
    },
    {
      id: 'tu-2',
      kind: 'meeting',
      title: 'Hội nghị Ban Thường vụ',
      planned: { start: '2026-03-02', end: '2026-03-02' },
      meetingId: 'm-btv',
    },
    {
      id: 'tu-3',
      kind: 'document',
      title: 'Kế hoạch triển khai phòng cháy chữa cháy năm 2026',
      planned: { start: '2026-03-02', end: '2026-03-03' },
    },
  ])
  const committee = program('ubnd-w10', 'ubnd', [
    {
      id: 'ub-1',
      kind: 'document',
      title: 'KẾ HOẠCH TRIỂN KHAI CHUYỂN ĐỔI SỐ NĂM 2026',
      planned: { start: '2026-03-05', end: '2026-03-08' },
    },
    {
      id: 'ub-2',
      kind: 'meeting',
      title: 'Dự họp Ban Thường vụ Thành ủy',
      planned: { start: '2026-03-02', end: '2026-03-02' },
      meetingId: 'm-btv',
    },
    {
      id: 'ub-3',
      kind: 'document',
      title: 'Kế hoạch triển khai phòng cháy chữa cháy năm 2026',
      planned: { start: '2026-03-07', end: '2026-03-08' },
    },
  ])

  it('sorts every item by planned date and tags it with its program and owner', () => {
    const { items } = mergeWorkPrograms([party, committee])
    expect(items.map((entry) => `${entry.ownerId}:${entry.item.id}`)).toEqual([
      'tu:tu-2',
      'ubnd:ub-2',
      'tu:tu-3',
      'tu:tu-1',
      'ubnd:ub-1',
      'ubnd:ub-3',
    ])
    expect(items[0]?.programId).toBe('tu-w10')
  })

  it('finds the same meeting and the same document planned by two bodies, and explains why', () => {
    const { overlaps } = mergeWorkPrograms([party, committee])
    expect(overlaps.map((o) => [o.reason, ...o.itemIds])).toEqual([
      ['same-meeting', 'tu-2', 'ub-2'],
      ['similar-title', 'tu-1', 'ub-1'],
    ])
    const [meeting, document] = overlaps
    expect(meeting?.linkedId).toBe('m-btv')
    expect(document?.similarity).toBe(1)
    expect(document?.programIds).toEqual(['tu-w10', 'ubnd-w10'])
    expect(document?.sharedDates).toEqual({ start: '2026-03-05', end: '2026-03-06' })
    expect(document?.explanation).toContain('100% alike')
    expect(document?.explanation).toContain('tu-1 in tu-w10 of tu')
  })

  it('does not match alike titles planned at dates that do not overlap, or below the threshold', () => {
    const { overlaps } = mergeWorkPrograms([party, committee], { titleSimilarity: 1 })
    expect(overlaps.some((o) => o.itemIds.includes('tu-3'))).toBe(false)
    const loose = mergeWorkPrograms([party, committee], { titleSimilarity: 0.3 }).overlaps
    expect(loose.some((o) => o.itemIds.includes('tu-3'))).toBe(false)
  })

  it("does not report one body's own programs as overlapping", () => {
    const again = program('tu-w10b', 'tu', party.items)
    expect(mergeWorkPrograms([party, again]).overlaps).toEqual([])
  })

  it('refuses a similarity threshold outside (0, 1]', () => {
    expect(() => mergeWorkPrograms([party], { titleSimilarity: 0 })).toThrow(LienthongError)
    expect(() => mergeWorkPrograms([party], { titleSimilarity: 1.5 })).toThrow(LienthongError)
  })

  it('finds every overlap planted in the sample city, with the conflicts of linked meetings', () => {
    const data = generateSampleData({ seed: 1 })
    const merged = mergeWorkPrograms(data.workPrograms, {
      meetings: data.meetings,
      people: data.people,
      venues: data.venues,
      organizations: data.organizations,
    })
    expect(data.programOverlaps.length).toBeGreaterThan(0)
    const found = new Set(merged.overlaps.map((o) => [...o.itemIds].sort().join(' & ')))
    const missing = data.programOverlaps.filter(
      (planted) => !found.has([...planted.itemIds].sort().join(' & ')),
    )
    expect(missing).toEqual([])
    const total = data.workPrograms.reduce((sum, p) => sum + p.items.length, 0)
    expect(merged.items).toHaveLength(total)
    const starts = merged.items.map((entry) => entry.item.planned.start)
    expect(starts).toEqual([...starts].sort())
    expect(merged.conflicts.length).toBeGreaterThan(0)
    const linked = new Set(merged.items.map((entry) => entry.item.meetingId))
    for (const conflict of merged.conflicts) {
      for (const id of conflict.meetingIds) expect(linked.has(id)).toBe(true)
    }
  })
})

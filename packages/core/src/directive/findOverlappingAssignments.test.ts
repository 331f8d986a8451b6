import { describe, expect, it } from 'vitest'
import { LienthongError } from '../errors/LienthongError.js'
import { generateSampleData } from '../sample/index.js'
import { findOverlappingAssignments } from './findOverlappingAssignments.js'
import { parseDirective } from './parseDirective.js'

function directive(id: string, issuedOn: string, tasks: Record<string, unknown>[]) {
  return parseDirective({ id, type: 'plan', issuerId: 'ubnd', issuedOn, title: id, tasks })
}

describe('findOverlappingAssignments', () => {
  const first = directive('kh-1', '2026-03-02', [
    { id: 't1', content: 'Rà soát thủ tục hành chính lĩnh vực đất đai', leadUnitId: 'so-nnmt' },
    { id: 't2', content: 'Tổ chức hội nghị tập huấn chuyển đổi số', leadUnitId: 'so-khcn' },
    { id: 't3', content: 'Báo cáo', leadUnitId: 'so-tc' },
    { id: 't4', content: 'Tổ chức hội nghị tập huấn chuyển đổi số.', leadUnitId: 'so-khcn' },
  ])
  const second = directive('kh-2', '2026-03-09', [
    { id: 'a', content: 'RÀ SOÁT THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐẤT ĐAI', leadUnitId: 'so-tp' },
    { id: 'b', content: 'Báo cáo', leadUnitId: 'so-xd' },
    {
      id: 'c',
      content: 'Tổ chức hội nghị tập huấn chuyển đổi số cho cán bộ cấp xã',
      leadUnitId: 'so-khcn',
    },
    { id: 'd', content: 'Kiểm tra an toàn phòng cháy chữa cháy', leadUnitId: 'ca-tp' },
  ])

  it('finds the same content assigned to two lead units, and repeats across and within documents', () => {
    const found = findOverlappingAssignments([second, first])
    expect(found.map((f) => [f.reason, f.tasks[0].taskId, f.tasks[1].taskId])).toEqual([
      ['different-lead-units', 't1', 'a'],
      ['repeated-in-directive', 't2', 't4'],
    ])
    expect(found[0]?.score).toBe(1)
    expect(found[0]?.tasks[0]).toEqual({ directiveId: 'kh-1', taskId: 't1', leadUnitId: 'so-nnmt' })
    expect(found[0]?.explanation).toContain('so-nnmt and so-tp')
  })

  it('matches less alike contents with a lower threshold and skips short tasks', () => {
    const found = findOverlappingAssignments([first, second], { threshold: 0.6 })
    const repeated = found.filter((f) => f.reason === 'repeated-across-directives')
    expect(repeated.map((f) => `${f.tasks[0].taskId}-${f.tasks[1].taskId}`).sort()).toEqual([
      't2-c',
      't4-c',
    ])
    expect(repeated[0]?.score).toBeCloseTo(9 / 14)
    expect(found.some((f) => f.tasks.some((t) => t.taskId === 'b'))).toBe(false)
    const short = findOverlappingAssignments([first, second], { minWords: 1 })
    expect(short.some((f) => f.tasks[0].taskId === 't3' && f.tasks[1].taskId === 'b')).toBe(true)
  })

  it('agrees with comparing every pair on the sample city', () => {
    const { directives } = generateSampleData({ seed: 1, scale: 0.3 })
    const found = findOverlappingAssignments(directives, { threshold: 0.6 })
    const words = (text: string) =>
      new Set(
        text
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .replace(/[đĐ]/g, 'd')
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean),
      )
    const tasks = directives.flatMap((d) =>
      d.tasks.map((t) => ({ id: `${d.id}/${t.id}`, w: words(t.content) })),
    )
    let expected = 0
    for (let i = 0; i < tasks.length; i++) {
      for (let j = i + 1; j < tasks.length; j++) {
        const a = tasks[i]?.w ?? new Set()
        const b = tasks[j]?.w ?? new Set()
        if (a.size < 3 || b.size < 3) continue
        const shared = [...a].filter((x) => b.has(x)).length
        if (shared / (a.size + b.size - shared) >= 0.6 - 1e-9) expected++
      }
    }
    expect(expected).toBeGreaterThan(0)
    expect(found).toHaveLength(expected)
  })

  it('refuses options out of range', () => {
    expect(() => findOverlappingAssignments([first], { threshold: 0 })).toThrow(LienthongError)
    expect(() => findOverlappingAssignments([first], { minWords: 0 })).toThrow(LienthongError)
  })
})

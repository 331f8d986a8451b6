import { describe, expect, it } from 'vitest'
import { LienthongError } from '../errors/LienthongError.js'
import { checkFiveClear } from './checkFiveClear.js'
import { FIVE_CLEAR_RULE, SIX_CLEAR_RULE } from './clarityRule.schema.js'
import { parseTask } from './parseTask.js'

const clearTask = {
  id: 't1',
  content: 'Rà soát thủ tục hành chính lĩnh vực đất đai',
  leadUnitId: 'so-nnmt',
  coordinatingUnitIds: ['so-tp'],
  leaderInChargeId: 'p-pct',
  deadline: '2026-06-30',
  product: 'Báo cáo kết quả rà soát',
}

describe('checkFiveClear', () => {
  it('passes a task with all five parts clear', () => {
    expect(checkFiveClear(clearTask)).toEqual({
      rule: '5 clear',
      clear: true,
      missing: [],
      vague: [],
      findings: [],
    })
  })

  it('names the missing parts', () => {
    const result = checkFiveClear({ id: 't2', content: clearTask.content })
    expect(result.missing).toEqual(['people', 'leader', 'deadline', 'product'])
    expect(result.findings.map((finding) => finding.message)).toEqual([
      'no lead unit',
      'no leader in charge',
      'no deadline',
      'no product',
    ])
    expect(
      checkFiveClear({ id: 't2', content: clearTask.content }, { locale: 'vi' }).findings[0]
        ?.message,
    ).toBe('chưa có đơn vị chủ trì')
  })

  it('finds vague content: too few words, or a stock phrase', () => {
    const short = checkFiveClear({ ...clearTask, content: 'Hoàn thiện đề án' })
    expect(short.vague).toEqual(['content'])
    expect(short.findings[0]).toMatchObject({
      problem: 'content-too-short',
      message: 'the content has 4 words; at least 5 say what is to be done',
    })
    const stock = checkFiveClear({ ...clearTask, content: '  Tổ chức triển khai thực hiện. ' })
    expect(stock.findings[0]?.problem).toBe('content-generic')
  })

  it('finds a vague product: a document type alone', () => {
    for (const product of ['Báo cáo', 'báo cáo.', 'Kế hoạch', 'Báo cáo kết quả thực hiện', 'BC']) {
      expect(checkFiveClear({ ...clearTask, product }).vague).toEqual(['product'])
    }
    expect(checkFiveClear({ ...clearTask, product: 'Dự thảo Nghị quyết về giá đất' }).clear).toBe(
      true,
    )
  })

  it('finds an unclear lead: also coordinating, or a placeholder unit', () => {
    const twice = checkFiveClear({ ...clearTask, coordinatingUnitIds: ['so-tp', 'so-nnmt'] })
    expect(twice.findings[0]?.problem).toBe('lead-unit-also-coordinating')
    const placeholder = checkFiveClear(
      { ...clearTask, leadUnitId: 'cac-so-nganh' },
      { rule: { ...FIVE_CLEAR_RULE, vagueUnitIds: ['cac-so-nganh'] } },
    )
    expect(placeholder.findings[0]?.problem).toBe('lead-unit-generic')
  })

  it('checks authority with the 6-clear rule', () => {
    expect(checkFiveClear(clearTask, { rule: SIX_CLEAR_RULE })).toMatchObject({
      rule: '6 clear',
      missing: ['authority'],
    })
    expect(
      checkFiveClear({ ...clearTask, authority: 'Theo quy định' }, { rule: SIX_CLEAR_RULE }).vague,
    ).toEqual(['authority'])
    expect(
      checkFiveClear(
        { ...clearTask, authority: 'Chủ tịch UBND thành phố, Quyết định 12/QĐ-UBND' },
        { rule: SIX_CLEAR_RULE },
      ).clear,
    ).toBe(true)
  })

  it('takes an extended deadline as a deadline, and parsed tasks as well as JSON', () => {
    const parsed = parseTask({
      ...clearTask,
      deadline: undefined,
      extensions: [
        {
          previousDeadline: '2026-06-30',
          newDeadline: '2026-07-31',
          reason: 'Chờ ý kiến Bộ',
          approvedById: 'p-ct',
          approvedOn: '2026-06-20',
        },
      ],
      urgings: [{ at: '2026-06-01T08:00:00+07:00', byId: 'vp' }],
    })
    expect(checkFiveClear(parsed).clear).toBe(true)
  })

  it('refuses an invalid task or rule with a LienthongError', () => {
    expect(() => checkFiveClear({ id: 't' })).toThrow(LienthongError)
    expect(() => checkFiveClear(null)).toThrow(LienthongError)
    expect(() =>
      checkFiveClear(clearTask, { rule: { name: 'X', criteria: ['speed' as never] } }),
    ).toThrow(/criteria\[0\]/)
  })
})

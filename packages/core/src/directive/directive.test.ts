import { describe, expect, it } from 'vitest'
import { parseDirective, safeParseDirective } from './parseDirective.js'
import { parseTask, safeParseTask } from './parseTask.js'

const directive = {
  id: 'tb-45',
  type: 'notice-of-conclusions',
  symbol: '45-TB/TU',
  issuerId: 'tu',
  issuedOn: '2026-03-05',
  title: 'Thông báo kết luận của Ban Thường vụ Thành ủy',
  tasks: [{ id: 't1', content: 'Hoàn thiện đề án', leadUnitId: 'so-xd', deadline: '2026-04-30' }],
}

describe('parseDirective', () => {
  it('reads a directive with its tasks and their defaults', () => {
    const parsed = parseDirective(directive)
    expect(parsed.tasks[0]).toMatchObject({
      status: 'not-started',
      coordinatingUnitIds: [],
      extensions: [],
      urgings: [],
    })
  })

  it('reports a malformed symbol at the symbol field', () => {
    const result = safeParseDirective({ ...directive, symbol: 'TB/45' })
    expect(result.ok ? undefined : result.error.issues[0]).toMatchObject({
      code: 'invalid_document_symbol',
      path: ['symbol'],
    })
  })

  it('refuses two tasks with the same id', () => {
    const result = safeParseDirective({
      ...directive,
      tasks: [...directive.tasks, { id: 't1', content: 'Khác' }],
    })
    expect(result.ok ? undefined : result.error.issues[0]).toMatchObject({
      code: 'duplicate_value',
      path: ['tasks', 1, 'id'],
    })
  })
})

describe('parseTask', () => {
  it('needs a completion date once completed, and only then', () => {
    const missing = safeParseTask({ id: 't', content: 'Báo cáo', status: 'completed' })
    expect(missing.ok ? undefined : missing.error.issues[0]).toMatchObject({
      code: 'required',
      path: ['completedOn'],
    })
    const premature = safeParseTask({
      id: 't',
      content: 'Báo cáo',
      status: 'in-progress',
      completedOn: '2026-03-01',
    })
    expect(premature.ok ? undefined : premature.error.issues[0]?.message).toBe(
      'only a completed task has a completion date (status is "in-progress")',
    )
    expect(
      parseTask({ id: 't', content: 'Báo cáo', status: 'completed', completedOn: '2026-03-01' })
        .completedOn,
    ).toBe('2026-03-01')
  })

  it('refuses an extension that does not move the deadline later', () => {
    const result = safeParseTask({
      id: 't',
      content: 'Báo cáo',
      deadline: '2026-03-31',
      extensions: [
        {
          previousDeadline: '2026-03-31',
          newDeadline: '2026-03-15',
          reason: 'Thiếu số liệu',
          approvedById: 'p1',
          approvedOn: '2026-03-20',
        },
      ],
    })
    expect(result.ok ? undefined : result.error.issues[0]).toMatchObject({
      code: 'end_before_start',
      path: ['extensions', 0, 'newDeadline'],
    })
  })
})

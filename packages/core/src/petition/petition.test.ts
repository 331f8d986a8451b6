import { describe, expect, it } from 'vitest'
import { parsePetition, safeParsePetition } from './parsePetition.js'

const base = {
  id: 'd1',
  trackingCode: 'HN-2026-000123',
  kinds: ['complaint'],
  channel: 'online-portal',
  receivedAt: '2026-03-02T10:15:00+07:00',
  receivedById: 'vp-hdnd',
  petitioner: { name: 'Lê Văn Cường', address: 'Phường Hoàn Kiếm, Hà Nội' },
  subject: 'Khiếu nại quyết định thu hồi đất',
  content: 'Tôi không đồng ý với mức bồi thường.',
}

describe('parsePetition', () => {
  it('accepts a named complaint and fills defaults', () => {
    const petition = parsePetition(base)
    expect(petition).toMatchObject({
      anonymous: false,
      complexity: 'normal',
      remoteArea: false,
      coSigners: 0,
      history: [],
    })
  })

  it('needs a name unless the petition is anonymous', () => {
    const result = safeParsePetition(
      { ...base, petitioner: { address: 'Hà Nội' } },
      { locale: 'vi' },
    )
    expect(result.ok ? undefined : result.error.issues[0]).toMatchObject({
      code: 'missing_name',
      path: ['petitioner', 'name'],
      message: 'cần họ tên người gửi đơn, trừ khi đơn gửi ẩn danh',
    })
    expect(parsePetition({ ...base, petitioner: undefined, anonymous: true }).anonymous).toBe(true)
  })

  it('refuses the same kind twice and an empty list of kinds', () => {
    expect(safeParsePetition({ ...base, kinds: ['complaint', 'complaint'] }).ok).toBe(false)
    const result = safeParsePetition({ ...base, kinds: [] })
    expect(result.ok ? undefined : result.error.issues[0]?.message).toBe('needs at least 1 items')
  })

  it('allows at most five representatives for a crowd petition', () => {
    const reps = Array.from({ length: 6 }, (_, i) => ({ name: `Người đại diện ${i + 1}` }))
    const result = safeParsePetition({ ...base, coSigners: 40, representatives: reps })
    expect(result.ok ? undefined : result.error.issues[0]?.path).toEqual(['representatives'])
  })

  it('keeps history in time order', () => {
    const result = safeParsePetition({
      ...base,
      history: [
        { type: 'received', at: '2026-03-02T10:15:00+07:00' },
        { type: 'classified', at: '2026-03-01T10:15:00+07:00', eligible: true },
      ],
    })
    expect(result.ok ? undefined : result.error.issues[0]?.path).toEqual(['history', 1, 'at'])
  })

  it('never echoes personal data in messages', () => {
    const result = safeParsePetition({ ...base, petitioner: { name: 12345678901 } })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.message).not.toContain('12345678901')
  })
})

import { describe, expect, test } from 'vitest'
import { emptyDraft, graphemeCount, learnedOnOf, readDraft, toSubmission } from './form-model.js'

describe('form model', () => {
  test('sends only the fields the kind uses, trimmed, in NFC, nothing empty', () => {
    const submission = toSubmission({
      ...emptyDraft(),
      kind: 'denunciation',
      decision: 'not sent for a denunciation',
      denouncedName: '  Cán bộ địa chính  ',
      name: 'Vie\u0323\u0302t',
      address: 'Hà Nội',
      subject: 'Tố cáo',
      content: 'Nội dung',
    })
    expect(submission).toEqual({
      kinds: ['denunciation'],
      anonymous: false,
      petitioner: { name: 'Việt', address: 'Hà Nội' },
      denounced: { name: 'Cán bộ địa chính' },
      subject: 'Tố cáo',
      content: 'Nội dung',
    })
  })

  test('an anonymous petition carries no personal data; a complaint cannot be anonymous', () => {
    const anonymous = toSubmission({
      ...emptyDraft(),
      kind: 'reflection',
      anonymous: true,
      name: 'Lê Văn Cường',
      phone: '0912345678',
    })
    expect(anonymous).not.toHaveProperty('petitioner')
    expect(anonymous.anonymous).toBe(true)
    const complaint = toSubmission({ ...emptyDraft(), kind: 'complaint', anonymous: true })
    expect(complaint.anonymous).toBe(false)
  })

  test('reads back only known fields of the right type', () => {
    const draft = readDraft({
      kind: 'mutiny',
      subject: 42,
      content: 'ok',
      anonymous: 'yes',
      representatives: [{ name: 'A', phone: 1 }, 'x', null],
      attachments: [{ name: 'a.pdf', mediaType: 'application/pdf', size: 10 }, { size: 'big' }],
      injected: '<script>',
    })
    expect(draft).toEqual({
      ...emptyDraft(),
      content: 'ok',
      representatives: [{ name: 'A', phone: '' }],
      attachments: [{ name: 'a.pdf', mediaType: 'application/pdf', size: 10 }],
    })
  })

  test('counts characters as people see them', () => {
    expect(graphemeCount('Vie\u0323\u0302t')).toBe(4)
    expect(graphemeCount('👨‍👩‍👧')).toBe(1)
    expect(graphemeCount('')).toBe(0)
  })

  test('reads the three date fields as a real date, or says it is none', () => {
    const date = (learnedDay: string, learnedMonth: string, learnedYear: string) =>
      learnedOnOf({ ...emptyDraft(), learnedDay, learnedMonth, learnedYear })
    expect(date('5', '1', '2026')).toBe('2026-01-05')
    expect(date(' 05 ', '01', '2026')).toBe('2026-01-05')
    expect(date('', '', '')).toBe('')
    expect(date('29', '2', '2024')).toBe('2024-02-29')
    expect(date('29', '2', '2026')).toBeUndefined()
    expect(date('31', '4', '2026')).toBeUndefined()
    expect(date('5', '1', '26')).toBeUndefined()
    expect(date('5', '', '2026')).toBeUndefined()
    expect(date('5', '13', '2026')).toBeUndefined()
  })
})

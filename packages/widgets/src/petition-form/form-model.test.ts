import { describe, expect, test } from 'vitest'
import { emptyDraft, graphemeCount, readDraft, toSubmission } from './form-model.js'

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
})

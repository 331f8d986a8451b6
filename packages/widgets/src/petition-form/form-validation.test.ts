import { describe, expect, test } from 'vitest'
import { emptyDraft, type PetitionDraft } from './form-model.js'
import { validateDraft } from './form-validation.js'

const now = new Date('2026-11-02T03:00:00Z')

const valid: PetitionDraft = {
  ...emptyDraft(),
  kind: 'reflection',
  name: 'Lê Văn Cường',
  address: 'Hà Nội',
  subject: 'Ổ gà trên đường Láng',
  content: 'Ổ gà sâu trước số nhà 20.',
}

const fields = (draft: PetitionDraft) =>
  validateDraft(draft, now).map((problem) => `${problem.field}:${problem.code}`)

describe('validateDraft', () => {
  test('a complete petition has no problem', () => {
    expect(validateDraft(valid, now)).toEqual([])
  })

  test('lists the problems in the order of the fields, one per field', () => {
    expect(fields(emptyDraft())).toEqual([
      'kind:required',
      'name:required',
      'address:required',
      'subject:required',
      'content:required',
    ])
  })

  test("maps core's schema issues to the fields: lengths, formats", () => {
    expect(
      fields({ ...valid, subject: 'x'.repeat(501), email: 'not-an-email', idNumber: '12' }),
    ).toEqual(['idNumber:tooShort', 'email:format', 'subject:tooLong'])
    const [problem] = validateDraft({ ...valid, subject: 'x'.repeat(501) }, now)
    expect(problem?.params).toEqual({ limit: 500 })
  })

  test('an anonymous petition needs no name or address; a complaint always does', () => {
    expect(fields({ ...valid, anonymous: true, name: '', address: '' })).toEqual([])
    expect(
      fields({ ...valid, kind: 'complaint', decision: 'Quyết định', anonymous: true, name: '' }),
    ).toEqual(['name:required'])
  })

  test('a complaint: the decision, and a real day learned of that is not in the future', () => {
    const complaint: PetitionDraft = { ...valid, kind: 'complaint' }
    expect(fields(complaint)).toEqual(['decision:required'])
    const withDecision = { ...complaint, decision: 'Quyết định thu hồi đất' }
    expect(
      fields({ ...withDecision, learnedDay: '31', learnedMonth: '2', learnedYear: '2026' }),
    ).toEqual(['learnedOn:date'])
    expect(
      fields({ ...withDecision, learnedDay: '3', learnedMonth: '11', learnedYear: '2026' }),
    ).toEqual(['learnedOn:future'])
    expect(
      fields({ ...withDecision, learnedDay: '2', learnedMonth: '11', learnedYear: '2026' }),
    ).toEqual([])
  })

  test('a denunciation names the person or the agency', () => {
    const denunciation: PetitionDraft = { ...valid, kind: 'denunciation' }
    expect(fields(denunciation)).toEqual(['denouncedName:required'])
    expect(fields({ ...denunciation, denouncedAgency: 'UBND phường X' })).toEqual([])
  })

  test('a crowd petition: at least 5 people, and as many representatives as the law asks', () => {
    const crowd: PetitionDraft = { ...valid, crowd: true }
    const people = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ name: `Người ${index + 1}`, phone: '' }))
    expect(fields({ ...crowd, coSigners: 'many', representatives: people(1) })).toEqual([
      'coSigners:whole',
    ])
    expect(fields({ ...crowd, coSigners: '2', representatives: people(1) })).toEqual([
      'coSigners:tooShort',
    ])
    expect(fields({ ...crowd, coSigners: '9', representatives: [] })).toEqual([
      'representatives:representatives',
    ])
    expect(fields({ ...crowd, coSigners: '9', representatives: people(2) })).toEqual([])
    expect(fields({ ...crowd, coSigners: '9', representatives: people(3) })).toEqual([
      'representatives:representatives',
    ])
    expect(fields({ ...crowd, coSigners: '10', representatives: people(5) })).toEqual([])
    expect(
      fields({
        ...crowd,
        coSigners: '10',
        representatives: [...people(1), { name: ' ', phone: '' }],
      }),
    ).toEqual(['rep-1-name:required'])
  })
})

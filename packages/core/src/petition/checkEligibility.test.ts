import { describe, expect, it } from 'vitest'
import { applyPetitionEvent } from './applyPetitionEvent.js'
import { checkEligibility } from './checkEligibility.js'
import { looksVietnamese } from './looksVietnamese.js'
import { petitionRules } from './petitionRules.js'
import { petitionWith } from './testing/fixtures.js'

const codes = (result: ReturnType<typeof checkEligibility>) => result.reasons.map((r) => r.code)

describe('checkEligibility', () => {
  it('finds nothing wrong with a complete, signed, dated complaint', () => {
    const result = checkEligibility(petitionWith(), { dated: true, signed: true })
    expect(result).toEqual({ eligible: true, reasons: [] })
  })

  it('reports the missing date, name, address and signature with their basis', () => {
    const result = checkEligibility(petitionWith({ petitioner: { name: 'Lê Văn Cường' } }), {
      dated: false,
      signed: false,
    })
    expect(result.eligible).toBe(false)
    expect(codes(result)).toEqual(['missing-date', 'missing-address', 'missing-signature'])
    expect(result.reasons[1]).toMatchObject({
      path: ['petitioner', 'address'],
      legalBasis: petitionRules.eligibility[0]?.legalBasis,
      message: 'the petitioner’s address is missing',
    })
  })

  it('cites the circular in force when the petition was received', () => {
    const old = checkEligibility(petitionWith({ receivedAt: '2019-05-06T09:00:00+07:00' }), {
      signed: false,
    })
    expect(old.reasons[0]?.legalBasis).toBe('Circular 07/2014/TT-TTCP Art 6')
    const recent = checkEligibility(petitionWith(), { signed: false })
    expect(recent.reasons[0]?.legalBasis).toContain('Circular 05/2021/TT-TTCP')
  })

  it('leaves unchecked what it was not told', () => {
    expect(checkEligibility(petitionWith()).eligible).toBe(true)
  })

  it('asks of each kind the content the law requires', () => {
    const complaint = checkEligibility(petitionWith({ complainedDecision: undefined }), {
      locale: 'vi',
    })
    expect(complaint.reasons).toEqual([
      {
        code: 'missing-content',
        legalBasis: 'Law 02/2011/QH13 Art 8(2)',
        message: 'đơn khiếu nại phải nêu quyết định hoặc hành vi bị khiếu nại',
        path: ['complainedDecision'],
      },
    ])
    const denunciation = checkEligibility(petitionWith({ kinds: ['denunciation'] }))
    expect(denunciation.reasons[0]).toMatchObject({
      code: 'missing-content',
      path: ['denounced'],
      legalBasis: 'Law 25/2018/QH14 Art 22(2)',
    })
  })

  it('does not handle an anonymous denunciation as a denunciation', () => {
    const result = checkEligibility(
      petitionWith({
        kinds: ['denunciation'],
        anonymous: true,
        petitioner: undefined,
        denounced: { agency: 'UBND phường Hàng Bạc' },
      }),
    )
    expect(codes(result)).toEqual(['missing-name', 'missing-address', 'anonymous-denunciation'])
    expect(result.reasons[2]?.legalBasis).toBe('Law 25/2018/QH14 Art 25(1)')
  })

  it('notices a letter not in Vietnamese, unless translated or told otherwise', () => {
    const english = petitionWith({
      subject: 'Complaint about land compensation',
      content:
        'I do not agree with the compensation offered for my land, please review the decision.',
    })
    expect(codes(checkEligibility(english))).toEqual(['not-in-vietnamese'])
    expect(checkEligibility(english, { translated: true }).eligible).toBe(true)
    expect(checkEligibility(english, { language: 'vi' }).eligible).toBe(true)
    expect(codes(checkEligibility(petitionWith(), { language: 'other' }))).toEqual([
      'not-in-vietnamese',
    ])
  })

  it('notices a letter also sent to the competent body', () => {
    const result = checkEligibility(petitionWith(), {
      alsoSentTo: ['vp-tu', 'ubnd-tp'],
      competentIds: ['ubnd-tp'],
    })
    expect(result.reasons).toMatchObject([{ code: 'sent-to-competent-body', relatedId: 'ubnd-tp' }])
    // Not when we are competent ourselves.
    expect(
      checkEligibility(petitionWith(), {
        alsoSentTo: ['ubnd-tp'],
        competentIds: ['vp-hdnd', 'ubnd-tp'],
      }).eligible,
    ).toBe(true)
  })

  it('notices guidance already given on the same content', () => {
    let earlier = petitionWith({ id: 'd0', receivedAt: '2026-01-05T09:00:00+07:00' })
    earlier = applyPetitionEvent(earlier, {
      type: 'classified',
      at: '2026-01-06T09:00:00+07:00',
      eligible: true,
    })
    earlier = applyPetitionEvent(earlier, {
      type: 'competence-decided',
      at: '2026-01-06T10:00:00+07:00',
      competent: false,
    })
    earlier = applyPetitionEvent(earlier, { type: 'guided', at: '2026-01-07T09:00:00+07:00' })
    const again = petitionWith({
      id: 'd1',
      petitioner: { name: 'LE VAN CUONG', address: 'so 12 ngo 34 pho Hang Bac, Hoan Kiem, Ha Noi' },
      complainedDecision: { description: 'Quyết định thu hồi', symbol: '157/QĐ-UBND' },
      content: 'Tôi không đồng ý với mức bồi thường khi thu hồi đất ở ngõ 34 phố Hàng Bạc!',
    })
    expect(checkEligibility(again, { earlierPetitions: [earlier] }).reasons).toMatchObject([
      { code: 'already-guided', relatedId: 'd0' },
    ])
    // Another petitioner, or another matter, is not the same content.
    const stranger = petitionWith({ petitioner: { name: 'Trần Thị Bình', address: 'Phố Huế' } })
    expect(checkEligibility(stranger, { earlierPetitions: [earlier] }).eligible).toBe(true)
    const otherMatter = petitionWith({
      complainedDecision: { description: 'Quyết định xử phạt', symbol: '9/QĐ-XPHC' },
      subject: 'Khiếu nại quyết định xử phạt',
      content: 'Quyết định xử phạt vi phạm hành chính về xây dựng là sai.',
    })
    expect(checkEligibility(otherMatter, { earlierPetitions: [earlier] }).eligible).toBe(true)
    // An earlier petition that was not guided does not count.
    const notGuided = petitionWith({ id: 'd0', receivedAt: '2026-01-05T09:00:00+07:00' })
    expect(checkEligibility(again, { earlierPetitions: [notGuided] }).eligible).toBe(true)
  })
})

describe('looksVietnamese', () => {
  it('recognises Vietnamese with or without diacritics', () => {
    expect(looksVietnamese('Tôi không đồng ý với mức bồi thường khi thu hồi đất')).toBe(true)
    expect(looksVietnamese('Toi khong dong y voi muc boi thuong khi thu hoi dat')).toBe(true)
    expect(looksVietnamese('Tôi không đồng ý'.normalize('NFD') + ' với quyết định này')).toBe(true)
  })

  it('does not take English, French or Chinese for Vietnamese', () => {
    expect(looksVietnamese('Please review the decision about my land compensation')).toBe(false)
    expect(looksVietnamese('Je conteste la décision concernant mon terrain familial')).toBe(false)
    expect(looksVietnamese('我 不 同意 土地 补偿 决定')).toBe(false)
  })

  it('never refuses a text too short to judge', () => {
    expect(looksVietnamese('Hello there')).toBe(true)
  })
})

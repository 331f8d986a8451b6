import { describe, expect, it } from 'vitest'
import { petitionDeadlines } from '../deadlines/index.js'
import { applyPetitionEvent } from './applyPetitionEvent.js'
import { publicPetitionStatus } from './publicPetitionStatus.js'
import { redactPetition } from './redactPetition.js'
import { at, petitionWith } from './testing/fixtures.js'

const denouncer = {
  name: 'Trần Thị Bình',
  address: 'Số 8 ngõ 15 phố Huế, Hai Bà Trưng, Hà Nội',
  idNumber: '001190054321',
  phone: '0987654321',
  email: 'tran.binh@gmail.com',
}

const denunciation = petitionWith({
  id: 'd5',
  kinds: ['denunciation'],
  petitioner: denouncer,
  coSigners: 5,
  representatives: [{ name: 'Phạm Văn Đức', phone: '0911222333' }],
  subject: 'Tố cáo cán bộ địa chính — người gửi: Trần Thị Bình',
  content:
    'Tôi là TRAN THI BINH, ở số 8 ngõ 15 phố Huế (ĐT 0987 654 321, tran.binh@gmail.com, CCCD 001190054321). ' +
    'Ông Phạm Văn Đức cùng ký. Cán bộ địa chính phường nhận tiền khi cấp sổ đỏ.',
  denounced: { name: 'Nguyễn Văn X', position: 'Cán bộ địa chính', agency: 'UBND phường Y' },
  attachments: [
    { name: 'don-viet-tay.jpg', mediaType: 'image/jpeg', size: 120_000 },
    { name: 'bang-chung-bien-lai.pdf', mediaType: 'application/pdf', size: 50_000 },
  ],
  place: { provinceCode: '01', wardCode: '00256', address: 'Số 8 ngõ 15 phố Huế' },
  history: [
    {
      type: 'received',
      at: at(0),
      byId: 'can-bo-tiep-dan-3',
      note: 'Bà Trần Thị Bình nộp trực tiếp',
    },
    {
      type: 'classified',
      at: at(1),
      eligible: true,
      documents: [{ title: 'Phiếu đề xuất - đơn của Trần Thị Bình' }],
    },
  ],
})

describe('redactPetition', () => {
  it('gives the receiving office everything', () => {
    const view = redactPetition(denunciation, 'receiving-office')
    expect(view).toEqual(denunciation)
    expect(view).not.toBe(denunciation)
  })

  it('keeps a denouncer out of what the competent agency receives', () => {
    const view = redactPetition(denunciation, 'competent-agency')
    expect(view.identityWithheld).toBe(true)
    expect(view.petitioner).toBeUndefined()
    expect(view.representatives).toEqual([])
    expect(view.attachments).toEqual([])
    expect(view.withheldAttachments).toBe(2)
    expect(view.subject).toBe('Tố cáo cán bộ địa chính — người gửi: […]')
    expect(view.content).toBe(
      'Tôi là […], ở […] (ĐT […], […], CCCD […]). Ông […] cùng ký. Cán bộ địa chính phường nhận tiền khi cấp sổ đỏ.',
    )
    expect(view.history[0]?.note).toBe('Bà […] nộp trực tiếp')
    expect(view.history[1]?.documents[0]?.title).toBe('Phiếu đề xuất - đơn của […]')
    // What the agency needs to resolve it stays.
    expect(view.denounced).toEqual(denunciation.denounced)
    expect(view.coSigners).toBe(5)
    // The petition given is not changed.
    expect(denunciation.petitioner).toEqual(denouncer)
  })

  it('passes on attachments the office has checked', () => {
    const view = redactPetition(denunciation, 'competent-agency', {
      keepAttachment: (file) => file.name.startsWith('bang-chung-'),
    })
    expect(view.attachments.map((a) => a.name)).toEqual(['bang-chung-bien-lai.pdf'])
    expect(view.withheldAttachments).toBe(1)
  })

  it('gives the competent agency a complainant’s identity, but never an anonymous one', () => {
    const complaint = petitionWith()
    const view = redactPetition(complaint, 'competent-agency')
    expect(view.identityWithheld).toBe(false)
    expect(view.petitioner).toEqual(complaint.petitioner)
    const anonymous = petitionWith({
      kinds: ['reflection'],
      anonymous: true,
      petitioner: { email: 'an.danh@gmail.com' },
      content: 'Xin trả lời qua an.danh@gmail.com. Rác tồn đọng ở ngõ 12.',
    })
    const hidden = redactPetition(anonymous, 'competent-agency')
    expect(hidden.petitioner).toBeUndefined()
    expect(hidden.content).toBe('Xin trả lời qua […]. Rác tồn đọng ở ngõ 12.')
  })

  it('shows the public codes, counts, dates and agencies only', () => {
    const view = redactPetition(denunciation, 'public')
    expect(view).toEqual({
      id: 'd5',
      kinds: ['denunciation'],
      channel: 'post',
      receivedAt: denunciation.receivedAt,
      receivedById: 'vp-hdnd',
      anonymous: false,
      people: 6,
      representatives: 1,
      place: { provinceCode: '01', wardCode: '00256' },
      complexity: 'normal',
      remoteArea: false,
      attachments: 2,
      relatedIds: [],
      stage: 'eligible',
      history: [
        { type: 'received', at: new Date(at(0)) },
        { type: 'classified', at: new Date(at(1)), eligible: true },
      ],
    })
  })

  it('treats an unknown audience as the public', () => {
    const view = redactPetition(denunciation, 'press' as 'public')
    expect(view).toEqual(redactPetition(denunciation, 'public'))
  })
})

describe('publicPetitionStatus', () => {
  const forwarded = [
    { type: 'competence-decided' as const, at: at(2), competent: false },
    {
      type: 'forwarded' as const,
      at: at(3),
      forwardedToId: 'ubnd-hai-ba-trung',
      note: 'Chuyển đơn của bà Bình',
    },
  ].reduce((p, e) => applyPetitionEvent(p, e), denunciation)

  it('shows the stage, the steps and the agency handling it now', () => {
    const status = publicPetitionStatus(forwarded, {
      deadlines: [
        {
          step: 'resolve',
          dueOn: '2026-04-30',
          legalBasis: 'Law 25/2018/QH14 Art 30',
          legalBasisVi: 'Điều 30 Luật Tố cáo số 25/2018/QH14',
        },
      ],
    })
    expect(status).toEqual({
      trackingCode: 'K7M4-X9QP-R2Y',
      kinds: ['denunciation'],
      stage: 'forwarded',
      open: true,
      receivedAt: forwarded.receivedAt,
      updatedAt: new Date(at(3)),
      handledById: 'ubnd-hai-ba-trung',
      outcome: 'forwarded',
      steps: [
        { type: 'received', at: new Date(at(0)) },
        { type: 'classified', at: new Date(at(1)) },
        { type: 'competence-decided', at: new Date(at(2)) },
        { type: 'forwarded', at: new Date(at(3)), agencyId: 'ubnd-hai-ba-trung' },
      ],
      dueDates: [
        {
          step: 'resolve',
          dueOn: '2026-04-30',
          legalBasis: 'Law 25/2018/QH14 Art 30',
          legalBasisVi: 'Điều 30 Luật Tố cáo số 25/2018/QH14',
        },
      ],
    })
  })

  it('is handled by the receiving office until forwarded, and shows no due dates once closed', () => {
    const fresh = publicPetitionStatus(petitionWith())
    expect(fresh).toMatchObject({
      stage: 'received',
      handledById: 'vp-hdnd',
      dueDates: [],
      steps: [],
    })
    expect(fresh.updatedAt).toEqual(fresh.receivedAt)
    const closed = applyPetitionEvent(forwarded, { type: 'closed', at: at(4) })
    const status = publicPetitionStatus(closed, {
      deadlines: [{ step: 'resolve', dueOn: '2026-04-30' }],
    })
    expect(status.open).toBe(false)
    expect(status.dueDates).toEqual([])
  })

  it('copies only well-formed due dates, and only their three fields', () => {
    const withOfficer = { step: 'reply', dueOn: '2026-04-30', officer: 'Nguyễn Văn A' }
    const status = publicPetitionStatus(forwarded, {
      deadlines: [{ step: 'resolve', dueOn: '30/04/2026' }, withOfficer],
    })
    expect(status.dueDates).toEqual([{ step: 'reply', dueOn: '2026-04-30' }])
  })

  it('takes the deadlines area’s petitionDeadlines as they are', () => {
    const deadlines = petitionDeadlines(forwarded, { asOf: '2026-03-10' })
    const status = publicPetitionStatus(forwarded, { deadlines })
    expect(status.dueDates.length).toBeGreaterThan(0)
    expect(status.dueDates).toEqual(
      deadlines
        .filter((d) => d.dueOn !== undefined)
        .map((d) => ({
          step: d.step,
          dueOn: d.dueOn,
          status: d.status,
          legalBasis: d.legalBasis,
          legalBasisVi: d.legalBasisVi,
        })),
    )
  })
})

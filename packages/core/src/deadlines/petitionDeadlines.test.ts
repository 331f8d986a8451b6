import { describe, expect, it } from 'vitest'
import { vietnamWorkingCalendar } from '../calendar/vietnamWorkingCalendar.js'
import { LienthongError } from '../errors/LienthongError.js'
import { parsePetition } from '../petition/parsePetition.js'
import type { PetitionInput } from '../petition/petition.schema.js'
import type { DeadlineRuleInput } from './deadlines.schema.js'
import { petitionDeadlines, type PetitionDeadline } from './petitionDeadlines.js'
import { VIETNAM_DEADLINE_RULES } from './vietnamDeadlineRules.js'

const calendar = vietnamWorkingCalendar({ from: 2025, to: 2027 })

function petition(overrides: Partial<PetitionInput> = {}): PetitionInput {
  return {
    id: 'd1',
    trackingCode: 'HN-2026-000123',
    kinds: ['complaint'],
    channel: 'online-portal',
    receivedAt: '2026-02-11T09:30:00+07:00',
    receivedById: 'vp-ubnd',
    anonymous: true,
    subject: 'Khiếu nại quyết định thu hồi đất',
    content: 'Tôi không đồng ý với mức bồi thường.',
    ...overrides,
  }
}

const at = (date: string, time = '09:00:00') => `${date}T${time}+07:00`

function deadlines(input: unknown, asOf: string, extra: object = {}): PetitionDeadline[] {
  return petitionDeadlines(input, { asOf, calendar, ...extra })
}

function step(list: readonly PetitionDeadline[], ruleId: string): PetitionDeadline | undefined {
  return list.find((deadline) => deadline.ruleId === ruleId)
}

describe('petitionDeadlines: worked examples with their legal bases', () => {
  it('complaint acceptance: 10 working days across the Tết break (Law 02/2011/QH13 Art 27)', () => {
    // Received Wednesday 2026-02-11; Tết 14–22 February (Notice 9441/TB-BNV): due 4 March.
    const accept = step(deadlines(petition(), '2026-02-12'), 'vn-complaint-accept')
    expect(accept).toMatchObject({
      step: 'accept',
      startedOn: '2026-02-11',
      dueOn: '2026-03-04',
      amount: 10,
      unit: 'working-days',
      status: 'pending',
      workingDaysLeft: 9,
      legalBasis: expect.stringContaining('Arts 27 and 36') as string,
      duty: 'agency',
      confirmed: true,
    })
    const accepted = petition({ history: [{ type: 'accepted', at: at('2026-03-02') }] })
    expect(step(deadlines(accepted, '2026-03-20'), 'vn-complaint-accept')).toMatchObject({
      status: 'met',
      doneOn: '2026-03-02',
      workingDaysLeft: 2,
    })
  })

  it('first-instance resolution: 30 days ending on 1 May roll to Monday 4 May (Art 28; Civil Code Art 148)', () => {
    const accepted = petition({
      receivedAt: at('2026-03-25'),
      history: [{ type: 'accepted', at: at('2026-04-01') }],
    })
    expect(step(deadlines(accepted, '2026-04-02'), 'vn-complaint-resolve-1')).toMatchObject({
      startedOn: '2026-04-01',
      dueOn: '2026-05-04',
      amount: 30,
      unit: 'calendar-days',
      extended: false,
      status: 'pending',
    })
    // Complex case: 45 days → Saturday 16 May → Monday 18 May.
    const complex = { ...accepted, complexity: 'complex' as const }
    expect(step(deadlines(complex, '2026-04-02'), 'vn-complaint-resolve-1')).toMatchObject({
      dueOn: '2026-05-18',
      amount: 45,
      extended: true,
    })
    // Remote area and complex: 60 days → Sunday 31 May → Monday 1 June.
    const remote = { ...complex, remoteArea: true }
    expect(step(deadlines(remote, '2026-04-02'), 'vn-complaint-resolve-1')).toMatchObject({
      dueOn: '2026-06-01',
      amount: 60,
    })
  })

  it('second-instance complaints use their own limits (Arts 33, 37, 41)', () => {
    const second = petition({
      complaintInstance: 2,
      remoteArea: true,
      complexity: 'complex',
      receivedAt: at('2026-03-02'),
      complainedDecision: { description: 'Quyết định giải quyết lần đầu', learnedOn: '2026-01-20' },
      history: [
        { type: 'accepted', at: at('2026-03-05') },
        { type: 'resolved', at: at('2026-05-12') },
      ],
    })
    const list = deadlines(second, '2026-05-13')
    expect(list.map((deadline) => deadline.ruleId)).toEqual([
      'vn-complaint-file-2',
      'vn-complaint-accept',
      'vn-complaint-resolve-2',
      'vn-complaint-send-decision-2',
      'vn-petition-process',
    ])
    // Filing: 45 days for a remote area from 2026-01-20 → Friday 6 March; filed 2 March.
    expect(step(list, 'vn-complaint-file-2')).toMatchObject({
      duty: 'petitioner',
      dueOn: '2026-03-06',
      status: 'met',
      doneOn: '2026-03-02',
    })
    // Resolution: 70 days from 5 March (remote and complex) → Thursday 14 May; resolved 12 May.
    expect(step(list, 'vn-complaint-resolve-2')).toMatchObject({
      dueOn: '2026-05-14',
      amount: 70,
      status: 'met',
      workingDaysLeft: 2,
    })
    // Sending the decision: 7 calendar days from 12 May → Tuesday 19 May.
    expect(step(list, 'vn-complaint-send-decision-2')).toMatchObject({
      dueOn: '2026-05-19',
      status: 'pending',
    })
  })

  it('the complainant’s own limit: 90 days from learning of the decision (Art 9)', () => {
    const late = petition({
      receivedAt: at('2026-05-04'),
      complainedDecision: { description: 'Quyết định thu hồi đất', learnedOn: '2026-01-20' },
    })
    // 90 days from 20 January 2026 is Monday 20 April; filed on 4 May, 7 working days late
    // (21–24 and 28–29 April, 4 May; 27 April, 30 April and 1 May were days off).
    expect(step(deadlines(late, '2026-05-04'), 'vn-complaint-file-1')).toMatchObject({
      duty: 'petitioner',
      dueOn: '2026-04-20',
      status: 'missed',
      doneOn: '2026-05-04',
      workingDaysLeft: -7,
    })
    // Without the date the complainant learned of it, the limit cannot be checked: omitted.
    expect(step(deadlines(petition(), '2026-02-12'), 'vn-complaint-file-1')).toBeUndefined()
  })

  it('statuses follow asOf: pending, due soon, missed; later events are ignored', () => {
    const received = petition({ receivedAt: at('2026-03-02') })
    // 10 working days from Monday 2 March → Monday 16 March.
    const on = (asOf: string) => step(deadlines(received, asOf), 'vn-complaint-accept')
    expect(on('2026-03-05')).toMatchObject({ status: 'pending', workingDaysLeft: 7 })
    expect(on('2026-03-11')).toMatchObject({ status: 'due-soon', workingDaysLeft: 3 })
    expect(on('2026-03-16')).toMatchObject({ status: 'due-soon', workingDaysLeft: 0 })
    expect(on('2026-03-17')).toMatchObject({
      status: 'missed',
      workingDaysLeft: -1,
      doneOn: undefined,
    })
    const acceptedLate = {
      ...received,
      history: [{ type: 'accepted' as const, at: at('2026-03-18') }],
    }
    expect(step(deadlines(acceptedLate, '2026-03-17'), 'vn-complaint-accept')?.status).toBe(
      'missed',
    )
    expect(step(deadlines(acceptedLate, '2026-03-20'), 'vn-complaint-accept')).toMatchObject({
      status: 'missed',
      doneOn: '2026-03-18',
      workingDaysLeft: -2,
    })
    expect(
      step(deadlines(received, '2026-03-11', { dueSoonWorkingDays: 1 }), 'vn-complaint-accept')
        ?.status,
    ).toBe('pending')
    // Before the petition arrived there is nothing to count.
    expect(deadlines(received, '2026-03-01')).toEqual([])
  })

  it('denunciations: 7 working days to classify, 30 days to resolve, extended by decision (Law 25/2018/QH14 Arts 24, 30)', () => {
    const denunciation = petition({
      kinds: ['denunciation'],
      receivedAt: at('2026-03-02'),
      complexity: 'complex',
      history: [{ type: 'accepted', at: at('2026-03-09') }],
    })
    const list = deadlines(denunciation, '2026-03-10')
    expect(list.map((deadline) => deadline.ruleId)).toEqual([
      'vn-denunciation-classify',
      'vn-denunciation-notify-acceptance',
      'vn-denunciation-resolve',
      'vn-denunciation-send-conclusion',
      'vn-petition-process',
    ])
    expect(step(list, 'vn-denunciation-classify')).toMatchObject({
      dueOn: '2026-03-11',
      status: 'met',
    })
    // Complex, but no extension decision yet: 30 days from 9 March → Wednesday 8 April.
    expect(step(list, 'vn-denunciation-resolve')).toMatchObject({ dueOn: '2026-04-08', amount: 30 })
    expect(step(list, 'vn-denunciation-notify-acceptance')).toMatchObject({
      dueOn: '2026-03-16',
      status: 'pending',
    })
    // A decision to extend (a deadline-extended event): 60 days → Friday 8 May.
    const extended = {
      ...denunciation,
      history: [
        { type: 'accepted' as const, at: at('2026-03-09') },
        { type: 'deadline-extended' as const, at: at('2026-04-01') },
      ],
    }
    expect(step(deadlines(extended, '2026-04-02'), 'vn-denunciation-resolve')).toMatchObject({
      dueOn: '2026-05-08',
      amount: 60,
      extended: true,
    })
    // With a new deadline written in the decision, that date is the due date.
    const dated = {
      ...extended,
      history: [
        { type: 'accepted' as const, at: at('2026-03-09') },
        { type: 'deadline-extended' as const, at: at('2026-04-01'), newDeadline: '2026-05-05' },
      ],
    }
    expect(step(deadlines(dated, '2026-04-02'), 'vn-denunciation-resolve')?.dueOn).toBe(
      '2026-05-05',
    )
  })

  it('forwarding applies only when the agency is not competent (Art 24(2))', () => {
    const notCompetent = petition({
      kinds: ['denunciation'],
      receivedAt: at('2026-03-02'),
      history: [{ type: 'competence-decided', at: at('2026-03-03'), competent: false }],
    })
    // Received Monday 2 March: 5 working days → Monday 9 March, 3 working days left on the 4th.
    expect(step(deadlines(notCompetent, '2026-03-04'), 'vn-denunciation-forward')).toMatchObject({
      dueOn: '2026-03-09',
      status: 'due-soon',
      workingDaysLeft: 3,
    })
    const competent = { ...notCompetent, history: [] }
    expect(step(deadlines(competent, '2026-03-04'), 'vn-denunciation-forward')).toBeUndefined()
  })

  it('citizen reception: recommendations received in person are answered in 10 working days (Law 42/2013/QH13 Art 28)', () => {
    const inPerson = petition({
      kinds: ['recommendation'],
      channel: 'in-person',
      receivedAt: at('2026-04-24'),
    })
    // From Friday 24 April: 27 April (make-up for Hùng Kings' day), 30 April and 1 May are off,
    // so the 10 working days are 28–29 April and 4–8, 11–13 May.
    expect(step(deadlines(inPerson, '2026-04-24'), 'vn-reception-answer')?.dueOn).toBe('2026-05-13')
    const online = { ...inPerson, channel: 'online-portal' as const }
    expect(step(deadlines(online, '2026-04-24'), 'vn-reception-answer')).toBeUndefined()
  })

  it('marks the unconfirmed processing limit (Circular 05/2021/TT-TTCP) as such', () => {
    expect(step(deadlines(petition(), '2026-02-12'), 'vn-petition-process')).toMatchObject({
      confirmed: false,
      dueOn: '2026-03-04',
    })
  })

  it('steps after acceptance are dropped once the petition is forwarded or withdrawn', () => {
    const forwarded = petition({ history: [{ type: 'forwarded', at: at('2026-02-12') }] })
    const list = deadlines(forwarded, '2026-02-13')
    expect(list.map((deadline) => [deadline.ruleId, deadline.status])).toEqual([
      ['vn-complaint-accept', 'met'],
      ['vn-complaint-send-decision-1', 'not-started'],
      ['vn-petition-process', 'met'],
    ])
    const withdrawn = petition({
      receivedAt: at('2026-03-02'),
      history: [{ type: 'withdrawn', at: at('2026-03-04') }],
    })
    expect(deadlines(withdrawn, '2026-03-10')).toEqual([])
    // Withdrawn after the acceptance limit had passed: that step stays missed.
    const withdrawnLate = {
      ...withdrawn,
      history: [{ type: 'withdrawn' as const, at: at('2026-03-18') }],
    }
    expect(step(deadlines(withdrawnLate, '2026-03-20'), 'vn-complaint-accept')).toMatchObject({
      status: 'missed',
      workingDaysLeft: -2,
    })
  })

  it('reads receipt instants as dates in the office’s time zone', () => {
    // 2026-03-01T20:00Z is Monday 2 March 03:00 in Hà Nội but still Sunday 1 March in UTC.
    const night = petition({ receivedAt: '2026-03-01T20:00:00Z' })
    expect(step(deadlines(night, '2026-03-03'), 'vn-complaint-accept')?.startedOn).toBe(
      '2026-03-02',
    )
    expect(
      step(deadlines(night, '2026-03-03', { timeZone: 'UTC' }), 'vn-complaint-accept')?.startedOn,
    ).toBe('2026-03-01')
    expect(
      step(deadlines(night, new Date('2026-03-02T20:00:00Z') as never), 'vn-complaint-accept'),
    ).toMatchObject({ status: 'pending', workingDaysLeft: 9 }) // asOf: 3 March 03:00 in Hà Nội
  })
})

describe('petitionDeadlines: rules are data', () => {
  const accept10 = VIETNAM_DEADLINE_RULES.find((rule) => rule.id === 'vn-complaint-accept')
  if (!accept10) throw new Error('vn-complaint-accept is missing')
  const accept7 = {
    ...accept10,
    id: 'example-accept-2026',
    amount: 7,
    inForceFrom: '2026-07-01',
    legalBasis: 'An amending law (example)',
  }
  const rules: DeadlineRuleInput[] = VIETNAM_DEADLINE_RULES.map((rule) =>
    rule.id === 'vn-complaint-accept' ? { ...rule, inForceUntil: '2026-06-30' } : rule,
  ).concat([accept7])

  it('picks the version in force on the day the clock started', () => {
    const before = petition({ receivedAt: at('2026-06-30') })
    const after = petition({ receivedAt: at('2026-07-01') })
    expect(step(deadlines(before, '2026-07-01', { rules }), 'vn-complaint-accept')?.amount).toBe(10)
    expect(step(deadlines(after, '2026-07-01', { rules }), 'example-accept-2026')?.amount).toBe(7)
    expect(step(deadlines(after, '2026-07-01', { rules }), 'vn-complaint-accept')).toBeUndefined()
  })

  it('lets a user replace the set entirely', () => {
    const own: DeadlineRuleInput[] = [
      {
        id: 'hn-reflection',
        title: 'Answer a reflection',
        kinds: ['reflection'],
        step: 'answer',
        start: { field: 'receivedAt' },
        end: { events: ['answered'] },
        amount: 15,
        unit: 'working-days',
        legalBasis: 'Decision 12/2025/QĐ-UBND, Art 8 (example)',
      },
    ]
    expect(deadlines(petition(), '2026-02-12', { rules: own })).toEqual([])
    const reflection = petition({ kinds: ['reflection'], receivedAt: at('2026-03-02') })
    expect(deadlines(reflection, '2026-03-02', { rules: own })).toMatchObject([
      { ruleId: 'hn-reflection', dueOn: '2026-03-23', status: 'pending' },
    ])
  })

  it('refuses overlapping versions of one step', () => {
    const overlapping = [...VIETNAM_DEADLINE_RULES, accept7]
    expect(() => deadlines(petition(), '2026-02-12', { rules: overlapping })).toThrow(
      /is in force on the same days as rule 2/,
    )
  })
})

describe('petitionDeadlines: input', () => {
  function caught(run: () => unknown): LienthongError {
    try {
      run()
    } catch (error) {
      if (error instanceof LienthongError) return error
      throw error
    }
    throw new Error('did not throw')
  }

  it('accepts the wire form and the parsed form alike', () => {
    const wire = petition({ history: [{ type: 'accepted', at: at('2026-03-02') }] })
    expect(deadlines(parsePetition(wire), '2026-03-20')).toEqual(deadlines(wire, '2026-03-20'))
  })

  it('refuses garbage with a LienthongError, never a TypeError', () => {
    expect(caught(() => deadlines(null, '2026-03-20')).subject).toBe('Petition')
    expect(caught(() => deadlines(42, '2026-03-20')).subject).toBe('Petition')
    const broken = { ...parsePetition(petition()), history: [{ type: 'accepted', at: 'soon' }] }
    expect(caught(() => deadlines(broken, '2026-03-20')).issues[0]?.path).toEqual([
      'history',
      0,
      'at',
    ])
    expect(
      caught(() => deadlines(petition({ kinds: ['praise' as never] }), '2026-03-20')).issues[0]
        ?.path,
    ).toEqual(['kinds', 0])
    expect(caught(() => petitionDeadlines(petition(), undefined as never)).issues[0]).toMatchObject(
      {
        code: 'required',
        path: ['asOf'],
      },
    )
    expect(caught(() => petitionDeadlines(petition(), { asOf: 'tomorrow' })).subject).toBe(
      'petitionDeadlines options',
    )
    expect(caught(() => deadlines(petition(), '2026-03-20', { rules: 'all' })).subject).toBe(
      'DeadlineRules',
    )
    expect(
      caught(() => deadlines(petition(), '2026-03-20', { dueSoonWorkingDays: -1 })).issues[0]?.path,
    ).toEqual(['dueSoonWorkingDays'])
  })

  it('says when the calendar does not cover the dates', () => {
    const old = petition({ receivedAt: at('2024-12-30') })
    expect(caught(() => deadlines(old, '2025-01-02')).issues[0]).toMatchObject({
      code: 'beyond_calendar',
      path: ['calendar'],
    })
    expect(caught(() => deadlines(petition(), '2028-01-03')).issues[0]?.path).toEqual(['asOf'])
  })

  it('defaults to the Vietnamese calendar 2014–2100 and the Vietnamese rules', () => {
    const list = petitionDeadlines(petition(), { asOf: '2026-02-12' })
    expect(list.map((deadline) => deadline.ruleId)).toEqual([
      'vn-complaint-accept',
      'vn-complaint-resolve-1',
      'vn-complaint-send-decision-1',
      'vn-petition-process',
    ])
    expect(step(list, 'vn-complaint-accept')?.rule).toBe(
      step(petitionDeadlines(petition(), { asOf: '2026-02-13' }), 'vn-complaint-accept')?.rule,
    )
    expect(Object.isFrozen(step(list, 'vn-complaint-accept')?.rule)).toBe(true)
  })
})

describe('the legal basis of the Vietnam rules', () => {
  it('is cited in English and in Vietnamese, the same document in both', () => {
    const documentNumber = /\d{2}\/\d{4}\/[A-ZĐ-]+\d*/g
    for (const rule of VIETNAM_DEADLINE_RULES) {
      expect(rule.legalBasisVi, rule.id).toMatch(/^(Khoản \d+ )?Điều \d+|^Thông tư/)
      expect(rule.legalBasisVi?.match(documentNumber), rule.id).toEqual(
        rule.legalBasis.match(documentNumber),
      )
    }
  })

  it('comes with each deadline, for a page in Vietnamese', () => {
    const filing = deadlines(
      petition({ complainedDecision: { description: 'Quyết định 12', learnedOn: '2026-02-02' } }),
      '2026-02-11',
    ).find((deadline) => deadline.ruleId === 'vn-complaint-file-1')
    expect(filing?.legalBasisVi).toBe('Điều 9 Luật Khiếu nại số 02/2011/QH13')
    expect(filing?.legalBasis).toBe('Law on Complaints 02/2011/QH13, Art 9')
  })
})

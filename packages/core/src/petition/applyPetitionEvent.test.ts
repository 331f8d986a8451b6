import { describe, expect, it } from 'vitest'
import { LienthongError } from '../errors/LienthongError.js'
import { applyPetitionEvent, safeApplyPetitionEvent } from './applyPetitionEvent.js'
import { checkPetitionHistory } from './checkPetitionHistory.js'
import type { Petition, PetitionEventInput } from './petition.schema.js'
import { petitionRules } from './petitionRules.js'
import { petitionStage } from './petitionStage.js'
import { at, petitionWith } from './testing/fixtures.js'

function applyAll(petition: Petition, events: PetitionEventInput[]): Petition {
  return events.reduce((current, event) => applyPetitionEvent(current, event), petition)
}

function refusal(petition: Petition, event: PetitionEventInput, locale: 'en' | 'vi' = 'en') {
  const result = safeApplyPetitionEvent(petition, event, { locale })
  if (result.ok) throw new Error(`expected ${event.type} to be refused`)
  return result.error
}

const toCompetent: PetitionEventInput[] = [
  { type: 'received', at: at(0), byId: 'can-bo-1' },
  { type: 'classified', at: at(1), eligible: true },
  { type: 'competence-decided', at: at(2), competent: true },
]

describe('applyPetitionEvent', () => {
  it('takes a complaint from receipt to closing', () => {
    const closed = applyAll(petitionWith(), [
      ...toCompetent,
      {
        type: 'accepted',
        at: at(3),
        documents: [{ title: 'Thông báo thụ lý', symbol: '12/TB-UBND' }],
      },
      { type: 'verification-started', at: at(24) },
      { type: 'deadline-extended', at: at(48), newDeadline: '2026-05-15' },
      { type: 'resolved', at: at(300), verdict: 'partly-right', instance: 1 },
      { type: 'result-sent', at: at(310) },
      { type: 'closed', at: at(320), note: 'Đã giao quyết định cho người khiếu nại' },
    ])
    expect(petitionStage(closed)).toBe('closed')
    expect(closed.outcome).toBe('accepted')
    expect(closed.history.map((e) => e.type)).toEqual([
      'received',
      'classified',
      'competence-decided',
      'accepted',
      'verification-started',
      'deadline-extended',
      'resolved',
      'result-sent',
      'closed',
    ])
    expect(closed.history[3]?.documents).toEqual([
      { title: 'Thông báo thụ lý', symbol: '12/TB-UBND' },
    ])
    expect(checkPetitionHistory(closed)).toEqual([])
  })

  it('returns a new petition and leaves the one given as it was', () => {
    const petition = petitionWith()
    const snapshot = structuredClone(petition)
    const next = applyPetitionEvent(petition, { type: 'received', at: at(0) })
    expect(petition).toEqual(snapshot)
    expect(next).not.toBe(petition)
    expect(next.history).toHaveLength(1)
    expect(next.history[0]?.at).toEqual(new Date(at(0)))
  })

  it('accepts a parsed event with a Date as well as a wire event', () => {
    const next = applyPetitionEvent(petitionWith(), {
      type: 'received',
      at: new Date(at(0)),
      documents: [],
    })
    expect(next.history[0]?.type).toBe('received')
  })

  it('names the current stage and the events allowed from it', () => {
    const error = refusal(petitionWith(), { type: 'accepted', at: at(1) })
    expect(error).toBeInstanceOf(LienthongError)
    expect(error.code).toBe('invalid_transition')
    expect(error.issues[0]).toMatchObject({
      code: 'invalid_transition',
      path: ['type'],
      params: {
        stage: 'received',
        event: 'accepted',
        allowed: ['received', 'classified', 'deadline-extended', 'withdrawn'],
      },
    })
    expect(error.format()).toBe(
      'type: "accepted" is not allowed at stage "received"; allowed: "received", "classified", "deadline-extended", "withdrawn"',
    )
    expect(refusal(petitionWith(), { type: 'accepted', at: at(1) }, 'vi').format('vi')).toBe(
      'type: không thể ghi "accepted" khi đơn đang ở bước "received"; được phép: "received", "classified", "deadline-extended", "withdrawn"',
    )
  })

  it('records received only as the first event', () => {
    const received = applyPetitionEvent(petitionWith(), { type: 'received', at: at(0) })
    const error = refusal(received, { type: 'received', at: at(1) })
    expect(error.issues[0]?.params?.allowed).toEqual([
      'classified',
      'deadline-extended',
      'withdrawn',
    ])
  })

  it('refuses anything after closing or withdrawal', () => {
    const withdrawn = applyAll(petitionWith(), [
      { type: 'received', at: at(0) },
      { type: 'withdrawn', at: at(1) },
    ])
    expect(withdrawn.outcome).toBe('withdrawn')
    const error = refusal(withdrawn, { type: 'classified', at: at(2), eligible: true })
    expect(error.format()).toBe(
      'type: "classified" is not allowed at stage "withdrawn"; nothing can be recorded after it',
    )
  })

  it('refuses an event that goes back in time', () => {
    const received = applyPetitionEvent(petitionWith(), { type: 'received', at: at(5) })
    const error = refusal(received, { type: 'classified', at: at(4), eligible: true })
    expect(error.issues[0]).toMatchObject({ code: 'event_out_of_order', path: ['at'] })
    expect(error.issues[0]?.message).toContain('before the previous event (received at')
    // Before the receipt itself.
    expect(refusal(petitionWith(), { type: 'received', at: at(-1) }).issueCodes).toEqual([
      'event_out_of_order',
    ])
    // The same instant is fine.
    expect(
      safeApplyPetitionEvent(received, { type: 'classified', at: at(5), eligible: true }).ok,
    ).toBe(true)
  })

  it('needs the details of classified, competence-decided and forwarded events', () => {
    const received = applyPetitionEvent(petitionWith(), { type: 'received', at: at(0) })
    expect(refusal(received, { type: 'classified', at: at(1) }).issues[0]).toMatchObject({
      code: 'required',
      path: ['eligible'],
    })
    expect(
      refusal(received, { type: 'classified', at: at(1), eligible: false }).issues[0]?.path,
    ).toEqual(['ineligibleReasons'])
    expect(
      refusal(received, { type: 'classified', at: at(1), duplicateOfId: 'd1' }).issues[0]?.path,
    ).toEqual(['duplicateOfId'])
    const eligible = applyPetitionEvent(received, { type: 'classified', at: at(1), eligible: true })
    expect(refusal(eligible, { type: 'competence-decided', at: at(2) }).issues[0]?.path).toEqual([
      'competent',
    ])
    const notCompetent = applyPetitionEvent(eligible, {
      type: 'competence-decided',
      at: at(2),
      competent: false,
    })
    expect(refusal(notCompetent, { type: 'forwarded', at: at(3) }).issues[0]).toMatchObject({
      code: 'required',
      path: ['forwardedToId'],
    })
    expect(
      refusal(notCompetent, { type: 'forwarded', at: at(3), forwardedToId: 'vp-hdnd' }).issues[0]
        ?.path,
    ).toEqual(['forwardedToId'])
    const forwarded = applyPetitionEvent(notCompetent, {
      type: 'forwarded',
      at: at(3),
      forwardedToId: 'ubnd-hoan-kiem',
    })
    expect(forwarded.outcome).toBe('forwarded')
  })

  it('records a chase-up after forwarding as a follow-up, not a new outcome', () => {
    const forwarded = applyAll(petitionWith(), [
      { type: 'classified', at: at(1), eligible: true },
      { type: 'competence-decided', at: at(2), competent: false },
      { type: 'forwarded', at: at(3), forwardedToId: 'ubnd-hoan-kiem' },
      { type: 'chased-up', at: at(700), note: 'Đôn đốc giải quyết đơn đã chuyển' },
      { type: 'reply-received', at: at(900), byId: 'ubnd-hoan-kiem' },
    ])
    expect(petitionStage(forwarded)).toBe('forwarded')
    expect(forwarded.outcome).toBe('forwarded')
    // Chasing up as the outcome itself (an agency already handles the matter).
    const chased = applyAll(petitionWith(), [
      { type: 'classified', at: at(1), eligible: true },
      { type: 'competence-decided', at: at(2), competent: false },
      { type: 'chased-up', at: at(3) },
    ])
    expect(petitionStage(chased)).toBe('chased-up')
    expect(chased.outcome).toBe('chased-up')
  })

  it('refuses fields that belong to another kind of event', () => {
    const error = refusal(petitionWith(), { type: 'received', at: at(0), verdict: 'right' })
    expect(error.issues[0]).toMatchObject({ code: 'invalid', path: ['verdict'] })
    expect(error.issues[0]?.message).toBe('only a resolved event has verdict')
  })

  it('reports a malformed event as invalid input', () => {
    const error = refusal(petitionWith(), { type: 'received', at: 'yesterday' })
    expect(error.code).toBe('invalid_input')
    expect(error.issues[0]?.path).toEqual(['at'])
    const bad = safeApplyPetitionEvent(petitionWith(), null as unknown as PetitionEventInput)
    expect(bad.ok).toBe(false)
  })

  it('classifies duplicates and ineligible petitions and files them', () => {
    const duplicate = applyAll(petitionWith({ id: 'd2' }), [
      { type: 'classified', at: at(1), duplicateOfId: 'd1', eligible: false },
      { type: 'filed', at: at(2) },
      { type: 'closed', at: at(3) },
    ])
    expect(petitionStage(duplicate)).toBe('closed')
    expect(duplicate.outcome).toBe('filed')
    const ineligible = applyAll(petitionWith(), [
      { type: 'classified', at: at(1), eligible: false, ineligibleReasons: ['missing-signature'] },
      { type: 'returned', at: at(2) },
    ])
    expect(petitionStage(ineligible)).toBe('returned')
  })
})

describe('the law the lifecycle enforces', () => {
  const denunciation = {
    kinds: ['denunciation' as const],
    denounced: { position: 'Cán bộ địa chính', agency: 'UBND phường Hàng Bạc' },
  }
  const toNotCompetent: PetitionEventInput[] = [
    { type: 'classified', at: at(1), eligible: true },
    { type: 'competence-decided', at: at(2), competent: false },
  ]

  it('forwards a denunciation only once', () => {
    const transferred = applyAll(
      petitionWith({ ...denunciation, channel: 'agency-transfer' }),
      toNotCompetent,
    )
    const error = refusal(transferred, { type: 'forwarded', at: at(3), forwardedToId: 'ubnd-tp' })
    expect(error.issues[0]).toMatchObject({
      code: 'already_forwarded',
      params: {
        how: 'agency-transfer',
        legalBasis: petitionRules.denunciationForwardedOnce.legalBasis,
      },
    })
    expect(error.issues[0]?.message).toContain('a denunciation is forwarded only once')
    // The other outcomes stay open to it.
    expect(safeApplyPetitionEvent(transferred, { type: 'guided', at: at(3) }).ok).toBe(true)
    // A complaint that came forwarded may be forwarded on.
    const complaint = applyAll(petitionWith({ channel: 'agency-transfer' }), toNotCompetent)
    expect(
      safeApplyPetitionEvent(complaint, { type: 'forwarded', at: at(3), forwardedToId: 'ubnd-tp' })
        .ok,
    ).toBe(true)
  })

  it('does not accept an anonymous denunciation as a denunciation', () => {
    const anonymous = applyAll(
      petitionWith({ ...denunciation, anonymous: true, petitioner: undefined }),
      [
        { type: 'classified', at: at(1), eligible: true },
        { type: 'competence-decided', at: at(2), competent: true },
      ],
    )
    const error = refusal(anonymous, { type: 'accepted', at: at(3) }, 'vi')
    expect(error.issues[0]).toMatchObject({
      code: 'anonymous_denunciation',
      params: { legalBasis: 'Law 25/2018/QH14 Art 25(1)' },
    })
    expect(error.issues[0]?.message).toContain('Law 25/2018/QH14 Art 25(1)')
    // Nor one without the denouncer's address.
    const noAddress = applyAll(
      petitionWith({ ...denunciation, petitioner: { name: 'Lê Văn Cường' } }),
      [
        { type: 'classified', at: at(1), eligible: true },
        { type: 'competence-decided', at: at(2), competent: true },
      ],
    )
    expect(refusal(noAddress, { type: 'accepted', at: at(3) }).issueCodes).toEqual([
      'anonymous_denunciation',
    ])
    // A named denunciation is accepted.
    const named = applyAll(petitionWith(denunciation), [
      { type: 'classified', at: at(1), eligible: true },
      { type: 'competence-decided', at: at(2), competent: true },
      { type: 'accepted', at: at(3) },
    ])
    expect(named.outcome).toBe('accepted')
  })

  it('needs 1–2 representatives for 5–10 people and at most 5 above 10', () => {
    const reps = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ name: `Người đại diện ${i + 1}` }))
    const accept = (coSigners: number, count: number) =>
      safeApplyPetitionEvent(
        applyAll(petitionWith({ coSigners, representatives: reps(count) }), toCompetent),
        { type: 'accepted', at: at(3) },
      )
    expect(accept(3, 0).ok).toBe(true) // 4 people: not a crowd petition
    expect(accept(4, 0).ok).toBe(false) // 5 people, nobody named
    expect(accept(4, 1).ok).toBe(true)
    expect(accept(9, 2).ok).toBe(true) // 10 people
    expect(accept(9, 3).ok).toBe(false)
    expect(accept(10, 3).ok).toBe(true) // 11 people
    expect(accept(40, 5).ok).toBe(true)
    const result = accept(9, 3)
    expect(result.ok ? undefined : result.error.issues[0]).toMatchObject({
      code: 'crowd_representatives',
      params: { people: 10, count: 3, minimum: 1, maximum: 2 },
    })
    expect(result.ok ? '' : result.error.format()).toBe(
      `a petition of 10 people names 1 to 2 representatives before it is accepted, not 3 (${petitionRules.crowd.legalBasis})`,
    )
  })

  it('applies replaced rules', () => {
    const rules = {
      ...petitionRules,
      crowd: { ...petitionRules.crowd, bands: [{ minRepresentatives: 3, maxRepresentatives: 5 }] },
    }
    const petition = applyAll(
      petitionWith({ coSigners: 6, representatives: [{ name: 'A' }, { name: 'B' }] }),
      toCompetent,
    )
    expect(safeApplyPetitionEvent(petition, { type: 'accepted', at: at(3) }).ok).toBe(true)
    expect(safeApplyPetitionEvent(petition, { type: 'accepted', at: at(3) }, { rules }).ok).toBe(
      false,
    )
  })

  it('asks a verdict of a complaint or denunciation, and the right instance', () => {
    const verifying = applyAll(petitionWith({ complaintInstance: 2 }), [
      ...toCompetent,
      { type: 'accepted', at: at(3) },
      { type: 'verification-started', at: at(4) },
    ])
    expect(refusal(verifying, { type: 'resolved', at: at(5) }).issues[0]).toMatchObject({
      code: 'required',
      path: ['verdict'],
    })
    expect(
      refusal(verifying, { type: 'resolved', at: at(5), verdict: 'wrong', instance: 1 }).issues[0]
        ?.message,
    ).toBe('this complaint is at instance 2; a complaint to the next instance is a new petition')
    expect(
      safeApplyPetitionEvent(verifying, {
        type: 'resolved',
        at: at(5),
        verdict: 'wrong',
        instance: 2,
      }).ok,
    ).toBe(true)
    const recommendation = applyAll(petitionWith({ kinds: ['recommendation'] }), [
      ...toCompetent,
      { type: 'accepted', at: at(3) },
      { type: 'verification-started', at: at(4) },
    ])
    expect(safeApplyPetitionEvent(recommendation, { type: 'resolved', at: at(5) }).ok).toBe(true)
    expect(
      refusal(recommendation, { type: 'resolved', at: at(5), verdict: 'right' }).issues[0]?.path,
    ).toEqual(['verdict'])
  })
})

describe('checkPetitionHistory', () => {
  it('reports the first event the lifecycle refuses, with its place in the history', () => {
    const petition = petitionWith({
      history: [
        { type: 'received', at: at(0) },
        { type: 'classified', at: at(1), eligible: true },
        { type: 'accepted', at: at(2) },
        { type: 'closed', at: at(3) },
      ],
    })
    const issues = checkPetitionHistory(petition)
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      code: 'invalid_transition',
      path: ['history', 2, 'type'],
      params: { stage: 'eligible', event: 'accepted' },
    })
  })
})

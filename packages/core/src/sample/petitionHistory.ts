import type {
  PetitionChannel,
  PetitionComplexity,
  PetitionEventInput,
  PetitionEventType,
  PetitionField,
  PetitionKind,
  PetitionOutcome,
} from '../petition/index.js'
import { absoluteMinute, addWorkingDays, dateOf, instantOf, nextWorkingDay } from './calendar.js'
import type { SampleContext } from './context.js'
import { optional } from './optional.js'
import { ORG, type Ward } from './organizations.js'
import { CHANNEL_NAMES, type PetitionReceiver } from './petitionReceivers.js'
import type { Random } from './random.js'

/**
 * The facts of a petition its processing depends on.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { PetitionCase } from './petitionHistory.js'
 *
 * const repeated = (petition: PetitionCase) => petition.duplicateOfId !== undefined
 * ```
 */
export interface PetitionCase {
  /** When it was received, as an absolute wall-clock minute. */
  readonly received: number
  readonly receiver: PetitionReceiver
  readonly channel: PetitionChannel
  readonly kinds: readonly PetitionKind[]
  readonly field: PetitionField
  readonly ward: Ward
  readonly complexity: PetitionComplexity
  readonly complaintInstance?: 1 | 2
  readonly anonymous: boolean
  /** The earlier petition this one repeats, when the same office received both. */
  readonly duplicateOfId?: string
}

/** The department competent for each field, when a ward is not. */
const FIELD_UNITS: Readonly<Record<string, string>> = {
  land: 'so-nn-mt',
  'compensation-resettlement': 'so-nn-mt',
  'housing-construction': 'so-xay-dung',
  administration: 'so-noi-vu',
  justice: 'so-tu-phap',
  'social-policy': 'so-noi-vu',
  labour: 'so-noi-vu',
  environment: 'so-nn-mt',
  other: 'so-xay-dung',
}

function competentUnit(random: Random, draft: PetitionCase): string {
  const field = draft.field
  if (field === 'party-discipline') return ORG.inspectionCommission
  if (field === 'corruption') return random.chance(0.6) ? 'thanh-tra' : ORG.police
  if (draft.complaintInstance === 2) return ORG.committee
  if (draft.receiver.id === ORG.partyOffice && random.chance(0.3)) return ORG.committee
  return random.chance(0.6) ? draft.ward.id : (FIELD_UNITS[field] ?? ORG.committee)
}

/**
 * The processing history of a petition, in time order, up to `asOf`: received; classified (a
 * repeat of an earlier petition, anonymous, not eligible for a stated reason, or eligible);
 * competence decided; then one outcome — forwarded to the competent unit (then perhaps chased up
 * and answered back), guided, answered, filed, returned, chased up, or accepted for resolution
 * (verification, a deadline extension for complex or remote cases, the resolution with its
 * verdict, the result sent, closed) or withdrawn. Gaps are in working days (calendar days for the
 * resolution periods of Law 02/2011 and Law 25/2018). Events that would fall on or after `asOf`
 * are not written, and the outcome is set only once its event has happened.
 *
 * @category Sample data
 * @param random - The seeded source.
 * @param context - Holidays and `asOf`.
 * @param draft - The petition's facts.
 * @returns The events (wire form) and the outcome, if reached.
 * @example
 * ```ts
 * import { petitionHistory } from './petitionHistory.js'
 *
 * // const { events, outcome } = petitionHistory(random, context, petitionCase)
 * ```
 */
export function petitionHistory(
  random: Random,
  context: SampleContext,
  draft: PetitionCase,
): { events: PetitionEventInput[]; outcome?: PetitionOutcome } {
  const { holidays } = context
  const by = draft.receiver.id
  const events: PetitionEventInput[] = [
    {
      type: 'received',
      at: instantOf(draft.received),
      byId: by,
      note: `Tiếp nhận đơn: ${CHANNEL_NAMES[draft.channel]}`,
    },
  ]
  let now = draft.received
  let outcome: PetitionOutcome | undefined
  let open = true

  /** Adds an event `workingDays` after the last one (or `days` calendar days). */
  function add(
    type: PetitionEventType,
    gap: { workingDays?: number; days?: number },
    details: Partial<PetitionEventInput> = {},
    result?: PetitionOutcome,
  ): boolean {
    if (!open) return false
    const today = Math.floor(now / 1440)
    const day =
      gap.days === undefined
        ? addWorkingDays(today, gap.workingDays ?? 0, holidays)
        : nextWorkingDay(today + gap.days, holidays)
    let minute = absoluteMinute(day, random.int(8 * 60, 16 * 60 + 30))
    if (minute <= now) minute = now + random.int(10, 90)
    if (Math.floor(minute / 1440) >= context.asOf) {
      open = false
      return false
    }
    now = minute
    events.push({ ...details, type, at: instantOf(minute), byId: details.byId ?? by })
    if (result !== undefined) outcome = result
    return true
  }

  const original = draft.duplicateOfId
  if (original !== undefined) {
    add(
      'classified',
      { workingDays: random.int(0, 3) },
      {
        eligible: false,
        duplicateOfId: original,
        note: 'Đơn trùng nội dung với đơn đã tiếp nhận trước đó',
      },
    )
    if (random.chance(0.4)) {
      add(
        'chased-up',
        { workingDays: random.int(1, 5) },
        { note: 'Đôn đốc cơ quan có thẩm quyền giải quyết đơn trước' },
        'chased-up',
      )
    } else {
      add('filed', { workingDays: random.int(0, 3) }, { note: 'Lưu đơn theo dõi' }, 'filed')
    }
    return { events, ...optional('outcome', outcome) }
  }
  if (draft.anonymous) {
    add(
      'classified',
      { workingDays: random.int(0, 3) },
      {
        eligible: false,
        // The codes checkEligibility gives a letter without name and address.
        ineligibleReasons: [
          'missing-name',
          'missing-address',
          ...(draft.kinds.includes('denunciation') ? ['anonymous-denunciation'] : []),
        ],
      },
    )
    // A denunciation is forwarded only once: one that came transferred from another agency is
    // filed here, not passed on again.
    if (
      draft.kinds.includes('denunciation') &&
      draft.channel !== 'agency-transfer' &&
      random.chance(0.5)
    ) {
      add(
        'forwarded',
        { workingDays: random.int(1, 5) },
        {
          forwardedToId:
            draft.field === 'party-discipline' ? ORG.inspectionCommission : 'thanh-tra',
          note: 'Đơn không rõ họ tên, địa chỉ nhưng nội dung cụ thể: chuyển để tham khảo, phục vụ công tác quản lý',
        },
        'forwarded',
      )
    } else {
      add(
        'filed',
        { workingDays: random.int(0, 3) },
        { note: 'Đơn nặc danh, lưu theo dõi' },
        'filed',
      )
    }
    return { events, ...optional('outcome', outcome) }
  }
  if (random.chance(0.05)) {
    const reason = random.pick([
      'missing-signature',
      'missing-address',
      'sent-to-competent-body',
      'already-guided',
    ] as const)
    add(
      'classified',
      { workingDays: random.int(0, 3) },
      { eligible: false, ineligibleReasons: [reason] },
    )
    if (reason === 'missing-signature' || reason === 'missing-address') {
      add(
        'returned',
        { workingDays: random.int(1, 3) },
        { note: 'Trả lại đơn, hướng dẫn bổ sung chữ ký, họ tên, địa chỉ' },
        'returned',
      )
    } else {
      add('filed', { workingDays: random.int(0, 3) }, { note: 'Lưu đơn theo dõi' }, 'filed')
    }
    return { events, ...optional('outcome', outcome) }
  }

  let planned = random.weighted(draft.receiver.outcomes)
  const resolvable = draft.kinds.includes('complaint') || draft.kinds.includes('denunciation')
  if ((planned === 'accepted' || planned === 'withdrawn') && !resolvable) planned = 'answered'
  // A denunciation that came transferred from another agency is not forwarded again: the
  // denouncer is guided to the competent body instead.
  if (
    planned === 'forwarded' &&
    draft.kinds.includes('denunciation') &&
    draft.channel === 'agency-transfer'
  )
    planned = 'guided'
  add('classified', { workingDays: random.int(0, 3) }, { eligible: true })
  const competent = planned === 'accepted' || planned === 'withdrawn'
  add('competence-decided', { workingDays: random.int(0, 2) }, { competent })

  switch (planned) {
    case 'forwarded': {
      const target = competentUnit(random, draft)
      const withLetter = random.chance(0.4)
      add(
        'forwarded',
        { workingDays: random.int(1, 5) },
        {
          forwardedToId: target,
          ...(withLetter
            ? {
                documents: [
                  {
                    title: 'Công văn chuyển đơn và đề nghị xem xét, giải quyết',
                    symbol: `${String(random.int(10, 2900))}/${draft.receiver.prefix === 'VPTU' ? 'VPTU' : draft.receiver.prefix === 'BTCD' ? 'BTCD' : 'VP'}-TCD`,
                  },
                ],
              }
            : {}),
        },
        'forwarded',
      )
      if (random.chance(0.3))
        add('chased-up', { days: random.int(25, 40) }, { note: 'Đôn đốc giải quyết đơn đã chuyển' })
      if (random.chance(0.55))
        add(
          'reply-received',
          { days: random.int(15, 60) },
          { byId: target, note: 'Cơ quan có thẩm quyền báo cáo kết quả giải quyết' },
        )
      break
    }
    case 'guided':
      add(
        'guided',
        { workingDays: random.int(1, 5) },
        {
          note:
            draft.field === 'justice'
              ? 'Hướng dẫn công dân gửi đơn đến Tòa án, cơ quan thi hành án có thẩm quyền'
              : `Hướng dẫn công dân gửi đơn đến UBND ${draft.ward.name}`,
        },
        'guided',
      )
      break
    case 'answered':
      add(
        'answered',
        { workingDays: random.int(3, 10) },
        { documents: [{ title: 'Văn bản trả lời công dân' }] },
        'answered',
      )
      break
    case 'filed':
      add(
        'filed',
        { workingDays: random.int(0, 3) },
        { note: 'Đơn đã được cơ quan có thẩm quyền thụ lý: lưu theo dõi' },
        'filed',
      )
      break
    case 'returned':
      add(
        'returned',
        { workingDays: random.int(1, 3) },
        { note: 'Trả lại đơn và giấy tờ, tài liệu kèm theo' },
        'returned',
      )
      break
    case 'chased-up':
      add(
        'chased-up',
        { workingDays: random.int(1, 5) },
        { note: 'Đôn đốc cơ quan có thẩm quyền giải quyết' },
        'chased-up',
      )
      break
    case 'accepted':
    case 'withdrawn': {
      const complaint = draft.kinds.includes('complaint')
      if (
        !add(
          'accepted',
          { workingDays: random.int(2, 9) },
          {
            byId: ORG.committee,
            documents: [
              {
                title: complaint
                  ? 'Thông báo thụ lý giải quyết khiếu nại'
                  : 'Thông báo thụ lý tố cáo',
              },
            ],
          },
          'accepted',
        )
      )
        break
      const acceptedDay = Math.floor(now / 1440)
      if (planned === 'withdrawn') {
        add(
          'withdrawn',
          { days: random.int(5, 20) },
          { byId: ORG.committee, note: 'Người khiếu nại rút đơn' },
          'withdrawn',
        )
        break
      }
      add('verification-started', { workingDays: random.int(2, 8) }, { byId: 'thanh-tra' })
      const hard = draft.complexity !== 'normal' || draft.ward.remote
      let limit = complaint ? (draft.complaintInstance === 2 ? 45 : 30) : 30
      if (hard && random.chance(0.7)) {
        limit += complaint ? 15 : 30
        add(
          'deadline-extended',
          { days: random.int(15, 25) },
          { byId: ORG.committee, newDeadline: dateOf(acceptedDay + limit) },
        )
      }
      const resolveDay = acceptedDay + random.int(Math.floor(limit * 0.6), limit)
      if (resolveDay > Math.floor(now / 1440)) {
        add(
          'resolved',
          { days: resolveDay - Math.floor(now / 1440) },
          {
            byId: ORG.committee,
            ...(complaint
              ? {
                  verdict: random.weighted([
                    ['wrong', 55],
                    ['partly-right', 30],
                    ['right', 15],
                  ] as const),
                  instance: draft.complaintInstance ?? 1,
                }
              : {}),
            // A denunciation's conclusion says whether it was right too (Law 25/2018 Art 35),
            // drawn from a forked source so that nothing else generated changes.
            ...(!complaint && draft.kinds.includes('denunciation')
              ? {
                  verdict: random.fork(`denunciation-verdict:${String(draft.received)}`).weighted([
                    ['wrong', 50],
                    ['partly-right', 35],
                    ['right', 15],
                  ] as const),
                }
              : {}),
            documents: [
              {
                title: complaint ? 'Quyết định giải quyết khiếu nại' : 'Kết luận nội dung tố cáo',
                symbol: `${String(random.int(100, 6000))}/${complaint ? 'QĐ' : 'KL'}-UBND`,
              },
            ],
          },
        )
      }
      add('result-sent', { workingDays: random.int(1, 3) }, { byId: ORG.committee })
      add('closed', { workingDays: random.int(5, 15) })
      break
    }
  }
  return { events, ...optional('outcome', outcome) }
}

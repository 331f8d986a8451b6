import {
  beyondCalendarError,
  compileCalendar,
  dayNumberOfDate,
  workingDaysBetweenNumbers,
  type CompiledCalendar,
} from '../calendar/compiledCalendar.js'
import { isoDateFromDayNumber } from '../calendar/dayNumber.js'
import type { DeadlineRuleInput } from '../deadlines/deadlines.schema.js'
import { petitionDeadlines } from '../deadlines/petitionDeadlines.js'
import { defaultVietnamCalendar } from '../calendar/defaultCalendar.js'
import type { HolidayCalendarInput } from '../calendar/holidayCalendar.schema.js'
import type { Organization } from '../office/office.schema.js'
import type { Petition, PetitionEventType } from '../petition/petition.schema.js'
import { petitionStage } from '../petition/petitionStage.js'
import type { PublicPetition, PublicPetitionEvent } from '../petition/redactPetition.js'
import { DEFAULT_TIME_ZONE } from '../_lib/timeZone.js'
import type { Accumulator } from './accumulator.js'
import { addCounts, bump, sortedCounts } from './counts.js'
import { localDay, type Period } from './period.js'
import { quantileOfHistogram } from './quantiles.js'
import { statsError } from './statsError.js'

/**
 * What petition statistics read: a public, redacted petition (what
 * `redactPetition(petition, 'public')` returns fits). The type has no room for personal data:
 * the identity fields of a raw {@link petition!Petition | Petition} (`petitioner`, its
 * `representatives` list, `subject`, `content`, `trackingCode`, `place.address`) are typed
 * `never`, so passing an unredacted petition does not compile — and none of them is read.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { redactPetition, type Petition } from '@lienthong/core/petition'
 * import type { PetitionStatsInput } from '@lienthong/core/stats'
 *
 * declare const petition: Petition
 * const row: PetitionStatsInput = redactPetition(petition, 'public')
 * // const wrong: PetitionStatsInput = petition // does not compile
 * ```
 */
export type PetitionStatsInput = Pick<
  PublicPetition,
  | 'kinds'
  | 'channel'
  | 'receivedAt'
  | 'receivedById'
  | 'people'
  | 'history'
  | 'complexity'
  | 'remoteArea'
> &
  Partial<Pick<PublicPetition, 'id' | 'outcome' | 'anonymous' | 'stage' | 'complaintInstance'>> & {
    /** A count, never the list of representatives with their names. */
    readonly representatives?: number
    readonly petitioner?: never
    readonly subject?: never
    readonly content?: never
    readonly trackingCode?: never
    readonly coSigners?: never
    readonly place?: {
      readonly provinceCode?: string
      readonly wardCode?: string
      readonly address?: never
    }
  }

/**
 * The history events that settle a petition's handling (xử lý đơn): its one outcome.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { settlingPetitionEvents } from '@lienthong/core/stats'
 *
 * settlingPetitionEvents.includes('forwarded') // true
 * ```
 */
export const settlingPetitionEvents = [
  'accepted',
  'forwarded',
  'guided',
  'chased-up',
  'answered',
  'filed',
  'returned',
  'withdrawn',
] as const satisfies readonly PetitionEventType[]

/**
 * The history events counted by default as a handling document issued by the office: a notice
 * of acceptance, a forwarding slip, a guidance slip, a chasing letter, an answer, a return and a
 * resolution. Replace with `documentEvents`.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { handlingDocumentEvents } from '@lienthong/core/stats'
 *
 * handlingDocumentEvents.includes('guided') // true
 * ```
 */
export const handlingDocumentEvents = [
  'accepted',
  'forwarded',
  'guided',
  'chased-up',
  'answered',
  'returned',
  'resolved',
] as const satisfies readonly PetitionEventType[]

/**
 * Options of {@link petitionAccumulator} and {@link summarizePetitions}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { rangePeriod, type PetitionStatsOptions } from '@lienthong/core/stats'
 *
 * const options: PetitionStatsOptions = {
 *   period: rangePeriod('2022-10-01', '2024-07-01'),
 *   handlingLimitWorkingDays: 10,
 * }
 * ```
 */
export interface PetitionStatsOptions {
  /**
   * The reporting period: petitions received in it are `new`; those received before it and not
   * settled before it are `carriedOver`; events on or after its end are ignored. Default: no
   * period (every petition is new, every event counts).
   */
  readonly period?: Period
  /**
   * Without a period, the day the open petitions' age is measured to (a `YYYY-MM-DD` date or an
   * instant); events after it are ignored. With a period, its last day is used.
   */
  readonly asOf?: string | Date
  /** Zone instants are read in when there is no period; default `Asia/Ho_Chi_Minh`. */
  readonly timeZone?: string
  /** Working calendar for handling times and ages; default Vietnam's state offices. */
  readonly calendar?: HolidayCalendarInput
  /** Organisations, to count petitions by the level of the receiving office. */
  readonly organizations?: readonly Pick<Organization, 'id' | 'level'>[]
  /**
   * Working days within which handling (receipt → outcome) is on time. Default 10, the commonly
   * cited limit of Circular 05/2021/TT-TTCP (unconfirmed): replace it with your rule.
   */
  readonly handlingLimitWorkingDays?: number
  /** Upper bounds (working days, ascending) of the open-petition age buckets; default `[10, 30, 60, 90]`. */
  readonly ageBuckets?: readonly number[]
  /** Head count from which a petition is a crowd petition; default 5. */
  readonly crowdSize?: number
  /** Deadline rules for the `resolve` step; default `VIETNAM_DEADLINE_RULES`. */
  readonly rules?: readonly DeadlineRuleInput[]
  /** Events counted as a handling document issued; default {@link handlingDocumentEvents}. */
  readonly documentEvents?: readonly PetitionEventType[]
}

/**
 * The plain-data state of {@link petitionAccumulator}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { petitionAccumulator, type PetitionStatsState } from '@lienthong/core/stats'
 *
 * const state: PetitionStatsState = petitionAccumulator().create()
 * ```
 */
export interface PetitionStatsState {
  carriedOver: number
  new: number
  /** People behind the petitions received (petitioner and co-signers). */
  people: number
  byKind: Record<string, number>
  byChannel: Record<string, number>
  byLevel: Record<string, number>
  byOffice: Record<string, number>
  byClassification: Record<string, number>
  byStage: Record<string, number>
  outcomes: Record<string, number>
  forwardedTo: Record<string, number>
  documents: number
  /** Replies from the competent agencies received in the period (`reply-received` events). */
  replies: number
  handled: number
  onTime: number
  late: number
  resolved: number
  resolvedOnTime: number
  resolvedLate: number
  /** Handling time in working days → how many petitions (exact, mergeable by addition). */
  handlingDays: Record<string, number>
  open: number
  openByAge: Record<string, number>
  crowdPetitions: number
  crowdPeople: number
  verdicts: Record<string, number>
}

/**
 * What petition statistics report (the figures of the 01/XLD form and the coordination report).
 * Every figure is a count, an organisation id or a number of working days: no personal data.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { summarizePetitions, type PetitionStats } from '@lienthong/core/stats'
 *
 * const stats: PetitionStats = summarizePetitions([])
 * stats.received // 0
 * ```
 */
export interface PetitionStats {
  /** `carriedOver + new`. */
  readonly received: number
  readonly carriedOver: number
  readonly new: number
  /** People behind the petitions received: each petition's petitioner and co-signers. */
  readonly people: number
  /** By kind; a petition of several kinds counts in each. */
  readonly byKind: Readonly<Record<string, number>>
  readonly byChannel: Readonly<Record<string, number>>
  /** By the level of the receiving office (`unknown` when not in `organizations`). */
  readonly byLevel: Readonly<Record<string, number>>
  /** By receiving office. */
  readonly byOffice: Readonly<Record<string, number>>
  /** `eligible`, `ineligible`, `duplicate` or `unclassified`, by the first classification. */
  readonly classification: Readonly<Record<string, number>>
  /** Stage at the end of the period. */
  readonly byStage: Readonly<Record<string, number>>
  /** The outcome (first settling event) of the petitions handled in the period. */
  readonly outcomes: Readonly<Record<string, number>>
  /** Forwarded petitions by the agency they went to. */
  readonly forwardedTo: Readonly<Record<string, number>>
  /** Handling documents issued in the period (see `documentEvents`). */
  readonly documents: number
  /** Replies received from the agencies petitions went to (`reply-received` events in the period). */
  readonly repliesReceived: number
  /**
   * Handled (settled, withdrawals excepted) in the period, on time or late against
   * `handlingLimitWorkingDays` (working days from the day of receipt, not counted, to the day of
   * the outcome).
   */
  readonly handled: { readonly total: number; readonly onTime: number; readonly late: number }
  /**
   * Complaints and denunciations resolved in the period (a `resolved` event), on time or late
   * against their statutory `resolve` deadline as `petitionDeadlines` computes it with `rules`
   * (extensions for complexity and remote areas included).
   */
  readonly resolved: { readonly total: number; readonly onTime: number; readonly late: number }
  /**
   * Handling time (receipt → outcome) in working days of the petitions handled in the period:
   * exact nearest-rank median and 90th percentile, from a histogram of whole days.
   */
  readonly handlingTime: {
    readonly count: number
    readonly median: number | undefined
    readonly p90: number | undefined
  }
  /** Not settled at the end; by age in working days (`0-10`, `11-30`, …, `>90`) when it is known. */
  readonly open: { readonly total: number; readonly byAge: Readonly<Record<string, number>> }
  readonly crowd: { readonly petitions: number; readonly people: number }
  /** Verdicts on complaints resolved in the period. */
  readonly complaintVerdicts: Readonly<Record<string, number>>
}

const SUBJECT = 'petitionAccumulator'
const settling = new Set<string>(settlingPetitionEvents)

function checkPetition(item: PetitionStatsInput): void {
  // Callers without types may pass anything.
  const value: unknown = item
  const petition = item as Partial<PetitionStatsInput>
  const ok =
    typeof value === 'object' &&
    value !== null &&
    Array.isArray(petition.kinds) &&
    typeof petition.channel === 'string' &&
    typeof petition.receivedById === 'string' &&
    typeof petition.people === 'number' &&
    petition.receivedAt instanceof Date &&
    !Number.isNaN(petition.receivedAt.getTime()) &&
    Array.isArray(petition.history)
  if (!ok) {
    throw statsError(SUBJECT, 'invalid_type', [], {
      expected: "a public petition (redactPetition(petition, 'public'))",
    })
  }
}

function bucketLabels(bounds: readonly number[]): string[] {
  const labels: string[] = []
  let low = 0
  for (const bound of bounds) {
    labels.push(`${String(low)}-${String(bound)}`)
    low = bound + 1
  }
  labels.push(`>${String(bounds[bounds.length - 1] ?? 0)}`)
  return labels
}

function checkOptions(options: PetitionStatsOptions): void {
  const bounds = options.ageBuckets
  if (
    bounds !== undefined &&
    (!Array.isArray(bounds) ||
      bounds.length === 0 ||
      bounds.some((b, i) => !Number.isInteger(b) || b < 0 || (i > 0 && b <= (bounds[i - 1] ?? 0))))
  ) {
    throw statsError(SUBJECT, 'invalid', ['ageBuckets'], {
      detail: 'must be ascending whole numbers of working days',
      detailVi: 'phải là các số ngày làm việc nguyên, tăng dần',
    })
  }
  for (const key of ['handlingLimitWorkingDays', 'crowdSize'] as const) {
    const value = options[key]
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
      throw statsError(SUBJECT, 'invalid', [key], {
        detail: 'must be a whole number, 0 or more',
        detailVi: 'phải là số nguyên không âm',
      })
    }
  }
}

/**
 * Petition statistics as a mergeable {@link Accumulator}: received (carried over + new) by kind,
 * channel, level and receiving office; eligible / not eligible / duplicate; outcomes and where
 * petitions were forwarded; handling documents issued; handled on time or late; complaints and
 * denunciations resolved on time or late against their statutory deadline; handling time
 * (median and 90th percentile, working days); open petitions by age; crowd petitions and their
 * people; complaint verdicts.
 *
 * Everything is derived from the history, read up to the end of the period: the outcome is the
 * first settling event ({@link settlingPetitionEvents}), the classification the first
 * `classified` event, the stage the history replayed by `petitionStage`. A petition received
 * after the period is skipped. One received before the period and settled before it is not
 * among the received, but what happens to it in the period (documents issued, resolution,
 * verdict) is counted.
 *
 * Quantiles are exact: handling times are whole working days, kept as a histogram
 * (value → count) that merges by addition; its size is the number of distinct values (a few
 * hundred at most), whatever the number of petitions.
 *
 * Input is redacted data only ({@link PetitionStatsInput}); the output holds counts,
 * organisation ids and working days, never personal data.
 *
 * Performance: O(history) per petition with O(1) working-day arithmetic (plus one
 * `petitionDeadlines` call per resolution): a few hundred thousand petitions a second on one core.
 *
 * @category Statistics
 * @param options - Period, calendar, organisations and limits (see {@link PetitionStatsOptions}).
 * @returns The accumulator (its state is JSON-serializable).
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for invalid options
 *   or calendar; from `add`, for an item that is not a public petition or a date outside the
 *   calendar (`beyond_calendar`).
 * @example
 * ```ts
 * import { redactPetition } from '@lienthong/core/petition'
 * import { generateSampleData } from '@lienthong/core/sample'
 * import { accumulate, periodOf, petitionAccumulator } from '@lienthong/core/stats'
 *
 * const { petitions } = generateSampleData({ scale: 0.1 })
 * const stats = accumulate(
 *   petitionAccumulator({ period: periodOf('2026-04-01', 'quarter') }),
 *   petitions.map((p) => redactPetition(p, 'public')),
 * )
 * stats.received === stats.carriedOver + stats.new // true
 * ```
 */
export function petitionAccumulator(
  options: PetitionStatsOptions = {},
): Accumulator<PetitionStatsInput, PetitionStatsState, PetitionStats> {
  checkOptions(options)
  const period = options.period
  const zone = period?.timeZone ?? options.timeZone ?? DEFAULT_TIME_ZONE
  const first = period === undefined ? undefined : localDay(period.start, zone, 'period.start')
  /** Events on or after this day are ignored. */
  const cutoff =
    period !== undefined
      ? localDay(period.end, zone, 'period.end')
      : options.asOf !== undefined
        ? localDay(options.asOf, zone, 'asOf') + 1
        : Infinity
  let compiled: CompiledCalendar | undefined
  const calendar = (): CompiledCalendar =>
    (compiled ??= compileCalendar(options.calendar ?? defaultVietnamCalendar()))
  const inside = (day: number): number => {
    const c = calendar()
    if (day < c.first || day > c.last) {
      throw beyondCalendarError(c, SUBJECT, ['receivedAt'], {
        value: isoDateFromDayNumber(day),
      })
    }
    return day
  }
  const levels = new Map<string, string>()
  for (const organization of options.organizations ?? []) {
    levels.set(organization.id, organization.level)
  }
  const limit = options.handlingLimitWorkingDays ?? 10
  const bounds = options.ageBuckets ?? [10, 30, 60, 90]
  const labels = bucketLabels(bounds)
  const crowdSize = options.crowdSize ?? 5
  const documentEvents = new Set<string>(options.documentEvents ?? handlingDocumentEvents)
  const deadlineOptions = {
    ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
    timeZone: zone,
  }
  /** Times the `resolve` step of a complaint or denunciation resolved in the period. */
  const countResolution = (
    state: PetitionStatsState,
    petition: PetitionStatsInput,
    days: readonly number[],
    from: number,
  ): void => {
    const asOf = isoDateFromDayNumber(days[days.length - 1] ?? 0)
    const step = petitionDeadlines(petition, { ...deadlineOptions, asOf }).find(
      (deadline) => deadline.step === 'resolve' && deadline.doneOn !== undefined,
    )
    const done = step?.doneOn === undefined ? undefined : dayNumberOfDate(step.doneOn)
    if (step === undefined || done === undefined || done < from) return
    state.resolved += 1
    if (step.status === 'met') state.resolvedOnTime += 1
    else state.resolvedLate += 1
  }

  return {
    create: () => ({
      carriedOver: 0,
      new: 0,
      people: 0,
      byKind: {},
      byChannel: {},
      byLevel: {},
      byOffice: {},
      byClassification: {},
      byStage: {},
      outcomes: {},
      forwardedTo: {},
      documents: 0,
      replies: 0,
      handled: 0,
      onTime: 0,
      late: 0,
      resolved: 0,
      resolvedOnTime: 0,
      resolvedLate: 0,
      handlingDays: {},
      open: 0,
      openByAge: {},
      crowdPetitions: 0,
      crowdPeople: 0,
      verdicts: {},
    }),
    add(state, petition) {
      checkPetition(petition)
      const received = localDay(petition.receivedAt, zone, 'receivedAt')
      if (received >= cutoff) return state
      const events: PublicPetitionEvent[] = []
      const days: number[] = []
      let settled: PublicPetitionEvent | undefined
      let settledDay = 0
      let closed = false
      for (const event of petition.history) {
        const day = localDay(event.at, zone, 'history.at')
        if (day >= cutoff) break
        events.push(event)
        days.push(day)
        if (settled === undefined && settling.has(event.type)) {
          settled = event
          settledDay = day
        }
        if (event.type === 'closed' || event.type === 'withdrawn') closed = true
      }
      // What happened in the period counts whenever the petition was received.
      const from = first ?? -Infinity
      const complaint = petition.kinds.includes('complaint')
      let resolvedInPeriod = false
      for (let index = 0; index < events.length; index++) {
        const event = events[index]
        if (event === undefined || (days[index] ?? 0) < from) continue
        if (documentEvents.has(event.type)) state.documents += 1
        if (event.type === 'reply-received') state.replies += 1
        if (event.type === 'resolved') {
          resolvedInPeriod = true
          if (complaint && event.verdict !== undefined) bump(state.verdicts, event.verdict)
        }
      }
      if (resolvedInPeriod && events.length > 0) countResolution(state, petition, days, from)

      const isNew = first === undefined || received >= first
      if (first !== undefined && !isNew && settled !== undefined && settledDay < first) return state
      if (isNew) state.new += 1
      else state.carriedOver += 1
      state.people += petition.people

      for (const kind of new Set(petition.kinds)) bump(state.byKind, kind)
      bump(state.byChannel, petition.channel)
      bump(state.byOffice, petition.receivedById)
      bump(state.byLevel, levels.get(petition.receivedById) ?? 'unknown')
      if (petition.people >= crowdSize) {
        state.crowdPetitions += 1
        state.crowdPeople += petition.people
      }
      const classified = events.find((event) => event.type === 'classified')
      bump(
        state.byClassification,
        classified === undefined
          ? 'unclassified'
          : classified.duplicateOfId !== undefined
            ? 'duplicate'
            : classified.eligible === false
              ? 'ineligible'
              : classified.eligible === true
                ? 'eligible'
                : 'unclassified',
      )
      // The public view's stage holds when no event was cut off; else replay the events kept
      // (petitionStage reads only type, eligible, duplicateOfId and competent).
      bump(
        state.byStage,
        petition.stage !== undefined && events.length === petition.history.length
          ? petition.stage
          : petitionStage({ history: events as unknown as Petition['history'] }),
      )

      if (settled !== undefined) {
        bump(state.outcomes, settled.type)
        if (settled.type === 'forwarded' && settled.forwardedToId !== undefined) {
          bump(state.forwardedTo, settled.forwardedToId)
        }
        // A withdrawal is the petitioner's act, not the office's handling: not timed.
        if (settled.type === 'withdrawn') return state
        const c = calendar()
        const took = workingDaysBetweenNumbers(c, inside(received), inside(settledDay))
        state.handled += 1
        if (took <= limit) state.onTime += 1
        else state.late += 1
        bump(state.handlingDays, String(took))
      } else if (!closed) {
        state.open += 1
        if (cutoff !== Infinity) {
          const c = calendar()
          const age = workingDaysBetweenNumbers(c, inside(received), inside(cutoff - 1))
          let bucket = bounds.findIndex((bound) => age <= bound)
          if (bucket === -1) bucket = bounds.length
          bump(state.openByAge, labels[bucket] ?? '')
        }
      }
      return state
    },
    merge(state, other) {
      state.carriedOver += other.carriedOver
      state.new += other.new
      state.people += other.people
      addCounts(state.byKind, other.byKind)
      addCounts(state.byChannel, other.byChannel)
      addCounts(state.byLevel, other.byLevel)
      addCounts(state.byOffice, other.byOffice)
      addCounts(state.byClassification, other.byClassification)
      addCounts(state.byStage, other.byStage)
      addCounts(state.outcomes, other.outcomes)
      addCounts(state.forwardedTo, other.forwardedTo)
      state.documents += other.documents
      state.replies += other.replies
      state.handled += other.handled
      state.onTime += other.onTime
      state.late += other.late
      state.resolved += other.resolved
      state.resolvedOnTime += other.resolvedOnTime
      state.resolvedLate += other.resolvedLate
      addCounts(state.handlingDays, other.handlingDays)
      state.open += other.open
      addCounts(state.openByAge, other.openByAge)
      state.crowdPetitions += other.crowdPetitions
      state.crowdPeople += other.crowdPeople
      addCounts(state.verdicts, other.verdicts)
      return state
    },
    finish(state) {
      const byAge: Record<string, number> = {}
      for (const label of labels) {
        const n = state.openByAge[label]
        if (n !== undefined) bump(byAge, label, n)
      }
      return {
        received: state.carriedOver + state.new,
        carriedOver: state.carriedOver,
        new: state.new,
        people: state.people,
        byKind: sortedCounts(state.byKind),
        byChannel: sortedCounts(state.byChannel),
        byLevel: sortedCounts(state.byLevel),
        byOffice: sortedCounts(state.byOffice),
        classification: sortedCounts(state.byClassification),
        byStage: sortedCounts(state.byStage),
        outcomes: sortedCounts(state.outcomes),
        forwardedTo: sortedCounts(state.forwardedTo),
        documents: state.documents,
        repliesReceived: state.replies,
        handled: { total: state.handled, onTime: state.onTime, late: state.late },
        resolved: {
          total: state.resolved,
          onTime: state.resolvedOnTime,
          late: state.resolvedLate,
        },
        handlingTime: {
          count: state.handled,
          median: quantileOfHistogram(state.handlingDays, 0.5),
          p90: quantileOfHistogram(state.handlingDays, 0.9),
        },
        open: { total: state.open, byAge },
        crowd: { petitions: state.crowdPetitions, people: state.crowdPeople },
        complaintVerdicts: sortedCounts(state.verdicts),
      }
    },
  }
}

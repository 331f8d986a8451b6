import {
  addCalendarDayNumbersCivil,
  addWorkingDayNumbers,
  beyondCalendarError,
  compileCalendar,
  dayNumberOfDate,
  isoDateIn,
  workingDaysBetweenNumbers,
  type CompiledCalendar,
} from '../calendar/compiledCalendar.js'
import { defaultVietnamCalendar } from '../calendar/defaultCalendar.js'
import type { HolidayCalendarInput } from '../calendar/holidayCalendar.schema.js'
import { localeOf, readStatusOptions } from '../calendar/readAsOf.js'
import { zonedDayNumber } from '../calendar/zonedDay.js'
import type { ParseOptions } from '../errors/issue.js'
import type { Petition, PetitionKind } from '../petition/petition.schema.js'
import {
  CHANNEL_BIT,
  compileRules,
  EVENT_BIT,
  KIND_BIT,
  type CompiledRule,
} from './compiledRules.js'
import type {
  DeadlineDuty,
  DeadlineRule,
  DeadlineRuleInput,
  DeadlineUnit,
} from './deadlines.schema.js'
import { readPetition } from './readPetition.js'
import { VIETNAM_DEADLINE_RULES } from './vietnamDeadlineRules.js'

/**
 * Where a step stands on the `asOf` date:
 *
 * - `not-started`: the event that starts its clock has not happened (the resolution of a
 *   complaint not yet accepted);
 * - `pending`: running, more than `dueSoonWorkingDays` working days left;
 * - `due-soon`: running, at most `dueSoonWorkingDays` working days left (0 on the due date);
 * - `met`: done on or before the due date;
 * - `missed`: past the due date — done late (`doneOn` set) or still not done.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { deadlineStatuses } from '@lienthong/core/deadlines'
 *
 * deadlineStatuses // ['not-started', 'pending', 'due-soon', 'met', 'missed']
 * ```
 */
export const deadlineStatuses = ['not-started', 'pending', 'due-soon', 'met', 'missed'] as const

/**
 * One of {@link deadlineStatuses}.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import type { DeadlineStatus } from '@lienthong/core/deadlines'
 *
 * const status: DeadlineStatus = 'due-soon'
 * ```
 */
export type DeadlineStatus = (typeof deadlineStatuses)[number]

/**
 * The deadline of one step of a petition, as {@link petitionDeadlines} computes it.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { petitionDeadlines, type PetitionDeadline } from '@lienthong/core/deadlines'
 *
 * declare const petition: unknown
 * const overdue: PetitionDeadline[] = petitionDeadlines(petition, { asOf: '2026-03-16' })
 *   .filter((deadline) => deadline.status === 'missed' && deadline.doneOn === undefined)
 * ```
 */
export interface PetitionDeadline {
  /** The rule's id, e.g. `vn-complaint-accept`. */
  readonly ruleId: string
  readonly step: string
  readonly title: string
  readonly titleVi?: string | undefined
  readonly kinds: readonly PetitionKind[]
  readonly instance?: 1 | 2 | undefined
  readonly duty: DeadlineDuty
  readonly legalBasis: string
  /** The legal basis in Vietnamese, when the rule gives it. */
  readonly legalBasisVi?: string | undefined
  /** False when the limit was not checked against the primary text. */
  readonly confirmed: boolean
  /** The rule applied (the version in force when the clock started), frozen. */
  readonly rule: DeadlineRule
  readonly status: DeadlineStatus
  /** Day of the triggering event (not counted). */
  readonly startedOn?: string | undefined
  /** Last day of the period. */
  readonly dueOn?: string | undefined
  /** The limit applied, after extensions. */
  readonly amount: number
  readonly unit: DeadlineUnit
  /** True when an extension (complexity, remote area, decision) or a new deadline applies. */
  readonly extended: boolean
  /** Day the step was done (its end event, or the filing date for the petitioner's limits). */
  readonly doneOn?: string | undefined
  /**
   * Working days from `asOf` (or from `doneOn` once done) to the due date, over `(from, due]`:
   * positive = left (or done that many early), 0 = due that day, negative = that many late.
   * Absent while not started.
   */
  readonly workingDaysLeft?: number | undefined
}

/**
 * Options of {@link petitionDeadlines}.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { vietnamWorkingCalendar } from '@lienthong/core/calendar'
 * import { VIETNAM_DEADLINE_RULES, type PetitionDeadlineOptions } from '@lienthong/core/deadlines'
 *
 * const options: PetitionDeadlineOptions = {
 *   asOf: '2026-03-16',
 *   calendar: vietnamWorkingCalendar({ from: 2025, to: 2027 }),
 *   rules: VIETNAM_DEADLINE_RULES,
 *   dueSoonWorkingDays: 2,
 * }
 * ```
 */
export interface PetitionDeadlineOptions extends ParseOptions {
  /**
   * The day to evaluate on: a `YYYY-MM-DD` date, or an instant (`Date` or ISO 8601 with an
   * offset) read as a date in `timeZone`. Events after that day are ignored.
   */
  readonly asOf: string | Date
  /** Working calendar; default Vietnam's state offices 2014–2100 with the shipped decisions. */
  readonly calendar?: HolidayCalendarInput
  /** Rule set; default {@link VIETNAM_DEADLINE_RULES}. */
  readonly rules?: readonly DeadlineRuleInput[]
  /** A running step with at most this many working days left is `due-soon`; default 3. */
  readonly dueSoonWorkingDays?: number
  /** Zone in which instants (receipt, events) are read as dates; default `Asia/Ho_Chi_Minh`. */
  readonly timeZone?: string
}

const SUBJECT = 'petitionDeadlines options'

const scratch = { bits: new Int32Array(64), times: new Float64Array(64), days: new Int32Array(64) }

function growScratch(size: number): void {
  scratch.bits = new Int32Array(size)
  scratch.times = new Float64Array(size)
  scratch.days = new Int32Array(size)
}
const EXTENDED = EVENT_BIT.get('deadline-extended') ?? 0
const FORWARDED = EVENT_BIT.get('forwarded') ?? 0

/** The petition's facts the rules look at, computed once per call. */
interface Facts {
  readonly petition: Petition
  readonly calendar: CompiledCalendar
  readonly asOf: number
  readonly dueSoon: number
  readonly receivedDay: number
  readonly learnedDay: number | undefined
  readonly notCompetent: boolean
  /** History events up to `asOf` (the first `count` entries): type bit, instant, local day. */
  readonly count: number
  readonly bits: Int32Array
  readonly times: Float64Array
  readonly days: Int32Array
  readonly locale: ParseOptions['locale']
}

function applies(version: CompiledRule, facts: Facts): boolean {
  const { rule } = version
  const petition = facts.petition
  if (rule.instance !== undefined && (petition.complaintInstance ?? 1) !== rule.instance) {
    return false
  }
  if ((version.channelMask & (CHANNEL_BIT.get(petition.channel) ?? 0)) === 0) return false
  return rule.condition !== 'not-competent' || facts.notCompetent
}

/** Start of a version's clock: day and instant, `undefined` if it has not started. */
/** Where a clock started: the day, the instant (for ordering events) and the event's index. */
interface ClockStart {
  readonly day: number
  readonly time: number
  readonly index: number
}

function startOf(version: CompiledRule, facts: Facts): ClockStart | undefined {
  const field = version.rule.start.field
  if (field === 'receivedAt') {
    return { day: facts.receivedDay, time: facts.petition.receivedAt.getTime(), index: -1 }
  }
  if (field === 'complainedDecision.learnedOn') {
    return facts.learnedDay === undefined || facts.learnedDay > facts.asOf
      ? undefined
      : { day: facts.learnedDay, time: -Infinity, index: -1 }
  }
  const { bits } = facts
  for (let index = 0; index < facts.count; index++) {
    if (bits[index] === version.startEventBit) {
      return { day: facts.days[index] ?? 0, time: facts.times[index] ?? 0, index }
    }
  }
  return undefined
}

function throwBeyond(facts: Facts, start: number, amount: number, unit: DeadlineUnit): never {
  const date = isoDateIn(facts.calendar, start)
  const params = insideCalendar(facts, start) ? { start: date, amount, unit } : { value: date }
  throw beyondCalendarError(facts.calendar, SUBJECT, ['calendar'], params, facts.locale)
}

function insideCalendar(facts: Facts, day: number): boolean {
  return day >= facts.calendar.first && day <= facts.calendar.last
}

/** Builds a result with one fixed shape (every key present), which keeps evaluation fast. */
function deadline(
  version: CompiledRule,
  status: DeadlineStatus,
  amount: number,
  extended: boolean,
  facts: Facts,
  start?: number,
  due?: number,
  done?: number,
  left?: number,
): PetitionDeadline {
  const { rule } = version
  const calendar = facts.calendar
  return {
    ruleId: rule.id,
    step: rule.step,
    title: rule.title,
    titleVi: rule.titleVi,
    kinds: rule.kinds,
    instance: rule.instance,
    duty: rule.duty,
    legalBasis: rule.legalBasis,
    legalBasisVi: rule.legalBasisVi,
    confirmed: rule.confirmed,
    rule,
    status,
    startedOn: start === undefined ? undefined : isoDateIn(calendar, start),
    dueOn: due === undefined ? undefined : isoDateIn(calendar, due),
    amount,
    unit: rule.unit,
    extended,
    doneOn: done === undefined ? undefined : isoDateIn(calendar, done),
    workingDaysLeft: left,
  }
}

function evaluate(
  version: CompiledRule,
  start: ClockStart | undefined,
  facts: Facts,
): PetitionDeadline | undefined {
  const { rule } = version
  const { bits, times, days } = facts
  if (start === undefined) {
    if (rule.start.field !== undefined) return undefined
    for (let i = 0; i < facts.count; i++) {
      if (((bits[i] ?? 0) & version.stopEventMask) !== 0) return undefined
    }
    return deadline(version, 'not-started', rule.amount, false, facts)
  }

  // The step's end, and whatever stopped it, both at or after the start.
  let end: number | undefined
  let stop: number | undefined
  let extension: number | undefined
  let newDeadline: string | undefined
  if (rule.end.field === 'receivedAt') end = facts.receivedDay
  for (let i = start.index + 1; i < facts.count; i++) {
    const bit = bits[i] ?? 0
    if ((times[i] ?? 0) < start.time) continue
    if (end === undefined && (bit & version.endEventMask) !== 0) {
      end = days[i]
      break
    }
    if (stop === undefined && (bit & version.stopEventMask) !== 0) stop = days[i]
    if (bit === EXTENDED) {
      extension = i
      newDeadline = facts.petition.history[i]?.newDeadline ?? newDeadline
    }
  }

  let amount = rule.amount
  let extended = false
  for (const option of rule.extensions) {
    if (option.amount <= amount) continue
    if (option.complexity && !option.complexity.includes(facts.petition.complexity)) continue
    if (option.remoteArea !== undefined && option.remoteArea !== facts.petition.remoteArea) continue
    if (option.byDecision && extension === undefined) continue
    amount = option.amount
    extended = true
  }

  if (!insideCalendar(facts, start.day)) throwBeyond(facts, start.day, amount, rule.unit)
  let due =
    rule.unit === 'working-days'
      ? addWorkingDayNumbers(facts.calendar, start.day, amount)
      : addCalendarDayNumbersCivil(facts.calendar, start.day, amount)
  if (due === undefined) throwBeyond(facts, start.day, amount, rule.unit)
  if (rule.extendable && newDeadline !== undefined) {
    const decided = dayNumberOfDate(newDeadline)
    if (decided !== undefined && insideCalendar(facts, decided)) {
      due = decided
      extended = true
    }
  }

  const calendar = facts.calendar
  if (end !== undefined && insideCalendar(facts, end)) {
    const left = workingDaysBetweenNumbers(calendar, end, due)
    return deadline(
      version,
      end <= due ? 'met' : 'missed',
      amount,
      extended,
      facts,
      start.day,
      due,
      end,
      left,
    )
  }
  if (stop !== undefined) {
    // Stopped (withdrawn…) before it was done: dropped if it was not yet due, missed if it was.
    if (stop <= due) return undefined
    const left = workingDaysBetweenNumbers(calendar, stop, due)
    return deadline(version, 'missed', amount, extended, facts, start.day, due, undefined, left)
  }
  const left = workingDaysBetweenNumbers(calendar, facts.asOf, due)
  const status = facts.asOf > due ? 'missed' : left <= facts.dueSoon ? 'due-soon' : 'pending'
  return deadline(version, status, amount, extended, facts, start.day, due, undefined, left)
}

/**
 * The statutory deadlines of a petition: for each step that applies to it (by kind, complaint
 * instance, channel and condition), the due date, the rule and its legal basis, and where the step
 * stands on `asOf` (see {@link deadlineStatuses}) with the working days left or late.
 *
 * How each deadline is computed:
 *
 * 1. The clock starts on the day of the rule's start event (the first such history event) or
 *    field (`receivedAt` read in `timeZone`, or `complainedDecision.learnedOn`). If the event has
 *    not happened the step is `not-started`; if a start field is missing the step does not apply.
 * 2. The rule version in force on the start day is used (on `asOf` for a step not yet started).
 * 3. The limit is `amount`, or the longest matching extension (complexity, remote area; those
 *    `byDecision` only once a `deadline-extended` event is recorded for the step).
 * 4. The start day is not counted (Civil Code 2015 Art 147). Working days skip weekly rest days,
 *    holidays and days off of `calendar`; a period in calendar days that ends on a non-working day
 *    ends on the next working day (Art 148(5)). For an `extendable` rule, the `newDeadline` of the
 *    step's last `deadline-extended` event replaces the due date.
 * 5. The step is done on the day of its first end event at or after the start (or on the filing
 *    date, for the petitioner's limits). One of the rule's `stopEvents` (`withdrawn`; for the
 *    steps after acceptance also `forwarded`, `returned`, `filed`) drops a step not done when it
 *    comes before the due date or before the step started, and leaves it `missed` when it comes
 *    after the due date.
 *
 * Events after `asOf` are ignored, so the same petition can be evaluated as of any past day; a
 * petition received after `asOf` has no deadlines yet.
 *
 * Input: a parsed petition (what `parsePetition` returns) is checked quickly and used as is; any
 * other value — JSON with ISO strings included — goes through `parsePetition`. The calendar and
 * the rule set are validated and compiled on first use and cached per object, so reuse them.
 *
 * Performance: O(rules × history) per petition with O(1) date arithmetic (prefix sums over the
 * compiled calendar, no day-by-day stepping): several million deadline evaluations per second.
 *
 * @category Deadlines
 * @param petition - A petition, parsed or in its JSON wire form.
 * @param options - `asOf` (required), `calendar`, `rules`, `dueSoonWorkingDays`, `timeZone`,
 *   `locale` (see {@link PetitionDeadlineOptions}).
 * @returns The deadlines of the steps that apply, in the order of the rule set.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for an invalid petition
 *   (subject `Petition`), calendar, rule set or option, or a deadline that falls outside the
 *   calendar (`beyond_calendar`). Never a `TypeError`.
 * @example
 * ```ts
 * import { petitionDeadlines } from '@lienthong/core/deadlines'
 *
 * const deadlines = petitionDeadlines(
 *   {
 *     id: 'd1', trackingCode: 'HN-2026-000123', kinds: ['complaint'], channel: 'online-portal',
 *     receivedAt: '2026-02-11T09:30:00+07:00', receivedById: 'vp-ubnd', anonymous: true,
 *     subject: 'Khiếu nại quyết định thu hồi đất', content: 'Tôi không đồng ý với mức bồi thường.',
 *     history: [{ type: 'accepted', at: '2026-03-02T10:00:00+07:00' }],
 *   },
 *   { asOf: '2026-03-20' },
 * )
 * deadlines.map((d) => [d.step, d.dueOn, d.status])
 * // [['accept', '2026-03-04', 'met'], ['resolve', '2026-04-01', 'pending'],
 * //  ['send-decision', undefined, 'not-started'], ['process', '2026-03-04', 'met']]
 * ```
 */
export function petitionDeadlines(
  petition: unknown,
  options: PetitionDeadlineOptions,
): PetitionDeadline[] {
  // Callers without types may pass anything: the options are read defensively.
  const locale = localeOf(options)
  const parseOptions: ParseOptions = locale === undefined ? {} : { locale }
  const status = readStatusOptions(options, SUBJECT, parseOptions)
  const calendar = compileCalendar(options.calendar ?? defaultVietnamCalendar(), parseOptions)
  const rules = compileRules(options.rules ?? VIETNAM_DEADLINE_RULES, parseOptions)
  const parsed = readPetition(petition, parseOptions)

  const zone = status.timeZone
  const receivedDay = zonedDayNumber(parsed.receivedAt, zone)
  if (receivedDay > status.asOf) return []
  // Scratch buffers reused across calls (nothing else runs while one call evaluates).
  const events = parsed.history
  if (events.length > scratch.days.length) growScratch(events.length)
  const { bits, times, days } = scratch
  let count = 0
  let notCompetent = parsed.outcome === 'forwarded'
  for (const event of events) {
    const day = zonedDayNumber(event.at, zone)
    if (day > status.asOf) break
    const bit = EVENT_BIT.get(event.type) ?? 0
    bits[count] = bit
    times[count] = event.at.getTime()
    days[count] = day
    count += 1
    if (bit === FORWARDED || event.competent === false) notCompetent = true
  }
  const learnedOn = parsed.complainedDecision?.learnedOn
  const facts: Facts = {
    petition: parsed,
    calendar,
    asOf: status.asOf,
    dueSoon: status.dueSoonWorkingDays,
    receivedDay,
    learnedDay: learnedOn === undefined ? undefined : dayNumberOfDate(learnedOn),
    notCompetent,
    count,
    bits,
    times,
    days,
    locale,
  }
  if (!insideCalendar(facts, status.asOf)) {
    throw beyondCalendarError(
      calendar,
      SUBJECT,
      ['asOf'],
      { value: isoDateIn(calendar, status.asOf) },
      locale,
    )
  }

  const kindMask = parsed.kinds.reduce((mask, kind) => mask | (KIND_BIT.get(kind) ?? 0), 0)
  const result: PetitionDeadline[] = []
  for (const group of rules.groups) {
    if ((group.kindMask & kindMask) === 0) continue
    // The version in force on the day its clock started (on `asOf` if not started).
    for (const version of group.versions) {
      const start = startOf(version, facts)
      const day = start?.day ?? facts.asOf
      if (day < version.from || day > version.until) continue
      if (applies(version, facts)) {
        const found = evaluate(version, start, facts)
        if (found) result.push(found)
      }
      break
    }
  }
  return result
}

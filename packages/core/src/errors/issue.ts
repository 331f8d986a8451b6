/**
 * Languages in which lienthong's error messages are written.
 *
 * @category Errors
 * @example
 * ```ts
 * import { parseOrganization, type MessageLocale } from '@lienthong/core'
 *
 * const locale: MessageLocale = 'vi'
 * parseOrganization({ id: 'ubnd', name: 'UBND', kind: 'peoples-committee', level: 'province' }, { locale })
 * ```
 */
export type MessageLocale = 'en' | 'vi'

/**
 * Machine-readable kinds of issue. The first group mirrors JSON-shape problems; the rest are
 * lienthong's own domain rules. Translate by code, not by message text.
 *
 * @category Errors
 * @example
 * ```ts
 * import { safeParseMeeting, type IssueCode } from '@lienthong/core'
 *
 * const result = safeParseMeeting({ timeZone: 'Mars/Olympus' })
 * const codes: IssueCode[] = result.ok ? [] : result.error.issueCodes
 * // codes includes 'invalid_time_zone'
 * ```
 */
export type IssueCode =
  | 'required'
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'too_small'
  | 'too_big'
  | 'not_multiple_of'
  | 'unrecognized_keys'
  | 'invalid_union'
  | 'invalid_key'
  | 'invalid_time_zone'
  | 'invalid_clock_time'
  | 'end_before_start'
  | 'duplicate_value'
  | 'missing_name'
  | 'invalid_period'
  | 'invalid_recurrence'
  | 'invalid_document_symbol'
  | 'invalid'
  | 'date_out_of_range'
  | 'nonexistent_date'
  | 'leap_month_not_in_year'
  | 'day_not_in_month'
  | 'beyond_calendar'
  | 'invalid_transition'
  | 'event_out_of_order'
  | 'already_forwarded'
  | 'anonymous_denunciation'
  | 'crowd_representatives'
  | 'invalid_ics'

/**
 * One problem found in outside data.
 *
 * @category Errors
 * @example
 * ```ts
 * import { safeParseVenue, type LienthongIssue } from '@lienthong/core'
 *
 * const result = safeParseVenue({ id: 'v1', name: 'Phòng họp 1', kind: 'room', capacity: 'many' })
 * const issue: LienthongIssue | undefined = result.ok ? undefined : result.error.issues[0]
 * // issue.path → ['capacity'], issue.expected → 'number', issue.received → 'string'
 * ```
 */
export interface LienthongIssue {
  /** What is wrong, as a stable code. */
  readonly code: IssueCode
  /** Where: object keys and array indexes from the root of the input. */
  readonly path: readonly (string | number)[]
  /** A readable sentence in the locale asked for (English by default). */
  readonly message: string
  /** What was expected, e.g. `string`, `'planned' | 'held'`, `a date YYYY-MM-DD`. */
  readonly expected?: string
  /** What was received, described by type (never the personal data itself). */
  readonly received?: string
  /** Values used to build the message (limits, allowed values, …) for re-translation. */
  readonly params?: Readonly<Record<string, unknown>>
}

/**
 * The result of a `safeParseX` function: the value, or the error that `parseX` would throw.
 *
 * @category Errors
 * @example
 * ```ts
 * import { safeParsePerson, type SafeParseResult, type Person } from '@lienthong/core'
 *
 * const result: SafeParseResult<Person> = safeParsePerson({ id: 'p1', name: 'Nguyễn Văn A' })
 * if (result.ok) console.log(result.value.name)
 * else console.log(result.error.format('vi'))
 * ```
 */
export type SafeParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: import('./LienthongError.js').LienthongError }

/**
 * Options accepted by every `parseX` / `safeParseX` function.
 *
 * @category Errors
 * @example
 * ```ts
 * import { safeParseVenue, type ParseOptions } from '@lienthong/core'
 *
 * const options: ParseOptions = { locale: 'vi' }
 * safeParseVenue({}, options)
 * ```
 */
export interface ParseOptions {
  /** Language of the messages; default `'en'`. */
  readonly locale?: MessageLocale
}

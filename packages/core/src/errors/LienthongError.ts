import { formatIssueMessage } from './formatIssueMessage.js'
import type { IssueCode, LienthongIssue, MessageLocale } from './issue.js'
import { formatPath } from './formatPath.js'

/**
 * What kind of failure a {@link LienthongError} reports.
 *
 * - `invalid_input`: outside data did not match a model (see `issues`).
 * - `invalid_document_symbol`: a document symbol such as `156/QĐ-UBND` could not be read.
 * - `invalid_transition`: a petition's processing event was refused (wrong stage, back in time,
 *   or against the law, see `applyPetitionEvent`).
 *
 * @category Errors
 * @example
 * ```ts
 * import { safeParseMeeting, type ErrorCode } from '@lienthong/core'
 *
 * const result = safeParseMeeting({})
 * const code: ErrorCode | undefined = result.ok ? undefined : result.error.code
 * // code === 'invalid_input'
 * ```
 */
export type ErrorCode = 'invalid_input' | 'invalid_document_symbol' | 'invalid_transition'

/**
 * The one error type lienthong throws for bad input. It carries data, not just text: a `code`,
 * the `issues` found (each with its own code, `path` and message), and the `path` of the first
 * issue. `format(locale)` renders the issues again in another language.
 *
 * @category Errors
 * @example
 * ```ts
 * import { parseVenue, LienthongError } from '@lienthong/core'
 *
 * try {
 *   parseVenue({ id: 'v1', name: 'Hội trường', kind: 'hall', capacity: -5 })
 * } catch (error) {
 *   if (error instanceof LienthongError) {
 *     error.issues[0]?.path // ['capacity']
 *     error.format('vi') // 'capacity: phải lớn hơn hoặc bằng 0'
 *   }
 * }
 * ```
 */
export class LienthongError extends Error {
  override readonly name = 'LienthongError'
  /** What kind of failure this is. */
  readonly code: ErrorCode
  /** Every problem found, in input order; never empty. */
  readonly issues: readonly LienthongIssue[]
  /** Path of the first issue (`[]` for the input as a whole). */
  readonly path: readonly (string | number)[]
  /** Which model or operation failed, e.g. `Meeting`. */
  readonly subject: string

  constructor(options: {
    code: ErrorCode
    subject: string
    issues: readonly LienthongIssue[]
    locale?: MessageLocale
  }) {
    super(summarize(options.subject, options.issues, options.locale ?? 'en'))
    this.code = options.code
    this.subject = options.subject
    this.issues = options.issues
    this.path = options.issues[0]?.path ?? []
  }

  /**
   * Renders every issue in `locale`, one per line, each prefixed with its path.
   *
   * @param locale - `'en'` or `'vi'`.
   * @returns The messages joined by newlines.
   */
  format(locale: MessageLocale = 'en'): string {
    return this.issues.map((issue) => formatIssueLine(issue, locale)).join('\n')
  }

  /** The codes of the issues, handy for tests and for picking translations. */
  get issueCodes(): IssueCode[] {
    return this.issues.map((issue) => issue.code)
  }
}

function formatIssueLine(issue: LienthongIssue, locale: MessageLocale): string {
  const where = formatPath(issue.path)
  const message = formatIssueMessage(issue, locale)
  return where === '' ? message : `${where}: ${message}`
}

function summarize(
  subject: string,
  issues: readonly LienthongIssue[],
  locale: MessageLocale,
): string {
  const lines = issues.map((issue) => formatIssueLine(issue, locale))
  const head =
    locale === 'vi'
      ? `${subject} không hợp lệ (${issues.length} lỗi)`
      : `Invalid ${subject} (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'})`
  return `${head}:\n${lines.map((line) => `  - ${line}`).join('\n')}`
}

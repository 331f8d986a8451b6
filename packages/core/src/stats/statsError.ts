// Internal: the errors of the statistics area.
import { LienthongError } from '../errors/LienthongError.js'
import { formatIssueMessage } from '../errors/formatIssueMessage.js'
import type { IssueCode, MessageLocale } from '../errors/issue.js'

/** A LienthongError (`invalid_input`) with one issue. */
export function statsError(
  subject: string,
  code: IssueCode,
  path: (string | number)[],
  params: Record<string, unknown>,
  locale: MessageLocale = 'en',
): LienthongError {
  const issue = { code, path, params, message: formatIssueMessage({ code, params }, locale) }
  return new LienthongError({ code: 'invalid_input', subject, issues: [issue], locale })
}

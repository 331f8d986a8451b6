import type { IssueCode, MessageLocale } from './issue.js'
import { issueMessages } from './messages.js'

/**
 * Renders one issue as a sentence in `locale`, from its code and params (not from its stored
 * message), so an error caught in English can be shown to a citizen in Vietnamese.
 *
 * @category Errors
 * @param issue - The issue, or just its `code` and `params`.
 * @param locale - `'en'` (default) or `'vi'`.
 * @returns The message without the path.
 * @example
 * ```ts
 * import { formatIssueMessage } from '@lienthong/core'
 *
 * formatIssueMessage({ code: 'required' }, 'vi') // 'là bắt buộc'
 * ```
 */
export function formatIssueMessage(
  issue: { readonly code: IssueCode; readonly params?: Readonly<Record<string, unknown>> },
  locale: MessageLocale = 'en',
): string {
  const catalog = issueMessages[locale]
  return catalog[issue.code](issue.params ?? {})
}

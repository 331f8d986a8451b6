import type { MessageLocale } from '../errors/issue.js'
import { conflictMessages } from './conflictMessages.js'
import type { ConflictMessageCode } from './conflicts.schema.js'

/**
 * Renders a conflict as a sentence in `locale` from its `messageCode` and `params` (not from its
 * stored `message`), so conflicts found in English can be shown in Vietnamese. Widgets with
 * their own catalogs translate by `messageCode` the same way.
 *
 * @category Conflicts
 * @param conflict - A conflict, or just its `messageCode` and `params`.
 * @param locale - `'en'` (default) or `'vi'`.
 * @returns The sentence.
 * @example
 * ```ts
 * import { formatConflictMessage } from '@lienthong/core/conflicts'
 *
 * formatConflictMessage(
 *   { messageCode: 'holiday', params: { title: 'Giao ban tuần', date: '2026-09-02' } },
 *   'vi',
 * ) // '“Giao ban tuần” rơi vào ngày nghỉ lễ 02/09/2026'
 * ```
 */
export function formatConflictMessage(
  conflict: {
    readonly messageCode: ConflictMessageCode
    readonly params?: Readonly<Record<string, string | number>>
  },
  locale: MessageLocale = 'en',
): string {
  return conflictMessages[locale][conflict.messageCode](conflict.params ?? {})
}

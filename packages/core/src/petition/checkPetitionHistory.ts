import type { LienthongIssue } from '../errors/issue.js'
import { transitionIssues, type ApplyPetitionEventOptions } from './applyPetitionEvent.js'
import type { Petition } from './petition.schema.js'
import { petitionRules } from './petitionRules.js'

/**
 * Replays a petition's history through the lifecycle, as if each event had been recorded with
 * {@link applyPetitionEvent}, and reports the first event the lifecycle or the law would have
 * refused. Use it on histories that come from another system.
 *
 * Performance: O(n²) in the number of events n (each step derives the stage again); histories
 * hold at most 1,000 events.
 *
 * @category Petition
 * @param petition - A parsed petition.
 * @param options - `locale` of the messages and the `rules` to enforce.
 * @returns The issues of the first refused event, with paths from the petition
 *   (`['history', 3, 'type']`); empty when the whole history is allowed.
 * @example
 * ```ts
 * import { checkPetitionHistory, parsePetition } from '@lienthong/core/petition'
 *
 * const petition = parsePetition({
 *   id: 'd1', trackingCode: 'K7M4-X9QP-R2Y', kinds: ['reflection'], channel: 'hotline',
 *   receivedAt: '2026-03-02T10:15:00+07:00', receivedById: 'vp-ubnd', anonymous: true,
 *   subject: 'Phản ánh rác thải', content: 'Rác tồn đọng ở ngõ 12.',
 *   history: [{ type: 'closed', at: '2026-03-03T08:00:00+07:00' }],
 * })
 * checkPetitionHistory(petition)[0]?.path // ['history', 0, 'type']
 * ```
 */
export function checkPetitionHistory(
  petition: Petition,
  options: ApplyPetitionEventOptions = {},
): LienthongIssue[] {
  const rules = options.rules ?? petitionRules
  const locale = options.locale ?? 'en'
  for (let index = 0; index < petition.history.length; index++) {
    const event = petition.history[index]
    if (event === undefined) continue
    const before: Petition = { ...petition, history: petition.history.slice(0, index) }
    const issues = transitionIssues(before, event, rules, locale)
    if (issues.length > 0) {
      return issues.map((issue) => ({ ...issue, path: ['history', index, ...issue.path] }))
    }
  }
  return []
}

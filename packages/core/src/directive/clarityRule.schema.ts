import * as z from 'zod/mini'
import { addIssue, textSchema } from '../_lib/primitives.js'

/**
 * What the "5 clear" rule (5 rõ) asks of an assigned task — clear content (`content`), clear
 * people (`people`: the lead unit), clear leader in charge (`leader`), clear deadline
 * (`deadline`), clear product (`product`) — plus clear authority (`authority`) in the provinces
 * that use "6 clear".
 *
 * @category Directive
 * @example
 * ```ts
 * import { clarityCriteria } from '@lienthong/core/directive'
 *
 * clarityCriteria // ['content', 'people', 'leader', 'deadline', 'product', 'authority']
 * ```
 */
export const clarityCriteria = [
  'content',
  'people',
  'leader',
  'deadline',
  'product',
  'authority',
] as const

const phrases = (max: number) =>
  z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))).check(z.maxLength(max))

/**
 * A "clear" rule as data: which criteria it checks and when a present value is still too vague.
 * Text is compared after normalising (Unicode NFC, lower case, spaces collapsed, surrounding
 * punctuation removed); words are whitespace-separated tokens, so each Vietnamese syllable counts
 * ("báo cáo" is 2 words).
 *
 * - `content` is vague when it has fewer than `minContentWords` words, or is one of
 *   `vagueContents` ("triển khai thực hiện", "thực hiện theo quy định": what to do is not said).
 * - `people` is missing without a lead unit, vague when the lead unit is one of `vagueUnitIds`
 *   (placeholders such as "các sở, ngành") or is also listed as a coordinating unit.
 * - `product` is vague when it has fewer than `minProductWords` words or is one of
 *   `vagueProducts` — a document type alone ("báo cáo", "kế hoạch") says what kind of paper, not
 *   what it must contain; "Báo cáo kết quả rà soát" is clear.
 * - `authority` is vague when it is one of `vagueAuthorities` ("theo quy định").
 * - `leader` and `deadline` can only be missing: an id and a date are never vague.
 *
 * @category Directive
 * @example
 * ```ts
 * import { clarityRuleSchema, FIVE_CLEAR_RULE } from '@lienthong/core/directive'
 *
 * const strict = clarityRuleSchema.parse({ ...FIVE_CLEAR_RULE, minContentWords: 8 })
 * ```
 */
export const clarityRuleSchema = z.object({
  name: textSchema(100),
  criteria: z.array(z.enum(clarityCriteria)).check(
    z.minLength(1),
    z.maxLength(6),
    z.superRefine((criteria, ctx) => {
      criteria.forEach((criterion, index) => {
        if (criteria.indexOf(criterion) !== index)
          addIssue(ctx, 'duplicate_value', [index], { value: criterion })
      })
    }),
    z.meta({ description: 'The criteria checked, each once.', uniqueItems: true }),
  ),
  minContentWords: z._default(z.int().check(z.gte(1), z.lte(100)), 5),
  vagueContents: z._default(phrases(500), []),
  minProductWords: z._default(z.int().check(z.gte(1), z.lte(50)), 2),
  vagueProducts: z._default(phrases(500), []),
  vagueAuthorities: z._default(phrases(500), []),
  vagueUnitIds: z._default(
    z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))).check(z.maxLength(500)),
    [],
  ),
})

const VAGUE_CONTENTS = [
  'triển khai thực hiện',
  'tổ chức thực hiện',
  'tổ chức triển khai thực hiện',
  'triển khai thực hiện theo quy định',
  'thực hiện theo quy định',
  'thực hiện theo chức năng nhiệm vụ',
  'thực hiện theo chức năng, nhiệm vụ được giao',
  'theo chức năng, nhiệm vụ được giao',
  'chủ động triển khai thực hiện',
  'khẩn trương triển khai thực hiện',
  'implement as required',
  'implement according to regulations',
  'follow up as appropriate',
]

const VAGUE_PRODUCTS = [
  'báo cáo',
  'văn bản',
  'kế hoạch',
  'tờ trình',
  'công văn',
  'đề án',
  'quyết định',
  'kết quả',
  'sản phẩm',
  'hoàn thành',
  'báo cáo kết quả',
  'kết quả thực hiện',
  'báo cáo kết quả thực hiện',
  'report',
  'document',
  'plan',
  'result',
  'results',
  'done',
]

const VAGUE_AUTHORITIES = [
  'theo quy định',
  'theo thẩm quyền',
  'theo quy định của pháp luật',
  'according to regulations',
  'as authorised',
]

/**
 * The "5 clear" rule (seed report 003): clear content, people (lead unit), leader in charge,
 * deadline and product, with the vagueness thresholds documented on {@link clarityRuleSchema}:
 * content of at least 5 words that is not a stock phrase, a product that says more than a
 * document type.
 *
 * @category Directive
 * @example
 * ```ts
 * import { FIVE_CLEAR_RULE } from '@lienthong/core/directive'
 *
 * FIVE_CLEAR_RULE.criteria // ['content', 'people', 'leader', 'deadline', 'product']
 * ```
 */
export const FIVE_CLEAR_RULE = {
  name: '5 clear',
  criteria: ['content', 'people', 'leader', 'deadline', 'product'],
  minContentWords: 5,
  vagueContents: VAGUE_CONTENTS,
  minProductWords: 2,
  vagueProducts: VAGUE_PRODUCTS,
  vagueAuthorities: VAGUE_AUTHORITIES,
  vagueUnitIds: [],
} as const satisfies z.input<typeof clarityRuleSchema>

/**
 * The "6 clear" variant some provinces use: {@link FIVE_CLEAR_RULE} plus clear authority (who
 * decides, on what power).
 *
 * @category Directive
 * @example
 * ```ts
 * import { SIX_CLEAR_RULE } from '@lienthong/core/directive'
 *
 * SIX_CLEAR_RULE.criteria.includes('authority') // true
 * ```
 */
export const SIX_CLEAR_RULE = {
  ...FIVE_CLEAR_RULE,
  name: '6 clear',
  criteria: ['content', 'people', 'leader', 'deadline', 'product', 'authority'],
} as const satisfies z.input<typeof clarityRuleSchema>

/**
 * One of {@link clarityCriteria}.
 *
 * @category Directive
 * @example
 * ```ts
 * import type { ClarityCriterion } from '@lienthong/core/directive'
 *
 * const criterion: ClarityCriterion = 'product'
 * ```
 */
export type ClarityCriterion = (typeof clarityCriteria)[number]
/**
 * A parsed clarity rule: what {@link clarityRuleSchema} returns.
 *
 * @category Directive
 * @example
 * ```ts
 * import { clarityRuleSchema, SIX_CLEAR_RULE, type ClarityRule } from '@lienthong/core/directive'
 *
 * const rule: ClarityRule = clarityRuleSchema.parse(SIX_CLEAR_RULE)
 * ```
 */
export type ClarityRule = z.output<typeof clarityRuleSchema>
/**
 * The JSON form of a {@link ClarityRule}: thresholds and lists may be left out.
 *
 * @category Directive
 * @example
 * ```ts
 * import type { ClarityRuleInput } from '@lienthong/core/directive'
 *
 * const minimal: ClarityRuleInput = { name: 'Deadline and lead only', criteria: ['people', 'deadline'] }
 * ```
 */
export type ClarityRuleInput = z.input<typeof clarityRuleSchema>

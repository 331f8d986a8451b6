import { createParsers } from '../_lib/createParsers.js'
import type { MessageLocale, ParseOptions } from '../errors/issue.js'
import {
  clarityRuleSchema,
  FIVE_CLEAR_RULE,
  type ClarityCriterion,
  type ClarityRule,
  type ClarityRuleInput,
} from './clarityRule.schema.js'
import type { Task } from './directive.schema.js'
import { readTask } from './readTask.js'

/**
 * Why a criterion is not clear.
 *
 * - `missing`: the field is empty;
 * - `content-too-short`, `content-generic`: the content is under the word minimum, or a stock
 *   phrase;
 * - `lead-unit-generic`, `lead-unit-also-coordinating`: the lead unit is a placeholder, or is
 *   listed among the coordinating units too;
 * - `product-too-short`, `product-generic`: the product is under the word minimum, or a document
 *   type alone;
 * - `authority-generic`: "according to regulations".
 *
 * @category Directive
 * @example
 * ```ts
 * import { clarityProblems } from '@lienthong/core/directive'
 *
 * clarityProblems.includes('product-generic') // true
 * ```
 */
export const clarityProblems = [
  'missing',
  'content-too-short',
  'content-generic',
  'lead-unit-generic',
  'lead-unit-also-coordinating',
  'product-too-short',
  'product-generic',
  'authority-generic',
] as const

/**
 * One of {@link clarityProblems}.
 *
 * @category Directive
 * @example
 * ```ts
 * import type { ClarityProblem } from '@lienthong/core/directive'
 *
 * const problem: ClarityProblem = 'missing'
 * ```
 */
export type ClarityProblem = (typeof clarityProblems)[number]

/**
 * A criterion that is missing or vague, with a sentence saying why.
 *
 * @category Directive
 * @example
 * ```ts
 * import { checkFiveClear, type ClarityFinding } from '@lienthong/core/directive'
 *
 * const findings: readonly ClarityFinding[] = checkFiveClear({ id: 't1', content: 'Báo cáo' }).findings
 * ```
 */
export interface ClarityFinding {
  readonly criterion: ClarityCriterion
  readonly status: 'missing' | 'vague'
  readonly problem: ClarityProblem
  /** The explanation, in the locale asked for. */
  readonly message: string
}

/**
 * What {@link checkFiveClear} returns.
 *
 * @category Directive
 * @example
 * ```ts
 * import { checkFiveClear, type FiveClearResult } from '@lienthong/core/directive'
 *
 * const result: FiveClearResult = checkFiveClear({ id: 't1', content: 'Báo cáo' })
 * result.clear // false
 * ```
 */
export interface FiveClearResult {
  /** The rule's name, e.g. `5 clear`. */
  readonly rule: string
  /** True when every criterion of the rule is present and clear. */
  readonly clear: boolean
  readonly missing: readonly ClarityCriterion[]
  readonly vague: readonly ClarityCriterion[]
  /** One entry per criterion not clear, in the rule's order. */
  readonly findings: readonly ClarityFinding[]
}

/**
 * Options of {@link checkFiveClear}.
 *
 * @category Directive
 * @example
 * ```ts
 * import { SIX_CLEAR_RULE, type FiveClearOptions } from '@lienthong/core/directive'
 *
 * const options: FiveClearOptions = { rule: SIX_CLEAR_RULE, locale: 'vi' }
 * ```
 */
export interface FiveClearOptions extends ParseOptions {
  /** The rule; default {@link FIVE_CLEAR_RULE}. */
  readonly rule?: ClarityRuleInput
}

const ruleParsers = createParsers('ClarityRule', clarityRuleSchema)
const parsedRules = new WeakMap<object, ClarityRule>()

function readRule(rule: ClarityRuleInput, options: ParseOptions): ClarityRule {
  const key = typeof rule === 'object' && (rule as object | null) !== null ? rule : undefined
  const hit = key && parsedRules.get(key)
  if (hit) return hit
  const parsed = ruleParsers.parse(rule, options)
  if (key) parsedRules.set(key, parsed)
  return parsed
}

/** NFC, lower case, single spaces, no punctuation around. */
function normalize(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
}

function wordCount(text: string): number {
  return normalize(text)
    .split(' ')
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

function isOneOf(text: string, phrases: readonly string[]): boolean {
  const normalized = normalize(text)
  return phrases.some((phrase) => normalize(phrase) === normalized)
}

const messages: Record<
  MessageLocale,
  Record<ClarityProblem, (p: Record<string, string | number>) => string>
> = {
  en: {
    missing: (p) => `no ${String(p.what)}`,
    'content-too-short': (p) =>
      `the content has ${String(p.count)} words; at least ${String(p.minimum)} say what is to be done`,
    'content-generic': () => 'the content is a stock phrase that does not say what is to be done',
    'lead-unit-generic': () => 'the lead unit is a placeholder, not one unit',
    'lead-unit-also-coordinating': () =>
      'the lead unit is also listed as a coordinating unit, so who leads is unclear',
    'product-too-short': (p) =>
      `the product has ${String(p.count)} word(s); at least ${String(p.minimum)} say what must be delivered`,
    'product-generic': () =>
      'the product names a kind of document only; say what it must contain (e.g. "Báo cáo kết quả rà soát")',
    'authority-generic': () => 'the authority only says "according to regulations"',
  },
  vi: {
    missing: (p) => `chưa có ${String(p.whatVi)}`,
    'content-too-short': (p) =>
      `nội dung chỉ có ${String(p.count)} từ; cần ít nhất ${String(p.minimum)} từ nói rõ việc phải làm`,
    'content-generic': () => 'nội dung là cụm từ chung chung, không nói rõ việc phải làm',
    'lead-unit-generic': () => 'đơn vị chủ trì chưa cụ thể (không phải một đơn vị)',
    'lead-unit-also-coordinating': () =>
      'đơn vị chủ trì cũng có tên trong đơn vị phối hợp nên chưa rõ ai chủ trì',
    'product-too-short': (p) =>
      `sản phẩm chỉ có ${String(p.count)} từ; cần ít nhất ${String(p.minimum)} từ nói rõ sản phẩm`,
    'product-generic': () =>
      'sản phẩm chỉ nêu loại văn bản; cần nêu rõ nội dung (ví dụ "Báo cáo kết quả rà soát")',
    'authority-generic': () => 'thẩm quyền chỉ ghi "theo quy định"',
  },
}

const names: Record<ClarityCriterion, [string, string]> = {
  content: ['content of work', 'nội dung công việc'],
  people: ['lead unit', 'đơn vị chủ trì'],
  leader: ['leader in charge', 'lãnh đạo phụ trách'],
  deadline: ['deadline', 'thời hạn hoàn thành'],
  product: ['product', 'sản phẩm'],
  authority: ['authority', 'thẩm quyền'],
}

function findProblem(
  criterion: ClarityCriterion,
  task: Task,
  rule: ClarityRule,
): { problem: ClarityProblem; params?: Record<string, number> } | undefined {
  switch (criterion) {
    case 'content': {
      if (isOneOf(task.content, rule.vagueContents)) return { problem: 'content-generic' }
      const count = wordCount(task.content)
      return count < rule.minContentWords
        ? { problem: 'content-too-short', params: { count, minimum: rule.minContentWords } }
        : undefined
    }
    case 'people':
      if (task.leadUnitId === undefined) return { problem: 'missing' }
      if (rule.vagueUnitIds.includes(task.leadUnitId)) return { problem: 'lead-unit-generic' }
      return task.coordinatingUnitIds.includes(task.leadUnitId)
        ? { problem: 'lead-unit-also-coordinating' }
        : undefined
    case 'leader':
      return task.leaderInChargeId === undefined ? { problem: 'missing' } : undefined
    case 'deadline':
      return task.deadline === undefined && task.extensions.length === 0
        ? { problem: 'missing' }
        : undefined
    case 'product': {
      if (task.product === undefined) return { problem: 'missing' }
      if (isOneOf(task.product, rule.vagueProducts)) return { problem: 'product-generic' }
      const count = wordCount(task.product)
      return count < rule.minProductWords
        ? { problem: 'product-too-short', params: { count, minimum: rule.minProductWords } }
        : undefined
    }
    case 'authority':
      if (task.authority === undefined) return { problem: 'missing' }
      return isOneOf(task.authority, rule.vagueAuthorities)
        ? { problem: 'authority-generic' }
        : undefined
  }
}

/**
 * Checks a task against the "5 clear" rule (or another clarity rule, such as
 * {@link SIX_CLEAR_RULE}): which criteria are missing, and which are present but too vague to act
 * on (see {@link clarityRuleSchema} for what counts as vague). Content is always present (the task
 * schema requires it), so it can only be vague.
 *
 * @category Directive
 * @param task - A task, parsed or in its JSON wire form.
 * @param options - `rule` (default {@link FIVE_CLEAR_RULE}) and `locale` of the messages and errors.
 * @returns Whether the task is clear, the missing and vague criteria, and one finding (with a
 *   message) per criterion not clear.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for an invalid task or rule.
 * @example
 * ```ts
 * import { checkFiveClear } from '@lienthong/core/directive'
 *
 * const result = checkFiveClear({
 *   id: 't1', content: 'Triển khai thực hiện', leadUnitId: 'so-tc', deadline: '2026-06-30', product: 'Báo cáo',
 * })
 * result.missing // ['leader']
 * result.vague // ['content', 'product']
 * result.findings[2]?.message
 * // 'the product names a kind of document only; say what it must contain (e.g. "Báo cáo kết quả rà soát")'
 * ```
 */
export function checkFiveClear(task: unknown, options: FiveClearOptions = {}): FiveClearResult {
  const parseOptions: ParseOptions = options.locale === undefined ? {} : { locale: options.locale }
  const rule = readRule(options.rule ?? FIVE_CLEAR_RULE, parseOptions)
  const parsed = readTask(task, 'Task', [], parseOptions)
  const locale = options.locale ?? 'en'
  const findings: ClarityFinding[] = []
  for (const criterion of rule.criteria) {
    const found = findProblem(criterion, parsed, rule)
    if (!found) continue
    const [what, whatVi] = names[criterion]
    findings.push({
      criterion,
      status: found.problem === 'missing' ? 'missing' : 'vague',
      problem: found.problem,
      message: messages[locale][found.problem]({ what, whatVi, ...found.params }),
    })
  }
  return {
    rule: rule.name,
    clear: findings.length === 0,
    missing: findings.filter((f) => f.status === 'missing').map((f) => f.criterion),
    vague: findings.filter((f) => f.status === 'vague').map((f) => f.criterion),
    findings,
  }
}

import type { core } from 'zod/mini'
import type { IssueCode, LienthongIssue, MessageLocale } from '../errors/issue.js'
import { formatIssueMessage } from '../errors/formatIssueMessage.js'

type ZodIssue = core.$ZodIssue
type Path = (string | number)[]

/**
 * Describes a received value by its type only: messages must never echo personal data. Never
 * throws, even on a hostile object (a revoked proxy, a proxy whose traps throw).
 */
export function describeType(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan'
  try {
    if (Array.isArray(value)) return 'array'
    if (value instanceof Date) return 'date'
  } catch {
    // `Array.isArray` throws on a revoked proxy, `instanceof` when a getPrototypeOf trap throws.
  }
  return typeof value
}

function toPath(path: readonly PropertyKey[]): Path {
  return path.map((key) => (typeof key === 'symbol' ? String(key) : key))
}

function toIssue(
  code: IssueCode,
  path: Path,
  params: Record<string, unknown>,
  locale: MessageLocale,
  extra: { expected?: string; received?: string } = {},
): LienthongIssue {
  const issue: LienthongIssue = {
    code,
    path,
    params,
    message: formatIssueMessage({ code, params }, locale),
    ...(extra.expected === undefined ? {} : { expected: extra.expected }),
    ...(extra.received === undefined ? {} : { received: extra.received }),
  }
  return issue
}

function convertOne(issue: ZodIssue, basePath: Path, locale: MessageLocale): LienthongIssue[] {
  const path = [...basePath, ...toPath(issue.path)]
  const received = 'input' in issue ? describeType(issue.input) : undefined
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined)
        return [toIssue('required', path, {}, locale, { expected: issue.expected })]
      const params = { expected: issue.expected, received }
      return [
        toIssue(
          'invalid_type',
          path,
          params,
          locale,
          withReceived({ expected: issue.expected }, received),
        ),
      ]
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => (typeof v === 'bigint' ? String(v) : v))
      const expected = values.map((v) => JSON.stringify(v)).join(' | ')
      return [
        toIssue('invalid_value', path, { values }, locale, withReceived({ expected }, received)),
      ]
    }
    case 'invalid_format': {
      const format =
        issue.format === 'datetime' || issue.format === 'date' || issue.format === 'time'
          ? issue.format
          : issue.format
      return [
        toIssue(
          'invalid_format',
          path,
          { format },
          locale,
          withReceived({ expected: format }, received),
        ),
      ]
    }
    case 'too_small':
      return [
        toIssue(
          'too_small',
          path,
          {
            minimum: Number(issue.minimum),
            inclusive: issue.inclusive ?? true,
            origin: issue.origin,
          },
          locale,
          withReceived({}, received),
        ),
      ]
    case 'too_big':
      return [
        toIssue(
          'too_big',
          path,
          {
            maximum: Number(issue.maximum),
            inclusive: issue.inclusive ?? true,
            origin: issue.origin,
          },
          locale,
          withReceived({}, received),
        ),
      ]
    case 'not_multiple_of':
      return [toIssue('not_multiple_of', path, { divisor: issue.divisor }, locale)]
    case 'unrecognized_keys':
      return [toIssue('unrecognized_keys', path, { keys: issue.keys }, locale)]
    case 'invalid_union':
      return [toIssue('invalid_union', path, {}, locale, withReceived({}, received))]
    case 'invalid_key':
    case 'invalid_element':
      return issue.issues.flatMap((inner) => convertOne(inner, path, locale))
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, unknown>
      const code =
        typeof params.lienthongCode === 'string' ? (params.lienthongCode as IssueCode) : 'invalid'
      const rest = { ...params }
      delete rest.lienthongCode
      if (code === 'invalid' && rest.detail === undefined) rest.detail = issue.message
      return [toIssue(code, path, rest, locale)]
    }
  }
}

function withReceived(
  extra: { expected?: string },
  received: string | undefined,
): { expected?: string; received?: string } {
  return received === undefined ? extra : { ...extra, received }
}

/** Converts zod's issues into lienthong's, translated into `locale`. */
export function fromZodIssues(
  issues: readonly ZodIssue[],
  locale: MessageLocale,
): LienthongIssue[] {
  return issues.flatMap((issue) => convertOne(issue, [], locale))
}

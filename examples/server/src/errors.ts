// Error answers: every 4xx/5xx has the body `{ error: { code, message, issues } }`.
import { formatIssueMessage, type LienthongError, type MessageLocale } from '@lienthong/core'
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { z } from 'zod'
import type { ApiIssue, ErrorBody, ErrorCode } from './contract.js'

/** Answers an error in the contract's shape. */
export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  message: string,
  issues: readonly ApiIssue[] = [],
): Response {
  const body: ErrorBody = { error: { code, message, issues: [...issues] } }
  return c.json(body, status)
}

/** The issues of a core error, as the contract sends them (code, path, message). */
export function issuesOf(error: LienthongError): ApiIssue[] {
  return error.issues.map(({ code, path, message }) => ({ code, path: [...path], message }))
}

/**
 * Zod's issues for inputs that have no core parser (query strings, path parameters), with core's
 * issue codes and messages, so every error reads the same.
 */
export function issuesFromZod(error: z.core.$ZodError, locale: MessageLocale): ApiIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))
    if (issue.code === 'invalid_type' && issue.input === undefined)
      return { code: 'required', path, message: formatIssueMessage({ code: 'required' }, locale) }
    if (issue.code === 'invalid_format') {
      const params = { format: issue.format }
      return {
        code: 'invalid_format',
        path,
        message: formatIssueMessage({ code: 'invalid_format', params }, locale),
      }
    }
    if (issue.code === 'too_big' || issue.code === 'too_small') {
      const bound =
        issue.code === 'too_big'
          ? { maximum: Number(issue.maximum) }
          : { minimum: Number(issue.minimum) }
      const params = { ...bound, inclusive: issue.inclusive ?? true, origin: issue.origin }
      return {
        code: issue.code,
        path,
        message: formatIssueMessage({ code: issue.code, params }, locale),
      }
    }
    return { code: 'invalid', path, message: issue.message }
  })
}

/** The language of the messages: Vietnamese when the client prefers it, else English. */
export function localeOf(c: Context): MessageLocale {
  const header = c.req.header('Accept-Language') ?? ''
  return /^\s*vi\b/i.test(header) ? 'vi' : 'en'
}

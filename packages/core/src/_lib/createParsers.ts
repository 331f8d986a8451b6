import * as z from 'zod/mini'
import { LienthongError } from '../errors/LienthongError.js'
import type { ParseOptions, SafeParseResult } from '../errors/issue.js'
import { fromZodIssues } from './zodIssues.js'

/**
 * Builds the throwing and the safe parser of a model from its schema, so every model reports
 * problems the same way. The safe form never throws, whatever it is given.
 */
export function createParsers<S extends z.core.$ZodType>(subject: string, schema: S) {
  function safeParse(input: unknown, options: ParseOptions = {}): SafeParseResult<z.output<S>> {
    const locale = options.locale ?? 'en'
    let result: z.util.SafeParseResult<z.output<S>>
    try {
      result = z.safeParse(schema, input, { reportInput: true })
    } catch (cause) {
      // A refinement, a getter or a proxy trap that throws on hostile input must still produce
      // an error value.
      const issues = fromZodIssues(
        [{ code: 'custom', path: [], message: readableDetail(cause), input }],
        locale,
      )
      return {
        ok: false,
        error: new LienthongError({ code: 'invalid_input', subject, issues, locale }),
      }
    }
    if (result.success) return { ok: true, value: result.data }
    const issues = fromZodIssues(result.error.issues, locale)
    return {
      ok: false,
      error: new LienthongError({ code: 'invalid_input', subject, issues, locale }),
    }
  }

  function parse(input: unknown, options: ParseOptions = {}): z.output<S> {
    const result = safeParse(input, options)
    if (!result.ok) throw result.error
    return result.value
  }

  return { parse, safeParse }
}

/** The message of what was thrown, or a generic one when it has none (or is itself hostile). */
function readableDetail(cause: unknown): string {
  try {
    if (
      cause instanceof Error &&
      typeof cause.message === 'string' &&
      cause.message.trim() !== ''
    ) {
      return cause.message
    }
  } catch {
    // A thrown proxy can throw again when inspected.
  }
  return 'could not be read'
}

import type { z } from 'zod'
import { LienthongError } from '../errors/LienthongError.js'
import type { ParseOptions, SafeParseResult } from '../errors/issue.js'
import { fromZodIssues } from './zodIssues.js'

/**
 * Builds the throwing and the safe parser of a model from its schema, so every model reports
 * problems the same way. The safe form never throws, whatever it is given.
 */
export function createParsers<S extends z.ZodType>(subject: string, schema: S) {
  function safeParse(input: unknown, options: ParseOptions = {}): SafeParseResult<z.output<S>> {
    const locale = options.locale ?? 'en'
    let result: z.ZodSafeParseResult<z.output<S>>
    try {
      result = schema.safeParse(input, { reportInput: true })
    } catch (cause) {
      // A refinement that throws on hostile input must still produce an error value.
      const detail = cause instanceof Error ? cause.message : 'could not be read'
      const issues = fromZodIssues([{ code: 'custom', path: [], message: detail, input }], locale)
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

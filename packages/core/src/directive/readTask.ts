/**
 * Accepts a task in either form — parsed (`urgings[].at` as `Date`, what `parseTask` returns) or
 * wire (JSON) — and returns a parsed one, or throws a LienthongError naming the field. Internal.
 */
import { LienthongError } from '../errors/LienthongError.js'
import type { ParseOptions } from '../errors/issue.js'
import type { Task } from './directive.schema.js'
import { safeParseTask } from './parseTask.js'

function toWire(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  const task = value as Record<string, unknown>
  if (!Array.isArray(task.urgings)) return value
  return {
    ...task,
    urgings: task.urgings.map((urging: unknown) => {
      if (typeof urging !== 'object' || urging === null) return urging
      const at = (urging as { at?: unknown }).at
      return at instanceof Date && !Number.isNaN(at.getTime())
        ? { ...urging, at: at.toISOString() }
        : urging
    }),
  }
}

/**
 * The task, parsed; a LienthongError (subject `subject`, paths under `path`) when it is not one.
 */
export function readTask(
  value: unknown,
  subject: string,
  path: (string | number)[],
  options?: ParseOptions,
): Task {
  const result = safeParseTask(toWire(value), options)
  if (result.ok) return result.value
  throw new LienthongError({
    code: 'invalid_input',
    subject,
    issues: result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
    locale: options?.locale ?? 'en',
  })
}

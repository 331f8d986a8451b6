/**
 * Writes an issue path the way a developer would type it: `online.bridgePoints[2].delegates`.
 *
 * @category Errors
 * @param path - Keys and indexes from the root of the input.
 * @returns The dotted path, or `''` for the root.
 * @example
 * ```ts
 * import { formatPath } from '@lienthong/core'
 *
 * formatPath(['participantIds', 0]) // 'participantIds[0]'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  let text = ''
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text === '' ? segment : `.${segment}`
    else text += `[${JSON.stringify(segment)}]`
  }
  return text
}

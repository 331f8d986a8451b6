import type { Directory, Leaders } from './people.js'

/**
 * What every part of the generator needs to know about the sample being built.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { SampleContext } from './context.js'
 *
 * const yearOf = (context: SampleContext) => context.year
 * ```
 */
export interface SampleContext {
  /** The sample's calendar year. */
  readonly year: number
  /** Day number of "today": everything before it has happened, everything from it is planned. */
  readonly asOf: number
  /** Size factor: 1 is a realistic year, 0.1 a small one. */
  readonly scale: number
  /** Weekdays off of the year and the next (see `holidaysOf`). */
  readonly holidays: ReadonlySet<number>
  /** First and last day number of the year. */
  readonly first: number
  readonly last: number
  readonly leaders: Leaders
  readonly directory: Directory
}

/**
 * A realistic count scaled by the sample's size, never below `minimum`.
 *
 * @category Sample data
 * @param count - The count at scale 1.
 * @param scale - The size factor.
 * @param minimum - The smallest count returned.
 * @returns `max(minimum, round(count × scale))`.
 * @example
 * ```ts
 * import { scaled } from './context.js'
 *
 * scaled(24, 0.1) // 2
 * ```
 */
export function scaled(count: number, scale: number, minimum = 1): number {
  return Math.max(minimum, Math.round(count * scale))
}

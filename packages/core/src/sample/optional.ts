/**
 * `{ [key]: value }`, or `{}` when `value` is undefined — for spreading optional fields into wire
 * objects without writing `undefined` (the models use `exactOptionalPropertyTypes`).
 *
 * @category Sample data
 * @param key - Property name.
 * @param value - Property value, possibly undefined.
 * @returns An object to spread.
 * @example
 * ```ts
 * import { optional } from './optional.js'
 *
 * const venueId: string | undefined = undefined
 * const meeting = { id: 'm1', ...optional('venueId', venueId) } // { id: 'm1' }
 * ```
 */
export function optional<K extends string, V>(
  key: K,
  value: V | undefined,
): Partial<Record<K, Exclude<V, undefined>>> {
  return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, Exclude<V, undefined>>>
}

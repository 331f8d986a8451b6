const MINUTES_PER_DAY = 1440

/**
 * Who or what is busy when: people, venues and organisations (as `person:<id>`, `venue:<id>`,
 * `org:<id>` resources) with the half-open intervals `[start, end)` (absolute minutes) they are
 * booked for. Bookings are indexed by day, so a check costs the number of bookings of that
 * resource on those days.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { createOccupancy } from './occupancy.js'
 *
 * const occupancy = createOccupancy()
 * occupancy.add(['venue:a'], [[480, 600]], 1)
 * occupancy.overlapping('venue:a', 600, 660) // [] (half-open: 10:00 ends, 10:00 starts)
 * ```
 */
export interface Occupancy {
  /** Owners of the bookings of `resource` that overlap `[start, end)`. */
  readonly overlapping: (resource: string, start: number, end: number) => number[]
  /** True when none of `resources` is booked during any of `intervals`. */
  readonly isFree: (
    resources: readonly string[],
    intervals: readonly (readonly [number, number])[],
  ) => boolean
  /** Books `resources` for `intervals` on behalf of `owner`. */
  readonly add: (
    resources: readonly string[],
    intervals: readonly (readonly [number, number])[],
    owner: number,
  ) => void
}

/**
 * Creates an empty {@link Occupancy}.
 *
 * @category Sample data
 * @returns A new occupancy table.
 * @example
 * ```ts
 * import { createOccupancy } from './occupancy.js'
 *
 * createOccupancy().isFree(['person:p-0001'], [[0, 60]]) // true
 * ```
 */
export function createOccupancy(): Occupancy {
  const byDay = new Map<string, [number, number, number][]>()

  function days(start: number, end: number): number[] {
    const first = Math.floor(start / MINUTES_PER_DAY)
    const last = Math.floor((end - 1) / MINUTES_PER_DAY)
    const list: number[] = []
    for (let day = first; day <= last; day++) list.push(day)
    return list
  }

  function overlapping(resource: string, start: number, end: number): number[] {
    const owners: number[] = []
    for (const day of days(start, end)) {
      for (const [s, e, owner] of byDay.get(`${resource}@${day}`) ?? []) {
        if (s < end && start < e && !owners.includes(owner)) owners.push(owner)
      }
    }
    return owners
  }

  return {
    overlapping,
    isFree: (resources, intervals) =>
      intervals.every(([start, end]) =>
        resources.every((resource) => overlapping(resource, start, end).length === 0),
      ),
    add(resources, intervals, owner) {
      for (const [start, end] of intervals) {
        for (const day of days(start, end)) {
          for (const resource of resources) {
            const key = `${resource}@${day}`
            const list = byDay.get(key) ?? []
            list.push([start, end, owner])
            byDay.set(key, list)
          }
        }
      }
    },
  }
}

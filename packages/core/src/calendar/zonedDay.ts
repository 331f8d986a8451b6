/**
 * The local calendar day of an instant in an IANA time zone, as a day number, fast enough for
 * millions of petitions: the zone's offset comes from `@date-fns/tz` and is cached per zone and
 * hour. An hour is trusted from the cache only when the offsets at its start and at its end agree,
 * so a clock change inside the hour is computed exactly. Internal.
 */
import { tzOffset } from '@date-fns/tz'

const MS_PER_HOUR = 3_600_000
const MS_PER_DAY = 86_400_000
/** Julian Day Number of 1970-01-01. */
const UNIX_EPOCH_DAY = 2_440_588
const CACHE_LIMIT = 200_000

const caches = new Map<string, Map<number, number>>()

function offsetMinutes(zone: string, time: number): number {
  let cache = caches.get(zone)
  if (!cache) {
    cache = new Map()
    caches.set(zone, cache)
  }
  const hour = Math.floor(time / MS_PER_HOUR)
  const cached = cache.get(hour)
  if (cached !== undefined) return cached
  const atStart = tzOffset(zone, new Date(hour * MS_PER_HOUR))
  const atEnd = tzOffset(zone, new Date((hour + 1) * MS_PER_HOUR - 1))
  if (atStart !== atEnd) return tzOffset(zone, new Date(time))
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(hour, atStart)
  return atStart
}

/** The day number (Julian Day Number) of the local date of `instant` in `zone`. */
export function zonedDayNumber(instant: Date, zone: string): number {
  const time = instant.getTime()
  return Math.floor((time + offsetMinutes(zone, time) * 60_000) / MS_PER_DAY) + UNIX_EPOCH_DAY
}

/** Minutes since local midnight of `instant` in `zone`. */
export function zonedMinuteOfDay(instant: Date, zone: string): number {
  const time = instant.getTime()
  const local = time + offsetMinutes(zone, time) * 60_000
  return Math.floor((((local % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / 60_000)
}

import { tzOffset } from '@date-fns/tz'

const MS_PER_MINUTE = 60_000
const MS_PER_DAY = 86_400_000

/** A day number (days since 1970-01-01) and the minutes since local midnight of an instant. */
export interface LocalTime {
  /** Days since 1970-01-01 of the local calendar date. */
  readonly day: number
  /** Minutes since local midnight, fractional when the instant has seconds. */
  readonly minute: number
}

/**
 * Wall-clock reading of instants in IANA zones, fast enough for a million meetings.
 *
 * Offsets come from `@date-fns/tz` (`tzOffset`, which reads the runtime's zone data through
 * `Intl`) and are cached per zone and UTC day: when a zone has the same offset at both ends of a
 * UTC day, every instant of that day has it; on a day with a transition the offset is asked for
 * the instant itself. Nothing here knows any zone's rules. One clock per call, so the cache is
 * never shared between callers.
 */
export interface ZoneClock {
  /** The zone's offset from UTC at `time` (epoch milliseconds), in minutes. */
  offset(zone: string, time: number): number
  /** The local date (as a day number) and time of day of `time` in `zone`. */
  local(zone: string, time: number): LocalTime
  /** The local date of `time` in `zone`, as a day number (no allocation). */
  day(zone: string, time: number): number
  /** The instant at which the wall clock of `zone` reads `minute` minutes into `day`. */
  instant(zone: string, day: number, minute: number): number
  /** `YYYY-MM-DD` of a day number. */
  date(day: number): string
  /** `HH:mm` of minutes since midnight (`24:00` for the end of a day). */
  clock(minute: number): string
}

/** `HH:mm` of every minute of a day, `00:00` to `24:00`. */
const CLOCK_TEXT: readonly string[] = Array.from(
  { length: 1441 },
  (_, minute) =>
    `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`,
)

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number. */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1
}

/** Creates a {@link ZoneClock} with empty caches. */
export function createZoneClock(): ZoneClock {
  const byZone = new Map<string, Map<number, number>>()
  const dates = new Map<number, string>()

  // The last zone and UTC day asked for: consecutive readings are nearly always the same day.
  let lastZone = ''
  let lastDay = Number.NaN
  let lastOffset = 0

  function offset(zone: string, time: number): number {
    const utcDay = Math.floor(time / MS_PER_DAY)
    if (utcDay === lastDay && zone === lastZone) return lastOffset
    let days = byZone.get(zone)
    if (days === undefined) {
      days = new Map()
      byZone.set(zone, days)
    }
    let cached = days.get(utcDay)
    if (cached === undefined) {
      const first = tzOffset(zone, new Date(utcDay * MS_PER_DAY))
      const last = tzOffset(zone, new Date((utcDay + 1) * MS_PER_DAY - 1))
      cached = first === last ? first : Number.NaN
      days.set(utcDay, cached)
    }
    if (Number.isNaN(cached)) return tzOffset(zone, new Date(time))
    lastZone = zone
    lastDay = utcDay
    lastOffset = cached
    return cached
  }

  function local(zone: string, time: number): LocalTime {
    const wall = time + offset(zone, time) * MS_PER_MINUTE
    const day = Math.floor(wall / MS_PER_DAY)
    return { day, minute: (wall - day * MS_PER_DAY) / MS_PER_MINUTE }
  }

  function day(zone: string, time: number): number {
    return Math.floor((time + offset(zone, time) * MS_PER_MINUTE) / MS_PER_DAY)
  }

  function instant(zone: string, day: number, minute: number): number {
    const wall = day * MS_PER_DAY + minute * MS_PER_MINUTE
    // Read the offsets a day either side (zones change at most once in two days): a wall-clock
    // time that exists once matches one of them; one repeated in autumn matches both and the
    // first occurrence wins; one skipped in spring matches neither and is read with the offset
    // before the gap, as RFC 5545 says (02:30 on a night the clocks jump from 02:00 to 03:00
    // becomes 03:30).
    const before = offset(zone, wall - MS_PER_DAY)
    const after = offset(zone, wall + MS_PER_DAY)
    const early = wall - before * MS_PER_MINUTE
    const late = wall - after * MS_PER_MINUTE
    const earlyFits = offset(zone, early) === before
    const lateFits = offset(zone, late) === after
    if (earlyFits && lateFits) return Math.min(early, late)
    if (lateFits) return late
    return early
  }

  function date(day: number): string {
    let text = dates.get(day)
    if (text === undefined) {
      text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
      dates.set(day, text)
    }
    return text
  }

  function clock(minute: number): string {
    const whole = Math.floor(minute)
    return (
      CLOCK_TEXT[whole] ??
      `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`
    )
  }

  return { offset, local, day, instant, date, clock }
}

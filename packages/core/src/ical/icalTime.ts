import { TZDate, tzScan } from '@date-fns/tz'

const pad = (value: number, size = 2) => String(value).padStart(size, '0')

/** `YYYYMMDDTHHMMSSZ` of an instant in UTC (seconds precision). */
export function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
}

/** `YYYYMMDD` and `HHMMSS` of an instant's wall clock in `zone`. */
export function localStamp(instant: Date, zone: string): { date: string; time: string } {
  const local = new TZDate(instant.getTime(), zone)
  return {
    date: `${pad(local.getFullYear(), 4)}${pad(local.getMonth() + 1)}${pad(local.getDate())}`,
    time: `${pad(local.getHours())}${pad(local.getMinutes())}${pad(local.getSeconds())}`,
  }
}

/** True when the instant is midnight on the wall clock of `zone`. */
export function isLocalMidnight(instant: Date, zone: string): boolean {
  return localStamp(instant, zone).time === '000000' && instant.getUTCMilliseconds() === 0
}

/** A UTC offset in minutes as `+HHMM`. */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const size = Math.abs(Math.round(minutes))
  return `${sign}${pad(Math.floor(size / 60))}${pad(size % 60)}`
}

const UTC_ZONES = new Set([
  'UTC',
  'ETC/UTC',
  'ETC/GMT',
  'GMT',
  'ETC/ZULU',
  'ZULU',
  'UCT',
  'ETC/UCT',
])

/** True when `zone` is UTC under another name, so times are written with `Z`. */
export function isUtcZone(zone: string): boolean {
  return UTC_ZONES.has(zone.toUpperCase())
}

/**
 * A VTIMEZONE for `zone` covering `[from, to)`: the offset in force at `from`, then every change
 * in the interval, each as its own observance with an explicit DTSTART (no rules to get wrong).
 * Changes toward a larger offset than the smallest seen are DAYLIGHT, the others STANDARD.
 */
export function vtimezoneLines(zone: string, from: Date, to: Date): string[] {
  const first = -new TZDate(from.getTime(), zone).getTimezoneOffset()
  const changes = tzScan(zone, { start: from, end: to })
  const standard = Math.min(first, ...changes.map((change) => change.offset))
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`]
  const observance = (at: Date, offsetFrom: number, offsetTo: number) => {
    const kind = offsetTo > standard ? 'DAYLIGHT' : 'STANDARD'
    // DTSTART of an observance is the wall-clock time before the change.
    const wall = new Date(at.getTime() + offsetFrom * 60_000)
    const stamp = utcStamp(wall).replace(/Z$/, '')
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${stamp}`,
      `TZOFFSETFROM:${formatOffset(offsetFrom)}`,
      `TZOFFSETTO:${formatOffset(offsetTo)}`,
      `END:${kind}`,
    )
  }
  observance(from, first, first)
  let previous = first
  for (const change of changes) {
    observance(change.date, previous, change.offset)
    previous = change.offset
  }
  lines.push('END:VTIMEZONE')
  return lines
}

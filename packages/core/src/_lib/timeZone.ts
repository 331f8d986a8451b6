/** The zone of every Vietnamese office (UTC+7, no daylight saving time). */
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh'

const known = new Map<string, boolean>()

/**
 * True when `zone` is an IANA time zone name the runtime knows. Offsets such as `+07:00` are not
 * zones: they cannot say when a country changes its clocks.
 */
export function isValidTimeZone(zone: string): boolean {
  const cached = known.get(zone)
  if (cached !== undefined) return cached
  let valid = false
  if (/^[A-Za-z]/.test(zone)) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone })
      valid = true
    } catch {
      valid = false
    }
  }
  if (known.size < 1000) known.set(zone, valid)
  return valid
}

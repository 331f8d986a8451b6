import { importJitless } from './import-jitless.js'
import type { FetchJsonFailure } from './fetch-json.js'
import type { ScheduleData } from './schedule-data.js'

/**
 * `src` feeds in iCalendar (`.ics`) form for the schedule elements: fetched as text and read with
 * core's `safeMeetingsFromICS`, which is loaded only when a feed is. Internal.
 */

/** True when `src` names an iCalendar feed (its path ends in `.ics`). */
export function isCalendarFeed(src: string): boolean {
  try {
    return new URL(src, 'http://localhost').pathname.toLowerCase().endsWith('.ics')
  } catch {
    return false
  }
}

/**
 * The host body of the feed's meetings that do not name one: the feed's file name, so that
 * `/feeds/ubnd.ics` gives `ubnd` (give `organizations` an entry with that id to name it).
 */
export function feedHostId(src: string): string {
  const path = new URL(src, 'http://localhost').pathname
  const name = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)).replace(/\.ics$/i, '')
  return name || 'ics'
}

/** Fetches a feed's text with a timeout; never throws. */
async function fetchText(
  src: string,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<{ ok: true; text: string } | FetchJsonFailure> {
  const timeout = AbortSignal.timeout(Math.max(0, timeoutMs))
  try {
    const response = await fetch(src, {
      headers: { Accept: 'text/calendar' },
      signal: AbortSignal.any([signal, timeout]),
    })
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined)
      return { ok: false, reason: 'http', status: response.status }
    }
    return { ok: true, text: await response.text() }
  } catch (error) {
    if (signal.aborted) return { ok: false, reason: 'aborted' }
    return { ok: false, reason: timeout.aborted ? 'timeout' : 'network', error }
  }
}

/**
 * Loads an iCalendar feed as schedule data: every event core can read becomes a meeting (hosted
 * by {@link feedHostId} when the file does not say), the events it skipped are reported in
 * `invalid`. A file that is not iCalendar at all is an `invalid` failure.
 */
export async function loadCalendarFeed(
  src: string,
  timeoutMs: number,
  signal: AbortSignal,
  locale: 'vi' | 'en',
): Promise<{ ok: true; data: ScheduleData } | FetchJsonFailure> {
  const fetched = await fetchText(src, timeoutMs, signal)
  if (!fetched.ok) return fetched
  let ical: typeof import('./ical-lazy.js')
  try {
    ical = await importJitless(() => import('./ical-lazy.js'))
  } catch (error) {
    return { ok: false, reason: 'network', error }
  }
  if (signal.aborted) return { ok: false, reason: 'aborted' }
  const result = ical.safeMeetingsFromICS(fetched.text, { hostId: feedHostId(src), locale })
  if (!result.ok) return { ok: false, reason: 'invalid', error: result.error }
  return {
    ok: true,
    data: {
      meetings: result.value.meetings,
      people: [],
      venues: [],
      organizations: [],
      conflicts: [],
      invalid: result.value.warnings.map((warning) => ({
        path: `line ${warning.line} ${warning.property}`,
        message: warning.message,
      })),
    },
  }
}

import type { Messages } from './types.js'

/**
 * English messages.
 *
 * @category Localization
 * @example
 * ```ts
 * import { en } from './en.js'
 *
 * en['session.afternoon'] // 'Afternoon'
 * ```
 */
export const en: Messages = {
  'state.loading': 'Loading…',
  'state.empty': 'No data.',
  'action.retry': 'Try again',
  'error.title': 'The data could not be loaded',
  'error.network': 'Could not reach the server. Check your network connection and try again.',
  'error.timeout': 'The server did not respond in time. Try again later.',
  'error.server': 'The server reported an error (code {status}). Try again later.',
  'error.invalidData': 'The data received is not in the expected format.',
  'nav.previous': 'Previous',
  'nav.next': 'Next',
  'nav.today': 'Today',
  'weekday.monday': 'Monday',
  'weekday.tuesday': 'Tuesday',
  'weekday.wednesday': 'Wednesday',
  'weekday.thursday': 'Thursday',
  'weekday.friday': 'Friday',
  'weekday.saturday': 'Saturday',
  'weekday.sunday': 'Sunday',
  'session.morning': 'Morning',
  'session.afternoon': 'Afternoon',
  'session.evening': 'Evening',
}

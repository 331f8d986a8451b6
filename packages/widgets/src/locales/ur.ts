import type { Messages } from './types.js'

/**
 * Urdu messages (written right to left).
 *
 * @category Localization
 * @example
 * ```ts
 * import { ur } from './ur.js'
 *
 * ur['nav.today'] // 'آج'
 * ```
 */
export const ur: Messages = {
  'state.loading': 'لوڈ ہو رہا ہے…',
  'state.empty': 'کوئی ڈیٹا نہیں۔',
  'action.retry': 'دوبارہ کوشش کریں',
  'error.title': 'ڈیٹا لوڈ نہیں ہو سکا',
  'error.network': 'سرور سے رابطہ نہیں ہو سکا۔ اپنا نیٹ ورک کنکشن چیک کریں اور دوبارہ کوشش کریں۔',
  'error.timeout': 'سرور نے بروقت جواب نہیں دیا۔ کچھ دیر بعد دوبارہ کوشش کریں۔',
  'error.server': 'سرور نے خرابی کی اطلاع دی (کوڈ {status})۔ کچھ دیر بعد دوبارہ کوشش کریں۔',
  'error.invalidData': 'موصول ہونے والا ڈیٹا درست شکل میں نہیں ہے۔',
  'nav.previous': 'پچھلا',
  'nav.next': 'اگلا',
  'nav.today': 'آج',
  'weekday.monday': 'پیر',
  'weekday.tuesday': 'منگل',
  'weekday.wednesday': 'بدھ',
  'weekday.thursday': 'جمعرات',
  'weekday.friday': 'جمعہ',
  'weekday.saturday': 'ہفتہ',
  'weekday.sunday': 'اتوار',
  'session.morning': 'صبح',
  'session.afternoon': 'سہ پہر',
  'session.evening': 'شام',
}

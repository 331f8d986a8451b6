import type { Messages } from './types.js'

/**
 * Russian messages.
 *
 * @category Localization
 * @example
 * ```ts
 * import { ru } from './ru.js'
 *
 * ru['session.evening'] // 'Вечер'
 * ```
 */
export const ru: Messages = {
  'state.loading': 'Загрузка…',
  'state.empty': 'Нет данных.',
  'action.retry': 'Повторить',
  'error.title': 'Не удалось загрузить данные',
  'error.network':
    'Не удалось подключиться к серверу. Проверьте подключение к сети и повторите попытку.',
  'error.timeout': 'Сервер не ответил вовремя. Повторите попытку позже.',
  'error.server': 'Сервер сообщил об ошибке (код {status}). Повторите попытку позже.',
  'error.invalidData': 'Полученные данные имеют неверный формат.',
  'nav.previous': 'Назад',
  'nav.next': 'Вперёд',
  'nav.today': 'Сегодня',
  'weekday.monday': 'Понедельник',
  'weekday.tuesday': 'Вторник',
  'weekday.wednesday': 'Среда',
  'weekday.thursday': 'Четверг',
  'weekday.friday': 'Пятница',
  'weekday.saturday': 'Суббота',
  'weekday.sunday': 'Воскресенье',
  'session.morning': 'Утро',
  'session.afternoon': 'День',
  'session.evening': 'Вечер',
}

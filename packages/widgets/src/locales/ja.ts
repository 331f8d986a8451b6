import type { Messages } from './types.js'

/**
 * Japanese messages.
 *
 * @category Localization
 * @example
 * ```ts
 * import { ja } from './ja.js'
 *
 * ja['nav.today'] // '今日'
 * ```
 */
export const ja: Messages = {
  'state.loading': '読み込み中…',
  'state.empty': 'データがありません。',
  'action.retry': '再試行',
  'error.title': 'データを読み込めませんでした',
  'error.network':
    'サーバーに接続できませんでした。ネットワーク接続を確認して、もう一度お試しください。',
  'error.timeout': 'サーバーが時間内に応答しませんでした。しばらくしてから再度お試しください。',
  'error.server':
    'サーバーでエラーが発生しました（コード {status}）。しばらくしてから再度お試しください。',
  'error.invalidData': '受信したデータの形式が正しくありません。',
  'nav.previous': '前へ',
  'nav.next': '次へ',
  'nav.today': '今日',
  'weekday.monday': '月曜日',
  'weekday.tuesday': '火曜日',
  'weekday.wednesday': '水曜日',
  'weekday.thursday': '木曜日',
  'weekday.friday': '金曜日',
  'weekday.saturday': '土曜日',
  'weekday.sunday': '日曜日',
  'session.morning': '午前',
  'session.afternoon': '午後',
  'session.evening': '夜',
}

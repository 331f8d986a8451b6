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
  'meeting.status.tentative': '仮',
  'meeting.status.postponed': '延期',
  'meeting.status.cancelled': '中止',
  'meeting.major': '重要',
  'conflict.mark': '重複',
  'conflict.markWarning': '要確認',
  'conflict.with': '重複する予定：{meetings}',
  'conflict.generic': '他の予定と時間が重なっています。',
  'conflict.person': '{person}は同じ時間に「{other}」（{time}）にも予定されています。',
  'conflict.venue': '{venue}は同じ時間に「{other}」（{time}）にも使われます。',
  'conflict.body': '{organization}は同じ時間に「{other}」（{time}）への出席も求められています。',
  'conflict.outsideHours': '{organization}の勤務時間外です。',
  'conflict.restDay': '{organization}の週休日です。',
  'conflict.holiday': '祝日です。',
  'conflict.capacity': '予定人数が{venue}の収容人数を超えています。',
  'conflict.travel': '{person}は、この会場と「{other}」の会場の間を移動する時間が足りません。',
  'meeting.kind.standing-board-conference': '常務委員会会議',
  'meeting.kind.standing-committee-conference': '常任委員会会議',
  'meeting.kind.executive-committee-conference': '執行委員会会議',
  'meeting.kind.council-session': '人民評議会会期',
  'meeting.kind.council-standing-committee-meeting': '人民評議会常任委員会会議',
  'meeting.kind.peoples-committee-regular-meeting': '人民委員会定例会議',
  'meeting.kind.joint-quarterly-meeting': '四半期合同会議',
  'meeting.kind.online-conference': 'オンライン会議',
  'meeting.kind.working-session': '作業会議',
  'meeting.kind.citizen-reception': '市民応接',
  'meeting.kind.voter-contact': '有権者との対話',
  'meeting.kind.city-event': '市の行事',
  'meeting.kind.other': 'その他',
  'petition.lookup.errorSummary': '問題があります',
  'petition.lookup.errorPrefix': 'エラー：',
  'petition.status.dueBy': '期限：{date}',
  'petition.status.legalBasis': '根拠：{basis}',
  'petition.kind.complaint': '不服申立て',
  'petition.kind.denunciation': '告発',
  'petition.kind.recommendation': '提言',
  'petition.kind.reflection': '意見',
  'petition.due.step.file': '請願の提出',
  'petition.due.step.accept': '受理',
  'petition.due.step.classify': '分類・処理',
  'petition.due.step.forward': '移送',
  'petition.due.step.notify-acceptance': '受理の通知',
  'petition.due.step.process': '請願の処理',
  'petition.due.step.resolve': '解決',
  'petition.due.step.send-conclusion': '結論の送付',
  'petition.due.step.send-decision': '決定の送付',
  'petition.due.step.answer': '回答',
}

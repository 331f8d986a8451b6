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
  'meeting.status.tentative': 'Предварительно',
  'meeting.status.postponed': 'Перенесено',
  'meeting.status.cancelled': 'Отменено',
  'meeting.major': 'Важное',
  'conflict.mark': 'Накладка',
  'conflict.markWarning': 'Внимание',
  'conflict.with': 'Пересекается с: {meetings}',
  'conflict.generic': 'Пересекается с другим мероприятием.',
  'conflict.person': '{person}: в это же время запланировано «{other}» ({time}).',
  'conflict.venue': '{venue}: в это же время проходит «{other}» ({time}).',
  'conflict.body': '{organization}: в это же время требуется присутствие на «{other}» ({time}).',
  'conflict.outsideHours': 'Вне рабочего времени: {organization}.',
  'conflict.restDay': 'Выходной день: {organization}.',
  'conflict.holiday': 'Праздничный день.',
  'conflict.capacity': '{venue}: ожидается больше участников, чем мест.',
  'conflict.travel': '{person}: недостаточно времени на дорогу между этим местом и «{other}».',
  'meeting.kind.standing-board-conference': 'Заседание бюро',
  'meeting.kind.standing-committee-conference': 'Заседание постоянного комитета',
  'meeting.kind.executive-committee-conference': 'Пленум исполнительного комитета',
  'meeting.kind.council-session': 'Сессия народного совета',
  'meeting.kind.council-standing-committee-meeting': 'Заседание постоянного комитета совета',
  'meeting.kind.peoples-committee-regular-meeting': 'Очередное заседание народного комитета',
  'meeting.kind.joint-quarterly-meeting': 'Ежеквартальное совместное совещание',
  'meeting.kind.online-conference': 'Онлайн-конференция',
  'meeting.kind.working-session': 'Рабочая встреча',
  'meeting.kind.citizen-reception': 'Приём граждан',
  'meeting.kind.voter-contact': 'Встреча с избирателями',
  'meeting.kind.city-event': 'Городское мероприятие',
  'meeting.kind.other': 'Другое',
  'petition.lookup.errorSummary': 'Есть ошибка',
  'petition.lookup.errorPrefix': 'Ошибка:',
  'petition.status.dueBy': 'Срок: до {date}',
  'petition.status.legalBasis': 'Основание: {basis}',
  'petition.kind.complaint': 'Жалоба',
  'petition.kind.denunciation': 'Сообщение о нарушении',
  'petition.kind.recommendation': 'Предложение',
  'petition.kind.reflection': 'Заявление',
  'petition.due.step.file': 'Подача обращения',
  'petition.due.step.accept': 'Принятие к рассмотрению',
  'petition.due.step.classify': 'Классификация и обработка',
  'petition.due.step.forward': 'Перенаправление',
  'petition.due.step.notify-acceptance': 'Уведомление о принятии',
  'petition.due.step.process': 'Обработка обращения',
  'petition.due.step.resolve': 'Рассмотрение',
  'petition.due.step.send-conclusion': 'Направление заключения',
  'petition.due.step.send-decision': 'Направление решения',
  'petition.due.step.answer': 'Ответ',
}

import type { MessageLocale } from '../errors/issue.js'
import type { PostRole } from '../office/office.schema.js'
import type { ConflictMessageCode } from './conflicts.schema.js'

type Params = Readonly<Record<string, string | number>>
type Catalog = Record<ConflictMessageCode, (params: Params) => string>

const roleNames: Record<MessageLocale, Record<PostRole, string>> = {
  en: {
    secretary: 'Secretary',
    'deputy-secretary': 'Deputy Secretary',
    'standing-deputy-secretary': 'Standing Deputy Secretary',
    chair: 'Chair',
    'vice-chair': 'Vice Chair',
    'standing-vice-chair': 'Standing Vice Chair',
    head: 'Head',
    'deputy-head': 'Deputy Head',
    director: 'Director',
    'deputy-director': 'Deputy Director',
    'chief-of-office': 'Chief of Office',
    'deputy-chief-of-office': 'Deputy Chief of Office',
    'standing-member': 'Standing Member',
    member: 'Member',
    delegate: 'Delegate',
    staff: 'Staff member',
    other: 'Office holder',
  },
  vi: {
    secretary: 'Bí thư',
    'deputy-secretary': 'Phó Bí thư',
    'standing-deputy-secretary': 'Phó Bí thư Thường trực',
    chair: 'Chủ tịch',
    'vice-chair': 'Phó Chủ tịch',
    'standing-vice-chair': 'Phó Chủ tịch Thường trực',
    head: 'Trưởng',
    'deputy-head': 'Phó Trưởng',
    director: 'Giám đốc',
    'deputy-director': 'Phó Giám đốc',
    'chief-of-office': 'Chánh Văn phòng',
    'deputy-chief-of-office': 'Phó Chánh Văn phòng',
    'standing-member': 'Ủy viên Thường trực',
    member: 'Ủy viên',
    delegate: 'Đại biểu',
    staff: 'Chuyên viên',
    other: 'Người giữ chức danh',
  },
}

function text(value: string | number | undefined, fallback = '?'): string {
  return value === undefined ? fallback : String(value)
}

function role(locale: MessageLocale, value: string | number | undefined): string {
  const names: Record<string, string> = roleNames[locale]
  const key = text(value)
  return names[key] ?? key
}

/** `2026-03-02` → `02/03/2026`, as Vietnamese documents write dates. */
function viDate(value: string | number | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text(value))
  return match ? `${match[3] ?? ''}/${match[2] ?? ''}/${match[1] ?? ''}` : text(value)
}

function whenEn(p: Params): string {
  return `${text(p.date)} ${text(p.from)}–${text(p.to)}`
}

function whenVi(p: Params): string {
  return `${text(p.from)}–${text(p.to)} ngày ${viDate(p.date)}`
}

const en: Catalog = {
  'person-double-booked': (p) =>
    `${text(p.person)} is booked into “${text(p.first)}” and “${text(p.second)}” at the same time (${whenEn(p)})`,
  'person-double-booked-via-post': (p) =>
    `${text(p.person)}, ${role('en', p.role)} of ${text(p.organization)}, is wanted at “${text(p.first)}” and “${text(p.second)}” at the same time (${whenEn(p)})`,
  'venue-double-booked': (p) =>
    `${text(p.venue)} is booked for “${text(p.first)}” and “${text(p.second)}” at the same time (${whenEn(p)})`,
  'body-double-booked': (p) =>
    `${text(p.organization)} is required by two major meetings at once: “${text(p.first)}” and “${text(p.second)}” (${whenEn(p)})`,
  'outside-working-hours': (p) =>
    `“${text(p.title)}” (${whenEn(p)}) is outside the working hours of ${text(p.organization)} (${text(p.hours)})`,
  'weekly-rest-day': (p) =>
    `“${text(p.title)}” falls on ${text(p.date)}, a weekly rest day of ${text(p.organization)}`,
  holiday: (p) => `“${text(p.title)}” falls on ${text(p.date)}, a holiday`,
  'over-capacity': (p) =>
    `“${text(p.title)}” expects ${text(p.expected)} people at ${text(p.venue)}, which holds ${text(p.capacity)}`,
  'travel-time': (p) =>
    `${text(p.person)} has ${text(p.gap)} min between “${text(p.first)}” at ${text(p.firstVenue)} and “${text(p.second)}” at ${text(p.secondVenue)}; ${text(p.buffer)} min are needed to travel`,
}

const vi: Catalog = {
  'person-double-booked': (p) =>
    `${text(p.person)} bị trùng lịch: “${text(p.first)}” và “${text(p.second)}” cùng lúc (${whenVi(p)})`,
  'person-double-booked-via-post': (p) =>
    `${text(p.person)} (${role('vi', p.role)} ${text(p.organization)}) bị trùng lịch: “${text(p.first)}” và “${text(p.second)}” cùng lúc (${whenVi(p)})`,
  'venue-double-booked': (p) =>
    `${text(p.venue)} bị xếp trùng cho “${text(p.first)}” và “${text(p.second)}” (${whenVi(p)})`,
  'body-double-booked': (p) =>
    `${text(p.organization)} phải dự cùng lúc hai cuộc họp quan trọng: “${text(p.first)}” và “${text(p.second)}” (${whenVi(p)})`,
  'outside-working-hours': (p) =>
    `“${text(p.title)}” (${whenVi(p)}) nằm ngoài giờ làm việc của ${text(p.organization)} (${text(p.hours)})`,
  'weekly-rest-day': (p) =>
    `“${text(p.title)}” rơi vào ngày nghỉ hằng tuần ${viDate(p.date)} của ${text(p.organization)}`,
  holiday: (p) => `“${text(p.title)}” rơi vào ngày nghỉ lễ ${viDate(p.date)}`,
  'over-capacity': (p) =>
    `“${text(p.title)}” dự kiến ${text(p.expected)} người tại ${text(p.venue)}, nơi chỉ chứa được ${text(p.capacity)} người`,
  'travel-time': (p) =>
    `${text(p.person)} chỉ có ${text(p.gap)} phút giữa “${text(p.first)}” (${text(p.firstVenue)}) và “${text(p.second)}” (${text(p.secondVenue)}); cần ${text(p.buffer)} phút để di chuyển`,
}

/** Conflict message catalogs by locale; each entry renders a conflict's params into a sentence. */
export const conflictMessages: Record<MessageLocale, Catalog> = { en, vi }

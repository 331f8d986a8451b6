import type { IssueCode, MessageLocale } from './issue.js'

type Params = Readonly<Record<string, unknown>>
type Catalog = Record<IssueCode, (params: Params) => string>

const typeNames: Record<MessageLocale, Record<string, string>> = {
  en: {
    string: 'a string',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    null: 'null',
    undefined: 'nothing',
    date: 'a date',
    bigint: 'a big integer',
    nan: 'NaN',
  },
  vi: {
    string: 'một chuỗi ký tự',
    number: 'một số',
    integer: 'một số nguyên',
    boolean: 'giá trị đúng/sai',
    array: 'một danh sách',
    object: 'một đối tượng',
    null: 'null',
    undefined: 'không có gì',
    date: 'một ngày',
    bigint: 'một số nguyên lớn',
    nan: 'NaN',
  },
}

const formatNames: Record<MessageLocale, Record<string, string>> = {
  en: {
    datetime: 'an ISO 8601 date-time with an offset, e.g. 2026-03-02T08:00:00+07:00',
    date: 'a calendar date YYYY-MM-DD, e.g. 2026-03-02',
    time: 'a time HH:mm, e.g. 07:30',
    email: 'an email address',
    url: 'a URL',
    regex: 'the expected pattern',
  },
  vi: {
    datetime: 'thời điểm ISO 8601 có múi giờ, ví dụ 2026-03-02T08:00:00+07:00',
    date: 'ngày dạng YYYY-MM-DD, ví dụ 2026-03-02',
    time: 'giờ dạng HH:mm, ví dụ 07:30',
    email: 'một địa chỉ email',
    url: 'một địa chỉ URL',
    regex: 'đúng mẫu quy định',
  },
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : fallback
}

function typeName(locale: MessageLocale, name: unknown): string {
  const key = String(name)
  return typeNames[locale][key] ?? key
}

function formatName(locale: MessageLocale, name: unknown): string {
  const key = String(name)
  return formatNames[locale][key] ?? key
}

function list(values: unknown, separator: string): string {
  return Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(separator) : ''
}

function sizeUnit(locale: MessageLocale, origin: unknown): string {
  if (origin === 'string') return locale === 'vi' ? ' ký tự' : ' characters'
  if (origin === 'array' || origin === 'set') return locale === 'vi' ? ' mục' : ' items'
  return ''
}

function bound(locale: MessageLocale, params: Params, side: 'min' | 'max'): string {
  const limit = String(side === 'min' ? params.minimum : params.maximum)
  const inclusive = params.inclusive !== false
  const unit = sizeUnit(locale, params.origin)
  if (locale === 'vi') {
    if (side === 'min') return `phải ${inclusive ? 'lớn hơn hoặc bằng' : 'lớn hơn'} ${limit}${unit}`
    return `phải ${inclusive ? 'nhỏ hơn hoặc bằng' : 'nhỏ hơn'} ${limit}${unit}`
  }
  if (params.origin === 'string' || params.origin === 'array') {
    return side === 'min' ? `needs at least ${limit}${unit}` : `allows at most ${limit}${unit}`
  }
  if (side === 'min') return `must be ${inclusive ? 'at least' : 'greater than'} ${limit}`
  return `must be ${inclusive ? 'at most' : 'less than'} ${limit}`
}

const en: Catalog = {
  required: () => 'is required',
  invalid_type: (p) =>
    `expected ${typeName('en', p.expected)}, received ${typeName('en', p.received)}`,
  invalid_value: (p) => `must be one of ${list(p.values, ', ')}`,
  invalid_format: (p) => `must be ${formatName('en', p.format)}`,
  too_small: (p) => bound('en', p, 'min'),
  too_big: (p) => bound('en', p, 'max'),
  not_multiple_of: (p) => `must be a multiple of ${String(p.divisor)}`,
  unrecognized_keys: (p) => `has unknown keys ${list(p.keys, ', ')}`,
  invalid_union: () => 'does not match any of the accepted forms',
  invalid_key: () => 'has an invalid key',
  invalid_time_zone: (p) =>
    `${JSON.stringify(p.value)} is not an IANA time zone (e.g. Asia/Ho_Chi_Minh)`,
  invalid_clock_time: (p) =>
    `${JSON.stringify(p.value)} is not a time HH:mm between 00:00 and 24:00`,
  end_before_start: (p) =>
    `must be after ${text(p.startField, 'start')} (${String(p.end)} is not after ${String(p.start)})`,
  duplicate_value: (p) => `lists ${JSON.stringify(p.value)} more than once`,
  missing_name: () => 'needs the petitioner’s name unless the petition is anonymous',
  invalid_period: (p) => text(p.detail, 'is not a valid period'),
  invalid_recurrence: (p) =>
    `${JSON.stringify(p.line)} is not an RRULE, EXRULE, RDATE or EXDATE line${typeof p.detail === 'string' ? ` (${p.detail})` : ''}`,
  invalid_document_symbol: (p) =>
    `${JSON.stringify(p.value)} is not a document symbol: ${text(p.detail, '')}`.trim(),
  invalid: (p) => text(p.detail, 'is invalid'),
  date_out_of_range: (p) =>
    `${JSON.stringify(p.value)} is outside the supported range ${text(p.minimum, '?')} to ${text(p.maximum, '?')}`,
  nonexistent_date: (p) =>
    p.reason === 'month'
      ? `${JSON.stringify(p.value)} does not exist: there is no month ${text(p.month, '?')}`
      : `${JSON.stringify(p.value)} does not exist: month ${text(p.month, '?')} of ${text(p.year, '?')} has ${text(p.daysInMonth, '?')} days`,
  leap_month_not_in_year: (p) =>
    `lunar year ${text(p.year, '?')} has no leap month ${text(p.month, '?')}${
      typeof p.leapMonth === 'number'
        ? ` (its leap month is ${text(p.leapMonth, '?')})`
        : ' (it has no leap month)'
    }`,
  day_not_in_month: (p) =>
    `lunar month ${text(p.month, '?')}${p.leap === true ? ' (leap)' : ''} of ${text(p.year, '?')} has ${text(p.length, '?')} days, so there is no day ${text(p.day, '?')}`,
  beyond_calendar: (p) =>
    typeof p.start === 'string'
      ? `counting ${text(p.amount, '?')} ${p.unit === 'calendar-days' ? 'calendar days' : 'working days'} from ${p.start} goes past the working calendar, which covers ${text(p.minimum, '?')} to ${text(p.maximum, '?')}: use a calendar that covers more years`
      : `${JSON.stringify(p.value)} is outside the working calendar, which covers ${text(p.minimum, '?')} to ${text(p.maximum, '?')}: use a calendar that covers it`,
  invalid_transition: (p) =>
    `${JSON.stringify(p.event)} is not allowed at stage ${JSON.stringify(p.stage)}; ${
      Array.isArray(p.allowed) && p.allowed.length > 0
        ? `allowed: ${list(p.allowed, ', ')}`
        : 'nothing can be recorded after it'
    }`,
  event_out_of_order: (p) =>
    `${text(p.at, '?')} is before the previous event (${text(p.previousEvent, '?')} at ${text(p.previous, '?')}); a history only grows forward in time`,
  already_forwarded: (p) =>
    `a denunciation is forwarded only once, and this one ${p.how === 'agency-transfer' ? 'came forwarded from another agency' : 'was forwarded before'}: resolve it, guide the denouncer or return it (${text(p.legalBasis, '')})`,
  anonymous_denunciation: (p) =>
    `a denunciation without the denouncer's name and address (anonymous) is not accepted as a denunciation (${text(p.legalBasis, '')}); file it, or pass concrete content on for inspection`,
  crowd_representatives: (p) =>
    `a petition of ${text(p.people, '?')} people names ${text(p.minimum, '?')} to ${text(p.maximum, '?')} representatives before it is accepted, not ${text(p.count, '?')} (${text(p.legalBasis, '')})`,
  invalid_ics: (p) =>
    `line ${text(p.line, '?')}, ${text(p.property, '?')}: ${text(p.detail, 'cannot be read')}`,
}

const vi: Catalog = {
  required: () => 'là bắt buộc',
  invalid_type: (p) => `cần ${typeName('vi', p.expected)}, nhận được ${typeName('vi', p.received)}`,
  invalid_value: (p) => `phải là một trong ${list(p.values, ', ')}`,
  invalid_format: (p) => `phải là ${formatName('vi', p.format)}`,
  too_small: (p) => bound('vi', p, 'min'),
  too_big: (p) => bound('vi', p, 'max'),
  not_multiple_of: (p) => `phải là bội số của ${String(p.divisor)}`,
  unrecognized_keys: (p) => `có khóa không được hỗ trợ ${list(p.keys, ', ')}`,
  invalid_union: () => 'không khớp với dạng nào được chấp nhận',
  invalid_key: () => 'có khóa không hợp lệ',
  invalid_time_zone: (p) =>
    `${JSON.stringify(p.value)} không phải múi giờ IANA (ví dụ Asia/Ho_Chi_Minh)`,
  invalid_clock_time: (p) =>
    `${JSON.stringify(p.value)} không phải giờ dạng HH:mm từ 00:00 đến 24:00`,
  end_before_start: (p) =>
    `phải sau ${text(p.startField, 'start')} (${String(p.end)} không sau ${String(p.start)})`,
  duplicate_value: (p) => `có ${JSON.stringify(p.value)} lặp lại`,
  missing_name: () => 'cần họ tên người gửi đơn, trừ khi đơn gửi ẩn danh',
  invalid_period: (p) => text(p.detailVi, text(p.detail, 'không phải một kỳ hợp lệ')),
  invalid_recurrence: (p) =>
    `${JSON.stringify(p.line)} không phải dòng RRULE, EXRULE, RDATE hoặc EXDATE${typeof p.detailVi === 'string' ? ` (${p.detailVi})` : ''}`,
  invalid_document_symbol: (p) =>
    `${JSON.stringify(p.value)} không phải số ký hiệu văn bản: ${text(p.detailVi, text(p.detail, ''))}`.trim(),
  invalid: (p) => text(p.detailVi, text(p.detail, 'không hợp lệ')),
  date_out_of_range: (p) =>
    `${JSON.stringify(p.value)} nằm ngoài khoảng được hỗ trợ, từ ${text(p.minimum, '?')} đến ${text(p.maximum, '?')}`,
  nonexistent_date: (p) =>
    p.reason === 'month'
      ? `${JSON.stringify(p.value)} không tồn tại: không có tháng ${text(p.month, '?')}`
      : `${JSON.stringify(p.value)} không tồn tại: tháng ${text(p.month, '?')}/${text(p.year, '?')} có ${text(p.daysInMonth, '?')} ngày`,
  leap_month_not_in_year: (p) =>
    `năm âm lịch ${text(p.year, '?')} không có tháng ${text(p.month, '?')} nhuận${
      typeof p.leapMonth === 'number'
        ? ` (tháng nhuận của năm là tháng ${text(p.leapMonth, '?')})`
        : ' (năm này không có tháng nhuận)'
    }`,
  day_not_in_month: (p) =>
    `tháng ${text(p.month, '?')}${p.leap === true ? ' nhuận' : ''} năm ${text(p.year, '?')} âm lịch có ${text(p.length, '?')} ngày, không có ngày ${text(p.day, '?')}`,
  beyond_calendar: (p) =>
    typeof p.start === 'string'
      ? `tính ${text(p.amount, '?')} ${p.unit === 'calendar-days' ? 'ngày' : 'ngày làm việc'} từ ${p.start} vượt quá lịch làm việc (từ ${text(p.minimum, '?')} đến ${text(p.maximum, '?')}): hãy dùng lịch bao quát nhiều năm hơn`
      : `${JSON.stringify(p.value)} nằm ngoài lịch làm việc (từ ${text(p.minimum, '?')} đến ${text(p.maximum, '?')}): hãy dùng lịch bao quát ngày này`,
  invalid_transition: (p) =>
    `không thể ghi ${JSON.stringify(p.event)} khi đơn đang ở bước ${JSON.stringify(p.stage)}; ${
      Array.isArray(p.allowed) && p.allowed.length > 0
        ? `được phép: ${list(p.allowed, ', ')}`
        : 'không thể ghi thêm bước nào'
    }`,
  event_out_of_order: (p) =>
    `${text(p.at, '?')} trước bước liền trước (${text(p.previousEvent, '?')} lúc ${text(p.previous, '?')}); lịch sử xử lý chỉ ghi tiếp theo thời gian`,
  already_forwarded: (p) =>
    `đơn tố cáo chỉ được chuyển một lần, đơn này ${p.how === 'agency-transfer' ? 'do cơ quan khác chuyển đến' : 'đã được chuyển'}: cần giải quyết, hướng dẫn hoặc trả lại (${text(p.legalBasis, '')})`,
  anonymous_denunciation: (p) =>
    `tố cáo không rõ họ tên, địa chỉ người tố cáo (nặc danh) không được thụ lý giải quyết như tố cáo (${text(p.legalBasis, '')}); lưu đơn, hoặc chuyển nội dung cụ thể để thanh tra, kiểm tra`,
  crowd_representatives: (p) =>
    `đơn của ${text(p.people, '?')} người phải cử từ ${text(p.minimum, '?')} đến ${text(p.maximum, '?')} người đại diện trước khi thụ lý, không phải ${text(p.count, '?')} (${text(p.legalBasis, '')})`,
  invalid_ics: (p) =>
    `dòng ${text(p.line, '?')}, ${text(p.property, '?')}: ${text(p.detailVi, text(p.detail, 'không đọc được'))}`,
}

/** Message catalogs by locale; each entry renders an issue's params into a sentence. */
export const issueMessages: Record<MessageLocale, Catalog> = { en, vi }

/**
 * Vietnamese messages: the reference catalog. Every other catalog has exactly these keys
 * (checked by the compiler) and the same `{placeholders}` (checked by the tests).
 *
 * @category Localization
 * @example
 * ```ts
 * import { vi } from './vi.js'
 *
 * vi['session.morning'] // 'Sáng'
 * ```
 */
export const vi = {
  'state.loading': 'Đang tải…',
  'state.empty': 'Không có dữ liệu.',
  'action.retry': 'Thử lại',
  'error.title': 'Không tải được dữ liệu',
  'error.network': 'Không kết nối được tới máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
  'error.timeout': 'Máy chủ không phản hồi kịp thời. Vui lòng thử lại sau.',
  'error.server': 'Máy chủ báo lỗi (mã {status}). Vui lòng thử lại sau.',
  'error.invalidData': 'Dữ liệu nhận được không đúng định dạng.',
  'nav.previous': 'Trước',
  'nav.next': 'Sau',
  'nav.today': 'Hôm nay',
  'weekday.monday': 'Thứ Hai',
  'weekday.tuesday': 'Thứ Ba',
  'weekday.wednesday': 'Thứ Tư',
  'weekday.thursday': 'Thứ Năm',
  'weekday.friday': 'Thứ Sáu',
  'weekday.saturday': 'Thứ Bảy',
  'weekday.sunday': 'Chủ nhật',
  'session.morning': 'Sáng',
  'session.afternoon': 'Chiều',
  'session.evening': 'Tối',
} as const satisfies Record<string, string>

/**
 * The Vietnamese messages of `<lt-weekly-schedule>`, the reference of its catalog (`./index.ts`):
 * every other language has exactly these keys (checked by the compiler) and the same
 * `{placeholders}` (checked by the tests). Messages other elements use too (weekdays,
 * sessions, conflicts, kinds of meeting) stay in the shared catalog.
 */
export const vi = {
  'schedule.title': 'Lịch công tác tuần',
  'schedule.range': 'Tuần {week}, từ {start} đến {end}',
  'schedule.navigation': 'Chọn tuần',
  'schedule.previousWeek': 'Tuần trước',
  'schedule.thisWeek': 'Tuần này',
  'schedule.nextWeek': 'Tuần sau',
  'schedule.filters': 'Lọc lịch công tác',
  'schedule.filter.leader': 'Lãnh đạo',
  'schedule.filter.organization': 'Cơ quan',
  'schedule.filter.allLeaders': 'Tất cả lãnh đạo',
  'schedule.filter.allOrganizations': 'Tất cả cơ quan',
  'schedule.column.day': 'Thứ, ngày',
  'schedule.column.session': 'Buổi',
  'schedule.column.time': 'Thời gian',
  'schedule.column.leaders': 'Lãnh đạo',
  'schedule.column.content': 'Nội dung',
  'schedule.column.venue': 'Địa điểm',
  'schedule.column.host': 'Đơn vị chủ trì',
  'schedule.column.participants': 'Thành phần',
  'schedule.column.preparing': 'Đơn vị chuẩn bị',
  'schedule.tableRegion': 'Bảng lịch công tác tuần',
  'schedule.allDay': 'Cả ngày',
  'schedule.continued': 'Tiếp tục',
  'schedule.chair': '{name} (chủ trì)',
  'schedule.online': 'Trực tuyến',
  'schedule.bridgePoints': 'Số điểm cầu: {count}',
  'schedule.dayEmpty': 'Không có lịch',
  'schedule.emptyWeek': 'Không có lịch công tác trong tuần này.',
  'schedule.emptyFiltered': 'Không có lịch công tác nào phù hợp với bộ lọc trong tuần này.',
  'schedule.timeZone': 'Giờ theo múi giờ {zone}',
  'schedule.invalidItems': 'Đã bỏ qua các mục có dữ liệu không hợp lệ: {count}.',
} as const satisfies Record<string, string>

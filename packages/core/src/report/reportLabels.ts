import type { MeetingKind } from '../meeting/meeting.schema.js'

/**
 * Languages the coordination report is rendered in.
 *
 * @category Report
 * @example
 * ```ts
 * import { reportLanguages } from '@lienthong/core/report'
 *
 * reportLanguages // ['vi', 'en']
 * ```
 */
export const reportLanguages = ['vi', 'en'] as const

/**
 * One of {@link reportLanguages}: Vietnamese (the default) or English.
 *
 * @category Report
 * @example
 * ```ts
 * import type { ReportLanguage } from '@lienthong/core/report'
 *
 * const lang: ReportLanguage = 'en'
 * ```
 */
export type ReportLanguage = (typeof reportLanguages)[number]

type Text = Readonly<Record<ReportLanguage, string>>

/** Names of the meeting kinds, as the offices write them. */
const MEETING_KINDS: Readonly<Record<MeetingKind, Text>> = {
  'standing-board-conference': {
    vi: 'Hội nghị Thường trực',
    en: 'Standing Board conference',
  },
  'standing-committee-conference': {
    vi: 'Hội nghị Ban Thường vụ',
    en: 'Standing Committee conference',
  },
  'executive-committee-conference': {
    vi: 'Hội nghị Ban Chấp hành',
    en: 'Executive Committee conference',
  },
  'council-session': { vi: 'Kỳ họp HĐND', en: "People's Council session" },
  'council-standing-committee-meeting': {
    vi: 'Phiên họp Thường trực HĐND',
    en: "People's Council Standing Committee meeting",
  },
  'peoples-committee-regular-meeting': {
    vi: 'Phiên họp UBND thường kỳ',
    en: "People's Committee regular meeting",
  },
  'joint-quarterly-meeting': { vi: 'Giao ban quý', en: 'Quarterly joint meeting' },
  'online-conference': { vi: 'Hội nghị trực tuyến', en: 'Online conference' },
  'working-session': { vi: 'Buổi làm việc', en: 'Working session' },
  'citizen-reception': { vi: 'Tiếp công dân', en: 'Citizen reception' },
  'voter-contact': { vi: 'Tiếp xúc cử tri', en: 'Voter contact' },
  'city-event': { vi: 'Sự kiện của thành phố', en: 'City event' },
  other: { vi: 'Khác', en: 'Other' },
}

/**
 * Every heading, column and figure name the report renderers print, by key, in Vietnamese and
 * English (meeting kinds aside: {@link meetingKindName}). Data to inspect, or to translate from.
 *
 * @category Report
 * @example
 * ```ts
 * import { reportTexts } from '@lienthong/core/report'
 *
 * reportTexts.delegates // { vi: 'Đại biểu dự', en: 'Delegates' }
 * ```
 */
export const reportTexts = {
  title: { vi: 'Báo cáo kết quả phối hợp công tác', en: 'Coordination report' },
  period: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  timeZone: { vi: 'múi giờ', en: 'time zone' },
  total: { vi: 'Tổng cộng', en: 'Total' },
  meetings: {
    vi: 'Phục vụ hội nghị, cuộc họp theo cơ quan và loại',
    en: 'Meetings served, by body and kind',
  },
  body: { vi: 'Cơ quan chủ trì', en: 'Body' },
  kind: { vi: 'Loại hội nghị, cuộc họp', en: 'Kind' },
  count: { vi: 'Số cuộc', en: 'Meetings' },
  hours: { vi: 'Số giờ', en: 'Hours' },
  online: { vi: 'Hội nghị trực tuyến', en: 'Online conferences' },
  indicator: { vi: 'Chỉ tiêu', en: 'Figure' },
  value: { vi: 'Số lượng', en: 'Number' },
  conferences: { vi: 'Hội nghị trực tuyến', en: 'Online conferences' },
  bridgePoints: { vi: 'Điểm cầu', en: 'Bridge points' },
  delegates: { vi: 'Đại biểu dự', en: 'Delegates' },
  petitions: {
    vi: 'Tiếp nhận, tham mưu xử lý đơn theo cơ quan',
    en: 'Petitions received, advised on and forwarded, by office',
  },
  office: { vi: 'Cơ quan tiếp nhận', en: 'Receiving office' },
  received: { vi: 'Tiếp nhận', en: 'Received' },
  carriedOver: { vi: 'Kỳ trước chuyển sang', en: 'Carried over' },
  new: { vi: 'Tiếp nhận trong kỳ', en: 'New in the period' },
  handled: { vi: 'Đã xử lý', en: 'Handled' },
  forwarded: { vi: 'Chuyển đơn', en: 'Forwarded' },
  guided: { vi: 'Hướng dẫn', en: 'Guided' },
  accepted: { vi: 'Thụ lý', en: 'Accepted' },
  documents: { vi: 'Văn bản xử lý đã ban hành', en: 'Handling documents issued' },
  open: { vi: 'Đang xử lý', en: 'Open' },
  complaints: {
    vi: 'Thời hạn xử lý đơn, giải quyết khiếu nại, tố cáo',
    en: 'Handling times, complaints and denunciations resolved',
  },
  resolved: { vi: 'Đã giải quyết', en: 'Resolved' },
  onTime: { vi: 'Đúng hạn', en: 'On time' },
  late: { vi: 'Quá hạn', en: 'Late' },
  handledOnTime: { vi: 'Xử lý đúng hạn', en: 'Handled on time' },
  handlingMedian: {
    vi: 'Thời gian xử lý, trung vị (ngày làm việc)',
    en: 'Handling time, median (working days)',
  },
  handlingP90: {
    vi: 'Thời gian xử lý, phân vị 90 (ngày làm việc)',
    en: 'Handling time, 90th percentile (working days)',
  },
  verdictRight: { vi: 'Khiếu nại đúng', en: 'Complaint right' },
  verdictWrong: { vi: 'Khiếu nại sai', en: 'Complaint wrong' },
  verdictPartly: { vi: 'Khiếu nại đúng một phần', en: 'Complaint partly right' },
  tasks: { vi: 'Nhiệm vụ được giao', en: 'Tasks assigned' },
  asOf: { vi: 'tính đến ngày', en: 'as of' },
  assigned: { vi: 'Được giao', en: 'Assigned' },
  completedOnTime: { vi: 'Hoàn thành đúng hạn', en: 'Completed on time' },
  completedLate: { vi: 'Hoàn thành quá hạn', en: 'Completed late' },
  overdue: { vi: 'Quá hạn chưa hoàn thành', en: 'Overdue' },
  inProgress: { vi: 'Đang thực hiện, trong hạn', en: 'In progress, within the deadline' },
  overdueByUnit: { vi: 'Nhiệm vụ quá hạn theo đơn vị chủ trì', en: 'Overdue tasks by lead unit' },
  unit: { vi: 'Đơn vị chủ trì', en: 'Lead unit' },
  tcd: { vi: 'Biểu 01/TCD: tiếp công dân', en: 'Form 01/TCD: citizen reception' },
  tcdNote: {
    vi: 'Lượt tiếp là đơn nhận trực tiếp tại nơi tiếp công dân; vụ việc tái diễn là đơn trùng với đơn đã nhận; đoàn đông người từ 5 người.',
    en: 'A visit is a petition received in person at a reception office; a repeat case duplicates one received before; a crowd delegation has 5 people or more.',
  },
  visits: { vi: 'Lượt tiếp', en: 'Visits' },
  people: { vi: 'Số người', en: 'People' },
  firstCases: { vi: 'Vụ việc lần đầu', en: 'Cases, first' },
  repeatCases: { vi: 'Vụ việc tái diễn', en: 'Cases, repeat' },
  crowdGroups: { vi: 'Đoàn đông người', en: 'Crowd delegations' },
  crowdPeople: { vi: 'Số người trong đoàn', en: 'People in them' },
  sessions: {
    vi: 'Buổi tiếp công dân định kỳ, đột xuất của lãnh đạo',
    en: "Leaders' citizen reception sessions",
  },
  xld: { vi: 'Biểu 01/XLD: xử lý đơn', en: 'Form 01/XLD: petition processing' },
  pending: { vi: 'Chưa xử lý', en: 'Pending' },
  processed: { vi: 'Đã xử lý', en: 'Processed' },
  totalPetitions: { vi: 'Tổng số đơn', en: 'Petitions, total' },
  eligible: { vi: 'Đủ điều kiện xử lý', en: 'Eligible' },
  complaint: { vi: 'Khiếu nại', en: 'Complaint' },
  denunciation: { vi: 'Tố cáo', en: 'Denunciation' },
  recommendationReflection: { vi: 'Kiến nghị, phản ánh', en: 'Recommendation, reflection' },
  withinCompetence: { vi: 'Thuộc thẩm quyền', en: 'Within competence' },
  chasedUp: { vi: 'Đôn đốc', en: 'Chased up' },
  replies: { vi: 'Văn bản trả lời nhận được', en: 'Replies received' },
  none: { vi: 'Không có', en: 'None' },
  section: { vi: 'Phần', en: 'Section' },
  table: { vi: 'Bảng', en: 'Table' },
  rowId: { vi: 'Mã dòng', en: 'Row id' },
  row: { vi: 'Dòng', en: 'Row' },
  metricId: { vi: 'Mã chỉ tiêu', en: 'Metric id' },
  metric: { vi: 'Chỉ tiêu', en: 'Metric' },
} as const satisfies Readonly<Record<string, Text>>

/**
 * A key of the report's vocabulary: every heading, column and figure name the renderers print.
 *
 * @category Report
 * @example
 * ```ts
 * import type { ReportTextKey } from '@lienthong/core/report'
 *
 * const key: ReportTextKey = 'bridgePoints'
 * ```
 */
export type ReportTextKey = keyof typeof reportTexts

/**
 * A word or heading of the report in a language.
 *
 * @category Report
 * @param key - What to say.
 * @param lang - `'vi'` or `'en'`.
 * @returns The text.
 * @throws Never.
 * @example
 * ```ts
 * import { reportText } from '@lienthong/core/report'
 *
 * reportText('bridgePoints', 'vi') // 'Điểm cầu'
 * ```
 */
export function reportText(key: ReportTextKey, lang: ReportLanguage): string {
  return reportTexts[key][lang]
}

/**
 * The name of a meeting kind in a language; an unknown kind is returned as it is.
 *
 * @category Report
 * @param kind - A meeting kind.
 * @param lang - `'vi'` or `'en'`.
 * @returns The name.
 * @throws Never.
 * @example
 * ```ts
 * import { meetingKindName } from '@lienthong/core/report'
 *
 * meetingKindName('standing-committee-conference', 'vi') // 'Hội nghị Ban Thường vụ'
 * ```
 */
export function meetingKindName(kind: string, lang: ReportLanguage): string {
  return Object.hasOwn(MEETING_KINDS, kind) ? MEETING_KINDS[kind as MeetingKind][lang] : kind
}
